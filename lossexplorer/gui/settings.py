"""Every choice of the side panel in one immutable value, and its translation to the core."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

import numpy as np
from numpy.typing import NDArray

from lossexplorer.core import Objective, Optimizer, make_objective

Array = NDArray[np.float64]

LOSS_TITLES = {
    "mse": "MSE: mean squared error",
    "sse": "SSE: sum of squared errors",
    "half-sse": "½SSE: half the sum of squares",
    "mae": "MAE: mean absolute error",
    "sae": "SAE: sum of absolute errors",
    "huber": "Huber",
    "logcosh": "log-cosh",
    "quantile": "quantile (pinball)",
    "asymmetric": "asymmetric",
    "bce": "BCE: binary cross-entropy",
    "hinge": "hinge",
    "focal": "focal",
}
LOSS_TIPS = {
    "mse": "J = (1/n)·Σ e², e = p − y",
    "sse": "J = Σ e²: the total area of the red squares",
    "half-sse": "J = ½·Σ e²: its gradient is Σ e·∂p/∂β",
    "mae": "J = (1/n)·Σ |e|: every point pulls with the same force",
    "sae": "J = Σ |e|",
    "huber": "½e² for |e| ≤ δ, δ(|e| − ½δ) beyond: squared near the line, absolute far away",
    "logcosh": "log cosh(e): like ½e² near 0 and |e| − log 2 far away",
    "quantile": "q·max(r, 0) + (1 − q)·max(−r, 0), r = y − p: a fraction q of the points lies below the fit",
    "asymmetric": "α|e| when p < y, |e| otherwise: under-prediction costs α times more",
    "bce": "−[t·log σ(z) + (1 − t)·log(1 − σ(z))]: minus the log of the probability given to the true class",
    "hinge": "max(0, 1 − t·z), t = ±1: no loss beyond the margin t·z ≥ 1, then a straight rise",
    "focal": "−(1 − p_t)^γ·log p_t: BCE with the easy, confident points turned down by (1 − p_t)^γ",
}
MODEL_TITLES = {
    "bias": "bias: p = c",
    "line": "line: p = m·x + c",
    **{f"poly:{d}": f"polynomial, degree {d}" for d in range(2, 10)},
    "logistic": "logistic: z = β0 + β1·x1 + β2·x2",
}
#: the mode a model belongs to, and the loss and model a mode starts with
CLASSIFICATION_MODEL = "logistic"
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
    reduction: str = "default"  # or "mean", "sum"
    cap_on: bool = False
    cap: float = 120.0
    cap_weight: float = 1.0
    l1: float = 0.0
    l2: float = 0.0
    model: str = "line"
    optimizer: str = "gd"
    lr: float = 0.05
    epochs: int = 200
    batch_size: int = 1
    momentum: float = 0.9
    beta1: float = 0.9
    beta2: float = 0.999
    speed: float = 60.0  # epochs per second; 0 = as fast as possible
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
        return Optimizer(self.optimizer, self.lr, self.batch_size, self.momentum, self.beta1, self.beta2)

    def label(self) -> str:
        """A short name for a pin: the loss with its parameters and penalties."""
        text = {
            "huber": f"Huber δ={self.delta:g}",
            "quantile": f"quantile q={self.quantile:g}",
            "asymmetric": f"asymmetric α={self.alpha:g}",
            "focal": f"focal γ={self.gamma:g}",
        }.get(self.loss, self.loss.upper())
        if self.cap_on and not self.classification:
            text += f", cap {self.cap:g}"
        if self.l2:
            text += f", L2 {self.l2:g}"
        if self.l1:
            text += f", L1 {self.l1:g}"
        if self.model not in ("line", CLASSIFICATION_MODEL):
            text += f" ({self.model})"
        return text
