"""*File → Export animation…*: the current descent, from epoch 0 to the end, as an animated GIF,
a PNG frame sequence or (with ffmpeg on PATH) an MP4.

The descent is run again on a worker thread (on its own copy of J: the lesson's run is paused,
not touched), the frames are drawn offscreen on the GUI thread a few per event-loop turn,
and the file is encoded on a worker again; a progress dialog can cancel any of it, and the
window keeps answering throughout. Without Pillow the menu entry says how to install it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QRectF, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QImage
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from lossexplorer.core import Descent, InputError

from .animation import (
    FORMATS,
    FPS,
    INSTALL_PILLOW,
    MAX_FRAMES,
    Cancelled,
    FrameCanvas,
    Run,
    frame_epochs,
    has_ffmpeg,
    has_pillow,
    rerun,
    write_frames,
)
from .i18n import translate
from .worker import LatestJob

if TYPE_CHECKING:
    from .canvas import Canvas
    from .lesson import Lesson

#: frames drawn per turn of the event loop (one takes 10–30 ms at 960×540)
FRAMES_PER_TURN = 2
#: the frames' width when the canvas is wider (the menu's export; the command line chooses its own)
MAX_WIDTH = 960
#: the menu entry's tip, by what can be written: (an animated GIF, an MP4) besides PNG frames
TIPS = {
    (True, True): str(QT_TRANSLATE_NOOP("animation_export", "The descent from epoch 0 to the end, with the epoch"
                                        " and J in each frame, as an animated GIF or PNG frames or an MP4")),
    (True, False): str(QT_TRANSLATE_NOOP("animation_export", "The descent from epoch 0 to the end, with the epoch"
                                         " and J in each frame, as an animated GIF or PNG frames")),
    (False, True): str(QT_TRANSLATE_NOOP("animation_export", "The descent from epoch 0 to the end, with the epoch"
                                         " and J in each frame, as PNG frames or an MP4")),
    (False, False): str(QT_TRANSLATE_NOOP("animation_export", "The descent from epoch 0 to the end, with the epoch"
                                          " and J in each frame, as PNG frames")),
}


class AnimationExport(QObject):
    """The menu entry, and one export at a time."""

    finished = Signal(str)  # what was written, in words; "" when cancelled or failed
    failed = Signal(str)  # the one-line reason

    def __init__(self, window: QWidget, lesson: Lesson, canvas: Canvas, pause: Callable[[], None],
                 show_error: Callable[[str], None]) -> None:
        super().__init__(window)
        self.window, self.lesson, self.canvas = window, lesson, canvas
        self._pause, self._show_error = pause, show_error
        self.action = QAction(translate("animation_export", "Export animation…"), window)
        self.action.triggered.connect(self.ask)
        self._label_action()
        self.busy = False
        self._interactive = True
        self.progress: QProgressDialog | None = None
        self._cancel = threading.Event()
        self._job: LatestJob | None = None
        self._frames: list[QImage] = []
        self._drawer: FrameCanvas | None = None
        self._run: Run | None = None
        self._settings: tuple[str, tuple[int, int], int, QRectF | None] = ("", (0, 0), FPS, None)
        self._turn = QTimer(self)
        self._turn.setInterval(0)
        self._turn.timeout.connect(self._draw_some)
        window.installEventFilter(self)  # closing the window cancels an export

    def _label_action(self) -> None:
        tip = translate("animation_export", TIPS[has_pillow(), has_ffmpeg()])
        if not has_pillow():
            self.action.setText(translate("animation_export", "Export animation… (for a GIF: {install})").format(
                install=INSTALL_PILLOW))
            tip += "; " + translate("animation_export", "an animated GIF needs Pillow: {install}").format(
                install=INSTALL_PILLOW)
        self.action.setToolTip(tip)
        self.action.setStatusTip(tip)

    # --- asking ---------------------------------------------------------------------------------

    def ask(self) -> None:
        """Where to write it, and as what (the file dialog's filter)."""
        suffixes = [s for s in FORMATS if (s != ".gif" or has_pillow()) and (s != ".mp4" or has_ffmpeg())]
        filters = [f"{translate('animation', FORMATS[s])} (*{s})" for s in suffixes]
        start = str(Path.home() / f"descent{suffixes[0]}")
        title = translate("animation_export", "Export animation")
        path, chosen = QFileDialog.getSaveFileName(self.window, title, start, ";;".join(filters))
        if not path:
            return
        if Path(path).suffix.lower() not in FORMATS:
            path += suffixes[filters.index(chosen)] if chosen in filters else suffixes[0]
        self.start(path)

    # --- the export --------------------------------------------------------------------------------

    def start(self, path: str, size: tuple[int, int] | None = None, fps: int = FPS, frames: int = MAX_FRAMES,
              interactive: bool = True, view: QRectF | bool | None = True) -> bool:
        """Export the current descent to `path` (.gif, .png, .mp4) at `size` (the canvas's if None),
        `fps` frames a second, at most `frames` frames; `view` True: the canvas's view, None: framed
        anew on the fit. False (and said) when it cannot start; else `finished` says when it ends.
        `interactive` off (the command line): no progress dialog, no message box, only `failed`."""
        if self.busy:
            return False
        self._interactive = interactive
        problem = self._why_not(path)
        if problem:
            self._fail(problem)
            return False
        lesson, settings = self.lesson, self.lesson.settings
        objective = lesson.problem.objective
        assert objective is not None
        self._pause()  # the export runs the descent again; the lesson's run waits
        history = lesson.descent.history
        last = max(settings.epochs, lesson.descent.epoch)
        try:
            descent = Descent(objective.copy(), settings.optimizer_(), history.coefficients[0].copy(), settings.seed)
        except InputError as exc:
            self._fail(str(exc))
            return False
        if view is True:
            (x0, x1), (y0, y1) = self.canvas.viewbox.viewRange()
            view = QRectF(x0, y0, x1 - x0, y1 - y0)
        if size is None:  # the canvas's shape, at most MAX_WIDTH wide: 72 frames are held until written
            w, h = max(320, self.canvas.width()), max(240, self.canvas.height())
            size = (min(w, MAX_WIDTH), round(h * min(w, MAX_WIDTH) / w))
        self._settings = (path, size, fps, view or None)
        self.busy = True
        self.action.setEnabled(False)
        self._cancel = threading.Event()
        self._frames = []
        wanted = frame_epochs(last, frames)
        if interactive:
            self._show_progress(path, 2 * len(wanted))
        self._job = LatestJob(self)
        self._job.result.connect(self._ran)
        label, cancel = lesson.problem.label, self._cancel
        self._job.submit(lambda: rerun(descent, wanted, label, cancel), "run", cancel)
        self.lesson.say(translate("animation_export", "Exporting the descent to {path}: running it again from epoch"
                                  " 0").format(path=path))
        return True

    def _why_not(self, path: str) -> str:
        suffix = Path(path).suffix.lower()
        if suffix not in FORMATS:
            return translate("animation_export", "{path}: an animation is written as .gif, .png (frames) or"
                             " .mp4").format(path=path)
        if suffix == ".gif" and not has_pillow():
            return translate("animation_export", "{path}: an animated GIF needs Pillow ({install}); PNG frames need"
                             " nothing").format(path=path, install=INSTALL_PILLOW)
        if suffix == ".mp4" and not has_ffmpeg():
            return translate("animation_export", "{path}: an MP4 needs ffmpeg on PATH; GIF and PNG frames need"
                             " none").format(path=path)
        if self.lesson.problem.objective is None:
            return translate("animation_export", "Nothing to animate: {why}").format(why=self.lesson.problem.why_not)
        return ""

    def _show_progress(self, path: str, steps: int) -> None:
        dialog = QProgressDialog(translate("animation_export", "Exporting {name}…").format(name=Path(path).name),
                                 translate("animation_export", "Cancel"), 0, steps, self.window)
        dialog.setWindowTitle(translate("animation_export", "Export animation"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)  # the window draws on; its lesson waits
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setAccessibleName(translate("animation_export", "Export progress"))
        dialog.canceled.connect(self.cancel)
        dialog.setValue(0)
        self.progress = dialog

    @Slot(object, object)
    def _ran(self, token: object, value: object) -> None:
        if token == "run":
            if isinstance(value, BaseException):
                self._end(value)
                return
            assert isinstance(value, Run)
            self._run = value
            _path, size, _fps, view = self._settings
            try:
                self._drawer = FrameCanvas(self.lesson, size, view, value.coefficients[-1])
            except Exception as exc:
                self._end(exc)
                return
            self._turn.start()
        else:
            self._end(value if isinstance(value, BaseException) else str(value))

    @Slot()
    def _draw_some(self) -> None:
        try:
            self._draw_turn()
        except Exception as exc:  # said, and the export ends: a command line waiting for it goes on
            self._end(exc)

    def _draw_turn(self) -> None:
        run, drawer = self._run, self._drawer
        if run is None or drawer is None or self._cancel.is_set():
            self._turn.stop()
            return
        for _ in range(FRAMES_PER_TURN):
            i = len(self._frames)
            if i >= len(run.epochs):
                break
            self._frames.append(drawer.draw(run.coefficients[i], int(run.epochs[i]), float(run.values[i]), run.label))
        self._set_progress(len(self._frames))
        if len(self._frames) < len(run.epochs):
            return
        self._turn.stop()
        drawer.close()
        self._drawer = None
        path, _size, fps, _view = self._settings
        frames, cancel, done = list(self._frames), self._cancel, len(self._frames)
        if self.progress is not None:
            self.progress.setLabelText(translate("animation_export", "Writing {name}…").format(name=Path(path).name))
        assert self._job is not None
        self._job.submit(lambda: write_frames(path, frames, fps, cancel), "write", cancel)
        self._set_progress(done)

    def _set_progress(self, value: int) -> None:
        if self.progress is not None:
            self.progress.setValue(value)

    @Slot()
    def cancel(self) -> None:
        """Stop the export: nothing is written (a file is written whole or not at all)."""
        if self.busy:
            self._cancel.set()
            self._turn.stop()
            self._end(Cancelled())

    def _end(self, outcome: str | BaseException) -> None:
        if not self.busy:
            return
        self.busy = False
        self._turn.stop()
        if self._drawer is not None:
            self._drawer.close()
            self._drawer = None
        job, self._job = self._job, None
        if job is not None:
            job.stop()
            job.deleteLater()
        self._frames, self._run = [], None
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.action.setEnabled(True)
        path = self._settings[0]
        if isinstance(outcome, Cancelled):
            self.lesson.say(translate("animation_export", "Export cancelled: nothing was written"))
            self.finished.emit("")
        elif isinstance(outcome, InputError):
            self._fail(str(outcome))
            self.finished.emit("")
        elif isinstance(outcome, BaseException):
            self._fail(translate("animation_export", "{path}: cannot be written ({reason})").format(
                path=path, reason=getattr(outcome, "strerror", None) or outcome))
            self.finished.emit("")
        else:
            self.lesson.say(translate("animation_export", "Exported the descent: {written}").format(written=outcome))
            self.finished.emit(outcome)

    def _fail(self, message: str) -> None:
        self.failed.emit(message)
        if self._interactive:
            self._show_error(message)
        else:
            self.lesson.say(message)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close and watched is self.window:
            self.cancel()
        return False
