"""The one registry of losses: `LOSSES` in menu order, grouped by task, and what derives from it.

`TASK_LOSSES` holds every loss of each task; `REGRESSION_LOSSES` and `CLASSIFICATION_LOSSES`
are the ones the window's task menus offer: those whose views it can draw (`Loss.window`).
"""

from __future__ import annotations

from ..errors import InputError
from ..parameters import Parameter
from .base import Loss
from .classification import BinaryCrossEntropy, Brier, Focal, Hinge
from .counts import Poisson
from .multiclass import CrossEntropy
from .regression import MAE, MSE, SAE, SSE, Asymmetric, HalfSSE, Huber, LogCosh, Quantile

#: every loss by name, in menu order: the regression losses, then the classification ones
LOSSES: dict[str, type[Loss]] = {
    cls.name: cls
    for cls in (
        MSE, SSE, HalfSSE, MAE, SAE, Huber, LogCosh, Quantile, Asymmetric, Poisson,
        BinaryCrossEntropy, Hinge, Focal, Brier, CrossEntropy,
    )
}

LOSS_NAMES = tuple(LOSSES)
TASKS = ("regression", "classification")
#: every loss of each task, in menu order
TASK_LOSSES = {task: tuple(name for name, cls in LOSSES.items() if cls.kind == task) for task in TASKS}
#: the losses the window's menus offer in each task
REGRESSION_LOSSES = tuple(name for name in TASK_LOSSES["regression"] if LOSSES[name].window)
CLASSIFICATION_LOSSES = tuple(name for name in TASK_LOSSES["classification"] if LOSSES[name].window)
#: the losses the spring bar can hang on springs of
SPRING_LOSSES = tuple(name for name, cls in LOSSES.items() if cls.springs)
#: which keyword parameters each loss takes
LOSS_PARAMETERS: dict[str, tuple[str, ...]] = {
    name: tuple(p.name for p in cls.parameters) for name, cls in LOSSES.items() if cls.parameters
}


def parameters_of(names: tuple[str, ...] = LOSS_NAMES) -> dict[str, tuple[Parameter, tuple[str, ...]]]:
    """Each parameter of the losses `names`, once, with the names of the losses that take it."""
    out: dict[str, tuple[Parameter, tuple[str, ...]]] = {}
    for name in names:
        for p in LOSSES[name].parameters:
            users = out[p.name][1] if p.name in out else ()
            out[p.name] = (p, (*users, name))
    return out


def make_loss(name: str, **params: float | None) -> Loss:
    """The loss called `name` with its parameters (others, and None, are ignored: their defaults hold)."""
    try:
        cls = LOSSES[name]
    except KeyError:
        raise InputError(f"unknown loss '{name}'; choose one of: {', '.join(LOSS_NAMES)}") from None
    unknown = set(params) - set(parameters_of())
    if unknown:
        raise TypeError(f"no loss takes the parameter {sorted(unknown)[0]!r}")
    own = {p.name: float(value) for p in cls.parameters if (value := params.get(p.name)) is not None}
    return cls(**own)
