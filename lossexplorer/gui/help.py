"""The Help menu: the teacher guide (a lesson plan per view, shipped as resources/teacher-guide.md
and shown offline), the sheet of every keyboard shortcut (F1) in the order a lesson uses them,
the About box, and a short hint the first time the app opens."""

from __future__ import annotations

import importlib.resources
from html import escape
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from lossexplorer import __version__
from lossexplorer.core import DATASETS

from .i18n import core_tr, translate
from .keyboard_cursor import CURSOR_KEYS
from .teacher_guide import guide_html

if TYPE_CHECKING:
    from .preferences import Preferences

GUIDE_FILE = "teacher-guide.md"
#: the mouse's part of the shortcut sheet (shown through translate("help", ...))
MOUSE = cast(tuple[tuple[str, str], ...], (
         (QT_TRANSLATE_NOOP("help", "left click"),
          QT_TRANSLATE_NOOP("help", "add a point (on empty space) or select one")),
         (QT_TRANSLATE_NOOP("help", "drag"), QT_TRANSLATE_NOOP("help", "move a point; on empty space, pan")),
         (QT_TRANSLATE_NOOP("help", "right click"), QT_TRANSLATE_NOOP("help", "remove the point under the cursor")),
         (QT_TRANSLATE_NOOP("help", "Shift+right click"),
          QT_TRANSLATE_NOOP("help", "the point's menu: hold it out of J (or back in), or remove it")),
         (QT_TRANSLATE_NOOP("help", "wheel"), QT_TRANSLATE_NOOP("help", "zoom"))))
#: the order of the shortcut sheet: what a teacher does first comes first (the rest follow, by key)
LESSON_ORDER = ("Space", "→", "R", "1 … 9", "P", "M", "E", "Delete", "T", "Ctrl+Z", "Ctrl+Y, Ctrl+Shift+Z", "F5", "F11",
                "Ctrl+0", "Ctrl+G", "Ctrl+N", "Ctrl+O", "Ctrl+S", "Ctrl+Shift+S", "Ctrl+E", "F1", "Ctrl+F1", "Ctrl+Q")
#: keys as a person reads them
KEY_NAMES = {"Right": "→", "Left": "←", "Del": "Delete"}


def first_run_html() -> str:
    """The first-run hint: what to press first, a sentence or an item at a time."""
    items = (
        translate("help", "<b>Space</b> runs the descent: watch the line fit the points. <b>→</b> takes one epoch, "
                          "<b>R</b> starts again."),
        translate("help", "<b>Click</b> to add a point (an outlier, say); <b>drag</b> one to move it."),
        translate("help", "Keys <b>1–9</b> change the loss (4 is MAE); <b>P</b> pins a fit to compare."),
        translate("help", "<b>E</b> reveals the exact answer once the class has guessed; <b>F5</b> is projector "
                          "mode."),
    )
    title = translate("help", "Welcome to lossexplorer")
    start = translate("help", "The points are on the canvas; the line is where gradient descent starts.")
    more = translate("help", "<i>Help → Teacher guide</i> has a lesson plan for every view.")
    listed = "".join(f"<li>{item}</li>" for item in items)
    return f"<h3>{title}</h3><p>{start}</p><ul>{listed}</ul><p>{more}</p>"


def guide_text() -> str:
    """The teacher guide's Markdown, from the installed package (or the app's bundle)."""
    return importlib.resources.files("lossexplorer.resources").joinpath(GUIDE_FILE).read_text(encoding="utf-8")


def about_html() -> str:
    """The About box's text: what the app is, what it is built on, and the real data sets' sources."""
    line = translate("help", "<b>{title}</b> ({n} points): {source} <i>Licence:</i> {licence}")
    sets = "".join("<li>" + line.format(title=escape(core_tr(d.title)), n=d.n, source=escape(d.source),
                                        licence=escape(d.licence)) + "</li>"
                   for d in DATASETS.values() if d.group == "real")
    what = translate("help", "See loss functions and gradient descent at work: the fit, the squares whose area is "
                             "the error, the loss landscape and the path down it.")
    built = translate("help", "Built on NumPy, SciPy, PySide6 and pyqtgraph. Colours: the Okabe–Ito palette.")
    heading = translate("help", "The real data sets and their sources")
    made_up = translate("help", "The made-up sets are lossexplorer's own (fixed seeds) and Anscombe's quartet "
                                "(Anscombe 1973).")
    return (f"<h3>lossexplorer {__version__}</h3><p>{what}</p><p>{built}</p>"
            f"<h4>{heading}</h4><ul>{sets}</ul><p>{made_up}</p>")


def lesson_rank(keys: str) -> tuple[int, str]:
    return (LESSON_ORDER.index(keys) if keys in LESSON_ORDER else len(LESSON_ORDER), keys)


