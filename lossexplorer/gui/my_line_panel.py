"""My line's panel, beside the canvas in my-line mode (its equation is on the canvas, by the
line): a box per coefficient to type it, the score bar and its sentence ("my MAE is 12% above
the best", in the words of the `score` command), the residual plot one tab away, and the
buttons to reveal the best line and pin mine."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QSignalBlocker, Qt, Slot
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QFormLayout, QLabel, QSizePolicy, QTabWidget, QToolButton, QVBoxLayout, QWidget

from lossexplorer.core import Score

from . import theme
from .i18n import translate
from .my_line_model import placeable
from .panel import NumberBox
from .residual_view import ResidualView
from .score_bar import ScoreBar

if TYPE_CHECKING:
    from .lesson import Lesson

COEFFICIENT_RANGE = 1e12
SHOWN_DIGITS = 6
MAX_RESIDUALS = 5000  # residuals drawn at most: beyond, an even sample of the points
#: the panel's width per point of the font: 300 px at 11 pt, wider in projector mode, but at most
#: this share of the canvas (a projector's 1280 pixels leave the points most of the room)
WIDTH_PER_PT = 22
MAX_SHARE = 0.34
MIN_WIDTH = 220


def my_score(lesson: Lesson) -> tuple[str, float | None, float | None, str]:
    """J's name, my J, the best J and the sentence (`core.Score`'s, as `lossexplorer score`
    says it), from the lesson's objective and its exact answer."""
    objective = lesson.objective
    if not placeable(lesson.model):
        return lesson.problem.label, None, None, translate(
            "my_line_panel", "My line takes one line or boundary: not the softmax model's K")
    if objective is None:
        return lesson.problem.label, None, None, lesson.problem.why_not or translate(
            "my_line_panel", "No points: nothing to score")
    beta = lesson.my_line
    with np.errstate(all="ignore"):
        mine = float(objective.value(beta))
    solution = lesson.exact_solution
    if solution is None:
        why = lesson.no_exact or translate("my_line_panel", "the best line is being found…")
        return objective.label, mine, None, why
    score = Score(objective.label, beta, mine, solution)
    return objective.label, mine, score.best_value, score.sentence()


class CoefficientBox(NumberBox):
    """A coefficient of my line: 6 significant figures shown (a drag leaves many more), any
    finite number taken as typed (with the locale's decimal mark)."""

    def textFromValue(self, value: float) -> str:
        return self.local(f"{value:.{SHOWN_DIGITS}g}")


