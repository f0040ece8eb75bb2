"""J per epoch (with a log-scale toggle and a marker at the current epoch; under a decaying
learning-rate schedule, the rate of each epoch as a thin line on an axis of its own, right; with
points held out, their J per epoch dashed) and the epoch log in the loss-functions blog's form
(Epoch #, m, c, loss), exportable as CSV."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np
import pyqtgraph as pg
from numpy.typing import NDArray
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QHeaderView, QPushButton, QTableView, QVBoxLayout, QWidget

from . import theme
from .history import History, coefficient_order, history_csv
from .i18n import number, translate
from .settings import FitSettings
from .train_test import HeldOutPath

if TYPE_CHECKING:
    from lossexplorer.core import Objective


def peaks(x: NDArray[Any], y: NDArray[np.float64], buckets: int) -> tuple[NDArray[Any], NDArray[np.float64]]:
    """At most about 2·buckets of the points, in order: the first and the last, and the lowest
    and the highest of each run of consecutive points. Every swing of J stays visible, and the
    curve's bounds are those of all the points (pyqtgraph's own downsampling moves them with
    the view, and each move asks for another paint)."""
    n = len(y)
    size = -(-n // buckets)
    if size <= 2:
        return x, y
    m = (n // size) * size
    blocks = y[:m].reshape(-1, size)
    offsets = np.arange(0, m, size)
    picks = [np.array([0, n - 1]), blocks.argmin(axis=1) + offsets, blocks.argmax(axis=1) + offsets]
    if m < n:
        picks += [np.array([m + np.argmin(y[m:]), m + np.argmax(y[m:])])]
    keep = np.unique(np.concatenate(picks))
    return x[keep], y[keep]


class LossCurve(QWidget, theme.Styled):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot_widget = pg.PlotWidget(axisItems={**theme.axes(), "right": theme.GridAxis("right")})
        plot = self.plot = self.plot_widget.getPlotItem()
        plot.setLabel("bottom", translate("losscurve", "epoch"))
        plot.setLabel("left", "J")
        # the rate per epoch: its own view box, sharing the epochs, drawn on the right axis
        self.rate_view = pg.ViewBox(enableMouse=False)
        plot.scene().addItem(self.rate_view)
        rate_axis = plot.getAxis("right")
        rate_axis.linkToView(self.rate_view)
        rate_axis.setLabel(translate("losscurve", "rate L"))
        self.rate_view.setXLink(plot.getViewBox())
        self.rate = pg.PlotDataItem()
        self.rate_view.addItem(self.rate)
        plot.getViewBox().sigResized.connect(self._place_rate_view)
        plot.hideAxis("right")
        self.curve = plot.plot(dynamicRangeLimit=None)  # with it, every new y range re-sets the data
        # a dense zigzag: Qt strokes one antialiased path with many joins three times slower
        # than the same segments drawn as separate lines
        self.curve.curve.setSegmentedLineMode("on")
        self.marker = pg.ScatterPlotItem(brush=theme.colour(theme.FIT), pen=None)
        plot.addItem(self.marker, ignoreBounds=True)  # it sits on the curve; its pixel size would move the range
        self.test_curve = plot.plot(dynamicRangeLimit=None)  # J on the held-out points (train and test)
        self.legend = plot.addLegend(offset=(-10, 10), **theme.LEGEND)
        self.legend.setVisible(False)
        self.held_out = HeldOutPath()
        self._again = QTimer(self)  # the held-out J of epochs a frame had no time for
        self._again.setSingleShot(True)
        self._again.timeout.connect(self._catch_up)
        self._shown: tuple[History, FitSettings | None, Objective | None] | None = None
        self.styled(self._style_items)
        self.log_y = QCheckBox(translate("losscurve", "log scale"))
        self.log_y.setToolTip(translate("losscurve", "Show J on a logarithmic axis: steady convergence becomes a"
                                        " straight line"))
        self.log_y.toggled.connect(self._set_log)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.plot_widget, 1)
        layout.addWidget(self.log_y)

    def _style_items(self) -> None:
        theme.style_plot(self.plot)
        self.curve.setPen(theme.pen(theme.BLUE, theme.Sizes.line * 0.8))
        self.test_curve.setPen(theme.pen(theme.VERMILLION, theme.Sizes.line * 0.8, Qt.PenStyle.DashLine))
        self.marker.setSize(theme.Sizes.marker)
        theme.size_legend(self.legend)
        self.rate.setPen(theme.pen(theme.RATE, theme.Sizes.thin * 0.75, Qt.PenStyle.DashLine))
        axis = self.plot.getAxis("right")
        font = self.plot.getAxis("left").style["tickFont"]
        if font is not None:
            axis.setTickFont(font)
            axis.label.setFont(font)
        axis.setPen(pg.mkPen(theme.RATE, width=1))
        axis.setTextPen(pg.mkPen(theme.RATE))

    def _place_rate_view(self) -> None:
        self.rate_view.setGeometry(self.plot.getViewBox().sceneBoundingRect())

    def _set_log(self, on: bool) -> None:
        self.plot.setLogMode(y=on)
        self.plot.enableAutoRange()

    def _catch_up(self) -> None:
        if self._shown is not None:
            self.show_history(*self._shown)

    def _show_held_out(self, epochs: NDArray[Any], values: NDArray[np.float64] | None) -> None:
        """J on the held-out points per epoch, dashed (None: no points are held out)."""
        shown = values is not None
        if shown != bool(self.legend.items):  # a legend rebuilt relayouts the plot: only when it changes
            self.legend.clear()
            if shown:
                self.legend.addItem(self.curve, translate("losscurve", "training J"))
                self.legend.addItem(self.test_curve, translate("losscurve", "held-out J"))
            self.legend.setVisible(shown)
        if values is None or not shown:
            self.test_curve.setData([], [])
            return
        epochs = epochs[:len(values)]
        finite = np.isfinite(values) & ((values > 0) if self.log_y.isChecked() else True)
        self.test_curve.setData(*peaks(epochs[finite], values[finite], max(100, self.plot_widget.width())))

    def show_history(self, history: History, settings: FitSettings | None = None,
                     test: Objective | None = None) -> None:
        """J per epoch; with `settings` whose schedule decays, the rate of each epoch too; with
        `test` (J on the held-out points) its value per epoch, dashed."""
        self._show_rates(history, settings)
        epochs, values = history.epochs, history.objective
        self._show_held_out(epochs, self.held_out.values(test, history))
        self._shown = (history, settings, test)
        if self.held_out.pending:
            self._again.start()
        finite = np.isfinite(values) & ((values > 0) if self.log_y.isChecked() else True)
        buckets = max(100, self.plot_widget.width())
        self.curve.setData(*peaks(epochs[finite], values[finite], buckets))
        if len(values) and finite[-1]:
            y = np.log10(values[-1]) if self.log_y.isChecked() else values[-1]
            self.marker.setData([epochs[-1]], [y])
        else:
            self.marker.setData([], [])
        # range the axes now, twice: the curve's bounds hold its pen's width in pixels, so a new
        # range moves them once more; left to the paint, each move asks for another paint
        view = self.plot.getViewBox()
        for _ in range(2):
            view.updateAutoRange()
            view.updateMatrix()


    def _show_rates(self, history: History, settings: FitSettings | None) -> None:
        """The rate of epochs 1 … E (epoch t + 1 steps at rate(L, t)), for a schedule that decays,
        at the learning rate L now set (a rate changed during the descent redraws it whole)."""
        schedule = None if settings is None else settings.schedule_()
        shown = schedule is not None and not schedule.constant and len(history) > 1
        self.plot.showAxis("right", shown)
        if not shown:
            self.rate.setData([], [])
            return
        assert schedule is not None and settings is not None
        epochs = history.epochs[1:]
        rates = np.asarray(schedule.rate(settings.lr, epochs - 1), dtype=float)
        self.rate.setData(*peaks(epochs, rates, max(100, self.plot_widget.width())))
        self.rate_view.setYRange(0.0, float(rates.max()), padding=0.05)
        self._place_rate_view()


#: the widest number of the epoch log (written with 10 significant digits), and the epoch column's title
WIDEST_NUMBER = "-0.000000000e-100"
EPOCH_TITLE = str(QT_TRANSLATE_NOOP("losscurve", "Epoch #"))


class EpochTable(QAbstractTableModel):
    """Rows of the history: Epoch #, each coefficient, and J."""

    def __init__(self, history: History) -> None:
        super().__init__()
        self.history = history
        self.names: tuple[str, ...] = ("c", "m")
        self.label = FitSettings().objective_label()  # J's name until the lesson says its own
        self._rows = len(history)

    def set_columns(self, names: tuple[str, ...], label: str) -> None:
        self.beginResetModel()
        self.names, self.label = names, label
        self._rows = len(self.history)
        self.endResetModel()

    def _order(self) -> list[int]:
        return coefficient_order(self.names)

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
        titles = [translate("losscurve", EPOCH_TITLE), *(self.names[i] for i in self._order()), self.label]
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
            return number(float(self.history.objective[row]), ".10g")
        j = self._order()[col - 1]
        return number(float(self.history.coefficients[row, j]), ".10g")

    def to_csv(self) -> str:
        """The whole log at full precision (repr), with a header."""
        return history_csv(self.history, self.names, self.label)


