"""Files: open and save sessions, import and export points, export a view as PNG or SVG,
recent files, dropping a file on the window, and the question about unsaved changes.

A file that cannot be opened changes nothing and says why in one line; every save writes
a temporary file beside the target and renames it over the target.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Slot
from PySide6.QtGui import QAction, QKeySequence, Qt
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from lossexplorer.core import InputError
from lossexplorer.core.data import atomic_file, format_points, write_atomic

from .actions import make_action
from .history import history_csv
from .i18n import translate
from .session import SUFFIX, Session, read_session, write_session
from .svg_export import render_svg

if TYPE_CHECKING:
    from .host import Host
    from .import_dialog import ImportDialog
    from .lesson import Lesson

MAX_RECENT = 8
POINT_SUFFIXES = (".csv", ".tsv", ".txt")


def save_widget_png(widget: QWidget, path: str) -> None:
    """The widget as it is on screen, written atomically."""
    with atomic_file(path, ".png") as tmp:
        if not widget.grab().save(tmp, "PNG"):
            raise OSError(translate("files", "{path}: the picture could not be written").format(path=path))


def save_widget_svg(widget: QWidget, path: str) -> None:
    """The widget as an SVG drawing (svg_export.py: lines as thick as on screen in every viewer),
    written atomically."""
    write_atomic(path, render_svg(widget))


class FileController(QObject):
    """The File menu's actions for one lesson, and the window's file name and modified mark."""

    #: ask about unsaved changes on close and open; screenshot mode and the tests turn it off
    PROMPT_UNSAVED = True

    def __init__(self, lesson: Lesson, host: Host, window: QWidget) -> None:
        super().__init__(window)
        self.lesson, self.host, self.window = lesson, host, window
        self.path: str | None = None
        self.import_dialog: ImportDialog | None = None  # the last spreadsheet's column choice
        self.prompt_unsaved = FileController.PROMPT_UNSAVED
        self.new_action = self._action(translate("files", "&New lesson"), self.new_lesson,
                                       QKeySequence.StandardKey.New,
                                       translate("files", "Start a fresh lesson: the first preset, the first settings, "
                                                          "no pins"))
        self.open_action = self._action(translate("files", "&Open…"), self.open_dialog, QKeySequence.StandardKey.Open,
                                        translate("files", "Open a session (.lossx) or a points file (.csv)"))
        self.save_action = self._action(translate("files", "&Save"), self.save, QKeySequence.StandardKey.Save,
                                        translate("files", "Save the session"))
        self.save_as_action = self._action(translate("files", "Save &As…"), self.save_as, QKeySequence("Ctrl+Shift+S"),
                                           translate("files", "Save the session under a new name"))
        self.export_view_action = self._action(translate("files", "&Export view…"), self.export_view,
                                               QKeySequence("Ctrl+E"),
                                               translate("files", "Save the current view as a PNG or SVG picture"))
        self.export_points_action = self._action(translate("files", "Export points…"), self.export_points, None,
                                                 translate("files", "Write the points to a CSV file"))
        self.export_log_action = self._action(translate("files", "Export epoch log…"), self.export_epoch_log, None,
                                              translate("files", "Write the epoch log to a CSV file"))
        self.recent_menu = QMenu(translate("files", "Open &Recent"), window)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        lesson.modifiedChanged.connect(self._modified_changed)

    def _action(self, text: str, slot, shortcut, tip: str) -> QAction:
        return make_action(self.window, text, slot, shortcut, tip)

    # --- the modified mark ----------------------------------------------------------------

    @Slot(bool)
    def _modified_changed(self, _modified: bool) -> None:
        self.update_title()

    def update_title(self) -> None:
        name = (Path(self.path).name.replace("[*]", "[*][*]") if self.path  # Qt's mark, escaped
                else translate("files", "untitled"))
        self.window.setWindowTitle(f"{name}[*] — lossexplorer")
        self.window.setWindowModified(self.lesson.is_modified())

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; False when the person cancels."""
        if not self.prompt_unsaved or not self.lesson.is_modified():
            return True
        question = (translate("files", "Save the changes to {name}?").format(name=Path(self.path).name) if self.path
                    else translate("files", "Save the changes to this session?"))
        buttons = QMessageBox.StandardButton
        box = QMessageBox(QMessageBox.Icon.Question, "lossexplorer", question,
                          buttons.Save | buttons.Discard | buttons.Cancel, self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)  # a file's name is never markup
        box.setDefaultButton(buttons.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # --- new and opening ----------------------------------------------------------------------

    def new_lesson(self) -> bool:
        """A fresh lesson, untitled, after asking about unsaved changes; False when cancelled."""
        if not self.maybe_save():
            return False
        self.lesson.new_lesson()
        self.path = None
        self.host.restore_view({})
        self.update_title()
        return True

    def _folder(self) -> str:
        return str(QSettings().value("files/last_folder", str(Path.home())))

    def _remember(self, path: str) -> None:
        settings = QSettings()
        settings.setValue("files/last_folder", str(Path(path).resolve().parent))
        recent = [p for p in self.recent() if p != str(Path(path).resolve())]
        settings.setValue("files/recent", [str(Path(path).resolve()), *recent][:MAX_RECENT])

    def recent(self) -> list[str]:
        value = QSettings().value("files/recent", [])
        if isinstance(value, str):
            return [value]
        return [str(v) for v in value] if isinstance(value, (list, tuple)) else []

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        paths = self.recent()
        for path in paths:
            action = self.recent_menu.addAction(Path(path).name.replace("&", "&&"))  # no mnemonic from a name
            action.setToolTip(Qt.convertFromPlainText(path))  # a tooltip renders markup: the name is not
            action.setStatusTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        if not paths:
            self.recent_menu.addAction(translate("files", "(none yet)")).setEnabled(False)

    def open_dialog(self) -> None:
        points = " ".join(f"*{suffix}" for suffix in POINT_SUFFIXES)
        both, sessions, files = (translate("files", "Sessions and points"), translate("files", "Sessions"),
                                 translate("files", "Points"))
        path, _ = QFileDialog.getOpenFileName(
            self.window, translate("files", "Open"), self._folder(),
            f"{both} (*{SUFFIX} {points});;{sessions} (*{SUFFIX});;{files} ({points})",
        )
        if path:
            self.open_path(path)

    def open_path(self, path: str, show_errors: bool = True) -> bool:
        """Open a session or a points file; on failure change nothing and say why."""
        try:
            if path.lower().endswith(SUFFIX):
                if not self.maybe_save():
                    return False
                self.open_session(read_session(path), path)
                self.path = path
            else:
                from .import_dialog import open_or_import  # the reader's modules, when a file is first read

                self.import_dialog = open_or_import(self.window, self.lesson, path)  # a spreadsheet: its columns
        except InputError as exc:
            if show_errors:
                self.host.show_error(str(exc))
            return False
        self._remember(path)
        self.update_title()
        return True

    def open_session(self, session: Session, path: str | None = None) -> None:
        """Everything a session holds: the lesson's part, then the view's; the status bar says
        what was opened (its points, loss, model and pins), not what was there before."""
        self.lesson.open_session(session)
        self.host.restore_view(session.view)
        n, pins = len(session.x), len(session.pins)
        points = translate("files", "1 point") if n == 1 else translate("files", "{n} points").format(n=n)
        what = translate("files", "{points}, {fit}").format(points=points, fit=session.settings.label())
        if pins:
            pinned = translate("files", "1 pin") if pins == 1 else translate("files", "{n} pins").format(n=pins)
            what = translate("files", "{points}, {fit}, {pins}").format(points=points, fit=session.settings.label(),
                                                                          pins=pinned)
        said = (translate("files", "Opened {name}: {what}").format(name=Path(path).name, what=what) if path
                else translate("files", "Opened the session: {what}").format(what=what))
        self.lesson.say(said + session.noted())

    def session(self) -> Session:
        return self.lesson.to_session(self.host.view_state())

    # --- saving -----------------------------------------------------------------------------

    def save(self) -> bool:
        if self.path is None:
            return self.save_as()
        return self.save_to(self.path)

    def save_as(self) -> bool:
        start = self.path or str(Path(self._folder()) / f"untitled{SUFFIX}")
        sessions = translate("files", "Sessions")
        path, _ = QFileDialog.getSaveFileName(self.window, translate("files", "Save session"), start,
                                              f"{sessions} (*{SUFFIX})")
        if not path:
            return False
        if not path.lower().endswith(SUFFIX):
            path += SUFFIX
        return self.save_to(path)

    def save_to(self, path: str) -> bool:
        try:
            write_session(path, self.session())
        except OSError as exc:
            self.host.show_error(translate("files", "{path}: cannot be saved ({why}); nothing was changed")
                                 .format(path=path, why=exc.strerror or exc))
            return False
        self.path = path
        self.lesson.mark_saved()
        self._remember(path)
        self.update_title()
        self.lesson.say(translate("files", "Saved {path}").format(path=path))
        return True

    # --- exporting --------------------------------------------------------------------------

    def export_view(self) -> None:
        name, _ = self.host.current_view()
        png, svg = translate("files", "PNG picture"), translate("files", "SVG drawing")
        start = str(Path(self._folder()) / f"{name}.png")
        path, _ = QFileDialog.getSaveFileName(self.window, translate("files", "Export view"), start,
                                              f"{png} (*.png);;{svg} (*.svg)")
        if path:
            self.export_view_to(path)

    def export_view_to(self, path: str) -> bool:
        _, widget = self.host.current_view()
        try:
            if path.lower().endswith(".svg"):
                save_widget_svg(widget, path)
            else:
                if not path.lower().endswith(".png"):
                    path += ".png"
                save_widget_png(widget, path)
        except OSError as exc:
            self.host.show_error(translate("files", "{path}: cannot be written ({why})")
                                 .format(path=path, why=exc.strerror or exc))
            return False
        self.lesson.say(translate("files", "Exported {path}").format(path=path))
        return True

    def export_points(self) -> None:
        csv = translate("files", "CSV files")
        path, _ = QFileDialog.getSaveFileName(self.window, translate("files", "Export points"),
                                              str(Path(self._folder()) / "points.csv"), f"{csv} (*.csv)")
        if path:
            self._write_text(path, format_points(*self.lesson.points.data()))  # x1,x2,label in classification

    def export_epoch_log(self) -> None:
        csv = translate("files", "CSV files")
        path, _ = QFileDialog.getSaveFileName(self.window, translate("files", "Export epoch log"),
                                              str(Path(self._folder()) / "epoch-log.csv"), f"{csv} (*.csv)")
        if path:
            lesson = self.lesson
            self._write_text(path, history_csv(lesson.descent.history, lesson.model.coefficient_names,
                                               lesson.problem.label))

    def _write_text(self, path: str, text: str) -> None:
        try:
            write_atomic(path, text)
        except OSError as exc:
            self.host.show_error(translate("files", "{path}: cannot be written ({why})")
                                 .format(path=path, why=exc.strerror or exc))
        else:
            self.lesson.say(translate("files", "Saved {path}").format(path=path))


def dropped_path(urls: list) -> str | None:
    """The first local session or points file among dropped URLs."""
    for url in urls:
        path = url.toLocalFile()
        if path and path.lower().endswith((SUFFIX, *POINT_SUFFIXES)):
            return str(path)
    return None
