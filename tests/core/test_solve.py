"""`solve` against independent methods: polyfit and the normal equations, brute force over
lines through data points, Nelder-Mead, and no better objective at any nearby β."""

import itertools
from fractions import Fraction

import numpy as np
import pytest
from scipy.optimize import minimize

from lossexplorer.core import make_model, make_objective, preset, solve


def twelve_points(seed=0):
    rng = np.random.default_rng(seed)
    x = np.sort(rng.uniform(0.0, 10.0, 12))
    y = 1.0 + 0.8 * x + rng.standard_t(3, 12)
    return x, y


def nearby_directions(k, seed=0):
    rng = np.random.default_rng(seed)
    rand = rng.normal(size=(40, k))
    rand /= np.linalg.norm(rand, axis=1, keepdims=True)
    return np.vstack([np.eye(k), -np.eye(k), rand])


def assert_no_better_beta_nearby(obj, beta, rel=1e-10):
    """J(β) ≤ J(β + d) for steps d from 1e-9 to 1 in many directions: convexity makes it a proof.

    Steps are relative to |β_j|, or to 1/RMS of the design column when that is larger (a change of about 1 in p).
    """
    value = obj.value(beta)
    size = np.maximum(np.abs(beta), 1.0 / np.sqrt(np.mean(obj.design**2, axis=0)))
    worst = np.inf
    for scale in np.logspace(-9, 0, 10):
        for d in nearby_directions(len(beta)):
            worst = min(worst, obj.value(beta + scale * d * size) - value)
    assert worst >= -rel * abs(value), f"a nearby β is better by {-worst:g} (J = {value:g})"


def nelder_mead(obj, start):
    """Nelder-Mead, restarted until it stops moving, from `start`."""
    best = minimize(obj.value, start, method="Nelder-Mead", options={"xatol": 1e-12, "fatol": 1e-15, "maxiter": 40000})
    for _ in range(6):
        again = minimize(
            obj.value, best.x, method="Nelder-Mead", options={"xatol": 1e-12, "fatol": 1e-15, "maxiter": 40000}
        )
        if again.fun >= best.fun:
            break
        best = again
    return best


# --- squared losses: closed form ------------------------------------------------------------


@pytest.mark.parametrize("loss", ["mse", "sse", "half-sse"])
@pytest.mark.parametrize(("model", "degree"), [("line", 1), ("poly:2", 2), ("poly:3", 3)])
def test_squared_losses_match_numpy_polyfit(loss, model, degree):
    x, y = twelve_points(1)
    s = solve(x, y, loss, model)
    expected = np.polyfit(x, y, degree)[::-1]
    np.testing.assert_allclose(s.coefficients, expected, rtol=1e-9, atol=1e-10)
    assert s.converged
    assert s.method == "closed form (least squares)"


@pytest.mark.parametrize("loss", ["mse", "sse", "half-sse"])
def test_squared_loss_on_the_bias_model_is_the_mean(loss):
    x, y = twelve_points(2)
    assert solve(x, y, loss, "bias").coefficients[0] == pytest.approx(np.mean(y), rel=1e-14)


@pytest.mark.parametrize("name", ["noisy-line", "outliers", "anscombe-1", "anscombe-4", "stack-loss", "capped"])
def test_least_squares_line_solves_the_normal_equations(name):
    p = preset(name)
    X = np.column_stack([np.ones_like(p.x), p.x])
    expected = np.linalg.solve(X.T @ X, X.T @ p.y)
    np.testing.assert_allclose(solve(p.x, p.y).coefficients, expected, rtol=1e-10)


