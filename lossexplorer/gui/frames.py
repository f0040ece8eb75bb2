"""Redraws paced to what the screen and the GUI thread can take.

Requests are coalesced: at most one frame is under way, however fast records arrive. A frame
is drawn in passes, each painted before the next, with input and other timers getting their
turn in between, so no pass holds the GUI thread for a whole frame. Frames are spaced by what
the last one cost (painting included), so the GUI thread is never busy more than about 2/3.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QTimer

FRAME_MS = 16
PASS_MS = 5
LONGEST_GAP_MS = 250


def _single_shot(parent: QObject, interval: int, slot: Callable[[], None]) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(interval)
    timer.timeout.connect(slot)
    return timer


class Frames(QObject):
    """Runs `passes` (callables that draw) as frames: `request()` one, `flush()` draw all now."""

    def __init__(self, passes: Sequence[Callable[[], None]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._passes = tuple(passes)
        self._next = len(self._passes)  # no frame under way
        self._wanted = False  # asked for while a frame was under way
        self._started = time.perf_counter()
        self._frame = _single_shot(self, FRAME_MS, self._frame_due)
        self._pass = _single_shot(self, PASS_MS, self._pass_due)
        self._painted = _single_shot(self, 0, self._frame_painted)  # fires once the frame is painted

    def request(self) -> None:
        """Draw at the next frame."""
        self._wanted = True
        if not self._frame.isActive() and not self._pass.isActive():
            self._frame.start()

    def flush(self) -> None:
        """Draw every pass now."""
        self._frame.stop()
        self._pass.stop()
        self._wanted = False
        self._started = time.perf_counter()
        for draw in self._passes:
            draw()
        self._next = len(self._passes)
        self._painted.start()

    def _frame_due(self) -> None:
        self._pass.stop()
        self._wanted = False
        self._started = time.perf_counter()
        self._next = 0
        self._pass_due()

    def _pass_due(self) -> None:
        """The frame's next pass; after the last, the next frame if one was asked for."""
        self._passes[self._next]()
        self._next += 1
        if self._next < len(self._passes):
            self._pass.start()
            return
        self._painted.start()
        if self._wanted:
            self._frame.start()

    def _frame_painted(self) -> None:
        cost_ms = (time.perf_counter() - self._started) * 1000
        self._frame.setInterval(int(min(max(FRAME_MS, 0.5 * cost_ms), LONGEST_GAP_MS)))
