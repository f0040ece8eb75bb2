"""Columns that scroll down and are never cut across: a dock's or a view's side column, and
the words above a view's plots."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QWidget

#: the minimum width grows in steps of this many pixels: a run whose readings lengthen a digit at
#: a time must not widen the dock, and so relayout the views, at every frame
WIDTH_STEP = 24


class Column(QScrollArea):
    """A scroll area that scrolls only down and is as wide as what it holds needs: its minimum
    width follows the widget's (a longer reading, a larger font), so a dock or a splitter never
    cuts a line of it across, and a short screen scrolls it instead of squeezing its rows."""

    def __init__(self, widget: QWidget, frame: bool = True) -> None:
        super().__init__()
        self.setWidget(widget)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if not frame:
            self.setFrameShape(QFrame.Shape.NoFrame)
        widget.installEventFilter(self)
        self.viewport().installEventFilter(self)  # a child's new size hint is posted to its parent
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Polish, QEvent.Type.Resize) and (
                watched is self.widget() or watched is self.viewport() or watched is self.parentWidget()):
            self.fit()
        return False

    def fit(self) -> None:
        """The minimum width: the widget's, the scroll bar's and the frame's."""
        widget = self.widget()
        if widget is None:
            return
        width = widget.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()
        width = -(-width // WIDTH_STEP) * WIDTH_STEP
        if width != self.minimumWidth():
            self.setMinimumWidth(width)


class TextBox(Column):
    """Words above a view's plots, as tall as they need up to `share` of the view's height (and
    never less than three lines): a long text on a short screen, in projector mode say, scrolls
    instead of pushing the plots into a strip."""

    def __init__(self, label: QLabel, share: float = 0.22) -> None:
        self.share = share
        self._holder: QWidget | None = None
        super().__init__(label, frame=False)

    def fit(self) -> None:
        super().fit()
        label, holder = self.widget(), self.parentWidget()
        if not isinstance(label, QLabel):
            return
        if holder is not None and holder is not self._holder:
            self._holder = holder
            holder.installEventFilter(self)  # the view's height sets the cap
        lines = label.fontMetrics().lineSpacing()
        width = max(self.width() - 2 * self.frameWidth(), 1)
        need = label.heightForWidth(width) if label.text() else 0
        # whole lines: a box cut through a line of words reads as a mistake
        cap = lines * max(3, int(self.share * holder.height()) // lines) if holder is not None else need
        if need > cap:  # the scroll bar takes its width from the words
            need = label.heightForWidth(max(width - self.verticalScrollBar().sizeHint().width(), 1))
        height = min(need, cap) + 2 * self.frameWidth()
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(height)
