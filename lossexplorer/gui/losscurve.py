"""J per epoch (with a log-scale toggle and a marker at the current epoch) and the epoch
log in the loss-functions blog's form (Epoch #, m, c, loss), exportable as CSV."""

from __future__ import annotations

import csv
import io

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QHeaderView, QPushButton, QTableView, QVBoxLayout, QWidget

from . import theme
from .history import History


class LossCurve(QWidget, theme.Styled):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot_widget = pg.PlotWidget()
        plot = self.plot = self.plot_widget.getPlotItem()
        plot.setLabel("bottom", "epoch")
        plot.setLabel("left", "J")
        plot.setDownsampling(auto=True, mode="peak")
        plot.setClipToView(True)
        self.curve = plot.plot()
        self.marker = pg.ScatterPlotItem(brush=theme.colour(theme.FIT), pen=None)
        plot.addItem(self.marker)
        self.styled(self._style_items)
        self.log_y = QCheckBox("log scale")
        self.log_y.setToolTip("Show J on a logarithmic axis: steady convergence becomes a straight line")
        self.log_y.toggled.connect(self._set_log)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.plot_widget, 1)
        layout.addWidget(self.log_y)

    def _style_items(self) -> None:
        theme.style_plot(self.plot)
        self.curve.setPen(theme.pen(theme.BLUE, theme.Sizes.line * 0.8))
        self.marker.setSize(theme.Sizes.marker)

    def _set_log(self, on: bool) -> None:
        self.plot.setLogMode(y=on)
        self.plot.enableAutoRange()

    def show_history(self, history: History) -> None:
        epochs, values = history.epochs, history.objective
        finite = np.isfinite(values) & ((values > 0) if self.log_y.isChecked() else True)
        self.curve.setData(epochs[finite], values[finite])
        if len(values) and finite[-1]:
            y = np.log10(values[-1]) if self.log_y.isChecked() else values[-1]
            self.marker.setData([epochs[-1]], [y])
        else:
            self.marker.setData([], [])


class EpochTable(QAbstractTableModel):
    """Rows of the history: Epoch #, each coefficient, and J."""

    def __init__(self, history: History) -> None:
        super().__init__()
        self.history = history
        self.names: tuple[str, ...] = ("c", "m")
        self.label = "MSE"
        self._rows = len(history)

    def set_columns(self, names: tuple[str, ...], label: str) -> None:
        self.beginResetModel()
        self.names, self.label = names, label
        self._rows = len(self.history)
        self.endResetModel()

    def _order(self) -> list[int]:
        return [1, 0] if self.names == ("c", "m") else list(range(len(self.names)))

    def refresh(self) -> None:
        """Take in rows added to the history (or start over when it was reset)."""
        n = len(self.history)
        if n < self._rows or n == 1:
            self.beginResetModel()
            self._rows = n
            self.endResetModel()
        elif n > self._rows:
            self.beginInsertRows(QModelIndex(), self._rows, n - 1)
            self._rows = n
            self.endInsertRows()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.names) + 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = ["Epoch #", *(self.names[i] for i in self._order()), self.label]
        return titles[section] if section < len(titles) else None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole) or not index.isValid():
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row, col = index.row(), index.column()
        if row >= len(self.history):
            return None
        if col == 0:
            return str(int(self.history.epochs[row]))
        if col == len(self.names) + 1:
            return f"{float(self.history.objective[row]):.10g}"
        j = self._order()[col - 1]
        return f"{float(self.history.coefficients[row, j]):.10g}"

    def to_csv(self) -> str:
        """The whole log at full precision (repr), with a header."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        order = self._order()
        writer.writerow(["epoch", *(self.names[i] for i in order), self.label])
        h = self.history
        for e, row, v in zip(h.epochs.tolist(), h.coefficients.tolist(), h.objective.tolist()):
            writer.writerow([e, *(repr(row[i]) for i in order), repr(v)])
        return out.getvalue()


class EpochLog(QWidget):
    exportRequested = Signal()

    def __init__(self, history: History, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = EpochTable(history)
        self.view = QTableView()
        self.view.setModel(self.table)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.setAlternatingRowColors(True)
        self.follow = QCheckBox("follow the last epoch")
        self.follow.setChecked(True)
        self.export = QPushButton("Export CSV…")
        self.export.setToolTip("Save the epoch log as a CSV file")
        self.export.clicked.connect(self.exportRequested)
        row = QHBoxLayout()
        row.addWidget(self.follow)
        row.addStretch(1)
        row.addWidget(self.export)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)

    def refresh(self) -> None:
        self.table.refresh()
        if self.follow.isChecked():
            self.view.scrollToBottom()
