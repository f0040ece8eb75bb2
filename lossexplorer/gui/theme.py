"""Colours, pens and sizes: one colour-blind-safe palette (Okabe–Ito) on a light background.

A light theme because projectors wash out dark ones.
"""

from __future__ import annotations

from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication

# Okabe & Ito (2008), "Color Universal Design"
BLACK = "#000000"
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
PURPLE = "#CC79A7"

POINT = BLUE
FIT = VERMILLION
EXACT = BLACK
RSS = VERMILLION
TSS = GREEN
ARROW = ORANGE
MEAN = PURPLE
#: classification: class 0 and class 1 differ in colour and in shape (circle, triangle)
CLASS_COLOURS = (BLUE, VERMILLION)
CLASS_SYMBOLS = ("o", "t1")
BOUNDARY = GREEN
PIN_COLOURS = (SKY_BLUE, GREEN, PURPLE, ORANGE, BLUE, "#7F7F7F")

BACKGROUND = "#FFFFFF"
FOREGROUND = "#202020"
GRID_ALPHA = 0.25


class Sizes:
    """Line widths, marker sizes and the font size now in force (see `set_projector`)."""

    line = 3.0
    marker = 13.0
    font_pt = 11
    projector = False


NORMAL = {"line": 3.0, "marker": 13.0, "font_pt": 11}
#: projector mode: fonts 1.6× larger or more, lines at least 3 px, markers at least 14 px
PROJECTOR = {"line": 4.5, "marker": 20.0, "font_pt": 18}


def set_projector(on: bool) -> None:
    for key, value in (PROJECTOR if on else NORMAL).items():
        setattr(Sizes, key, value)
    Sizes.projector = on


class Styled:
    """A view whose pens, sizes and fonts come from `Sizes`: `styled(fn)` runs fn now and on
    every `restyle()`, so projector mode restyles everything that was styled once."""

    _styles: list[Callable[[], None]]

    def styled(self, fn: Callable[[], None]) -> None:
        if not hasattr(self, "_styles"):
            self._styles = []
        self._styles.append(fn)
        fn()

    def restyle(self) -> None:
        for fn in getattr(self, "_styles", []):
            fn()


def colour(hex_colour: str, alpha: float = 1.0) -> QColor:
    c = QColor(hex_colour)
    c.setAlphaF(alpha)
    return c


def pen(hex_colour: str, width: float | None = None, style: Qt.PenStyle = Qt.PenStyle.SolidLine, alpha: float = 1.0):
    p = pg.mkPen(colour(hex_colour, alpha), width=width if width is not None else Sizes.line, style=style)
    p.setCosmetic(True)
    return p


def apply(app: QApplication) -> None:
    """pyqtgraph's global options and the application font."""
    pg.setConfigOptions(antialias=True, background=BACKGROUND, foreground=FOREGROUND)
    font = QFont(app.font())
    font.setPointSize(Sizes.font_pt)
    app.setFont(font)


def style_plot(plot: pg.PlotItem) -> None:
    """Readable axes: larger tick labels and a light grid."""
    font = QFont()
    font.setPointSize(Sizes.font_pt)
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setTickFont(font)
        axis.setPen(pg.mkPen(FOREGROUND, width=1))
        axis.setTextPen(pg.mkPen(FOREGROUND))
        axis.label.setFont(font)
        axis.enableAutoSIPrefix(False)  # "epoch (x0.001)" reads badly
        axis.setStyle(maxTickLevel=1)  # grid on major and minor ticks only: a third level costs paint time
    plot.showGrid(x=True, y=True, alpha=GRID_ALPHA)
