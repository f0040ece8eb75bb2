"""Update rules with explicit state: `init(β)` gives the state, `update` the next β and state.

`gd` (β ← β − lr·g), `sgd` (the same rule on shuffled mini-batches of size b),
`momentum` (heavy ball: v ← μ·v − lr·g, β ← β + v) and `adam` (β1, β2, ε, bias-corrected).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from .errors import InputError

Array = NDArray[np.float64]
OPTIMIZER_NAMES = ("gd", "sgd", "momentum", "adam")


@dataclass(frozen=True)
class Optimizer:
    """One of gd, sgd, momentum, adam with its settings."""

    name: str = "gd"
    lr: float = 0.01
    batch_size: int | None = None  # sgd only; None: 1
    momentum: float = 0.9
    beta1: float = 0.9
    beta2: float = 0.999
    eps: float = 1e-8

    def __post_init__(self) -> None:
        if self.name not in OPTIMIZER_NAMES:
            raise InputError(f"unknown optimizer '{self.name}'; choose one of: {', '.join(OPTIMIZER_NAMES)}")
        if not (math.isfinite(self.lr) and self.lr > 0.0):
            raise InputError(f"learning rate must be a positive number, got {self.lr:g}")
        if self.batch_size is not None and self.batch_size < 1:
            raise InputError(f"batch size must be 1 or more, got {self.batch_size}")
        for name in ("momentum", "beta1", "beta2"):
            value = getattr(self, name)
            if not (0.0 <= value < 1.0):
                raise InputError(f"{name} must lie in [0, 1), got {value:g}")
        if not (self.eps > 0.0):
            raise InputError(f"eps must be positive, got {self.eps:g}")

    @property
    def stochastic(self) -> bool:
        return self.name == "sgd"

    def batches(self, n: int, rng: np.random.Generator) -> list[NDArray[np.intp]]:
        """The mini-batches of one epoch: a seeded shuffle cut into pieces of size b."""
        order = rng.permutation(n)
        b = min(self.batch_size or 1, n)
        return [order[i : i + b] for i in range(0, n, b)]

    def init(self, beta: Array) -> Any:
        if self.name == "momentum":
            return np.zeros_like(beta)
        if self.name == "adam":
            return (np.zeros_like(beta), np.zeros_like(beta), 0)
        return None

    def update(self, beta: Array, grad: Array, state: Any) -> tuple[Array, Any]:
        """The next coefficients and optimizer state after one step along `grad`."""
        if self.name == "momentum":
            velocity = self.momentum * state - self.lr * grad
            return beta + velocity, velocity
        if self.name == "adam":
            m, v, t = state
            t += 1
            m = self.beta1 * m + (1.0 - self.beta1) * grad
            v = self.beta2 * v + (1.0 - self.beta2) * grad * grad
            m_hat = m / (1.0 - self.beta1**t)
            v_hat = v / (1.0 - self.beta2**t)
            return beta - self.lr * m_hat / (np.sqrt(v_hat) + self.eps), (m, v, t)
        return beta - self.lr * grad, state
