"""Classification: presets, BCE against an independent maximum-likelihood fit, separability."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.optimize import minimize

from lossexplorer.core import CLASSIFICATION_PRESET_NAMES, PRESET_NAMES, fit, linearly_separable, preset, solve


def test_classification_presets_hold_two_features_and_0_1_labels():
    for name in CLASSIFICATION_PRESET_NAMES:
        p = preset(name)
        assert p.classification and p.x.shape == (len(p.y), 2) and set(np.unique(p.y)) == {0.0, 1.0}
        assert name not in PRESET_NAMES  # the regression menu lists regression presets only


def test_bce_with_a_small_l2_penalty_matches_an_independent_maximum_likelihood_fit():
    p = preset("blobs")
    s = solve(p.x, p.y, loss="bce", model="logistic", l2=0.01)
    X = np.column_stack([np.ones(len(p.y)), p.x])

    def nll(w):  # mean negative log-likelihood of a logistic model plus the same penalty
        z = X @ w
        return np.mean(np.logaddexp(0, z) - p.y * z) + 0.01 * (w[1] ** 2 + w[2] ** 2)

    ref = minimize(nll, np.zeros(3), method="BFGS", options={"gtol": 1e-12}).x
    assert s.converged
    np.testing.assert_allclose(s.coefficients, ref, rtol=1e-6, atol=1e-8)


def test_separable_classes_without_a_penalty_have_no_finite_minimum():
    p = preset("separable")
    assert linearly_separable(p.x, p.y)
    s = solve(p.x, p.y, loss="bce", model="logistic")
    assert not s.converged and "no finite minimum" in s.message
    with_penalty = solve(p.x, p.y, loss="bce", model="logistic", l2=0.1)
    assert with_penalty.converged and np.all(np.isfinite(with_penalty.coefficients))


@pytest.mark.parametrize("name, separable", [("blobs", False), ("xor-ish", False), ("separable", True)])
def test_separability_is_detected(name, separable):
    p = preset(name)
    assert linearly_separable(p.x, p.y) is separable


def test_gradient_descent_on_bce_reaches_the_penalised_answer():
    p = preset("blobs")
    s = solve(p.x, p.y, loss="bce", model="logistic", l2=0.05)
    r = fit(p.x, p.y, loss="bce", model="logistic", l2=0.05, lr=0.5, epochs=3000)
    np.testing.assert_allclose(r.coefficients, s.coefficients, rtol=1e-6)


def test_the_decision_boundary_is_where_sigma_is_one_half():
    p = preset("blobs")
    b0, b1, b2 = solve(p.x, p.y, loss="bce", model="logistic", l2=0.01).coefficients
    x1 = np.linspace(-3, 3, 7)
    x2 = -(b0 + b1 * x1) / b2  # the boundary z = 0
    z = b0 + b1 * x1 + b2 * x2
    np.testing.assert_allclose(1 / (1 + np.exp(-z)), 0.5, atol=1e-12)


def test_the_command_line_says_there_is_no_finite_minimum_in_text_and_valid_json(capsys):
    import json

    from lossexplorer.cli import main

    assert main(["solve", "--preset", "separable", "--loss", "bce"]) == 0
    out = capsys.readouterr().out
    assert "no finite minimum" in out and "nan" not in out
    assert main(["solve", "--preset", "separable", "--loss", "bce", "--json"]) == 0
    data = json.loads(capsys.readouterr().out, parse_constant=lambda c: pytest.fail(f"{c} is not JSON"))
    assert data["converged"] is False and data["coefficients"] == [None, None, None]
