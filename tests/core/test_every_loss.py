"""Every registered loss, on data it takes: `solve` meets its optimality conditions and no
coefficients nearby do better; gradient descent on well-scaled data converges to it."""

import numpy as np
import pytest
from loss_cases import MULTICLASS, SMOOTH, params_of, well_scaled

from lossexplorer.core import LOSS_NAMES, LOSSES, fit, make_objective, solve

PENALTIES = [{}, {"l2": 0.05}, {"l1": 0.02}, {"l1": 0.02, "l2": 0.05}]


def cases():
    for loss in LOSS_NAMES:
        for penalty in PENALTIES:
            if "l1" in penalty and loss in MULTICLASS:
                continue  # the softmax model's exact answer takes L2 only (see test_softmax)
            yield loss, penalty


def assert_no_better_beta_nearby(obj, beta, value, rel=1e-12):
    rng = np.random.default_rng(1)
    k = len(beta)
    directions = np.vstack([np.eye(k), -np.eye(k), rng.normal(size=(4 * k, k))])
    for step in (1e-7, 1e-5, 1e-3):
        for d in directions:
            assert obj.value(beta + step * d * np.maximum(np.abs(beta), 1.0)) >= value - rel * abs(value) - 1e-15


@pytest.mark.parametrize(("loss", "penalty"), list(cases()))
def test_solve_meets_the_optimality_conditions_and_nothing_nearby_does_better(loss, penalty):
    x, y, model = well_scaled(loss)
    options = {**params_of(loss), **penalty}
    obj = make_objective(x, y, loss, model, **options)
    s = solve(x, y, loss, model, **options)
    assert s.converged and s.kkt_violation <= 1e-12, s.message
    assert s.objective == pytest.approx(obj.value(s.coefficients), rel=1e-12, abs=1e-15)
    assert_no_better_beta_nearby(obj, s.coefficients, s.objective)


@pytest.mark.parametrize("loss", SMOOTH)
def test_gradient_descent_on_well_scaled_data_converges_to_the_exact_answer(loss):
    """A step of 1/L, L the largest curvature of J at the answer (for Poisson the curvature
    grows with exp(f): the start, with every mean 1, is flatter than the answer)."""
    x, y, model = well_scaled(loss)
    options = params_of(loss)
    if LOSSES[loss].kind == "classification":
        options["l2"] = 0.01  # the weights of overlapping clouds are finite anyway; this keeps J well curved
    s = solve(x, y, loss, model, **options)
    obj = make_objective(x, y, loss, model, **options)
    lr = 1.0 / float(np.linalg.eigvalsh(obj.hessian(s.coefficients))[-1])
    r = fit(x, y, loss, model, lr=lr, epochs=20000, **options)
    assert not r.diverged
    np.testing.assert_allclose(r.coefficients, s.coefficients, rtol=1e-6, atol=1e-8)
    assert r.final_objective == pytest.approx(s.objective, rel=1e-10, abs=1e-12)
