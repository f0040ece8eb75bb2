"""What the app remembers between runs (QSettings): the window's geometry and docks, and
projector mode. Screenshot mode makes one that remembers nothing: it reads no saved setting
and writes none, so a picture never depends on how the app was last used."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow


class Preferences:
    def __init__(self, remember: bool = True) -> None:
        self.remember = remember

    def projector(self) -> bool:
        if not self.remember:
            return False
        return QSettings().value("view/projector", False) in (True, "true", "1", 1)

    def set_projector(self, on: bool) -> None:
        if self.remember:
            QSettings().setValue("view/projector", on)

    def restore_window(self, window: QMainWindow) -> bool:
        """The remembered geometry and docks; True if there was a geometry to restore."""
        if not self.remember:
            return False
        settings = QSettings()
        geometry = settings.value("window/geometry")
        restored = geometry is not None and window.restoreGeometry(geometry)
        state = settings.value("window/state")
        if state is not None:
            window.restoreState(state)
        return restored

    def save_window(self, window: QMainWindow) -> None:
        if self.remember:
            settings = QSettings()
            settings.setValue("window/geometry", window.saveGeometry())
            settings.setValue("window/state", window.saveState())
