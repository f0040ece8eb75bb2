"""My line by keys alone (issue 19): with my line on (M) and the keyboard cursor on (K), Tab walks
on from the last point to my line's handles; the arrows move the handle taken as a drag of it
would, each run of moves one undo step. No mouse event anywhere."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from lossexplorer.gui.keyboard_cursor import nice_step

SHIFT = Qt.KeyboardModifier.ShiftModifier


def press(qtbot, k, modifier=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(QApplication.focusWidget(), k, modifier)


def drawn_handles(window) -> tuple[np.ndarray, np.ndarray]:
    """Where my line's handles are drawn on the canvas, in data units."""
    x, y = window.canvas.keyboard.my_line.handles.getData()
    return np.asarray(x, float), np.asarray(y, float)


def drawn_line_at(window, x: float) -> float:
    """My line's height at x, read from the curve the canvas draws."""
    xs, ys = window.canvas.keyboard.my_line.curve.getData()
    return float(np.interp(x, xs, ys))


@pytest.fixture
def my_line_on(qtbot, window):
    press(qtbot, Qt.Key.Key_M)
    assert window.lesson.my_line_mode
    press(qtbot, Qt.Key.Key_K)
    assert window.canvas.keyboard.active
    return window


def test_tab_walks_from_the_last_point_to_my_lines_handles_and_on_round(qtbot, my_line_on):
    w = my_line_on
    n = len(w.lesson.points)
    press(qtbot, Qt.Key.Key_Tab, times=n)  # every point, left to right
    assert w.lesson.selected is not None and w.canvas.keyboard.handle is None
    press(qtbot, Qt.Key.Key_Tab)
    hx, hy = drawn_handles(w)
    assert w.canvas.keyboard.handle == 0 and w.lesson.selected is None
    label = w.canvas.keyboard.label  # the crosshair's label names where the handle taken is
    assert (label.pos().x(), label.pos().y()) == pytest.approx((hx[0], hy[0]))
    assert "Handle 1 of 2 of my line" in w.statusBar().currentMessage()
    assert w.canvas.keyboard.describe().startswith("handle 1 of my line taken")
    press(qtbot, Qt.Key.Key_Tab)
    assert w.canvas.keyboard.handle == 1
    press(qtbot, Qt.Key.Key_Tab)  # past the last handle: the first point again
    assert w.canvas.keyboard.handle is None
    assert w.lesson.selected == int(np.argmin(w.lesson.points.x))
    press(qtbot, Qt.Key.Key_Tab, SHIFT)  # and back: the last handle
    assert w.canvas.keyboard.handle == 1


def test_the_arrows_tilt_my_line_about_the_other_handle_in_one_undo_step(qtbot, my_line_on):
    w = my_line_on
    press(qtbot, Qt.Key.Key_Tab, times=len(w.lesson.points) + 2)  # the second (right) handle
    assert w.canvas.keyboard.handle == 1
    (hx, hy), before = drawn_handles(w), w.lesson.my_line.copy()
    (y0, y1) = w.canvas.viewbox.viewRange()[1]
    sy = nice_step(y1 - y0)
    undo_steps = w.lesson.undo_stack.count()
    press(qtbot, Qt.Key.Key_Up, times=3)
    press(qtbot, Qt.Key.Key_Up, SHIFT)  # five steps more
    nx, ny = drawn_handles(w)
    assert nx == pytest.approx(hx) and ny[0] == pytest.approx(hy[0])  # the other handle stays put
    assert ny[1] == pytest.approx(hy[1] + 8 * sy)
    assert drawn_line_at(w, float(hx[1])) == pytest.approx(hy[1] + 8 * sy, rel=1e-6, abs=1e-9)
    _c, m = w.lesson.my_line
    assert m == pytest.approx(before[1] + 8 * sy / (hx[1] - hx[0]))  # the slope the two handles give
    press(qtbot, Qt.Key.Key_Return)  # let go: the run of moves is one step
    assert w.lesson.undo_stack.count() == undo_steps + 1
    assert "tilt my line" in w.lesson.undo_stack.undoText()
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    np.testing.assert_allclose(w.lesson.my_line, before)
    assert drawn_handles(w)[1] == pytest.approx(hy)


def test_a_handle_cannot_be_deleted_and_escape_lets_it_go(qtbot, my_line_on):
    w = my_line_on
    n = len(w.lesson.points)
    press(qtbot, Qt.Key.Key_Tab, SHIFT)  # back from nothing taken: the last point
    press(qtbot, Qt.Key.Key_Tab, SHIFT, times=n)  # back past the first point: the last handle
    assert w.canvas.keyboard.handle == 1
    press(qtbot, Qt.Key.Key_Delete)
    assert len(w.lesson.points) == n and "handles stay" in w.statusBar().currentMessage()
    press(qtbot, Qt.Key.Key_Escape)
    assert w.canvas.keyboard.handle is None and w.canvas.keyboard.active
    assert w.canvas.keyboard.cross.isVisible()
