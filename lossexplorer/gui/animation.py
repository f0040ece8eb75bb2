"""The descent as an animation: its frames and the files they go into.

`rerun` runs the current descent again from its epoch 0 (off the GUI thread, on its own copy of
J) and keeps the records of the epochs to be drawn; `FrameCanvas` draws each of them offscreen
as the fit canvas shows it, with the epoch and J in the corner; `write_gif` (Pillow, an optional
extra imported only here), `write_pngs` and `write_mp4` (ffmpeg on PATH) write them, each
atomically: a file is whole or untouched.
"""

from __future__ import annotations

import importlib.util
import math
import os
import shutil
import subprocess
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QT_TRANSLATE_NOOP, QPoint, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from lossexplorer.core import Descent, InputError
from lossexplorer.core.data import atomic_file

from . import theme
from .canvas import MAX_DRAWN, Canvas, fit_picture
from .i18n import number, translate

if TYPE_CHECKING:
    from .lesson import Lesson

Array = NDArray[np.float64]
#: an animation has at most this many frames (a GIF of 1000 frames is tens of megabytes)
MAX_FRAMES = 72
FPS = 12
INSTALL_PILLOW = "pip install 'lossexplorer[export]'"
#: the formats by suffix, with their names (translated where they are shown, in context "animation")
FORMATS = {".gif": str(QT_TRANSLATE_NOOP("animation", "Animated GIF")),
           ".png": str(QT_TRANSLATE_NOOP("animation", "PNG frames")),
           ".mp4": str(QT_TRANSLATE_NOOP("animation", "MP4 video"))}


class Cancelled(Exception):
    """The person cancelled the export."""


def has_pillow() -> bool:
    return importlib.util.find_spec("PIL") is not None


def has_ffmpeg() -> bool:
    return shutil.which("ffmpeg") is not None


def frame_epochs(last_epoch: int, frames: int = MAX_FRAMES) -> NDArray[np.int64]:
    """The epochs drawn: 0, the last, and evenly between (every epoch when there are few)."""
    return np.unique(np.round(np.linspace(0, last_epoch, min(frames, last_epoch + 1))).astype(np.int64))


@dataclass(frozen=True)
class Run:
    """The records of the epochs drawn: epoch, coefficients and J (fewer when the run diverged)."""

    epochs: NDArray[np.int64]
    coefficients: Array
    values: Array
    label: str


def rerun(lesson_descent: Descent, wanted: NDArray[np.int64], label: str, cancel: threading.Event) -> Run:
    """Step `lesson_descent` (a fresh Descent at epoch 0) to the last wanted epoch, keeping those wanted."""
    run = lesson_descent
    keep = set(wanted.tolist())
    epochs, coefs, values = [0], [run.coefficients.copy()], [run.value]
    last = int(wanted[-1])
    while run.epoch < last:
        if cancel.is_set():
            raise Cancelled
        if not run.step():
            break
        if run.epoch in keep:
            epochs.append(run.epoch)
            coefs.append(run.coefficients.copy())
            values.append(run.value)
    return Run(np.array(epochs), np.array(coefs), np.array(values), label)


class FrameCanvas:
    """An offscreen twin of the fit canvas at a chosen size, drawn at any coefficients."""

    def __init__(self, lesson: Lesson, size: tuple[int, int], view: QRectF | None, frame_on: Array) -> None:
        """`view` the data range to show, or None: framed on the fit at coefficients `frame_on`."""
        self.lesson = lesson
        self.canvas = Canvas(lesson)
        self.canvas.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        self.canvas.resize(*size)
        self.canvas.show()
        self.canvas.show_picture(replace(fit_picture(lesson), beta=frame_on))
        if view is None:
            self.canvas.fit_view_to_data()
        else:
            self.canvas.viewbox.setRange(view, padding=0)

    def draw(self, beta: Array, epoch: int, value: float, label: str) -> QImage:
        """The frame at coefficients `beta`: the fit, its overlays and, in the corner, epoch and J."""
        lesson = self.lesson
        dldp = losses = None
        if lesson.objective is not None and len(lesson.points) <= MAX_DRAWN and np.all(np.isfinite(beta)):
            with np.errstate(all="ignore"):
                _, losses, dldp = lesson.objective.per_point(beta)
        self.canvas.show_picture(replace(fit_picture(lesson), beta=beta, dldp=dldp, losses=losses))
        image = self.canvas.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
        stamp(image, translate("animation", "epoch {epoch} · {loss} = {value}").format(
            epoch=epoch, loss=label, value=number(value, ".4g")) if math.isfinite(value) else
            translate("animation", "epoch {epoch}").format(epoch=epoch))
        return image.convertToFormat(QImage.Format.Format_RGB888)  # three bytes a pixel while they wait

    def close(self) -> None:
        self.canvas.close()
        self.canvas.deleteLater()


