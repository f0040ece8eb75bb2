"""Crash recovery: the session is autosaved every few seconds while it has changes, to the
user's data folder; a normal exit removes the file; the next start offers to restore a
file left behind by a process that is no longer running.

Each process writes its own file (autosave-PID.lossx), so two windows never overwrite each
other and a running app's file is never offered to another one.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QObject, QStandardPaths, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from lossexplorer.core import InputError

from .session import read_session, write_session

if TYPE_CHECKING:
    from .host import Host
    from .lesson import Lesson

INTERVAL_MS = 5_000
#: the autosave runs on the GUI thread: at most this share of the time goes to it (a session
#: of a million points takes seconds to write, so it is then written less often)
MOST_BUSY = 0.05
PREFIX = "autosave-"


def folder() -> Path:
    """The user's data folder for lossexplorer (~/.local/share/lossexplorer: the application's
    name once, where Qt's AppDataLocation would add the organization's too); if it cannot be
    made (a file in its place, no rights) a folder under the temporary directory, so the app
    still starts and autosaves."""
    shared = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    path = Path(shared) / (QCoreApplication.applicationName() or "lossexplorer")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError:
        path = Path(tempfile.gettempdir()) / f"lossexplorer-{os.getuid() if hasattr(os, 'getuid') else 'user'}"
        path.mkdir(parents=True, exist_ok=True)
    return path


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def orphans() -> list[Path]:
    """Autosaves of processes that are no longer running, newest first."""
    found = []
    for path in folder().glob(f"{PREFIX}*.lossx"):
        try:
            pid = int(path.stem[len(PREFIX):])
        except ValueError:
            continue
        if not _running(pid):
            found.append(path)
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


class Autosave(QObject):
    """Autosaves one lesson while it has changes; with `enabled` off (screenshot mode) it never
    touches the data folder."""

    ASK_TO_RESTORE = True  # the tests answer for the person

    def __init__(self, lesson: Lesson, host: Host, window: QWidget, enabled: bool = True) -> None:
        super().__init__(window)
        self.lesson, self.host, self.window = lesson, host, window
        self.enabled = enabled
        self._path: Path | None = None
        self._saved_version = -1
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.save_now)
        if enabled:
            self.timer.start()

    @property
    def path(self) -> Path:
        """This process's autosave file (the data folder is made when first asked for)."""
        if self._path is None:
            self._path = folder() / f"{PREFIX}{os.getpid()}.lossx"
        return self._path

    def save_now(self) -> bool:
        """Write the session if it changed since the last autosave (atomically)."""
        lesson = self.lesson
        if not self.enabled or not lesson.is_modified():
            return False
        version = lesson.edit_version()
        if version == self._saved_version and self.path.exists():
            return False
        started = time.perf_counter()
        try:
            write_session(self.path, lesson.to_session(self.host.view_state()))
        except OSError:
            return False  # an autosave that cannot be written must not disturb the lesson
        cost_ms = (time.perf_counter() - started) * 1000
        self.timer.setInterval(max(INTERVAL_MS, int(cost_ms / MOST_BUSY)))
        self._saved_version = version
        return True

    def discard(self) -> None:
        """A normal exit: nothing to recover."""
        self.timer.stop()
        if self._path is not None:
            self._path.unlink(missing_ok=True)

    def offer_restore(self) -> bool:
        """After an abnormal exit, offer the newest autosave; restore it on yes."""
        left = orphans()
        if not left:
            return False
        newest = left[0]
        when = QDateTime.fromSecsSinceEpoch(int(newest.stat().st_mtime)).toString("d MMM, HH:mm")
        if Autosave.ASK_TO_RESTORE:
            answer = QMessageBox.question(
                self.window, "lossexplorer",
                f"lossexplorer did not close normally. Restore the work it autosaved on {when}?",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
            restore = answer == QMessageBox.StandardButton.Yes
        else:
            restore = True
        if restore:
            try:
                session = read_session(newest)
            except InputError as exc:
                self.host.show_error(f"The autosave could not be restored: {exc}")
                restore = False
            else:
                self.lesson.open_session(session)
                self.host.restore_view(session.view)
                self.lesson.mark_unsaved()  # no file holds it yet
                self.lesson.say(f"Restored the work autosaved on {when}")
        for path in left:
            path.unlink(missing_ok=True)
        return restore
