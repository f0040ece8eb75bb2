"""The binary classification losses: p is the logit z, y a label in {0, 1}, t = 2y − 1 = ±1."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .base import Array, MarginLoss, Parameter, Pieces, log1pexp, sigmoid

GAMMA = Parameter("gamma", "γ", 2.0, 0.0, math.inf, "how much (1 − p_t)^γ turns down the easy points; 0 is BCE",
                  shown=(0.0, 20.0), step=0.5, closed=(True, False))


@dataclass(frozen=True)
class BinaryCrossEntropy(MarginLoss):
    """ℓ = −[y log σ(z) + (1 − y) log(1 − σ(z))] = log(1 + e^z) − y·z; dℓ/dz = σ(z) − y."""

    name = "bce"
    title = "BCE: binary cross-entropy"
    short = "BCE"
    formula = "−[y log σ(z) + (1−y) log(1−σ(z))]"
    margin_formula = "log(1 + e^(−m)) = −log σ(m)"
    slope_formula = "−σ(−m) = σ(m) − 1"
    tip = "−[t·log σ(z) + (1 − t)·log(1 − σ(z))]: minus the log of the probability given to the true class"
    unbounded_when_separable = True

    def loss_gradient(self, p: Array, y: Array) -> tuple[Array, Array]:
        return log1pexp(p) - y * p, sigmoid(p) - y

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
    tip = "−(1 − p_t)^γ·log p_t: BCE with the easy, confident points turned down by (1 − p_t)^γ"
    parameters = (GAMMA,)
    unbounded_when_separable = True

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
