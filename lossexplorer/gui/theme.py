"""Pens, sizes, fonts and axes, in one colour-blind-safe palette (Okabe–Ito, palette.py) on a
light background: projectors wash out dark ones.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QApplication, QCheckBox, QProxyStyle, QRadioButton, QSlider, QStyle, QWidget

from .palette import (  # noqa: F401  (the palette, re-exported: views read theme.BLUE and theme.FIT)
    ARROW,
    BACKGROUND,
    BLACK,
    BLUE,
    BOUNDARY,
    CLASS_COLOURS,
    CLASS_SYMBOLS,
    EXACT,
    FIT,
    FOREGROUND,
    GREEN,
    MEAN,
    MINE,
    ORANGE,
    PIN_COLOURS,
    POINT,
    PURPLE,
    RATE,
    RSS,
    SKY_BLUE,
    TSS,
    VERMILLION,
    YELLOW,
)

GRID_ALPHA = 0.25
#: legends on a white card with a light edge, so grid lines do not run through their words
LEGEND = {"brush": BACKGROUND, "pen": "#C7C7C7"}


class Sizes:
    """Line widths, marker sizes and the font size now in force (see `set_projector`): `line`
    for the fit and the chosen loss, `thin` for what is drawn beside them (springs, residuals,
    the losses compared, reference lines)."""

    line = 3.0
    thin = 2.0
    marker = 13.0
    font_pt = 11
    projector = False


NORMAL = {"line": 3.0, "thin": 2.0, "marker": 13.0, "font_pt": 11}
#: projector mode: fonts 1.6× larger or more, every line at least 3 px, markers at least 14 px
PROJECTOR = {"line": 4.5, "thin": 3.0, "marker": 20.0, "font_pt": 18}


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


class ScaledIndicators(QProxyStyle):
    """The application's style with check boxes' and radio buttons' indicators and sliders'
    handles as large as the font now in force asks (the style's own keep their pixels whatever
    the font: small on a projector)."""

    SCALED = (QStyle.PixelMetric.PM_IndicatorWidth, QStyle.PixelMetric.PM_IndicatorHeight,
              QStyle.PixelMetric.PM_ExclusiveIndicatorWidth, QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
              QStyle.PixelMetric.PM_SliderThickness, QStyle.PixelMetric.PM_SliderLength,
              QStyle.PixelMetric.PM_SliderControlThickness)

    def pixelMetric(self, metric: QStyle.PixelMetric, option: Any = None, widget: Any = None) -> int:
        size = super().pixelMetric(metric, option, widget)
        if metric in self.SCALED:
            return round(size * Sizes.font_pt / NORMAL["font_pt"])
        return size


_indicators: list[ScaledIndicators] = []  # one, made with the application, kept alive here


def scale_indicators(root: QWidget) -> None:
    """Check boxes, radio buttons and sliders under `root` draw indicators and handles that
    scale with the font (only they take the proxy style: a Python style for every widget would
    cost each paint a call)."""
    if not _indicators:
        _indicators.append(ScaledIndicators(QApplication.style().name()))
    for kind in (QCheckBox, QRadioButton, QSlider):
        for box in root.findChildren(kind):
            box.setStyle(_indicators[0])


def apply(app: QApplication) -> None:
    """pyqtgraph's global options and the application font."""
    pg.setConfigOptions(antialias=True, background=BACKGROUND, foreground=FOREGROUND)
    font = QFont(app.font())
    font.setPointSize(Sizes.font_pt)
    app.setFont(font)


def _opaque(pen: QPen) -> QPen:
    """The pen with its translucent colour replaced by the colour it shows on the background."""
    c = pen.color()
    if c.alpha() == 255:
        return pen
    a, back = c.alphaF(), QColor(BACKGROUND)
    ink = (c.redF(), c.greenF(), c.blueF())
    paper = (back.redF(), back.greenF(), back.blueF())
    mixed = QColor.fromRgbF(*(a * f + (1.0 - a) * b for f, b in zip(ink, paper)))
    opaque = QPen(pen)
    opaque.setColor(mixed)
    return opaque


class GridAxis(pg.AxisItem):
    """An axis that writes the data's own numbers (never an SI prefix: "epoch (x0.001)" reads
    badly), and whose grid lines are opaque, in the colour the translucent ones have on the
    background: Qt's raster engine blends translucent lines about seven times slower, and a
    plot repaints its grid on every frame of a run (5 ms of a 1600×900 window's frame)."""

    def __init__(self, orientation: str, **kwargs: Any) -> None:
        super().__init__(orientation, **kwargs)
        self.enableAutoSIPrefix(False)

    def updateAutoSIPrefix(self) -> None:
        """No prefix and a scale of 1 while the prefix is off. pyqtgraph 0.14 computes a scale
        from the range whatever the flag says (a range within ±1 gives ×1000), and with the flag
        off never again: every label would stay multiplied by it."""
        if self.autoSIPrefix:
            super().updateAutoSIPrefix()
            return
        self.autoSIPrefixScale = 1.0
        self.labelUnitPrefix = ""
        self._updateLabel()

    def tickStrings(self, values: Any, scale: float, spacing: float) -> list[str]:
        """pyqtgraph's tick numbers, with the locale's decimal mark (0,5 in German)."""
        strings = super().tickStrings(values, scale, spacing)
        point = QLocale().decimalPoint()
        return strings if point == "." else [text.replace(".", point) for text in strings]

    def generateDrawSpecs(self, p: QPainter) -> Any:
        specs = super().generateDrawSpecs(p)
        if specs is None or self.grid is False:
            return specs
        axis_spec, tick_specs, text_specs = specs
        return axis_spec, [(_opaque(pen), a, b) for pen, a, b in tick_specs], text_specs


def plain_numbers(axis: pg.AxisItem) -> None:
    """An axis not made by `axes()` (a colour bar's, say) without its SI prefix, and without the
    scale pyqtgraph 0.14 leaves behind when the prefix is switched off (see GridAxis)."""
    axis.enableAutoSIPrefix(False)
    axis.autoSIPrefixScale = 1.0
    axis.labelUnitPrefix = ""
    axis.picture = None
    axis.update()


def axes() -> dict[str, pg.AxisItem]:
    """The axes of every plot in the app (pass as `axisItems`)."""
    return {"left": GridAxis("left"), "bottom": GridAxis("bottom")}


def size_legend(legend: pg.LegendItem, size_pt: float | None = None) -> None:
    """The legend's labels in the font size now in force (or `size_pt`), those it has already
    too: pyqtgraph's `setLabelTextSize` only stores the size for labels still to come."""
    size = f"{size_pt if size_pt is not None else Sizes.font_pt}pt"
    legend.opts["labelTextSize"] = size
    for _sample, label in legend.items:
        label.setText(label.text, size=size)
    legend.updateSize()


def style_plot(plot: pg.PlotItem) -> None:
    """Readable axes (larger tick labels, a light grid) and the legend's labels in the font size
    now in force."""
    font = QFont()
    font.setPointSize(Sizes.font_pt)
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setTickFont(font)
        axis.setPen(pg.mkPen(FOREGROUND, width=1))
        axis.setTextPen(pg.mkPen(FOREGROUND))
        axis.label.setFont(font)
        if not isinstance(axis, GridAxis):
            plain_numbers(axis)
        axis.setStyle(maxTickLevel=1)  # grid on major and minor ticks only: a third level costs paint time
        axis.setZValue(-1)  # the grid under the data and the legend, as on squared paper
    plot.showGrid(x=True, y=True, alpha=GRID_ALPHA)
    if plot.legend is not None:
        size_legend(plot.legend)
