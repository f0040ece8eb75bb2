"""Gradients against central finite differences, J against the design's per-point formulas,
and the two ways the objective is evaluated (sufficient statistics and per point) against
exact rational arithmetic, also with large offsets."""

import math
from fractions import Fraction

import numpy as np
import pytest
from loss_cases import (
    CLASSIFICATION,
    MULTICLASS,
    PIECEWISE_LINEAR,
    REGRESSION,
    SMOOTH,
    K,
    counts,
    labels,
    model_for,
    params_of,
    takes_cap,
)

from lossexplorer.core import LOSSES, make_loss, make_model, make_objective
from lossexplorer.core.losses import BLAS_BELOW

REGRESSION_MODELS = ("bias", "line", "poly:2", "poly:3")


def loss_options(loss):
    """The loss's parameters: δ = 1 (the problems keep every |e| clear of 1), q = 0.3, α = 2.5, γ = 2, ε = 0.1."""
    return params_of(loss, delta=1.0, quantile=0.3, alpha=2.5, gamma=2.0)


def penalties_of(loss):
    """The penalties a loss takes (no cap where its p is no prediction on y's scale)."""
    return tuple(p for p in PENALTY_NAMES if p != "cap" or takes_cap(loss))


PENALTY_NAMES = ("none", "l1", "l2", "cap")
REDUCTIONS = ("mean", "sum")
N = 15


# --- problems placed away from every kink -------------------------------------------------


def _signed(rng, size, low, high):
    return rng.choice([-1.0, 1.0], size) * rng.uniform(low, high, size)


def _cap_between_predictions(p):
    """A cap C in the widest gap between sorted predictions in the upper half: some p above C, none near it.

    With one prediction for all points (the bias model) the cap lies below it.
    """
    s = np.sort(p)
    if s[-1] - s[0] < 1e-3:
        return s[0] - 0.5
    j = len(s) // 2 + int(np.argmax(np.diff(s[len(s) // 2 :])))
    assert s[j + 1] - s[j] > 1e-3
    return 0.5 * (s[j] + s[j + 1])


def regression_problem(loss, model, penalty, seed=0):
    """x, y, β and options with every |e| in [0.2, 0.8] ∪ [1.2, 2.5] (δ = 1), every |β_j| ≥ 0.4;
    for Poisson, counts drawn with the mean exp(p)."""
    rng = np.random.default_rng(seed)
    m = make_model(model)
    beta = _signed(rng, m.n_coefficients, 0.4, 1.5)
    x = rng.uniform(-1.5, 1.5, N)
    p = m.predict(beta, x)
    size = np.where(rng.random(N) < 0.5, rng.uniform(0.2, 0.8, N), rng.uniform(1.2, 2.5, N))
    e = rng.choice([-1.0, 1.0], N) * size
    y = counts(np.exp(p), seed) if LOSSES[loss].link == "log" else p - e
    options = loss_options(loss)
    if penalty == "l1":
        options["l1"] = 0.3
    elif penalty == "l2":
        options["l2"] = 0.7
    elif penalty == "cap":
        options.update(cap=_cap_between_predictions(p), cap_weight=1.5)
    return x, y, beta, options


def classification_problem(loss, penalty, seed=0):
    """Two features, labels 0/1, every margin t·z at least 0.05 away from 1 and every |β_j| ≥ 0.4;
    for a multi-class loss K rows of β and labels 0 … K−1."""
    if LOSSES[loss].multiclass:
        rng = np.random.default_rng(seed)
        x = rng.normal(size=(N, 2))
        beta = _signed(rng, 3 * K, 0.4, 1.5)
        options = loss_options(loss)
        options.update({"l1": {"l1": 0.3}, "l2": {"l2": 0.7}}.get(penalty, {}))
        return x, labels(N, K, seed), beta, options
    for s in range(seed, seed + 1000):
        rng = np.random.default_rng(s)
        x = rng.normal(size=(N, 2))
        beta = _signed(rng, 3, 0.4, 1.5)
        z = beta[0] + x @ beta[1:]
        y = (rng.random(N) < 0.5).astype(float)
        t = 2 * y - 1
        if np.min(np.abs(1 - t * z)) > 0.05:
            break
    options = loss_options(loss)
    if penalty == "l1":
        options["l1"] = 0.3
    elif penalty == "l2":
        options["l2"] = 0.7
    elif penalty == "cap":
        options.update(cap=_cap_between_predictions(z), cap_weight=1.5)
    return x, y, beta, options


