"""What the file commands and the autosave need from the window, and no more."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtWidgets import QWidget


class Host(Protocol):
    """The window, as files and the autosave see it: the view on show, the view's part of a
    session, and a place to say what went wrong."""

    def current_view(self) -> tuple[str, QWidget]:
        """The name and the widget of the view on show (what *Export view* writes)."""
        ...

    def view_state(self) -> dict[str, Any]:
        """The view's part of a session: the tab and the canvas's range."""
        ...

    def restore_view(self, view: dict[str, Any]) -> None:
        """Show a session's tab and range (the lesson restores the rest)."""
        ...

    def show_error(self, message: str) -> None:
        """A one-line message in the status bar and in a box that does not block."""
        ...
