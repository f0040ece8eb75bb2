"""Poisson regression for counts: scikit-learn's PoissonRegressor, counts the loss refuses, data
without a minimum, large counts, and what the views will draw (the mean exp(f), the probabilities)."""

from __future__ import annotations

import math

import numpy as np
import pytest
from sklearn.linear_model import PoissonRegressor

from lossexplorer.core import InputError, fit, make_loss, make_objective, preset, solve
from lossexplorer.core.losses import poisson_probabilities


def synthetic(n=200, seed=1):
    rng = np.random.default_rng(seed)
    x = rng.uniform(-2.0, 2.0, n)
    return x, rng.poisson(np.exp(0.5 + 0.8 * x)).astype(float)


def sklearn_answer(x, y, degree, alpha=0.0):
    """scikit-learn minimizes (1/n)·Σ half Poisson deviance + (α/2)·‖w‖²: the deviance differs from
    ours (exp(f) − y·f) by y·log y − y per point, a constant, so α = 2λ gives our answer."""
    features = np.vander(x, degree + 1, increasing=True)[:, 1:]
    ref = PoissonRegressor(alpha=alpha, tol=1e-12, max_iter=10_000, solver="newton-cholesky").fit(features, y)
    return np.r_[ref.intercept_, ref.coef_]


def test_horse_kicks_match_scikit_learns_poisson_regressor():
    p = preset("horse-kicks")  # deaths by horse kick in a year, against the year
    s = solve(p.x, p.y, "poisson")
    ref = sklearn_answer(p.x, p.y, 1)
    assert s.converged and s.kkt_violation <= 1e-12 and s.method == "Newton's method"
    np.testing.assert_allclose(s.coefficients, ref, rtol=1e-8)


@pytest.mark.parametrize(("model", "degree", "lam"), [("line", 1, 0.0), ("poly:2", 2, 0.0), ("poly:3", 3, 0.05)])
def test_synthetic_counts_match_scikit_learn_with_and_without_l2(model, degree, lam):
    x, y = synthetic()
    s = solve(x, y, "poisson", model, l2=lam)
    ref = sklearn_answer(x, y, degree, alpha=2 * lam)
    assert s.converged and s.kkt_violation <= 1e-12
    np.testing.assert_allclose(s.coefficients, ref, rtol=1e-8, atol=1e-10)


def test_the_bias_model_answers_log_of_the_mean_count():
    _, y = synthetic()
    s = solve(np.arange(len(y), dtype=float), y, "poisson", "bias")
    assert s.coefficients[0] == pytest.approx(math.log(np.mean(y)), rel=1e-14)


def test_j_is_exp_f_minus_y_f_and_can_be_negative():
    x, y = np.array([0.0, 1.0, 2.0]), np.array([4.0, 6.0, 9.0])
    beta = np.array([1.2, 0.4])
    f = beta[0] + beta[1] * x
    obj = make_objective(x, y, "poisson")
    assert obj.value(beta) == pytest.approx(np.mean(np.exp(f) - y * f), rel=1e-15)
    s = solve(x, y, "poisson")
    assert s.objective < 0 and math.isnan(s.objective_log10) and not s.objective_out_of_range


@pytest.mark.parametrize("scale", [1.0, 1e3, 1e6])
def test_large_counts_are_as_exact_as_small_ones(scale):
    x, y = synthetic(60)
    s = solve(x, y * scale + 1.0, "poisson", "poly:2")
    assert s.converged and s.kkt_violation <= 1e-13


def test_an_l1_penalty_is_solved_exactly():
    x, y = synthetic()
    s = solve(x, y, "poisson", "poly:3", l1=0.05)
    obj = make_objective(x, y, "poisson", "poly:3", l1=0.05)
    assert s.converged and s.method == "active set with Newton steps"
    for j in range(4):
        for step in (-1e-6, 1e-6):
            beta = s.coefficients.copy()
            beta[j] += step
            assert obj.value(beta) >= s.objective - 1e-15


