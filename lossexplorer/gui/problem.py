"""The problem being fitted: the objective J of the current points and settings, built once per
change and shared by everything that needs it, and the learning rate new data can take.

`core.Objective` keeps work buffers, so the GUI thread reads `Problem.objective` and every
other thread gets `objective.copy()`: the statistics are shared, the buffers are not.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QT_TRANSLATE_NOOP

from lossexplorer.core import InputError, Model, Objective, Solution, make_model, make_objective, solve_objective
from lossexplorer.core.isolated import solve_isolated, worth_isolating
from lossexplorer.core.sufficient import FitReadings

from .dataset import Points
from .i18n import number, translate
from .pace import Pace, choose_pace
from .settings import LR_RANGE, FitSettings

Array = NDArray[np.float64]
NO_POINTS = str(QT_TRANSLATE_NOOP("problem", "Add some points first: left-click on the canvas"))
EVERY_POINT_HELD = str(QT_TRANSLATE_NOOP("problem", "Every point is held out: keep some for training (T on a point, "
                                                    "or Data → Hold out none)"))


def solve_exact(objective: Objective, cancel: threading.Event | None = None) -> Solution:
    """The exact minimizer of J: the window's one way to the core's solver. A solve that may spend
    minutes in HiGHS (a linear program on many points) runs in a child process, which setting
    `cancel` kills at once: call it off the GUI thread unless the answer has a closed form."""
    if worth_isolating(objective):
        return solve_isolated(objective, cancel)
    return solve_objective(objective, cancel)


@dataclass(frozen=True, eq=False)
class Problem:
    """J for one data set and one set of settings; `objective` is None without points or when
    the core refuses the data (`why_not` says why)."""

    version: int
    settings: FitSettings
    model: Model
    objective: Objective | None
    why_not: str = ""
    #: J on the points held out (train and test): the same loss, reduction and penalties; None without a split
    test: Objective | None = None

    @property
    def label(self) -> str:
        """J's name in the readouts and the epoch log."""
        return self.settings.objective_label()

    @cached_property
    def max_stable_lr(self) -> float | None:
        """2/L for gradient descent on a squared loss (None for the others, or without points)."""
        return None if self.objective is None else self.objective.max_stable_lr()

    @property
    def closed_form(self) -> bool:
        """True when the exact answer takes well under a millisecond (least squares): the GUI
        thread finds it at once; the others go to the runner's solver thread."""
        obj = self.objective
        return obj is not None and obj.quadratic_form() is not None and not obj.penalties.l1

    def value(self, beta: Array) -> float:
        """J(β) on the GUI thread (NaN without an objective)."""
        if self.objective is None:
            return math.nan
        with np.errstate(all="ignore"):
            return float(self.objective.value(beta))

    def readings(self, beta: Array) -> FitReadings | None:
        """The readouts of the fit β from J's sufficient statistics, in O(k²), on many points (where
        going over the points each frame would cost a frame); None where the readouts do that."""
        obj = self.objective
        if obj is None or obj.n < Objectives.EDIT_FROM:
            return None
        return obj.readings(beta)

    def exact_now(self) -> Solution | None:
        """The exact answer when it has a closed form, else None (the runner solves it). On many
        points (or an edited J) least squares comes from J's sufficient statistics in O(k³), not
        from another pass over the points (a Solution without the stable basis: the canvas then
        draws the coefficients). InputError when floats cannot hold the answer (poly:3 on x near
        1e-300)."""
        if not self.closed_form or self.objective is None:
            return None
        obj = self.objective
        if (obj.edits or obj.n >= Objectives.EDIT_FROM) and not obj.penalties.l2:
            beta = obj.least_squares()
            if beta is not None and np.all(np.isfinite(beta)):
                return Solution(beta, self.value(beta), "closed form (sufficient statistics)")
        return solve_exact(obj)


