"""What makes a frame cheap without changing what it shows: the loss curve's own peak thinning
and the opaque grid that looks like the translucent one."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor, QPainter, QPicture

from lossexplorer.gui import theme
from lossexplorer.gui.losscurve import peaks


def test_peaks_keep_every_swing_the_ends_and_the_bounds_of_the_whole_curve():
    rng = np.random.default_rng(3)
    epochs = np.arange(100_001)
    values = np.exp(-epochs / 20_000) + 0.05 * rng.standard_normal(len(epochs))
    values[73_456] = 9.0  # one spike between two samples a plain thinning would take
    x, y = peaks(epochs, values, 500)
    assert len(x) <= 2 * 500 + 2
    assert np.all(np.diff(x) > 0)  # in epoch order, no repeats
    assert x[0] == 0 and x[-1] == 100_000
    assert y.max() == 9.0 and y.min() == values.min()
    np.testing.assert_array_equal(y, values[x])  # points of the curve, not averages


def test_peaks_leave_a_short_curve_as_it_is():
    x, y = peaks(np.arange(7), np.linspace(3.0, 1.0, 7), 500)
    np.testing.assert_array_equal(x, np.arange(7))
    np.testing.assert_array_equal(y, np.linspace(3.0, 1.0, 7))


def test_grid_lines_are_opaque_in_the_colour_the_translucent_ones_had_on_the_background(qtbot):
    widget = pg.PlotWidget(axisItems=theme.axes())
    qtbot.addWidget(widget)
    widget.resize(600, 400)
    theme.style_plot(widget.getPlotItem())
    widget.setRange(xRange=(-5, 5), yRange=(-5, 5), padding=0)
    picture = QPicture()
    painter = QPainter(picture)
    try:
        axis = widget.getPlotItem().getAxis("left")
        _, ticks, _ = axis.generateDrawSpecs(painter)
        plain_ticks = pg.AxisItem.generateDrawSpecs(axis, painter)[1]
    finally:
        painter.end()
    assert len(ticks) >= 10  # major and minor lines
    ink, paper = QColor(theme.FOREGROUND), QColor(theme.BACKGROUND)
    for (pen, *_), (plain, *_) in zip(ticks, plain_ticks):
        assert pen.color().alpha() == 255
        a = plain.color().alphaF()
        assert a < 1.0  # pyqtgraph's own grid is translucent
        for got, fg, bg in zip(pen.color().getRgbF()[:3], ink.getRgbF()[:3], paper.getRgbF()[:3]):
            assert abs(got - (a * fg + (1 - a) * bg)) < 1 / 255


def test_frames_coalesce_requests_and_run_each_pass_once_in_order(qtbot):
    from PySide6.QtWidgets import QApplication

    from lossexplorer.gui.frames import Frames

    calls: list[str] = []
    frames = Frames([lambda: calls.append("fit"), lambda: calls.append("panels"), lambda: calls.append("curve")])
    for _ in range(5):
        frames.request()
    qtbot.waitUntil(lambda: len(calls) == 3, timeout=10_000)
    QApplication.processEvents()
    assert calls == ["fit", "panels", "curve"]
    assert not frames._frame.isActive() and not frames._pass.isActive()  # the five requests were one frame
    frames.flush()
    assert calls[3:] == ["fit", "panels", "curve"]