def test_least_squares_line_at_large_offsets_matches_exact_arithmetic():
    rng = np.random.default_rng(3)
    x = 1e6 + rng.uniform(-5, 5, 15)
    y = 1e6 + 2 * (x - 1e6) + rng.standard_normal(15)
    fx = [Fraction(float(v)) for v in x]
    fy = [Fraction(float(v)) for v in y]
    n = len(fx)
    mx, my = sum(fx) / n, sum(fy) / n
    slope = sum((a - mx) * (b - my) for a, b in zip(fx, fy)) / sum((a - mx) ** 2 for a in fx)
    intercept = my - slope * mx
    c, m = solve(x, y).coefficients
    assert m == pytest.approx(float(slope), rel=1e-9)
    assert c == pytest.approx(float(intercept), rel=1e-12)  # c ≈ −1e6: its precision is relative to that


@pytest.mark.parametrize(
    ("loss", "weight", "square_weight"), [("mse", 1 / 12, 1.0), ("sse", 1.0, 1.0), ("half-sse", 1.0, 0.5)]
)
@pytest.mark.parametrize("model", ["line", "poly:2", "poly:3"])
def test_ridge_matches_the_closed_form_with_the_intercept_unpenalised(loss, weight, square_weight, model):
    x, y = twelve_points(4)
    lam = 0.8
    X = make_model(model).design(x)
    D = np.eye(X.shape[1])
    D[0, 0] = 0.0  # no penalty on the intercept
    wc = weight * square_weight
    expected = np.linalg.solve(wc * X.T @ X + lam * D, wc * X.T @ y)
    s = solve(x, y, loss, model, l2=lam)
    np.testing.assert_allclose(s.coefficients, expected, rtol=1e-9, atol=1e-11)


def test_ridge_intercept_is_unpenalised_so_shifting_y_only_shifts_the_intercept():
    x, y = twelve_points(5)
    a = solve(x, y, "mse", "poly:2", l2=3.0).coefficients
    b = solve(x, y + 100.0, "mse", "poly:2", l2=3.0).coefficients
    np.testing.assert_allclose(b - a, [100.0, 0.0, 0.0], atol=1e-9)


def test_ridge_shrinks_the_slope_towards_zero():
    x, y = twelve_points(6)
    slopes = [solve(x, y, "mse", "line", l2=lam).coefficients[1] for lam in (0.0, 0.1, 1.0, 10.0, 1000.0)]
    assert all(a > b > 0 for a, b in itertools.pairwise(slopes))
    assert slopes[-1] < 0.01 * slopes[0]


# --- piecewise-linear losses: a linear program -------------------------------------------------

LP_LOSSES = [
    ("mae", {}),
    ("sae", {}),
    ("quantile", {"quantile": 0.2}),
    ("quantile", {"quantile": 0.5}),
    ("quantile", {"quantile": 0.85}),
    ("asymmetric", {"alpha": 3.0}),
    ("asymmetric", {"alpha": 0.4}),
]


def lines_through_pairs(x, y):
    for i, j in itertools.combinations(range(len(x)), 2):
        if x[i] != x[j]:
            m = (y[j] - y[i]) / (x[j] - x[i])
            yield np.array([y[i] - m * x[i], m])


@pytest.mark.parametrize(("loss", "options"), LP_LOSSES)
@pytest.mark.parametrize("seed", [0, 1])
def test_piecewise_linear_line_is_the_best_line_through_two_data_points(loss, options, seed):
    x, y = twelve_points(seed)
    obj = make_objective(x, y, loss, "line", **options)
    best = min(obj.value(beta) for beta in lines_through_pairs(x, y))
    s = solve(x, y, loss, "line", **options)
    assert s.converged
    assert s.method == "linear program (HiGHS)"
    assert s.objective == pytest.approx(best, rel=1e-10)
    assert s.objective <= best * (1 + 1e-12)


def test_mae_line_passes_through_two_data_points():
    x, y = twelve_points(7)
    c, m = solve(x, y, "mae", "line").coefficients
    residuals = np.abs(y - (c + m * x))
    assert np.sum(residuals < 1e-9 * np.max(np.abs(y))) >= 2


