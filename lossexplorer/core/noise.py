"""The noise each loss assumes: ℓ is the negative log-likelihood of a density of the noise.

For a loss ℓ(e) the density of the noise ε = y − p (a residual r) is the Gibbs density

    f_τ(r) = exp(−ℓ(−r)/τ) / Z(τ),

so maximizing the likelihood over the coefficients minimizes Σℓ: the loss is the
maximum-likelihood choice when the noise has that density. τ is the noise's scale, fitted
by maximum likelihood to the current residuals: in closed form, τ = d·mean ℓ, when ℓ is
homogeneous of degree d (squared error gives the Gaussian, τ = 2σ² with σ the residuals'
RMS; absolute error the Laplace, τ = mean |r|), else numerically. The density's name, its
sentence and log Z(τ) are the loss's own (`Loss.noise`, `noise_sentence`, `log_normaliser`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from .losses import Loss

Array = NDArray[np.float64]


@dataclass(frozen=True)
class NoiseModel:
    """The density a loss assumes, with its scale τ fitted to residuals by maximum likelihood."""

    loss: Loss
    tau: float

    @property
    def name(self) -> str:
        return self.loss.noise

    @property
    def sentence(self) -> str:
        return self.loss.noise_sentence

    @property
    def kind(self) -> str:
        """'squared' for a Gaussian (whose scale reads as σ), else the loss's name."""
        return "squared" if self.loss.squared else self.loss.name

    @property
    def sigma(self) -> float:
        """For the Gaussian: the standard deviation (τ = 2σ² for ℓ = e²)."""
        return math.sqrt(self.tau / (2.0 * self.loss.square_weight)) if self.loss.squared else math.nan

    def log_normaliser(self) -> float:
        return self.loss.log_normaliser(self.tau)

    def density(self, r: Array) -> Array:
        r = np.asarray(r, float)
        return np.exp(-self.loss.value(-r, np.zeros_like(r)) / self.tau - self.log_normaliser())

    def nll(self, r: Array) -> float:
        """Σ −log f(r_i) = Σℓ/τ + n·log Z(τ)."""
        r = np.asarray(r, float)
        return float(self.loss.value(-r, np.zeros_like(r)).sum() / self.tau + len(r) * self.log_normaliser())


def fit_noise(loss: Loss, residuals: Array) -> NoiseModel:
    """The loss's noise density with τ fitted to `residuals` by maximum likelihood."""
    if not loss.noise:
        raise ValueError(f"{loss.name} has no noise model here (regression losses only)")
    r = np.asarray(residuals, float)
    mean_loss = float(np.mean(loss.value(-r, np.zeros_like(r)))) if len(r) else 0.0
    tiny = 1e-12 * max(1.0, float(np.max(np.abs(r))) if len(r) else 1.0)
    if loss.degree:  # Z(τ) ∝ τ^(1/d): the likelihood is highest at τ = d·mean ℓ
        return NoiseModel(loss, max(loss.degree * mean_loss, tiny))
    from scipy.optimize import minimize_scalar

    def nll(log_tau: float) -> float:
        return NoiseModel(loss, math.exp(log_tau)).nll(r)

    centre = math.log(max(mean_loss, tiny))
    result = minimize_scalar(nll, bounds=(centre - 12.0, centre + 6.0), method="bounded",
                             options={"xatol": 1e-10})
    return NoiseModel(loss, math.exp(float(result.x)))
