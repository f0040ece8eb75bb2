"""The validation curve: for the model degrees 0–9, the exact answer's J on the training points
and on the held-out points, against the degree, with the lesson's degree marked.

It follows the lesson: its loss, reduction and penalties (the panel's L2 pulls the high degrees
back), its points and its split. The ten solves run off the GUI thread (core/validation.py).
"""

from __future__ import annotations

import math
import threading
from typing import TYPE_CHECKING, Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from lossexplorer.core.validation import DEGREE_MODELS, ValidationPoint, validation_curve

from . import theme
from .i18n import number, translate
from .readings import fmt
from .worker import LatestJob

if TYPE_CHECKING:
    from .lesson import Lesson

#: J below this share of the largest is drawn there on the log axis (and read "0 to rounding")
FLOOR = 1e-12
#: a log axis once the values span more than this factor
LOG_SPAN = 1e3
GREY = "#505050"


def shown_on_log(values: np.ndarray, floor: float) -> np.ndarray:
    """Values for a log axis: those below `floor` (a fit through its points: 0 to rounding) at it."""
    return np.where(np.isfinite(values), np.maximum(values, floor), np.nan)


class ValidationView(QWidget, theme.Styled):
    """Training J and held-out J against the degree, and the same numbers in a table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot_widget = pg.PlotWidget(axisItems=theme.axes())
        self.plot_widget.setObjectName("validation")
        self.plot_widget.setAccessibleName(translate("validation_view", "Validation curve: training J and held-out J"
                                                     " against the degree"))
        plot = self.plot = self.plot_widget.getPlotItem()
        plot.setLabel("bottom", translate("validation_view", "degree of the model"))
        plot.setLabel("left", "J")
        plot.setMouseEnabled(x=False, y=False)
        plot.getAxis("bottom").setTicks([[(d, str(d)) for d in range(len(DEGREE_MODELS))]])
        self.legend = plot.addLegend(offset=(10, -10), **theme.LEGEND)  # bottom left: the curves start high
        self.train_curve = plot.plot(name=translate("validation_view", "training J"), symbol="o")
        self.test_curve = plot.plot(name=translate("validation_view", "held-out J"), symbol="s")
        self.current = pg.InfiniteLine(angle=90, movable=False)
        plot.addItem(self.current, ignoreBounds=True)
        self.styled(self._style_items)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.table = QLabel()
        self.table.setAccessibleName(translate("validation_view", "Validation curve's values"))
        self.table.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table.setAlignment(Qt.AlignmentFlag.AlignTop)
        row = QHBoxLayout()
        row.addWidget(self.plot_widget, 3)
        row.addWidget(self.table, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.note)
        layout.addLayout(row, 1)
        self.points: list[ValidationPoint] = []
        self.log_y = False
        self._key: Any = None
        self._degree = 1
        self._cancel = threading.Event()
        self.jobs = LatestJob(self)
        self.jobs.result.connect(self._on_curve)

    def _style_items(self) -> None:
        size = theme.Sizes
        theme.style_plot(self.plot)
        self.train_curve.setPen(theme.pen(theme.BLUE, size.line))
        self.train_curve.setSymbolBrush(theme.colour(theme.BLUE))
        self.test_curve.setPen(theme.pen(theme.VERMILLION, size.line, Qt.PenStyle.DashLine))
        self.test_curve.setSymbolBrush(theme.colour(theme.BACKGROUND))  # hollow, like the held-out points
        self.test_curve.setSymbolPen(theme.pen(theme.VERMILLION, size.thin))
        for curve in (self.train_curve, self.test_curve):
            curve.setSymbolSize(size.marker * 0.8)
        self.current.setPen(theme.pen(theme.ORANGE, size.thin, Qt.PenStyle.DotLine))
        theme.size_legend(self.legend)

    # --- following the lesson ---------------------------------------------------------------

    def show_lesson(self, lesson: Lesson) -> None:
        """Mark the lesson's degree; when its points, split or J changed, compute the curve again."""
        model = lesson.model
        self._degree = model.degree
        self.current.setValue(model.degree)
        self.current.setVisible(not model.classification)
        points, settings = lesson.points, lesson.settings
        options = {k: v for k, v in settings.objective_options().items() if k != "model"}
        key = (points.token, tuple(sorted(options.items())))
        if key == self._key:
            self._show_table()
            return
        self._key = key
        if points.classification or len(points.training) == 0:
            self._show([], translate("validation_view", "The validation curve is for regression: points (x, y) and"
                                     " polynomials of x"))
            return
        self._cancel.set()
        self._cancel = cancel = threading.Event()
        x, y, held = points.x, points.y, points.held_out.copy()
        solving = translate("validation_view", "Solving degrees 0–9…")
        self.note.setText(f"<span style='color:{GREY}'>{solving}</span>")
        self.jobs.submit(lambda: validation_curve(x, y, held, cancel=cancel, **options), key, cancel)

    def _on_curve(self, key: object, value: object) -> None:
        if key != self._key:
            return
        if isinstance(value, Exception):
            self._show([], translate("validation_view", "No validation curve: {reason}").format(reason=value))
            return
        assert isinstance(value, list)
        l2 = dict(key[1]).get("l2", 0.0) if isinstance(key, tuple) else 0.0
        held = any(math.isfinite(p.test) for p in value)
        words = (translate("validation_view", "Training J (solid) only falls as the degree grows; held-out J (dashed)"
                           " rises once the model learns the noise.") if held else
                 translate("validation_view", "Hold out some points (Data → Hold out 30%, or T on a point) to see"
                           " held-out J."))
        pulled = " " + (translate("validation_view", "Each answer has the panel's L2, λ = {l2}.").format(
            l2=number(l2, "g")) if l2 else translate("validation_view", "The panel's L2 can hold the high degrees back"
                                                     " (where |x| is about 1 or less)."))
        self._show(value, f"<span style='color:{GREY}'>{words}{pulled if held else ''}</span>")

    def _show(self, points: list[ValidationPoint], note: str) -> None:
        self.points = points
        self.note.setText(note)
        degrees = np.array([p.degree for p in points], float)
        train = np.array([p.train for p in points], float)
        test = np.array([p.test for p in points], float)
        both = np.concatenate([train, test])
        finite = both[np.isfinite(both)]
        top = float(finite.max()) if len(finite) else 0.0
        low = float(finite.min()) if len(finite) else 0.0
        self.log_y = top > 0 and (low <= 0 or top / low > LOG_SPAN)
        self.floor = top * FLOOR
        self.plot.setLogMode(y=self.log_y)
        self.plot.setLabel("left", translate("validation_view", "J (log scale)") if self.log_y else "J")
        if self.log_y:
            train, test = shown_on_log(train, self.floor), shown_on_log(test, self.floor)
        for curve, values in ((self.train_curve, train), (self.test_curve, test)):
            if np.isfinite(values).any():
                curve.setData(degrees, values, connect="finite")
            else:  # none held out: no J to draw (an all-NaN scatter warns in pyqtgraph)
                curve.setData([], [])
        self.plot.setXRange(-0.5, len(DEGREE_MODELS) - 0.5, padding=0)
        self.plot.enableAutoRange(axis="y")
        self._show_table()

    def _show_table(self) -> None:
        """The values as a table, the lesson's degree in bold; J near 0 reads "≈ 0"."""
        if not self.points:
            self.table.setText("")
            return
        floor = getattr(self, "floor", 0.0)

        def cell(v: float) -> str:
            return "≈ 0" if math.isfinite(v) and 0 <= v < floor else fmt(v)

        heads = (translate("validation_view", "degree"), translate("validation_view", "training<br>J"),
                 translate("validation_view", "held-out<br>J"))
        rows = ["<tr><th>{}</th><th>&nbsp;{}</th><th>&nbsp;{}</th></tr>".format(*heads)]
        for p in self.points:
            mark = "<b>", "</b>"
            a, b = mark if p.degree == self._degree else ("", "")
            many = "" if p.unique else "*"
            rows.append(f"<tr><td align='right'>{a}{p.degree}{many}{b}</td><td align='right'>{a}{cell(p.train)}{b}"
                        f"</td><td align='right'>{a}{cell(p.test)}{b}</td></tr>")
        foot = (f"<br><span style='color:{GREY}'>* "
                + translate("validation_view", "one answer of many:<br>fewer distinct x<br>than coefficients")
                + "</span>" if any(not p.unique for p in self.points) else "")
        self.table.setText(f"<table cellspacing='2'>{''.join(rows)}</table>{foot}")

    def stop(self) -> None:
        self._cancel.set()
        self.jobs.stop()