def test_mae_cubic_is_the_best_cubic_through_four_data_points():
    x, y = twelve_points(8)
    obj = make_objective(x, y, "mae", "poly:3")
    V = make_model("poly:3").design(x)
    best = min(obj.value(np.linalg.solve(V[list(idx)], y[list(idx)])) for idx in itertools.combinations(range(12), 4))
    s = solve(x, y, "mae", "poly:3")
    assert s.objective == pytest.approx(best, rel=1e-9)
    assert_no_better_beta_nearby(obj, s.coefficients)


def test_mae_with_l1_is_the_best_line_through_two_points_or_flat_through_one():
    x, y = twelve_points(9)
    lam = 0.3
    obj = make_objective(x, y, "mae", "line", l1=lam)
    # vertices of this LP: lines through two points, and slope 0 (the kink of |m|) through one
    candidates = [*lines_through_pairs(x, y), *(np.array([v, 0.0]) for v in y)]
    best = min(obj.value(beta) for beta in candidates)
    s = solve(x, y, "mae", "line", l1=lam)
    assert s.objective == pytest.approx(best, rel=1e-10)


def test_mae_with_a_large_l1_weight_gives_a_flat_line_at_the_median():
    x, y = twelve_points(10)
    obj = make_objective(x, y, "mae", "line", l1=1e3)
    s = solve(x, y, "mae", "line", l1=1e3)
    assert abs(s.coefficients[1]) <= 1e-12
    # any value between the two middle ys is a median
    lo, hi = np.sort(y)[5:7]
    assert lo - 1e-9 <= s.coefficients[0] <= hi + 1e-9
    assert_no_better_beta_nearby(obj, s.coefficients)


# --- smooth losses: a convex solver --------------------------------------------------------


@pytest.mark.parametrize(
    ("loss", "model", "options"),
    [
        ("huber", "line", {"delta": 1.0}),
        ("huber", "line", {"delta": 0.3}),
        ("huber", "poly:2", {"delta": 2.0}),
        ("logcosh", "line", {}),
        ("logcosh", "poly:3", {}),
    ],
)
def test_smooth_losses_match_nelder_mead_and_have_zero_gradient(loss, model, options):
    x, y = twelve_points(11)
    x = x / 5.0  # well scaled for a derivative-free method
    obj = make_objective(x, y, loss, model, **options)
    s = solve(x, y, loss, model, **options)
    assert s.converged
    _, grad = obj.value_and_grad(s.coefficients)
    assert np.linalg.norm(grad) <= 1e-9
    nm = nelder_mead(obj, np.zeros(len(s.coefficients)))
    assert s.objective <= nm.fun + 1e-13 * nm.fun
    np.testing.assert_allclose(s.coefficients, nm.x, rtol=1e-5, atol=1e-5)
    assert_no_better_beta_nearby(obj, s.coefficients, rel=1e-13)


@pytest.mark.parametrize("name", ["outliers", "stack-loss"])
def test_huber_lies_between_least_squares_and_least_absolute_slopes_on_outliers(name):
    p = preset(name)
    obj = make_objective(p.x, p.y, "huber")
    s = solve(p.x, p.y, "huber")
    assert_no_better_beta_nearby(obj, s.coefficients, rel=1e-13)
    assert np.linalg.norm(obj.value_and_grad(s.coefficients)[1]) <= 1e-9


# --- penalties ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("loss", "model", "options"),
    [
        ("mse", "line", {"l1": 0.5}),
        ("mse", "poly:3", {"l1": 0.5}),
        ("huber", "line", {"l1": 0.2}),
        ("logcosh", "poly:2", {"l1": 0.1}),
        ("mae", "line", {"l1": 0.3}),
        ("mse", "line", {"cap": 6.0}),
        ("mse", "poly:2", {"cap": 6.0, "cap_weight": 5.0}),
        ("huber", "line", {"cap": 6.0, "l2": 0.1}),
        ("mae", "line", {"l2": 0.5}),
        ("mae", "poly:3", {"l2": 0.5}),
        ("mae", "line", {"cap": 6.0, "cap_weight": 2.0}),
        ("quantile", "line", {"quantile": 0.8, "l2": 0.2}),
        ("asymmetric", "line", {"alpha": 3.0, "cap": 6.0}),
        ("mae", "line", {"l2": 0.5, "l1": 0.1}),
    ],
)
def test_penalised_answer_has_no_better_beta_nearby(loss, model, options):
    x, y = twelve_points(12)
    x = x / 5.0
    obj = make_objective(x, y, loss, model, **options)
    s = solve(x, y, loss, model, **options)
    assert s.converged
    assert s.objective == pytest.approx(obj.value(s.coefficients), rel=1e-15)
    assert_no_better_beta_nearby(obj, s.coefficients)
    nm = nelder_mead(obj, s.coefficients + 0.1)
    assert s.objective <= nm.fun + 1e-10 * nm.fun


