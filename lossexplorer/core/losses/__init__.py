"""Per-point losses ℓ(p, y) with their derivative dℓ/dp, and the one registry that lists them.

Each loss is a small frozen object whose parameters are checked when it is made; its class
carries everything the app knows of it (see `base.Loss`). `LOSSES` lists them for menus and
the command line; `make_loss` makes one by name.
"""

from .base import (
    BLAS_BELOW,
    LOG2,
    ErrorLoss,
    Loss,
    MarginLoss,
    Pieces,
    dot,
    log1pexp,
    sigmoid,
)
from .classification import LABEL_SMOOTHING, BinaryCrossEntropy, Brier, Focal, Hinge
from .counts import Poisson, poisson_probabilities
from .multiclass import CrossEntropy, log_softmax, softmax
from .registry import (
    CLASSIFICATION_LOSSES,
    LOSS_NAMES,
    LOSS_PARAMETERS,
    LOSSES,
    REGRESSION_LOSSES,
    SPRING_LOSSES,
    TASK_LOSSES,
    TASKS,
    make_loss,
    parameters_of,
)
from .regression import (
    MAE,
    MSE,
    SAE,
    SSE,
    Asymmetric,
    HalfSSE,
    Huber,
    LogCosh,
    PiecewiseLinear,
    Quantile,
    Slopes,
    SquaredError,
)

__all__ = [
    "BLAS_BELOW",
    "CLASSIFICATION_LOSSES",
    "LABEL_SMOOTHING",
    "LOG2",
    "LOSSES",
    "LOSS_NAMES",
    "LOSS_PARAMETERS",
    "MAE",
    "MSE",
    "REGRESSION_LOSSES",
    "SAE",
    "SPRING_LOSSES",
    "SSE",
    "TASKS",
    "TASK_LOSSES",
    "Asymmetric",
    "BinaryCrossEntropy",
    "Brier",
    "CrossEntropy",
    "ErrorLoss",
    "Focal",
    "HalfSSE",
    "Hinge",
    "Huber",
    "LogCosh",
    "Loss",
    "MarginLoss",
    "Pieces",
    "PiecewiseLinear",
    "Poisson",
    "Quantile",
    "Slopes",
    "SquaredError",
    "dot",
    "log1pexp",
    "log_softmax",
    "make_loss",
    "parameters_of",
    "poisson_probabilities",
    "sigmoid",
    "softmax",
]
