"""Learning-rate schedules: the rate of each epoch from the optimizer's learning rate L.

t counts the epochs already run, so the first epoch steps with rate(L, 0) = L:

    constant       L
    step           L·F^⌊t/K⌋        (the rate drops by the factor F every K epochs)
    inverse-time   L/(1 + t/τ)      (1/t decay: halved after τ epochs)
    exponential    L·γ^t

A decaying rate is what lets a kinked loss (MAE) settle: gradient descent on it zig-zags
around the minimum by about L times the size of its subgradient.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, ClassVar

import numpy as np
from numpy.typing import ArrayLike, NDArray

from .errors import InputError
from .parameters import Parameter, count, fraction, positive, short

Array = NDArray[np.float64]


class Schedule:
    """A schedule; subclasses are frozen dataclasses of their settings."""

    name: ClassVar[str] = ""
    title: ClassVar[str] = ""
    tooltip: ClassVar[str] = ""
    parameters: ClassVar[tuple[Parameter, ...]] = ()

    def __post_init__(self) -> None:
        for p in self.parameters:
            p.check(getattr(self, p.name))

    @property
    def constant(self) -> bool:
        return False

    def settings(self) -> dict[str, float]:
        return {p.name: getattr(self, p.name) for p in self.parameters}

    def factor(self, t: Any) -> Any:
        """rate/L after t epochs (t an integer or an array of them)."""
        raise NotImplementedError

    def rate(self, lr: float, t: ArrayLike) -> Any:
        """The learning rate of epoch t + 1 (a float for an integer t, an array for an array)."""
        if np.ndim(t) == 0:
            return lr * float(self.factor(int(t)))  # type: ignore[arg-type]
        return lr * np.asarray(self.factor(np.asarray(t, dtype=float)), dtype=float)

    def formula(self, lr: float) -> str:
        """The rate as a formula in t with the numbers: `0.1·0.99^t`."""
        raise NotImplementedError


@dataclass(frozen=True)
class Constant(Schedule):
    name: ClassVar[str] = "constant"
    title: ClassVar[str] = "constant"
    tooltip: ClassVar[str] = "the same learning rate L in every epoch"

    @property
    def constant(self) -> bool:
        return True

    def factor(self, t: Any) -> Any:
        return np.ones_like(t, dtype=float) if np.ndim(t) else 1.0

    def formula(self, lr: float) -> str:
        return short(lr)


STEP_FACTOR = fraction("step_factor", "F", 0.5, 0.01, "the rate is multiplied by F at each drop", "step factor")
STEP_EVERY = count("step_every", "K", 100, 1_000_000, "the epochs between drops", "epochs between drops")
TAU = positive("tau", "τ", 100.0, (1.0, 1e6), "the epochs until the rate has halved")
DECAY = fraction("decay", "γ", 0.99, 0.5, "the rate is multiplied by γ each epoch")


@dataclass(frozen=True)
class StepDecay(Schedule):
    name: ClassVar[str] = "step"
    title: ClassVar[str] = "step decay"
    tooltip: ClassVar[str] = "L·F^⌊t/K⌋: the rate is multiplied by F every K epochs"
    parameters: ClassVar[tuple[Parameter, ...]] = (STEP_FACTOR, STEP_EVERY)
    step_factor: float = 0.5
    step_every: int = 100

    def factor(self, t: Any) -> Any:
        if np.ndim(t):
            return self.step_factor ** np.floor_divide(t, self.step_every)
        return self.step_factor ** (int(t) // self.step_every)

    def formula(self, lr: float) -> str:
        return f"{short(lr)}·{short(self.step_factor)}^⌊t/{self.step_every}⌋"


@dataclass(frozen=True)
class InverseTime(Schedule):
    name: ClassVar[str] = "inverse-time"
    title: ClassVar[str] = "1/t decay"
    tooltip: ClassVar[str] = "L/(1 + t/τ): halved after τ epochs, a tenth after 9τ; the classic rate for subgradients"
    parameters: ClassVar[tuple[Parameter, ...]] = (TAU,)
    tau: float = 100.0

    def factor(self, t: Any) -> Any:
        return 1.0 / (1.0 + t / self.tau)

    def formula(self, lr: float) -> str:
        return f"{short(lr)}/(1 + t/{short(self.tau)})"


@dataclass(frozen=True)
class Exponential(Schedule):
    name: ClassVar[str] = "exponential"
    title: ClassVar[str] = "exponential decay"
    tooltip: ClassVar[str] = "L·γ^t: the rate shrinks by the factor γ every epoch"
    parameters: ClassVar[tuple[Parameter, ...]] = (DECAY,)
    decay: float = 0.99

    def factor(self, t: Any) -> Any:
        if np.ndim(t):
            return np.power(self.decay, t)
        return math.pow(self.decay, t)

    def formula(self, lr: float) -> str:
        return f"{short(lr)}·{short(self.decay)}^t"


#: every schedule, in menu order
SCHEDULES: dict[str, type[Schedule]] = {cls.name: cls for cls in (Constant, StepDecay, InverseTime, Exponential)}
SCHEDULE_NAMES = tuple(SCHEDULES)
SCHEDULE_PARAMETERS = {p.name: p for cls in SCHEDULES.values() for p in cls.parameters}


def make_schedule(name: str = "constant", **settings: float | None) -> Schedule:
    """The schedule called `name`; settings of other schedules are checked and ignored, None is the default."""
    try:
        cls = SCHEDULES[name]
    except KeyError:
        raise InputError(f"unknown schedule '{name}'; choose one of: {', '.join(SCHEDULE_NAMES)}") from None
    own = {p.name for p in cls.parameters}
    chosen: dict[str, Any] = {}
    for key, value in settings.items():
        if key not in SCHEDULE_PARAMETERS:
            raise TypeError(f"unknown schedule setting {key!r}")
        if value is not None:
            checked = SCHEDULE_PARAMETERS[key].check(value)
            if key in own:
                chosen[key] = checked
    return cls(**chosen)
