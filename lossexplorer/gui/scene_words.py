"""The fit canvas in words, for a screen reader: "12 points; line p = 1.02·x − 0.20; MSE 0.53 at
epoch 40; R² 0.96". `describe(lesson)` says it; `SceneWords` keeps the canvas's accessible
description in step with the lesson (at most every THROTTLE_MS, a run changes it at every
frame) and tells assistive technology through a QAccessible event when it changed."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtGui import QAccessible, QAccessibleEvent

from lossexplorer.core import Model

from .i18n import number as in_locale
from .i18n import translate

if TYPE_CHECKING:
    from .canvas import Canvas
    from .lesson import Lesson

Array = NDArray[np.float64]
#: the description is rewritten at most this often (a run changes it at every frame)
THROTTLE_MS = 400
#: R² is said up to this many points (beyond, the readouts show it; a run would pay for it twice)
MAX_R2_POINTS = 100_000


def number(value: float) -> str:
    """Three significant figures, with a true minus sign and the locale's decimal mark."""
    return in_locale(value, ".3g").replace("-", "−")


def signed(value: float) -> str:
    """ + 0.2 or − 0.2, to follow a term."""
    return f" {'−' if value < 0 else '+'} {number(abs(value))}"


def equation(model: Model, beta: Array) -> str:
    """The fit as a person would read it off the board."""
    b = [float(v) for v in beta]
    names = model.coefficient_names
    if names == ("c", "m"):
        return translate("scene_words", "line p = {m}·x{c}").format(m=number(b[1]), c=signed(b[0]))
    if names == ("c",):
        return translate("scene_words", "constant p = {c}").format(c=number(b[0]))
    if model.classification and len(b) == 3:
        return translate("scene_words", "decision boundary {b0}{b1}·x1{b2}·x2 = 0").format(
            b0=number(b[0]), b1=signed(b[1]), b2=signed(b[2]))
    if model.name.startswith("poly"):
        powers = "".join(f"{signed(v)}·x{'' if j == 1 else '^' + str(j)}" for j, v in enumerate(b) if j)
        return translate("scene_words", "curve p = {c}{powers}").format(c=number(b[0]), powers=powers)
    return translate("scene_words", "coefficients {values}").format(
        values=", ".join(f"{n} = {number(v)}" for n, v in zip(names, b)))


def describe(lesson: Lesson) -> str:
    """The scene: the points, the fit, J and the epoch, the exact J when it is shown, and R²."""
    points, descent = lesson.points, lesson.descent
    n = len(points)
    if n == 1:
        parts = [translate("scene_words", "1 point")]
    elif n:
        parts = [translate("scene_words", "{n} points").format(n=in_locale(n, ","))]
    else:
        parts = [translate("scene_words", "no points: Enter adds one at the keyboard cursor (K)")]
    if n and lesson.classification:
        counts = np.bincount(points.labels, minlength=2)
        parts[0] += " (" + ", ".join(translate("scene_words", "{count} of class {label}").format(count=c, label=k)
                                     for k, c in enumerate(counts.tolist())) + ")"
    beta = descent.coefficients
    if n and beta is not None and np.all(np.isfinite(beta)):
        parts.append(equation(lesson.model, beta))
        label = lesson.problem.label
        if math.isfinite(descent.value):
            parts.append(translate("scene_words", "{loss} {value} at epoch {epoch}").format(
                loss=label, value=number(descent.value), epoch=descent.epoch))
        exact = lesson.exact
        if lesson.overlays.get("exact") and exact is not None:
            parts.append(translate("scene_words", "exact {loss} {value}").format(
                loss=label, value=number(lesson.problem.value(exact))))
        if not lesson.classification and 1 < n <= MAX_R2_POINTS:
            with np.errstate(all="ignore"):
                rss = float(np.sum((points.y - lesson.model.predict(beta, points.x)) ** 2))
                tss = float(np.sum((points.y - points.y.mean()) ** 2))
            if tss > 0 and math.isfinite(rss):
                parts.append(f"R² {number(1 - rss / tss)}")
    return "; ".join(parts)


class SceneWords(QObject):
    """Keeps the canvas's accessible description saying the scene (and where the keyboard cursor is)."""

    def __init__(self, canvas: Canvas) -> None:
        super().__init__(canvas)
        self.canvas, self.lesson = canvas, canvas.lesson
        self.widget = canvas.plot_widget
        self.widget.setAccessibleName(translate("scene_words", "Fit canvas"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(THROTTLE_MS)
        self._timer.timeout.connect(self.update_now)
        lesson = self.lesson
        for signal in (lesson.pointsChanged, lesson.settingsChanged, lesson.progressed, lesson.descentReset,
                       lesson.exactChanged, lesson.overlaysChanged, lesson.modeChanged, canvas.keyboard.moved):
            signal.connect(self.soon)
        self.update_now()

    @Slot()
    def soon(self, *_args: object) -> None:
        """Say the scene again within THROTTLE_MS (a change while it waits joins it)."""
        if not self._timer.isActive():
            self._timer.start()

    @Slot()
    def update_now(self) -> None:
        text = describe(self.lesson)
        where = self.canvas.keyboard.describe()
        if where:
            text = f"{where}; {text}"
        if text != self.widget.accessibleDescription():
            self.widget.setAccessibleDescription(text)
            QAccessible.updateAccessibility(QAccessibleEvent(self.widget, QAccessible.Event.DescriptionChanged))
