"""Update rules with explicit state, one small class each (optax is the pattern).

`init(β)` gives the rule's state; `update(β, g, state, lr)` gives the next β and state after
one step along the gradient g, at the learning rate `lr` (the optimizer's own by default: a
schedule passes the epoch's rate). Each class carries its name, title, tooltip and the
table of its settings (`parameters`) that the panel and the command line read.

    gd        β ← β − L·g
    sgd       the same step on shuffled mini-batches of size b
    momentum  v ← μ·v − L·g, β ← β + v  (heavy ball)
    adam      M ← β₁·M + (1 − β₁)·g, V ← β₂·V + (1 − β₂)·g², β ← β − L·M̂/(√V̂ + ε)
    sign      β ← β − L·sign(g)

`make_optimizer(name, lr, **settings)` gives the optimizer called `name` (`OPTIMIZERS` lists them).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

import numpy as np
from numpy.typing import NDArray

from .errors import InputError
from .notation import Quantity, num, operand
from .parameters import Parameter, count, positive, unit

Array = NDArray[np.float64]
#: per coefficient, the lines of its update (the last gives its new value)
Explained = tuple[tuple[Quantity, ...], ...]

LEARNING_RATE = positive("lr", "L", 0.01, (1e-6, 10.0), "learning rate: the size of each step", "learning rate")
BATCH_SIZE = count("batch_size", "b", 1, 1_000_000, "points per mini-batch", "batch size")
MOMENTUM = unit("momentum", "μ", 0.9, 0.999, "μ: how much of the last step carries over", 0.05)
BETA1 = unit("beta1", "β₁", 0.9, 0.9999, "β₁: decay of the running mean of the gradient", 0.01)
BETA2 = unit("beta2", "β₂", 0.999, 0.99999, "β₂: decay of the running mean of its square", 0.001)
EPS = positive("eps", "ε", 1e-8, (1e-12, 1e-2), "ε: keeps the step finite where the gradient is 0")


class Optimizer:
    """An update rule with explicit state. Subclasses are frozen dataclasses of their settings."""

    name: ClassVar[str] = ""
    title: ClassVar[str] = ""
    tooltip: ClassVar[str] = ""
    parameters: ClassVar[tuple[Parameter, ...]] = (LEARNING_RATE,)
    #: one epoch is a pass of several mini-batch steps (else one full-batch step)
    stochastic: ClassVar[bool] = False
    lr: float

    def __post_init__(self) -> None:
        for p in self.parameters:
            p.check(getattr(self, p.name))

    def settings(self) -> dict[str, float]:
        """The settings by keyword, learning rate first."""
        return {p.name: getattr(self, p.name) for p in self.parameters}

    def init(self, beta: Array) -> Any:
        """The state before the first step (None for a rule without memory)."""
        return None

    def update(self, beta: Array, grad: Array, state: Any, lr: float | None = None) -> tuple[Array, Any]:
        """The next coefficients and state after one step along `grad`."""
        raise NotImplementedError

    def explain(
        self, beta: Array, grad: Array, state: Any, lr: float | None, names: Sequence[str]
    ) -> tuple[Array, Any, Explained]:
        """`update` with its arithmetic, for coefficients called `names` (D + name: the gradient's
        component): the same next β and state, and each coefficient's lines."""
        raise NotImplementedError

    def batches(self, n: int, rng: np.random.Generator) -> list[NDArray[np.intp]]:
        """The mini-batches of one epoch (only for a stochastic rule)."""
        raise NotImplementedError(f"{self.name} takes full-batch steps")


@dataclass(frozen=True)
class GradientDescent(Optimizer):
    name: ClassVar[str] = "gd"
    title: ClassVar[str] = "gradient descent"
    tooltip: ClassVar[str] = "β ← β − L·∇J over all points; one epoch is one step"
    lr: float = 0.01

    def update(self, beta: Array, grad: Array, state: Any, lr: float | None = None) -> tuple[Array, Any]:
        return beta - (self.lr if lr is None else lr) * grad, state

    def explain(
        self, beta: Array, grad: Array, state: Any, lr: float | None, names: Sequence[str]
    ) -> tuple[Array, Any, Explained]:
        rate = self.lr if lr is None else lr
        after, state = self.update(beta, grad, state, lr)
        lines = tuple(
            (Quantity(b, f"{b} − L·D{b}", f"{num(beta[j])} − {num(rate)} × {operand(grad[j])}", after[j]),)
            for j, b in enumerate(names)
        )
        return after, state, lines


