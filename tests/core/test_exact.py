"""Exact answers with an L1 penalty against independent solvers, the KKT violation every
Solution reports, awkward data sets, and answers that do not depend on BLAS's threads.

The references: scikit-learn's Lasso and ElasticNet (coordinate descent) for squared errors,
a linear program written here (a different formulation from the app's) for the piecewise-
linear losses, and for Huber and log-cosh the subgradient conditions computed here from the
losses' own formulas on the raw powers of x, with many restarts of a derivative-free method.
"""

import itertools
import json
import os
import subprocess
import sys
import textwrap

import numpy as np
import pytest
from loss_cases import BINARY, OF_ERROR, cases
from scipy.optimize import linprog, minimize
from sklearn.linear_model import ElasticNet, Lasso

from lossexplorer.core import make_objective, preset, solve
from lossexplorer.core.kkt import KKT_TOLERANCE

REGRESSION_PRESETS = ["noisy-line", "stack-loss", "outliers", "anscombe-1", "capped"]


def powers(x, degree):
    return np.vander(np.asarray(x, float), degree + 1, increasing=True)


def degree_of(model):
    return 1 if model == "line" else int(model.split(":")[1])


# --- squared errors + L1: scikit-learn -------------------------------------------------------


def sklearn_answer(x, y, degree, loss, l1, l2=0.0):
    """β from scikit-learn. Its Lasso minimizes (1/2n)·Σe² + α·‖w‖₁; ours, for mse, is
    (1/n)·Σe² + λ1·‖β‖₁ + λ2·‖β‖², which is twice (1/2n)·Σe² + (λ1/2)·‖β‖₁ + (λ2/2)·‖β‖²
    (sse: 2n times, with λ/2n; half-sse: n times, with λ/n)."""
    n = len(y)
    per = {"mse": 0.5, "sse": 0.5 / n, "half-sse": 1.0 / n}[loss]
    a1, a2 = l1 * per, l2 * per  # (1/2n)Σe² + a1·‖w‖₁ + a2·‖w‖²
    features = powers(x, degree)[:, 1:]
    if a2:
        alpha = a1 + 2 * a2  # ElasticNet: α·ρ·‖w‖₁ + ½α(1 − ρ)·‖w‖²
        model = ElasticNet(alpha=alpha, l1_ratio=a1 / alpha, tol=1e-13, max_iter=10**7)
    else:
        model = Lasso(alpha=a1, tol=1e-13, max_iter=10**7)
    model.fit(features, y)
    return np.r_[model.intercept_, model.coef_]


@pytest.mark.parametrize("name", REGRESSION_PRESETS)
@pytest.mark.parametrize("model", ["line", "poly:2"])
@pytest.mark.parametrize("lam", [0.01, 0.5, 5.0])
def test_mse_with_l1_matches_scikit_learns_lasso(name, model, lam):
    p = preset(name)
    s = solve(p.x, p.y, "mse", model, l1=lam)
    ref = sklearn_answer(p.x, p.y, degree_of(model), "mse", lam)
    obj = make_objective(p.x, p.y, "mse", model, l1=lam)
    assert s.converged and s.kkt_violation <= 1e-13
    assert s.objective == pytest.approx(obj.value(ref), rel=1e-8)
    assert s.objective <= obj.value(ref) * (1 + 1e-13)
    np.testing.assert_allclose(s.coefficients, ref, rtol=1e-8, atol=1e-8 * np.max(np.abs(ref)))


@pytest.mark.parametrize(("loss", "l1", "l2"), [("sse", 3.0, 0.0), ("half-sse", 1.0, 0.0), ("mse", 0.3, 0.2)])
@pytest.mark.parametrize("name", ["noisy-line", "stack-loss"])
def test_other_squared_losses_with_l1_and_l2_match_scikit_learn(name, loss, l1, l2):
    p = preset(name)
    s = solve(p.x, p.y, loss, "poly:2", l1=l1, l2=l2)
    ref = sklearn_answer(p.x, p.y, 2, loss, l1, l2)
    obj = make_objective(p.x, p.y, loss, "poly:2", l1=l1, l2=l2)
    assert s.converged
    assert s.objective == pytest.approx(obj.value(ref), rel=1e-8)
    assert s.objective <= obj.value(ref) * (1 + 1e-13)


