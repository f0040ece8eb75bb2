"""Each loss's noise density: normalised, its scale the maximum-likelihood one."""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
import pytest
from loss_cases import WITH_NOISE, cases
from scipy.integrate import quad

from lossexplorer.core import make_loss
from lossexplorer.core.noise import fit_noise

LOSSES = cases(WITH_NOISE, delta=0.8, quantile=0.8, alpha=3.0)
RESIDUALS = np.random.default_rng(4).standard_t(4, 200) * 1.3 + 0.1


@pytest.mark.parametrize("name, params", LOSSES)
def test_the_density_integrates_to_one(name, params):
    model = fit_noise(make_loss(name, **params), RESIDUALS)
    total, _ = quad(lambda r: float(model.density(np.array([r]))[0]), -np.inf, np.inf, limit=200)
    assert total == pytest.approx(1.0, abs=1e-7)


@pytest.mark.parametrize("name, params", LOSSES)
def test_the_fitted_scale_maximises_the_likelihood(name, params):
    model = fit_noise(make_loss(name, **params), RESIDUALS)
    best = model.nll(RESIDUALS)
    for factor in (0.9, 0.99, 1.01, 1.1):
        other = replace(model, tau=model.tau * factor)
        assert other.nll(RESIDUALS) > best


def test_the_gaussian_scale_is_the_residuals_rms():
    model = fit_noise(make_loss("mse"), RESIDUALS)
    assert model.sigma == pytest.approx(math.sqrt(np.mean(RESIDUALS**2)), rel=1e-12)
    assert model.name == "Gaussian"


def test_the_laplace_scale_is_the_mean_absolute_residual():
    model = fit_noise(make_loss("mae"), RESIDUALS)
    assert model.tau == pytest.approx(np.mean(np.abs(RESIDUALS)), rel=1e-12)
    assert model.name == "Laplace"
    r = np.array([0.0, 1.0, -2.0])
    np.testing.assert_allclose(model.density(r), np.exp(-np.abs(r) / model.tau) / (2 * model.tau), rtol=1e-12)


def test_the_pinball_density_puts_a_fraction_q_of_the_noise_below_zero():
    model = fit_noise(make_loss("quantile", quantile=0.8), RESIDUALS)
    below, _ = quad(lambda r: float(model.density(np.array([r]))[0]), -np.inf, 0.0)
    assert below == pytest.approx(0.8, abs=1e-9)
