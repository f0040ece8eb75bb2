"""The registry's losses as test cases, so that a loss is tested as soon as it is registered,
and data each kind of loss takes: errors of any sign, counts (Poisson), labels 0/1 or 0 … K−1."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from lossexplorer.core import LOSSES, SPRING_LOSSES
from lossexplorer.core.losses import TASK_LOSSES

#: a value for each parameter, away from its default
OFF_DEFAULT = {"delta": 0.7, "quantile": 0.3, "alpha": 3.0, "gamma": 1.5, "label_smoothing": 0.1}


def params_of(name: str, **values: float) -> dict[str, float]:
    """The parameters the loss `name` takes, at `values`, else OFF_DEFAULT, else their defaults."""
    return {p.name: values.get(p.name, OFF_DEFAULT.get(p.name, p.default)) for p in LOSSES[name].parameters}


def cases(names: Iterable[str], **values: float) -> list[tuple[str, dict[str, float]]]:
    """(name, parameters) for each loss in `names`."""
    return [(name, params_of(name, **values)) for name in names]


#: every loss of each task, those the window offers and those it does not draw yet alike
REGRESSION = TASK_LOSSES["regression"]
CLASSIFICATION = TASK_LOSSES["classification"]
#: losses of the error e = p − y (the sufficient statistics, the in-place epoch, springs, noise densities)
OF_ERROR = tuple(name for name in REGRESSION if LOSSES[name].of_error)
#: losses of counts y ≥ 0 through the log link (Poisson)
OF_COUNTS = tuple(name for name in REGRESSION if LOSSES[name].link == "log")
#: binary losses of the logit (labels 0/1, the logistic model) and multi-class ones (softmax, labels 0 … K−1)
BINARY = tuple(name for name in CLASSIFICATION if not LOSSES[name].multiclass)
MULTICLASS = tuple(name for name in CLASSIFICATION if LOSSES[name].multiclass)

SMOOTH = tuple(name for name, cls in LOSSES.items() if not cls().piecewise_linear)
PIECEWISE_LINEAR = tuple(name for name, cls in LOSSES.items() if cls().piecewise_linear)
SMOOTH_SPRINGS = tuple(name for name in SPRING_LOSSES if name in SMOOTH)
KINKED_SPRINGS = tuple(name for name in SPRING_LOSSES if name in PIECEWISE_LINEAR)
#: losses whose noise is a density of the residual (Poisson's is a distribution of counts)
WITH_NOISE = tuple(name for name in OF_ERROR if LOSSES[name].noise)
#: the classes of the multi-class cases
K = 3


def model_for(loss: str, regression_model: str = "line") -> str:
    """The model a test fits with `loss`: `regression_model` for a regression loss, else the loss's own."""
    return regression_model if LOSSES[loss].kind == "regression" else LOSSES[loss].default_model


def takes_cap(loss: str) -> bool:
    return LOSSES[loss].takes_cap


def counts(mean: np.ndarray, seed: int = 0) -> np.ndarray:
    """Counts drawn from Poisson(mean), fixed by the seed."""
    return np.random.default_rng(seed).poisson(mean).astype(float)


def labels(n: int, classes: int, seed: int = 0) -> np.ndarray:
    """n labels 0 … classes − 1, every class present."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, classes, n).astype(float)
    y[:classes] = np.arange(classes)
    return y


def well_scaled(loss: str, n: int = 40, seed: int = 0) -> tuple[np.ndarray, np.ndarray, str]:
    """x, y and the model for a loss, on data of unit scale: a noisy line (errors), counts around
    exp(1 + 0.7x) (Poisson), two overlapping clouds (binary) or K overlapping ones (multi-class)."""
    rng = np.random.default_rng(seed)
    cls = LOSSES[loss]
    if cls.kind == "regression":
        x = np.linspace(-1.0, 1.0, n)
        if cls.link == "log":
            return x, counts(np.exp(1.0 + 0.7 * x), seed), "line"
        return x, 1.0 + 0.5 * x + 0.3 * rng.standard_normal(n), "line"
    classes = K if cls.multiclass else 2
    centres = np.array([(np.cos(a), np.sin(a)) for a in 2 * np.pi * np.arange(classes) / classes])
    y = labels(n, classes, seed)
    x = centres[y.astype(int)] + 0.8 * rng.standard_normal((n, 2))
    return x, y, cls.default_model
