"""The Qt-free core: losses, models, objectives, optimizers, schedules, exact answers and metrics.

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
from .optimizers import (
    OPTIMIZER_NAMES,
    OPTIMIZERS,
    Adam,
    GradientDescent,
    Momentum,
    Optimizer,
    SignDescent,
    StochasticGradientDescent,
    make_optimizer,
)
from .parameters import Parameter
from .penalties import Penalties
from .presets import CLASSIFICATION_PRESET_NAMES, DATASETS, PRESET_NAMES, REAL_DATASET_NAMES, Preset, preset
from .schedules import SCHEDULE_NAMES, SCHEDULES, Constant, Exponential, InverseTime, Schedule, StepDecay, make_schedule
from .scoring import Score, score, score_objective
from .solve import Solution, linearly_separable, solve, solve_objective
from .stopping import StopRule
from .worked import WorkedEpoch, work_descent, work_epoch

__all__ = [
    "CLASSIFICATION_LOSSES",
    "CLASSIFICATION_PRESET_NAMES",
    "DATASETS",
    "LOSSES",
    "LOSS_NAMES",
    "LOSS_PARAMETERS",
    "MODEL_NAMES",
    "OPTIMIZERS",
    "OPTIMIZER_NAMES",
    "PRESET_NAMES",
    "REAL_DATASET_NAMES",
    "REGRESSION_LOSSES",
    "SCHEDULES",
    "SCHEDULE_NAMES",
    "SPRING_LOSSES",
    "Adam",
    "Axis",
    "Constant",
    "DataFacts",
    "Dataset",
    "Descent",
    "Exponential",
    "FitResult",
    "FitStats",
    "GradientDescent",
    "InputError",
    "InverseTime",
    "Loss",
    "Model",
    "Momentum",
    "Objective",
    "Optimizer",
    "Parameter",
    "Penalties",
    "Preset",
    "Property",
    "Record",
    "Schedule",
    "Score",
    "SignDescent",
    "Solution",
    "StepDecay",
    "StochasticGradientDescent",
    "StopRule",
    "WorkedEpoch",
    "check_enough",
    "data_facts",
    "fit",
    "fit_stats",
    "least_squares_properties",
    "linearly_separable",
    "make_loss",
    "make_model",
    "make_objective",
    "make_optimizer",
    "make_schedule",
    "parse_points",
    "pearson",
    "pearson_three_ways",
    "preset",
    "read_points",
    "score",
    "score_objective",
    "solve",
    "solve_objective",
    "work_descent",
    "work_epoch",
    "write_points",
]
