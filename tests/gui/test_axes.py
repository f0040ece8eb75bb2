"""Axis numbers are the data's own numbers, in projector mode too (issue 14, item 1)."""

from __future__ import annotations

import math

import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from qt_helpers import click_tab, drawn_tick_labels


def shown_axes(window):
    """Every axis on show in the window, with the plot it belongs to."""
    for widget in window.findChildren(pg.PlotWidget):
        if not widget.isVisible():
            continue
        plot = widget.getPlotItem()
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            if axis.isVisible():
                yield widget, name, axis


def assert_labels_read_the_data(window, where: str) -> int:
    """Each drawn tick label, read as a number, is the value at its place on the axis."""
    window.flush()
    QApplication.processEvents()
    checked = 0
    for widget, name, axis in shown_axes(window):
        low, high = axis.range
        span = abs(high - low) or 1.0
        for text, value in drawn_tick_labels(axis):
            number = float(text.replace("−", "-"))
            assert math.isclose(number, value, abs_tol=0.05 * span), (
                f"{where}: {widget.objectName() or type(widget.parent()).__name__} {name} axis labels "
                f"{value:.4g} as {text!r} (range {low:.4g}…{high:.4g})")
            checked += 1
    return checked


def run_to_end(qtbot, window) -> None:
    window.lesson.change_settings(window.lesson.settings.with_(speed=0.0), undoable=False)
    with qtbot.waitSignal(window.runner.finished, timeout=20_000):
        qtbot.keyClick(window.canvas.plot_widget, Qt.Key.Key_Space)


VIEWS = ("Fit", "Landscape", "Loss shape", "Noise", "Physics")


@pytest.mark.parametrize("run_first", [False, True], ids=["at-start", "after-a-run"])
def test_after_f5_every_axis_on_every_view_labels_the_data_values(qtbot, window, run_first):
    window.canvas.plot_widget.setFocus()
    if run_first:
        run_to_end(qtbot, window)
    qtbot.keyClick(window.canvas.plot_widget, Qt.Key.Key_F5)
    assert window.projector.projector_action.isChecked()
    if not run_first:
        run_to_end(qtbot, window)  # 200 epochs on the loss curve, which was ranged over ±0.5
    qtbot.waitUntil(lambda: not window.busy(), timeout=20_000)
    checked = 0
    for dock in ("Curve", "Log", "Readouts"):
        click_tab(qtbot, window, dock)
        for view in VIEWS:
            click_tab(qtbot, window, view)
            qtbot.waitUntil(lambda: not window.busy(), timeout=20_000)
            checked += assert_labels_read_the_data(window, f"{view} with {dock}")
    assert checked > 100


def test_classification_axes_read_their_values_after_f5(qtbot, window):
    """BCE's landscape and margin axes span less than ±1 at the start: no hidden ×1000."""
    window.lesson.load_preset("blobs")
    qtbot.waitUntil(lambda: not window.busy(), timeout=20_000)
    qtbot.keyClick(window.canvas.plot_widget, Qt.Key.Key_F5)
    click_tab(qtbot, window, "Curve")
    for view in ("Fit", "Landscape", "Loss shape"):
        click_tab(qtbot, window, view)
        qtbot.waitUntil(lambda: not window.busy(), timeout=20_000)
        assert assert_labels_read_the_data(window, view) > 4


def test_an_axis_that_spans_less_than_one_keeps_its_numbers_when_restyled(qtbot):
    from lossexplorer.gui import theme

    widget = pg.PlotWidget(axisItems=theme.axes())
    qtbot.addWidget(widget)
    widget.resize(400, 300)
    widget.show()
    qtbot.waitExposed(widget)
    widget.getPlotItem().setLabel("bottom", "c")  # pyqtgraph scales only a labelled axis
    widget.getPlotItem().setLabel("left", "J")
    widget.getPlotItem().setRange(xRange=(-0.4, 0.0), yRange=(0.2, 0.7), padding=0)
    theme.style_plot(widget.getPlotItem())  # projector mode restyles a plot in place
    widget.getPlotItem().setRange(xRange=(0.0, 200.0), padding=0)
    for name in ("left", "bottom"):
        labels = drawn_tick_labels(widget.getPlotItem().getAxis(name))
        assert labels
        for text, value in labels:
            assert float(text) == pytest.approx(value, abs=0.05 * 200)
