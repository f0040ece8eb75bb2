"""A screen reader's window (issue 19): every control that takes the keyboard has an accessible
name and a description, and the fit canvas says the scene in words as it changes."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QTabBar, QWidget
from qt_helpers import menu_item

from lossexplorer.gui.accessible import plain


def controls(window) -> list[QWidget]:
    """Every widget of the window that can take the keyboard (Tab, a click or the wheel), shown or not."""
    return [w for w in window.findChildren(QWidget) if w.focusPolicy() != Qt.FocusPolicy.NoFocus]


def said(widget: QWidget, what: QAccessible.Text) -> str:
    """What assistive technology reads for the widget (its accessible interface, as AT-SPI asks)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None, type(widget).__name__
    return interface.text(what)


def test_every_control_of_the_window_has_an_accessible_name_and_description(qtbot, window):
    found = controls(window)
    assert len(found) > 80
    nameless = [f"{type(w).__name__} {w.toolTip()[:30]!r}" for w in found if not w.accessibleName().strip()]
    assert not nameless
    unnamed = [type(w).__name__ for w in found if not said(w, QAccessible.Text.Name).strip()]
    assert not unnamed
    # Qt reads a tab bar as its tabs, each with its own name (the bar's description is not read)
    bars = [w for w in found if isinstance(w, QTabBar)]
    for bar in bars:
        tabs = QAccessible.queryAccessibleInterface(bar)
        assert all(tabs.child(i).text(QAccessible.Text.Name) for i in range(tabs.childCount()))
    undescribed = [w.accessibleName() for w in found
                   if w not in bars and not said(w, QAccessible.Text.Description).strip()]
    assert not undescribed


def test_names_say_what_a_person_reads_beside_the_control(qtbot, window):
    panel = window.panel
    assert panel.lr.accessibleName() == "learning rate"
    assert panel.loss.accessibleName() == "Loss choice"
    assert panel.cap.accessibleName() == "cap predictions at"
    assert window.canvas.plot_widget.accessibleName() == "Fit canvas"
    titles = [window.views.tabText(i) for i in range(window.views.count())]
    assert titles[:5] == ["Fit", "Landscape", "Loss shape", "Noise", "Physics"]
    assert window.views.tabBar().accessibleName() == "Tabs: " + ", ".join(titles)
    assert said(panel.lr, QAccessible.Text.Description) == panel.lr.toolTip()


def test_controls_still_have_names_in_classification_and_projector_mode(qtbot, window):
    from qt_helpers import choose

    choose(qtbot, window.panel.mode, True if window.panel.mode.findData(True) >= 0 else "classification")
    menu_item(window, "View", "Projector mode").trigger()
    qtbot.waitUntil(lambda: not [w for w in controls(window) if not w.accessibleName().strip()], timeout=2000)

    def bar_names() -> list[str]:
        return [w.accessibleName() for w in controls(window) if isinstance(w, QTabBar) and w.isVisible()]

    # the docks share one column of tabs, with short titles: its tab bar's name says them
    qtbot.waitUntil(lambda: "Tabs: Settings, Readouts, Curve, Log" in bar_names(), timeout=3000)


def description(window) -> str:
    return window.canvas.plot_widget.accessibleDescription()


NUMBER = r"(−?[0-9.]+(?:e[−+]?[0-9]+)?)"


def test_the_canvas_says_the_scene_and_follows_a_run(qtbot, window):
    lesson = window.lesson
    qtbot.waitUntil(lambda: description(window).startswith(f"{len(lesson.points)} points; line p = "), timeout=2000)
    window.lesson.change_settings(lesson.settings.with_(epochs=40, speed=0.0), undoable=False)
    with qtbot.waitSignal(window.runner.finished, timeout=20_000):
        qtbot.keyClick(window.canvas.plot_widget, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "at epoch 40" in description(window), timeout=2000)
    text = description(window)
    found = re.search(rf"line p = {NUMBER}·x ([+−]) {NUMBER}; MSE {NUMBER} at epoch 40; R² {NUMBER}", text)
    assert found, text
    m, sign, c, mse = (float(found[1].replace("−", "-")), found[2], float(found[3]), float(found[4]))
    beta = lesson.descent.coefficients
    assert abs(m - beta[1]) <= 0.005 * abs(beta[1]) + 1e-3
    assert abs((c if sign == "+" else -c) - beta[0]) <= 0.005 * abs(beta[0]) + 1e-3
    window.flush()
    readout = window.readouts.readings  # the readouts show the same fit
    assert readout.epoch == 40
    assert abs(mse - readout.objective) <= 0.005 * readout.objective
    assert abs(float(found[5].replace("−", "-")) - readout.r2) <= 0.005


def test_the_canvas_says_where_the_keyboard_cursor_is_and_counts_a_point_it_adds(qtbot, window):
    n = len(window.lesson.points)
    qtbot.keyClick(window.canvas.plot_widget, Qt.Key.Key_K)
    qtbot.waitUntil(lambda: description(window).startswith("keyboard cursor at ("), timeout=2000)
    qtbot.keyClick(window.canvas.plot_widget, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: f"; {n + 1} points; " in description(window), timeout=2000)
    qtbot.keyClick(window.canvas.plot_widget, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: description(window).startswith(f"point {n + 1} of {n + 1} taken"), timeout=2000)
    assert plain(description(window)) == description(window)
