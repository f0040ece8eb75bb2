"""The canvas without a mouse (issue 19): K turns a crosshair on, the arrows move it, Enter adds a
point there, Tab walks the points, the arrows move the one taken (one undo step a run), Delete
removes it. Every edit here is made by keys alone."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QRadioButton

from lossexplorer.gui.keyboard_cursor import nice_step, snapped

SHIFT = Qt.KeyboardModifier.ShiftModifier


def press(qtbot, k, modifier=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
    """A key pressed wherever the keyboard is, as a person presses it (no widget is focused by hand)."""
    for _ in range(times):
        qtbot.keyClick(QApplication.focusWidget(), k, modifier)


def crosshair(window) -> tuple[float, float]:
    """Where the crosshair's lines cross, in data units."""
    vertical, horizontal = window.canvas.keyboard.lines
    assert vertical.isVisible() and horizontal.isVisible()
    return float(vertical.value()), float(horizontal.value())


def ringed(window) -> tuple[float, float] | None:
    x, y = window.canvas.selection.getData()
    return (float(x[0]), float(y[0])) if len(x) else None


def test_steps_are_round_numbers_near_a_fortieth_of_the_view():
    assert nice_step(10.0) == 0.2  # 0.25 → 0.2
    assert nice_step(40.0) == 1.0
    assert nice_step(150.0) == 5.0  # 3.75 → 5
    assert snapped(0.33, 0.2) == pytest.approx(0.4)


def test_the_arrows_and_enter_add_a_point_at_the_crosshair(qtbot, window):
    assert QApplication.focusWidget() is window.canvas.plot_widget
    (x0, x1), (y0, y1) = window.canvas.viewbox.viewRange()
    sx, sy = nice_step(x1 - x0), nice_step(y1 - y0)
    n = len(window.lesson.points)
    press(qtbot, Qt.Key.Key_K)
    assert crosshair(window) == pytest.approx((snapped((x0 + x1) / 2, sx), snapped((y0 + y1) / 2, sy)))
    start = crosshair(window)
    x, y = window.canvas.keyboard.cross.getData()
    assert window.canvas.keyboard.cross.isVisible() and (x[0], y[0]) == start  # the cross where the lines meet
    press(qtbot, Qt.Key.Key_Right, times=3)  # → moves the crosshair, not a step of the descent
    press(qtbot, Qt.Key.Key_Up, SHIFT)  # five steps
    press(qtbot, Qt.Key.Key_Left)
    assert window.lesson.descent.epoch == 0 and not window.runner.running
    want = (start[0] + 2 * sx, start[1] + 5 * sy)
    assert crosshair(window) == pytest.approx(want)
    press(qtbot, Qt.Key.Key_Return)
    assert len(window.lesson.points) == n + 1
    assert (window.lesson.points.x[-1], window.lesson.points.y[-1]) == pytest.approx(want)
    press(qtbot, Qt.Key.Key_Down, times=2)
    press(qtbot, Qt.Key.Key_Enter)  # the keypad's Enter too
    assert len(window.lesson.points) == n + 2
    assert (window.lesson.points.x[-1], window.lesson.points.y[-1]) == pytest.approx((want[0], want[1] - 2 * sy))
    window.commands.undo.trigger()
    window.commands.undo.trigger()
    assert len(window.lesson.points) == n


def test_tab_walks_the_points_left_to_right_and_shift_tab_back(qtbot, window):
    points = window.lesson.points
    order = np.lexsort((points.y, points.x))
    press(qtbot, Qt.Key.Key_K)
    press(qtbot, Qt.Key.Key_Tab)
    assert window.lesson.selected == order[0]
    assert ringed(window) == pytest.approx((points.x[order[0]], points.y[order[0]]))
    press(qtbot, Qt.Key.Key_Tab, times=2)
    assert window.lesson.selected == order[2]
    press(qtbot, Qt.Key.Key_Backtab, SHIFT)
    assert window.lesson.selected == order[1]
    assert ringed(window) == pytest.approx((points.x[order[1]], points.y[order[1]]))
    assert QApplication.focusWidget() is window.canvas.plot_widget  # Tab stayed on the canvas
    press(qtbot, Qt.Key.Key_Backtab, SHIFT, times=2)  # round the left end to the rightmost
    assert window.lesson.selected == order[-1]


def test_the_arrows_move_the_point_taken_and_undo_puts_it_back_in_one_step(qtbot, window):
    press(qtbot, Qt.Key.Key_K)
    press(qtbot, Qt.Key.Key_Tab)
    i = window.lesson.selected
    before = window.lesson.points.row(i)[:2]
    sx, sy = window.canvas.keyboard.steps()
    steps_before = window.lesson.undo_stack.count()
    press(qtbot, Qt.Key.Key_Right, times=4)
    press(qtbot, Qt.Key.Key_Down, SHIFT)
    moved = (before[0] + 4 * sx, before[1] - 5 * sy)
    assert window.lesson.points.row(i)[:2] == pytest.approx(moved)
    assert ringed(window) == pytest.approx(moved)
    assert window.lesson.undo_stack.count() == steps_before + 1  # one step for the whole run of moves
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.lesson.points.row(i)[:2] == pytest.approx(before)
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | SHIFT)  # redo
    assert window.lesson.points.row(i)[:2] == pytest.approx(moved)


