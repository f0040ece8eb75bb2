"""The canvas: the points, the fit, and everything the SSE text draws on top of them.

Mouse: a left click on empty space adds a point; dragging a point moves it (one undo
command per drag); a right click on a point removes it (Shift+right-click: the point's menu);
the wheel zooms and dragging empty space pans. Held-out points (train and test) are hollow.
Every edit goes to the lesson, and the canvas draws what the lesson holds.
A new data set is framed with the squares drawn on it; an edit that puts a point or a square
outside widens the frame, unless the person has zoomed or panned.
Overlays: the current fit, the exact answer (dashed), residual segments, the residual squares
(RSS, red), the bias-only line ȳ with its squares (TSS, green), per-point gradient arrows
(dℓ/dp) and the mean point (x̄, ȳ).

In classification the points are (x1, x2) in K = 2 … 5 classes (colour and shape); a left
click adds the chosen class and Shift+click the next. The overlays then become the decision
boundaries (z = 0 for two classes, z_k = z_l where classes k and l meet), the exact ones, a ring
per point as large as its loss, each predicted class's region as a faint wash (regions.py), and
the hinge's margins z = ±1.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

import numpy as np
import pyqtgraph as pg
from numpy.typing import NDArray
from PySide6.QtCore import QPointF, QRectF, Qt, Signal, Slot
from PySide6.QtGui import QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QHBoxLayout, QWidget

from lossexplorer.core import Model

from . import theme
from .geometry import MAX_MARKERS as MAX_MARKERS  # the tests and benchmarks read it here
from .geometry import boundary, clip_to_band, empty_share, frame, point_at, squares, thinned
from .i18n import translate
from .keyboard_cursor import KeyboardCursor
from .modes import OVERLAYS as OVERLAYS
from .regions import class_boundaries, class_image
from .scene_words import SceneWords

if TYPE_CHECKING:
    from .dataset import Points
    from .lesson import Lesson

Array = NDArray[np.float64]
#: per-point overlays (segments, squares, arrows) are drawn up to this many points; beyond
#: it they would be a solid smear that only costs frames
MAX_DRAWN = 2000
#: squares are readable up to a few hundred; past that they only hide the points
MAX_SQUARES = 300
HIT_MARGIN_PX = 5.0
#: a sample of many points leaves room for this many clicks, each drawn without drawing the rest
ROOM_FOR_CLICKS = 1000
CURVE_SAMPLES = 400


@dataclass
class FitPicture:
    """What the canvas draws besides the points: a model, its coefficients, the exact answer."""

    model: Model | None = None
    beta: Array | None = None
    exact: Array | None = None
    dldp: Array | None = None  # per-point dℓ/dp at beta
    pins: list[tuple[str, str, Model, Array]] = field(default_factory=list)  # label, colour, model, beta
    losses: Array | None = None  # classification: per-point loss at beta, drawn as rings
    margins: bool = False  # classification: draw z = ±1 (hinge)
    #: the exact answer's own predictions (core.Solution.predict): stable where Σ β_j·x^j cancels
    exact_predict: Callable[[Array], Array] | None = None
    #: the predicted mean of y from the model's p (the loss's inverse link: Poisson's exp(f)), None: p itself
    mean: Callable[[Array], Array] | None = None

    @property
    def classification(self) -> bool:
        return self.model is not None and self.model.classification

    def predict(self, model: Model, beta: Array, x: Array) -> Array:
        """What the fit predicts for y at x: p = f(x; β), or exp(f) under a log link."""
        p = model.predict(beta, x)
        return p if self.mean is None else self.mean(p)


def fit_picture(lesson: Lesson) -> FitPicture:
    """What the canvas draws besides the points, from the lesson: the fit, the exact answer, each
    point's pull (dℓ/dp) or loss, and the pins of this mode."""
    beta = lesson.descent.coefficients
    dldp = losses = None
    few = len(lesson.points) <= MAX_DRAWN  # per-point arrows and rings are drawn up to MAX_DRAWN points
    if lesson.objective is not None and few and np.all(np.isfinite(beta)):
        with np.errstate(all="ignore"):
            _, losses, dldp = lesson.objective.per_point(beta)
        if lesson.points.split:  # J has the training points only: a held-out point pulls nothing
            keep = ~lesson.points.held_out
            losses, dldp = (_at(keep, v) for v in (losses, dldp))
    mode = lesson.classification
    pins = [(p.label, p.colour, p.model, p.coefficients) for p in lesson.pins if p.model.classification == mode]
    exact = lesson.exact_solution
    loss = lesson.settings.loss_()
    return FitPicture(lesson.model, beta, lesson.exact, dldp, pins, losses, loss.margins,
                      exact.predict if exact is not None and exact.coordinates is not None else None,
                      None if loss.link == "identity" or mode else loss.mean)


