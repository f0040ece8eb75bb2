"""Train and test in the window: J and R² on the training and the held-out points (a readouts
group), and the held-out J of every epoch of the descent (for the loss curve's dashed line).

The held-out J is the lesson's J (its loss, reduction and penalties) on the held-out points
(`Problem.test`); the descent never sees them (core/holdout.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QWidget

from lossexplorer.core import Objective
from lossexplorer.core.holdout import Score, score_of, values_along

from .i18n import translate
from .problem import Objectives
from .readings import FULL_DIGITS, fmt

if TYPE_CHECKING:
    from .history import History
    from .lesson import Lesson

Array = NDArray[np.float64]
ROWS = (("train", str(QT_TRANSLATE_NOOP("train_test", "training"))),
        ("test", str(QT_TRANSLATE_NOOP("train_test", "held out"))))
#: the columns, by key; their titles are translated where they are shown
COLUMNS = ("points", "J", "R²")


def scores(lesson: Lesson) -> dict[str, Score | None] | None:
    """J and R² of the current fit on the training and the held-out points; None without a split."""
    problem, beta = lesson.problem, lesson.descent.coefficients
    if not lesson.points.split or problem.objective is None or not np.all(np.isfinite(beta)):
        return None
    return {"train": _score(problem.objective, beta),
            "test": _score(problem.test, beta) if problem.test is not None else None}


def _score(objective: Objective, beta: Array) -> Score:
    """J and R² of β; on many points of a squared loss from J's statistics in O(k²), not a pass
    over the points at every frame."""
    fast = objective.readings(beta) if objective.n >= Objectives.EDIT_FROM else None
    if fast is None:
        return score_of(objective, beta)
    with np.errstate(all="ignore"):
        return Score(objective.n, float(objective.value(beta)), fast.r2)


class TrainTestReadouts(QGroupBox):
    """"Train and test": the points, J and R² of each set; shown only while points are held out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("train_test", "Train and test"), parent)
        self.setToolTip(translate("train_test", "J and R² on the points the descent trains on, and on the held-out"
                                  " (hollow) points it never sees"))
        titles = {"points": translate("train_test", "points"), "J": "J", "R²": "R²"}
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        for col, column in enumerate(COLUMNS, start=1):
            head = QLabel(f"<b>{titles[column]}</b>")
            head.setAlignment(Qt.AlignmentFlag.AlignRight)
            grid.addWidget(head, 0, col)
        #: the shown values: cells[row key][column title]
        self.cells: dict[str, dict[str, QLabel]] = {}
        for row, (key, english) in enumerate(ROWS, start=1):
            title = translate("train_test", english)
            grid.addWidget(QLabel(f"<b>{title}</b>"), row, 0)
            self.cells[key] = {}
            for col, column in enumerate(COLUMNS, start=1):
                cell = QLabel("—")
                cell.setAlignment(Qt.AlignmentFlag.AlignRight)
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                cell.setAccessibleName(translate("train_test", "{row} {column}").format(row=title,
                                                                                       column=titles[column]))
                grid.addWidget(cell, row, col)
                self.cells[key][column] = cell
        grid.setColumnStretch(2, 1)
        grid.setColumnStretch(3, 1)
        self.digits = 4
        self.setVisible(False)

    def show_lesson(self, lesson: Lesson) -> None:
        shown = scores(lesson)
        self.setVisible(shown is not None)
        if shown is None:
            return
        self.setTitle(translate("train_test", "Train and test ({loss})").format(loss=lesson.problem.label))
        for key, _title in ROWS:
            score, cells = shown[key], self.cells[key]
            cells["points"].setText(str(score.n) if score else "—")
            for column, value in (("J", score.objective if score else None), ("R²", score.r2 if score else None)):
                cells[column].setText(fmt(value, self.digits))
                cells[column].setToolTip(fmt(value, FULL_DIGITS))

    def set_full_precision(self, on: bool) -> None:
        self.digits = FULL_DIGITS if on else 4


class HeldOutPath:
    """The held-out J of each epoch of the lesson's descent, computed for new epochs only, at
    most BUDGET point terms at a call (a fast run on many held-out points: the rest at the next)."""

    BUDGET = 1_000_000

    def __init__(self) -> None:
        self._key: tuple[int, int] | None = None
        self._values: Array = np.empty(0)
        self.pending = False  # epochs are left to compute
    def values(self, test: Objective | None, history: History) -> Array | None:
        """J on the held-out points at each record of `history` (None without held-out points)."""
        if test is None:
            self._key, self.pending = None, False
            return None
        key = (id(test), history.generation)
        if key != self._key or len(history) < len(self._values):
            self._key, self._values = key, np.empty(0)
        done = len(self._values)
        upto = min(len(history), done + max(1, self.BUDGET // max(1, test.n)))
        if upto > done:
            self._values = np.concatenate([self._values, values_along(test, history.coefficients[done:upto])])
        self.pending = upto < len(history)
        return self._values
