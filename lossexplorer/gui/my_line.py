"""My-line mode on the canvas: the student's own line with its handles, residuals and squares,
or in classification my boundary with its handles and a ring per point as large as its loss.

The line is the lesson's (`Lesson.my_line`); this layer draws it in its own colour with its
round handles (one per coefficient; a boundary has two) and turns drags into the lesson's
edits: a drag of the body moves the line by the drag, a drag of a handle tilts it about the
other one (a polynomial's handles move up and down at their x). Each drag is one undo step.
The maths is my_line_model.py's and my_boundary.py's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from numpy.typing import NDArray
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMenuBar, QToolBar

from . import my_boundary as boundary
from . import theme
from .canvas import MAX_DRAWN, MAX_SQUARES, Marks, Squares
from .geometry import boundary as boundary_line
from .geometry import clip_to_band, squares
from .i18n import number, translate
from .my_line_model import MyLine, handle_xs, moved, placeable, tilted
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
        #: where the handles are (the view's, not the document's): a line's handles' x, or a
        #: boundary's two handle points (2 × 2)
        self.state: Array | None = None
        self._grabbed: int | None = None  # the handle grabbed (-1: the body)
        self._start: tuple[MyLine, Array, Array, QPointF] | None = None
        self._keys: tuple[MyLine, Array, Array, float, float, str] | None = None  # a run of key moves
        self.squares = Squares()
        self.residuals = pg.PlotCurveItem(connect="pairs")
        self.curve = pg.PlotCurveItem()
        self.handles = Marks(symbol="o", hoverable=False)
        self.rings = Marks(brush=None, hoverable=False)  # classification: each point's loss under my boundary
        for item in (self.squares, self.handles, self.rings):
            item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        canvas.viewbox.addItem(self.squares)
        for item in (self.rings, self.residuals, self.curve, self.handles):
            canvas.plot.addItem(item)
        self.handles.setZValue(20)
        canvas.styled(self._style)
        canvas.drag_takers += [Grip(self, True), Grip(self, False)]
        canvas.legend_extras.append((self.curve, translate("my_line", "my line")))
        canvas.curve_layers.append(self.redraw)
        lesson.myLineChanged.connect(self.redraw)
        lesson.pointsChanged.connect(self._new_points)
        lesson.settingsChanged.connect(self._new_settings)
        lesson.overlaysChanged.connect(self.redraw)
        self.redraw()

    @property
    def on(self) -> bool:
        return self.lesson.my_line_mode

    def _style(self) -> None:
        size = theme.Sizes
        self.curve.setPen(theme.pen(theme.MINE, size.line))
        self.residuals.setPen(theme.pen(theme.MINE, size.line * 0.7))
        self.squares.setBrush(theme.colour(theme.MINE, 0.22))
        self.squares.setPen(theme.pen(theme.MINE, 1, alpha=0.9))
        self.handles.setSize(size.marker * 1.5)
        self.handles.setPen(pg.mkPen(theme.colour(theme.MINE), width=size.line))
        self.handles.setBrush(theme.colour(theme.BACKGROUND))
        self.rings.setPen(theme.pen(theme.MINE, size.thin))

    # --- where the handles are ---------------------------------------------------------------

    @Slot(bool)
    def _new_points(self, replaced: bool) -> None:
        if replaced:
            self.state = None  # new data: the handles go where it lies
        self.redraw()

    @Slot(object, object)
    def _new_settings(self, old: object, new: object) -> None:
        if getattr(old, "model", None) != getattr(new, "model", None):
            self.state = None
        self.redraw()

    def _handle_state(self) -> Array:
        """Where the handles are: where they were left (a boundary's, moved onto it as it is now),
        else spread over the points (or the view)."""
        lesson, model = self.lesson, self.lesson.model
        x = lesson.points.x
        if len(x):
            low, high = float(np.min(x)), float(np.max(x))
        else:
            (low, high), _ = self.viewbox.viewRange()
        if lesson.classification:
            if self.state is None or self.state.shape != (2, 2):
                middle = float(np.mean(lesson.points.y)) if len(x) else float(np.mean(self.viewbox.viewRange()[1]))
                centre = (low + high) / 2
                half = 0.3 * (high - low if high > low else 1.0)
                self.state = np.array([[centre - half, middle], [centre + half, middle]])
            self.state = boundary.handles(lesson.my_line, self.state)
        elif self.state is None or self.state.shape != (model.n_coefficients,):
            self.state = handle_xs(model, low, high)
        return self.state

    def handle_points(self) -> tuple[Array, Array]:
        """The handles, (x, y) in data units, on my line (or my boundary)."""
        state = self._handle_state()
        if self.lesson.classification:
            return state[:, 0].copy(), state[:, 1].copy()
        return state.copy(), self.lesson.model.predict(self.lesson.my_line, state)

    # --- drawing --------------------------------------------------------------------------

    @Slot()
    def redraw(self, *_args: object) -> None:
        items = (self.curve, self.handles, self.residuals, self.squares, self.rings)
        for item in items:
            item.setVisible(self.on)
        if not self.on:
            return
        label = translate("my_line", "my boundary") if self.lesson.classification else translate("my_line", "my line")
        extras = self.canvas.legend_extras
        extras[:] = [(item, text) for item, text in extras if item is not self.curve] + [(self.curve, label)]
        if self.lesson.classification:
            self._redraw_boundary()
            return
        self.rings.setData([], [])
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

    def _redraw_boundary(self) -> None:
        """My boundary z = 0 across the view, its handles, and a ring per point as large as its loss."""
        lesson = self.lesson
        (x0, x1), (y0, y1) = self.viewbox.viewRange()
        beta = lesson.my_line
        self.curve.setData(*boundary_line(beta, 0.0, (x0, x1, y0, y1)))
        self.handles.setData(*self.handle_points())
        self.residuals.setData([], [])
        self.squares.setsquares()
        x, y, objective = lesson.points.x, lesson.points.y, lesson.objective
        if lesson.overlays["residuals"] and objective is not None and 0 < len(x) <= MAX_DRAWN:
            with np.errstate(all="ignore"):
                losses = objective.per_point(beta)[1]
            self.rings.setData(x, y, size=ring_sizes(losses))
        else:
            self.rings.setData([], [])

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
            self._start = (lesson.mine, lesson.my_line, self._handle_state().copy(), down)
        old, beta0, xs0, down = self._start
        beta, what = self._moved_by(self._grabbed, beta0, xs0, at.x() - down.x(), at.y() - down.y())
        lesson.drag_my_line(beta)
        if ev.isFinish():
            self._start, self._grabbed = None, None
            lesson.finish_my_line_drag(old, what)
            lesson.say(translate("my_line", "My line: {coefficients}").format(
                coefficients=_parts(model.coefficient_names, lesson.my_line)))

    def _moved_by(self, grabbed: int | None, beta0: Array, xs0: Array, dx: float, dy: float) -> tuple[Array, str]:
        """My line (or boundary) as it was (beta0, handles xs0) with handle `grabbed` (None or −1: the
        body) moved by (dx, dy), and the undo step's name; the handles follow."""
        lesson, model = self.lesson, self.lesson.model
        self._grabbed = grabbed
        if lesson.classification:
            return self._drag_boundary(beta0, xs0, dx, dy)
        if grabbed is None or grabbed < 0:
            beta, self.state = moved(model, beta0, xs0, dx, dy)
            return beta, translate("my_line", "move my line")
        y0 = float(model.predict(beta0, xs0[grabbed:grabbed + 1])[0])
        turned = tilted(model, beta0, xs0, grabbed, float(xs0[grabbed] + dx), y0 + dy)
        what = (translate("my_line", "tilt my line") if model.n_coefficients == 2
                else translate("my_line", "bend my curve"))
        if turned is None:
            return lesson.my_line, what
        beta, self.state = turned
        return beta, what

    # --- the keyboard's moves (the keyboard cursor takes a handle with Tab) -------------------

    def key_move(self, handle: int, dx: float, dy: float) -> None:
        """Move handle `handle` by (dx, dy) data units, as a drag of it would; a run of such moves
        is one undo step, which `end_key_moves` closes."""
        lesson = self.lesson
        if self._keys is None:
            self._keys = (lesson.mine, lesson.my_line, self._handle_state().copy(), 0.0, 0.0, "")
        old, beta0, xs0, tx, ty, _ = self._keys
        beta, what = self._moved_by(handle, beta0, xs0, tx + dx, ty + dy)
        self._grabbed = None
        self._keys = (old, beta0, xs0, tx + dx, ty + dy, what)
        lesson.drag_my_line(beta)

    def end_key_moves(self) -> None:
        if self._keys is not None:
            old, what = self._keys[0], self._keys[5]
            self._keys = None
            self.lesson.finish_my_line_drag(old, what)

    def _drag_boundary(self, beta0: Array, points0: Array, dx: float, dy: float) -> tuple[Array, str]:
        """A drag of my boundary: its body moves it, a handle turns it about the other."""
        if self._grabbed is None or self._grabbed < 0:
            beta, self.state = boundary.moved(beta0, points0, dx, dy)
            return beta, translate("my_line", "move my boundary")
        i = self._grabbed
        turned = boundary.tilted(beta0, points0, i, float(points0[i, 0] + dx), float(points0[i, 1] + dy))
        if turned is None:
            return self.lesson.my_line, translate("my_line", "turn my boundary")
        beta, self.state = turned
        return beta, translate("my_line", "turn my boundary")


def ring_sizes(losses: Array) -> Array:
    """A ring's size as the canvas draws the fit's: its area grows with the point's loss."""
    loss = np.clip(np.nan_to_num(np.asarray(losses, float), nan=0.0, posinf=25.0), 0.0, 25.0)
    return theme.Sizes.marker * np.sqrt(1.0 + 4.0 * loss)


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
    parted = "; " if number(0.5, ".1f") != "0.5" else ", "  # a decimal comma: a semicolon parts them
    return parted.join(f"{names[i]} = {number(beta[i], '.4g')}" for i in order)


class MyLineMode(QObject):
    """The mode's switch (M, the toolbar, the View menu), my line on the canvas and its panel
    beside it (the score bar, the residual plot)."""

    def __init__(self, window: QMainWindow, lesson: Lesson, canvas: Canvas, reveal: QAction) -> None:
        super().__init__(window)
        self.lesson, self.canvas = lesson, canvas
        self.layer = MyLineLayer(canvas, lesson)
        canvas.keyboard.my_line = self.layer  # Tab walks on from the points to its handles
        action = self.action = QAction(translate("my_line", "My line"), window)
        action.setShortcut(QKeySequence(Qt.Key.Key_M))
        self.tip = tip = translate(
            "my_line", "Place my own line (in classification my boundary): drag it to move it, drag a handle "
                       "to tilt it, or type its coefficients; the bar compares its J with the best (M)")
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.setCheckable(True)
        action.toggled.connect(lesson.set_my_line_mode)
        window.addAction(action)
        self.pin_action = QAction(translate("my_line", "Pin my line"), window)
        self.pin_action.setToolTip(translate("my_line", "Keep my line as a pin labelled 'my line'"))
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
        lesson.problemChanged.connect(self._mode_changed)
        self._mode_changed()
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
            if top.text() in _titles("&View"):
                menu.addSeparator()
                menu.addAction(self.action)
            elif top.text() in _titles("&Run"):
                menu.addAction(self.pin_action)

    @Slot()
    def _mode_changed(self, *_args: object) -> None:
        """A model whose line cannot be placed by hand (softmax's K scores) turns the mode off."""
        on = placeable(self.lesson.model)
        self.action.setEnabled(on)
        self.action.setToolTip(self.tip if on else translate(
            "my_line", "My line takes one line or boundary: not the softmax model's K"))
        self.pin_action.setText(translate("my_line", "Pin my boundary") if self.lesson.classification
                                else translate("my_line", "Pin my line"))
        self.pin_action.setEnabled(on and self.lesson.my_line_mode)
        if not on:
            self.lesson.set_my_line_mode(False)

    @Slot(bool)
    def _follow(self, on: bool) -> None:
        """The mode on: my line and its panel, the fit's residuals and squares left to it, and the
        best line hidden (the class guesses first; E reveals it, as always)."""
        if self.action.isChecked() != on:
            self.action.setChecked(on)
        if on:
            self.lesson.set_overlay("exact", False)
        self.pin_action.setEnabled(on and placeable(self.lesson.model))
        self.canvas.hidden = set(FIT_OVERLAYS) if on else set()
        self.panel.setVisible(on)
        self.layer.redraw()
        self.canvas.redraw()
        if on and self.lesson.classification:
            self.lesson.say(translate(
                "my_line", "My boundary: drag it to move it, drag a round handle to turn it, or type β0, β1, β2; "
                           "E reveals the best boundary"))
        elif on:
            self.lesson.say(translate(
                "my_line", "My line: drag it to move it, drag a round handle to tilt it, or type its m and c; "
                           "E reveals the best line"))


#: the menus' context: actions.py makes the menu bar (a variable, so lupdate leaves the call to actions.py)
_MENUS = "actions"


def _titles(title: str) -> tuple[str, ...]:
    """A menu's title as the menu bar may show it: the English, and in the window's language."""
    return title, QCoreApplication.translate(_MENUS, title)
