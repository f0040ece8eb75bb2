"""The Poisson loss of counts: the negative log-likelihood of y ~ Poisson(exp(f(x))).

p is the linear predictor f of the bias, line or polynomial model and the predicted mean is
exp(f) (the log link), so

    ℓ = exp(f) − y·f,   dℓ/df = exp(f) − y,   d²ℓ/df² = exp(f),

which is −log P(y | mean exp(f)) without its term log y!, a constant of the data. J can
therefore be negative; its minimizer is the maximum-likelihood fit all the same.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ..errors import InputError
from .base import Array, Loss, WrittenSlope


def poisson_probabilities(mean: Array, y: Array) -> Array:
    """P(Y = y) for Y ~ Poisson(mean): mean^y·exp(−mean)/y! (y! as Γ(y + 1) for a count that is
    not whole), from logarithms so that large counts neither over- nor underflow too early."""
    from scipy.special import gammaln  # SciPy is imported when first needed, never at start-up

    mean = np.asarray(mean, dtype=float)
    y = np.asarray(y, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        log_p = np.where(y == 0.0, -mean, y * np.log(mean) - mean) - gammaln(y + 1.0)
    return np.asarray(np.exp(log_p))


@dataclass(frozen=True)
class Poisson(Loss):
    """ℓ = p − y·log p of the mean p = exp(f): exp(f) − y·f with f the linear predictor."""

    name = "poisson"
    title = "Poisson: counts, log link"
    short = "Poisson"
    formula = "exp(f) − y·f"
    tip = "p − y·log p with the mean p = exp(f): minus the log-likelihood of counts y, without log y!"
    link = "log"
    takes_cap = False
    noise = "Poisson"
    noise_sentence = ("The Poisson loss is the maximum-likelihood choice when each count y is drawn from a Poisson "
                      "distribution with mean exp(f(x)).")
    springs_sentence = ("The bar hangs on springs whose pull depends on the gap e = p − y alone; Poisson's pull "
                        "exp(f) − y grows with the predicted mean itself, and exp(f(x)) is no straight bar.")
    curve_axis = "linear predictor f, for a count y = 1"
    slope_formula = "exp(f) − y"
    written = WrittenSlope(1.0, "(exp(ŷᵢ) − yᵢ)", "ŷᵢ is the linear predictor f(xᵢ), exp(ŷᵢ) the predicted count")

    @property
    def curve_formula(self) -> str:
        return "exp(f) − f"

    def loss_gradient(self, p: Array, y: Array) -> tuple[Array, Array]:
        mean = np.exp(p)
        return mean - y * p, mean - y

    def curvature(self, p: Array, y: Array) -> Array:
        return np.asarray(np.exp(p) + np.zeros(np.shape(y)))

    def mean(self, p: Array) -> Array:
        with np.errstate(over="ignore"):
            return np.asarray(np.exp(p))

    def check_targets(self, y: Array) -> None:
        bad = np.flatnonzero(np.asarray(y) < 0)
        if bad.size:
            raise InputError(f"y of point {bad[0] + 1} is {y[bad[0]]:g}: the Poisson loss takes counts, y ≥ 0")

    def probabilities(self, p: Array, y: Array) -> Array:
        """The probability the fit gives each count: P(Y = y) with Y ~ Poisson(exp(p))."""
        return poisson_probabilities(self.mean(p), y)

    def curve(self, u: Array, count: float = 1.0) -> tuple[Array, Array]:
        """ℓ and dℓ/df against the linear predictor f for a point of count `count`."""
        f = np.asarray(u, dtype=float)
        return self.loss_gradient(f, np.full(f.shape, count))

    def intercept_start(self, y: Array) -> float:
        """log ȳ: the intercept of the bias model's answer, a safe start for Newton's method."""
        return math.log(float(np.mean(y)))