def test_escape_ends_a_run_of_moves_the_next_run_is_its_own_step(qtbot, window):
    press(qtbot, Qt.Key.Key_K)
    press(qtbot, Qt.Key.Key_Tab)
    i = window.lesson.selected
    before = window.lesson.points.row(i)[:2]
    press(qtbot, Qt.Key.Key_Up, times=2)
    press(qtbot, Qt.Key.Key_Escape)  # lets go of the point: the crosshair stays on it
    assert window.lesson.selected is None
    assert crosshair(window) == pytest.approx(window.lesson.points.row(i)[:2])
    press(qtbot, Qt.Key.Key_Tab)
    while window.lesson.selected != i:
        press(qtbot, Qt.Key.Key_Tab)
    middle = window.lesson.points.row(i)[:2]
    press(qtbot, Qt.Key.Key_Left, times=3)
    window.commands.undo.trigger()
    assert window.lesson.points.row(i)[:2] == pytest.approx(middle)
    window.commands.undo.trigger()
    assert window.lesson.points.row(i)[:2] == pytest.approx(before)


def test_delete_removes_the_point_taken_and_undo_brings_it_back(qtbot, window):
    n = len(window.lesson.points)
    press(qtbot, Qt.Key.Key_K)
    press(qtbot, Qt.Key.Key_Tab, times=2)
    i = window.lesson.selected
    gone = window.lesson.points.row(i)[:2]
    press(qtbot, Qt.Key.Key_Delete)
    assert len(window.lesson.points) == n - 1
    assert not np.any((window.lesson.points.x == gone[0]) & (window.lesson.points.y == gone[1]))
    assert ringed(window) is None
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(window.lesson.points) == n
    assert np.any((window.lesson.points.x == gone[0]) & (window.lesson.points.y == gone[1]))


def test_with_the_cursor_off_the_keys_are_the_windows_again(qtbot, window):
    press(qtbot, Qt.Key.Key_K)
    press(qtbot, Qt.Key.Key_Escape)  # off
    assert not window.canvas.keyboard.cross.isVisible()
    with qtbot.waitSignal(window.runner.finished, timeout=10_000):
        press(qtbot, Qt.Key.Key_Right)  # a step of the descent again
    assert window.lesson.descent.epoch == 1
    press(qtbot, Qt.Key.Key_Tab)  # Tab leaves the canvas, as it leaves any widget
    assert QApplication.focusWidget() is not window.canvas.plot_widget


def test_space_r_and_the_loss_keys_still_work_with_the_cursor_on(qtbot, window):
    press(qtbot, Qt.Key.Key_K)
    press(qtbot, Qt.Key.Key_4)
    assert window.lesson.settings.loss == "mae"
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_R)
    assert window.lesson.descent.epoch == 0
    assert window.canvas.keyboard.cross.isVisible()


def test_three_points_added_one_moved_one_deleted_and_undone_by_keys_alone(qtbot, window):
    press(qtbot, Qt.Key.Key_K)
    n = len(window.lesson.points)
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Right, SHIFT)
        press(qtbot, Qt.Key.Key_Return)
    assert len(window.lesson.points) == n + 3
    press(qtbot, Qt.Key.Key_Tab)  # takes the ringed point: the last one added
    taken = window.lesson.selected
    assert taken == n + 2
    press(qtbot, Qt.Key.Key_Up, times=2)
    press(qtbot, Qt.Key.Key_Delete)
    assert len(window.lesson.points) == n + 2
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(window.lesson.points) == n + 3
    _, sy = window.canvas.keyboard.steps()
    assert window.lesson.points.y[taken] == pytest.approx(window.lesson.points.y[taken - 1] + 2 * sy)


def test_the_menu_entry_turns_the_cursor_on_from_another_view(qtbot, window):
    from qt_helpers import click_tab, menu_item

    click_tab(qtbot, window, "Landscape")
    menu_item(window, "View", "Keyboard cursor").trigger()
    assert window.current_view_name() == "fit"
    assert QApplication.focusWidget() is window.canvas.plot_widget
    assert window.canvas.keyboard.cross.isVisible()


def test_in_classification_enter_adds_the_chosen_class_and_shift_enter_the_other(qtbot, window):
    window.lesson.load_preset("blobs")
    class_1 = next(b for b in window.panel.findChildren(QRadioButton) if b.text().endswith("class 1"))
    qtbot.mouseClick(class_1, Qt.MouseButton.LeftButton, pos=class_1.rect().center())
    assert window.lesson.new_class == 1
    window.canvas.plot_widget.setFocus()  # as a click on the plot gives it the keyboard
    n = len(window.lesson.points)
    press(qtbot, Qt.Key.Key_K)
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Down, SHIFT)
    press(qtbot, Qt.Key.Key_Return, SHIFT)
    assert window.lesson.points.labels[n:].tolist() == [1, 0]
    symbols = window.canvas.markers.data["symbol"][-2:].tolist()
    assert symbols == ["t1", "o"]  # drawn as their classes