class Help(QObject):
    #: show the first-run hint once; screenshot mode (nothing remembered) and the tests turn it off
    FIRST_RUN_HINT = True

    def __init__(self, window: QWidget, preferences: Preferences | None = None) -> None:
        super().__init__(window)
        self.window, self.preferences = window, preferences
        self.sheet: QDialog | None = None
        self.guide: QDialog | None = None
        self.hint: QDialog | None = None
        self.about: QDialog | None = None
        self.guide_action = QAction(translate("help", "&Teacher guide"), window)
        self.guide_action.setShortcut(QKeySequence("Ctrl+F1"))  # Shift+F1 is Qt's "What's This?"
        self.guide_action.setToolTip(translate("help", "A lesson plan for every view: what to click, what to ask, "
                                                       "what to point at"))
        self.guide_action.triggered.connect(self.show_guide)
        self.shortcuts_action = QAction(translate("help", "&Keyboard shortcuts"), window)
        self.shortcuts_action.setShortcut(QKeySequence("F1"))
        self.shortcuts_action.setToolTip(translate("help", "Every keyboard shortcut (F1)"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        window.addActions([self.guide_action, self.shortcuts_action])
        self.about_action = QAction(translate("help", "&About lossexplorer"), window)
        self.about_action.setToolTip(translate("help", "Version and credits"))
        self.about_action.triggered.connect(self.show_about)
        window.installEventFilter(self)

    # --- the shortcut sheet -------------------------------------------------------------------

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """(keys, what they do) for every action of the window that has a shortcut, in the order a
        lesson uses them; the nine loss keys make one row."""
        rows, losses = set(), []
        for action in self.window.actions():
            keys = ", ".join(KEY_NAMES.get(text, text) for text in
                             (k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()))
            what = action.toolTip() or action.text().replace("&", "")
            if len(keys) == 1 and keys.isdigit():  # "4: MAE: mean absolute error" → "4 MAE"
                losses.append((keys, action.text().replace("&", "").split(": ")[1]))
            elif keys:
                rows.add((keys, what))
        if losses:
            names = ", ".join(f"{k} {name}" for k, name in sorted(losses) if name)
            rows.add(("1 … 9", translate("help", "pick a loss: {losses}").format(losses=names)))
        return sorted(rows, key=lambda row: lesson_rank(row[0]))

    def show_shortcuts(self) -> None:
        cursor = [(translate("keyboard_cursor", k), translate("keyboard_cursor", t)) for k, t in CURSOR_KEYS]
        mouse = [(translate("help", k), translate("help", t)) for k, t in MOUSE]
        every = [*self.shortcut_rows(), *cursor, *mouse]
        rows = "".join(f"<tr><td><b>{k}</b></td><td>{t}</td></tr>" for k, t in every)
        self.sheet = self._browser(translate("help", "Keyboard shortcuts"), f"<table cellpadding='4'>{rows}</table>",
                                   (640, 620))

    # --- the teacher guide --------------------------------------------------------------------

    def show_guide(self) -> None:
        """The guide in a window of its own, beside the app (it does not block the lesson), in the
        class's language a paragraph at a time (teacher_guide.py)."""
        self.guide = self._browser(translate("help", "Teacher guide"), guide_html(guide_text()), (760, 720))

    def _browser(self, title: str, html: str, size: tuple[int, int]) -> QDialog:
        dialog = QDialog(self.window)
        dialog.setWindowTitle(title)
        text = QTextBrowser()
        text.setObjectName("help_text")
        text.setOpenExternalLinks(True)
        text.setHtml(html)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(text)
        layout.addWidget(buttons)
        dialog.resize(*size)
        dialog.show()  # beside the window, not modal: the lesson goes on while it is open
        return dialog

    # --- the first run --------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Show:
            self.window.removeEventFilter(self)
            if self.FIRST_RUN_HINT and self.preferences is not None and self.preferences.first_run():
                QTimer.singleShot(0, self.show_first_run_hint)
        return False

    def show_first_run_hint(self) -> None:
        """A few lines on what to press first, shown once (remembered), beside the window."""
        if self.preferences is not None:
            self.preferences.mark_first_run_done()
        dialog = QDialog(self.window)
        dialog.setWindowTitle(translate("help", "Welcome"))
        label = QLabel(first_run_html())
        label.setWordWrap(True)
        buttons = QDialogButtonBox()
        guide = QPushButton(translate("help", "Open the teacher guide"))
        buttons.addButton(guide, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(translate("help", "Start"), QDialogButtonBox.ButtonRole.AcceptRole)
        guide.clicked.connect(dialog.accept)
        guide.clicked.connect(self.show_guide)
        buttons.accepted.connect(dialog.accept)
        layout = QVBoxLayout(dialog)
        layout.addWidget(label)
        layout.addWidget(buttons)
        dialog.show()
        self.hint = dialog

    def show_about(self) -> None:
        """Version, credits, and every real data set with its source and licence (beside the window)."""
        self.about = self._browser(translate("help", "About lossexplorer"), about_html(), (720, 620))
