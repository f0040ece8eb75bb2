"""The equations on the canvas: the current fit's (`p = 1.02·x − 0.2`) by its line, in the fit's
colour, and in my-line mode mine by my line, in mine; in the font now in force, so projector
mode writes them large."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from numpy.typing import NDArray
from PySide6.QtCore import QLocale, QObject, Slot
from PySide6.QtGui import QFont

from lossexplorer.core import Model

from . import theme
from .geometry import boundary
from .my_line_model import equation, placeable

if TYPE_CHECKING:
    from .canvas import Canvas
    from .lesson import Lesson

Array = NDArray[np.float64]
#: where along the view's width each equation sits: the fit's at the right end (its text to the
#: left of there), mine at the left end (its text to the right)
FIT_AT, MINE_AT = 0.97, 0.03
#: how far from the view's top and bottom an equation is kept (a share of the height)
MARGIN = 0.08


def in_locale(text: str) -> str:
    """An equation with the locale's decimal mark: `p = 1,02·x − 0,2` in German (its only full
    stops are decimal points: the product is a middle dot)."""
    point = QLocale().decimalPoint()
    return text if point == "." else text.replace(".", point)


class Equations(QObject):
    """Two labels on the canvas, each by its line; they move as the lines and the view do."""

    def __init__(self, canvas: Canvas, lesson: Lesson) -> None:
        super().__init__(canvas)
        self.canvas, self.lesson = canvas, lesson
        self.fit = pg.TextItem(anchor=(1.0, 1.1), fill=theme.colour(theme.BACKGROUND, 0.8))
        self.mine = pg.TextItem(anchor=(0.0, 1.1), fill=theme.colour(theme.BACKGROUND, 0.8))
        for item in (self.fit, self.mine):
            item.setZValue(30)
            canvas.plot.addItem(item, ignoreBounds=True)
        canvas.styled(self._style)
        canvas.curve_layers.append(self.redraw)
        lesson.myLineChanged.connect(self.redraw)
        lesson.myLineModeChanged.connect(self.redraw)

    def _style(self) -> None:
        font = QFont()
        font.setPointSizeF(theme.Sizes.font_pt * 1.25)
        font.setBold(True)
        for item, hex_colour in ((self.fit, theme.FIT), (self.mine, theme.MINE)):
            item.setFont(font)
            item.setColor(theme.colour(hex_colour))

    def texts(self) -> dict[str, str]:
        """The equations drawn now: {"current fit": …, "my line": …} (those shown)."""
        return {name: item.toPlainText() for name, item in (("current fit", self.fit), ("my line", self.mine))
                if item.isVisible() and item.toPlainText()}

    @Slot()
    def redraw(self, *_args: object) -> None:
        canvas, lesson = self.canvas, self.lesson
        picture = canvas.picture
        same = picture.model is not None and picture.model.name == lesson.model.name  # drawn for this problem
        fit_on = same and lesson.overlays.get("fit", False) and picture.beta is not None
        self._place(self.fit, picture.model, picture.beta, FIT_AT, bool(fit_on))
        mine_on = lesson.my_line_mode and placeable(lesson.model)
        self._place(self.mine, lesson.model, lesson.my_line if mine_on else None, MINE_AT, mine_on)

    def _place(self, item: pg.TextItem, model: Model | None, beta: Array | None, share: float, on: bool) -> None:
        if not on or model is None or beta is None or len(beta) != model.n_coefficients \
                or not np.all(np.isfinite(beta)) or model.softmax:
            item.setVisible(False)
            return
        (x0, x1), (y0, y1) = self.canvas.viewbox.viewRange()
        room = MARGIN * (y1 - y0)
        if model.classification:  # a point of the boundary z = 0, `share` of the way across the view
            ends = boundary(beta, 0.0, (x0, x1, y0, y1))
            if not len(ends[0]):
                item.setVisible(False)
                return
            (xa, xb), (ya, yb) = ends
            if ya > yb:  # from the end low in the view: the legend holds the top left
                xa, xb, ya, yb = xb, xa, yb, ya
            along = min(share, 1.0 - share)
            x, y = float(xa + along * (xb - xa)), float(ya + along * (yb - ya))
            x = min(max(x, x0), x1)
        else:
            x = x0 + share * (x1 - x0)
            with np.errstate(all="ignore"):
                y = float(model.predict(beta, np.array([x]))[0])
        item.setText(in_locale(equation(model, beta)))
        # the text stands above its anchor: keep its whole height (projector mode writes it large) below the top
        tall = 1.1 * item.boundingRect().height() * self.canvas.viewbox.viewPixelSize()[1]
        top = y1 - max(room, tall + 0.02 * (y1 - y0))
        y = min(max(y, y0 + 2 * room), top) if np.isfinite(y) else top
        item.setAnchor((min(max((x - x0) / (x1 - x0), 0.0), 1.0), 1.1))  # the text runs into the view, not out
        item.setPos(x, y)
        item.setVisible(True)
        self._below_legend(item, tall)

    def _below_legend(self, item: pg.TextItem, tall: float) -> None:
        """Move the text down below the legend when they would overlap (a narrow canvas, a long
        translation of the legend's words): the legend stays readable and so does the equation."""
        legend = self.canvas.legend
        if not legend.isVisible() or not legend.items:
            return
        box = legend.mapRectToScene(legend.boundingRect())
        if not item.mapRectToScene(item.boundingRect()).intersects(box):
            return
        bottom = self.canvas.viewbox.mapSceneToView(box.bottomLeft()).y()  # the legend's lower edge, in data units
        item.setPos(item.pos().x(), bottom - 1.15 * tall)
