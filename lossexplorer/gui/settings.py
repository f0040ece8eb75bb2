"""Every choice of the side panel in one immutable value, and its translation to the core."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

import numpy as np
from numpy.typing import NDArray

from lossexplorer.core import (
    LOSS_PARAMETERS,
    LOSSES,
    Loss,
    Objective,
    Optimizer,
    Schedule,
    StopRule,
    make_loss,
    make_objective,
    make_schedule,
)
from lossexplorer.core.optimizers import OPTIMIZERS
from lossexplorer.core.schedules import SCHEDULE_PARAMETERS

Array = NDArray[np.float64]


#: the core's loss registry: each loss's title, short name (J's), tip and parameters
LOSS_TITLES = {name: loss.title for name, loss in LOSSES.items()}  # (until the views read LOSSES)
LOSS_TIPS = {name: loss.tip for name, loss in LOSSES.items()}
MODEL_TITLES = {
    "bias": "bias: p = c",
    "line": "line: p = m·x + c",
    **{f"poly:{d}": f"polynomial, degree {d}" for d in range(2, 10)},
    "logistic": "logistic: z = β0 + β1·x1 + β2·x2",
}
#: the mode a model belongs to, and the loss and model a mode starts with
CLASSIFICATION_MODEL = "logistic"
#: the learning rates the panel shows and the window uses
LR_RANGE = (1e-6, 10.0)
OPTIMIZER_TITLES = {name: rule.title for name, rule in OPTIMIZERS.items()}


@dataclass(frozen=True)
class FitSettings:
    """What to fit and how: loss, its parameters, penalties, model and optimizer."""

    loss: str = "mse"
    delta: float = 1.0
    quantile: float = 0.5
    alpha: float = 2.0
    gamma: float = 2.0
    label_smoothing: float = 0.0  # bce's ε: the registry's parameter, not yet in the panel
    reduction: str = "default"  # or "mean", "sum"
    cap_on: bool = False
    cap: float = 120.0
    cap_weight: float = 1.0
    l1: float = 0.0
    l2: float = 0.0
    model: str = "line"
    # the pace (optimizer, rate, epochs, speed) is what pace.py chooses for the first preset,
    # noisy-line: about five seconds of descent to the answer (tests/gui/test_pace.py)
    optimizer: str = "gd"
    lr: float = 0.004
    epochs: int = 200
    batch_size: int = 1
    momentum: float = 0.9
    beta1: float = 0.9
    beta2: float = 0.999
    speed: float = 30.0  # epochs per second; 0 = as fast as possible
    seed: int = 0
    # the learning-rate schedule (core/schedules.py) and its settings
    schedule: str = "constant"
    step_factor: float = 0.5
    step_every: int = 100
    tau: float = 100.0
    decay: float = 0.99
    # the stop rule (core/stopping.py), off by default: J settled to stop_tol over stop_window
    # epochs, or the gradient's norm at most grad_tol
    stop_settled: bool = False
    stop_tol: float = 1e-6
    stop_window: int = 10
    stop_flat: bool = False
    grad_tol: float = 1e-6

    def with_(self, **changes: Any) -> FitSettings:
        return replace(self, **changes)

    @property
    def classification(self) -> bool:
        """Two classes of points in the (x1, x2) plane and the logistic model, not y against x."""
        return self.model == CLASSIFICATION_MODEL

    def objective_options(self) -> dict[str, Any]:
        """Keyword arguments for `make_objective`, `fit` and `solve`."""
        return {
            "loss": self.loss,
            "model": self.model,
            "reduction": None if self.reduction == "default" else self.reduction,
            "delta": self.delta,
            "quantile": self.quantile,
            "alpha": self.alpha,
            "gamma": self.gamma,
            "cap": self.cap if self.cap_on and not self.classification else None,
            "cap_weight": self.cap_weight,
            "l1": self.l1,
            "l2": self.l2,
        }

    def fit_options(self) -> dict[str, Any]:
        """Keyword arguments for `core.fit` that reproduce a run of the window."""
        return {
            **self.objective_options(),
            "optimizer": self.optimizer,
            "lr": self.lr,
            "epochs": self.epochs,
            "seed": self.seed,
            "batch_size": self.batch_size,
            "momentum": self.momentum,
            "beta1": self.beta1,
            "beta2": self.beta2,
            "schedule": self.schedule_(),
            "stop": self.stop_(),
        }

    def objective(self, x: Array, y: Array) -> Objective:
        return make_objective(x, y, **self.objective_options())

    def optimizer_(self) -> Optimizer:
        return Optimizer(self.optimizer, self.lr, self.batch_size, self.momentum, self.beta1, self.beta2)

    def schedule_(self) -> Schedule:
        """The learning-rate schedule with its settings."""
        return make_schedule(self.schedule, **{name: getattr(self, name) for name in SCHEDULE_PARAMETERS})

    def stop_(self) -> StopRule:
        """The stop rule: each of its two tests only when it is on."""
        return StopRule(self.stop_tol if self.stop_settled else None, self.stop_window,
                        self.grad_tol if self.stop_flat else None)

    def loss_(self) -> Loss:
        """The chosen loss with its parameters."""
        return make_loss(self.loss, **{name: getattr(self, name) for name in LOSS_PARAMETERS.get(self.loss, ())})

    def objective_label(self) -> str:
        """J's name: the loss's short name, or J when penalties or another reduction join it."""
        if self.cap_on or self.l1 or self.l2 or self.reduction != "default":
            return "J"
        return LOSSES[self.loss].short

    def label(self) -> str:
        """A short name for a pin: the loss with its parameters, penalties and model."""
        name = self.loss_().label
        if self.cap_on and not self.classification:
            name += f", cap {self.cap:g}"
        if self.l2:
            name += f", L2 {self.l2:g}"
        if self.l1:
            name += f", L1 {self.l1:g}"
        if self.model not in ("line", CLASSIFICATION_MODEL):
            name += f" ({self.model})"
        return name


#: what a setting belongs to: the problem (a change starts a new descent from the start), the
#: optimizer (the descent goes on with a fresh optimizer state) or the pace of a run
PROBLEM_FIELDS = ("loss", "delta", "quantile", "alpha", "gamma", "reduction", "cap_on", "cap", "cap_weight", "l1",
                  "l2", "model")
OPTIMIZER_FIELDS = ("optimizer", "lr", "batch_size", "momentum", "beta1", "beta2", "seed")
#: the schedule and the stop rule: the descent goes on under them, its epoch (the schedule's t) too
SCHEDULE_FIELDS = ("schedule", *SCHEDULE_PARAMETERS)
STOP_FIELDS = ("stop_settled", "stop_tol", "stop_window", "stop_flat", "grad_tol")
PACE_FIELDS = ("epochs", "speed")
#: what a pace chooses for new data (pace.py)
PACED_FIELDS = ("optimizer", "lr", "epochs", "speed")


def changed_fields(old: FitSettings, new: FitSettings) -> set[str]:
    """The names of the settings that differ."""
    return {f.name for f in fields(FitSettings) if getattr(old, f.name) != getattr(new, f.name)}
