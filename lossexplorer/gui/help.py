"""The Help menu: the sheet of every keyboard shortcut (F1) and the About box."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QTextBrowser, QVBoxLayout, QWidget

from lossexplorer import __version__

MOUSE = (("left click", "add a point (on empty space) or select one"), ("drag", "move a point; on empty space, pan"),
         ("right click", "remove the point under the cursor"), ("wheel", "zoom"))


class Help(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.sheet: QDialog | None = None
        self.shortcuts_action = QAction("&Keyboard shortcuts", window)
        self.shortcuts_action.setShortcut(QKeySequence("F1"))
        self.shortcuts_action.setToolTip("Every keyboard shortcut (F1)")
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        window.addAction(self.shortcuts_action)
        self.about_action = QAction("&About lossexplorer", window)
        self.about_action.setToolTip("Version and credits")
        self.about_action.triggered.connect(self.show_about)

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """(keys, what they do) for every action of the window that has a shortcut."""
        rows = []
        for action in self.window.actions():
            keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
            if keys:
                rows.append((keys, action.toolTip() or action.text().replace("&", "")))
        return sorted(set(rows), key=lambda r: (len(r[0]) > 3, r[0]))

    def show_shortcuts(self) -> None:
        rows = "".join(f"<tr><td><b>{k}</b></td><td>{t}</td></tr>" for k, t in [*self.shortcut_rows(), *MOUSE])
        dialog = QDialog(self.window)
        dialog.setWindowTitle("Keyboard shortcuts")
        text = QTextBrowser()
        text.setHtml(f"<table cellpadding='4'>{rows}</table>")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(text)
        layout.addWidget(buttons)
        dialog.resize(640, 620)
        dialog.open()
        self.sheet = dialog

    def show_about(self) -> None:
        QMessageBox.about(
            self.window, "About lossexplorer",
            f"<h3>lossexplorer {__version__}</h3><p>See loss functions and gradient descent at work: the fit, the "
            "squares whose area is the error, the loss landscape and the path down it.</p>"
            "<p>Built on NumPy, SciPy, PySide6 and pyqtgraph. Colours: the Okabe–Ito palette.</p>",
        )
