"""The landscape view: J over two coefficients as a heat map with contours and a colour bar
of J, the descent's path on it, the exact minimum, and a race of the four optimizers from one
start (race_view.py replays it).

The grid is computed on a worker thread (squared losses in closed form from sufficient
statistics); it is centred on the exact answer and holds the start and the current point,
and it is computed again for the visible range after a zoom or pan, and reframed when the
path leaves the view. A click on the map sets the start there and runs from it. The key
above the map says what each mark is, so no legend covers the map.
"""

from __future__ import annotations

import math
import threading

import numpy as np
import pyqtgraph as pg
from numpy.typing import NDArray
from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from lossexplorer.core import Objective
from lossexplorer.core.landscape import Grid, frame, landscape

from . import theme
from .i18n import number, translate
from .race import Race
from .race_view import RaceView
from .worker import LatestJob

Array = NDArray[np.float64]
GRID_SIZE = 200
CONTOURS = 12
COLOUR_TICKS = 5  # labelled values of J on the colour bar


def colour_ticks(low: float, lo: float, hi: float, count: int = COLOUR_TICKS) -> list[tuple[float, str]]:
    """Ticks for the colour bar of a map drawn as log10(J − low): round values of J, at their places."""
    ticks: list[tuple[float, str]] = []
    for level in np.linspace(lo, hi, count):
        value = float(f"{low + 10.0**level:.2g}")
        if value - low > 0:
            place = math.log10(value - low)
            if lo - 1e-9 <= place <= hi + 1e-9 and all(abs(place - p) > 0.05 * (hi - lo) for p, _ in ticks):
                ticks.append((place, number(value, "g")))
    return ticks


def contour_segments(values: Array, levels: Array) -> tuple[Array, Array]:
    """Where `values` crosses each level, as line segments (pairs of points, for connect="pairs").

    Marching squares in NumPy (pyqtgraph's IsocurveItem does it in Python: about 30 ms per
    level on a 200 × 200 grid, on the GUI thread). values[r, c] sits at the centre of the
    image pixel (c + ½, r + ½); a saddle cell gets two segments.
    """
    xs, ys = [], []
    for level in np.asarray(levels, float):
        above = values >= level
        a00, a01, a11, a10 = above[:-1, :-1], above[:-1, 1:], above[1:, 1:], above[1:, :-1]
        r, c = np.nonzero((a00 != a01) | (a00 != a10) | (a00 != a11))  # the cells the level passes through
        v00, v01, v11, v10 = values[r, c], values[r, c + 1], values[r + 1, c + 1], values[r + 1, c]
        b00, b01, b11, b10 = a00[r, c], a01[r, c], a11[r, c], a10[r, c]
        x0, y0 = c + 0.5, r + 0.5
        with np.errstate(all="ignore"):  # a division by zero only on edges that are not cut
            # each cell's edges in ring order: bottom, right, top, left
            px = np.column_stack([x0 + (level - v00) / (v01 - v00), x0 + 1, x0 + (level - v10) / (v11 - v10), x0])
            py = np.column_stack([y0, y0 + (level - v01) / (v11 - v01), y0 + 1, y0 + (level - v00) / (v10 - v00)])
        cut = np.column_stack([b00 != b01, b01 != b11, b10 != b11, b00 != b10])
        count = cut.sum(axis=1)
        order = np.argsort(~cut, axis=1, kind="stable")  # the cut edges first, in ring order
        px, py = np.take_along_axis(px, order, 1), np.take_along_axis(py, order, 1)
        for cells, a, b in ((count >= 2, 0, 1), (count == 4, 2, 3)):
            xs.append(np.column_stack([px[cells, a], px[cells, b]]).ravel())
            ys.append(np.column_stack([py[cells, a], py[cells, b]]).ravel())
    return np.concatenate([np.zeros(0), *xs]), np.concatenate([np.zeros(0), *ys])


