"""My-line mode on the canvas: the student's own line with its handles, residuals and squares.

The line is the lesson's (`Lesson.my_line`); this layer draws it in its own colour with one
round handle per coefficient and turns drags into the lesson's edits: a drag of the body moves
the line by the drag, a drag of a handle tilts it about the other one (a polynomial's handles
move up and down at their x). Each drag is one undo step. The maths is my_line_model.py's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from numpy.typing import NDArray
from PySide6.QtCore import QEvent, QObject, QPointF, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMenuBar, QToolBar

from . import theme
from .canvas import MAX_DRAWN, MAX_SQUARES, Marks, Squares
from .geometry import clip_to_band, squares
from .my_line_model import MyLine, handle_xs, moved, tilted
from .my_line_panel import MyLinePanel

if TYPE_CHECKING:
    from .canvas import Canvas
    from .lesson import Lesson

Array = NDArray[np.float64]
#: how near (pixels) a press must be to the line's body to move it
BODY_REACH_PX = 8.0
CURVE_SAMPLES = 400
FIT_OVERLAYS = ("residuals", "rss")  # in my-line mode the canvas leaves these to my line


class Grip:
    """One kind of drag the layer takes (the canvas asks `takes`, then sends it the drag)."""

    def __init__(self, layer: MyLineLayer, handles: bool) -> None:
        self.layer, self.before_points = layer, handles

    def takes(self, scene_pos: QPointF) -> bool:
        return self.layer.grab(scene_pos, self.before_points)

    def drag(self, ev: object) -> None:
        self.layer.drag(ev)


class MyLineLayer(QObject):
    """My line's curve, handles, residuals and squares on the canvas, and its drags."""

    def __init__(self, canvas: Canvas, lesson: Lesson) -> None:
        super().__init__(canvas)
        self.canvas, self.lesson, self.viewbox = canvas, lesson, canvas.viewbox
        self.xs: Array | None = None  # the handles' x (the view's, not the document's)
        self._grabbed: int | None = None  # the handle grabbed (-1: the body)
        self._start: tuple[MyLine, Array, Array, QPointF] | None = None
        self.squares = Squares()
        self.residuals = pg.PlotCurveItem(connect="pairs")
        self.curve = pg.PlotCurveItem()
        self.handles = Marks(symbol="o", hoverable=False)
        for item in (self.squares, self.handles):
            item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        canvas.viewbox.addItem(self.squares)
        for item in (self.residuals, self.curve, self.handles):
            canvas.plot.addItem(item)
        self.handles.setZValue(20)
        canvas.styled(self._style)
        canvas.drag_takers += [Grip(self, True), Grip(self, False)]
        canvas.legend_extras.append((self.curve, "my line"))
        canvas.curve_layers.append(self.redraw)
        lesson.myLineChanged.connect(self.redraw)
        lesson.pointsChanged.connect(self._new_points)
        lesson.settingsChanged.connect(self._new_settings)
        lesson.overlaysChanged.connect(self.redraw)
        self.redraw()

    @property
    def on(self) -> bool:
        return self.lesson.my_line_mode and not self.lesson.classification

    def _style(self) -> None:
        size = theme.Sizes
        self.curve.setPen(theme.pen(theme.MINE, size.line))
        self.residuals.setPen(theme.pen(theme.MINE, size.line * 0.7))
        self.squares.setBrush(theme.colour(theme.MINE, 0.22))
        self.squares.setPen(theme.pen(theme.MINE, 1, alpha=0.9))
        self.handles.setSize(size.marker * 1.5)
        self.handles.setPen(pg.mkPen(theme.colour(theme.MINE), width=size.line))
        self.handles.setBrush(theme.colour(theme.BACKGROUND))

    # --- where the handles are ---------------------------------------------------------------

    @Slot(bool)
    def _new_points(self, replaced: bool) -> None:
        if replaced:
            self.xs = None  # new data: the handles go where it lies
        self.redraw()

    @Slot(object, object)
    def _new_settings(self, old: object, new: object) -> None:
        if getattr(old, "model", None) != getattr(new, "model", None):
            self.xs = None
        self.redraw()

    def handle_xs(self) -> Array:
        """The handles' x: where they were left, else spread over the points (or the view)."""
        model = self.lesson.model
        if self.xs is None or len(self.xs) != model.n_coefficients:
            x = self.lesson.points.x
            if len(x):
                low, high = float(np.min(x)), float(np.max(x))
            else:
                (low, high), _ = self.viewbox.viewRange()
            self.xs = handle_xs(model, low, high)
        return self.xs

    def handle_points(self) -> tuple[Array, Array]:
        """The handles, (x, y) in data units, on my line."""
        xs = self.handle_xs()
        return xs, self.lesson.model.predict(self.lesson.my_line, xs)

    # --- drawing --------------------------------------------------------------------------

    @Slot()
    def redraw(self, *_args: object) -> None:
        items = (self.curve, self.handles, self.residuals, self.squares)
        for item in items:
            item.setVisible(self.on)
        if not self.on:
            return
        lesson, model = self.lesson, self.lesson.model
        beta = lesson.my_line
        (x0, x1), (y0, y1) = self.viewbox.viewRange()
        xs = np.linspace(x0, x1, CURVE_SAMPLES)
        with np.errstate(all="ignore"):
            self.curve.setData(*clip_to_band(xs, model.predict(beta, xs), y0 - (y1 - y0), y1 + (y1 - y0)),
                               connect="finite")
        self.handles.setData(*self.handle_points())
        x, y = lesson.points.x, lesson.points.y
        shown = lesson.overlays
        p = model.predict(beta, x) if 0 < len(x) <= MAX_DRAWN else None
        if shown["residuals"] and p is not None:
            self.residuals.setData(np.repeat(x, 2), np.column_stack([y, p]).ravel())
        else:
            self.residuals.setData([], [])
        if shown["rss"] and p is not None and len(x) <= MAX_SQUARES:
            self.squares.setsquares(*squares(x, y, p, right=True))  # where the fit's are (hidden in this mode)
        else:
            self.squares.setsquares()

    # --- drags ------------------------------------------------------------------------------

    def _scene(self) -> tuple[float, float, float, float]:
        """The view's map to the scene as sx = a·x + b, sy = c·y + d (no rotation)."""
        o = self.viewbox.mapViewToScene(QPointF(0.0, 0.0))
        u = self.viewbox.mapViewToScene(QPointF(1.0, 1.0))
        return u.x() - o.x(), o.x(), u.y() - o.y(), o.y()

    def grab(self, scene_pos: QPointF, handles: bool) -> bool:
        """True when a press at `scene_pos` takes a handle (`handles`) or the body of my line."""
        if not self.on:
            return False
        a, b, c, d = self._scene()
        px, py = scene_pos.x(), scene_pos.y()
        if handles:
            hx, hy = self.handle_points()
            dist = np.hypot(a * hx + b - px, c * hy + d - py)
            i = int(np.argmin(dist))
            if dist[i] <= theme.Sizes.marker * 0.75 + 4:
                self._grabbed = i
                return True
            return False
        sx, sy = self.curve.getData()
        if sx is None or len(sx) < 2:
            return False
        sx, sy = a * np.asarray(sx) + b, c * np.asarray(sy) + d
        if _distance_to_polyline(px, py, sx, sy) <= BODY_REACH_PX:
            self._grabbed = -1
            return True
        return False

    def drag(self, ev) -> None:
        lesson, model = self.lesson, self.lesson.model
        at = self.viewbox.mapSceneToView(ev.scenePos())
        if ev.isStart() or self._start is None:
            down = self.viewbox.mapSceneToView(ev.buttonDownScenePos())
            self._start = (lesson.mine, lesson.my_line, self.handle_xs().copy(), down)
        old, beta0, xs0, down = self._start
        dx, dy = at.x() - down.x(), at.y() - down.y()
        if self._grabbed is None or self._grabbed < 0:
            beta, xs = moved(model, beta0, xs0, dx, dy)
            what = "move my line"
        else:
            i = self._grabbed
            y0 = float(model.predict(beta0, xs0[i:i + 1])[0])
            turned = tilted(model, beta0, xs0, i, float(xs0[i] + dx), y0 + dy)
            what = "tilt my line" if model.n_coefficients == 2 else "bend my curve"
            if turned is None:
                beta, xs = lesson.my_line, self.handle_xs()
            else:
                beta, xs = turned
        self.xs = xs
        lesson.drag_my_line(beta)
        if ev.isFinish():
            self._start, self._grabbed = None, None
            lesson.finish_my_line_drag(old, what)
            lesson.say(f"My line: {_parts(model.coefficient_names, lesson.my_line)}")