def central_difference(f, beta, h=1e-6):
    g = np.empty_like(beta)
    for j in range(len(beta)):
        step = np.zeros_like(beta)
        step[j] = h * max(1.0, abs(beta[j]))
        g[j] = (f(beta + step) - f(beta - step)) / (2 * step[j])
    return g


def assert_gradient_matches_differences(obj, beta):
    value, grad = obj.value_and_grad(beta)
    assert value == obj.value(beta)
    fd = central_difference(obj.value, beta)
    scale = max(1.0, float(np.max(np.abs(grad))))
    np.testing.assert_allclose(grad, fd, rtol=0, atol=2e-7 * scale)


REGRESSION_CASES = [
    (loss, model, penalty, reduction)
    for loss in REGRESSION
    for model in REGRESSION_MODELS
    for penalty in penalties_of(loss)
    for reduction in REDUCTIONS
]
CLASSIFICATION_CASES = [(loss, penalty) for loss in CLASSIFICATION for penalty in penalties_of(loss)]


@pytest.mark.parametrize(("loss", "model", "penalty", "reduction"), REGRESSION_CASES)
def test_regression_gradient_matches_central_differences(loss, model, penalty, reduction):
    x, y, beta, options = regression_problem(loss, model, penalty, seed=len(model) + 7 * len(loss))
    obj = make_objective(x, y, loss, model, reduction=reduction, **options)
    assert_gradient_matches_differences(obj, beta)


@pytest.mark.parametrize(("loss", "penalty"), CLASSIFICATION_CASES)
@pytest.mark.parametrize("reduction", REDUCTIONS)
def test_classification_gradient_matches_central_differences(loss, penalty, reduction):
    x, y, beta, options = classification_problem(loss, penalty, seed=3)
    obj = make_objective(x, y, loss, model_for(loss), reduction=reduction, **options)
    assert_gradient_matches_differences(obj, beta)


@pytest.mark.parametrize("gamma", [0.0, 0.5, 2.0, 5.0])
def test_focal_gradient_matches_central_differences_for_every_gamma(gamma):
    x, y, beta, _ = classification_problem("focal", "none", seed=11)
    obj = make_objective(x, y, "focal", "logistic", gamma=gamma)
    assert_gradient_matches_differences(obj, beta)


# --- J against the design's table, written out independently -------------------------------


def design_loss(name, p, y, params):
    """ℓ(p, y) straight from the table in DESIGN.md (not from the package)."""
    eps = params.get("label_smoothing", 0.0)
    if name == "crossentropy":  # −Σ_k t_k·log p̂_k with t_k = (1 − ε)·[y = k] + ε/K
        prob = np.exp(p) / np.exp(p).sum(axis=1, keepdims=True)
        target = (1 - eps) * (np.arange(p.shape[1]) == y[:, None]) + eps / p.shape[1]
        return -(target * np.log(prob)).sum(axis=1)
    e = p - y
    r = -e
    if name in ("mse", "sse"):
        return e**2
    if name == "half-sse":
        return 0.5 * e**2
    if name in ("mae", "sae"):
        return np.abs(e)
    if name == "huber":
        d = params["delta"]
        return np.where(np.abs(e) <= d, 0.5 * e**2, d * (np.abs(e) - 0.5 * d))
    if name == "logcosh":
        return np.log(np.cosh(e))
    if name == "quantile":
        q = params["quantile"]
        return q * np.maximum(r, 0) + (1 - q) * np.maximum(-r, 0)
    if name == "asymmetric":
        return np.where(p < y, params["alpha"] * np.abs(e), np.abs(e))
    if name == "poisson":  # −log of the Poisson probability of y with mean exp(p), log y! dropped
        mean = np.exp(p)
        return mean - y * np.log(mean)
    sig = 1 / (1 + np.exp(-p))
    if name == "bce":
        y = (1 - eps) * y + eps / 2
        return -(y * np.log(sig) + (1 - y) * np.log(1 - sig))
    if name == "brier":
        return (sig - y) ** 2
    t = 2 * y - 1
    if name == "hinge":
        return np.maximum(0.0, 1 - t * p)
    if name == "focal":
        pt = np.where(y == 1, sig, 1 - sig)
        return -((1 - pt) ** params["gamma"]) * np.log(pt)
    raise AssertionError(name)


def design_objective(loss, model, x, y, beta, reduction, options):
    m = make_model(model)
    p = m.predict(beta, x)
    terms = design_loss(loss, p, y, options)
    if "cap" in options:
        terms = terms + options["cap_weight"] * np.maximum(0.0, p - options["cap"]) ** 2
    total = terms.mean() if reduction == "mean" else terms.sum()
    b = beta[np.arange(len(beta)) % 3 > 0] if m.softmax else beta[1:]  # every intercept unpenalised
    return total + options.get("l2", 0.0) * np.sum(b**2) + options.get("l1", 0.0) * np.sum(np.abs(b))


