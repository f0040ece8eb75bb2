"""The app process and its terminal: Qt's messages, Ctrl+C, and a report of the first paint.

- Qt's offscreen platform says "This plugin does not support propagateSizeHints()" for every
  window it shows: harmless, so `quiet_qt_messages` drops it and passes every other message on.
- Python sees a SIGINT only when it runs, and while Qt's event loop waits it does not: Ctrl+C in
  the terminal would do nothing until the next event, then raise KeyboardInterrupt in whatever
  slot ran. `close_on_ctrl_c` closes the windows instead, as a click on their close box would
  (asking about unsaved work), and a second Ctrl+C ends the process at once.
- With `LOSSEXPLORER_REPORT_FIRST_PAINT=1` in the environment the app prints `first paint` on
  stdout once its window has painted: the start-up benchmark and the tests wait for that line.
"""

from __future__ import annotations

import os
import signal
import sys
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QWidget

#: messages Qt prints that say nothing to a person, matched exactly
HARMLESS_QT_MESSAGES = frozenset({"This plugin does not support propagateSizeHints()"})
REPORT_FIRST_PAINT = "LOSSEXPLORER_REPORT_FIRST_PAINT"
FIRST_PAINT_LINE = "first paint"
#: how often Python gets a chance to see a signal while Qt's event loop waits
SIGNAL_POLL_MS = 200

def quiet_qt_messages() -> None:
    """Drop Qt's harmless messages; hand every other one to the handler before (or print it).

    Installing it twice keeps one: a handler that already drops them stays as it is.
    """
    before: list[Any] = []

    def handler(kind: QtMsgType, context: Any, message: str) -> None:
        if message in HARMLESS_QT_MESSAGES:
            return
        previous = before[0] if before else None
        if callable(previous):
            previous(kind, context, message)
        elif sys.stderr is not None:
            category = getattr(context, "category", None)
            prefix = f"{category}: " if category and category != "default" else ""
            print(f"{prefix}{message}", file=sys.stderr)

    handler.drops_harmless = True  # type: ignore[attr-defined]
    previous = qInstallMessageHandler(handler)
    if getattr(previous, "drops_harmless", False):
        qInstallMessageHandler(previous)
        return
    before.append(previous)


def close_on_ctrl_c(app: QApplication) -> None:
    """Ctrl+C closes the windows as their close box would; a second one ends the process."""

    def on_sigint(_signum: int, _frame: object) -> None:
        signal.signal(signal.SIGINT, signal.SIG_DFL)  # the next Ctrl+C ends it, whatever happens
        QTimer.singleShot(0, app.closeAllWindows)

    signal.signal(signal.SIGINT, on_sigint)
    poll = QTimer(app)
    poll.timeout.connect(lambda: None)  # a moment of Python, in which the signal handler runs
    poll.start(SIGNAL_POLL_MS)


class _FirstPaint(QObject):
    """Prints FIRST_PAINT_LINE once the window's first paint has finished."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget) and watched.window() is self.window:
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            QTimer.singleShot(0, self.report)  # after the rest of this paint pass
        return False

    def report(self) -> None:
        if sys.stdout is not None:
            print(FIRST_PAINT_LINE, flush=True)


def report_first_paint(window: QWidget) -> None:
    """When the environment asks for it, print FIRST_PAINT_LINE after the window first paints."""
    app = QApplication.instance()
    if os.environ.get(REPORT_FIRST_PAINT) and app is not None:
        app.installEventFilter(_FirstPaint(window))