@dataclass(frozen=True)
class StochasticGradientDescent(GradientDescent):
    name: ClassVar[str] = "sgd"
    title: ClassVar[str] = "stochastic (mini-batch)"
    tooltip: ClassVar[str] = "the step of gradient descent on shuffled mini-batches of b points; one epoch is one pass"
    parameters: ClassVar[tuple[Parameter, ...]] = (LEARNING_RATE, BATCH_SIZE)
    stochastic: ClassVar[bool] = True
    batch_size: int = 1

    def batches(self, n: int, rng: np.random.Generator) -> list[NDArray[np.intp]]:
        """A seeded shuffle cut into pieces of size b."""
        order = rng.permutation(n)
        b = min(self.batch_size, n)
        return [order[i : i + b] for i in range(0, n, b)]


@dataclass(frozen=True)
class Momentum(Optimizer):
    """State: the velocity v."""

    name: ClassVar[str] = "momentum"
    title: ClassVar[str] = "momentum (heavy ball)"
    tooltip: ClassVar[str] = "v ← μ·v − L·∇J, β ← β + v: a heavy ball that keeps rolling"
    parameters: ClassVar[tuple[Parameter, ...]] = (LEARNING_RATE, MOMENTUM)
    lr: float = 0.01
    momentum: float = 0.9

    def init(self, beta: Array) -> Array:
        return np.zeros_like(beta)

    def update(self, beta: Array, grad: Array, state: Any, lr: float | None = None) -> tuple[Array, Any]:
        velocity = self.momentum * state - (self.lr if lr is None else lr) * grad
        return beta + velocity, velocity

    def explain(
        self, beta: Array, grad: Array, state: Any, lr: float | None, names: Sequence[str]
    ) -> tuple[Array, Any, Explained]:
        rate, mu = self.lr if lr is None else lr, self.momentum
        after, velocity = self.update(beta, grad, state, lr)
        lines = tuple(
            (
                Quantity(
                    f"v_{b}",
                    f"μ·v_{b} − L·D{b}",
                    f"{num(mu)} × {operand(state[j])} − {num(rate)} × {operand(grad[j])}",
                    velocity[j],
                ),
                Quantity(b, f"{b} + v_{b}", f"{num(beta[j])} + {operand(velocity[j])}", after[j]),
            )
            for j, b in enumerate(names)
        )
        return after, velocity, lines


@dataclass(frozen=True)
class Adam(Optimizer):
    """State: (M, V, t), the running means of g and g² and the number of steps taken."""

    name: ClassVar[str] = "adam"
    title: ClassVar[str] = "Adam"
    tooltip: ClassVar[str] = (
        "steps of about L per coefficient, scaled by running averages of the gradient (M) and its square (V)"
    )
    parameters: ClassVar[tuple[Parameter, ...]] = (LEARNING_RATE, BETA1, BETA2, EPS)
    lr: float = 0.01
    beta1: float = 0.9
    beta2: float = 0.999
    eps: float = 1e-8

    def init(self, beta: Array) -> tuple[Array, Array, int]:
        return np.zeros_like(beta), np.zeros_like(beta), 0

    def moments(self, grad: Array, state: Any) -> tuple[Array, Array, int, Array, Array]:
        """M, V, t after this step and the bias-corrected M̂ = M/(1 − β₁ᵗ), V̂ = V/(1 − β₂ᵗ)."""
        m, v, t = state
        t += 1
        m = self.beta1 * m + (1.0 - self.beta1) * grad
        v = self.beta2 * v + (1.0 - self.beta2) * grad * grad
        return m, v, t, m / (1.0 - self.beta1**t), v / (1.0 - self.beta2**t)

    def update(self, beta: Array, grad: Array, state: Any, lr: float | None = None) -> tuple[Array, Any]:
        m, v, t, m_hat, v_hat = self.moments(grad, state)
        return beta - (self.lr if lr is None else lr) * m_hat / (np.sqrt(v_hat) + self.eps), (m, v, t)

    def explain(
        self, beta: Array, grad: Array, state: Any, lr: float | None, names: Sequence[str]
    ) -> tuple[Array, Any, Explained]:
        rate, b1, b2 = self.lr if lr is None else lr, self.beta1, self.beta2
        after, new_state = self.update(beta, grad, state, lr)
        m0, v0, _ = state
        m, v, t, m_hat, v_hat = self.moments(grad, state)
        lines = []
        for j, b in enumerate(names):
            g, mj, vj = operand(grad[j]), operand(m0[j]), operand(v0[j])
            moment = f"β₁·M_{b} + (1 − β₁)·D{b}"
            square = f"β₂·V_{b} + (1 − β₂)·D{b}²"
            step = f"{num(beta[j])} − {num(rate)} × {operand(m_hat[j])}/(√{num(v_hat[j])} + {num(self.eps)})"
            lines.append(
                (
                    Quantity(f"M_{b}", moment, f"{num(b1)} × {mj} + {num(1 - b1)} × {g}", m[j]),
                    Quantity(f"V_{b}", square, f"{num(b2)} × {vj} + {num(1 - b2)} × {g}²", v[j]),
                    Quantity(f"M̂_{b}", f"M_{b}/(1 − β₁^t)", f"{operand(m[j])}/(1 − {num(b1)}^{t})", m_hat[j], False),
                    Quantity(f"V̂_{b}", f"V_{b}/(1 − β₂^t)", f"{operand(v[j])}/(1 − {num(b2)}^{t})", v_hat[j], False),
                    Quantity(b, f"{b} − L·M̂_{b}/(√V̂_{b} + ε)", step, after[j]),
                )
            )
        return after, new_state, tuple(lines)