def test_the_issue_case_stack_loss_poly2_with_l1_is_the_lasso_answer_and_says_so():
    p = preset("stack-loss")
    s = solve(p.x, p.y, "mse", "poly:2", l1=0.5)
    assert s.converged and s.kkt_violation <= 1e-14
    assert s.method == "active set with Newton steps"
    ref = sklearn_answer(p.x, p.y, 2, "mse", 0.5)
    assert s.coefficients[1] == 0.0 and ref[1] == pytest.approx(0.0, abs=1e-9)  # β1 sits on its kink
    assert s.objective == pytest.approx(make_objective(p.x, p.y, "mse", "poly:2", l1=0.5).value(ref), rel=1e-12)


# --- piecewise-linear losses + L1: a linear program written here --------------------------------


def slopes_of(loss, options):
    if loss == "quantile":
        return 1.0 - options["quantile"], options["quantile"]
    if loss == "asymmetric":
        return 1.0, options["alpha"]
    return 1.0, 1.0


def reference_lp(x, y, degree, loss, options, l1):
    """min w·Σ(up·u_i + down·v_i) + λ·Σ(b⁺_j + b⁻_j) over β = b⁺ − b⁻ (b0 free), u − v = Xβ − y,
    in the raw powers of x (each column over its largest value, for HiGHS)."""
    n = len(y)
    w = 1.0 / n if loss in ("mae", "quantile", "asymmetric") else 1.0
    up, down = slopes_of(loss, options)
    x_raw = powers(x, degree)
    size = np.max(np.abs(x_raw), axis=0)
    xs = x_raw / size
    k = degree + 1
    # variables: b0, b⁺ (k−1), b⁻ (k−1), u (n), v (n); coefficient j of xs is size_j·β_j
    cost = np.r_[0.0, l1 / size[1:], l1 / size[1:], np.full(n, w * up), np.full(n, w * down)]
    a_eq = np.hstack([xs[:, :1], xs[:, 1:], -xs[:, 1:], -np.eye(n), np.eye(n)])
    bounds = [(None, None)] + [(0, None)] * (2 * (k - 1) + 2 * n)
    result = linprog(cost, A_eq=a_eq, b_eq=y, bounds=bounds, method="highs-ipm")
    assert result.status == 0
    b = result.x
    return np.r_[b[0], b[1:k] - b[k : 2 * k - 1]] / size


@pytest.mark.parametrize(
    ("loss", "options"),
    [("mae", {}), ("sae", {}), ("quantile", {"quantile": 0.25}), ("asymmetric", {"alpha": 3.0})],
)
@pytest.mark.parametrize(("name", "model"), [("noisy-line", "line"), ("stack-loss", "poly:2"), ("outliers", "line")])
@pytest.mark.parametrize("lam", [0.05, 2.0])
def test_piecewise_linear_losses_with_l1_match_a_linear_program_written_here(loss, options, name, model, lam):
    p = preset(name)
    s = solve(p.x, p.y, loss, model, l1=lam, **options)
    ref = reference_lp(p.x, p.y, degree_of(model), loss, options, lam)
    obj = make_objective(p.x, p.y, loss, model, l1=lam, **options)
    assert s.converged and s.kkt_violation <= 1e-12
    assert s.objective == pytest.approx(obj.value(ref), rel=1e-8)
    assert s.objective <= obj.value(ref) * (1 + 1e-9)


# --- Huber and log-cosh + L1: the subgradient conditions, computed here -------------------------


def raw_subgradient_violation(x, y, degree, loss, beta, l1, delta=1.0):
    """max over coefficients of what no subgradient of λ1·|β_j| cancels in ∂J/∂β_j, over the size
    of the terms, from the loss's own derivative (Huber: clip(e, ±δ), log-cosh: tanh e)."""
    xr = powers(x, degree)
    e = xr @ beta - y
    slope = np.clip(e, -delta, delta) if loss == "huber" else np.tanh(e)
    grad = xr.T @ slope / len(y)
    size = np.abs(xr).T @ np.maximum(np.abs(slope), 1.0) / len(y) + l1
    worst = abs(grad[0]) / size[0]
    for j in range(1, degree + 1):
        if beta[j] != 0.0:
            worst = max(worst, abs(grad[j] + l1 * np.sign(beta[j])) / size[j])
        else:
            worst = max(worst, max(abs(grad[j]) - l1, 0.0) / size[j])
    return worst


