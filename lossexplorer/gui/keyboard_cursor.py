"""The canvas without a mouse: a crosshair the arrow keys move, and the points walked with Tab.

K (or *View → Keyboard cursor*) turns the cursor on and gives the canvas the keyboard; Escape
or leaving the canvas turns it off. While it is off the arrows are the window's (→ steps the
descent) and Tab leaves the canvas, as in any other widget. While it is on:

- ← → ↑ ↓ move the crosshair by a step of about 1/40 of the view (rounded to 1, 2 or 5·10ᵏ,
  Shift five of them); Enter adds a point there (in classification of the chosen class,
  Shift+Enter the other one); Delete removes the selected point;
- Tab and Shift+Tab walk the points from left to right and back (the one taken is ringed; the
  first Tab takes the ringed point, if there is one: the one just added or clicked);
  the arrows then move it, every step of a run of moves one undo step, which Enter, Escape,
  taking another point, or leaving the canvas ends; Delete removes it;
- with my line on (M), the walk goes on from the last point to my line's handles (Shift+Tab
  from the first point back to them): the arrows move the handle taken as a drag of it would,
  one undo step for each run of moves.

The keys the cursor takes are taken from the window's shortcuts only while it is on (Qt's
ShortcutOverride): Space, R, E, P, 1–9 and Ctrl+Z keep their meaning.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QUndoCommand
from PySide6.QtWidgets import QTabWidget

from . import theme
from .commands import MovePoint
from .i18n import number, translate
from .limits import point_problem

if TYPE_CHECKING:
    from .canvas import Canvas
    from .my_line import MyLineLayer

#: a small step is about this share of the view's width (or height)
STEPS_PER_VIEW = 40
#: Shift multiplies the step by this
BIG_STEP = 5
ARROWS = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, 1), Qt.Key.Key_Down: (0, -1)}
#: modifiers that leave a key the cursor's: Shift (bigger steps, the other class) and the keypad's
PLAIN = Qt.KeyboardModifier.ShiftModifier.value | Qt.KeyboardModifier.KeypadModifier.value
MODIFIER_KEYS = (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta, Qt.Key.Key_AltGr)
ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
DELETE = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
WALK = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
#: the keys the cursor takes while it is on (the others stay the window's shortcuts)
TAKEN = (*ARROWS, *ENTER, *DELETE, *WALK, Qt.Key.Key_Escape)
#: the keys of the cursor for the shortcut sheet (F1), and of the physics bar (bar_keys.py), in English:
#: `cursor_keys()` gives them in the window's language
CURSOR_KEYS = (
    (str(QT_TRANSLATE_NOOP("keyboard_cursor", "K, then ← → ↑ ↓")),
     str(QT_TRANSLATE_NOOP("keyboard_cursor", "keyboard cursor: move the crosshair (Shift: five steps)"))),
    ("Enter", str(QT_TRANSLATE_NOOP(
        "keyboard_cursor", "with the cursor: add a point at the crosshair (Shift+Enter: the other class)"))),
    ("Tab, Shift+Tab", str(QT_TRANSLATE_NOOP(
        "keyboard_cursor", "with the cursor: take the next or previous point; the arrows move it"))),
    ("M, K, Tab", str(QT_TRANSLATE_NOOP(
        "keyboard_cursor", "with my line on: Tab walks on from the points to its handles; the arrows move one"))),
    ("Delete, Esc", str(QT_TRANSLATE_NOOP(
        "keyboard_cursor", "with the cursor: remove the point taken; let go of it (Esc again: cursor off)"))),
    ("↑ ↓, Page Up/Down", str(QT_TRANSLATE_NOOP("keyboard_cursor", "on the physics view: lift or tilt the bar"))),
)


def cursor_keys() -> tuple[tuple[str, str], ...]:
    """CURSOR_KEYS in the window's language (keys, what they do)."""
    return tuple((translate("keyboard_cursor", keys), translate("keyboard_cursor", what)) for keys, what in CURSOR_KEYS)


