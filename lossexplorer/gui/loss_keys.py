"""Keys 1–9 pick a loss: the regression losses in order, or the classification losses of K classes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from lossexplorer.core import REGRESSION_LOSSES

from .i18n import core_tr, translate
from .settings import LOSSES, class_losses

if TYPE_CHECKING:
    from .lesson import Lesson


class LossKeys(QObject):
    """Nine actions with the keys 1–9, each picking the loss of its place in the mode shown."""

    def __init__(self, window: QWidget, lesson: Lesson) -> None:
        super().__init__(window)
        self.lesson = lesson
        self.actions: list[QAction] = []
        for key in range(1, 10):
            action = QAction(window)
            action.setShortcut(QKeySequence(str(key)))
            action.triggered.connect(lambda _=False, k=key: self.pick(k))
            window.addAction(action)
            self.actions.append(action)
        lesson.modeChanged.connect(self._show_mode)
        lesson.settingsChanged.connect(lambda _old, _new: self._show_mode(lesson.classification))
        self._show_mode(lesson.classification)

    def losses(self) -> tuple[str, ...]:
        return class_losses(self.lesson.classes) if self.lesson.classification else REGRESSION_LOSSES

    @Slot(bool)
    def _show_mode(self, _classification: bool) -> None:
        names = self.losses()
        for key, action in enumerate(self.actions, start=1):
            on = key <= len(names)
            action.setEnabled(on)
            action.setVisible(on)
            if on:
                title = core_tr(LOSSES[names[key - 1]].title)
                action.setText(f"{key}: {title}")
                tip = translate("loss_keys", "Pick the loss {title} ({key})").format(title=title, key=key)
                action.setToolTip(tip)
                action.setStatusTip(tip)

    def pick(self, key: int) -> None:
        """The loss of key `key` (1–9) in the mode shown."""
        names = self.losses()
        if key <= len(names):
            name = names[key - 1]
            self.lesson.change_settings(self.lesson.settings.with_loss(name))
            self.lesson.say(translate("loss_keys", "Loss: {title}").format(title=core_tr(LOSSES[name].title)))