def restarted_powell(obj, starts):
    best = None
    for start in starts:
        r = minimize(obj.value, start, method="Powell", options={"xtol": 1e-12, "ftol": 1e-15, "maxiter": 200000})
        if best is None or r.fun < best.fun:
            best = r
    return best


@pytest.mark.parametrize("loss", ["huber", "logcosh"])
@pytest.mark.parametrize(("name", "model", "lam"), [("noisy-line", "line", 0.3), ("outliers", "poly:2", 0.05),
                                                    ("anscombe-3", "line", 0.5), ("stack-loss", "line", 0.2)])
def test_huber_and_logcosh_with_l1_satisfy_the_subgradient_conditions_and_beat_restarted_powell(loss, name, model, lam):
    p = preset(name)
    x = (p.x - p.x.mean()) / p.x.std()  # well scaled for the derivative-free reference
    s = solve(x, p.y, loss, model, l1=lam)
    obj = make_objective(x, p.y, loss, model, l1=lam)
    assert s.converged and s.kkt_violation <= 1e-12
    assert raw_subgradient_violation(x, p.y, degree_of(model), loss, s.coefficients, lam) <= 1e-12
    rng = np.random.default_rng(0)
    starts = [np.zeros(len(s.coefficients)), *(rng.normal(scale=3.0, size=(5, len(s.coefficients))))]
    best = restarted_powell(obj, starts)
    assert s.objective <= best.fun * (1 + 1e-12)
    assert s.objective == pytest.approx(best.fun, rel=1e-8)


# --- every Solution reports how exact it is ------------------------------------------------------

LOSSES = cases(OF_ERROR, delta=1.0, quantile=0.8, alpha=3.0)  # the presets' y are errors of any sign
PENALTIES = [{}, {"l1": 0.5}, {"l2": 0.3}, {"l1": 0.2, "l2": 0.1}, {"cap": "70%"}, {"l1": 1e4}]


@pytest.mark.parametrize("name", REGRESSION_PRESETS)
def test_every_loss_and_penalty_on_the_presets_is_exact_to_rounding(name):
    p = preset(name)
    worst = 0.0
    for (loss, options), model, penalty in itertools.product(LOSSES, ["line", "poly:2", "poly:3"], PENALTIES):
        opts = {**options, **penalty}
        if opts.get("cap") == "70%":
            opts["cap"] = float(np.percentile(p.y, 70))
        s = solve(p.x, p.y, loss, model, **opts)
        assert s.converged, (loss, model, opts, s.message)
        worst = max(worst, s.kkt_violation)
    print(f"\n{name}: largest KKT violation {worst:.1e}")
    assert worst <= 1e-13


def test_a_large_l1_weight_puts_every_penalised_coefficient_exactly_at_zero():
    p = preset("noisy-line")
    for loss in ("mse", "mae", "huber", "logcosh", "quantile"):
        s = solve(p.x, p.y, loss, "poly:3", l1=1e6)
        assert s.converged
        assert np.all(s.coefficients[1:] == 0.0), loss


def test_l1_of_zero_is_the_unpenalised_answer():
    p = preset("outliers")
    for loss in ("mse", "huber", "mae"):
        a, b = solve(p.x, p.y, loss, "poly:2", l1=0.0), solve(p.x, p.y, loss, "poly:2")
        np.testing.assert_allclose(a.coefficients, b.coefficients, rtol=1e-12)


def test_a_solution_that_is_not_the_minimum_is_not_called_converged():
    # the KKT violation is measured, not assumed: a nudged answer has one and says so
    from lossexplorer.core.basis import coordinates
    from lossexplorer.core.kkt import ScaledProblem, kkt_violation

    p = preset("stack-loss")
    obj = make_objective(p.x, p.y, "mse", "poly:2", l1=0.5)
    s = solve(p.x, p.y, "mse", "poly:2", l1=0.5)
    problem = ScaledProblem(obj, coordinates(obj.model, obj.x, obj.y, centred=False))
    assert kkt_violation(problem, s.theta) <= 1e-14
    for shift in (1e-6, 1e-3):
        assert kkt_violation(problem, s.theta * (1 + shift)) > KKT_TOLERANCE


