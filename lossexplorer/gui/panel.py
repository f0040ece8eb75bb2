"""The side panel: loss, penalties, model, optimizer, learning rate, epochs, speed.

Each control shows only what applies (the chosen loss's parameters, the chosen optimizer's
settings), carries a tooltip with its formula, and is bound both ways to the lesson's one
`FitSettings`. Its number boxes are made from the settings' `Parameter`s (settings.PARAMETERS:
range, default, step, tip; a loss's parameter's row is labelled with its symbol). An edit
goes to `lesson.change_settings` (an undo step), and the panel shows whatever settings the
lesson announces, blocking its own signals meanwhile, so nothing loops. It keeps no copy.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSignalBlocker, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lossexplorer.core import LOSS_PARAMETERS, OPTIMIZERS, REGRESSION_LOSSES

from . import theme
from .boxes import LogSlider, NumberBox, number_box
from .class_choice import ClassCount, ClassPalette
from .i18n import core_tr, number, translate
from .schedule_group import ScheduleGroup
from .settings import (
    LOSS_SETTINGS,
    LOSSES,
    MODEL_TITLES,
    OPTIMIZER_TITLES,
    PARAMETERS,
    REGRESSION_MODELS,
    FitSettings,
    class_losses,
    class_model,
)

if TYPE_CHECKING:
    from .lesson import Lesson

#: the losses' titles and tips, the core's English (shown through core_tr)
LOSS_TITLES = {name: cls.title for name, cls in LOSSES.items()}
LOSS_TIPS = {name: cls.tip for name, cls in LOSSES.items()}
#: the speeds offered (epochs per second, 0: as fast as possible) and their titles, translated where shown
SPEEDS = (
    (1, str(QT_TRANSLATE_NOOP("panel", "1 epoch/s"))),
    (2, str(QT_TRANSLATE_NOOP("panel", "2 epochs/s"))),
    (5, str(QT_TRANSLATE_NOOP("panel", "5 epochs/s"))),
    (10, str(QT_TRANSLATE_NOOP("panel", "10 epochs/s"))),
    (30, str(QT_TRANSLATE_NOOP("panel", "30 epochs/s"))),
    (60, str(QT_TRANSLATE_NOOP("panel", "60 epochs/s"))),
    (250, str(QT_TRANSLATE_NOOP("panel", "250 epochs/s"))),
    (1000, str(QT_TRANSLATE_NOOP("panel", "1000 epochs/s"))),
    (0, str(QT_TRANSLATE_NOOP("panel", "as fast as possible"))),
)



def model_titles() -> dict[str, str]:
    """The models' titles (settings.MODEL_TITLES) in the window's language."""
    fixed = {"bias": translate("panel", "bias: p = c"), "line": translate("panel", "line: p = m·x + c"),
             "logistic": translate("panel", "logistic: z = β0 + β1·x1 + β2·x2")}
    titles = {}
    for name in MODEL_TITLES:
        if name.startswith("poly:"):
            titles[name] = translate("panel", "polynomial, degree {d}").format(d=name[5:])
        elif name.startswith("softmax:"):
            titles[name] = translate("panel", "softmax, {k} classes: zₖ = βₖ0 + βₖ1·x1 + βₖ2·x2").format(k=name[8:])
        else:
            titles[name] = fixed[name]
    return titles

class SidePanel(QWidget):
    """The settings of one lesson, shown and edited (the run, overlay and pin groups are filled
    by the window)."""

    def __init__(self, lesson: Lesson, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lesson = lesson
        self.stable_lr: float | None = None
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        self.run_box = QGroupBox(translate("panel", "Run"))
        self.run_layout = QVBoxLayout(self.run_box)
        layout.addWidget(self.run_box)
        layout.addWidget(self._task_group())
        layout.addWidget(self._loss_group())
        layout.addWidget(self._model_group())
        layout.addWidget(self._optimizer_group())
        self.rate_group = ScheduleGroup()
        self.rate_group.edited.connect(self._edited)
        layout.addWidget(self.rate_group)
        self.overlay_box = QGroupBox(translate("panel", "Show"))
        self.overlay_layout = QVBoxLayout(self.overlay_box)
        self.overlay_layout.setSpacing(2)
        layout.addWidget(self.overlay_box)
        self.pin_box = QGroupBox(translate("panel", "Compare fits"))
        self.pin_layout = QVBoxLayout(self.pin_box)
        layout.addWidget(self.pin_box)
        layout.addStretch(1)
        self.show_settings(lesson.settings)
        self._show_problem()
        lesson.settingsChanged.connect(self._settings_changed)
        lesson.problemChanged.connect(self._show_problem)

    # --- building -----------------------------------------------------------------------

    def _task_group(self) -> QGroupBox:
        box = QGroupBox(translate("panel", "Task"))
        form = self.task_form = QFormLayout(box)
        self.mode = QComboBox()
        self.mode.addItem(translate("panel", "regression: y against x"), False)
        self.mode.addItem(translate("panel", "classification: K classes"), True)
        self.mode.setToolTip(translate(
            "panel",
            "Regression fits a curve p(x) to points (x, y); classification separates points of 2 to 5"
            " classes in the (x1, x2) plane with a logistic (two classes) or softmax model",
        ))
        self.mode.currentIndexChanged.connect(self._mode_picked)
        form.addRow(self.mode)
        self.class_count = ClassCount(self.lesson)
        form.addRow(translate("panel", "classes"), self.class_count)
        self.class_row = ClassPalette(self.lesson)
        self.class_buttons = self.class_row.buttons
        form.addRow(translate("panel", "new points"), self.class_row)
        return box

    def _mode_picked(self, _index: int) -> None:
        self.lesson.switch_mode(bool(self.mode.currentData()))
        self.show_settings(self.lesson.settings)  # the box follows the data, switched or not

    def set_class(self, label: int) -> None:
        """Press the radio button of class `label` (as a click does)."""
        self.class_buttons.button(label).setChecked(True)

    def _fill(self, combo: QComboBox, names: tuple[str, ...] | list[str], titles: dict[str, str],
              tips: dict[str, str] | None = None) -> None:
        """Put these choices in the box (the losses and models of one mode), without signals: each
        shows the core's title (and tip) in the window's language, and keeps its name as data."""
        if [combo.itemData(i) for i in range(combo.count())] == list(names):
            return
        with QSignalBlocker(combo):
            combo.clear()
            for i, name in enumerate(names):
                combo.addItem(core_tr(titles[name]), name)
                if tips:
                    combo.setItemData(i, core_tr(tips[name]), Qt.ItemDataRole.ToolTipRole)

    def _loss_group(self) -> QGroupBox:
        box = QGroupBox(translate("panel", "Loss"))
        form = self.loss_form = QFormLayout(box)
        self.loss = QComboBox()
        self._fill(self.loss, REGRESSION_LOSSES, LOSS_TITLES, LOSS_TIPS)
        self.loss.setToolTip(translate("panel", "The per-point loss ℓ(p, y); J averages (or sums) it over the points"))
        form.addRow(self.loss)
        #: a box for each parameter of the losses offered, in its row labelled with the symbol (δ, q, α, γ, ε);
        #: each is also the panel's attribute of the parameter's name (panel.delta)
        self.loss_boxes: dict[str, NumberBox] = {}
        for name, (p, _users) in LOSS_SETTINGS.items():
            spin = NumberBox(*p.span, p.default, f"{p.symbol}: {core_tr(p.tip)}", p.step)
            spin.setAccessibleName(p.symbol)
            form.addRow(p.symbol, spin)
            self.loss_boxes[name] = spin
            setattr(self, name, spin)
        self.reduction = QComboBox()
        for label, value in ((translate("panel", "the loss's own"), "default"),
                             (translate("panel", "mean (1/n)·Σ"), "mean"), (translate("panel", "sum Σ"), "sum")):
            self.reduction.addItem(label, value)
        self.reduction.setToolTip(translate("panel", "R in J = R(ℓ) + penalties: the mean or the sum over the points"))
        form.addRow(translate("panel", "reduce by"), self.reduction)
        self.cap_on = QCheckBox(translate("panel", "cap predictions at"))
        self.cap_on.setToolTip(translate("panel", "The blog's multi-objective penalty: λ·R(max(0, p − C)²)"))
        self.cap = self._number("cap")
        cap_row = self.cap_row = QHBoxLayout()
        cap_row.addWidget(self.cap_on)
        cap_row.addWidget(self.cap)
        form.addRow(cap_row)
        self.cap_weight = self._number("cap_weight")
        form.addRow(translate("panel", "cap weight λ"), self.cap_weight)
        self.l2 = self._number("l2")
        self.l1 = self._number("l1")
        form.addRow("L2 λ", self.l2)
        form.addRow("L1 λ", self.l1)
        for w in (*self.loss_boxes.values(), self.cap, self.cap_weight, self.l1, self.l2):
            w.valueChanged.connect(self._edited)
        for c in (self.loss, self.reduction):
            c.currentIndexChanged.connect(self._edited)
        self.cap_on.toggled.connect(self._edited)
        return box

    @staticmethod
    def _number(name: str) -> NumberBox:
        """The box of the number setting `name`, from its Parameter."""
        box = number_box(PARAMETERS[name])
        assert isinstance(box, NumberBox)
        return box

    @staticmethod
    def _count(name: str) -> QSpinBox:
        """The box of the whole-number setting `name`, from its Parameter."""
        box = number_box(PARAMETERS[name])
        assert isinstance(box, QSpinBox)
        return box

    def _model_group(self) -> QGroupBox:
        box = QGroupBox(translate("panel", "Model"))
        form = QFormLayout(box)
        self.model_box = QComboBox()
        self._fill(self.model_box, REGRESSION_MODELS, model_titles())
        self.model_box.setToolTip(translate("panel", "p = f(x; β): a constant, a line m·x + c, or Σ β_j x^j"))
        self.model_box.currentIndexChanged.connect(self._edited)
        form.addRow(self.model_box)
        return box

    def _optimizer_group(self) -> QGroupBox:
        box = QGroupBox(translate("panel", "Optimizer"))
        form = self.opt_form = QFormLayout(box)
        self.optimizer = QComboBox()
        for i, (name, title) in enumerate(OPTIMIZER_TITLES.items()):  # the core's, "sign of the gradient" too
            self.optimizer.addItem(core_tr(title), name)
            self.optimizer.setItemData(i, core_tr(OPTIMIZERS[name].tooltip), Qt.ItemDataRole.ToolTipRole)
        form.addRow(self.optimizer)
        self.lr_slider = LogSlider()
        self.lr_slider.setToolTip(translate(
            "panel", "Learning rate on a log scale, 1e-6 … 10; the red mark is the largest stable rate"))
        self.lr = self._number("lr")
        form.addRow(translate("panel", "learning rate"), self.lr)
        form.addRow(self.lr_slider)
        self.stable_label = QLabel()
        self.stable_label.setWordWrap(True)
        self.stable_label.setToolTip(translate(
            "panel", "2/L, L the largest eigenvalue of J's Hessian: gd diverges above it"))
        form.addRow(self.stable_label)
        self.batch = self._count("batch_size")
        self.momentum = self._number("momentum")
        self.beta1 = self._number("beta1")
        self.beta2 = self._number("beta2")
        form.addRow(translate("panel", "batch size"), self.batch)
        form.addRow(translate("panel", "momentum μ"), self.momentum)
        form.addRow("β1", self.beta1)
        form.addRow("β2", self.beta2)
        #: the optimizers' settings' rows, shown for the optimizers that take them
        self.optimizer_boxes: dict[str, QWidget] = {"batch_size": self.batch, "momentum": self.momentum,
                                                    "beta1": self.beta1, "beta2": self.beta2}
        self.epochs = self._count("epochs")
        form.addRow(translate("panel", "epochs"), self.epochs)
        self.speed = QComboBox()
        for value, label in SPEEDS:
            self.speed.addItem(translate("panel", label), value)
        self.speed.setToolTip(translate("panel", "animation speed: epochs per second, or as fast as the computer goes"))
        form.addRow(translate("panel", "speed"), self.speed)
        for w in (self.lr, self.momentum, self.beta1, self.beta2):
            w.valueChanged.connect(self._edited)
        for s in (self.batch, self.epochs):
            s.valueChanged.connect(self._edited)
        for c in (self.optimizer, self.speed):
            c.currentIndexChanged.connect(self._edited)
        self.lr_slider.valueChanged.connect(self._slider_moved)
        return box

    # --- binding ------------------------------------------------------------------------

    def _slider_moved(self, position: int) -> None:
        value = float(f"{LogSlider.to_value(position):.3g}")
        self.lr.setValue(value)  # emits valueChanged -> _edited

    def _loss_values(self) -> dict[str, Any]:
        return {name: box.value() for name, box in self.loss_boxes.items()}

    def shown(self) -> FitSettings:
        """The settings the controls show."""
        return FitSettings(
            loss=self.loss.currentData(),
            **self._loss_values(),
            reduction=self.reduction.currentData(),
            cap_on=self.cap_on.isChecked(),
            cap=self.cap.value(),
            cap_weight=self.cap_weight.value(),
            l1=self.l1.value(),
            l2=self.l2.value(),
            model=self.model_box.currentData(),
            optimizer=self.optimizer.currentData(),
            lr=self.lr.value(),
            epochs=self.epochs.value(),
            batch_size=self.batch.value(),
            momentum=self.momentum.value(),
            beta1=self.beta1.value(),
            beta2=self.beta2.value(),
            speed=float(self.speed.currentData()),
            seed=self.lesson.settings.seed,
            **self.rate_group.shown(),
        )

    def _edited(self, *_args: object) -> None:
        """A person changed a control: the lesson takes the settings it shows (one undo step); in
        classification the model follows the loss (softmax:K for the cross-entropy)."""
        s = self.shown()
        if s.classification:
            s = s.with_(model=class_model(s.loss, self.lesson.settings.classes))
        self._show_rows(s)
        with QSignalBlocker(self.lr_slider):
            self.lr_slider.setValue(LogSlider.to_position(s.lr))
        self.lesson.change_settings(s)

    @Slot(object, object)
    def _settings_changed(self, _old: FitSettings, new: FitSettings) -> None:
        self.show_settings(new)

    def show_settings(self, s: FitSettings) -> None:
        """Show `s` (the controls' signals blocked meanwhile: nothing goes back to the lesson)."""
        widgets = [
            self.loss,
            *self.loss_boxes.values(),
            self.mode,
            self.reduction,
            self.cap_on,
            self.cap,
            self.cap_weight,
            self.l1,
            self.l2,
            self.model_box,
            self.optimizer,
            self.lr,
            self.lr_slider,
            self.epochs,
            self.batch,
            self.momentum,
            self.beta1,
            self.beta2,
            self.speed,
        ]
        blockers = [QSignalBlocker(w) for w in widgets]
        self.mode.setCurrentIndex(1 if s.classification else 0)
        if s.classification:
            self._fill(self.loss, class_losses(s.classes), LOSS_TITLES, LOSS_TIPS)
            self._fill(self.model_box, [s.model], model_titles())
        else:
            self._fill(self.loss, REGRESSION_LOSSES, LOSS_TITLES, LOSS_TIPS)
            self._fill(self.model_box, REGRESSION_MODELS, model_titles())
        self.loss.setCurrentIndex(self.loss.findData(s.loss))
        for name, box in self.loss_boxes.items():
            box.setValue(getattr(s, name))
        self.reduction.setCurrentIndex(self.reduction.findData(s.reduction))
        self.cap_on.setChecked(s.cap_on)
        self.cap.setValue(s.cap)
        self.cap_weight.setValue(s.cap_weight)
        self.l1.setValue(s.l1)
        self.l2.setValue(s.l2)
        self.model_box.setCurrentIndex(self.model_box.findData(s.model))
        self.optimizer.setCurrentIndex(self.optimizer.findData(s.optimizer))
        self.lr.setValue(s.lr)
        self.lr_slider.setValue(LogSlider.to_position(s.lr))
        self.epochs.setValue(s.epochs)
        self.batch.setValue(s.batch_size)
        self.momentum.setValue(s.momentum)
        self.beta1.setValue(s.beta1)
        self.beta2.setValue(s.beta2)
        index = self.speed.findData(int(s.speed)) if s.speed == int(s.speed) else -1
        self.speed.setCurrentIndex(index if index >= 0 else self.speed.count() - 1)
        del blockers
        self.rate_group.show_settings(s)
        self._show_rows(s)
        self._show_stable()

    def _show_rows(self, s: FitSettings) -> None:
        own = LOSS_PARAMETERS.get(s.loss, ())
        for name, box in self.loss_boxes.items():
            self.loss_form.setRowVisible(box, name in own)
        self.loss_form.setRowVisible(self.cap_row, not s.classification)
        self.loss_form.setRowVisible(self.cap_weight, s.cap_on and not s.classification)
        self.task_form.setRowVisible(self.class_row, s.classification)
        self.task_form.setRowVisible(self.class_count, s.classification)
        self.cap.setEnabled(s.cap_on)
        taken = {p.name for p in OPTIMIZERS[s.optimizer].parameters}
        for name, setting in self.optimizer_boxes.items():
            self.opt_form.setRowVisible(setting, name in taken)
        self.loss.setToolTip(core_tr(LOSS_TIPS[s.loss]))
        self.optimizer.setToolTip(core_tr(OPTIMIZERS[s.optimizer].tooltip))

    @Slot(str)
    def _show_problem(self, _reason: str = "") -> None:
        """The largest stable rate of the new problem (squared losses only)."""
        self.stable_lr = self.lesson.problem.max_stable_lr
        self._show_stable()

    def _show_stable(self) -> None:
        stable = self.stable_lr
        self.lr_slider.set_stable(stable)
        if stable is None:
            self.stable_label.setText("")
            self.stable_label.setVisible(False)
            return
        self.stable_label.setVisible(True)
        settings = self.lesson.settings
        above = settings.optimizer == "gd" and settings.lr >= stable
        colour = theme.VERMILLION if above else "#505050"
        rate = number(stable, ".4g")
        if above:
            text = translate("panel", "largest stable rate {rate}: above it, gd diverges").format(rate=rate)
        else:
            text = translate("panel", "largest stable rate {rate}").format(rate=rate)
        self.stable_label.setText(f"<span style='color:{colour}'>{html.escape(text)}</span>")
