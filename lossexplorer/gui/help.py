"""The Help menu: the teacher guide (a lesson plan per view, shipped as resources/teacher-guide.md
and shown offline), the sheet of every keyboard shortcut (F1) in the order a lesson uses them,
the About box, and a short hint the first time the app opens."""

from __future__ import annotations

import importlib.resources
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
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

from .keyboard_cursor import CURSOR_KEYS

if TYPE_CHECKING:
    from .preferences import Preferences

GUIDE_FILE = "teacher-guide.md"
MOUSE = (("left click", "add a point (on empty space) or select one"), ("drag", "move a point; on empty space, pan"),
         ("right click", "remove the point under the cursor"),
         ("Shift+right click", "the point's menu: hold it out of J (or back in), or remove it"), ("wheel", "zoom"))
#: the order of the shortcut sheet: what a teacher does first comes first (the rest follow, by key)
LESSON_ORDER = ("Space", "→", "R", "1 … 9", "P", "M", "E", "Delete", "T", "Ctrl+Z", "Ctrl+Y, Ctrl+Shift+Z", "F5", "F11",
                "Ctrl+0", "Ctrl+G", "Ctrl+N", "Ctrl+O", "Ctrl+S", "Ctrl+Shift+S", "Ctrl+E", "F1", "Ctrl+F1", "Ctrl+Q")
#: keys as a person reads them
KEY_NAMES = {"Right": "→", "Left": "←", "Del": "Delete"}
FIRST_RUN = (
    "<h3>Welcome to lossexplorer</h3>"
    "<p>The points are on the canvas; the line is where gradient descent starts.</p><ul>"
    "<li><b>Space</b> runs the descent: watch the line fit the points. <b>→</b> takes one epoch, <b>R</b> starts"
    " again.</li>"
    "<li><b>Click</b> to add a point (an outlier, say); <b>drag</b> one to move it.</li>"
    "<li>Keys <b>1–9</b> change the loss (4 is MAE); <b>P</b> pins a fit to compare.</li>"
    "<li><b>E</b> reveals the exact answer once the class has guessed; <b>F5</b> is projector mode.</li></ul>"
    "<p><i>Help → Teacher guide</i> has a lesson plan for every view.</p>"
)


def guide_text() -> str:
    """The teacher guide's Markdown, from the installed package (or the app's bundle)."""
    return importlib.resources.files("lossexplorer.resources").joinpath(GUIDE_FILE).read_text(encoding="utf-8")


def about_html() -> str:
    """The About box's text: what the app is, what it is built on, and the real data sets' sources."""
    sets = "".join(
        f"<li><b>{escape(d.title)}</b> ({d.n} points): {escape(d.source)} <i>Licence:</i> {escape(d.licence)}</li>"
        for d in DATASETS.values() if d.group == "real")
    return (f"<h3>lossexplorer {__version__}</h3><p>See loss functions and gradient descent at work: the fit, the "
            "squares whose area is the error, the loss landscape and the path down it.</p>"
            "<p>Built on NumPy, SciPy, PySide6 and pyqtgraph. Colours: the Okabe–Ito palette.</p>"
            f"<h4>The real data sets and their sources</h4><ul>{sets}</ul>"
            "<p>The made-up sets are lossexplorer's own (fixed seeds) and Anscombe's quartet (Anscombe 1973).</p>")


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
        self.guide_action = QAction("&Teacher guide", window)
        self.guide_action.setShortcut(QKeySequence("Ctrl+F1"))  # Shift+F1 is Qt's "What's This?"
        self.guide_action.setToolTip("A lesson plan for every view: what to click, what to ask, what to point at")
        self.guide_action.triggered.connect(self.show_guide)
        self.shortcuts_action = QAction("&Keyboard shortcuts", window)
        self.shortcuts_action.setShortcut(QKeySequence("F1"))
        self.shortcuts_action.setToolTip("Every keyboard shortcut (F1)")
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        window.addActions([self.guide_action, self.shortcuts_action])
        self.about_action = QAction("&About lossexplorer", window)
        self.about_action.setToolTip("Version and credits")
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
            rows.add(("1 … 9", f"pick a loss: {names}"))
        return sorted(rows, key=lambda row: lesson_rank(row[0]))

    def show_shortcuts(self) -> None:
        every = [*self.shortcut_rows(), *CURSOR_KEYS, *MOUSE]
        rows = "".join(f"<tr><td><b>{k}</b></td><td>{t}</td></tr>" for k, t in every)
        self.sheet = self._browser("Keyboard shortcuts", f"<table cellpadding='4'>{rows}</table>", (640, 620))

    # --- the teacher guide --------------------------------------------------------------------

    def show_guide(self) -> None:
        """The guide in a window of its own, beside the app (it does not block the lesson)."""
        self.guide = self._browser("Teacher guide", "", (760, 720), markdown=guide_text())

    def _browser(self, title: str, html: str, size: tuple[int, int], markdown: str = "") -> QDialog:
        dialog = QDialog(self.window)
        dialog.setWindowTitle(title)
        text = QTextBrowser()
        text.setObjectName("help_text")
        text.setOpenExternalLinks(True)
        if markdown:
            text.setMarkdown(markdown)
        else:
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
        dialog.setWindowTitle("Welcome")
        label = QLabel(FIRST_RUN)
        label.setWordWrap(True)
        buttons = QDialogButtonBox()
        guide = QPushButton("Open the teacher guide")
        buttons.addButton(guide, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton("Start", QDialogButtonBox.ButtonRole.AcceptRole)
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
        self.about = self._browser("About lossexplorer", about_html(), (720, 620))
