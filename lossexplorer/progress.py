"""A one-line progress report on stderr for long command-line runs.

On a terminal the line is rewritten in place and erased at the end. Elsewhere (a pipe, a
log file) it appears only once the run has taken QUIET_FOR seconds, so quick runs and the
tests print nothing, and it ends with a newline. It never touches stdout, so `--json`
output stays one JSON object.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from types import TracebackType
from typing import TextIO

#: a run that is not on a terminal shows its progress only after this many seconds
QUIET_FOR = 2.0
#: the line is rewritten at most this often (seconds)
EVERY = 0.1


class Progress:
    """Shows '<what>: 42% of <total>' on `stream`, from `update(fraction)` calls."""

    def __init__(
        self, stream: TextIO | None, what: str, total: str = "", clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.stream = stream
        self.what, self.total = what, total
        self.clock = clock
        self.start = clock()
        self.shown = 0.0  # when the line was last written (0: never)
        try:
            self.terminal = bool(stream is not None and stream.isatty())
        except (AttributeError, ValueError):
            self.terminal = False

    def update(self, fraction: float) -> None:
        """Report `fraction` (0 to 1) of the run done."""
        if self.stream is None:
            return
        now = self.clock()
        elapsed = now - self.start
        if not self.terminal and elapsed < QUIET_FOR:
            return
        if self.shown and now - self.shown < EVERY and fraction < 1.0:
            return
        of = f" of {self.total}" if self.total else ""
        line = f"{self.what}: {100.0 * fraction:3.0f}%{of}, {elapsed:.1f} s so far"
        self._write(f"\r{line}\x1b[K" if self.terminal else f"\r{line}")
        self.shown = now

    def close(self) -> None:
        """Erase the line on a terminal; end it with a newline elsewhere."""
        if self.stream is not None and self.shown:
            self._write("\r\x1b[K" if self.terminal else "\n")
            self.shown = 0.0

    def _write(self, text: str) -> None:
        try:
            assert self.stream is not None
            self.stream.write(text)
            self.stream.flush()
        except (OSError, ValueError):  # a closed or broken stderr does not stop the run
            self.stream = None

    def __enter__(self) -> Progress:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()
