"""Issue 14, item 9: the race is a race. A click on Race optimizers replays gd, sgd, momentum and
adam epoch by epoch in step; the standings above the map give the finishing order (who came
within 1% of the exact J first); the race's loss plot has numbers on both axes; no legend sits
on the data; SGD's path is drawn thin, a point per epoch."""

from __future__ import annotations

import re

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from qt_helpers import tick_texts

from lossexplorer.core import preset, solve

NAMES = ("gd", "sgd", "momentum", "adam")


@pytest.fixture
def landscape(qtbot, window):
    window.show_view("landscape")
    view = window.landscape
    qtbot.waitUntil(lambda: view.grid is not None and not view.jobs.busy, timeout=20_000)
    return view


def race_items(view) -> dict[str, list]:
    """The curves on the map and on the race's loss plot, by the colour of their pen."""
    from lossexplorer.gui.race import RACE

    colours = dict(RACE)
    found: dict[str, list] = {name: [] for name in NAMES}
    for plot in (view.plot, *(w.getPlotItem() for w in view.findChildren(pg.PlotWidget) if w is not view.plot_widget)):
        for item in plot.items:
            if isinstance(item, (pg.PlotCurveItem, pg.PlotDataItem)) and item not in (view.path_curve, view.path_inner):
                pen = item.opts.get("pen")
                colour = pg.mkPen(pen).color().name().lower() if pen is not None else ""
                for name in NAMES:
                    if colour == colours[name].lower():
                        found[name].append(item)
    return found


def drawn_epochs(view) -> dict[str, int]:
    """How many epochs each racer's path on the map shows."""
    counts = {}
    for name, items in race_items(view).items():
        on_map = [item for item in items if item.getViewBox() is view.plot.getViewBox()]
        x, _ = on_map[0].getData() if on_map else (None, None)
        counts[name] = 0 if x is None else len(x)
    return counts


def test_the_race_is_replayed_epoch_by_epoch_in_step_with_a_finishing_order(qtbot, window, landscape):
    window.lesson.change_settings(window.lesson.settings.with_(epochs=120, speed=60.0))
    with qtbot.waitSignal(window.runner.race_job.result, timeout=20_000):
        qtbot.mouseClick(landscape.race_button, Qt.MouseButton.LeftButton)
    early = drawn_epochs(landscape)
    assert max(early.values()) < 30, early  # not all four paths at once
    seen = []

    def in_step() -> bool:
        counts = drawn_epochs(landscape)
        assert len(set(counts.values())) == 1, counts  # the four move together
        seen.append(next(iter(counts.values())))
        return seen[-1] == 121

    qtbot.waitUntil(in_step, timeout=20_000)
    assert len(set(seen)) >= 5  # it grew frame by frame
    text = landscape.race_view.standings.text()
    assert "Race over 120 epochs" in text
    # the order the standings give is the order the plotted J curves come within 1% of the exact J
    p = preset("noisy-line")
    exact = solve(p.x, p.y).objective
    finish = {}
    for name, items in race_items(landscape).items():
        on_plot = [item for item in items if item.getViewBox() is not landscape.plot.getViewBox()]
        x, y = on_plot[0].getData()
        values = 10 ** np.asarray(y) if on_plot[0].getViewBox().state["logMode"][1] else np.asarray(y)
        close = np.nonzero(values - exact <= 0.01 * exact)[0]
        finish[name] = int(x[close[0]]) if len(close) else None
    placed = re.findall(r"(1st|2nd|3rd|4th) ■ (\w+) \(epoch (\d+)\)", re.sub("<[^>]+>", "", text))
    assert placed, text
    assert [(name, int(epoch)) for _, name, epoch in placed] == sorted(
        ((n, e) for n, e in finish.items() if e is not None), key=lambda ne: (ne[1], NAMES.index(ne[0])))


def test_the_race_plot_has_numbers_on_both_axes_and_no_legend_covers_the_data(qtbot, window, landscape):
    window.lesson.change_settings(window.lesson.settings.with_(epochs=60, speed=0.0))
    with qtbot.waitSignal(window.runner.race_job.result, timeout=20_000):
        qtbot.mouseClick(landscape.race_button, Qt.MouseButton.LeftButton)
    race_plots = [w.getPlotItem() for w in landscape.findChildren(pg.PlotWidget) if w is not landscape.plot_widget]
    race_plot = next(p for p in race_plots if p.isVisible())
    def numbers(side: str) -> list[str]:
        return [t for t in tick_texts(race_plot.getAxis(side)) if re.fullmatch(r"-?[\d.]+(e-?\d+)?", t)]

    qtbot.waitUntil(lambda: race_plot.getAxis("left").height() > 50, timeout=5_000)  # laid out once shown
    for side in ("left", "bottom"):
        assert len(numbers(side)) >= 2, (side, tick_texts(race_plot.getAxis(side)))
    for plot in (landscape.plot, race_plot):  # the names are above the map, in the standings
        legends = [item for item in plot.scene().items() if isinstance(item, pg.LegendItem) and item.isVisible()]
        assert not legends
    assert all(name in landscape.race_view.standings.text() for name in NAMES)


def test_sgds_path_is_thinner_and_a_point_per_epoch(qtbot, window, landscape):
    window.lesson.change_settings(window.lesson.settings.with_(epochs=40, speed=0.0))
    with qtbot.waitSignal(window.runner.race_job.result, timeout=20_000):
        qtbot.mouseClick(landscape.race_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: drawn_epochs(landscape)["sgd"] == 41, timeout=10_000)
    on_map = {name: next(i for i in items if i.getViewBox() is landscape.plot.getViewBox())
              for name, items in race_items(landscape).items()}
    widths = {name: pg.mkPen(item.opts["pen"]).widthF() for name, item in on_map.items()}
    assert widths["sgd"] < min(widths[n] for n in NAMES if n != "sgd")
