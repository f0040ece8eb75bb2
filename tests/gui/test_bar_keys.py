"""The physics bar without a mouse (issue 19): ↑ ↓ lift it, Page Up/Down tilt it, and it swings
back to rest on the answer; → still steps the descent."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from qt_helpers import click_tab

from lossexplorer.gui.keyboard_cursor import nice_step


@pytest.fixture
def physics(qtbot, window):
    click_tab(qtbot, window, "Physics")
    view = window.physics
    view.play.setChecked(False)  # the test steps the bar itself
    view.damping.setValue(0.3)
    assert QApplication.focusWidget() is view.plot_widget
    return view


def height_and_slope(view) -> tuple[float, float]:
    c, m = view.line()
    return c + m * view.system.x_mean, m


def test_up_lifts_the_bar_and_page_up_tilts_it(qtbot, physics):
    view = physics
    h0, m0 = height_and_slope(view)
    (x0, x1), (y0, y1) = view.viewbox.viewRange()
    qtbot.keyClick(view.plot_widget, Qt.Key.Key_Up)
    h1, m1 = height_and_slope(view)
    assert h1 == pytest.approx(h0 + nice_step(y1 - y0)) and m1 == pytest.approx(m0)
    qtbot.keyClick(view.plot_widget, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ShiftModifier)
    h2, m2 = height_and_slope(view)
    assert h2 == pytest.approx(h1) and m2 == pytest.approx(m1 - 5 * nice_step((y1 - y0) / (x1 - x0)))
    assert not view.held  # let go: it swings back
    for _ in range(80 * 60):
        view.advance(1 / 60)
        if view.resting:
            break
    assert view.resting


def test_right_still_steps_the_descent_from_the_physics_view(qtbot, window, physics):
    with qtbot.waitSignal(window.runner.finished, timeout=10_000):
        qtbot.keyClick(physics.plot_widget, Qt.Key.Key_Right)
    assert window.lesson.descent.epoch == 1
