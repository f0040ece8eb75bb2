"""The keyboard and the wheel go where a person expects (issue 14, items 2 and 3): fields keep
what is typed in them until Escape, a mouse choice leaves the keys to the window, and the wheel
scrolls the settings panel instead of changing the control it passes over."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QSlider
from qt_helpers import click_tab, pixel_of

from lossexplorer.core import REGRESSION_LOSSES


def focused():
    return QApplication.focusWidget()


def key(qtbot, k) -> None:
    """A key pressed wherever the focus is, as a person presses it."""
    qtbot.keyClick(focused(), k)


def starts_a_run(qtbot, window) -> bool:
    """Space starts the run (and a second Space pauses it)."""
    window.lesson.change_settings(window.lesson.settings.with_(speed=1.0), undoable=False)
    if window.runner.running:
        return False
    with qtbot.waitSignal(window.runner.runningChanged, timeout=5000, raising=False) as started:
        key(qtbot, Qt.Key.Key_Space)
    running = started.signal_triggered and window.runner.running
    window.runner.pause()
    return running


def type_into(qtbot, box: QAbstractSpinBox, text: str) -> None:
    """Click into the field, select what is there and type."""
    editor = box.lineEdit()
    qtbot.mouseClick(editor, Qt.MouseButton.LeftButton, pos=editor.rect().center())
    assert box.hasFocus()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, text)


def test_a_number_field_keeps_what_is_typed_and_escape_gives_the_keys_back(qtbot, window):
    l1 = window.panel.l1
    type_into(qtbot, l1, "4")
    key(qtbot, Qt.Key.Key_Space)  # typed into the field, not a run
    key(qtbot, Qt.Key.Key_Right)
    assert not window.runner.running and window.lesson.descent.epoch == 0
    key(qtbot, Qt.Key.Key_Escape)
    assert not l1.hasFocus()
    assert focused() is window.canvas.plot_widget
    assert window.lesson.settings.l1 == 4.0  # what was typed counts, as when the field is left by a click
    epoch = window.lesson.descent.epoch
    with qtbot.waitSignal(window.runner.finished, timeout=10_000):
        key(qtbot, Qt.Key.Key_Right)
    assert window.lesson.descent.epoch == epoch + 1
    assert starts_a_run(qtbot, window)


def test_escape_from_a_field_of_another_view_focuses_that_view(qtbot, window):
    click_tab(qtbot, window, "Physics")
    type_into(qtbot, window.physics.damping, "0.5")
    key(qtbot, Qt.Key.Key_Escape)
    assert focused() is window.physics.plot_widget
    assert window.physics.damping.value() == 0.5


def test_clicking_a_view_tab_takes_the_keys_from_a_field(qtbot, window):
    type_into(qtbot, window.panel.l2, "2")
    click_tab(qtbot, window, "Landscape")
    assert focused() is window.landscape.plot_widget
    assert window.lesson.settings.l2 == 2.0
    key(qtbot, Qt.Key.Key_4)
    assert window.lesson.settings.loss == "mae"
    click_tab(qtbot, window, "Fit")
    assert focused() is window.canvas.plot_widget
    assert starts_a_run(qtbot, window)


def test_clicking_the_canvas_takes_the_keys_from_a_field(qtbot, window):
    type_into(qtbot, window.panel.l2, "3")
    n = len(window.lesson.points)
    qtbot.mouseClick(window.canvas.plot_widget.viewport(), Qt.MouseButton.LeftButton, pos=pixel_of(window, 2.5, -3))
    assert len(window.lesson.points) == n + 1
    assert focused() is window.canvas.plot_widget
    key(qtbot, Qt.Key.Key_R)
    assert window.lesson.descent.epoch == 0
    key(qtbot, Qt.Key.Key_6)
    assert window.lesson.settings.loss == "huber"


def test_the_canvas_has_the_keys_when_the_window_opens(qtbot, window):
    assert focused() is window.canvas.plot_widget
    assert starts_a_run(qtbot, window)


def pick_with_the_mouse(qtbot, combo: QComboBox, text: str) -> None:
    """Open the drop-down with a click and click the entry that reads `text`."""
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton, pos=combo.rect().center())
    popup = combo.view()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    row = combo.findText(text)
    assert row >= 0, text
    rect = popup.visualRect(popup.model().index(row, 0))
    qtbot.mouseMove(popup.viewport(), rect.center())  # the pointer goes down the list to the entry
    qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: not popup.isVisible(), timeout=2000)


def test_after_a_mouse_choice_in_a_drop_down_the_arrow_keys_change_no_setting(qtbot, window):
    model = window.panel.model_box
    pick_with_the_mouse(qtbot, model, "polynomial, degree 2")
    assert window.lesson.settings.model == "poly:2"
    assert not model.hasFocus()
    for k in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Up):
        key(qtbot, k)
    assert window.lesson.settings.model == "poly:2"
    assert starts_a_run(qtbot, window)


def test_after_a_click_on_a_check_box_space_runs_instead_of_toggling_it(qtbot, window):
    cap = window.panel.cap_on
    qtbot.mouseClick(cap, Qt.MouseButton.LeftButton, pos=QPoint(8, cap.height() // 2))
    assert cap.isChecked() and window.lesson.settings.cap_on
    assert starts_a_run(qtbot, window)
    assert cap.isChecked()


@pytest.mark.parametrize("control", ["loss", "cap_on", "lr_slider", "optimizer"])
def test_space_right_r_and_digits_reach_the_window_from_a_tabbed_to_control(qtbot, window, control):
    widget = getattr(window.panel, control)
    widget.setFocus(Qt.FocusReason.TabFocusReason)  # as Tab reaches it
    assert widget.hasFocus()
    with qtbot.waitSignal(window.runner.finished, timeout=10_000):
        key(qtbot, Qt.Key.Key_Right)
    assert window.lesson.descent.epoch == 1
    key(qtbot, Qt.Key.Key_R)
    assert window.lesson.descent.epoch == 0
    key(qtbot, Qt.Key.Key_5)
    assert window.lesson.settings.loss == REGRESSION_LOSSES[4]
    assert starts_a_run(qtbot, window)


# --- the wheel -------------------------------------------------------------------------------


def wheel_over(widget, notches: int) -> None:
    """Turn the wheel `notches` (negative: towards the person, scrolling down) with the pointer on
    the middle of `widget`: the platform's event, to whatever widget is under the pointer."""
    top = widget.window()
    at = widget.mapTo(top, widget.rect().center())
    QTest.wheelEvent(top.windowHandle(), QPointF(at), QPoint(0, 120 * notches))
    QApplication.processEvents()


