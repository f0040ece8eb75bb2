"""The list of pinned fits: each pin in its own colour, and buttons to pin and to remove one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QToolButton, QVBoxLayout, QWidget

from . import theme
from .i18n import translate

if TYPE_CHECKING:
    from .lesson import Lesson


class PinList(QWidget):
    """Shows the lesson's pins; *Remove pin* takes the selected one (or the last)."""

    def __init__(self, lesson: Lesson, pin_action: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lesson = lesson
        self.items = QListWidget()
        self.items.setMaximumHeight(130)
        self.items.setToolTip(translate("pin_list", "Pinned fits, drawn in their own colours on the canvas"))
        pin_button = QToolButton()
        pin_button.setDefaultAction(pin_action)
        self.remove_button = QPushButton(translate("pin_list", "Remove pin"))
        self.remove_button.setToolTip(translate("pin_list", "Remove the selected pin"))
        self.remove_button.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        row.addWidget(pin_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.items)
        lesson.pinsChanged.connect(self._show)
        self._show()

    @Slot()
    def _show(self) -> None:
        self.items.clear()
        for pin in self.lesson.pins:
            item = QListWidgetItem(f"■ {pin.label}")
            item.setForeground(theme.colour(pin.colour))
            self.items.addItem(item)

    def labels(self) -> list[str]:
        """The pins' labels as listed."""
        return [self.items.item(i).text().removeprefix("■ ") for i in range(self.items.count())]

    def remove_selected(self) -> None:
        row = self.items.currentRow()
        self.lesson.unpin(row if row >= 0 else None)
