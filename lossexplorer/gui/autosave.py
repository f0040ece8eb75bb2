"""Crash recovery: while the lesson has unsaved changes it is autosaved every few seconds to a
private folder of the user's; the next start offers what a process that is no longer running
left behind.

- Each process writes its own file (autosave-PID.lossx), so two windows never overwrite each
  other and a running app's file is never offered to another one. The file exists only while
  there is unsaved work: saving the session, or closing normally, removes it.
- The session is written on a thread of its own, from the lesson's points as they are (an
  immutable value: nothing is copied) in pieces, so the GUI thread keeps the interpreter between
  pieces; the file is complete or not there (written beside, then renamed).
- At start every orphan is offered, newest first: *Restore* takes it (the file is renamed to this
  process's own, so it survives a second crash until the work is autosaved anew), *Discard*
  deletes it and offers the next, *Not now* keeps them all for the next start. One that cannot be
  read is said once and kept aside as damaged-autosave-PID.lossx, never offered again.
  Temporaries of processes that died while writing are removed.
- The folder is ~/.local/share/lossexplorer; when that cannot be made, a folder of the user's
  own under the temporary directory, made 0700 and checked (a folder, not a link, owned by the
  user, private) before each use. Failing that there is no autosave, said in one line.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject, QStandardPaths, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from lossexplorer.core import InputError

from .i18n import translate
from .session import read_session, write_session_in_pieces

if TYPE_CHECKING:
    from .host import Host
    from .lesson import Lesson

INTERVAL_MS = 5_000
#: the writing thread takes the interpreter from the GUI thread while it formats numbers: at most
#: this share of the time goes to it (a session of 10⁷ points takes seconds to write, so it is
#: then written less often)
MOST_BUSY = 0.2
PREFIX = "autosave-"
DAMAGED = "damaged-"
_OURS = re.compile(r"autosave-(\d+)\.lossx")
_TEMPORARY = re.compile(r"\.autosave-(\d+)\.lossx\..*\.tmp")
#: what the person may answer about an orphan
RESTORE, DISCARD, LATER = "restore", "discard", "later"


def _private(path: Path) -> str:
    """Why `path` is not a private folder of this user's ('' when it is): checked with lstat, so
    a link is refused, not followed."""
    try:
        info = os.lstat(path)
    except OSError as exc:
        return translate("autosave", "{path} cannot be used ({why})").format(path=path, why=exc.strerror or exc)
    if stat.S_ISLNK(info.st_mode) or not stat.S_ISDIR(info.st_mode):
        return translate("autosave", "{path} is not a folder (a link or a file is in its place)").format(path=path)
    if hasattr(os, "getuid") and info.st_uid != os.getuid():
        return translate("autosave", "{path} belongs to another user").format(path=path)
    if hasattr(os, "getuid") and stat.S_IMODE(info.st_mode) & 0o077:
        try:
            os.chmod(path, 0o700)  # ours, but others could read or plant files in it
        except OSError as exc:
            return (translate("autosave", "{path} is open to other users and cannot be closed ({why})")
                    .format(path=path, why=exc.strerror or exc))
    return ""


def place() -> tuple[Path | None, str]:
    """The autosave folder, or None and a one-line reason there is none.

    The user's data folder for lossexplorer (~/.local/share/lossexplorer: the application's
    name once, where Qt's AppDataLocation would add the organization's too), made when first
    asked for; if it cannot be made (a file in its place, no rights), a private folder under the
    temporary directory: made 0700, and used only when it is a folder of this user's that no
    one else can write to (another user may have made one of that name first)."""
    shared = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    home = Path(shared) / (QCoreApplication.applicationName() or "lossexplorer")
    try:
        home.mkdir(parents=True, exist_ok=True, mode=0o700)
        info = os.stat(home)
        if stat.S_ISDIR(info.st_mode) and (not hasattr(os, "getuid") or info.st_uid == os.getuid()):
            return home, ""
    except OSError:
        pass
    user = os.getuid() if hasattr(os, "getuid") else os.environ.get("USERNAME", "user")
    fallback = Path(tempfile.gettempdir()) / f"lossexplorer-{user}"
    try:
        fallback.mkdir(mode=0o700)
    except FileExistsError:
        pass
    except OSError as exc:
        return None, (translate("autosave", "Autosave is off: {path} cannot be made ({why})")
                      .format(path=fallback, why=exc.strerror or exc))
    why = _private(fallback)
    if why:
        return None, translate("autosave", "Autosave is off: {why}").format(why=why)
    return fallback, ""


def folder() -> Path | None:
    """The autosave folder (see `place`), or None when there is none."""
    return place()[0]


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _left_by_the_dead(where: Path | None, pattern: re.Pattern[str]) -> list[Path]:
    """The files in `where` whose name (`pattern`'s first group: a process id) says they belong to
    a process no longer running: regular files of this user's only, so a link is never followed."""
    found = []
    for path in [] if where is None else where.iterdir():
        match = pattern.fullmatch(path.name)
        if match and not _running(int(match.group(1))):
            try:
                info = os.lstat(path)
            except OSError:
                continue
            if stat.S_ISREG(info.st_mode) and (not hasattr(os, "getuid") or info.st_uid == os.getuid()):
                found.append(path)
    return found


def orphans(where: Path | None = None) -> list[Path]:
    """Autosaves of processes that are no longer running, newest first."""

    def modified(p: Path) -> float:
        try:
            return p.stat().st_mtime
        except OSError:
            return 0.0

    return sorted(_left_by_the_dead(folder() if where is None else where, _OURS), key=modified, reverse=True)


def remove_stale_temporaries(where: Path | None = None) -> list[Path]:
    """Delete the half-written autosaves of processes that died while writing; the ones removed."""
    removed = _left_by_the_dead(folder() if where is None else where, _TEMPORARY)
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def _when(path: Path) -> str:
    """When `path` was autosaved, with its preposition: 'on 3 May, 14:05' (the day and time in the locale's
    words, in the order of the translation's Qt date format)."""
    try:
        seconds = int(path.stat().st_mtime)
    except OSError:
        return translate("autosave", "on an earlier run")
    date = QLocale().toString(QDateTime.fromSecsSinceEpoch(seconds), translate("autosave", "d MMM, HH:mm"))
    return translate("autosave", "on {date}").format(date=date)


class Autosave(QObject):
    """Autosaves one lesson while it has unsaved changes; with `enabled` off (screenshot mode) it
    never touches the data folder."""

    ASK_TO_RESTORE = True  # the tests answer for the person
    #: the tests' answer about an orphan (path, when, how many in all): RESTORE, DISCARD or LATER
    answer: Callable[[Path, str, int], str] | None = None

    written = Signal(int, object, float, str)  # (write, edit version, seconds, error): from the writing thread

    def __init__(self, lesson: Lesson, host: Host, window: QWidget, enabled: bool = True) -> None:
        super().__init__(window)
        self.lesson, self.host, self.window = lesson, host, window
        self.enabled = enabled
        self.warning = ""
        self._folder: Path | None = None
        self._saved_version = -1
        self._writer: threading.Thread | None = None
        self._stop_writing = threading.Event()
        self._writes = 0  # which write the writer is: a stopped one's answer arrives late and is not taken
        self._restoring = False  # a restore opens a session: that is no save of the work
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.save_now)
        self.written.connect(self._on_written, Qt.ConnectionType.QueuedConnection)
        lesson.modifiedChanged.connect(self._modified_changed)
        if enabled:
            self.timer.start()

    @property
    def where(self) -> Path | None:
        """The folder, found (and checked) when first asked for; None turns the autosave off."""
        if self._folder is None and self.enabled:
            self._folder, self.warning = place()
            if self._folder is None:
                self.enabled = False
                self.timer.stop()
        return self._folder

    @property
    def path(self) -> Path:
        """This process's autosave file."""
        where = self.where
        if where is None:
            raise OSError(self.warning)
        return where / f"{PREFIX}{os.getpid()}.lossx"

    @property
    def writing(self) -> bool:
        return self._writer is not None

    # --- writing ----------------------------------------------------------------------------

    def save_now(self) -> bool:
        """Start writing the session if it changed since the last autosave; False when there is
        nothing new, a write is still going, or there is no folder."""
        lesson = self.lesson
        if not self.enabled or not lesson.is_modified() or self._writer is not None:
            return False
        version = lesson.edit_version()
        if self.where is None:
            return False
        path = self.path
        if version == self._saved_version and path.exists():
            return False
        session = lesson.to_session(self.host.view_state(), copy=False)  # the points are immutable
        self._stop_writing = stop = threading.Event()
        self._writes += 1
        number = self._writes

        def write() -> None:
            started = time.perf_counter()
            error = ""
            try:
                write_session_in_pieces(path, session, stop)
            except Exception as exc:  # an autosave that cannot be written must not disturb the lesson
                error = str(exc) or type(exc).__name__
            self.written.emit(number, version, time.perf_counter() - started, error)

        self._writer = threading.Thread(target=write, name="lossexplorer-autosave", daemon=True)
        self._writer.start()
        return True

    @Slot(int, object, float, str)
    def _on_written(self, number: int, version: int, seconds: float, error: str) -> None:
        if number != self._writes or self._writer is None:  # a write stopped since, or waited for already
            return
        writer, self._writer = self._writer, None
        writer.join()
        if self._stop_writing.is_set():
            return
        if not error:
            self._saved_version = version
            if not self.lesson.is_modified():  # saved to a file meanwhile: nothing to recover
                self._remove_own()
        self.timer.setInterval(max(INTERVAL_MS, int(seconds * 1000 / MOST_BUSY)))

    def wait(self, timeout: float = 60.0) -> bool:
        """Wait for the write going on (the tests, and closing); True when none is left."""
        writer = self._writer
        if writer is not None:
            writer.join(timeout)
            if writer.is_alive():
                return False
        QCoreApplication.sendPostedEvents(self)
        return self._writer is None

    def _cancel_writing(self) -> None:
        """Stop a write going on (it ends at its next piece and leaves no temporary)."""
        writer = self._writer
        if writer is not None:
            self._stop_writing.set()
            writer.join(5.0)
            self._writer = None

    def _remove_own(self) -> None:
        if self._folder is not None:
            self.path.unlink(missing_ok=True)

    @Slot(bool)
    def _modified_changed(self, modified: bool) -> None:
        """Saved (or opened from a file): what the autosave holds is safe; it goes."""
        if not modified and not self._restoring:
            self._cancel_writing()
            self._remove_own()

    def discard(self) -> None:
        """A normal exit: nothing to recover."""
        self.timer.stop()
        self._cancel_writing()
        self._remove_own()

    # --- restoring --------------------------------------------------------------------------

    def offer_restore(self) -> bool:
        """After abnormal exits, offer each autosave left behind, newest first; True when one was
        restored. Half-written ones are removed; an unreadable one is said once and kept aside."""
        where = self.where if self.enabled else None
        if where is None:
            if self.warning:
                self.lesson.say(self.warning)
            return False
        remove_stale_temporaries(where)
        left = orphans(where)
        for i, orphan in enumerate(left):
            when = _when(orphan)
            choice = self._ask(orphan, when, i, len(left))
            if choice == LATER:
                return False
            if choice == DISCARD:
                orphan.unlink(missing_ok=True)
                continue
            if self._restore(orphan, when, len(left) - i - 1):
                return True
        return False

    def _ask(self, orphan: Path, when: str, index: int, count: int) -> str:
        if Autosave.answer is not None:
            return Autosave.answer(orphan, when, count)
        if not Autosave.ASK_TO_RESTORE:
            return RESTORE
        if count > 1:
            question = translate("autosave", "lossexplorer did not close normally. Restore the work it autosaved "
                                             "{when}? ({index} of {count}: Discard offers the next)")
        else:
            question = translate("autosave", "lossexplorer did not close normally. Restore the work it autosaved "
                                             "{when}?")
        box = QMessageBox(QMessageBox.Icon.Question, "lossexplorer",
                          question.format(when=when, index=index + 1, count=count),
                          QMessageBox.StandardButton.NoButton, self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        restore = box.addButton(translate("autosave", "Restore"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(translate("autosave", "Discard"), QMessageBox.ButtonRole.DestructiveRole)
        later = box.addButton(translate("autosave", "Not now"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore)
        box.setEscapeButton(later)
        box.exec()
        clicked = box.clickedButton()
        return RESTORE if clicked is restore else DISCARD if clicked is discard else LATER

    def _restore(self, orphan: Path, when: str, others: int) -> bool:
        """Open `orphan` and make it this process's own autosave (renamed: it stays until this
        process autosaves the work anew); False when it cannot be read (then it is kept aside)."""
        try:
            session = read_session(orphan)
        except InputError as exc:
            aside = orphan.with_name(DAMAGED + orphan.name)
            try:
                os.replace(orphan, aside)
            except OSError:
                aside = orphan
            self.host.show_error(translate("autosave", "The work autosaved {when} could not be restored ({why}); "
                                                       "the file is kept as {path}")
                                 .format(when=when, why=exc, path=aside))
            return False
        self._restoring = True
        try:
            self.lesson.open_session(session)
            self.host.restore_view(session.view)
            self.lesson.mark_unsaved()  # no file holds it yet
        finally:
            self._restoring = False
        with contextlib.suppress(OSError):  # another window took it at the same moment: it has the work too
            os.replace(orphan, self.path)  # ours now: a crash before the next autosave leaves it to offer
        rest = ("" if not others else
                translate("autosave", "; 1 more autosave kept for the next start") if others == 1 else
                translate("autosave", "; {n} more autosaves kept for the next start").format(n=others))
        said = translate("autosave", "Restored the work autosaved {when}").format(when=when)
        self.lesson.say(f"{said}{session.noted()}{rest}")
        return True
