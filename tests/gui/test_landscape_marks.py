"""Issue 14, item 10: the landscape has a colour bar with values of J, keeps a path started by a
click in view, draws the exact minimum's star above the current dot, and its coefficient
selectors show their names whole."""

from __future__ import annotations

import re

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor
from qt_helpers import menu_item, tick_texts

from lossexplorer.core import preset, solve
from lossexplorer.gui import theme


def wait_for_map(qtbot, view) -> None:
    qtbot.waitUntil(lambda: view.grid is not None and not view.jobs.busy, timeout=20_000)


def pixel(view, x: float, y: float):
    vb = view.plot.getViewBox()
    return view.plot_widget.mapFromScene(vb.mapViewToScene(QPointF(x, y)))


def test_a_colour_bar_gives_values_of_j(qtbot, window):
    window.show_view("landscape")
    view = window.landscape
    wait_for_map(qtbot, view)
    bars = [item for item in view.plot.scene().items() if isinstance(item, pg.ColorBarItem) and item.isVisible()]
    assert len(bars) == 1
    labels = [float(t) for t in tick_texts(bars[0].getAxis("right")) if re.fullmatch(r"[\d.]+(e[-+]?\d+)?", t)]
    assert len(labels) >= 3
    finite = view.grid.values[np.isfinite(view.grid.values)]
    assert all(finite.min() * 0.99 <= v <= finite.max() * 1.01 for v in labels), (labels, finite.min(), finite.max())


def test_a_path_started_by_a_click_stays_in_view(qtbot, window):
    """The outliers' valley is long and steep: from a start level with the minimum's slope, the
    first steps swing the slope far out of a map framed on the start and the minimum."""
    menu_item(window, "Presets", "outliers").trigger()
    window.lesson.change_settings(window.lesson.settings.with_(lr=0.03, epochs=150, speed=0.0))
    window.show_view("landscape")
    view = window.landscape
    wait_for_map(qtbot, view)
    p = preset("outliers")
    c_star, m_star = solve(p.x, p.y).coefficients
    (c0, c1), _ = view.plot.getViewBox().viewRange()
    with qtbot.waitSignal(window.runner.finished, timeout=20_000):
        qtbot.mouseClick(view.plot_widget.viewport(), Qt.MouseButton.LeftButton,
                         pos=pixel(view, c0 + 0.1 * (c1 - c0), m_star))
    window.flush()
    qtbot.waitUntil(lambda: not view.jobs.busy, timeout=20_000)
    window.flush()
    qtbot.waitUntil(lambda: not view.jobs.busy, timeout=20_000)
    xs, ys = view.path_inner.getData()
    assert len(xs) > 100
    (x0, x1), (y0, y1) = view.plot.getViewBox().viewRange()
    assert x0 <= xs.min() and xs.max() <= x1 and y0 <= ys.min() and ys.max() <= y1, (
        (xs.min(), xs.max(), ys.min(), ys.max()), ((x0, x1), (y0, y1)))
    assert x0 <= c_star <= x1 and y0 <= m_star <= y1


def test_at_the_answer_the_star_is_drawn_above_the_dot(qtbot, window):
    window.lesson.change_settings(window.lesson.settings.with_(epochs=3000, speed=0.0))
    window.show_view("landscape")
    view = window.landscape
    wait_for_map(qtbot, view)
    with qtbot.waitSignal(window.runner.finished, timeout=20_000):
        qtbot.keyClick(view.plot_widget, Qt.Key.Key_Space)
    window.flush()
    wait_for_map(qtbot, view)
    window.flush()
    p = preset("noisy-line")
    c, m = solve(p.x, p.y).coefficients
    at = pixel(view, c, m)
    image = view.plot_widget.grab().toImage()
    colour = QColor(image.pixel(at.x(), at.y()))
    star, dot = QColor(theme.YELLOW), QColor(theme.VERMILLION)

    def distance(a: QColor, b: QColor) -> int:
        return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())

    assert distance(colour, star) < distance(colour, dot), colour.name()


@pytest.mark.parametrize("projector", [False, True])
def test_the_coefficient_selectors_show_their_names_whole(qtbot, window, projector):
    window.resize(1280, 720)
    if projector:
        qtbot.keyClick(window, Qt.Key.Key_F5)
        qtbot.waitUntil(lambda: theme.Sizes.projector, timeout=5_000)
    window.lesson.change_settings(window.lesson.settings.with_(model="poly:3"))
    window.show_view("landscape")
    view = window.landscape
    wait_for_map(qtbot, view)
    for box in (view.axis_i, view.axis_j):
        assert box.width() >= box.sizeHint().width(), (box.currentText(), box.width(), box.sizeHint().width())
        assert box.fontMetrics().horizontalAdvance(box.currentText()) + 20 <= box.width()