AWKWARD = {
    "constant x": (np.full(6, 2.0), np.arange(6.0)),
    "duplicate x": (np.array([1.0, 1, 1, 2, 2, 5, 5, 5]), np.array([0.0, 1, 2, 3, 3, 4, 9, -1])),
    "n = k": (np.array([0.0, 1.0, 3.0]), np.array([1.0, -2.0, 5.0])),
    "offset 1e6": (1e6 + np.linspace(0.0, 10.0, 12), np.linspace(0.0, 10.0, 12) ** 1.5 + 3e5),
    "one outlier": (np.arange(10.0), np.r_[np.arange(9.0), 1e6]),
}


@pytest.mark.parametrize("case", list(AWKWARD))
@pytest.mark.parametrize(("loss", "options"), LOSSES)
@pytest.mark.parametrize("penalty", [{}, {"l1": 0.3}, {"l1": 1e6}, {"l2": 0.1}])
def test_awkward_data_is_solved_exactly_or_not_called_converged(case, loss, options, penalty):
    x, y = AWKWARD[case]
    obj = make_objective(x, y, loss, "poly:2", **options, **penalty)
    s = solve(x, y, loss, "poly:2", **options, **penalty)
    assert np.all(np.isfinite(s.coefficients))
    if s.converged:
        # convexity: no better β along many directions at many scales proves the minimum
        value = s.objective
        rng = np.random.default_rng(0)
        directions = np.vstack([np.eye(3), -np.eye(3), rng.normal(size=(30, 3))])
        size = np.maximum(np.abs(s.coefficients), 1.0 / np.maximum(np.sqrt(np.mean(obj.design**2, axis=0)), 1e-300))
        for step, d in itertools.product(np.logspace(-8, 0, 5), directions):
            assert obj.value(s.coefficients + step * d * size) >= value - 1e-9 * abs(value) - 1e-12
    else:
        assert s.message.startswith("not exact")


@pytest.mark.parametrize("loss", BINARY)
@pytest.mark.parametrize("penalty", [{"l1": 0.05}, {"l1": 0.05, "l2": 0.02}, {"l2": 0.1}])
def test_classification_with_l1_is_exact(loss, penalty):
    rng = np.random.default_rng(2)
    x = rng.standard_normal((40, 2))
    y = (x[:, 0] + 0.5 * x[:, 1] + 0.8 * rng.standard_normal(40) > 0).astype(float)
    s = solve(x, y, loss, "logistic", **penalty)
    assert s.converged and s.kkt_violation <= 1e-12, s.message


# --- the same answers whatever BLAS does ------------------------------------------------------------

_SOLVE_MATRIX = textwrap.dedent(
    """
    import json, numpy as np
    from lossexplorer.core import preset, solve
    out = []
    for name in ("stack-loss", "noisy-line", "outliers"):
        p = preset(name)
        for loss, model, options in [("mse", "poly:2", {"l1": 0.5}), ("mse", "poly:3", {}),
                                     ("huber", "line", {"l1": 0.2}), ("logcosh", "poly:3", {"l1": 0.05}),
                                     ("mae", "poly:2", {"l2": 0.3}), ("quantile", "line", {"quantile": 0.8, "l1": 0.1}),
                                     ("mse", "poly:2", {"cap": 20.0})]:
            s = solve(p.x, p.y, loss, model, **options)
            out.append([s.coefficients.tolist(), s.objective, s.converged])
    print(json.dumps(out))
    """
)


def test_exact_answers_are_the_same_with_one_blas_thread_and_with_many():
    def run(threads):
        env = {k: v for k, v in os.environ.items() if not k.endswith("_NUM_THREADS")}
        if threads is not None:
            env.update(OPENBLAS_NUM_THREADS=threads, OMP_NUM_THREADS=threads, MKL_NUM_THREADS=threads)
        done = subprocess.run([sys.executable, "-c", _SOLVE_MATRIX], env=env, capture_output=True, text=True,
                              timeout=300, check=True)
        return json.loads(done.stdout)

    one, default = run("1"), run(None)
    assert len(one) == len(default) == 21
    for (beta_a, j_a, ok_a), (beta_b, j_b, ok_b) in zip(one, default):
        assert ok_a and ok_b
        assert j_a == pytest.approx(j_b, rel=1e-12)
        np.testing.assert_allclose(beta_a, beta_b, rtol=1e-12, atol=1e-12 * max(abs(v) for v in beta_a))