def _at(keep: NDArray[np.bool_], values: Array) -> Array:
    """Values of the kept points spread over all of them, 0 at the others."""
    out = np.zeros(len(keep))
    out[keep] = values
    return out


class Marks(pg.ScatterPlotItem):
    """Scatter markers that never take a click: the canvas's ViewBox decides what clicks do."""

    def mouseClickEvent(self, ev) -> None:
        ev.ignore()

    def move_spot(self, index: int, x: float, y: float) -> None:
        """Put marker `index` at (x, y), leaving the others as they are (`setData` styles every
        marker again: 20,000 of them took 80 ms a mouse move)."""
        self.data["x"][index], self.data["y"][index] = x, y
        self.prepareGeometryChange()
        self.bounds = [None, None]
        self.invalidate()


class CanvasViewBox(pg.ViewBox):
    """Turns mouse events on the data into undoable edits; leaves the rest to the ViewBox."""

    def __init__(self, canvas: Canvas) -> None:
        super().__init__()
        self.canvas = canvas
        self._drag: tuple[int, tuple[float, float]] | None = None
        self._taker: DragTaker | None = None  # a layer that took this drag (my line's handles)

    @property
    def dragging(self) -> int | None:
        """The point being dragged, or None."""
        return None if self._drag is None else self._drag[0]

    def _hit(self, scene_pos: QPointF) -> int | None:
        pos = self.mapSceneToView(scene_pos)
        return self.canvas.point_at(pos.x(), pos.y())

    def _taker_at(self, scene_pos: QPointF, points_first: bool) -> DragTaker | None:
        """The layer that takes a press at `scene_pos`: one that wants it before the points,
        else (no point there) one that wants it after them."""
        takers = [t for t in self.canvas.drag_takers if t.before_points == points_first]
        return next((t for t in takers if t.takes(scene_pos)), None)

    def mouseClickEvent(self, ev) -> None:
        hit = self._hit(ev.scenePos())
        lesson = self.canvas.lesson
        if ev.button() == Qt.MouseButton.LeftButton and (
                self._taker_at(ev.scenePos(), True) or (hit is None and self._taker_at(ev.scenePos(), False))):
            ev.accept()  # a click on my line's handle or body adds no point
            return
        if ev.button() == Qt.MouseButton.LeftButton:
            ev.accept()
            if hit is None:
                pos = self.mapSceneToView(ev.scenePos())
                other = bool(ev.modifiers() & Qt.KeyboardModifier.ShiftModifier)  # Shift+click: the other class
                lesson.add_point(pos.x(), pos.y(), other_class=other)
            else:
                lesson.select(hit)
        elif ev.button() == Qt.MouseButton.RightButton and hit is not None:
            ev.accept()
            if ev.modifiers() & Qt.KeyboardModifier.ShiftModifier:  # the point's menu (hold out, remove)
                lesson.select(hit)
                self.canvas.pointMenuRequested.emit(hit, ev.screenPos().toPoint())
            else:
                lesson.remove_points([hit])
        else:
            super().mouseClickEvent(ev)

    def mouseDragEvent(self, ev, axis=None) -> None:
        if ev.button() != Qt.MouseButton.LeftButton:
            super().mouseDragEvent(ev, axis)
            return
        lesson = self.canvas.lesson
        if ev.isStart():
            down = ev.buttonDownScenePos()
            points_win = self._hit(down) is not None
            self._taker = self._taker_at(down, True) or (None if points_win else self._taker_at(down, False))
        if self._taker is not None:
            ev.accept()
            self._taker.drag(ev)
            if ev.isFinish():
                self._taker = None
            return
        if ev.isStart():
            hit = self._hit(ev.buttonDownScenePos())
            self._drag = None if hit is None else (hit, lesson.points.row(hit)[:2])
            if hit is not None:
                lesson.select(hit)
        if self._drag is None:
            super().mouseDragEvent(ev, axis)
            return
        ev.accept()
        index, old = self._drag
        pos = self.mapSceneToView(ev.scenePos())
        lesson.drag_point(index, pos.x(), pos.y())
        if ev.isFinish():
            self._drag = None
            lesson.finish_drag(index, old, (pos.x(), pos.y()))
            self.canvas.edited()  # the drag's last step was drawn already: widen the view now if need be


