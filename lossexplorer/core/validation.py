"""The validation curve: the exact answer of each model degree 0–9 on the training points, and
its J there and on the held-out points.

Training J can only fall as the degree grows (each model holds the one before); held-out J
falls while the model learns the trend and rises once it learns the noise. An L2 penalty
λ2·Σβ_j² pulls the high degrees back.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass
from typing import Any

import numpy as np

from .errors import InputError
from .fitting import make_objective
from .holdout import split
from .models import make_model
from .solve import solve_objective

#: the models of degrees 0 … 9
DEGREE_MODELS = ("bias", "line", *(f"poly:{d}" for d in range(2, 10)))


@dataclass(frozen=True)
class ValidationPoint:
    """One degree: its model, the exact answer's J on the training and on the held-out points
    (nan when there is none), and whether that answer is the only one (`unique`: enough distinct
    training x for the degree, or an L2 penalty that picks one)."""

    degree: int
    model: str
    train: float
    test: float
    unique: bool
    message: str = ""


def validation_curve(x: Any, y: Any, held: Any, degrees: tuple[str, ...] = DEGREE_MODELS,
                     cancel: threading.Event | None = None, **options: Any) -> list[ValidationPoint]:
    """For each model: solve J on the training points, then J of that answer on the held-out ones.
    `options` are `make_objective`'s but the model (the loss, the reduction, the penalties)."""
    options = {k: v for k, v in options.items() if k != "model"}
    (xa, ya), (xb, yb) = split(x, y, held)
    distinct = len(np.unique(xa))
    out = []
    for name in degrees:
        model = make_model(name)
        unique = distinct >= model.distinct_x_needed or bool(options.get("l2"))
        try:
            train = make_objective(xa, ya, model=name, **options)
            solution = solve_objective(train, cancel)
            beta = solution.coefficients
            if not np.all(np.isfinite(beta)):
                raise InputError(solution.message or "no exact answer")
            with np.errstate(all="ignore"):
                train_j = float(train.value(beta))
                test_j = float(make_objective(xb, yb, model=name, **options).value(beta)) if len(yb) else math.nan
            out.append(ValidationPoint(model.degree, name, train_j, test_j, unique))
        except InputError as exc:
            out.append(ValidationPoint(model.degree, name, math.nan, math.nan, False, str(exc)))
        if cancel is not None and cancel.is_set():
            break
    return out
