"""Colours, pens and sizes: one colour-blind-safe palette (Okabe–Ito) on a light background.

A light theme because projectors wash out dark ones.
"""

from __future__ import annotations

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
PIN_COLOURS = (SKY_BLUE, GREEN, PURPLE, ORANGE, BLUE, "#7F7F7F")

BACKGROUND = "#FFFFFF"
FOREGROUND = "#202020"
GRID_ALPHA = 0.25


class Sizes:
    """Line widths and marker sizes; projector mode (issue 6) scales them up."""

    line = 3.0
    marker = 13.0
    font_pt = 11


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
        axis.enableAutoSIPrefix(False)  # "epoch (x0.001)" reads badly
        axis.setStyle(maxTickLevel=1)  # grid on major and minor ticks only: a third level costs paint time
    plot.showGrid(x=True, y=True, alpha=GRID_ALPHA)