@pytest.mark.parametrize(
    ("name", "model", "loss", "options"),
    [
        ("stack-loss", "line", "mse", {"l1": 0.5}),
        ("anscombe-3", "line", "logcosh", {"l1": 0.5}),
        ("stack-loss", "poly:2", "mse", {"l1": 0.5}),
        ("capped", "poly:2", "huber", {"l1": 0.2}),
        ("stack-loss", "poly:3", "logcosh", {"l1": 0.05}),
    ],
)
def test_l1_answer_on_unscaled_data_is_converged_and_has_no_better_beta_nearby(name, model, loss, options):
    p = preset(name)
    s = solve(p.x, p.y, loss, model, **options)
    assert s.converged, s.message
    assert_no_better_beta_nearby(make_objective(p.x, p.y, loss, model, **options), s.coefficients)


def test_mse_with_l1_on_stack_loss_matches_the_closed_form_for_a_positive_slope():
    # with m > 0 the L1 term is 0.5·m: the normal equations gain a constant
    p = preset("stack-loss")
    X = np.column_stack([np.ones_like(p.x), p.x])
    n = len(p.x)
    expected = np.linalg.solve(2 / n * X.T @ X, 2 / n * X.T @ p.y - np.array([0.0, 0.5]))
    s = solve(p.x, p.y, "mse", "line", l1=0.5)
    assert expected[1] > 0
    assert s.converged
    np.testing.assert_allclose(s.coefficients, expected, rtol=1e-8)


@pytest.mark.parametrize(
    ("name", "model", "loss", "options"),
    [
        ("stack-loss", "poly:2", "mae", {"l2": 0.5}),  # repeated points: more zero residuals than coefficients
        ("anscombe-1", "poly:3", "sae", {"l2": 0.01, "l1": 0.3}),  # the answer sits on the kink β1 = 0
        ("capped", "line", "asymmetric", {"alpha": 3.0, "cap": 60.0, "l1": 0.1}),
    ],
)
def test_quadratic_program_answer_on_presets_has_no_better_beta_nearby(name, model, loss, options):
    p = preset(name)
    obj = make_objective(p.x, p.y, loss, model, **options)
    s = solve(p.x, p.y, loss, model, **options)
    assert s.converged
    assert s.method.startswith("quadratic program")
    assert_no_better_beta_nearby(obj, s.coefficients)


def test_mse_with_l1_satisfies_the_optimality_conditions():
    x, y = twelve_points(13)
    x = x / 5.0
    lam = 0.4
    s = solve(x, y, "mse", "poly:2", l1=lam)
    plain = make_objective(x, y, "mse", "poly:2")
    _, grad = plain.value_and_grad(s.coefficients)
    assert abs(grad[0]) <= 1e-7
    for j in (1, 2):
        if abs(s.coefficients[j]) > 1e-9:
            assert grad[j] == pytest.approx(-lam * np.sign(s.coefficients[j]), abs=1e-7)
        else:
            assert abs(grad[j]) <= lam + 1e-7


