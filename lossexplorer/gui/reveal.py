"""Reveal, not spoil: the exact answer starts hidden, so a class can guess where the best line
lies before it is shown; one key (E, or the button under Run) reveals it and the status bar says
what was revealed. Whether it is shown is remembered for the next start (preferences.py)."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction

from .i18n import number, translate
from .modes import OVERLAY_TITLES

if TYPE_CHECKING:
    from .lesson import Lesson
    from .preferences import Preferences


def revealed(lesson: Lesson) -> str:
    """What the exact answer is, in a sentence for the status bar."""
    shape = "boundary" if lesson.classification else "line" if lesson.model.name in ("line", "bias") else "curve"
    exact = lesson.exact
    if exact is None or not np.all(np.isfinite(exact)):
        if lesson.no_exact:
            return lesson.no_exact
        return {
            "boundary": translate("reveal", "Exact answer shown (dashed boundary) as soon as the solver has found it"),
            "line": translate("reveal", "Exact answer shown (dashed line) as soon as the solver has found it"),
            "curve": translate("reveal", "Exact answer shown (dashed curve) as soon as the solver has found it"),
        }[shape]
    names = lesson.model.coefficient_names
    order = [1, 0] if names == ("c", "m") else range(len(names))
    said = {"values": ", ".join(f"{names[i]} = {number(exact[i], '.4g')}" for i in order),
            "loss": lesson.problem.label, "value": number(lesson.problem.value(exact), ".4g")}
    return {
        "boundary": translate("reveal", "Exact answer revealed, the dashed boundary: {values}, {loss} = {value}"),
        "line": translate("reveal", "Exact answer revealed, the dashed line: {values}, {loss} = {value}"),
        "curve": translate("reveal", "Exact answer revealed, the dashed curve: {values}, {loss} = {value}"),
    }[shape].format(**said)


class Reveal(QObject):
    """Keeps the exact answer's overlay as the teacher last left it and says what a toggle shows."""

    def __init__(self, lesson: Lesson, action: QAction, preferences: Preferences) -> None:
        super().__init__(action)
        self.lesson, self.preferences = lesson, preferences
        action.toggled.connect(self._toggled)  # the teacher's toggles only: the lesson's own are blocked
        self.action = action
        lesson.modeChanged.connect(self._follow)
        lesson.exactChanged.connect(self._tell_violation)
        self._follow()

    @Slot()
    def _follow(self, *_args: object) -> None:
        """The remembered choice, in whichever mode is shown."""
        self.lesson.set_overlay("exact", self.preferences.exact_shown())

    @Slot()
    def _tell_violation(self) -> None:
        """The tooltip adds how exact the answer is: the largest violation of its optimality
        (KKT) conditions that the solver ended with, as `lossexplorer solve` reports it."""
        tip = translate("modes", OVERLAY_TITLES["exact"][1])  # modes.py marks it
        solution = self.lesson.exact_solution
        if solution is not None and math.isfinite(solution.kkt_violation):
            tip += "\n" + translate("reveal", "Largest KKT violation: {violation} (0 to rounding: exact)").format(
                violation=number(solution.kkt_violation, ".2g"))
        self.action.setToolTip(tip)

    @Slot(bool)
    def _toggled(self, on: bool) -> None:
        self.preferences.set_exact_shown(on)
        self.lesson.say(revealed(self.lesson) if on else translate("reveal", "Exact answer hidden: E reveals it"))
