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
    make_loss,
    make_objective,
    make_optimizer,
)

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
OPTIMIZER_TITLES = {
    "gd": "gradient descent",
    "sgd": "stochastic (mini-batch)",
    "momentum": "momentum (heavy ball)",
    "adam": "Adam",
}


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
        }

    def objective(self, x: Array, y: Array) -> Objective:
        return make_objective(x, y, **self.objective_options())

    def optimizer_(self) -> Optimizer:
        return make_optimizer(self.optimizer, self.lr, batch_size=self.batch_size, momentum=self.momentum,
                              beta1=self.beta1, beta2=self.beta2)

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
PACE_FIELDS = ("epochs", "speed")
#: what a pace chooses for new data (pace.py)
PACED_FIELDS = ("optimizer", "lr", "epochs", "speed")


def changed_fields(old: FitSettings, new: FitSettings) -> set[str]:
    """The names of the settings that differ."""
    return {f.name for f in fields(FitSettings) if getattr(old, f.name) != getattr(new, f.name)}