def stamp(image: QImage, text: str) -> None:
    """`text` in the top right corner of `image`, on a pale box."""
    painter = QPainter(image)
    try:
        font = QFont(painter.font())
        font.setPixelSize(max(12, image.height() // 28))
        font.setBold(True)
        painter.setFont(font)
        box = painter.fontMetrics().boundingRect(text).adjusted(-8, -4, 8, 4)
        margin = max(6, image.height() // 60)
        box.moveTopRight(image.rect().topRight() + QPoint(-margin, margin))
        painter.fillRect(box, QColor(255, 255, 255, 220))
        painter.setPen(QColor(theme.FOREGROUND))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    finally:
        painter.end()


# --- the files -----------------------------------------------------------------------------------


def write_gif(path: str, frames: list[QImage], fps: int, cancel: threading.Event,
              progress: Callable[[int], None] = lambda _i: None) -> None:
    """An animated GIF that loops, one palette per frame (Pillow); the last frame held a second."""
    try:
        from PIL import Image
    except ImportError:
        raise InputError(translate("animation", "an animated GIF needs Pillow: {install}").format(
            install=INSTALL_PILLOW)) from None
    pictures = []
    for i, frame in enumerate(frames):
        if cancel.is_set():
            raise Cancelled
        rgb = frame.convertToFormat(QImage.Format.Format_RGB888)
        data = bytes(rgb.constBits())[: rgb.sizeInBytes()]
        picture = Image.frombuffer("RGB", (rgb.width(), rgb.height()), data, "raw", "RGB", rgb.bytesPerLine(), 1)
        pictures.append(picture.quantize(colors=255, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE))
        progress(i + 1)
    durations = [round(1000 / fps)] * len(pictures)
    durations[-1] = max(durations[-1], 1000)
    with atomic_file(path, suffix=".gif") as tmp:
        pictures[0].save(tmp, format="GIF", save_all=True, append_images=pictures[1:], duration=durations, loop=0,
                         optimize=False, disposal=1)


def png_names(path: str, count: int) -> list[str]:
    """OUT.png → OUT-000.png, OUT-001.png, ... (as many digits as the count needs, at least three)."""
    stem = str(Path(path).with_suffix(""))
    digits = max(3, len(str(count - 1)))
    return [f"{stem}-{i:0{digits}d}.png" for i in range(count)]


def write_pngs(path: str, frames: list[QImage], cancel: threading.Event,
               progress: Callable[[int], None] = lambda _i: None) -> list[str]:
    """One PNG per frame beside `path`, each written atomically; the names written."""
    names = png_names(path, len(frames))
    for i, (name, frame) in enumerate(zip(names, frames)):
        if cancel.is_set():
            raise Cancelled
        with atomic_file(name, suffix=".png") as tmp:
            if not frame.save(tmp):  # PNG, from the suffix
                raise OSError(translate("animation", "cannot write {name}").format(name=name))
        progress(i + 1)
    return names


def write_mp4(path: str, frames: list[QImage], fps: int, cancel: threading.Event,
              progress: Callable[[int], None] = lambda _i: None) -> None:
    """An H.264 MP4 through ffmpeg on PATH (frames piped in as raw RGB)."""
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        raise InputError(translate("animation", "an MP4 needs ffmpeg on PATH; GIF and PNG frames need none"))
    width, height = frames[0].width(), frames[0].height()
    with atomic_file(path, suffix=".mp4") as tmp:
        command = [ffmpeg, "-loglevel", "error", "-y", "-f", "rawvideo", "-pix_fmt", "rgb24", "-s", f"{width}x{height}",
                   "-r", str(fps), "-i", "-", "-vf", "pad=ceil(iw/2)*2:ceil(ih/2)*2", "-pix_fmt", "yuv420p",
                   "-f", "mp4", tmp]
        with subprocess.Popen(command, stdin=subprocess.PIPE, stderr=subprocess.PIPE) as encoder:
            assert encoder.stdin is not None
            try:
                for i, frame in enumerate(frames):
                    if cancel.is_set():
                        raise Cancelled
                    rgb = frame.convertToFormat(QImage.Format.Format_RGB888)
                    row = width * 3
                    bits = bytes(rgb.constBits())
                    encoder.stdin.write(b"".join(bits[y * rgb.bytesPerLine():y * rgb.bytesPerLine() + row]
                                                 for y in range(height)))
                    progress(i + 1)
            except BaseException:
                encoder.kill()
                raise
            finally:
                encoder.stdin.close()
            if encoder.wait() != 0:
                said = encoder.stderr.read() if encoder.stderr is not None else b""
                raise OSError(translate("animation", "ffmpeg failed: {said}").format(
                    said=said.decode(errors="replace").strip()[:200]))


def write_frames(path: str, frames: list[QImage], fps: int, cancel: threading.Event,
                 progress: Callable[[int], None] = lambda _i: None) -> str:
    """The frames into `path` by its suffix (.gif, .png: a sequence, .mp4); what was written, in words."""
    suffix = Path(path).suffix.lower()
    if suffix == ".gif":
        write_gif(path, frames, fps, cancel, progress)
        return path
    if suffix == ".png":
        names = write_pngs(path, frames, cancel, progress)
        return translate("animation", "{count} frames, {first} … {last}").format(
            count=len(names), first=os.path.basename(names[0]), last=os.path.basename(names[-1]))
    if suffix == ".mp4":
        write_mp4(path, frames, fps, cancel, progress)
        return path
    raise InputError(translate("animation", "{path}: an animation is written as .gif, .png (frames) or .mp4").format(
        path=path))
