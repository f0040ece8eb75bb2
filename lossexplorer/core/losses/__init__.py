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
    Parameter,
    Pieces,
    dot,
    log1pexp,
    sigmoid,
)
from .classification import BinaryCrossEntropy, Focal, Hinge
from .registry import (
    CLASSIFICATION_LOSSES,
    LOSS_NAMES,
    LOSS_PARAMETERS,
    LOSSES,
    REGRESSION_LOSSES,
    SPRING_LOSSES,
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
    "Asymmetric",
    "BinaryCrossEntropy",
    "ErrorLoss",
    "Focal",
    "HalfSSE",
    "Hinge",
    "Huber",
    "LogCosh",
    "Loss",
    "MarginLoss",
    "Parameter",
    "Pieces",
    "PiecewiseLinear",
    "Quantile",
    "Slopes",
    "SquaredError",
    "dot",
    "log1pexp",
    "make_loss",
    "parameters_of",
    "sigmoid",
]
