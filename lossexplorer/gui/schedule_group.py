"""The panel's "Rate and stop" group: the learning-rate schedule with its settings, and the stop
rule (off by default). It shows a `FitSettings` and says when a person edited it; the side panel
puts what it shows into the lesson's settings (one undo step), as for its own controls.

The names, symbols, ranges and tips are the core's (`core/schedules.py`, `core/stopping.py`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from lossexplorer.core.schedules import DECAY, SCHEDULES, STEP_EVERY, STEP_FACTOR, TAU
from lossexplorer.core.stopping import GRAD_TOL, STOP_TOL, STOP_WINDOW

from .boxes import NumberBox
from .i18n import core_tr, translate
from .settings import FitSettings

SETTLED_TIP = str(QT_TRANSLATE_NOOP(
    "schedule_group",
    "Stop when J has stayed within a band of relative width tol for K epochs "
    "(max J − min J ≤ tol·max |J|): the descent has settled",
))
FLAT_TIP = str(QT_TRANSLATE_NOOP(
    "schedule_group", "Stop when the gradient's norm ‖∇J‖ falls to this: the ground is flat, the steps go nowhere"))


class ScheduleGroup(QGroupBox):
    """The schedule (constant, step, 1/t, exponential) and the stop rule's two tests."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("schedule_group", "Rate and stop"), parent)

        form = self.form = QFormLayout(self)
        self.schedule = QComboBox()
        for i, (name, rule) in enumerate(SCHEDULES.items()):
            self.schedule.addItem(core_tr(rule.title), name)
            self.schedule.setItemData(i, core_tr(rule.tooltip), Qt.ItemDataRole.ToolTipRole)
        self.schedule.setToolTip(translate("schedule_group", "How the learning rate changes from epoch to epoch: "
                                                             "a decaying rate lets MAE's zig-zag settle"))
        self.schedule.setAccessibleName(translate("schedule_group", "learning-rate schedule"))
        form.addRow(translate("schedule_group", "rate"), self.schedule)
        self.step_factor = NumberBox(*STEP_FACTOR.span, STEP_FACTOR.default,
                                     f"F: {core_tr(STEP_FACTOR.tip)}", 0.05)
        self.step_every = _count(*STEP_EVERY.span, f"K: {core_tr(STEP_EVERY.tip)}")
        self.tau = NumberBox(*TAU.span, TAU.default, f"τ: {core_tr(TAU.tip)}", 10.0)
        self.decay = NumberBox(*DECAY.span, DECAY.default, f"γ: {core_tr(DECAY.tip)}", 0.001)
        form.addRow(translate("schedule_group", "factor F"), self.step_factor)
        form.addRow(translate("schedule_group", "every K epochs"), self.step_every)
        form.addRow(translate("schedule_group", "half-life τ"), self.tau)
        form.addRow(translate("schedule_group", "decay γ"), self.decay)
        self.formula = QLabel()
        self.formula.setToolTip(translate("schedule_group", "The rate of epoch t + 1 (t: the epochs already run)"))
        form.addRow(self.formula)
        self.settled = QCheckBox(translate("schedule_group", "stop when J settles"))
        self.settled.setToolTip(translate("schedule_group", SETTLED_TIP))
        form.addRow(self.settled)
        self.stop_tol = NumberBox(*STOP_TOL.span, 1e-6, f"tol: {core_tr(STOP_TOL.tip)}", 1e-6)
        self.stop_window = _count(*STOP_WINDOW.span, f"K: {core_tr(STOP_WINDOW.tip)}")
        form.addRow(translate("schedule_group", "relative tolerance"), self.stop_tol)
        form.addRow(translate("schedule_group", "over K epochs"), self.stop_window)
        flat_row = self.flat_row = QHBoxLayout()
        self.flat = QCheckBox(translate("schedule_group", "stop when ‖∇J‖ ≤"))
        self.flat.setToolTip(translate("schedule_group", FLAT_TIP))
        self.grad_tol = NumberBox(*GRAD_TOL.span, 1e-6, core_tr(GRAD_TOL.tip), 1e-6)
        self.grad_tol.setAccessibleName(translate("schedule_group", "gradient-norm threshold"))
        flat_row.addWidget(self.flat)
        flat_row.addWidget(self.grad_tol, 1)
        form.addRow(flat_row)
        for box in (self.step_factor, self.tau, self.decay, self.stop_tol, self.grad_tol):
            box.valueChanged.connect(self._edited)
        for spin in (self.step_every, self.stop_window):
            spin.valueChanged.connect(self._edited)
        self.schedule.currentIndexChanged.connect(self._edited)
        for check in (self.settled, self.flat):
            check.toggled.connect(self._edited)
        self._lr = FitSettings().lr

    def _controls(self) -> list[QWidget]:
        return [self.schedule, self.step_factor, self.step_every, self.tau, self.decay, self.settled, self.stop_tol,
                self.stop_window, self.flat, self.grad_tol]

    def shown(self) -> dict[str, Any]:
        """The settings the controls show, by FitSettings' field names."""
        return {
            "schedule": self.schedule.currentData(),
            "step_factor": self.step_factor.value(),
            "step_every": self.step_every.value(),
            "tau": self.tau.value(),
            "decay": self.decay.value(),
            "stop_settled": self.settled.isChecked(),
            "stop_tol": self.stop_tol.value(),
            "stop_window": self.stop_window.value(),
            "stop_flat": self.flat.isChecked(),
            "grad_tol": self.grad_tol.value(),
        }

    def show_settings(self, s: FitSettings) -> None:
        """Show `s` without saying it was edited."""
        blockers = [QSignalBlocker(w) for w in self._controls()]
        self.schedule.setCurrentIndex(self.schedule.findData(s.schedule))
        self.step_factor.setValue(s.step_factor)
        self.step_every.setValue(s.step_every)
        self.tau.setValue(s.tau)
        self.decay.setValue(s.decay)
        self.settled.setChecked(s.stop_settled)
        self.stop_tol.setValue(s.stop_tol)
        self.stop_window.setValue(s.stop_window)
        self.flat.setChecked(s.stop_flat)
        self.grad_tol.setValue(s.grad_tol)
        del blockers
        self._lr = s.lr
        self._show_rows(s.schedule, s.stop_settled, s.stop_flat)

    def _edited(self, *_args: object) -> None:
        s = self.shown()
        self._show_rows(s["schedule"], s["stop_settled"], s["stop_flat"])
        self.edited.emit()

    def _show_rows(self, schedule: str, settled: bool, flat: bool) -> None:
        own = {p.name for p in SCHEDULES[schedule].parameters}
        for name, box in (("step_factor", self.step_factor), ("step_every", self.step_every), ("tau", self.tau),
                          ("decay", self.decay)):
            self.form.setRowVisible(box, name in own)
        rule = FitSettings(schedule=schedule, **{k: v for k, v in self.shown().items() if k in own})
        formula = rule.schedule_().formula(self._lr)  # numbers and symbols only: its points are decimal marks
        self.formula.setText(f"L(t) = {formula.replace('.', self.locale().decimalPoint())}")
        self.form.setRowVisible(self.formula, schedule != "constant")
        self.form.setRowVisible(self.stop_tol, settled)
        self.form.setRowVisible(self.stop_window, settled)
        self.grad_tol.setEnabled(flat)


def _count(low: float, high: float, tip: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(int(low), int(high))
    box.setToolTip(tip)
    box.setKeyboardTracking(False)
    return box