def test_a_negative_count_is_refused_in_one_line_naming_the_point():
    with pytest.raises(InputError) as info:
        make_objective([0.0, 1.0, 2.0, 3.0], [2.0, 0.0, -1.0, 4.0], "poisson")
    assert str(info.value) == "y of point 3 is -1: the Poisson loss takes counts, y ≥ 0"


def test_the_cap_is_refused_for_counts():
    with pytest.raises(InputError, match="loss 'poisson' takes no cap penalty"):
        make_objective([0.0, 1.0], [1.0, 2.0], "poisson", cap=1.0)


def test_all_zero_counts_have_no_minimum_even_with_a_penalty():
    for options in ({}, {"l2": 1.0}):
        s = solve([0.0, 1.0, 2.0], [0.0, 0.0, 0.0], "poisson", **options)
        assert not s.converged and "every count is 0" in s.message


def test_zeros_a_curve_can_bend_away_from_leave_no_minimum():
    """Counts 0 left of x = 2 and all positive counts at x = 2 itself: f = c + m·(x − 2) with m → ∞
    sends the zeros' means to 0 and leaves the others, so J falls forever; an L2 penalty stops it."""
    x = np.array([0.0, 1.0, 2.0, 2.0])
    y = np.array([0.0, 0.0, 3.0, 5.0])
    s = solve(x, y, "poisson")
    assert not s.converged and s.message.startswith("no finite minimum") and "L2" in s.message
    assert solve(x, y, "poisson", l2=0.1).converged


def test_gradient_descent_from_zero_reaches_the_answer():
    p = preset("horse-kicks")
    x = (p.x - 1884.5) / 10.0  # decades from the middle: well scaled
    s = solve(x, p.y, "poisson")
    r = fit(x, p.y, "poisson", lr=0.02, epochs=5000)
    np.testing.assert_allclose(r.coefficients, s.coefficients, rtol=1e-8)


# --- what the views draw ------------------------------------------------------------------------


def test_the_loss_says_its_link_and_its_mean_is_exp_f():
    loss = make_loss("poisson")
    assert loss.link == "log" and not loss.springs and "spring" in loss.springs_sentence.lower()
    f = np.array([-800.0, 0.0, np.log(7.0), 800.0])
    np.testing.assert_allclose(loss.mean(f), [0.0, 1.0, 7.0, np.inf])


def test_the_probability_of_each_count_is_poissons():
    loss = make_loss("poisson")
    f = np.log(np.array([0.5, 3.0, 3.0, 40.0]))
    y = np.array([0.0, 2.0, 7.0, 40.0])
    expected = [math.exp(-0.5), 9 * math.exp(-3) / 2, 3**7 * math.exp(-3) / math.factorial(7),
                math.exp(40 * math.log(40) - 40 - math.lgamma(41))]
    np.testing.assert_allclose(loss.probabilities(f, y), expected, rtol=1e-13)
    counts = np.arange(200.0)
    assert poisson_probabilities(np.full(200, 12.5), counts).sum() == pytest.approx(1.0, rel=1e-14)
    assert poisson_probabilities(np.array([0.0]), np.array([0.0]))[0] == 1.0  # a mean of 0 is sure of 0


def test_the_worked_epoch_writes_the_poisson_slope():
    from lossexplorer.core import GradientDescent, work_epoch

    obj = make_objective([0.0, 1.0, 2.0], [1.0, 0.0, 4.0], "poisson")
    partials = work_epoch(obj, GradientDescent(lr=0.1), np.zeros(2)).steps[0].partials
    assert partials[1].formula == "Dm = (1/n)·Σ xᵢ(exp(ŷᵢ) − yᵢ)"
    assert partials[1].value == pytest.approx(np.mean(np.array([0.0, 1.0, 2.0]) * (1.0 - np.array([1.0, 0.0, 4.0]))))
