"""The side panel's number boxes: a box made from a setting's `Parameter` (its span, default,
step and tip), which shows every digit of its value and takes only finite numbers in range, and
the learning rate's log-scale slider with the largest stable rate marked. A box writes and reads
its numbers with its locale's decimal mark (1,5 in German and French), and takes a point too."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QDoubleSpinBox, QSlider, QSpinBox, QStyle

from lossexplorer.core.parameters import Parameter

from . import theme
from .i18n import core_tr
from .limits import DECIMALS
from .settings import LR_RANGE

LR_MIN_EXP, LR_MAX_EXP, LR_STEPS = math.log10(LR_RANGE[0]), math.log10(LR_RANGE[1]), 700


class NumberBox(QDoubleSpinBox):
    """A spin box that shows numbers as %g (1e-06, 0.05, 120), or with as many digits as it
    takes to show the value exactly, and accepts any finite number in its range typed; other
    text (nan, inf, a number past the range) is not taken: the box keeps its value."""

    def __init__(self, low: float, high: float, value: float, tip: str, step: float = 0.1) -> None:
        super().__init__()
        self.setDecimals(DECIMALS)  # Qt rounds every value to these: this many keep each double
        self.setRange(low, high)
        self.setSingleStep(step)
        self.setValue(value)
        self.setToolTip(tip)
        self.setKeyboardTracking(False)

    def textFromValue(self, value: float) -> str:
        return self.local(exact_text(value))

    def local(self, text: str) -> str:
        """A number written with a point, written with the box's decimal mark."""
        point = self.locale().decimalPoint()
        return text if point == "." else text.replace(".", point)

    def valueFromText(self, text: str) -> float:
        value = self._number(text)
        return self.value() if value is None else value

    def validate(self, text: str, pos: int):
        from PySide6.QtGui import QValidator

        if self._number(text) is None:
            return QValidator.State.Intermediate, text, pos  # Qt puts the last value back
        return QValidator.State.Acceptable, text, pos

    def _number(self, text: str) -> float | None:
        """The finite number in range the text spells (with the locale's decimal mark or a
        point), else None."""
        point = self.locale().decimalPoint()
        if point != ".":
            text = text.replace(point, ".")
        try:
            value = float(text)
        except ValueError:
            return None
        return value if math.isfinite(value) and self.minimum() <= value <= self.maximum() else None

    def stepBy(self, steps: int) -> None:
        """A step of the arrows or keys, without the binary tail of 0.05 + 0.1 (12 digits)."""
        value = float(f"{self.value() + steps * self.singleStep():.12g}")
        self.setValue(min(max(value, self.minimum()), self.maximum()))


def number_box(p: Parameter) -> NumberBox | QSpinBox:
    """A box for the setting `p`: its range (`p.span`), default, step and tip; whole numbers in a
    QSpinBox."""
    low, high = p.span
    if p.integer:
        box = QSpinBox()
        box.setRange(int(low), int(high))
        box.setValue(int(p.default))
        box.setToolTip(core_tr(p.tip))
        return box
    return NumberBox(low, high, p.default, core_tr(p.tip), p.step)


def exact_text(value: float) -> str:
    """%g with 6 digits, or with the fewest more that give back exactly this value."""
    for digits in range(6, 18):
        text = f"{value:.{digits}g}"
        if float(text) == value:
            return text
    return repr(value)


class LogSlider(QSlider):
    """A horizontal slider over 1e-6 … 10 on a log scale, with the largest stable rate marked."""

    def __init__(self) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self.setRange(0, LR_STEPS)
        self.stable: float | None = None
        self.setMinimumHeight(28)

    @staticmethod
    def to_position(value: float) -> int:
        exp = math.log10(max(value, 10**LR_MIN_EXP))
        return round((exp - LR_MIN_EXP) / (LR_MAX_EXP - LR_MIN_EXP) * LR_STEPS)

    @staticmethod
    def to_value(position: int) -> float:
        return float(10 ** (LR_MIN_EXP + (LR_MAX_EXP - LR_MIN_EXP) * position / LR_STEPS))

    def set_stable(self, stable: float | None) -> None:
        self.stable = stable
        self.update()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.stable is None or not math.isfinite(self.stable):
            return
        frac = self.to_position(self.stable) / LR_STEPS
        if not 0 <= frac <= 1:
            return
        painter = QPainter(self)
        painter.setPen(QPen(QColor(theme.VERMILLION), theme.Sizes.line))
        handle = self.style().pixelMetric(QStyle.PixelMetric.PM_SliderLength, None, self)  # grows in projector mode
        x = round(handle / 2 + frac * (self.width() - handle))
        painter.drawLine(x, 0, x, self.height())
        painter.end()
