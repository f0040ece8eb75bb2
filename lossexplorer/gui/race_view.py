"""The race of the four optimizers, replayed epoch by epoch in step: their paths grow on the
landscape together, their J per epoch grows on the race's own plot with the exact J as the
finish line, and the standings say who came within 1% of the exact J first.

The race is computed off the GUI thread (race.py); this only replays it, on a timer, at the
lesson's speed (epochs per second).
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from numpy.typing import NDArray
from PySide6.QtCore import QT_TRANSLATE_NOOP, QElapsedTimer, Qt, QTimer
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from . import theme
from .i18n import number, translate
from .race import RACE, Race

Array = NDArray[np.float64]
FRAME_MS = 30
FASTEST = 200.0  # epochs per second when the speed is "as fast as possible": still a race to watch
LOG_DECADES = 2.0  # J on a log axis when it spans this many decades or more
ORDINALS = (str(QT_TRANSLATE_NOOP("race_view", "1st")), str(QT_TRANSLATE_NOOP("race_view", "2nd")),
            str(QT_TRANSLATE_NOOP("race_view", "3rd")), str(QT_TRANSLATE_NOOP("race_view", "4th")))


def log_ticks(low: float, high: float) -> list[tuple[float, str]]:
    """Major ticks for a log axis from `low` to `high` (> 0): powers of ten, with 2 and 5
    between them when fewer than four decades show; positions in log10, as pyqtgraph wants."""
    first, last = math.floor(math.log10(low)), math.ceil(math.log10(high))
    mantissas = (1.0,) if last - first > 3 else (1.0, 2.0, 5.0)
    ticks = []
    for exp in range(first, last + 1):
        for m in mantissas:
            v = m * 10.0**exp
            if low <= v <= high:
                ticks.append((math.log10(v), number(v, "g")))
    return ticks


class RaceView(QWidget, theme.Styled):
    """The race's plot of J per epoch and its standings; its paths are drawn on `map_plot`."""

    def __init__(self, map_plot: pg.PlotItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.race: Race | None = None
        self.shown = 0  # the last epoch on show
        self.speed = 30.0
        self.i, self.j = 0, 1
        self._clock = QElapsedTimer()
        self._from = 0
        self.timer = QTimer(self)
        self.timer.setInterval(FRAME_MS)
        self.timer.timeout.connect(self._tick)
        self.paths = {name: pg.PlotCurveItem() for name, _ in RACE}
        self.heads = {name: pg.ScatterPlotItem(pen=pg.mkPen("w", width=1.5)) for name, _ in RACE}
        for name, _ in RACE:
            self.paths[name].setZValue(5 if name != "sgd" else 4)  # sgd's wandering path under the others
            self.heads[name].setZValue(8)
            map_plot.addItem(self.paths[name])
            map_plot.addItem(self.heads[name])
        self.standings = QLabel()
        self.standings.setWordWrap(True)
        self.standings.setTextFormat(Qt.TextFormat.RichText)
        self.plot_widget = pg.PlotWidget(axisItems=theme.axes())
        plot = self.plot = self.plot_widget.getPlotItem()
        plot.setLabel("bottom", translate("race_view", "epoch"))
        plot.setLabel("left", "J")
        self.loss = {name: plot.plot() for name, _ in RACE}
        self.finish = pg.InfiniteLine(angle=0, movable=False, label=translate("race_view", "exact J: the finish"),
                                      labelOpts={"position": 0.85, "color": theme.FOREGROUND})
        plot.addItem(self.finish)
        self.styled(self._style_items)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot_widget, 1)
        self.setVisible(False)

    def _style_items(self) -> None:
        size = theme.Sizes
        theme.style_plot(self.plot)
        for name, colour in RACE:
            thin = name == "sgd"  # SGD jumps about: a thin, light line that leaves the map readable
            self.paths[name].setPen(theme.pen(colour, size.line * (0.5 if thin else 1.0), alpha=0.55 if thin else 1.0))
            self.heads[name].setSize(size.marker * 0.9)
            self.heads[name].setBrush(theme.colour(colour))
            self.loss[name].setPen(theme.pen(colour, size.line * 0.8))
        self.finish.setPen(theme.pen(theme.FOREGROUND, 1.5, Qt.PenStyle.DashLine))
        self.finish.label.setFont(self.plot.getAxis("bottom").style["tickFont"] or self.font())

    # --- the replay -------------------------------------------------------------------------

    def start(self, race: Race, speed: float, i: int, j: int) -> None:
        """Replay `race` from epoch 0 at `speed` epochs per second (0: FASTEST)."""
        self.race, self.i, self.j = race, i, j
        self.speed = speed if speed > 0 else FASTEST
        self.setVisible(True)
        self._set_axes(race)
        self.shown, self._from = 0, 0
        self._clock.start()
        self.timer.start()
        self.draw()

    def clear(self) -> None:
        self.timer.stop()
        self.race = None
        self.setVisible(False)
        for name, _ in RACE:
            self.paths[name].setData([], [])
            self.heads[name].setData([], [])
            self.loss[name].setData([], [])
        self.standings.setText("")

    def set_axes(self, i: int, j: int) -> None:
        """The map's two coefficients changed: the paths follow."""
        self.i, self.j = i, j
        self.draw()

    @property
    def running(self) -> bool:
        return self.timer.isActive()

    @property
    def last_epoch(self) -> int:
        return 0 if self.race is None else max(len(v) for v in self.race.objective.values()) - 1

    def _tick(self) -> None:
        if self.race is None:
            self.timer.stop()
            return
        self.shown = min(self.last_epoch, self._from + int(self._clock.elapsed() / 1000.0 * self.speed))
        if self.shown >= self.last_epoch:
            self.timer.stop()
        self.draw()

    def draw(self) -> None:
        race = self.race
        if race is None:
            return
        k = self.shown
        for name, _ in RACE:
            path, values = race.paths[name][: k + 1], race.objective[name][: k + 1]
            self.paths[name].setData(path[:, self.i], path[:, self.j])
            self.heads[name].setData([path[-1, self.i]], [path[-1, self.j]])
            ok = np.isfinite(values) & (values > 0)
            epochs = np.arange(len(values))[ok]
            self.loss[name].setData(epochs, values[ok])
        self.standings.setText(self.standings_text())

    def _set_axes(self, race: Race) -> None:
        """Numbers on both axes: J linear, or on a log axis with round ticks when it spans decades."""
        values = np.concatenate([v[np.isfinite(v) & (v > 0)] for v in race.objective.values()] + [np.zeros(0)])
        plot = self.plot
        epochs = self.last_epoch
        plot.setXRange(0, max(epochs, 1), padding=0.02)
        exact = race.exact
        low = min(float(values.min()) if len(values) else 1.0, exact if exact and exact > 0 else math.inf)
        high = float(values.max()) if len(values) else 1.0
        log = low > 0 and high / low >= 10**LOG_DECADES
        plot.setLogMode(y=log)
        axis = plot.getAxis("left")
        if log:
            axis.setTicks([log_ticks(low, high), []])
            plot.setYRange(math.log10(low), math.log10(high), padding=0.05)
        else:
            axis.setTicks(None)
            plot.setYRange(min(low, 0.0) if exact == 0 else low, high, padding=0.05)
        self.finish.setVisible(exact is not None)
        if exact is not None:
            self.finish.setPos(math.log10(exact) if log and exact > 0 else exact)

    # --- the standings ---------------------------------------------------------------------

    def standings_text(self) -> str:
        """Who came within 1% of the exact J, in the order they did, up to the epoch on show."""
        race = self.race
        if race is None:
            return ""
        k = self.shown
        arrived = sorted((epoch, order, name) for order, (name, _) in enumerate(RACE)
                         if (epoch := race.finish.get(name)) is not None and epoch <= k)
        colours = dict(RACE)

        def named(name: str) -> str:
            return f"<b><span style='color:{colours[name]}'>■ {name}</span></b>"

        places = [translate("race_view", "{place} {racer} (epoch {epoch})").format(
            place=translate("race_view", ORDINALS[n]), racer=named(name), epoch=epoch)
            for n, (epoch, _, name) in enumerate(arrived)]
        done = {name for _, _, name in arrived}
        rest = [named(name) for name, _ in RACE if name not in done]
        running = translate("race_view", "Race, epoch {epoch} of {last}").format(epoch=k, last=self.last_epoch)
        if race.exact is None:
            return f"{running}: " + " · ".join(named(name) for name, _ in RACE)
        over = k >= self.last_epoch
        head = translate("race_view", "Race over {last} epochs").format(last=self.last_epoch) if over else running
        text = translate("race_view", "<b>{head}</b> (the finish: J within 1% of the exact J)").format(head=head)
        if places:
            text += ": " + ", ".join(places)
        if rest:
            racers = ", ".join(rest)
            text += ("; " if places else ": ") + (
                translate("race_view", "{racers} did not get there").format(racers=racers) if over else
                translate("race_view", "{racers} still racing").format(racers=racers))
        return text
