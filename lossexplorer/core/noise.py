"""The noise each loss assumes: ℓ is the negative log-likelihood of a density of the noise.

For a loss ℓ(e) the density of the noise ε = y − p (a residual r) is the Gibbs density

    f_τ(r) = exp(−ℓ(−r)/τ) / Z(τ),

so maximizing the likelihood over the coefficients minimizes Σℓ: the loss is the
maximum-likelihood choice when the noise has that density. τ is the noise's scale, fitted
by maximum likelihood to the current residuals. Squared error gives the Gaussian (τ = 2σ²,
σ the residuals' RMS), absolute error the Laplace (τ = mean |r|), the pinball and
asymmetric losses the asymmetric Laplace, Huber a Gaussian with Laplace tails, log-cosh a
density ∝ cosh(r)^(−1/τ).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from .losses import Huber, LogCosh, Loss, PiecewiseLinear

Array = NDArray[np.float64]

SENTENCES = {
    "squared": "Squared error is the maximum-likelihood choice when the noise is Gaussian with constant variance.",
    "mae": "Absolute error is the maximum-likelihood choice when the noise is Laplace (double exponential): "
    "heavier tails, so outliers cost less.",
    "quantile": "The pinball loss is the maximum-likelihood choice when the noise is asymmetric Laplace with its "
    "q-quantile at zero.",
    "asymmetric": "The asymmetric loss is the maximum-likelihood choice when the noise is asymmetric Laplace: "
    "under-predictions are α times less likely to be large.",
    "huber": "Huber's loss is the maximum-likelihood choice when the noise is Gaussian in the middle with "
    "Laplace tails beyond δ.",
    "logcosh": "Log-cosh is the maximum-likelihood choice when the noise has density ∝ cosh(r)^(−1/τ): "
    "near-Gaussian in the middle, exponential tails.",
}
NAMES = {
    "squared": "Gaussian",
    "mae": "Laplace",
    "quantile": "asymmetric Laplace",
    "asymmetric": "asymmetric Laplace",
    "huber": "Huber (Gaussian core, Laplace tails)",
    "logcosh": "hyperbolic secant family",
}


@dataclass(frozen=True)
class NoiseModel:
    """The density a loss assumes, with its scale fitted to residuals by maximum likelihood."""

    loss: Loss
    kind: str
    tau: float

    @property
    def name(self) -> str:
        return NAMES[self.kind]

    @property
    def sentence(self) -> str:
        return SENTENCES[self.kind]

    @property
    def sigma(self) -> float:
        """For the Gaussian: the standard deviation (τ = 2σ² for ℓ = e²)."""
        return math.sqrt(self.tau / (2.0 * self.loss.square_weight)) if self.kind == "squared" else math.nan

    def log_normaliser(self) -> float:
        return _log_z(self.loss, self.kind, self.tau)

    def density(self, r: Array) -> Array:
        r = np.asarray(r, float)
        return np.exp(-self.loss.value(-r, np.zeros_like(r)) / self.tau - self.log_normaliser())

    def nll(self, r: Array) -> float:
        """Σ −log f(r_i) = Σℓ/τ + n·log Z(τ)."""
        r = np.asarray(r, float)
        return float(self.loss.value(-r, np.zeros_like(r)).sum() / self.tau + len(r) * self.log_normaliser())


def _kind(loss: Loss) -> str:
    if loss.squared:
        return "squared"
    if isinstance(loss, Huber):
        return "huber"
    if isinstance(loss, LogCosh):
        return "logcosh"
    if isinstance(loss, PiecewiseLinear):
        return {"quantile": "quantile", "asymmetric": "asymmetric"}.get(loss.name, "mae")
    raise ValueError(f"{loss.name} has no noise model here (regression losses only)")


def _log_z(loss: Loss, kind: str, tau: float) -> float:
    """log ∫ exp(−ℓ(e)/τ) de."""
    if kind == "squared":
        return 0.5 * math.log(math.pi * tau / loss.square_weight)
    if isinstance(loss, PiecewiseLinear):
        up, down = loss.slopes
        return math.log(tau * (1.0 / up + 1.0 / down))
    if isinstance(loss, Huber):
        d = loss.delta
        core = math.sqrt(2.0 * math.pi * tau) * math.erf(d / math.sqrt(2.0 * tau))
        tails = 2.0 * tau / d * math.exp(-d * d / (2.0 * tau))
        return math.log(core + tails)
    if isinstance(loss, LogCosh):
        # ∫ sech(e)^a de = B(a/2, 1/2) with a = 1/τ
        a = 1.0 / tau
        return math.lgamma(a / 2) + math.lgamma(0.5) - math.lgamma(a / 2 + 0.5)
    raise ValueError(kind)


def fit_noise(loss: Loss, residuals: Array) -> NoiseModel:
    """The loss's noise density with τ fitted to `residuals` by maximum likelihood."""
    kind = _kind(loss)
    r = np.asarray(residuals, float)
    mean_loss = float(np.mean(loss.value(-r, np.zeros_like(r)))) if len(r) else 0.0
    tiny = 1e-12 * max(1.0, float(np.max(np.abs(r))) if len(r) else 1.0)
    if kind == "squared":
        return NoiseModel(loss, kind, max(2.0 * mean_loss, tiny))  # degree 2: τ = 2·mean ℓ
    if kind in ("mae", "quantile", "asymmetric"):
        return NoiseModel(loss, kind, max(mean_loss, tiny))  # degree 1: τ = mean ℓ
    from scipy.optimize import minimize_scalar

    def nll(log_tau: float) -> float:
        return NoiseModel(loss, kind, math.exp(log_tau)).nll(r)

    centre = math.log(max(mean_loss, tiny))
    result = minimize_scalar(nll, bounds=(centre - 12.0, centre + 6.0), method="bounded",
                             options={"xatol": 1e-10})
    return NoiseModel(loss, kind, math.exp(float(result.x)))