class EpochLog(QWidget):
    exportRequested = Signal()

    def __init__(self, history: History, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = EpochTable(history)
        self.view = QTableView()
        self.view.setModel(self.table)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)  # room to spare goes to J; too little, and the log scrolls across
        self.table.modelReset.connect(self._size_columns)
        self.view.setAlternatingRowColors(True)
        self.follow = QCheckBox(translate("losscurve", "follow the last epoch"))
        self.follow.setChecked(True)
        self.export = QPushButton(translate("losscurve", "Export CSV…"))
        self.export.setToolTip(translate("losscurve", "Save the epoch log as a CSV file"))
        self.export.clicked.connect(self.exportRequested)
        row = QHBoxLayout()
        row.addWidget(self.follow)
        row.addStretch(1)
        row.addWidget(self.export)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        self._size_columns()

    def _size_columns(self) -> None:
        """Each column as wide as its widest number in the font now in force: never elided."""
        metrics = QFontMetrics(self.view.font())
        pad = 3 * metrics.horizontalAdvance(" ")
        header = self.view.horizontalHeader()
        header.setDefaultSectionSize(metrics.horizontalAdvance(WIDEST_NUMBER) + pad)
        header.setMinimumSectionSize(metrics.horizontalAdvance(translate("losscurve", EPOCH_TITLE)) + pad)
        for section in range(self.table.columnCount()):
            header.resizeSection(section, header.minimumSectionSize() if section == 0 else header.defaultSectionSize())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # projector mode
            self._size_columns()

    def refresh(self) -> None:
        self.table.refresh()
        if self.follow.isChecked():
            self.view.scrollToBottom()
