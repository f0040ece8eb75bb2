"""What the app remembers between runs (QSettings): the window's geometry and docks, projector
mode, whether the exact answer is shown, and that the first-run hint was seen. Screenshot mode
makes one that remembers nothing: it reads no saved setting and writes none, so a picture never
depends on how the app was last used (and a picture for the docs shows the exact answer)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow


class Preferences:
    def __init__(self, remember: bool = True) -> None:
        self.remember = remember

    def _flag(self, key: str, unremembered: bool) -> bool:
        """A remembered on/off (False until set), or `unremembered` when nothing is remembered."""
        if not self.remember:
            return unremembered
        return QSettings().value(key, False) in (True, "true", "1", 1)

    def _set(self, key: str, on: bool) -> None:
        if self.remember:
            QSettings().setValue(key, on)

    def projector(self) -> bool:
        return self._flag("view/projector", False)

    def set_projector(self, on: bool) -> None:
        self._set("view/projector", on)

    def exact_shown(self) -> bool:
        """Whether the exact answer is drawn at start-up: hidden until revealed, so a class can guess first
        (a screenshot, for the docs, shows it)."""
        return self._flag("view/exact", True)

    def set_exact_shown(self, on: bool) -> None:
        self._set("view/exact", on)

    def first_run(self) -> bool:
        """True until the first-run hint has been shown once (never in screenshot mode)."""
        return self.remember and not self._flag("help/first_run_done", True)

    def mark_first_run_done(self) -> None:
        self._set("help/first_run_done", True)

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
