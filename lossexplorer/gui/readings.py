"""The readings of the current fit, computed off the widgets (readouts.py shows them).

Regression: the epoch, the coefficients, J, RSS, TSS, R², Pearson's r (the points' own, and the
two ways a fit gives it) and the five least-squares properties. Classification: the accuracy,
the mean per-point loss, the worst point, and what the loss charges for each probability the
model may give a point's true class, with how many points sit at each.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
from numpy.typing import NDArray

from lossexplorer.core import (
    DataFacts,
    Model,
    Objective,
    Property,
    data_facts,
    fit_stats,
    least_squares_properties,
    pearson_three_ways,
)
from lossexplorer.core.losses import softmax
from lossexplorer.core.softmax import confusion_matrix

from .i18n import number

Array = NDArray[np.float64]


#: significant figures: a class reads four; the tooltips, the epoch log and View → Full precision show all
CLASSROOM_DIGITS = 4
FULL_DIGITS = 12


def fmt(value: float | None, digits: int = CLASSROOM_DIGITS) -> str:
    """`value` to `digits` significant figures, with the locale's decimal mark ("—" when there is none)."""
    if value is None or not math.isfinite(value):
        return "—"
    text = number(value, f".{digits}g")
    return "0" if text == "-0" else text


class PearsonR(NamedTuple):
    """Pearson's r of the points, and the two ways a fit gives it (they agree at the least-squares line).

    `data`: corr(x, y), the points' own r, whatever the fit; `from_r2`: √R² of the fit with its
    slope's sign (NaN when R² < 0); `from_predictions`: corr(y, p) with the slope's sign."""

    data: float
    from_r2: float
    from_predictions: float


def pearson_r(x: Array, y: Array, p: Array, slope: float, facts: DataFacts | None) -> PearsonR:
    """The three r of the readouts, from the core (the one place that knows its names)."""
    three = pearson_three_ways(x, y, p, slope, facts)
    # corr(y, p) is never negative (p rises with y); with the slope's sign it is r for any line
    return PearsonR(three.from_linregress, three.from_r2, math.copysign(three.from_predictions, slope))


@dataclass(frozen=True)
class Readings:
    """Every number the readouts show, computed off the widgets so tests can read them."""

    epoch: int
    names: tuple[str, ...]
    beta: Array
    objective: float
    objective_label: str
    rss: float
    tss: float
    r2: float
    r: PearsonR
    properties: list[Property]


class _FactsOfTheData:
    """The last data set's DataFacts, kept while the points are the same arrays: the points
    model makes new arrays at every edit and a run makes none, so a run computes them once."""

    def __init__(self) -> None:
        self._key: tuple[Array, Array, Model] | None = None
        self._facts: DataFacts | None = None

    def get(self, model: Model, x: Array, y: Array) -> DataFacts:
        key = self._key
        if self._facts is None or key is None or key[0] is not x or key[1] is not y or key[2] != model:
            self._key, self._facts = (x, y, model), data_facts(model, x, y)
        return self._facts


_FACTS = _FactsOfTheData()


def read(model: Model, beta: Array, x: Array, y: Array, epoch: int, objective: float, label: str,
         mean: Callable[[Array], Array] | None = None) -> Readings | None:
    """The readings of the fit β on the points (x, y), which must not be changed in place; with
    `mean` (a log link's exp) the residuals are y − mean(p), and least squares' properties are not read.

    Values near 1e±150 overflow the sums behind r and the properties: those read "—", quietly."""
    if len(x) == 0 or not np.all(np.isfinite(beta)):
        return None
    with np.errstate(all="ignore"):
        facts = _FACTS.get(model, x, y) if len(x) > 1 else None
        p = model.predict(beta, x) if mean is None else mean(model.predict(beta, x))
        stats = fit_stats(y, p)
        slope = float(beta[1]) if len(beta) > 1 else 0.0
        nan = math.nan
        r = pearson_r(x, y, p, slope, facts) if len(x) > 1 and np.ptp(x) > 0 else PearsonR(nan, nan, nan)
        props = least_squares_properties(model, beta, x, y, facts) if len(x) > 1 and mean is None else []
    return Readings(
        epoch,
        model.coefficient_names,
        beta,
        objective,
        label,
        stats.rss,
        stats.tss,
        stats.r2,
        r,
        props,
    )