class LandscapeView(QWidget, theme.Styled):
    """Heat map of J over (β_i, β_j) with the path; emits `startChosen` on a click."""

    startChosen = Signal(object)  # (β_i, β_j, i, j)
    raceRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.objective: Objective | None = None
        self.base: Array | None = None
        self.exact: Array | None = None
        self.start: Array | None = None
        self.path: Array | None = None
        self.race: Race | None = None
        self.grid: Grid | None = None
        self._stale = False  # the problem changed while hidden: draw it when shown
        self.i, self.j = 0, 1
        self._version = 0
        self._cancel = threading.Event()
        self.jobs = LatestJob(self)
        self.jobs.result.connect(self._on_grid)
        self._zoom = QTimer(self)
        self._zoom.setSingleShot(True)
        self._zoom.setInterval(250)
        self._zoom.timeout.connect(self._recompute_visible)

        self.plot_widget = pg.PlotWidget(axisItems=theme.axes())
        self.plot = self.plot_widget.getPlotItem()
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setColorMap(pg.colormap.get("viridis"))
        self.plot.addItem(self.image)
        # every level's contour segments in one item, in the image's pixel coordinates
        self.contours = pg.PlotCurveItem(connect="pairs", pen=pg.mkPen(255, 255, 255, 110, width=1))
        self.contours.setParentItem(self.image)
        self.colour_bar = pg.ColorBarItem(colorMap=pg.colormap.get("viridis"), interactive=False, width=18,
                                          label="J", colorMapMenu=False)
        self.colour_bar.setImageItem(self.image, insert_in=self.plot)
        self.path_curve = pg.PlotCurveItem()
        self.path_inner = pg.PlotCurveItem()
        self.path_marks = pg.ScatterPlotItem(brush=theme.colour(theme.VERMILLION), pen=None)
        self.current = pg.ScatterPlotItem(brush=theme.colour(theme.VERMILLION), pen=pg.mkPen("w", width=2))
        self.minimum = pg.ScatterPlotItem(symbol="star", brush=theme.colour(theme.YELLOW), pen=pg.mkPen("k", width=1.5))
        self.start_mark = pg.ScatterPlotItem(symbol="s", brush=None, pen=pg.mkPen("w", width=2.5))
        for z, item in enumerate((self.path_curve, self.path_inner, self.path_marks, self.start_mark, self.current,
                                  self.minimum)):
            item.setZValue(z if item is not self.minimum else 10)  # the star above the dot (and the race) at the end
            self.plot.addItem(item)
        self.plot.scene().sigMouseClicked.connect(self._clicked)
        self.plot.getViewBox().sigRangeChangedManually.connect(lambda *_: self._zoom.start())
        self.race_view = RaceView(self.plot)
        self.key = QLabel()
        self.key.setTextFormat(Qt.TextFormat.RichText)
        self.key.setWordWrap(True)
        self.styled(self._style_items)

        self.axis_i = QComboBox()
        self.axis_j = QComboBox()
        for box, name in ((self.axis_i, translate("landscape_view", "coefficient across the map")),
                          (self.axis_j, translate("landscape_view", "coefficient up the map"))):
            box.setToolTip(translate("landscape_view", "The two coefficients the map varies; the others keep their"
                                     " current values"))
            box.setAccessibleName(name)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # "β0" whole, never "β("
            box.currentIndexChanged.connect(self._axes_changed)
        self.race_button = QPushButton(translate("landscape_view", "Race optimizers"))
        self.race_button.setToolTip(translate("landscape_view", "Run gd, sgd, momentum and adam from the same start,"
                                              " each with its own path"))
        self.race_button.clicked.connect(self.raceRequested)
        self.clear_race = QPushButton(translate("landscape_view", "Clear race"))
        self.clear_race.setEnabled(False)  # until there is a race
        self.clear_race.clicked.connect(self.hide_race)
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("landscape_view", "across")))
        row.addWidget(self.axis_i)
        row.addWidget(QLabel(translate("landscape_view", "and")))
        row.addWidget(self.axis_j)
        row.addStretch(1)
        row.addWidget(self.race_button)
        row.addWidget(self.clear_race)
        split = self.split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.plot_widget)
        split.addWidget(self.race_view)
        split.setSizes([700, 220])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row)
        layout.addWidget(self.key)
        layout.addWidget(self.race_view.standings)
        layout.addWidget(split, 1)

    def _style_items(self) -> None:
        size = theme.Sizes
        theme.style_plot(self.plot)
        self.plot.showGrid(x=False, y=False)
        for side in ("left", "right", "top", "bottom"):  # the bar's hidden axes too: one is shown with its title
            bar_axis = self.colour_bar.getAxis(side)
            bar_axis.setTickFont(self.plot.getAxis("left").style["tickFont"])
            bar_axis.setPen(pg.mkPen(theme.FOREGROUND, width=1))
            bar_axis.setTextPen(pg.mkPen(theme.FOREGROUND))
            bar_axis.label.setFont(self.plot.getAxis("left").label.font())
        self.path_curve.setPen(theme.pen("#FFFFFF", size.line + 2))
        self.path_inner.setPen(theme.pen(theme.VERMILLION, size.line))
        self.path_marks.setSize(max(6.0, size.marker / 2))
        self.current.setSize(size.marker + 4)
        self.minimum.setSize(size.marker + 10)
        self.start_mark.setSize(size.marker + 2)

    # --- inputs -------------------------------------------------------------------------

    def set_problem(self, objective: Objective | None, names: tuple[str, ...], exact: Array | None,
                    start: Array, current: Array) -> None:
        """New data or settings: recompute the map around the exact answer, the start and the fit.

        While the view is hidden that waits until it is shown: a drag would otherwise start a
        200×200 grid on the worker and rebuild the legend on the GUI thread at every move."""
        self.objective, self.exact, self.start, self.base = objective, exact, start, current
        self.path = None  # the old path belongs to the old problem (and may have other coefficients)
        self.race = None
        if self.axis_i.count() != len(names) or self.axis_i.itemText(0) != names[0]:
            for box, default in ((self.axis_i, 0), (self.axis_j, 1 if len(names) > 1 else 0)):
                box.blockSignals(True)
                box.clear()
                box.addItems(list(names))
                box.setCurrentIndex(default)
                box.blockSignals(False)
            self.i, self.j = 0, min(1, len(names) - 1)
        several = len(names) > 2
        for w in (self.axis_i, self.axis_j):
            w.setEnabled(several)
        self._refresh()

    def _refresh(self) -> None:
        """Draw the race (or none) and frame the map, now if shown, else when next shown."""
        self._stale = not self.isVisible()
        if not self._stale:
            self._show_race()
            self._recompute_framed()

    def showEvent(self, event) -> None:
        if self._stale:
            self._refresh()
        super().showEvent(event)

    def set_path(self, path: Array, current: Array) -> None:
        """The descent's records so far (rows of β) and where it is now; when any of it leaves
        the view, the map is framed again to hold the start, the whole path and the minimum."""
        self.path, self.base = path, current
        if self.grid is not None and not self.jobs.busy and len(path) and path.shape[1] > max(self.i, self.j):
            seen = path[:, [self.i, self.j]]
            seen = seen[np.all(np.isfinite(seen), axis=1)]
            (x0, x1), (y0, y1) = self.plot.getViewBox().viewRange()
            if len(seen) and not (x0 <= seen[:, 0].min() and seen[:, 0].max() <= x1
                                  and y0 <= seen[:, 1].min() and seen[:, 1].max() <= y1):
                self._recompute_framed(extra=[tuple(seen.min(axis=0)), tuple(seen.max(axis=0))])
        self._draw_path()

    def set_exact(self, exact: Array | None) -> None:
        first = self.exact is None and exact is not None
        self.exact = exact
        if self._stale or not self.isVisible():
            self._stale = True
            return
        if first:
            self._recompute_framed()
        self._draw_path()

    def show_race(self, race: Race) -> None:
        """Replay the race epoch by epoch on a map framed to hold the racers' paths (SGD's end
        only: its wandering would shrink the valley to a sliver)."""
        self.race = race
        self._show_race()
        points = []
        for name, path in race.paths.items():
            seen = path[:, [self.i, self.j]] if name != "sgd" else path[-1:, [self.i, self.j]]
            seen = seen[np.all(np.isfinite(seen), axis=1)]
            if len(seen):
                points += [tuple(seen.min(axis=0)), tuple(seen.max(axis=0))]
        self._recompute_framed(extra=points)

    def hide_race(self) -> None:
        self.race = None
        self._show_race()

    # --- the grid -------------------------------------------------------------------------

    def _axes_changed(self) -> None:
        i, j = self.axis_i.currentIndex(), self.axis_j.currentIndex()
        if i < 0 or j < 0 or i == j:
            return
        self.i, self.j = i, j
        self.race_view.set_axes(i, j)
        self._recompute_framed()

    def _recompute_framed(self, extra: list[tuple[float, float]] | None = None) -> None:
        if self.objective is None or self.base is None:
            self.image.clear()
            return
        i, j = self.i, self.j
        centre_beta = self.exact if self.exact is not None and np.all(np.isfinite(self.exact)) else self.base
        centre = (float(centre_beta[i]), float(centre_beta[j]))
        known = [b for b in (self.start, self.base) if b is not None and np.all(np.isfinite(b))]
        others = [(float(b[i]), float(b[j])) for b in known]
        range_i, range_j = frame(centre, *others, *(extra or []), square=self.objective.model.classification)
        self._compute(range_i, range_j, reframe=True)

    def _recompute_visible(self) -> None:
        (x0, x1), (y0, y1) = self.plot.getViewBox().viewRange()
        self._compute((x0, x1), (y0, y1), reframe=False)

    def _compute(self, range_i: tuple[float, float], range_j: tuple[float, float], reframe: bool) -> None:
        obj, i, j = self.objective, self.i, self.j
        if obj is None or self.base is None:
            return
        base = self.base.copy()
        if self.exact is not None and np.all(np.isfinite(self.exact)) and obj.n_coefficients > 2:
            base = self.exact.copy()  # a polynomial slice through the minimum shows its valley
        self._version += 1
        self._cancel.set()  # a grid still computing for an older view is no longer wanted
        self._cancel = cancel = threading.Event()
        self.jobs.submit(lambda: landscape(obj, base, i, j, range_i, range_j, GRID_SIZE, cancel=cancel),
                         (self._version, reframe))

    def _on_grid(self, token: tuple[int, bool], grid: object) -> None:
        version, reframe = token
        if version != self._version or not isinstance(grid, Grid):
            return
        self.grid = grid
        values = grid.values
        finite = np.isfinite(values)
        if not finite.any():
            return
        low = float(np.min(values[finite]))
        shown = np.log10(np.where(finite, values, np.nan) - low + 1e-12 * max(1.0, abs(low)) + 1e-300)
        lo, hi = np.nanpercentile(shown, [0.5, 99.5])
        self.image.setImage(np.nan_to_num(shown, nan=hi), levels=(lo, hi))
        self.colour_bar.setLevels((lo, hi))
        self.colour_bar.getAxis("right").setTicks([colour_ticks(low, lo, hi), []])
        di = grid.axis_i[1] - grid.axis_i[0]
        dj = grid.axis_j[1] - grid.axis_j[0]
        self.image.setRect(QRectF(grid.axis_i[0] - di / 2, grid.axis_j[0] - dj / 2, di * len(grid.axis_i),
                                  dj * len(grid.axis_j)))
        data = np.nan_to_num(shown, nan=hi)
        self.contours.setData(*contour_segments(data, np.linspace(lo, hi, CONTOURS + 2)[1:-1]))
        names = [self.axis_i.itemText(self.i) or "β_i", self.axis_j.itemText(self.j) or "β_j"]
        self.plot.setLabel("bottom", names[0])
        self.plot.setLabel("left", names[1])
        if reframe:
            self.plot.getViewBox().setRange(xRange=(grid.axis_i[0], grid.axis_i[-1]),
                                            yRange=(grid.axis_j[0], grid.axis_j[-1]), padding=0)
        self._draw_path()

    # --- overlays -----------------------------------------------------------------------------

    def _draw_path(self) -> None:
        self._draw_marks()
        self._set_key()

    def _draw_marks(self) -> None:
        i, j = self.i, self.j
        path = self.path
        if path is not None and len(path):
            step = max(1, len(path) // 2000)  # a marker per recorded epoch, thinned past 2000
            xs, ys = path[::step, i], path[::step, j]
            if len(path) % step != 1 and step > 1:
                xs, ys = np.append(xs, path[-1, i]), np.append(ys, path[-1, j])
            self.path_curve.setData(xs, ys)
            self.path_inner.setData(xs, ys)
            self.path_marks.setData(xs, ys)
            self.start_mark.setData([path[0, i]], [path[0, j]])
        else:
            for item in (self.path_curve, self.path_inner, self.path_marks, self.start_mark):
                item.setData([], [])
        if self.base is not None and np.all(np.isfinite(self.base)):
            self.current.setData([self.base[i]], [self.base[j]])
        if self.exact is not None and np.all(np.isfinite(self.exact)):
            self.minimum.setData([self.exact[i]], [self.exact[j]])
        else:
            self.minimum.setData([], [])

    def _show_race(self) -> None:
        self.clear_race.setEnabled(self.race is not None)
        for item in (self.path_curve, self.path_inner, self.path_marks, self.current):
            item.setVisible(self.race is None)  # the lesson's own descent would pass for gd's path
        if self.race is None:
            self.race_view.clear()
        else:
            self.race_view.start(self.race, self.race.speed, self.i, self.j)
            total = sum(self.split.sizes())
            self.split.setSizes([int(0.62 * total), total - int(0.62 * total)])  # J per epoch readable too
        self._set_key()

    def _set_key(self) -> None:
        """What the map is and what each mark on it is, above it (a legend would cover the map);
        during a race the standings take its place."""
        self.key.setVisible(self.race is None)
        entries = [translate("landscape_view", "Each spot on the map is one line, coloured by its J (dark is low: the"
                             " bar on the right). Click to start the descent there.")]
        if self.path is not None and len(self.path) > 1:
            entries.append(f"<span style='color:{theme.VERMILLION}'>●—</span> "
                           + translate("landscape_view", "the descent, a dot per epoch"))
        if self.path is not None and len(self.path):
            entries.append("□ " + translate("landscape_view", "its start"))
        if self.exact is not None and np.all(np.isfinite(self.exact)):
            entries.append("★ " + translate("landscape_view", "the exact minimum"))
        self.key.setText(" · ".join(entries))

    def _clicked(self, ev) -> None:
        if ev.button() != Qt.MouseButton.LeftButton or ev.double():
            return
        vb = self.plot.getViewBox()
        if not vb.sceneBoundingRect().contains(ev.scenePos()):
            return
        pos = vb.mapSceneToView(ev.scenePos())
        if math.isfinite(pos.x()) and math.isfinite(pos.y()):
            ev.accept()
            self.startChosen.emit((pos.x(), pos.y(), self.i, self.j))

    def stop(self) -> None:
        self._cancel.set()
        self.jobs.stop()
        self.race_view.timer.stop()