def _distance_to_polyline(px: float, py: float, xs: Array, ys: Array) -> float:
    """The shortest distance from (px, py) to the segments through (xs, ys) (NaN gaps skipped)."""
    ax, ay, bx, by = xs[:-1], ys[:-1], xs[1:], ys[1:]
    ok = np.isfinite(ax) & np.isfinite(ay) & np.isfinite(bx) & np.isfinite(by)
    ax, ay, bx, by = ax[ok], ay[ok], bx[ok], by[ok]
    if not len(ax):
        return float("inf")
    vx, vy = bx - ax, by - ay
    length2 = vx * vx + vy * vy
    t = np.clip(((px - ax) * vx + (py - ay) * vy) / np.where(length2 > 0, length2, 1.0), 0.0, 1.0)
    return float(np.min(np.hypot(ax + t * vx - px, ay + t * vy - py)))


def _parts(names: tuple[str, ...], beta: Array) -> str:
    order = [1, 0] if names == ("c", "m") else range(len(names))
    return ", ".join(f"{names[i]} = {beta[i]:.4g}" for i in order)


class MyLineMode(QObject):
    """The mode's switch (M, the toolbar, the View menu), my line on the canvas and its panel
    beside it (the score bar, the residual plot)."""

    def __init__(self, window: QMainWindow, lesson: Lesson, canvas: Canvas, reveal: QAction) -> None:
        super().__init__(window)
        self.lesson, self.canvas = lesson, canvas
        self.layer = MyLineLayer(canvas, lesson)
        action = self.action = QAction("My line", window)
        action.setShortcut(QKeySequence(Qt.Key.Key_M))
        tip = ("Place my own line: drag it to move it, drag a handle to tilt it, or type m and c; "
               "the bar compares its J with the best (M)")
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.setCheckable(True)
        action.toggled.connect(lesson.set_my_line_mode)
        window.addAction(action)
        self.pin_action = QAction("Pin my line", window)
        self.pin_action.setToolTip("Keep my line as a pin labelled 'my line'")
        self.pin_action.triggered.connect(lambda _=False: lesson.pin(mine=True))
        self.panel = MyLinePanel(lesson, reveal, self.pin_action)
        self.panel.hide()
        layout = canvas.layout()
        assert layout is not None
        layout.addWidget(self.panel)
        canvas.styled(self.panel.restyle)
        canvas.installEventFilter(self)
        lesson.myLineModeChanged.connect(self._follow)
        lesson.modeChanged.connect(self._mode_changed)
        self._mode_changed(lesson.classification)
        self._follow(lesson.my_line_mode)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.canvas and event.type() == QEvent.Type.Resize:
            self.panel.fit_width(self.canvas.width())
        return False

    def add_to(self, toolbar: QToolBar, menus: QMenuBar) -> None:
        toolbar.addSeparator()
        toolbar.addAction(self.action)
        for top in menus.actions():
            menu = top.menu()
            if not isinstance(menu, QMenu):
                continue
            if top.text().replace("&", "") == "View":
                menu.addSeparator()
                menu.addAction(self.action)
            elif top.text().replace("&", "") == "Run":
                menu.addAction(self.pin_action)

    @Slot(bool)
    def _mode_changed(self, classification: bool) -> None:
        self.action.setEnabled(not classification)
        self.pin_action.setEnabled(not classification and self.lesson.my_line_mode)
        if classification:
            self.action.setToolTip("My line is for regression: a boundary of my own is still to come")
            self.lesson.set_my_line_mode(False)

    @Slot(bool)
    def _follow(self, on: bool) -> None:
        if self.action.isChecked() != on:
            self.action.setChecked(on)
        self.pin_action.setEnabled(on and not self.lesson.classification)
        self.canvas.hidden = set(FIT_OVERLAYS) if on else set()
        self.panel.setVisible(on)
        self.layer.redraw()
        self.canvas.redraw()
        if on:
            self.lesson.say("My line: drag it to move it, drag a round handle to tilt it, or type its m and c; "
                            "E reveals the best line")
