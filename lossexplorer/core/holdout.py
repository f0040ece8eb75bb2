"""Train and test: points held out of J, and how a fit does on the points it never saw.

A split is a boolean mask over the points, True where a point is held out. J and its gradient
are built on the training points alone (`split`), so a held-out point moves neither; the
held-out J is the same J (the same loss, reduction and penalties) on the held-out points:

    J_train(β) = J(β; points kept),    J_test(β) = J(β; points held out),

and R² = 1 − RSS/TSS on each set, with its own ȳ (regression only).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from .errors import InputError
from .fitting import make_objective
from .metrics import fit_stats
from .objective import Objective

Array = NDArray[np.float64]
Mask = NDArray[np.bool_]
#: the work `values_along` does at once: rows of β times held-out points
CHUNK = 1 << 20
#: past this many points a J with sufficient statistics is quicker β by β than over the points
STATISTICS_FROM = 2000


def hold_out(n: int, fraction: float, seed: int) -> Mask:
    """round(fraction·n) of n points chosen at random (seeded), at least one kept for training."""
    if not 0.0 <= fraction < 1.0 or not math.isfinite(fraction):
        raise InputError(f"the share held out must be at least 0 and below 1, got {fraction:g}")
    held = min(round(fraction * n), n - 1) if n else 0
    mask = np.zeros(n, bool)
    mask[np.random.default_rng(seed).choice(n, held, replace=False)] = True
    return mask


def check_mask(held: Any, n: int) -> Mask:
    """`held` as a mask over n points (all kept when None)."""
    if held is None:
        return np.zeros(n, bool)
    mask = np.asarray(held, bool).reshape(-1)
    if len(mask) != n:
        raise InputError(f"the split marks {len(mask)} points, but there are {n}")
    return mask


def split(x: Any, y: Any, held: Any) -> tuple[tuple[Array, Array], tuple[Array, Array]]:
    """((x, y) kept for training, (x, y) held out)."""
    x, y = np.asarray(x, float), np.asarray(y, float)
    mask = check_mask(held, len(y))
    return (x[~mask], y[~mask]), (x[mask], y[mask])


@dataclass(frozen=True)
class Score:
    """J and R² of a fit on one set of points (R² is None in classification, or nan when TSS = 0)."""

    n: int
    objective: float
    r2: float | None

    def as_dict(self) -> dict[str, Any]:
        """For JSON: a number that is not finite is null."""
        def finite(v: float | None) -> float | None:
            return v if v is not None and math.isfinite(v) else None

        return {"n": self.n, "objective": finite(self.objective), "r2": finite(self.r2)}


def score_of(objective: Objective, beta: Array) -> Score:
    """J(β) on the objective's points, and R² of the predicted means there (regression)."""
    beta = np.asarray(beta, float)
    with np.errstate(all="ignore"):
        value = float(objective.value(beta))
        r2 = None
        if not objective.model.classification:
            r2 = fit_stats(objective.y, objective.loss.mean(objective.predict(beta))).r2
    return Score(objective.n, value, r2)


def split_objectives(x: Any, y: Any, held: Any, **options: Any) -> tuple[Objective, Objective | None]:
    """J on the training points, and J on the held-out points (None when none is held out),
    by the names `make_objective` takes."""
    (xa, ya), (xb, yb) = split(x, y, held)
    if len(ya) == 0:
        raise InputError("every point is held out: keep some for training")
    train = make_objective(xa, ya, **options)
    test = make_objective(xb, yb, **options) if len(yb) else None
    return train, test


def values_along(objective: Objective, coefficients: Array) -> Array:
    """J(β) for each row β of `coefficients` (a descent's path), in a few array operations:
    the predictions of many β at once, their per-point terms, reduced, plus the penalties."""
    rows = np.atleast_2d(np.asarray(coefficients, float))
    out = np.empty(len(rows))
    if objective.model.softmax or not len(rows) or (objective.uses_statistics and objective.n > STATISTICS_FROM):
        # K scores per point, or J from sufficient statistics in O(k²): one β at a time
        for i, beta in enumerate(rows):
            out[i] = objective.value(beta)
        return out
    design, y = objective.design, objective.y[:, None]
    penalties = objective.penalties
    step = max(1, CHUNK // max(1, objective.n))
    with np.errstate(all="ignore"):
        for start in range(0, len(rows), step):
            block = rows[start:start + step]
            terms = objective.point_values(design @ block.T, y)
            out[start:start + step] = objective.weight * terms.sum(axis=0)
            if penalties.on_coefficients:
                out[start:start + step] += [penalties.value(beta) for beta in block]
    return out
