"""Random points: n points on a line the person chooses, with the noise and outliers chosen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QSpinBox, QWidget

from lossexplorer.core.presets import NOISES, random_points

from .i18n import translate

if TYPE_CHECKING:
    from .lesson import Lesson

#: the core's noises (NOISES) as the dialog names them, translated where shown
NOISE_TITLES = {
    "gaussian": str(QT_TRANSLATE_NOOP("random_dialog", "gaussian")),
    "laplace": str(QT_TRANSLATE_NOOP("random_dialog", "laplace")),
    "gamma": str(QT_TRANSLATE_NOOP("random_dialog", "gamma")),
    "student-t": str(QT_TRANSLATE_NOOP("random_dialog", "student-t")),
}


def ask_for_random_points(parent: QWidget, lesson: Lesson) -> None:
    """Ask for the line, the noise and n; on OK the points are the lesson's new data set."""
    dialog = RandomDialog(parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        x, y = dialog.points()
        lesson.replace_points(x, y, translate("random_dialog", "random: {n} points").format(n=len(x)))


class RandomDialog(QDialog):
    """n, the true line, the noise (Gaussian, Laplace, gamma, Student-t), outliers and a seed."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("random_dialog", "Random points"))
        form = QFormLayout(self)
        self.n = QSpinBox()
        self.n.setRange(1, 100_000)
        self.n.setValue(30)
        self.slope = self._number(-100, 100, 1.0, translate("random_dialog", "m of the true line y = m·x + c"))
        self.intercept = self._number(-1000, 1000, 0.0, translate("random_dialog", "c of the true line"))
        self.noise = QComboBox()
        for name in NOISES:
            self.noise.addItem(translate("random_dialog", NOISE_TITLES.get(name, name)), name)
        self.noise.setToolTip(translate(
            "random_dialog", "Gaussian suits least squares, Laplace suits MAE; gamma and Student-t have heavy tails"))
        self.scale = self._number(0, 1000, 1.0, translate("random_dialog", "the noise's scale (σ for Gaussian)"))
        self.outliers = self._number(0, 0.5, 0.0, translate("random_dialog",
                                                            "fraction of points pushed far above the line"), 0.05)
        self.seed = QSpinBox()
        self.seed.setRange(0, 2**31 - 1)
        self.seed.setToolTip(translate("random_dialog", "the same seed gives the same points"))
        for label, widget in ((translate("random_dialog", "points n"), self.n),
                              (translate("random_dialog", "slope m"), self.slope),
                              (translate("random_dialog", "intercept c"), self.intercept),
                              (translate("random_dialog", "noise"), self.noise),
                              (translate("random_dialog", "noise scale"), self.scale),
                              (translate("random_dialog", "outlier fraction"), self.outliers),
                              (translate("random_dialog", "seed"), self.seed)):
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