def coordinates(x: float, y: float) -> str:
    """A point as '(1.5, 2)', with the locale's decimal mark ('(1,5; 2)' in German)."""
    return translate("keyboard_cursor", "({x}, {y})").format(x=number(x, ".4g"), y=number(y, ".4g"))


def nice_step(extent: float) -> float:
    """About extent / STEPS_PER_VIEW, rounded to 1, 2 or 5 × 10ᵏ (points land on round numbers)."""
    raw = abs(extent) / STEPS_PER_VIEW
    if not math.isfinite(raw) or raw <= 0:
        return 1.0
    power = 10.0 ** math.floor(math.log10(raw))
    return min((m * power for m in (1, 2, 5, 10)), key=lambda s: abs(math.log(s / raw)))


def snapped(value: float, step: float) -> float:
    return round(value / step) * step


class KeyMove(MovePoint):
    """Arrow-key moves of one point in a row: they merge into one undo step until the run ends."""

    ID = 19

    def __init__(self, canvas: Canvas, index: int, old: tuple[float, float], new: tuple[float, float],
                 run: int) -> None:
        super().__init__(canvas.lesson, index, old, new)
        self.run = run

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, KeyMove) or (other.run, other.index) != (self.run, self.index):
            return False
        self.new = other.new
        if self.new == self.old:  # back where it was: the step goes
            self.setObsolete(True)
        return True