@dataclass(frozen=True)
class SignDescent(Optimizer):
    name: ClassVar[str] = "sign"
    title: ClassVar[str] = "sign of the gradient"
    tooltip: ClassVar[str] = (
        "β ← β − L·sign(∇J): every coefficient moves by exactly L each epoch, up or down, whatever the size "
        "of its gradient (0 only where it is exactly 0); the blog's MAE log. The subgradient step of gd on MAE "
        "is instead L times the average of the points' signs (times x), so it shrinks as the signs balance"
    )
    lr: float = 0.01

    def update(self, beta: Array, grad: Array, state: Any, lr: float | None = None) -> tuple[Array, Any]:
        return beta - (self.lr if lr is None else lr) * np.sign(grad), state

    def explain(
        self, beta: Array, grad: Array, state: Any, lr: float | None, names: Sequence[str]
    ) -> tuple[Array, Any, Explained]:
        rate = self.lr if lr is None else lr
        after, state = self.update(beta, grad, state, lr)
        signs = np.sign(grad)
        lines = tuple(
            (
                Quantity(f"s_{b}", f"sign(D{b})", f"sign({num(grad[j])})", signs[j], False),
                Quantity(b, f"{b} − L·s_{b}", f"{num(beta[j])} − {num(rate)} × {operand(signs[j])}", after[j]),
            )
            for j, b in enumerate(names)
        )
        return after, state, lines


#: every optimizer, in menu order
OPTIMIZERS: dict[str, type[Optimizer]] = {
    cls.name: cls for cls in (GradientDescent, StochasticGradientDescent, Momentum, Adam, SignDescent)
}
OPTIMIZER_NAMES = tuple(OPTIMIZERS)
#: every setting of every optimizer, by keyword
OPTIMIZER_PARAMETERS = {p.name: p for cls in OPTIMIZERS.values() for p in cls.parameters}


def make_optimizer(name: str = "gd", lr: float = 0.01, **settings: Any) -> Optimizer:
    """The optimizer called `name` with its settings (batch_size, momentum, beta1, beta2, eps).

    Every setting given is checked, also those the rule does not use (a session must not hide
    a bad momentum behind gd); None means the default.
    """
    try:
        cls = OPTIMIZERS[name]
    except KeyError:
        raise InputError(f"unknown optimizer '{name}'; choose one of: {', '.join(OPTIMIZER_NAMES)}") from None
    settings = {**settings, "lr": lr}
    for key, value in settings.items():
        if key not in OPTIMIZER_PARAMETERS:
            raise TypeError(f"unknown optimizer setting {key!r}")
        if value is not None:
            settings[key] = OPTIMIZER_PARAMETERS[key].check(value)
    own = {p.name: settings[p.name] for p in cls.parameters if settings.get(p.name) is not None}
    return cls(**own)
