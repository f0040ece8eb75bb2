"""The binary classification losses: p is the logit z, y a label in {0, 1}, t = 2y − 1 = ±1.

Label smoothing (ε, shared with the categorical cross-entropy) trains BCE on the targets
(1 − ε)·y + ε/K with K = 2 classes: a sure, right prediction keeps a loss, so the weights
stay finite even where a line separates the classes.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ..parameters import Parameter
from .base import Array, MarginLoss, Pieces, WrittenSlope, log1pexp, sigmoid

LABEL_SMOOTHING = Parameter(
    "label_smoothing", "ε", 0.0, 0.0, 0.5,
    "train on the targets (1 − ε)·y + ε/K: no prediction is worth being sure of", shown=(0.0, 0.45),
    step=0.05, closed=(True, False), off=0.0,
)
GAMMA = Parameter("gamma", "γ", 2.0, 0.0, math.inf, "how much (1 − p_t)^γ turns down the easy points; 0 is BCE",
                  shown=(0.0, 20.0), step=0.5, closed=(True, False))


def smoothed(y: Array, epsilon: float, classes: int) -> Array:
    """The targets (1 − ε)·y + ε/K of labels y (one-hot rows, or 0/1 for K = 2)."""
    return y if epsilon == 0.0 else (1.0 - epsilon) * y + epsilon / classes


@dataclass(frozen=True)
class BinaryCrossEntropy(MarginLoss):
    """ℓ = −[y log σ(z) + (1 − y) log(1 − σ(z))] = log(1 + e^z) − y·z; dℓ/dz = σ(z) − y, with y
    the smoothed target (1 − ε)·y + ε/2 when ε > 0."""

    label_smoothing: float = LABEL_SMOOTHING.default

    name = "bce"
    title = "BCE: binary cross-entropy"
    short = "BCE"
    formula = "−[y log σ(z) + (1−y) log(1−σ(z))]"
    margin_formula = "log(1 + e^(−m)) = −log σ(m)"
    slope_formula = "−σ(−m) = σ(m) − 1"
    written = WrittenSlope(1.0, "(σ(zᵢ) − yᵢ)")
    written_smoothed = WrittenSlope(1.0, "(σ(zᵢ) − ỹᵢ)", "ỹᵢ = (1 − ε)·yᵢ + ε/2")
    tip = "−[t·log σ(z) + (1 − t)·log(1 − σ(z))]: minus the log of the probability given to the true class"
    parameters = (LABEL_SMOOTHING,)
    falls_when_separable = True

    def loss_gradient(self, p: Array, y: Array) -> tuple[Array, Array]:
        target = smoothed(y, self.label_smoothing, 2)
        return log1pexp(p) - target * p, sigmoid(p) - target

    def curvature(self, p: Array, y: Array) -> Array:
        s = sigmoid(p)
        return s * (1.0 - s)


@dataclass(frozen=True)
class Hinge(MarginLoss):
    """ℓ = max(0, 1 − t·z); subgradient −t where the margin is short."""

    name = title = short = "hinge"
    formula = "max(0, 1 − t·z)"
    margin_formula = "max(0, 1 − m)"
    slope_formula = "−1 for m < 1, 0 beyond"
    written = WrittenSlope(-1.0, "hᵢ", "hᵢ = tᵢ = 2yᵢ − 1 where tᵢ·zᵢ < 1, else 0")
    tip = "max(0, 1 − t·z), t = ±1: no loss beyond the margin t·z ≥ 1, then a straight rise"

    @property
    def pieces(self) -> Pieces:
        """The slack 1 − t·z costs 1 per unit where it is positive, nothing where it is not."""
        return Pieces(1.0, 0.0, margin=True)

    def loss_gradient(self, p: Array, y: Array) -> tuple[Array, Array]:
        t = 2.0 * y - 1.0
        slack = 1.0 - t * p
        return np.maximum(slack, 0.0), np.where(slack > 0, -t, 0.0)

    def curvature(self, p: Array, y: Array) -> Array:
        return np.zeros(np.shape(p))


@dataclass(frozen=True)
class Focal(MarginLoss):
    """ℓ = −(1 − p_t)^γ log p_t with p_t = σ(t·z), t = 2y − 1; γ = 0 is BCE."""

    gamma: float = GAMMA.default

    name = title = short = "focal"
    formula = "−(1 − p_t)^γ log p_t"
    margin_formula = "−(1 − σ(m))^γ·log σ(m)"
    slope_formula = "−(1 − σ(m))^γ·[γ·σ(m)·(−log σ(m)) + 1 − σ(m)]"
    written = WrittenSlope(
        1.0, "gᵢ", "gᵢ = ∂ℓᵢ/∂zᵢ = −tᵢ(1 − pₜ)^γ·[γ·pₜ·(−log pₜ) + 1 − pₜ], pₜ = σ(tᵢzᵢ), tᵢ = 2yᵢ − 1"
    )
    tip = "−(1 − p_t)^γ·log p_t: BCE with the easy, confident points turned down by (1 − p_t)^γ"
    parameters = (GAMMA,)
    falls_when_separable = True

    def loss_gradient(self, p: Array, y: Array) -> tuple[Array, Array]:
        t = 2.0 * y - 1.0
        u = t * p
        miss = sigmoid(-u)  # 1 − p_t
        nll = log1pexp(-u)  # −log p_t
        g = self.gamma
        weight = miss**g
        value = weight * nll
        # dℓ/du = −(1 − p_t)^γ [γ p_t (−log p_t) + (1 − p_t)]
        dldu = -weight * (g * (1.0 - miss) * nll + miss)
        return value, t * dldu

    def curvature(self, p: Array, y: Array) -> Array:
        # d²ℓ/du² = p_t·(1 − p_t)^γ·[γ²·p_t·(−log p_t) + 2γ(1 − p_t) − γ(1 − p_t)(−log p_t) + (1 − p_t)];
        # t² = 1, so it is also d²ℓ/dz² (γ = 0 gives BCE's σ(1 − σ))
        u = (2.0 * y - 1.0) * p
        miss = sigmoid(-u)
        hit = sigmoid(u)
        nll = log1pexp(-u)
        g = self.gamma
        return hit * miss**g * (g * g * hit * nll + 2.0 * g * miss - g * miss * nll + miss)


@dataclass(frozen=True)
class Brier(MarginLoss):
    """ℓ = (σ(z) − y)²: the squared error of the predicted probability (Brier 1950).

    dℓ/dz = 2(σ − y)·σ(1 − σ) vanishes for a sure, wrong point (σ near 1 − y), so such points
    hardly pull; and J is not convex in β: far on the wrong side ℓ flattens toward 1.
    """

    name = "brier"
    title = "Brier: squared error of the probability"
    short = "Brier"
    formula = "(σ(z) − y)²"
    margin_formula = "(1 − σ(m))²"
    slope_formula = "−2σ(m)·(1 − σ(m))²"
    written = WrittenSlope(2.0, "bᵢ", "bᵢ = (σ(zᵢ) − yᵢ)·σ(zᵢ)·(1 − σ(zᵢ))")
    tip = "(σ(z) − y)²: the squared loss on the probability; a sure, wrong point barely pulls"
    noise_sentence = ("The Brier loss is no negative log-likelihood: it is the squared error of a probability, "
                      "whose expectation is least at the true probability.")
    convex = False
    falls_when_separable = True

    def loss_gradient(self, p: Array, y: Array) -> tuple[Array, Array]:
        s = sigmoid(p)
        slope = s * sigmoid(-p)  # σ(1 − σ), without the cancellation of 1 − σ near σ = 1
        d = s - y
        return d * d, 2.0 * d * slope

    def curvature(self, p: Array, y: Array) -> Array:
        # d/dz [2(σ − y)·σ(1 − σ)] = 2·σ(1 − σ)·[σ(1 − σ) + (σ − y)(1 − 2σ)]
        s = sigmoid(p)
        slope = s * sigmoid(-p)
        return 2.0 * slope * (slope + (s - y) * (1.0 - 2.0 * s))