class Objectives:
    """Builds Objectives and keeps the last one: asked twice for the same points and the same
    J (new data's learning-rate check, then its problem), it builds one. Points made from the
    last ones by a hand edit (`Points.origin`) get the last J edited in O(k²) when it works from
    sufficient statistics and there are many points; every MOST_EDITS edits, or when `exact()`
    asks (a drag has ended), J is gathered afresh, so rounding never piles up."""

    #: below this many points a full build takes under a millisecond or two: no edits needed
    EDIT_FROM = 20_000
    MOST_EDITS = 256

    def __init__(self) -> None:
        self._last: tuple[Points, dict[str, Any], Objective] | None = None

    def of(self, points: Points, settings: FitSettings) -> Objective:
        """J of these points (the same object, never changed in place) under these settings;
        InputError when the core refuses the data."""
        options = settings.objective_options()
        last = self._last
        if last is not None and last[0] is points and last[1] == options:
            return last[2]
        objective = self._edited(points, options)
        if objective is None:
            objective = make_objective(*points.data(), **options)
        self._last = (points, options, objective)
        return objective

    def _edited(self, points: Points, options: dict[str, Any]) -> Objective | None:
        last, edit = self._last, points.origin
        if (last is None or edit is None or edit.parent != last[0].token or last[1] != options
                or len(points) < self.EDIT_FROM or last[2].edits >= self.MOST_EDITS):
            return None
        return last[2].edited(*points.data(), [row[1:] for row in edit.removed], [row[1:] for row in edit.added])

    def exact(self) -> None:
        """The next J is gathered afresh from the points (a drag has ended)."""
        self._last = None

def build_problem(points: Points, settings: FitSettings, version: int, objectives: Objectives) -> Problem:
    """The problem of these points and settings: the one Objective they make."""
    model = make_model(settings.model)
    if len(points) == 0:
        return Problem(version, settings, model, None, translate("problem", NO_POINTS))
    if len(points.training) == 0:
        return Problem(version, settings, model, None, translate("problem", EVERY_POINT_HELD))
    try:
        objective = objectives.of(points.training, settings)  # held-out points never enter J
    except InputError as exc:
        return Problem(version, settings, model, None, str(exc))
    test = None
    if points.split:
        try:
            test = make_objective(*points.test.data(), **settings.objective_options())
        except InputError:
            test = None  # the held-out points alone are no data set J takes: no held-out J
    return Problem(version, settings, model, objective, test=test)


def nice_below(value: float) -> float:
    """The largest 1, 2 or 5 × 10^k not above `value` (a learning rate a person can read)."""
    exp = math.floor(math.log10(value))
    for mantissa in (5.0, 2.0, 1.0):
        if mantissa * 10.0**exp <= value:
            return float(f"{mantissa * 10.0**exp:.3g}")
    return float(f"{10.0 ** (exp - 1) * 5:.3g}")


def adapted_rate(points: Points, settings: FitSettings, objectives: Objectives) -> tuple[FitSettings, str]:
    """For new data: the settings with a learning rate at which gradient descent on MSE does not
    diverge (lowered when needed), and a sentence for the status bar ('' when kept). With MSE
    chosen, the Objective it checks is the one the new problem then takes."""
    if len(points) == 0 or points.classification:
        return settings, ""
    try:
        stable = objectives.of(points, FitSettings(model=settings.model)).max_stable_lr()
    except InputError:
        return settings, ""
    if stable is None or settings.lr < stable:
        return settings, ""
    lowest = LR_RANGE[0]  # the panel cannot show (or keep) a smaller rate
    lr = max(nice_below(0.5 * stable), lowest)
    if lr < settings.lr:
        settings = settings.with_(lr=lr)
    if lr >= stable:
        return settings, ". " + translate("problem", "Gradient descent on MSE diverges above {stable} here, below the "
                                                     "smallest learning rate ({lowest}): try Adam, or a lower "
                                                     "degree").format(stable=number(stable, ".3g"),
                                                                      lowest=number(lowest, "g"))
    return settings, ". " + translate("problem", "Learning rate lowered to {lr}: gradient descent on MSE diverges "
                                                 "above {stable} here").format(lr=number(lr, "g"),
                                                                               stable=number(stable, ".3g"))


def pace_of(points: Points, settings: FitSettings, objectives: Objectives) -> Pace | None:
    """The pace a class can watch on new data (see pace.py): from the chosen loss when it is a
    plain squared one, else from MSE (what `adapted_rate` checks too); None in classification,
    without points, or when the data is already on its answer."""
    if len(points) == 0 or points.classification:
        return None
    plain = FitSettings(model=settings.model)
    try:
        objective = objectives.of(points, settings)
        if not objective.loss.squared or objective.penalties.capped or objective.penalties.l1:
            objective = objectives.of(points, plain)
    except InputError:
        return None
    return choose_pace(objective, np.zeros(objective.n_coefficients), objective.max_stable_lr())
