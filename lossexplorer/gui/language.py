"""View → Language: the window in another language at once, the lesson kept.

Qt translates a text when it is made, so a window changes language by being built again: the
new window opens the old one's session (points, settings, pins, fit, overlays, view), takes its
file name, unsaved mark, geometry and docks, and the old one closes. The choice is remembered.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu

from . import i18n
from .i18n import LANGUAGES, translate

_windows: list[QMainWindow] = []  # the window built last (nothing else holds a rebuilt one)


def view_menu(window: Any) -> QMenu | None:
    """The menu bar's View menu: the one holding projector mode (its title is in any language)."""
    projector = window.projector.projector_action
    return next((m for m in window.menuBar().findChildren(QMenu) if projector in m.actions()), None)


def add_menu(window: Any) -> QMenu:
    """View → Language on `window` (a MainWindow): one checked item per language, each in its own
    name; choosing another rebuilds the window in it. At the menu bar's end if it has no View menu."""
    menu = QMenu(translate("language", "&Language"), window)
    menu.setObjectName("language_menu")
    group = QActionGroup(menu)
    for code, name in LANGUAGES.items():
        action = menu.addAction(name)
        action.setObjectName(f"language_{code}")
        action.setCheckable(True)
        action.setChecked(code == i18n.current())
        action.setData(code)
        group.addAction(action)
        action.triggered.connect(lambda _=False, c=code: switch(window, c))
    view = view_menu(window)
    if view is None:
        window.menuBar().addMenu(menu)
    else:
        view.addSeparator()
        view.addMenu(menu)
    window.language_menu = menu
    return menu


def switch(window: Any, lang: str) -> Any:
    """`window` in `lang`: remembered, then built again (see the module's docstring); the new
    window, or `window` itself when `lang` is already shown or has no translation installed."""
    shown = i18n.current()
    if lang == shown:
        return window
    app = QCoreApplication.instance()
    assert app is not None
    if i18n.install(app, lang) != lang:  # the package lacks the catalogue: stay as we are
        i18n.install(app, shown)
        _check(window)
        window.statusBar().showMessage(translate(
            "language", "The translation {language} is not installed; the window keeps its language").format(
            language=LANGUAGES[lang]))
        return window
    if window.preferences.remember:
        i18n.remember(lang)
    new = rebuild(window)
    new.statusBar().showMessage(translate("language", "The window is now in English (View → Language)"))
    return new


def _check(window: Any) -> None:
    for action in window.language_menu.actions():
        action.setChecked(action.data() == i18n.current())


def rebuild(window: Any) -> Any:
    """A new window of the same kind holding `window`'s lesson and place; `window` closes."""
    files, lesson = window.files, window.lesson
    session = files.session()
    modified = lesson.is_modified()
    new = type(window)(lesson.settings, remember=window.preferences.remember)
    new.files.prompt_unsaved = files.prompt_unsaved
    new.files.open_session(session, files.path)
    new.files.path = files.path
    if modified:
        new.lesson.mark_unsaved()  # what no file holds yet stays unsaved (and autosaved)
    new.files.update_title()
    new.projector.set_projector(window.projector.projector_action.isChecked())
    new.setGeometry(window.geometry())  # where and how large it was (a restored geometry would be clamped)
    new.restoreState(window.saveState())  # the docks as they were
    new.compact = window.compact
    add_menu(new)
    new.setWindowState(window.windowState())
    if window.isVisible():
        new.show()  # before the old one closes: the application ends with its last window
    files.prompt_unsaved = False  # the work is in the new window
    window.close()
    window.deleteLater()
    _windows[:] = [new]
    return new