def test_the_wheel_over_the_settings_scrolls_the_panel_and_changes_nothing(qtbot, window):
    window.resize(1280, 600)  # the panel is taller than its dock: it scrolls
    qtbot.waitUntil(lambda: window.settings_scroll.verticalScrollBar().maximum() > 0, timeout=2000)
    scroll, bar = window.settings_scroll, window.settings_scroll.verticalScrollBar()
    settings = window.lesson.settings
    kinds = (QComboBox, QAbstractSpinBox, QSlider)
    controls = [w for kind in kinds for w in window.panel.findChildren(kind) if w.isVisible()]
    assert len(controls) >= 8
    moved = 0
    for control in controls:
        scroll.ensureWidgetVisible(control)
        QApplication.processEvents()
        before = bar.value()
        notches = -1 if before < bar.maximum() else 1
        wheel_over(control, notches)
        assert window.lesson.settings == settings, f"the wheel over {type(control).__name__} changed a setting"
        assert bar.value() != before, f"the wheel over {type(control).__name__} did not scroll the panel"
        moved += 1
    assert moved == len(controls)


def test_a_field_with_the_focus_takes_the_wheel(qtbot, window):
    l2 = window.panel.l2
    type_into(qtbot, l2, "1")
    key(qtbot, Qt.Key.Key_Return)
    wheel_over(l2, 1)
    assert window.lesson.settings.l2 == pytest.approx(1.1)
