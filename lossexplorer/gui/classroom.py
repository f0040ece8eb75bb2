"""What a classroom and a desktop need: projector mode, full screen, keys for the losses,
the shortcut sheet, the About box, the random-data dialog, and remembered settings.

Projector mode (F5) makes every font at least 1.6× larger, lines at least 3 px and
markers at least 14 px on the light theme (projectors wash out dark ones); it is
remembered, like the window's geometry and dock layout.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QMessageBox,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
)

from lossexplorer import __version__
from lossexplorer.core import CLASSIFICATION_LOSSES, REGRESSION_LOSSES
from lossexplorer.core.presets import NOISES, random_points

from . import theme
from .settings import LOSS_TITLES

if TYPE_CHECKING:
    from .window import MainWindow


def apply_font(app: QApplication) -> None:
    font = QFont(app.font())
    font.setPointSize(theme.Sizes.font_pt)
    app.setFont(font)


class Classroom(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.remember = True  # screenshot mode leaves the person's remembered settings alone
        self.projector_action = self._action("&Projector mode", self.set_projector, "F5",
                                             "Large fonts, thick lines and big markers for a projector (F5)", True)
        self.fullscreen_action = self._action("&Full screen", self.set_fullscreen, "F11", "Full screen (F11)", True)
        self.shortcuts_action = self._action("&Keyboard shortcuts", self.show_shortcuts, "F1",
                                             "Every keyboard shortcut (F1)")
        self.about_action = self._action("&About lossexplorer", self.show_about, None, "Version and credits")
        self.random_action = self._action("random…", self.random_dialog, None,
                                          "n points on a line you choose, with the noise you choose")
        self.loss_actions = []
        for key, name in enumerate(REGRESSION_LOSSES, start=1):
            action = self._action(f"{key}: {LOSS_TITLES[name]}", lambda _=False, k=key: self.pick_loss_key(k),
                                  str(key), f"Pick the loss {LOSS_TITLES[name]} ({key})")
            self.loss_actions.append(action)

    def mode_losses(self) -> tuple[str, ...]:
        return CLASSIFICATION_LOSSES if self.window.settings.classification else REGRESSION_LOSSES

    def show_mode(self, classification: bool) -> None:
        """Keys 1–9 pick the losses of the mode shown: 1–3 are bce, hinge, focal in classification."""
        names = CLASSIFICATION_LOSSES if classification else REGRESSION_LOSSES
        for key, action in enumerate(self.loss_actions, start=1):
            on = key <= len(names)
            action.setEnabled(on)
            action.setVisible(on)
            if on:
                title = LOSS_TITLES[names[key - 1]]
                action.setText(f"{key}: {title}")
                action.setToolTip(f"Pick the loss {title} ({key})")
                action.setStatusTip(f"Pick the loss {title} ({key})")

    def pick_loss_key(self, key: int) -> None:
        names = self.mode_losses()
        if key <= len(names):
            self.pick_loss(names[key - 1])

    def _action(self, text: str, slot, shortcut: str | None, tip: str, checkable: bool = False) -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.setCheckable(checkable)
        (action.toggled if checkable else action.triggered).connect(slot)
        self.window.addAction(action)
        return action

    # --- projector and full screen -----------------------------------------------------------

    def set_projector(self, on: bool) -> None:
        if on != self.projector_action.isChecked():
            self.projector_action.setChecked(on)  # toggled calls us again
            return
        theme.set_projector(on)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_font(app)
        self.window.restyle()
        if self.remember:
            QSettings().setValue("view/projector", on)

    def set_fullscreen(self, on: bool) -> None:
        if on:
            self.window.showFullScreen()
        else:
            self.window.showNormal()

    # --- the loss keys ---------------------------------------------------------------------

    def pick_loss(self, name: str) -> None:
        s = self.window.settings.with_(loss=name)
        self.window.panel.set_settings(s)
        self.window.apply_settings(s)
        self.window.statusBar().showMessage(f"Loss: {LOSS_TITLES[name]}")

    # --- dialogs --------------------------------------------------------------------------------

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """(keys, what they do) for every action of the window that has a shortcut."""
        rows = []
        for action in self.window.actions():
            keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
            if keys:
                rows.append((keys, action.toolTip() or action.text().replace("&", "")))
        return sorted(set(rows), key=lambda r: (len(r[0]) > 3, r[0]))

    def show_shortcuts(self) -> None:
        rows = "".join(f"<tr><td><b>{k}</b></td><td>{t}</td></tr>" for k, t in self.shortcut_rows())
        mouse = ("<tr><td><b>left click</b></td><td>add a point (on empty space) or select one</td></tr>"
                 "<tr><td><b>drag</b></td><td>move a point; on empty space, pan</td></tr>"
                 "<tr><td><b>right click</b></td><td>remove the point under the cursor</td></tr>"
                 "<tr><td><b>wheel</b></td><td>zoom</td></tr>")
        dialog = QDialog(self.window)
        dialog.setWindowTitle("Keyboard shortcuts")
        text = QTextBrowser()
        text.setHtml(f"<table cellpadding='4'>{rows}{mouse}</table>")
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

    def random_dialog(self) -> None:
        dialog = RandomDialog(self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            x, y = dialog.points()
            self.window.replace_points(x, y, f"random: {len(x)} points")

    # --- remembered settings ------------------------------------------------------------------

    def restore(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.window.restoreGeometry(geometry)
        state = settings.value("window/state")
        if state is not None:
            self.window.restoreState(state)
        projector = settings.value("view/projector", False)
        self.set_projector(projector in (True, "true", "1", 1))

    def save(self) -> None:
        if not self.remember:
            return
        settings = QSettings()
        settings.setValue("window/geometry", self.window.saveGeometry())
        settings.setValue("window/state", self.window.saveState())


class RandomDialog(QDialog):
    """n, the true line, the noise (Gaussian, Laplace, gamma, Student-t), outliers and a seed."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Random points")
        form = QFormLayout(self)
        self.n = QSpinBox()
        self.n.setRange(1, 100_000)
        self.n.setValue(30)
        self.slope = self._number(-100, 100, 1.0, "m of the true line y = m·x + c")
        self.intercept = self._number(-1000, 1000, 0.0, "c of the true line")
        self.noise = QComboBox()
        for name in NOISES:
            self.noise.addItem(name, name)
        self.noise.setToolTip("Gaussian suits least squares, Laplace suits MAE; gamma and Student-t have heavy tails")
        self.scale = self._number(0, 1000, 1.0, "the noise's scale (σ for Gaussian)")
        self.outliers = self._number(0, 0.5, 0.0, "fraction of points pushed far above the line", 0.05)
        self.seed = QSpinBox()
        self.seed.setRange(0, 2**31 - 1)
        self.seed.setToolTip("the same seed gives the same points")
        for label, widget in (("points n", self.n), ("slope m", self.slope), ("intercept c", self.intercept),
                              ("noise", self.noise), ("noise scale", self.scale), ("outlier fraction", self.outliers),
                              ("seed", self.seed)):
            form.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @staticmethod
    def _number(low: float, high: float, value: float, tip: str, step: float = 0.1) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(low, high)
        box.setDecimals(3)
        box.setSingleStep(step)
        box.setValue(value)
        box.setToolTip(tip)
        box.setAlignment(Qt.AlignmentFlag.AlignRight)
        return box

    def points(self):
        return random_points(self.n.value(), self.slope.value(), self.intercept.value(), self.noise.currentData(),
                             self.scale.value(), self.outliers.value(), self.seed.value())