@pytest.mark.parametrize(("loss", "model", "penalty", "reduction"), REGRESSION_CASES)
def test_regression_objective_equals_the_design_formula(loss, model, reduction, penalty):
    x, y, beta, options = regression_problem(loss, model, penalty, seed=5)
    obj = make_objective(x, y, loss, model, reduction=reduction, **options)
    expected = design_objective(loss, model, x, y, beta, reduction, options)
    assert obj.value(beta) == pytest.approx(expected, rel=1e-12)


@pytest.mark.parametrize(("loss", "penalty"), CLASSIFICATION_CASES)
@pytest.mark.parametrize("reduction", REDUCTIONS)
def test_classification_objective_equals_the_design_formula(loss, reduction, penalty):
    x, y, beta, options = classification_problem(loss, penalty, seed=5)
    model = model_for(loss)
    obj = make_objective(x, y, loss, model, reduction=reduction, **options)
    expected = design_objective(loss, f"softmax:{K}" if model == "softmax" else model, x, y, beta, reduction, options)
    assert obj.value(beta) == pytest.approx(expected, rel=1e-12)


def test_penalties_skip_the_intercept_and_are_not_divided_by_n():
    x = np.array([0.0, 1.0, 2.0])
    y = np.array([1.0, 3.0, 5.0])  # exactly y = 1 + 2x
    beta = np.array([1.0, 2.0])
    assert make_objective(x, y, "mse", "line", l2=0.5).value(beta) == pytest.approx(0.5 * 4.0, rel=1e-15)
    assert make_objective(x, y, "mse", "line", l1=0.5).value(beta) == pytest.approx(0.5 * 2.0, rel=1e-15)
    # the intercept alone costs nothing
    flat = np.array([3.0, 3.0, 3.0])
    assert make_objective(x, flat, "mse", "line", l1=9.0, l2=9.0).value(np.array([3.0, 0.0])) == 0.0


def test_cap_alone_without_weight_gets_weight_one():
    x = np.array([0.0, 1.0, 2.0])
    y = np.array([0.0, 0.0, 0.0])
    obj = make_objective(x, y, "mse", "line", cap=1.0)
    # p = [0, 2, 4]: e² mean = 20/3, cap term mean of max(0, p − 1)² = (0 + 1 + 9)/3
    assert obj.value(np.array([0.0, 2.0])) == pytest.approx(20 / 3 + 10 / 3, rel=1e-15)


# --- the sufficient-statistics path against the per-point path and exact arithmetic ---------


def exact_squared_objective(model, x, y, beta, weight, square_weight, l2=0.0, l1=0.0):
    """J and ∇J in exact rational arithmetic from the floats x, y, β: the reference."""
    X = make_model(model).design(x)
    n, k = X.shape
    fx = [[Fraction(float(X[i, j])) for j in range(k)] for i in range(n)]
    fb = [Fraction(float(b)) for b in beta]
    e = [sum(fx[i][j] * fb[j] for j in range(k)) - Fraction(float(y[i])) for i in range(n)]
    w = Fraction(weight) * Fraction(square_weight)
    value = w * sum(ei * ei for ei in e)
    grad = [2 * w * sum(fx[i][j] * e[i] for i in range(n)) for j in range(k)]
    for j in range(1, k):
        value += Fraction(l2) * fb[j] ** 2 + Fraction(l1) * abs(fb[j])
        grad[j] += 2 * Fraction(l2) * fb[j] + Fraction(l1) * (1 if fb[j] > 0 else -1 if fb[j] < 0 else 0)
    return float(value), np.array([float(g) for g in grad])


def assert_close_to_exact(value, grad, exact_value, exact_grad, rel=1e-10):
    assert abs(value - exact_value) <= rel * abs(exact_value)
    assert np.linalg.norm(grad - exact_grad) <= rel * np.linalg.norm(exact_grad)


SQUARED = ("mse", "sse", "half-sse")


