"""The Qt-free core: losses, models, objectives, optimizers, exact answers and metrics.

This package imports NumPy (and SciPy lazily) only; never PySide6, pyqtgraph or the gui.
"""

from .data import check_enough, parse_points, read_points, write_points
from .datasets import Axis, Dataset
from .errors import InputError
from .fitting import Descent, FitResult, Record, fit, make_objective
from .losses import (
    CLASSIFICATION_LOSSES,
    LOSS_NAMES,
    LOSS_PARAMETERS,
    LOSSES,
    REGRESSION_LOSSES,
    SPRING_LOSSES,
    Loss,
    Parameter,
    make_loss,
)
from .metrics import (
    DataFacts,
    FitStats,
    Property,
    data_facts,
    fit_stats,
    least_squares_properties,
    pearson,
    pearson_three_ways,
)
from .models import MODEL_NAMES, Model, make_model
from .objective import Objective
from .optimizers import OPTIMIZER_NAMES, Optimizer
from .penalties import Penalties
from .presets import CLASSIFICATION_PRESET_NAMES, DATASETS, PRESET_NAMES, REAL_DATASET_NAMES, Preset, preset
from .solve import Solution, linearly_separable, solve, solve_objective

__all__ = [
    "CLASSIFICATION_LOSSES",
    "CLASSIFICATION_PRESET_NAMES",
    "DATASETS",
    "LOSSES",
    "LOSS_NAMES",
    "LOSS_PARAMETERS",
    "MODEL_NAMES",
    "OPTIMIZER_NAMES",
    "PRESET_NAMES",
    "REAL_DATASET_NAMES",
    "REGRESSION_LOSSES",
    "SPRING_LOSSES",
    "Axis",
    "DataFacts",
    "Dataset",
    "Descent",
    "FitResult",
    "FitStats",
    "InputError",
    "Loss",
    "Model",
    "Objective",
    "Optimizer",
    "Parameter",
    "Penalties",
    "Preset",
    "Property",
    "Record",
    "Solution",
    "check_enough",
    "data_facts",
    "fit",
    "fit_stats",
    "least_squares_properties",
    "linearly_separable",
    "make_loss",
    "make_model",
    "make_objective",
    "parse_points",
    "pearson",
    "pearson_three_ways",
    "preset",
    "read_points",
    "solve",
    "solve_objective",
    "write_points",
]
