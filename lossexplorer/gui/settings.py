"""Every choice of the side panel in one immutable value, and its translation to the core."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

import numpy as np
from numpy.typing import NDArray

from lossexplorer.core import (
    CLASSIFICATION_LOSSES,
    LOSS_PARAMETERS,
    LOSSES,
    Loss,
    Objective,
    Optimizer,
    make_loss,
    make_model,
    make_objective,
)
from lossexplorer.core.models import MAX_CLASSES

Array = NDArray[np.float64]


#: the core's loss registry: each loss's title, short name (J's), tip and parameters
LOSS_TITLES = {name: loss.title for name, loss in LOSSES.items()}  # (until the views read LOSSES)
LOSS_TIPS = {name: loss.tip for name, loss in LOSSES.items()}
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
    label_smoothing: float = 0.0  # ε of bce and the cross-entropy
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
            "delta": self.delta,
            "quantile": self.quantile,
            "alpha": self.alpha,
            "gamma": self.gamma,
            "label_smoothing": self.label_smoothing,
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
        return Optimizer(self.optimizer, self.lr, self.batch_size, self.momentum, self.beta1, self.beta2)

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
        if self.model != "line" and not self.classification:
            name += f" ({self.model})"
        return name


#: what a setting belongs to: the problem (a change starts a new descent from the start), the
#: optimizer (the descent goes on with a fresh optimizer state) or the pace of a run
PROBLEM_FIELDS = ("loss", "delta", "quantile", "alpha", "gamma", "label_smoothing", "reduction", "cap_on", "cap",
                  "cap_weight", "l1", "l2", "model")
OPTIMIZER_FIELDS = ("optimizer", "lr", "batch_size", "momentum", "beta1", "beta2", "seed")
PACE_FIELDS = ("epochs", "speed")
#: what a pace chooses for new data (pace.py)
PACED_FIELDS = ("optimizer", "lr", "epochs", "speed")


def changed_fields(old: FitSettings, new: FitSettings) -> set[str]:
    """The names of the settings that differ."""
    return {f.name for f in fields(FitSettings) if getattr(old, f.name) != getattr(new, f.name)}
