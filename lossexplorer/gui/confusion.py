"""The confusion matrix of the current classifier: how many points of each class it predicts as each class."""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QWidget

from . import theme
from .class_choice import GLYPHS
from .i18n import translate
from .settings import CLASS_COUNTS

GREY = "#7F7F7F"
MOST = max(CLASS_COUNTS)


def class_name(label: int) -> str:
    """A class as the palette shows it: its marker and number, in its colour."""
    return f"<span style='color:{theme.CLASS_COLOURS[label]}'><b>{GLYPHS[label]}&nbsp;{label}</b></span>"


class ConfusionBox(QGroupBox):
    """C[k, l]: the points of class k (a row) that the model predicts as class l (a column); the
    diagonal holds the right ones, in green where they are all of the row's points."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("confusion", "Confusion matrix"), parent)
        self.setToolTip(translate("confusion", "Rows: the points' true class; columns: the class the model predicts"
                                               " (the most probable). The diagonal counts the right ones; every other"
                                               " cell a kind of mistake"))
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        self.heads = [QLabel(class_name(k)) for k in range(MOST)]
        self.rows = [QLabel(class_name(k)) for k in range(MOST)]
        #: the cells, [true class][predicted class]
        self.cells = [[QLabel("—") for _ in range(MOST)] for _ in range(MOST)]
        for k in range(MOST):
            self.heads[k].setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
            grid.addWidget(self.heads[k], 0, k + 1)
            grid.addWidget(self.rows[k], k + 1, 0)
            for col, cell in enumerate(self.cells[k]):
                cell.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                cell.setToolTip(translate("confusion", "points of class {true} predicted as class {predicted}").format(
                    true=k, predicted=col))
                grid.addWidget(cell, k + 1, col + 1)
        caption = QLabel(f"<span style='color:{GREY}'>" + translate(
            "confusion", "A row: the points of a class; a column: the class the model predicts for them. The diagonal"
            " is right.") + "</span>")
        caption.setWordWrap(True)
        grid.addWidget(caption, MOST + 1, 0, 1, MOST + 1)
        self.matrix: NDArray[np.intp] | None = None
        self.show_matrix(None, 2)

    def show_matrix(self, matrix: NDArray[np.intp] | None, classes: int) -> None:
        """Show C (K × K), or dashes for K classes without one."""
        self.matrix = matrix
        for k in range(MOST):
            on = k < classes
            self.heads[k].setVisible(on)
            self.rows[k].setVisible(on)
            for col, cell in enumerate(self.cells[k]):
                cell.setVisible(on and col < classes)
                if not (on and col < classes):
                    continue
                if matrix is None:
                    cell.setText("—")
                    continue
                count = int(matrix[k, col])
                if k == col:
                    colour = theme.GREEN if count == int(matrix[k].sum()) else theme.FOREGROUND
                    cell.setText(f"<span style='color:{colour}'><b>{count}</b></span>")
                else:
                    cell.setText(f"<span style='color:{theme.VERMILLION}'>{count}</span>" if count else
                                 f"<span style='color:{GREY}'>0</span>")

    def texts(self) -> list[list[str]]:
        """The numbers shown, row by row (what a reader sees, without the markup)."""
        import re

        k = 0 if self.matrix is None else len(self.matrix)
        return [[re.sub(r"<[^>]+>", "", self.cells[r][c].text()) for c in range(k)] for r in range(k)]
