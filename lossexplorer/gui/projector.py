"""Projector mode and full screen.

Projector mode (F5) makes every font at least 1.6× larger, lines at least 3 px and markers at
least 14 px on the light theme (projectors wash out dark ones); it is remembered.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QApplication, QWidget

from . import theme
from .actions import make_action
from .i18n import translate
from .preferences import Preferences


def apply_font(app: QApplication) -> None:
    font = QFont(app.font())
    font.setPointSize(theme.Sizes.font_pt)
    app.setFont(font)


class Projector(QObject):
    """The projector-mode (F5) and full-screen (F11) actions of one window."""

    def __init__(self, window: QWidget, restyle: Callable[[], None], preferences: Preferences) -> None:
        super().__init__(window)
        self.window, self.restyle, self.preferences = window, restyle, preferences
        self.projector_action = self._action(
            translate("projector", "&Projector mode"), self.set_projector, "F5",
            translate("projector", "Large fonts, thick lines and big markers for a projector (F5)"))
        self.fullscreen_action = self._action(translate("projector", "&Full screen"), self.set_fullscreen, "F11",
                                              translate("projector", "Full screen (F11)"))

    def _action(self, text: str, slot: Callable[[bool], None], shortcut: str, tip: str) -> QAction:
        return make_action(self.window, text, slot, shortcut, tip, checkable=True)

    def set_projector(self, on: bool) -> None:
        if on != self.projector_action.isChecked():
            self.projector_action.setChecked(on)  # toggled calls us again
            return
        if on == theme.Sizes.projector:
            return  # the views are styled for it already: nothing to draw again
        theme.set_projector(on)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_font(app)
        self.restyle()
        self.preferences.set_projector(on)

    def set_fullscreen(self, on: bool) -> None:
        if on:
            self.window.showFullScreen()
        else:
            self.window.showNormal()
