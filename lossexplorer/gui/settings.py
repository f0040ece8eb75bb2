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
    make_model,
    make_objective,
    make_optimizer,
    make_schedule,
)
from lossexplorer.core.fitting import EPOCHS, SEED
from lossexplorer.core.losses import CLASSIFICATION_LOSSES, REGRESSION_LOSSES, parameters_of
from lossexplorer.core.models import MAX_CLASSES
from lossexplorer.core.optimizers import BATCH_SIZE, BETA1, BETA2, LEARNING_RATE, MOMENTUM, OPTIMIZERS
from lossexplorer.core.parameters import Parameter
from lossexplorer.core.penalties import PENALTY_PARAMETERS
from lossexplorer.core.schedules import SCHEDULE_PARAMETERS
from lossexplorer.core.stopping import GRAD_TOL, STOP_TOL, STOP_WINDOW

Array = NDArray[np.float64]


MODEL_TITLES = {
    "bias": "bias: p = c",
    "line": "line: p = m·x + c",
    **{f"poly:{d}": f"polynomial, degree {d}" for d in range(2, 10)},
    "logistic": "logistic: z = β0 + β1·x1 + β2·x2",
    **{f"softmax:{k}": f"softmax, {k} classes: zₖ = βₖ0 + βₖ1·x1 + βₖ2·x2" for k in range(2, MAX_CLASSES + 1)},
}
#: the models of the regression mode's model box
REGRESSION_MODELS = tuple(name for name in MODEL_TITLES if not make_model(name).classification)
#: the mode a model belongs to, and the loss and model a mode starts with
CLASSIFICATION_MODEL = "logistic"
#: how many classes the window offers: 2 … MAX_CLASSES
CLASS_COUNTS = tuple(range(2, MAX_CLASSES + 1))


def class_losses(classes: int) -> tuple[str, ...]:
    """The classification losses the window offers for K classes: every one for two, the
    multi-class ones (softmax) for more."""
    return tuple(name for name in CLASSIFICATION_LOSSES if classes == 2 or LOSSES[name].multiclass)


def class_model(loss: str, classes: int) -> str:
    """The classifier a loss fits on K classes: softmax:K for a multi-class loss, else its own
    (the logistic model of two classes)."""
    return f"softmax:{classes}" if LOSSES[loss].multiclass else LOSSES[loss].default_model


#: the parameters of the losses the window's menus offer, each once, with the losses that take it
LOSS_SETTINGS = parameters_of((*REGRESSION_LOSSES, *CLASSIFICATION_LOSSES))
#: the one table of the window's number settings, each the core's `Parameter` (its name, symbol,
#: default, range and tip): the panel's boxes, the session reader (limits.py) and the command line
#: read it; `FitSettings` has a field of each name
PARAMETERS: dict[str, Parameter] = {
    **{name: p for name, (p, _) in LOSS_SETTINGS.items()},
    **{p.name: p for p in PENALTY_PARAMETERS},
    **{p.name: p for p in (LEARNING_RATE, BATCH_SIZE, MOMENTUM, BETA1, BETA2, EPOCHS, SEED)},
    **{p.name: p for p in (*SCHEDULE_PARAMETERS.values(), STOP_TOL, STOP_WINDOW, GRAD_TOL)},
}
#: the learning rates the panel shows and the window uses
LR_RANGE = LEARNING_RATE.span
OPTIMIZER_TITLES = {name: rule.title for name, rule in OPTIMIZERS.items()}


@dataclass(frozen=True)
class FitSettings:
    """What to fit and how: loss, its parameters, penalties, model and optimizer."""

    loss: str = "mse"
    # the losses' parameters (the registry's defaults)
    delta: float = PARAMETERS["delta"].default
    quantile: float = PARAMETERS["quantile"].default
    alpha: float = PARAMETERS["alpha"].default
    gamma: float = PARAMETERS["gamma"].default
    label_smoothing: float = PARAMETERS["label_smoothing"].default  # ε of bce and the cross-entropy
    reduction: str = "default"  # or "mean", "sum"
    cap_on: bool = False
    cap: float = PARAMETERS["cap"].default
    cap_weight: float = PARAMETERS["cap_weight"].default
    l1: float = PARAMETERS["l1"].default
    l2: float = PARAMETERS["l2"].default
    model: str = "line"
    # the pace (optimizer, rate, epochs, speed) is what pace.py chooses for the first preset,
    # noisy-line: about five seconds of descent to the answer (tests/gui/test_pace.py)
    optimizer: str = "gd"
    lr: float = 0.004
    epochs: int = 200
    batch_size: int = int(BATCH_SIZE.default)
    momentum: float = MOMENTUM.default
    beta1: float = BETA1.default
    beta2: float = BETA2.default
    speed: float = 30.0  # epochs per second; 0 = as fast as possible
    seed: int = int(SEED.default)
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
        """Points of classes in the (x1, x2) plane (the logistic or softmax model), not y against x."""
        return make_model(self.model).classification

    @property
    def classes(self) -> int:
        """K, the number of classes: the softmax model's, 2 for the logistic model (0 in regression)."""
        model = make_model(self.model)
        return (model.classes or 2) if model.classification else 0

    def with_loss(self, loss: str) -> FitSettings:
        """These settings with another loss, and in classification the model it fits on K classes."""
        if not self.classification:
            return self.with_(loss=loss)
        return self.with_(loss=loss, model=class_model(loss, self.classes))

    def with_classes(self, classes: int) -> FitSettings:
        """These settings for K classes: a multi-class loss (the categorical cross-entropy) past two."""
        loss = self.loss if classes == 2 or LOSSES[self.loss].multiclass else class_losses(classes)[0]
        return self.with_(loss=loss, model=class_model(loss, classes))

    def objective_options(self) -> dict[str, Any]:
        """Keyword arguments for `make_objective`, `fit` and `solve`."""
        return {
            "loss": self.loss,
            "model": self.model,
            "reduction": None if self.reduction == "default" else self.reduction,
            **self.loss_parameters(),
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
        return make_optimizer(self.optimizer, self.lr, batch_size=self.batch_size, momentum=self.momentum,
                              beta1=self.beta1, beta2=self.beta2)

    def schedule_(self) -> Schedule:
        """The learning-rate schedule with its settings."""
        return make_schedule(self.schedule, **{name: getattr(self, name) for name in SCHEDULE_PARAMETERS})

    def stop_(self) -> StopRule:
        """The stop rule: each of its two tests only when it is on."""
        return StopRule(self.stop_tol if self.stop_settled else None, self.stop_window,
                        self.grad_tol if self.stop_flat else None)

    def loss_parameters(self, loss: str | None = None) -> dict[str, float]:
        """The values of the parameters of the loss `loss` (the chosen one by default), by name:
        δ for Huber, none for MSE."""
        return {name: getattr(self, name) for name in LOSS_PARAMETERS.get(loss or self.loss, ())}

    def loss_(self, loss: str | None = None) -> Loss:
        """The loss `loss` (the chosen one by default) with these settings' values of its parameters."""
        return make_loss(loss or self.loss, **self.loss_parameters(loss))

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
        if self.model != "line" and not self.classification:
            name += f" ({self.model})"
        return name


#: what a setting belongs to: the problem (a change starts a new descent from the start), the
#: optimizer (the descent goes on with a fresh optimizer state) or the pace of a run
PROBLEM_FIELDS = ("loss", *LOSS_SETTINGS, "reduction", "cap_on", "cap", "cap_weight", "l1", "l2", "model")
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