#: the rows of the confidence table: probabilities the model may give a point's true class
CONFIDENCE_LEVELS = (0.99, 0.9, 0.7, 0.5, 0.3, 0.1, 0.01)


class WorstPoint(NamedTuple):
    """The point the loss charges most: its index `point` (from 0), label, loss and own-class probability."""

    point: int
    label: int
    loss: float
    p_true: float


class ConfidenceRow(NamedTuple):
    """One row of the confidence table: the loss when the model gives the true class probability
    `p_true`, and how many points have their own-class probability nearest to it."""

    p_true: float
    loss: float
    points: int


@dataclass(frozen=True)
class ClassReadings:
    """Every number the classification readouts show, computed off the widgets."""

    epoch: int
    names: tuple[str, ...]
    beta: Array
    objective: float
    objective_label: str
    n: int
    accuracy: float  # the share of points whose predicted class (the most probable) is their label
    n_wrong: int
    mean_loss: float  # the mean per-point loss ℓ, without penalties
    worst: WorstPoint
    confidence: tuple[ConfidenceRow, ...]  # one row per CONFIDENCE_LEVELS, most confident first
    confusion: NDArray[np.intp] | None = None  # C[k, l]: points of class k predicted as class l (K × K)


def read_classification(
    objective: Objective | None, beta: Array, epoch: int, objective_value: float, label: str
) -> ClassReadings | None:
    """The classification readings of β, or None without points or with a β that is not finite."""
    if objective is None or objective.n == 0 or not np.all(np.isfinite(beta)):
        return None
    if not objective.model.classification:
        raise ValueError(f"classification readouts need a classification model, not '{objective.model.name}'")
    from scipy.special import expit, logit  # lazy: scipy is slow to import

    beta = np.asarray(beta, dtype=float)
    labels = objective.y
    levels = np.array(CONFIDENCE_LEVELS)
    model = objective.model
    k = model.classes if model.softmax else 2
    with np.errstate(all="ignore"):  # a huge β may overflow z: fmt() shows what is not finite
        z, loss, _ = objective.per_point(beta)
        level_z = logit(levels)
        if model.softmax:  # K scores: the probability of the point's own class, and the class predicted
            prob = softmax(z)
            p_own = prob[np.arange(len(labels)), labels.astype(int)]
            own = logit(p_own)
            predicted = np.argmax(z, axis=1)
            # a point of class 0 given probability p, the other K − 1 classes sharing 1 − p
            others = np.log((1.0 - levels) / (k - 1))
            scores = np.column_stack([np.log(levels)] + [others] * (k - 1))
            level_loss, _ = objective.loss.loss_gradient(scores, np.zeros_like(levels))
        else:
            own = np.where(labels == 1, z, -z)  # the logit of the point's own class, t·z with t = 2y − 1
            p_own = expit(own)
            predicted = (z >= 0).astype(int)
            # each row's loss through the core's own loss object, so it is what the fit charges:
            # a point of class 1 whose logit gives its class probability p
            level_loss, _ = objective.loss.loss_gradient(level_z, np.ones_like(levels))
    right = predicted == labels
    # each point counts in the row nearest in log-odds: the midpoints between the rows' logits
    # split the line, and a point above k of them belongs k rows up from the bottom
    mids = (level_z[:-1] + level_z[1:]) / 2.0  # descending, like the rows
    finite = ~np.isnan(own)  # a point whose logit overflowed to NaN has no probability and no row
    rows = len(levels) - 1 - np.searchsorted(mids[::-1], own[finite])
    counts = np.bincount(rows, minlength=len(levels))
    worst = int(np.argmax(np.where(np.isnan(loss), -np.inf, loss)))
    return ClassReadings(
        epoch,
        objective.model.coefficient_names,
        beta,
        objective_value,
        label,
        objective.n,
        float(np.mean(right)),
        int(np.count_nonzero(~right)),
        float(np.mean(loss)),
        WorstPoint(worst, int(labels[worst]), float(loss[worst]), float(p_own[worst])),
        tuple(ConfidenceRow(float(p), float(v), int(c)) for p, v, c in zip(levels, level_loss, counts)),
        confusion_matrix(labels, predicted, k),
    )
