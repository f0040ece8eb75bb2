"""A column that scrolls down and is never cut across."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


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
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Polish):
            self.fit()
        return False

    def fit(self) -> None:
        """The minimum width: the widget's, the scroll bar's and the frame's."""
        widget = self.widget()
        if widget is None:
            return
        width = widget.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()
        if width != self.minimumWidth():
            self.setMinimumWidth(width)