class MyLinePanel(QWidget):
    """The panel's widgets, in step with the lesson (shown only in my-line mode)."""

    def __init__(self, lesson: Lesson, reveal: QAction, pin: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lesson = lesson
        self.setObjectName("my line panel")
        self.heading = QLabel(translate("my_line_panel", "My line"))
        self.boxes: dict[str, NumberBox] = {}
        self.form = QFormLayout()
        self.bar = ScoreBar()
        self.sentence = QLabel()
        self.sentence.setWordWrap(True)
        self.sentence.setAccessibleName(translate("my_line_panel", "score"))
        self.residuals = ResidualView()
        self.tabs = QTabWidget()
        score_page = QWidget()
        score_layout = QVBoxLayout(score_page)
        score_layout.setContentsMargins(4, 4, 4, 4)
        score_layout.addWidget(self.bar, 1)
        score_layout.addWidget(self.sentence)
        self.tabs.addTab(score_page, translate("my_line_panel", "Score"))
        self.tabs.setTabToolTip(0, translate("my_line_panel", "J of my line against J of the best line, on one scale"))
        self.tabs.addTab(self.residuals, translate("my_line_panel", "Residuals"))
        self.tabs.setTabToolTip(1, translate("my_line_panel",
                                             "Residual r = y − p against x, for my line and for the current fit"))
        self.tabs.setUsesScrollButtons(False)
        self.tabs.tabBar().setExpanding(True)
        buttons = QVBoxLayout()  # one above the other: each reads whole at a projector's font
        for action in (reveal, pin):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        for signal in (lesson.myLineChanged, lesson.problemChanged, lesson.exactChanged, lesson.pointsChanged):
            signal.connect(self.refresh)
        for signal in (lesson.progressed, lesson.descentReset):  # only the fit moved: its residuals, if shown
            signal.connect(self._show_residuals)
        self.tabs.currentChanged.connect(self._show_residuals)
        self.restyle()
        self.refresh()

    def fit_width(self, room: int) -> None:
        """As wide as the font asks, but at most MAX_SHARE of `room` (the canvas's width)."""
        wanted = max(300, WIDTH_PER_PT * theme.Sizes.font_pt)
        self.room = room
        self.setFixedWidth(int(max(MIN_WIDTH, min(wanted, MAX_SHARE * room))) if room > 0 else int(wanted))

    def restyle(self) -> None:
        size = theme.Sizes.font_pt
        self.fit_width(getattr(self, "room", 0))
        for label, scale in ((self.heading, 1.2), (self.sentence, 1.15)):
            font = QFont(self.font())
            font.setPointSizeF(size * scale)
            font.setBold(label is not self.sentence)
            label.setFont(font)
        self.heading.setStyleSheet(f"color: {theme.MINE}")
        self.residuals.restyle()
        self.bar.update()

    def _make_boxes(self) -> None:
        """One box per coefficient of the model (m before c, as the blog writes p = m·x + c)."""
        names = self.lesson.model.coefficient_names
        if tuple(self.boxes) == self._order(names):
            return
        while self.form.rowCount():
            self.form.removeRow(0)
        self.boxes = {}
        for name in self._order(names):
            box = CoefficientBox(-COEFFICIENT_RANGE, COEFFICIENT_RANGE, 0.0,
                                 translate("my_line_panel", "my line's {name}: type a number, Enter").format(name=name))
            box.setAccessibleName(translate("my_line_panel", "my {name}").format(name=name))
            box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # as focus.settle gives the panel's fields
            box.valueChanged.connect(lambda value, n=name: self._typed(n, value))
            self.boxes[name] = box
            self.form.addRow(name, box)

    @staticmethod
    def _order(names: tuple[str, ...]) -> tuple[str, ...]:
        return ("m", "c") if names == ("c", "m") else names

    def _typed(self, name: str, value: float) -> None:
        if not placeable(self.lesson.model):
            return
        names = self.lesson.model.coefficient_names
        beta = self.lesson.my_line.copy()
        i = names.index(name)
        if f"{value:.{SHOWN_DIGITS}g}" == f"{beta[i]:.{SHOWN_DIGITS}g}":
            return  # Enter on the figures shown: the line stays as it was, to the last digit
        beta[i] = value
        self.lesson.set_my_line(beta, translate("my_line_panel", "type my line's {name}").format(name=name))

    @Slot()
    def refresh(self, *_args: object) -> None:
        """Everything the panel shows, from the lesson (while the panel is hidden: nothing)."""
        if not self.isVisible() and not self.lesson.my_line_mode:
            return
        lesson = self.lesson
        self._make_boxes()
        beta, names = lesson.my_line, lesson.model.coefficient_names
        for name, box in self.boxes.items():
            with QSignalBlocker(box):
                box.setValue(float(beta[names.index(name)]))
        label, mine, best, sentence = my_score(lesson)
        self.bar.set_values(label, mine, best)
        self.sentence.setText(sentence[0].upper() + sentence[1:] if sentence else "")
        if lesson.classification:
            heading = translate("my_line_panel", "My boundary")
        elif lesson.model.name == "line":
            heading = translate("my_line_panel", "My line")
        else:
            heading = translate("my_line_panel", "My curve")
        self.heading.setText(heading)
        self.tabs.setTabEnabled(1, not lesson.classification)  # residuals y − p: regression's
        self._show_residuals()

    @Slot()
    def _show_residuals(self, *_args: object) -> None:
        """The residual plot, when it is the tab shown (a run moves the fit's every frame)."""
        if self.tabs.currentWidget() is not self.residuals or not self.lesson.my_line_mode:
            return
        lesson = self.lesson
        x, y = lesson.points.x, lesson.points.y
        if len(x) > MAX_RESIDUALS:  # a sample spread over the points: a million would only smear
            keep = np.linspace(0, len(x) - 1, MAX_RESIDUALS).astype(np.intp)
            x, y = x[keep], y[keep]
        fit = lesson.descent.coefficients
        with np.errstate(all="ignore"):
            self.residuals.show_residuals(x, y - lesson.model.predict(lesson.my_line, x),
                                          y - lesson.model.predict(fit, x) if np.all(np.isfinite(fit)) else None)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