@pytest.mark.parametrize("penalty", ["none", "l1", "l2"])
@pytest.mark.parametrize("reduction", REDUCTIONS)
@pytest.mark.parametrize("model", REGRESSION_MODELS)
@pytest.mark.parametrize("loss", SQUARED)
def test_statistics_and_per_point_paths_agree_with_exact_arithmetic(loss, model, reduction, penalty):
    x, y, beta, options = regression_problem(loss, model, penalty, seed=21)
    by_stats = make_objective(x, y, loss, model, reduction=reduction, **options)
    # a cap far above every prediction adds nothing but forces the per-point path
    per_point = make_objective(x, y, loss, model, reduction=reduction, cap=1e300, **options)
    assert by_stats.uses_statistics
    assert not per_point.uses_statistics
    weight = 1 / N if reduction == "mean" else 1
    square_weight = 0.5 if loss == "half-sse" else 1.0
    exact = exact_squared_objective(
        model, x, y, beta, weight, square_weight, options.get("l2", 0.0), options.get("l1", 0.0)
    )
    assert_close_to_exact(*by_stats.value_and_grad(beta), *exact)
    assert_close_to_exact(*per_point.value_and_grad(beta), *exact)


@pytest.mark.parametrize(("model", "shift"), [("bias", [3.0]), ("bias", [0.01]), ("line", [10.0, 0.5])])
@pytest.mark.parametrize("seed", range(5))
def test_both_paths_keep_full_precision_at_large_offsets(model, shift, seed):
    """x and y around 1e6; β from 0.01 to 10 (in residual) away from the least-squares answer."""
    rng = np.random.default_rng(seed)
    n = 20
    x = 1e6 + rng.uniform(-5, 5, n)
    y = 1e6 + 2.0 * (x - 1e6) + rng.standard_normal(n)
    m = make_model(model)
    xc = m.design(x - x.mean())
    centred, *_ = np.linalg.lstsq(xc, y - y.mean(), rcond=None)
    centred[0] += y.mean()
    # from centred coordinates (powers of x − x̄) back to raw β
    beta = np.linalg.solve(m.centring(float(x.mean())), centred + np.array(shift))
    exact = exact_squared_objective(model, x, y, beta, 1 / n, 1.0)
    by_stats = make_objective(x, y, "mse", model)
    per_point = make_objective(x, y, "mse", model, cap=1e300)
    assert by_stats.uses_statistics
    assert_close_to_exact(*by_stats.value_and_grad(beta), *exact)
    assert_close_to_exact(*per_point.value_and_grad(beta), *exact)


def test_statistics_path_value_at_the_least_squares_answer_is_the_minimum_rss_at_large_offsets():
    rng = np.random.default_rng(4)
    x = 1e6 + np.arange(12.0)
    y = 3e6 + rng.standard_normal(12)
    obj = make_objective(x, y, "sse", "bias")
    beta = np.array([math.fsum(y) / 12])
    exact_value, _ = exact_squared_objective("bias", x, y, beta, 1, 1.0)
    assert obj.value(beta) == pytest.approx(exact_value, rel=1e-12)


@pytest.mark.parametrize("loss", [name for name, cls in LOSSES.items() if not cls.squared])
def test_only_squared_losses_without_a_cap_use_statistics(loss):
    if loss in CLASSIFICATION:
        x, y, _, _ = classification_problem(loss, "none")
        assert not make_objective(x, y, loss, model_for(loss)).uses_statistics
    else:
        x, y, _, _ = regression_problem(loss, "line", "none")
        assert not make_objective(x, y, loss, "line").uses_statistics
    x, y, _, _ = regression_problem("mse", "line", "none")
    assert not make_objective(x, y, "mse", "line", cap=1.0).uses_statistics


# --- mini-batches -------------------------------------------------------------------------

ALL_CASES = [(loss, model_for(loss), penalty) for loss in REGRESSION + CLASSIFICATION for penalty in penalties_of(loss)]


def _problem(loss, model, penalty):
    if model in ("logistic", "softmax"):
        return classification_problem(loss, penalty, seed=8)
    return regression_problem(loss, model, penalty, seed=8)


@pytest.mark.parametrize("reduction", REDUCTIONS)
@pytest.mark.parametrize(("loss", "model", "penalty"), ALL_CASES)
def test_batch_of_all_points_equals_the_full_objective(loss, model, reduction, penalty):
    x, y, beta, options = _problem(loss, model, penalty)
    obj = make_objective(x, y, loss, model, reduction=reduction, **options)
    value, grad = obj.value_and_grad(beta)
    for idx in (np.arange(N), np.random.default_rng(0).permutation(N)):
        b_value, b_grad = obj.batch_value_and_grad(beta, idx)
        assert b_value == pytest.approx(value, rel=1e-13)
        np.testing.assert_allclose(b_grad, grad, rtol=1e-12, atol=1e-13 * np.max(np.abs(grad)))