class Canvas(QWidget, theme.Styled):
    """A pyqtgraph plot of the lesson's points with the fit overlays; edits go to the lesson."""

    pointMenuRequested = Signal(int, object)  # a point's index and where on the screen its menu goes

    def __init__(self, lesson: Lesson, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lesson = lesson
        self.drawn = 0  # markers on the canvas: len(points) unless there are too many to draw
        self._drawn_token = 0  # the Points value the markers show (`Points.token`)
        self._drawn_index: NDArray[np.intp] | None = None  # which of its points they are (None: all)
        self.picture = FitPicture()
        #: the framing the canvas chose (the width and height it shows), until the person zooms or pans
        self.framed: tuple[float, float] | None = None
        self._reframe: str | None = None  # at the next frame pass: "all" (new data), "grow" (an edit)
        self.drag_takers: list[DragTaker] = []  # layers whose items a drag moves (my line)
        self.hidden: set[str] = set()  # overlays a mode draws itself (my-line mode: residuals, squares)
        self.legend_extras: list[tuple[pg.GraphicsObject, str]] = []  # (item, label) of other layers
        self.curve_layers: list[Callable[[], None]] = []  # drawn with the curves, at every view change

        self.viewbox = CanvasViewBox(self)
        self.plot_widget = pg.PlotWidget(viewBox=self.viewbox, axisItems=theme.axes())
        self.plot_widget.setObjectName("canvas")
        self.plot = self.plot_widget.getPlotItem()
        self.viewbox.setAspectLocked(True)
        self.legend = self.plot.addLegend(offset=(10, 10), labelTextSize=f"{theme.Sizes.font_pt}pt", **theme.LEGEND)
        layout = QHBoxLayout(self)  # a mode's panel may sit beside the plot (my line's score)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot_widget)
        self._make_items()
        self.keyboard = KeyboardCursor(self)  # the canvas without a mouse (K)
        self.words = SceneWords(self)  # and in words, for a screen reader
        self.viewbox.sigXRangeChanged.connect(self._redraw_curves)
        self.viewbox.sigRangeChangedManually.connect(self._moved_by_hand)
        self.viewbox.sigYRangeChanged.connect(self._on_y_range)
        self._show_mode(lesson.classification)
        self._show_points(True)
        lesson.pointsChanged.connect(self._show_points)
        lesson.selectionChanged.connect(self._draw_selection)
        lesson.overlaysChanged.connect(self.redraw)
        lesson.modeChanged.connect(self._show_mode)

    @property
    def visible(self) -> dict[str, bool]:
        """The overlays on show (the lesson keeps them, per mode), but those a mode draws itself."""
        return {name: on and name not in self.hidden for name, on in self.lesson.overlays.items()}

    # --- items ------------------------------------------------------------------------

    def _make_items(self) -> None:
        self.tss_squares = self._path_item(theme.TSS, 0.18)
        self.rss_squares = self._path_item(theme.RSS, 0.22)
        self.tss_line = pg.PlotCurveItem()
        self.residuals = pg.PlotCurveItem(connect="pairs")
        self.arrows = pg.PlotCurveItem(connect="pairs")
        self.arrow_heads = Marks(pen=None, brush=theme.colour(theme.ARROW))
        self.exact_curve = pg.PlotCurveItem()
        self.fit_curve = pg.PlotCurveItem()
        self.markers = Marks(brush=theme.colour(theme.POINT), hoverable=False)
        # the points stay put while a run moves the fit across them: paint them from a pixmap
        # (10⁴ markers cost 10 ms a frame, the pixmap under 1 ms)
        self.markers.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.selection = Marks(brush=None)
        self.mean_point = Marks(symbol="star", brush=theme.colour(theme.MEAN), pen=pg.mkPen("k", width=1))
        # classification: σ(z) behind everything, z = ±1, and a ring per point as large as its loss
        self.probability = pg.ImageItem()
        self.probability.setZValue(-100)
        self.margin_curves = (pg.PlotCurveItem(), pg.PlotCurveItem())
        self.loss_rings = Marks(brush=None, hoverable=False)
        self.styled(self._style_items)
        for item in (self.markers, self.selection, self.mean_point, self.arrow_heads, self.rss_squares,
                     self.tss_squares, self.loss_rings, self.probability):
            item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # the ViewBox decides what a click does
        for item in (self.probability, self.tss_squares, self.rss_squares):
            self.viewbox.addItem(item)
        for item in (*self.margin_curves, self.loss_rings, self.tss_line, self.residuals, self.arrows, self.arrow_heads,
                     self.exact_curve, self.fit_curve,
                     self.markers, self.selection, self.mean_point):
            self.plot.addItem(item)
        self.pin_curves: list[pg.PlotCurveItem] = []
        self._legend_key: list[tuple[int, str, str]] = []
        self._set_legend()

    def _style_items(self) -> None:
        size = theme.Sizes
        theme.style_plot(self.plot)
        self.tss_line.setPen(theme.pen(theme.TSS, size.line * 0.8, Qt.PenStyle.DashDotLine))
        self.residuals.setPen(theme.pen(theme.RSS, size.line * 0.7))
        self.arrows.setPen(theme.pen(theme.ARROW, size.line))
        self.arrow_heads.setSize(size.marker)
        self.exact_curve.setPen(theme.pen(theme.EXACT, size.line * 0.8, Qt.PenStyle.DashLine))
        # the boundary is not in a class's colour: class 1 is drawn in the fit's vermillion
        self.fit_curve.setPen(theme.pen(theme.BOUNDARY if self.picture.classification else theme.FIT, size.line))
        self.markers.setSize(size.marker)
        self.markers.setPen(pg.mkPen("w", width=max(1.5, size.line / 2)))
        self.selection.setSize(size.marker + 10)
        self.selection.setPen(pg.mkPen(theme.colour(theme.ORANGE), width=size.line))
        self.mean_point.setSize(size.marker + 6)
        for curve in self.margin_curves:
            curve.setPen(theme.pen(theme.BOUNDARY, size.line * 0.7, Qt.PenStyle.DashLine))
        self.loss_rings.setPen(theme.pen(theme.FOREGROUND, size.thin, alpha=0.75))
        for curve, (_label, hex_colour, _model, _beta) in zip(getattr(self, "pin_curves", []), self.picture.pins):
            curve.setPen(theme.pen(hex_colour, size.line * 0.9))
        self._legend_key = []  # the legend takes the new sizes when it is next drawn
        if self.lesson.points.split and self.drawn:  # held-out points keep their outline at the new width
            self._drawn_token = 0
            self._show_points(False)

    def _path_item(self, hex_colour: str, alpha: float) -> Squares:
        item = Squares()
        item.setBrush(theme.colour(hex_colour, alpha))
        item.setPen(theme.pen(hex_colour, 1, alpha=0.9))  # whole pixels: the fast stroking path
        return item

    def _set_legend(self) -> None:
        entries = []
        classification = self.picture.classification
        if classification:
            names = (translate("canvas", "decision boundary"), translate("canvas", "exact boundary"))
        else:
            names = (translate("canvas", "current fit"), translate("canvas", "exact answer"))
        if self.visible["fit"] and self.picture.beta is not None:
            entries.append((self.fit_curve, names[0]))
        if self.visible["exact"] and self.picture.exact is not None:
            entries.append((self.exact_curve, names[1]))
        for curve, (label, _hex_colour, *_rest) in zip(self.pin_curves, self.picture.pins):
            entries.append((curve, label))
        entries += [(item, label) for item, label in self.legend_extras if item.isVisible()]
        key = [(id(curve), label, curve.opts["pen"].color().name()) for curve, label in entries]
        if key == self._legend_key:
            return  # rebuilding the legend relayouts the plot: only when its entries change
        self._legend_key = key
        self.legend.clear()
        for curve, label in entries:
            self.legend.addItem(curve, html.escape(label))  # the legend renders markup; a pin's label is plain text

    def point_at(self, x: float, y: float) -> int | None:
        """The point whose marker covers (x, y), in data units, or None."""
        dx, dy = self.viewbox.viewPixelSize()
        radius = theme.Sizes.marker / 2 + HIT_MARGIN_PX
        points = self.lesson.points
        return point_at(points.x, points.y, x, y, (abs(dx) or 1e-12, abs(dy) or 1e-12), radius)

    # --- drawing ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Draw the lesson's fit, exact answer and pins (a frame pass); frame a new data set with
        the squares of its fit, and widen the frame for an edit that left it."""
        self.show_picture(fit_picture(self.lesson))
        reframe, self._reframe = self._reframe, None
        if reframe == "all":
            self.fit_view_to_data()
        elif reframe == "grow":
            self.edited()

    def show_picture(self, picture: FitPicture) -> None:
        mode_changed = picture.classification != self.picture.classification
        self.picture = picture
        if mode_changed:
            self._style_items()
        while len(self.pin_curves) < len(picture.pins):
            curve = pg.PlotCurveItem()
            self.plot.addItem(curve)
            self.pin_curves.append(curve)
        while len(self.pin_curves) > len(picture.pins):
            self.plot.removeItem(self.pin_curves.pop())
        for curve, (_label, hex_colour, _model, _beta) in zip(self.pin_curves, picture.pins):
            curve.setPen(theme.pen(hex_colour, theme.Sizes.line * 0.9))
        self.redraw()

    @Slot(bool)
    def _show_mode(self, classification: bool) -> None:
        self._show_axes()

    def _show_axes(self) -> None:
        """The axes' names: the data set's, with units (a real preset, an imported file), else x and y."""
        points = self.lesson.points
        names = points.axes or (("x1", "x2") if points.classification else ("x", "y"))
        self.plot.setLabel("bottom", html.escape(names[0]))
        self.plot.setLabel("left", html.escape(names[1]))

    @Slot(bool)
    def _show_points(self, replaced: bool) -> None:
        """Draw the lesson's points; a new data set is framed. A hand edit of the points drawn last
        moves or adds its one marker (on a million points, redrawing them all took most of a move)."""
        points = self.lesson.points
        edit = points.origin
        if not replaced and edit is not None and edit.parent == self._drawn_token and self._follow(points):
            self._drawn_token = points.token
            self._draw_selection()
            return
        x, y, labels, held = points.x, points.y, points.labels, points.held
        keep = thinned(x, y, MAX_MARKERS - ROOM_FOR_CLICKS)
        if keep is not None:
            x, y, labels, held = x[keep], y[keep], labels[keep], None if held is None else held[keep]
        self.drawn = len(x)
        self._drawn_token, self._drawn_index = points.token, keep
        style = self._marker_style(points.classification, labels, held)
        self.markers.setData(x, y, **style)  # only here: runs keep them
        self._draw_selection()
        if replaced:
            self._show_axes()
            self.fit_view_to_data()  # the points now; with their squares once the new fit is drawn
            self._reframe = "all"
        elif self.viewbox.dragging is None and self._reframe is None:
            self._reframe = "grow"  # an edit (at the end of a drag, not at every step of it)

    @staticmethod
    def _marker_style(classification: bool, labels: NDArray[np.int64],
                      held: NDArray[np.bool_] | None = None) -> dict[str, object]:
        """Each point's symbol and brush; a held-out point (train and test) hollow, its outline in its colour."""
        if not classification:
            style: dict[str, object] = {"symbol": "o", "brush": theme.colour(theme.POINT)}
            colours = [theme.POINT] * len(labels)
        else:
            brushes = [theme.colour(c) for c in theme.CLASS_COLOURS]  # each class its own colour and shape
            style = {"symbol": [theme.CLASS_SYMBOLS[k] for k in labels.tolist()],
                     "brush": [brushes[k] for k in labels.tolist()]}
            colours = [theme.CLASS_COLOURS[k] for k in labels.tolist()]
        if held is not None and held.any():
            solid = style["brush"] if isinstance(style["brush"], list) else [style["brush"]] * len(labels)
            outline = pg.mkPen("w", width=max(1.5, theme.Sizes.line / 2))
            style["brush"] = [theme.colour(theme.BACKGROUND) if h else b for h, b in zip(held.tolist(), solid)]
            style["pen"] = [theme.pen(c, theme.Sizes.line) if h else outline for h, c in zip(held.tolist(), colours)]
        return style

    def _follow(self, points: Points) -> bool:
        """Draw the one point a move or a click at the end changed; False when only drawing them
        all again will do."""
        edit, drawn = points.origin, self._drawn_index
        assert edit is not None
        moved = edit.moved
        if moved is not None:
            at = moved if drawn is None else int(np.searchsorted(drawn, moved))
            if drawn is None or (at < len(drawn) and drawn[at] == moved):
                self.markers.move_spot(at, float(points.x[moved]), float(points.y[moved]))
            return True
        if not edit.removed and len(edit.added) == 1 and edit.added[0][0] == len(points) - 1:
            i = len(points) - 1
            if (drawn is None and len(points) > MAX_MARKERS) or self.drawn >= MAX_MARKERS:
                return False
            if drawn is not None:
                self._drawn_index = np.append(drawn, i)  # the sample stays; the new point joins it
            self.markers.addPoints(x=[points.x[i]], y=[points.y[i]],
                                   **self._marker_style(points.classification, points.labels[i:]))
            self.drawn += 1
            return True
        return False

    @Slot()
    def _draw_selection(self, *_args: object) -> None:
        i, points = self.lesson.selected, self.lesson.points
        if i is None:
            self.selection.setData([], [])
        else:
            self.selection.setData([points.x[i]], [points.y[i]])

    @Slot()
    def redraw(self) -> None:
        x, y = self.lesson.points.x, self.lesson.points.y
        pic, vis = self.picture, self.visible
        if pic.classification:
            for item in (self.residuals, self.mean_point, self.tss_line):
                item.setData([], [])
            self.rss_squares.setsquares()
            self.tss_squares.setsquares()
            self._redraw_classes()
            self._redraw_curves()
            self._redraw_arrows()
            self._set_legend()
            return
        self.loss_rings.setData([], [])
        self.probability.clear()
        p = None
        if pic.model is not None and pic.beta is not None and 0 < len(x) <= MAX_DRAWN:
            with np.errstate(all="ignore"):
                p = pic.predict(pic.model, pic.beta, x)
        if vis["residuals"] and p is not None:
            smooth = len(x) <= MAX_SQUARES  # many thin segments need no antialiasing
            self.residuals.setData(np.repeat(x, 2), np.column_stack([y, p]).ravel(), antialias=smooth)
        else:
            self.residuals.setData([], [])
        rss, tss = self._squares(p)
        self.rss_squares.setsquares(*rss)
        self.tss_squares.setsquares(*tss)
        train = self.lesson.points.training  # x̄, ȳ of J's points
        if vis["mean"] and len(train):
            self.mean_point.setData([train.x.mean()], [train.y.mean()])
        else:
            self.mean_point.setData([], [])
        self._redraw_curves()
        self._redraw_arrows()
        self._set_legend()

    def _redraw_classes(self) -> None:
        """Classification's per-point loss rings (they stay put while the view moves)."""
        pic, x, y = self.picture, self.lesson.points.x, self.lesson.points.y
        losses = pic.losses
        if self.visible["residuals"] and losses is not None and len(losses) == len(x) and 0 < len(x) <= MAX_DRAWN:
            # the ring's area grows with the loss: a point the model gets right and sure wears none to
            # speak of, one at p = ½ (bce: ln 2) twice its size, a confidently wrong one many times
            loss = np.clip(np.nan_to_num(losses, nan=0.0, posinf=25.0), 0.0, 25.0)
            size = theme.Sizes.marker * np.sqrt(1.0 + 4.0 * loss)
            self.loss_rings.setData(x, y, size=size)
        else:
            self.loss_rings.setData([], [])

    def _redraw_classification_curves(self) -> None:
        """The decision boundary z = 0 (σ = ½), the exact one, pins, z = ±1 and the σ(z) wash."""
        (x0, x1), (y0, y1) = self.viewbox.viewRange()
        rect = (x0, x1, y0, y1)
        pic, vis = self.picture, self.visible

        def draw(curve: pg.PlotCurveItem, model: Model | None, beta: Array | None, on: bool,
                 level: float = 0.0) -> None:
            if not (on and model is not None and beta is not None and len(beta) == model.n_coefficients):
                curve.setData([], [])
            elif model.softmax:  # K classes: where two meet above the others
                curve.setData(*class_boundaries(model, beta, rect), connect="finite")
            else:
                curve.setData(*boundary(beta, level, rect))

        draw(self.fit_curve, pic.model, pic.beta, vis["fit"])
        draw(self.exact_curve, pic.model, pic.exact, vis["exact"])
        for curve, (_label, _colour, model, beta) in zip(self.pin_curves, pic.pins):
            draw(curve, model, beta, model.classification)
        for curve, level in zip(self.margin_curves, (1.0, -1.0)):
            draw(curve, pic.model, pic.beta, vis["tss"] and pic.margins, level)
        self.tss_line.setData([], [])
        if (vis["rss"] and pic.model is not None and pic.beta is not None and np.all(np.isfinite(pic.beta))
                and len(pic.beta) == pic.model.n_coefficients and x1 > x0 and y1 > y0):
            self.probability.setImage(class_image(pic.model, pic.beta, rect), autoLevels=False)
            self.probability.setRect(QRectF(x0, y0, x1 - x0, y1 - y0))
        else:
            self.probability.clear()

    def _redraw_curves(self) -> None:
        self._draw_curves()
        for layer in self.curve_layers:  # what other layers draw along the view (my line, the equations)
            layer()

    def _draw_curves(self) -> None:
        if self.picture.classification:
            self._redraw_classification_curves()
            return
        for curve in self.margin_curves:
            curve.setData([], [])
        (x0, x1), (y0, y1) = self.viewbox.viewRange()
        xs = np.linspace(x0, x1, CURVE_SAMPLES)
        pic, vis = self.picture, self.visible
        lo, hi = y0 - (y1 - y0), y1 + (y1 - y0)  # a view's height of room: panning shows no cut

        def draw(curve: pg.PlotCurveItem, model: Model | None, beta: Array | None, on: bool) -> None:
            if on and model is not None and beta is not None and np.all(np.isfinite(beta)):
                with np.errstate(all="ignore"):
                    ys = pic.predict(model, beta, xs)
                curve.setData(*clip_to_band(xs, ys, lo, hi), connect="finite")
            else:
                curve.setData([], [])

        draw(self.fit_curve, pic.model, pic.beta, vis["fit"])
        if pic.exact_predict is not None and vis["exact"] and pic.exact is not None:
            with np.errstate(all="ignore"):
                ys = pic.exact_predict(xs)
                ys = ys if pic.mean is None else pic.mean(ys)
            self.exact_curve.setData(*clip_to_band(xs, ys, lo, hi), connect="finite")
        else:
            draw(self.exact_curve, pic.model, pic.exact, vis["exact"])
        for curve, (_label, _colour, model, beta) in zip(self.pin_curves, pic.pins):
            draw(curve, model, beta, True)
        if vis["tss"] and len(self.lesson.points.training):
            self.tss_line.setData([x0, x1], [self.lesson.points.training.y.mean()] * 2)
        else:
            self.tss_line.setData([], [])

    def _on_y_range(self) -> None:
        self._redraw_curves()  # curves are cut to the view's height; a boundary crosses it in y as well
        if not self.picture.classification:
            self._redraw_arrows()

    def _redraw_arrows(self) -> None:
        pic = self.picture
        x = self.lesson.points.x
        drawn = len(x) <= MAX_DRAWN and pic.dldp is not None and len(x) == len(pic.dldp)
        if not (self.visible["arrows"] and drawn and pic.model is not None) or pic.classification:
            self.arrows.setData([], [])
            self.arrow_heads.setData([], [])
            return
        if pic.model is None or pic.beta is None:
            return
        with np.errstate(all="ignore"):
            p = pic.predict(pic.model, pic.beta, x)
        pull = -np.asarray(pic.dldp, float)  # each point pulls the fit against dℓ/dp
        top = float(np.max(np.abs(pull))) if len(pull) else 0.0
        (_, _), (y0, y1) = self.viewbox.viewRange()
        length = pull / top * 0.15 * (y1 - y0) if top > 0 else np.zeros_like(pull)
        tips = p + length
        self.arrows.setData(np.repeat(x, 2), np.column_stack([p, tips]).ravel())
        show = np.abs(length) > 0
        symbols = ["t1" if d > 0 else "t" for d in length[show]]
        self.arrow_heads.setData(x[show], tips[show], symbol=symbols)

    def _squares(self, p: Array | None) -> tuple[tuple[Array, ...], tuple[Array, ...]]:
        """The squares on show, each (left, bottom, side), or ()): the residuals' squares (RSS) at
        the predictions p, and the squares of the deviations from ȳ (TSS)."""
        x, y, vis = self.lesson.points.x, self.lesson.points.y, self.visible
        if self.lesson.points.split and len(x) == len(p if p is not None else x):  # RSS and TSS of J's points
            keep = ~self.lesson.points.held_out
            x, y, p = x[keep], y[keep], None if p is None else p[keep]
        few = 0 < len(x) <= MAX_SQUARES
        rss = squares(x, y, p, right=True) if vis["rss"] and few and p is not None and len(p) == len(x) else ()
        tss = squares(x, y, np.full_like(y, y.mean()), right=False) if vis["tss"] and few else ()
        return rss, tss

    def _framed_squares(self) -> list[tuple[Array, ...]]:
        """The squares a frame must show: those on show, and the residuals' squares at the exact
        answer when it is shown (where the run will end)."""
        pic, x = self.picture, self.lesson.points.x
        if pic.classification or pic.model is None or not 0 < len(x) <= MAX_SQUARES:
            return []
        boxes = []
        for beta, on in ((pic.beta, True), (pic.exact, self.visible["exact"])):
            if on and beta is not None and np.all(np.isfinite(beta)):
                with np.errstate(all="ignore"):
                    rss, tss = self._squares(pic.predict(pic.model, beta, x))
                boxes += [b for b in (rss, tss) if b]
        return boxes

    def fit_view_to_data(self) -> None:
        """Frame the points and the squares drawn on them (with a margin) in the view."""
        x, y = self.lesson.points.x, self.lesson.points.y
        x0, y0, w, h = frame(x, y, self._framed_squares())
        self.viewbox.setRange(QRectF(x0, y0, w, h), padding=0)
        self.framed = (w, h)

    def _grow_to_data(self) -> None:
        """Widen the view to show every point and square, if one is outside (it never shrinks)."""
        x0, y0, w, h = frame(self.lesson.points.x, self.lesson.points.y, self._framed_squares())
        (vx0, vx1), (vy0, vy1) = self.viewbox.viewRange()
        if vx0 <= x0 and x0 + w <= vx1 and vy0 <= y0 and y0 + h <= vy1:
            return
        lo_x, hi_x, lo_y, hi_y = min(vx0, x0), max(vx1, x0 + w), min(vy0, y0), max(vy1, y0 + h)
        self.viewbox.setRange(QRectF(lo_x, lo_y, hi_x - lo_x, hi_y - lo_y), padding=0)
        self.framed = (hi_x - lo_x, hi_y - lo_y)

    def edited(self) -> None:
        """A hand edit ended: widen a view the canvas framed to show every point and square."""
        if self.framed is not None:
            self._grow_to_data()

    @Slot()
    def _moved_by_hand(self, *_args: object) -> None:
        self.framed = None  # the person chose the view: edits no longer widen it

    def set_aspect_locked(self, on: bool) -> None:
        """One unit of x as long as one unit of y, or each axis stretched to the canvas; a view
        the canvas framed is framed again for it."""
        self.viewbox.setAspectLocked(on)
        if self.framed is not None:
            self.fit_view_to_data()

    def empty_share(self) -> float:
        """The share of the canvas the locked aspect leaves empty around what the canvas framed
        (0 with the aspect free, or once the person has zoomed or panned)."""
        if self.framed is None or not self.viewbox.state["aspectLocked"]:
            return 0.0
        return empty_share(*self.framed, (self.viewbox.width(), self.viewbox.height()))


class DragTaker(Protocol):
    """A layer of the canvas that takes some drags: `takes` says whether a press at a scene
    position is its; `drag` gets the drag's events from then on (pyqtgraph's MouseDragEvent)."""

    before_points: bool  # True: it wins over a point under the press (a handle); False: the points win

    def takes(self, scene_pos: QPointF) -> bool: ...

    def drag(self, ev: object) -> None: ...


class Squares(QGraphicsPathItem):
    """Axis-aligned translucent squares in data coordinates, painted one by one.

    Each is filled on its own, so where two overlap the colour deepens instead of the
    even-odd hole a single path would punch; no antialiasing is needed for axis-aligned
    rectangles, which keeps a thousand of them cheap to paint.
    """

    def __init__(self) -> None:
        super().__init__()
        self._rects: list[QRectF] = []

    def setsquares(self, left: Array | None = None, bottom: Array | None = None, side: Array | None = None) -> None:
        rects: list[QRectF] = []
        if left is not None and bottom is not None and side is not None:
            ok = np.isfinite(side) & (side > 0)
            rects = [QRectF(a, b, c, c) for a, b, c in zip(left[ok].tolist(), bottom[ok].tolist(), side[ok].tolist())]
        self.prepareGeometryChange()
        self._rects = rects
        path = QPainterPath()
        if rects:
            box = rects[0]
            for r in rects[1:]:
                box = box.united(r)
            path.addRect(box)
        self.setPath(path)  # the path is only the bounding box, for Qt's bookkeeping

    def paint(self, painter, option, widget=None) -> None:
        if not self._rects:
            return
        painter.setRenderHint(painter.RenderHint.Antialiasing, False)
        painter.setPen(self.pen())
        painter.setBrush(self.brush())
        painter.drawRects(self._rects)