class KeyboardCursor(QObject):
    """The crosshair and the walk through the points, on a canvas's plot (see the module)."""

    activeChanged = Signal(bool)
    moved = Signal()  # the crosshair or the point taken moved: what a screen reader is told changes

    def __init__(self, canvas: Canvas) -> None:
        super().__init__(canvas)
        self.canvas, self.lesson = canvas, canvas.lesson
        self.active = False
        self.x = self.y = 0.0
        self.taken: int | None = None  # the point the arrows move, walked to with Tab
        self.handle: int | None = None  # or my line's handle they move (after the points in the walk)
        self.my_line: MyLineLayer | None = None  # my line's layer, when the window has one
        self._run = 0  # the run of moves the next arrow joins (a new number ends the last)
        self._moving = False
        self._pushing = False
        self.lines = (pg.InfiniteLine(angle=90), pg.InfiniteLine(angle=0))
        self.cross = pg.ScatterPlotItem(symbol="+", pxMode=True)
        self.cross_halo = pg.ScatterPlotItem(symbol="+", pxMode=True)
        self.label = pg.TextItem(anchor=(0, 1))
        for item in (*self.lines, self.cross_halo, self.cross, self.label):
            item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            item.setZValue(50)
            item.setVisible(False)
            canvas.plot.addItem(item, ignoreBounds=True)
        canvas.styled(self._style)
        canvas.plot_widget.installEventFilter(self)
        self.lesson.selectionChanged.connect(self._selection_changed)
        self.lesson.pointsChanged.connect(self._points_changed)
        self.lesson.undo_stack.indexChanged.connect(self._undo_moved)
        self.lesson.myLineModeChanged.connect(lambda _on: self._let_go_handle())

    def _style(self) -> None:
        size = theme.Sizes
        for line in self.lines:
            line.setPen(theme.pen(theme.FOREGROUND, size.thin * 0.6, Qt.PenStyle.DashLine, alpha=0.55))
        self.cross_halo.setSize(size.marker * 2.2)
        self.cross_halo.setPen(pg.mkPen(theme.colour(theme.BACKGROUND), width=size.line * 2))
        self.cross_halo.setBrush(None)
        self.cross.setSize(size.marker * 2.2)
        self.cross.setPen(pg.mkPen(theme.colour(theme.FOREGROUND), width=size.line * 0.8))
        self.cross.setBrush(theme.colour(theme.FOREGROUND))
        font = self.label.textItem.font()
        font.setPointSizeF(size.font_pt)
        self.label.setFont(font)
        self.label.setColor(theme.colour(theme.FOREGROUND))
        self.label.fill = pg.mkBrush(theme.colour(theme.BACKGROUND, 0.85))

    # --- on and off ------------------------------------------------------------------------------

    def set_active(self, on: bool) -> None:
        """Turn the cursor on (the canvas takes the keyboard; the crosshair starts in the middle of
        the view) or off."""
        if on:
            self._show_canvas()
            if not self.active:
                (x0, x1), (y0, y1) = self.canvas.viewbox.viewRange()
                sx, sy = self.steps()
                self.x, self.y = snapped((x0 + x1) / 2, sx), snapped((y0 + y1) / 2, sy)
        else:
            self._end_moves()
            self.taken = self.handle = None
        if on != self.active:
            self.active = on
            self.activeChanged.emit(on)
            if on:
                self.lesson.say(translate("keyboard_cursor", "Keyboard cursor on: arrows move it, Enter adds a point, "
                                                             "Tab walks the points, Esc ends"))
            else:
                self.lesson.say(translate("keyboard_cursor", "Keyboard cursor off"))
        self._draw()

    def toggle(self) -> None:
        self.set_active(not self.active)

    def _show_canvas(self) -> None:
        """The fit view on show, with the keyboard."""
        widget = self.canvas.parentWidget()
        while widget is not None and not isinstance(widget, QTabWidget):
            widget = widget.parentWidget()
        if isinstance(widget, QTabWidget):  # the tab whose page holds the canvas
            pages = [widget.widget(i) for i in range(widget.count())]
            widget.setCurrentIndex(next(i for i, page in enumerate(pages)
                                        if page is not None and page.isAncestorOf(self.canvas)))
        self.canvas.plot_widget.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # --- the keys ----------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride and self.active:
            assert isinstance(event, QKeyEvent)
            if event.key() in TAKEN and not event.modifiers().value & ~PLAIN:
                event.accept()  # the key comes here, not to the window's shortcut (→ Step, Delete, Esc)
                return True
            if event.key() not in MODIFIER_KEYS:
                self._end_moves()  # another shortcut (Ctrl+Z, R, a loss) ends a run of moves first
        elif kind == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if self.active:
                return self._key(event)
        elif kind == QEvent.Type.FocusOut and self.active and \
                event.reason() != Qt.FocusReason.PopupFocusReason:  # type: ignore[attr-defined]
            self.set_active(False)  # leaving the canvas (not for a menu) ends the cursor
        return False

    def _key(self, event: QKeyEvent) -> bool:
        key, shift = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if key in ARROWS:
            dx, dy = ARROWS[Qt.Key(key)]
            self.nudge(dx, dy, BIG_STEP if shift else 1)
        elif key in ENTER:
            if self.taken is None and self.handle is None:
                self.add_point(other_class=shift)
            else:
                self.let_go()
        elif key in WALK:
            self.walk(-1 if key == Qt.Key.Key_Backtab or shift else 1)
        elif key in DELETE:
            self.delete()
        elif key == Qt.Key.Key_Escape:
            if self.taken is not None or self.handle is not None:
                self.let_go()
            else:
                self.set_active(False)
        else:
            return False
        return True

    # --- what they do --------------------------------------------------------------------------------

    def steps(self) -> tuple[float, float]:
        """The small step in x and in y, in data units: about 1/40 of the view, a round number."""
        (x0, x1), (y0, y1) = self.canvas.viewbox.viewRange()
        return nice_step(x1 - x0), nice_step(y1 - y0)

    def nudge(self, dx: int, dy: int, times: int = 1) -> None:
        """Move the crosshair, or the point taken, by (dx, dy) steps."""
        sx, sy = self.steps()
        if self.handle is not None and self.my_line is not None:  # my line's handle, as a drag would
            self.my_line.key_move(self.handle, dx * sx * times, dy * sy * times)
            self._at_handle()
            return
        x, y = self.x + dx * sx * times, self.y + dy * sy * times
        if self.taken is None:
            self.x, self.y = x, y
            self._keep_in_view()
            self._draw()
            return
        points, i = self.lesson.points, self.taken
        old = (float(points.x[i]), float(points.y[i]))
        problem = point_problem(x, y, len(points), self.lesson.settings.model)
        if problem:
            self.lesson.say(translate("keyboard_cursor", "No point there: {problem}").format(problem=problem))
            return
        if not self._moving:
            self._run += 1
            self._moving = True
        self._pushing = True
        try:
            self.lesson.undo_stack.push(KeyMove(self.canvas, i, old, (x, y), self._run))
        finally:
            self._pushing = False
        self.x, self.y = x, y
        self._keep_in_view()
        self._draw()

    def add_point(self, other_class: bool = False) -> None:
        """A point at the crosshair (one undo step)."""
        n = len(self.lesson.points)
        self.lesson.add_point(self.x, self.y, other_class=other_class)
        if len(self.lesson.points) > n:
            self.lesson.say(translate("keyboard_cursor", "Point {n} added at {at}").format(
                n=n + 1, at=coordinates(self.x, self.y)))
        self._draw()

    def order(self) -> list[int]:
        """The points from left to right (then bottom to top): the order Tab walks them."""
        points = self.lesson.points
        return np.lexsort((points.y, points.x)).tolist()

    def walk(self, direction: int) -> None:
        """Take the next point to the right (direction 1) or to the left (−1), round the ends."""
        if self._walk_handles(direction):
            return
        order = self.order()
        if not order:
            self.lesson.say(translate("keyboard_cursor", "No points to walk: Enter adds one at the crosshair"))
            return
        self._end_moves()
        ringed = self.lesson.selected
        if self.taken is None and ringed is not None:
            at = order.index(ringed)  # the point just added, or clicked: taken first
        elif self.taken is None or self.taken not in order:
            at = 0 if direction > 0 else len(order) - 1
        else:
            at = (order.index(self.taken) + direction) % len(order)
        self.take(order[at])

    def take(self, index: int) -> None:
        self.taken = index
        self.lesson.select(index)  # the ring
        x, y, _ = self.lesson.points.row(index)
        self.x, self.y = x, y
        self._keep_in_view()
        self.lesson.say(translate("keyboard_cursor", "Point {i} of {n} at {at}: arrows move it, Delete removes it, "
                                                     "Enter lets go").format(i=index + 1, n=len(self.lesson.points),
                                                                             at=coordinates(x, y)))
        self._draw()

    def _walk_handles(self, direction: int) -> bool:
        """With my line on, its handles come after the points (and before them going back): True
        when the walk took one."""
        layer = self.my_line
        if layer is None or not layer.on:
            return False
        count, order = len(layer.handle_points()[0]), self.order()
        if self.handle is not None:
            after = self.handle + direction
            self._let_go_handle()
            if 0 <= after < count or not order:
                self._take_handle(after % count)
                return True
            return False  # past the last handle: on to the first point (back: the last)
        if order and (self.taken is None or self.taken != order[-1 if direction > 0 else 0]):
            return False
        self._end_moves()
        self.taken = None
        self.lesson.select(None)
        self._take_handle(0 if direction > 0 else count - 1)
        return True

    def _take_handle(self, index: int) -> None:
        self.handle = index
        self._at_handle()
        count = len(self.my_line.handle_points()[0]) if self.my_line is not None else 0
        self.lesson.say(translate("keyboard_cursor", "Handle {i} of {n} of my line at {at}: arrows move it, "
                                  "Enter lets go").format(i=index + 1, n=count, at=coordinates(self.x, self.y)))

    def _at_handle(self) -> None:
        """The crosshair where the handle taken is."""
        if self.handle is not None and self.my_line is not None:
            xs, ys = self.my_line.handle_points()
            self.x, self.y = float(xs[self.handle]), float(ys[self.handle])
            self._keep_in_view()
        self._draw()

    def _let_go_handle(self) -> None:
        if self.my_line is not None:
            self.my_line.end_key_moves()  # the run of moves: one undo step
        if self.handle is not None:
            self.handle = None
            self._draw()

    def let_go(self) -> None:
        """End the run of moves; the crosshair stays where the point is."""
        self._end_moves()
        self._let_go_handle()
        self.taken = None
        self.lesson.select(None)
        self._draw()

    def delete(self) -> None:
        if self.handle is not None:
            self.lesson.say(translate("keyboard_cursor", "My line's handles stay: Enter lets go of this one"))
            return
        if self.taken is not None:
            i = self.taken
            self._end_moves()
            self.taken = None
            self.lesson.remove_points([i])
        else:
            self.lesson.delete_selected()
        self._draw()

    def _end_moves(self) -> None:
        if self.my_line is not None:
            self.my_line.end_key_moves()
        if self._moving:
            self._moving = False
            i = self.taken
            if i is not None and i < len(self.lesson.points):
                at = self.lesson.points.row(i)[:2]
                self.lesson.finish_drag(i, at, at)  # J followed the moves by updates: gathered afresh

    # --- the lesson's changes --------------------------------------------------------------------

    @Slot(object)
    def _selection_changed(self, index: int | None) -> None:
        if self.taken is not None and index != self.taken:  # a click took another point, or none
            self._end_moves()
            self.taken = index
            if index is not None:
                self.x, self.y = self.lesson.points.row(index)[:2]
            self._draw()

    @Slot(bool)
    def _points_changed(self, replaced: bool) -> None:
        if replaced:
            self.handle = None  # new data: my line's handles go where it lies
        if replaced or (self.taken is not None and self.taken >= len(self.lesson.points)):
            self._moving = False
            self.taken = None
        elif self.taken is not None:
            self.x, self.y = self.lesson.points.row(self.taken)[:2]
        self._draw()

    @Slot(int)
    def _undo_moved(self, _index: int) -> None:
        if not self._pushing:
            self._moving = False  # an undo or redo: the next move is a step of its own

    # --- drawing ---------------------------------------------------------------------------------------

    def _keep_in_view(self) -> None:
        """Pan the view, by a third of it, when the crosshair leaves it."""
        (x0, x1), (y0, y1) = self.canvas.viewbox.viewRange()
        w, h = x1 - x0, y1 - y0
        shift_x = -w / 3 if self.x < x0 else w / 3 if self.x > x1 else 0.0
        shift_y = -h / 3 if self.y < y0 else h / 3 if self.y > y1 else 0.0
        if shift_x or shift_y:
            self.canvas.viewbox.setRange(xRange=(x0 + shift_x, x1 + shift_x), yRange=(y0 + shift_y, y1 + shift_y),
                                         padding=0)

    def describe(self) -> str:
        """Where the cursor is, in words ("" when it is off)."""
        if not self.active:
            return ""
        if self.handle is not None:
            return translate("keyboard_cursor", "handle {i} of my line taken, at {at}").format(
                i=self.handle + 1, at=coordinates(self.x, self.y))
        if self.taken is not None and self.taken < len(self.lesson.points):
            x, y, _ = self.lesson.points.row(self.taken)
            return translate("keyboard_cursor", "point {i} of {n} taken, at {at}").format(
                i=self.taken + 1, n=len(self.lesson.points), at=coordinates(x, y))
        return translate("keyboard_cursor", "keyboard cursor at {at}").format(at=coordinates(self.x, self.y))

    def _draw(self) -> None:
        on = self.active
        for item in (*self.lines, self.label):
            item.setVisible(on)
        for item in (self.cross_halo, self.cross):  # a point taken wears its ring, not the cross
            item.setVisible(on and self.taken is None and self.handle is None)
        if on:
            self.lines[0].setValue(self.x)
            self.lines[1].setValue(self.y)
            self.cross_halo.setData([self.x], [self.y])
            self.cross.setData([self.x], [self.y])
            self.label.setText(f" {coordinates(self.x, self.y)} ")
            self.label.setPos(self.x, self.y)
        self.moved.emit()