@pytest.mark.parametrize("reduction", REDUCTIONS)
@pytest.mark.parametrize("loss", ["mse", "huber", "mae"])
def test_batch_gradients_of_an_equal_partition_average_to_the_full_gradient(loss, reduction):
    x, y, beta, options = regression_problem(loss, "poly:2", "l2", seed=2)
    obj = make_objective(x, y, loss, "poly:2", reduction=reduction, **options)
    order = np.random.default_rng(1).permutation(N)
    parts = [order[i : i + 5] for i in range(0, N, 5)]
    mean_grad = np.mean([obj.batch_value_and_grad(beta, idx)[1] for idx in parts], axis=0)
    mean_value = np.mean([obj.batch_value_and_grad(beta, idx)[0] for idx in parts])
    value, grad = obj.value_and_grad(beta)
    assert mean_value == pytest.approx(value, rel=1e-13)
    np.testing.assert_allclose(mean_grad, grad, rtol=1e-12, atol=1e-13)


# --- second derivatives -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "params", "labels"),
    [(name, loss_options(name), LOSSES[name].kind == "classification") for name in SMOOTH if name not in MULTICLASS]
    + [("focal", {"gamma": gamma}, True) for gamma in (0.0, 0.5, 4.0)],
)
def test_loss_curvature_matches_differences_of_its_gradient(name, params, labels):
    loss = make_loss(name, **params)
    rng = np.random.default_rng(0)
    p = _signed(rng, 40, 0.1, 4.0)
    p = p[np.abs(np.abs(p) - 1.0) > 0.05]  # away from Huber's joints at e = ±δ
    y = (rng.random(len(p)) < 0.5).astype(float) if labels else np.zeros(len(p))
    h = 1e-6
    fd = (loss.gradient(p + h, y) - loss.gradient(p - h, y)) / (2 * h)
    np.testing.assert_allclose(loss.curvature(p, y), fd, rtol=1e-6, atol=1e-8)


@pytest.mark.parametrize("name", PIECEWISE_LINEAR)
def test_piecewise_linear_losses_have_zero_curvature(name):
    loss = make_loss(name)
    p = np.array([-2.0, -0.5, 0.3, 4.0])
    np.testing.assert_array_equal(loss.curvature(p, np.array([0.0, 1.0, 0.0, 1.0])), np.zeros(4))


@pytest.mark.parametrize(
    ("loss", "model", "penalty"),
    [
        (loss, model_for(loss, model), penalty if takes_cap(loss) else "none")
        for loss in SMOOTH
        for model, penalty in (("line", "none"), ("poly:2", "cap"), ("poly:3", "l2"))
    ],
)
def test_objective_hessian_matches_differences_of_the_gradient(loss, model, penalty):
    x, y, beta, options = _problem(loss, model, penalty)
    obj = make_objective(x, y, loss, model, **options)
    h = 1e-6
    k = len(beta)
    fd = np.empty((k, k))
    for j in range(k):
        step = np.zeros(k)
        step[j] = h
        fd[:, j] = (obj.value_and_grad(beta + step)[1] - obj.value_and_grad(beta - step)[1]) / (2 * h)
    hess = obj.hessian(beta)
    np.testing.assert_allclose(hess, hess.T, rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(hess, fd, rtol=1e-6, atol=1e-6 * np.max(np.abs(hess)))


PER_POINT_CASES = [  # squared losses without a cap work from sufficient statistics, not per point
    (loss, model, penalty)
    for loss in REGRESSION
    for model in ("bias", "line", "poly:3")
    for penalty in ("none", "cap")
    if (penalty == "cap" and takes_cap(loss)) or (penalty == "none" and not make_loss(loss).squared)
]


@pytest.mark.parametrize(("loss", "model", "penalty"), PER_POINT_CASES)
def test_few_and_many_points_reach_the_same_objective_by_their_own_routes(loss, model, penalty):
    """Below BLAS_BELOW points an epoch is two BLAS calls, above it NumPy loops and Horner's rule
    (and log-cosh changes form at 1,000 errors): the same points repeated give the same mean J."""
    x, y, beta, options = _problem(loss, model, penalty)
    reps = BLAS_BELOW // len(x) + 1
    few = make_objective(x, y, loss, model, reduction="mean", **options)
    many = make_objective(np.tile(x, reps), np.tile(y, reps), loss, model, reduction="mean", **options)
    assert not few.uses_statistics and few._few and not many._few
    few_value, few_grad = few.value_and_grad(beta)
    many_value, many_grad = many.value_and_grad(beta)
    assert many_value == pytest.approx(few_value, rel=1e-11)
    np.testing.assert_allclose(many_grad, few_grad, rtol=1e-10, atol=1e-12 * np.max(np.abs(few_grad)))
