"""The score bar: J of my line against J of the best line, two bars on one scale (PhET's
sum-of-squares bar), each with its number, large enough to read from the back of a room."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from . import theme
from .i18n import number, translate

#: the number each bar carries (4 significant figures: the classroom's readouts)
DIGITS = 4


def shown(value: float | None) -> str:
    """A bar's number as it is drawn: `12.34` (`12,34` in German), or `…` while it is not known."""
    if value is None or not math.isfinite(value):
        return "…"
    return number(value, f".{DIGITS}g").replace("-", "−")


class ScoreBar(QWidget):
    """Two upright bars, mine and the best, from 0 (or the lower J, when J can be negative) to
    their J, on one scale; the label names J (MSE, MAE, J with a penalty)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = "J"
        self.mine: float | None = None
        self.best: float | None = None
        self.setAccessibleName(translate("score_bar", "score bar"))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(120)

    def set_values(self, label: str, mine: float | None, best: float | None) -> None:
        self.label, self.mine, self.best = label, mine, best
        self.setAccessibleDescription(translate("score_bar", "my {loss} {mine}, best {loss} {best}").format(
            loss=label, mine=shown(mine), best=shown(best)))
        self.update()

    def names(self) -> tuple[str, str]:
        """The bars' names, under them: `my MAE`, `best MAE`."""
        return (translate("score_bar", "my {loss}").format(loss=self.label),
                translate("score_bar", "best {loss}").format(loss=self.label))

    def texts(self) -> list[tuple[str, str]]:
        """What the bars say, as drawn: each one's name and its number."""
        mine, best = self.names()
        return [(mine, shown(self.mine)), (best, shown(self.best))]

    def heights(self) -> tuple[float, float]:
        """Each bar's share of the common scale (0 … 1): mine, best."""
        values = [v if v is not None and math.isfinite(v) else 0.0 for v in (self.mine, self.best)]
        low = min(0.0, *values)
        top = max(values) - low
        if top <= 0:
            return 0.0, 0.0
        return (values[0] - low) / top, (values[1] - low) / top

    def sizeHint(self) -> QSize:
        em = self.fontMetrics().height()
        return QSize(12 * em, 14 * em)

    def _font(self, scale: float, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(theme.Sizes.font_pt * scale)
        font.setBold(bold)
        return font

    def _number_font(self, room: float) -> QFont:
        """The numbers' font: half as large again as the text, smaller (down to the text's size)
        where a number would not fit its bar's column."""
        widest = max((shown(v) for v in (self.mine, self.best)), key=len)
        scale = 1.5
        font = self._font(scale, bold=True)
        while scale > 1.0 and QFontMetrics(font).horizontalAdvance(widest) > room:  # never below the text
            scale -= 0.1
            font = self._font(scale, bold=True)
        return font

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(theme.BACKGROUND))
        w, h = self.width(), self.height()
        column = w / 2
        number_font, name_font = self._number_font(column - 6), self._font(1.0)
        painter.setFont(number_font)
        number_h = painter.fontMetrics().height()
        painter.setFont(name_font)
        name_h = painter.fontMetrics().height()
        top, bottom = number_h + 6, h - name_h - 8
        base = bottom
        bar_w = min(column * 0.6, 6 * name_h)
        mine_h, best_h = self.heights()
        mine_name, best_name = self.names()
        bars = ((mine_name, mine_h, self.mine, theme.MINE), (best_name, best_h, self.best, theme.EXACT))
        for i, (name, share, value, hex_colour) in enumerate(bars):
            cx = column * (i + 0.5)
            height = share * (bottom - top)
            rect = QRectF(cx - bar_w / 2, base - height, bar_w, height)
            painter.setPen(QPen(QColor(hex_colour), 2))
            painter.setBrush(theme.colour(hex_colour, 0.75 if i == 0 else 0.35))
            if height > 0:
                painter.drawRect(rect)
            painter.setPen(QColor(theme.FOREGROUND))
            painter.setFont(number_font)
            painter.drawText(QRectF(cx - column / 2, base - height - number_h - 2, column, number_h),
                             Qt.AlignmentFlag.AlignCenter, shown(value))
            painter.setFont(name_font)
            painter.drawText(QRectF(cx - column / 2, bottom + 4, column, name_h), Qt.AlignmentFlag.AlignCenter, name)
        painter.setPen(QPen(QColor(theme.FOREGROUND), 1))
        painter.drawLine(int(column * 0.1), int(base), int(w - column * 0.1), int(base))
        painter.end()