def test_mse_with_a_large_l1_weight_gives_a_flat_line_at_the_mean():
    x, y = twelve_points(14)
    # at m = 0, c = ȳ: |dMSE/dm| = |2/n·Σx(ȳ − y)|, below this λ1 the slope is zero
    threshold = abs(2 / len(x) * np.sum(x * (np.mean(y) - y)))
    c, m = solve(x, y, "mse", "line", l1=1.5 * threshold).coefficients
    assert abs(m) <= 1e-9
    assert c == pytest.approx(np.mean(y), rel=1e-8)
    c, m = solve(x, y, "mse", "line", l1=0.5 * threshold).coefficients
    assert abs(m) > 1e-3


def test_cap_pulls_predictions_above_the_cap_down():
    p = preset("capped")
    free = solve(p.x, p.y, "mse")
    capped = solve(p.x, p.y, "mse", cap=120.0, cap_weight=10.0)
    top = p.x.max()
    assert capped.coefficients[0] + capped.coefficients[1] * top < free.coefficients[0] + free.coefficients[1] * top
    obj = make_objective(p.x, p.y, "mse", cap=120.0, cap_weight=10.0)
    assert np.linalg.norm(obj.value_and_grad(capped.coefficients)[1]) <= 1e-7 * max(1.0, capped.objective)


# --- classification -----------------------------------------------------------------------


def two_classes(seed=2, n=30):
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((n, 2))
    y = (x[:, 0] + 0.5 * x[:, 1] + 0.8 * rng.standard_normal(n) > 0).astype(float)
    return x, y


@pytest.mark.parametrize(
    ("loss", "options"),
    [
        ("bce", {}),
        ("bce", {"l2": 0.1}),
        ("bce", {"l1": 0.1}),
        ("hinge", {}),
        ("hinge", {"l1": 0.1}),
        ("hinge", {"l2": 0.1}),
        ("focal", {}),
        ("focal", {"gamma": 0.5, "l2": 0.05}),
    ],
)
def test_classification_answer_has_no_better_beta_nearby(loss, options):
    x, y = two_classes()
    obj = make_objective(x, y, loss, "logistic", **options)
    s = solve(x, y, loss, "logistic", **options)
    assert s.converged
    assert_no_better_beta_nearby(obj, s.coefficients)


def test_hinge_with_l2_is_solved_as_hinge_not_as_absolute_error():
    x, y = two_classes()
    s = solve(x, y, "hinge", "logistic", l2=0.1)
    nm = nelder_mead(make_objective(x, y, "hinge", "logistic", l2=0.1), np.zeros(3))
    assert s.objective == pytest.approx(nm.fun, rel=1e-8)
    np.testing.assert_allclose(s.coefficients, nm.x, atol=1e-5)


def test_focal_with_gamma_zero_solves_to_the_bce_answer():
    x, y = two_classes()
    np.testing.assert_allclose(
        solve(x, y, "focal", "logistic", gamma=0.0).coefficients, solve(x, y, "bce", "logistic").coefficients, rtol=1e-7
    )


def test_a_cancelled_solve_stops_at_its_next_iteration_and_says_so():
    # the window's solver thread: closing it must not wait out a QP of several seconds
    import threading
    import time

    from lossexplorer.core import make_objective, solve_objective

    rng = np.random.default_rng(1)
    x = rng.uniform(-5, 5, 20000)  # about a second: the LP, then a walk over ~800 pieces
    obj = make_objective(x, 0.5 * x + rng.standard_normal(20000), "mae", "line", l2=0.1)
    cancel = threading.Event()
    timer = threading.Timer(0.05, cancel.set)
    timer.start()
    t0 = time.perf_counter()
    s = solve_objective(obj, cancel)
    took = time.perf_counter() - t0
    timer.join()
    assert s.message == "cancelled" and not s.converged and np.all(np.isnan(s.coefficients))
    assert took < 3.0, f"the solve went on for {took:.1f} s after it was cancelled at 0.05 s"
    small = make_objective(x[:50], x[:50], "mae", "line", l2=0.1)
    assert solve_objective(small, threading.Event()).converged  # an event never set changes nothing
