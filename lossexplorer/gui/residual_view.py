"""The residual plot: each point's residual r = y − p against x, for my line and for the
current fit, about the line r = 0. A good line leaves no pattern; a curve in it asks for
another model."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from numpy.typing import NDArray
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from . import theme
from .i18n import translate

Array = NDArray[np.float64]


class ResidualView(QWidget, theme.Styled):
    """r = y − p against x: mine (round, my colour) and the fit's (squares, the fit's colour)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot_widget = pg.PlotWidget(axisItems=theme.axes())
        self.plot_widget.setObjectName("residual plot")
        self.plot_widget.setAccessibleName(translate("residual_view", "residual plot"))
        self.plot = self.plot_widget.getPlotItem()
        self.plot.setMenuEnabled(False)
        self.plot.setLabel("bottom", "x")
        self.plot.setLabel("left", translate("residual_view", "residual r = y − p"))
        self.legend = self.plot.addLegend(offset=(6, 6), **theme.LEGEND)
        self.zero = pg.InfiniteLine(angle=0, pos=0.0, movable=False)
        self.plot.addItem(self.zero)
        self.fit = pg.ScatterPlotItem(symbol="s", hoverable=False)
        self.mine = pg.ScatterPlotItem(symbol="o", hoverable=False)
        self.plot.addItem(self.fit)
        self.plot.addItem(self.mine)
        self.legend.addItem(self.mine, translate("residual_view", "my line"))
        self.legend.addItem(self.fit, translate("residual_view", "current fit"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot_widget)
        self.styled(self._style)

    def _style(self) -> None:
        size = theme.Sizes
        theme.style_plot(self.plot)
        self.zero.setPen(theme.pen(theme.FOREGROUND, size.thin, Qt.PenStyle.DashLine))
        self.mine.setSize(size.marker * 0.8)
        self.mine.setBrush(theme.colour(theme.MINE))
        self.mine.setPen(pg.mkPen("w", width=1))
        self.fit.setSize(size.marker * 0.7)
        self.fit.setBrush(theme.colour(theme.FIT, 0.8))
        self.fit.setPen(pg.mkPen("w", width=1))

    def show_residuals(self, x: Array, mine: Array | None, fit: Array | None) -> None:
        """The residuals r = y − p of my line and of the fit at the points' x (None: not drawn)."""
        for item, r in ((self.mine, mine), (self.fit, fit)):
            if r is None or len(r) != len(x) or not len(x):
                item.setData([], [])
            else:
                ok = np.isfinite(r)
                item.setData(x[ok], r[ok])
        self.plot.enableAutoRange()

    def drawn(self) -> dict[str, tuple[Array, Array]]:
        """The residuals drawn now, by whose: {"my line": (x, r), "current fit": (x, r)}."""
        return {name: tuple(np.asarray(v, float) for v in item.getData())  # type: ignore[misc]
                for name, item in (("my line", self.mine), ("current fit", self.fit))}
