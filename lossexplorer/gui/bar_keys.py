"""The physics bar without a mouse: with its plot focused, ↑ and ↓ lift and lower the bar, Page Up
and Page Down tilt it (Shift: five times as far); it swings back from there, as after a drag.
← and → stay the window's (→ steps the descent)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent

from .keyboard_cursor import PLAIN, nice_step

if TYPE_CHECKING:
    from .physics_view import PhysicsView

#: key: (lift in steps of the view's height, tilt in steps of its slope)
MOVES = {Qt.Key.Key_Up: (1, 0), Qt.Key.Key_Down: (-1, 0), Qt.Key.Key_PageUp: (0, 1), Qt.Key.Key_PageDown: (0, -1)}
BIG = 5


class BarKeys(QObject):
    """Lifts and tilts the physics view's bar from the keyboard."""

    def __init__(self, view: PhysicsView) -> None:
        super().__init__(view)
        self.view = view
        view.plot_widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        assert isinstance(event, QKeyEvent)
        if event.key() not in MOVES or event.modifiers().value & ~PLAIN:
            return False
        event.accept()
        if event.type() == QEvent.Type.KeyPress:
            times = BIG if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1
            lift, tilt = MOVES[Qt.Key(event.key())]
            self.push(lift * times, tilt * times)
        return True

    def push(self, lift: int, tilt: int) -> None:
        """Lift the bar by `lift` steps (about 1/40 of the view's height) and tilt it by `tilt`
        steps of slope (height over width), then let it go."""
        view = self.view
        system, state = view.system, view.state
        if system is None or state is None:
            return
        c, m = system.line(state)
        xm = system.x_mean
        (x0, x1), (y0, y1) = view.viewbox.viewRange()
        height = c + m * xm + lift * nice_step(y1 - y0)
        slope = m + tilt * nice_step((y1 - y0) / max(x1 - x0, 1e-12))
        view.drag_bar("move", xm, height, finished=False)  # the middle at the new height
        view.drag_bar("tilt", xm + 1.0, height + slope, finished=True)  # the new slope, and let go
