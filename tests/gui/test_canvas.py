"""The canvas on its own, bound to a lesson: clicks become the lesson's edits, and it draws the
lesson's points."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt

from lossexplorer.core import preset
from lossexplorer.gui.canvas import Canvas
from lossexplorer.gui.lesson import Lesson
from lossexplorer.gui.modes import CLASSIFICATION_START


@pytest.fixture
def canvas(qtbot):
    widget = Canvas(Lesson())
    qtbot.addWidget(widget)
    widget.resize(800, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.fit_view_to_data()
    return widget


def pixel(canvas, x: float, y: float):
    return canvas.plot_widget.mapFromScene(canvas.viewbox.mapViewToScene(QPointF(x, y)))


def test_a_click_is_the_lessons_edit_and_the_markers_follow_the_lesson(qtbot, canvas):
    lesson = canvas.lesson
    qtbot.mouseClick(canvas.plot_widget.viewport(), Qt.MouseButton.LeftButton, pos=pixel(canvas, 3.0, -4.0))
    assert len(lesson.points) == 11 and lesson.selected == 10
    assert lesson.points.x[-1] == pytest.approx(3.0, abs=0.05)
    np.testing.assert_array_equal(canvas.markers.getData()[0], lesson.points.x)
    assert len(canvas.selection.getData()[0]) == 1
    lesson.undo_stack.undo()
    np.testing.assert_array_equal(canvas.markers.getData()[0], preset("noisy-line").x)
    assert len(canvas.selection.getData()[0]) == 0


def test_a_new_data_set_is_framed_and_loses_the_selection_ring(qtbot, canvas):
    lesson = canvas.lesson
    lesson.select(2)
    lesson.load_preset("stack-loss")
    x, y = preset("stack-loss").x, preset("stack-loss").y
    (x0, x1), (y0, y1) = canvas.viewbox.viewRange()
    assert x0 <= x.min() and x.max() <= x1 and y0 <= y.min() and y.max() <= y1
    assert len(canvas.selection.getData()[0]) == 0


def test_each_class_is_drawn_in_its_own_symbol_and_the_axes_are_x1_x2(qtbot):
    canvas = Canvas(Lesson(CLASSIFICATION_START))
    qtbot.addWidget(canvas)
    labels = canvas.lesson.points.labels
    symbols = canvas.markers.data["symbol"]
    assert set(symbols[labels == 0]) == {"o"} and set(symbols[labels == 1]) == {"t1"}
    assert canvas.plot.getAxis("bottom").labelText == "x1"
    canvas.lesson.switch_mode(False)
    assert canvas.plot.getAxis("bottom").labelText == "x"


def test_the_overlays_the_lesson_keeps_are_the_ones_drawn(qtbot, canvas):
    canvas.lesson.set_overlay("mean", False)
    assert len(canvas.mean_point.getData()[0]) == 0
    canvas.lesson.set_overlay("mean", True)
    p = preset("noisy-line")
    assert canvas.mean_point.getData()[0].tolist() == [p.x.mean()]
