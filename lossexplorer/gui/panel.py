"""The side panel: loss, penalties, model, optimizer, learning rate, epochs, speed.

Each control shows only what applies (Huber shows δ, quantile shows q, ...), carries a
tooltip with its formula, and is bound both ways to the lesson's one `FitSettings`: an edit
goes to `lesson.change_settings` (an undo step), and the panel shows whatever settings the
lesson announces, blocking its own signals meanwhile, so nothing loops. It keeps no copy.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, Qt, Slot
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSlider,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from lossexplorer.core import LOSS_PARAMETERS, REGRESSION_LOSSES

from . import theme
from .class_choice import ClassCount, ClassPalette
from .limits import DECIMALS
from .settings import (
    LOSSES,
    LR_RANGE,
    MODEL_TITLES,
    OPTIMIZER_TITLES,
    REGRESSION_MODELS,
    FitSettings,
    class_losses,
    class_model,
)

if TYPE_CHECKING:
    from .lesson import Lesson

LR_MIN_EXP, LR_MAX_EXP, LR_STEPS = math.log10(LR_RANGE[0]), math.log10(LR_RANGE[1]), 700
LOSS_TITLES = {name: text.title for name, text in LOSSES.items()}
LOSS_TIPS = {name: text.tip for name, text in LOSSES.items()}
SPEEDS = (
    (1, "1 epoch/s"),
    (2, "2 epochs/s"),
    (5, "5 epochs/s"),
    (10, "10 epochs/s"),
    (30, "30 epochs/s"),
    (60, "60 epochs/s"),
    (250, "250 epochs/s"),
    (1000, "1000 epochs/s"),
    (0, "as fast as possible"),
)


class NumberBox(QDoubleSpinBox):
    """A spin box that shows numbers as %g (1e-06, 0.05, 120), or with as many digits as it
    takes to show the value exactly, and accepts any finite number in its range typed; other
    text (nan, inf, a number past the range) is not taken: the box keeps its value."""

    def __init__(self, low: float, high: float, value: float, tip: str, step: float = 0.1) -> None:
        super().__init__()
        self.setDecimals(DECIMALS)  # Qt rounds every value to these: this many keep each double
        self.setRange(low, high)
        self.setSingleStep(step)
        self.setValue(value)
        self.setToolTip(tip)
        self.setKeyboardTracking(False)

    def textFromValue(self, value: float) -> str:
        return exact_text(value)

    def valueFromText(self, text: str) -> float:
        value = self._number(text)
        return self.value() if value is None else value

    def validate(self, text: str, pos: int):
        from PySide6.QtGui import QValidator

        if self._number(text) is None:
            return QValidator.State.Intermediate, text, pos  # Qt puts the last value back
        return QValidator.State.Acceptable, text, pos

    def _number(self, text: str) -> float | None:
        """The finite number in range the text spells, else None."""
        try:
            value = float(text)
        except ValueError:
            return None
        return value if math.isfinite(value) and self.minimum() <= value <= self.maximum() else None

    def stepBy(self, steps: int) -> None:
        """A step of the arrows or keys, without the binary tail of 0.05 + 0.1 (12 digits)."""
        value = float(f"{self.value() + steps * self.singleStep():.12g}")
        self.setValue(min(max(value, self.minimum()), self.maximum()))


def exact_text(value: float) -> str:
    """%g with 6 digits, or with the fewest more that give back exactly this value."""
    for digits in range(6, 18):
        text = f"{value:.{digits}g}"
        if float(text) == value:
            return text
    return repr(value)


class LogSlider(QSlider):
    """A horizontal slider over 1e-6 … 10 on a log scale, with the largest stable rate marked."""

    def __init__(self) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self.setRange(0, LR_STEPS)
        self.stable: float | None = None
        self.setMinimumHeight(28)

    @staticmethod
    def to_position(value: float) -> int:
        exp = math.log10(max(value, 10**LR_MIN_EXP))
        return round((exp - LR_MIN_EXP) / (LR_MAX_EXP - LR_MIN_EXP) * LR_STEPS)

    @staticmethod
    def to_value(position: int) -> float:
        return float(10 ** (LR_MIN_EXP + (LR_MAX_EXP - LR_MIN_EXP) * position / LR_STEPS))

    def set_stable(self, stable: float | None) -> None:
        self.stable = stable
        self.update()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.stable is None or not math.isfinite(self.stable):
            return
        frac = self.to_position(self.stable) / LR_STEPS
        if not 0 <= frac <= 1:
            return
        painter = QPainter(self)
        painter.setPen(QPen(QColor(theme.VERMILLION), theme.Sizes.line))
        handle = self.style().pixelMetric(QStyle.PixelMetric.PM_SliderLength, None, self)  # grows in projector mode
        x = round(handle / 2 + frac * (self.width() - handle))
        painter.drawLine(x, 0, x, self.height())
        painter.end()


class SidePanel(QWidget):
    """The settings of one lesson, shown and edited (the run, overlay and pin groups are filled
    by the window)."""

    def __init__(self, lesson: Lesson, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lesson = lesson
        self.stable_lr: float | None = None
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        self.run_box = QGroupBox("Run")
        self.run_layout = QVBoxLayout(self.run_box)
        layout.addWidget(self.run_box)
        layout.addWidget(self._task_group())
        layout.addWidget(self._loss_group())
        layout.addWidget(self._model_group())
        layout.addWidget(self._optimizer_group())
        self.overlay_box = QGroupBox("Show")
        self.overlay_layout = QVBoxLayout(self.overlay_box)
        self.overlay_layout.setSpacing(2)
        layout.addWidget(self.overlay_box)
        self.pin_box = QGroupBox("Compare fits")
        self.pin_layout = QVBoxLayout(self.pin_box)
        layout.addWidget(self.pin_box)
        layout.addStretch(1)
        self.show_settings(lesson.settings)
        self._show_problem()
        lesson.settingsChanged.connect(self._settings_changed)
        lesson.problemChanged.connect(self._show_problem)

    # --- building -----------------------------------------------------------------------

    def _task_group(self) -> QGroupBox:
        box = QGroupBox("Task")
        form = self.task_form = QFormLayout(box)
        self.mode = QComboBox()
        self.mode.addItem("regression: y against x", False)
        self.mode.addItem("classification: K classes", True)
        self.mode.setToolTip(
            "Regression fits a curve p(x) to points (x, y); classification separates points of 2 to 5"
            " classes in the (x1, x2) plane with a logistic (two classes) or softmax model"
        )
        self.mode.currentIndexChanged.connect(self._mode_picked)
        form.addRow(self.mode)
        self.class_count = ClassCount(self.lesson)
        form.addRow("classes", self.class_count)
        self.class_row = ClassPalette(self.lesson)
        self.class_buttons = self.class_row.buttons
        form.addRow("new points", self.class_row)
        return box

    def _mode_picked(self, _index: int) -> None:
        self.lesson.switch_mode(bool(self.mode.currentData()))
        self.show_settings(self.lesson.settings)  # the box follows the data, switched or not

    def set_class(self, label: int) -> None:
        """Press the radio button of class `label` (as a click does)."""
        self.class_buttons.button(label).setChecked(True)

    def _fill(self, combo: QComboBox, names: tuple[str, ...] | list[str], titles: dict[str, str],
              tips: dict[str, str] | None = None) -> None:
        """Put these choices in the box (the losses and models of one mode), without signals."""
        if [combo.itemData(i) for i in range(combo.count())] == list(names):
            return
        with QSignalBlocker(combo):
            combo.clear()
            for i, name in enumerate(names):
                combo.addItem(titles[name], name)
                if tips:
                    combo.setItemData(i, tips[name], Qt.ItemDataRole.ToolTipRole)

    def _loss_group(self) -> QGroupBox:
        box = QGroupBox("Loss")
        form = self.loss_form = QFormLayout(box)
        self.loss = QComboBox()
        self._fill(self.loss, REGRESSION_LOSSES, LOSS_TITLES, LOSS_TIPS)
        self.loss.setToolTip("The per-point loss ℓ(p, y); J averages (or sums) it over the points")
        form.addRow(self.loss)
        self.delta = NumberBox(1e-6, 1e6, 1.0, "Huber's δ: squared inside |e| ≤ δ, absolute beyond")
        self.quantile = NumberBox(0.01, 0.99, 0.5, "q: the fraction of points the fit leaves below it", 0.05)
        self.alpha = NumberBox(1e-3, 1e3, 2.0, "α: how many times more an under-prediction (p < y) costs")
        self.gamma = NumberBox(0.0, 20.0, 2.0, "focal γ: how much (1 − p_t)^γ turns down the easy points; 0 is BCE",
                               0.5)
        form.addRow("δ", self.delta)
        form.addRow("q", self.quantile)
        form.addRow("α", self.alpha)
        form.addRow("γ", self.gamma)
        self.label_smoothing = NumberBox(0.0, 0.45, 0.0, "label smoothing ε: train on the targets (1 − ε)·y + ε/K; "
                                         "a sure, right prediction keeps a loss", 0.05)
        self.label_smoothing.setAccessibleName("label smoothing ε")
        form.addRow("ε", self.label_smoothing)
        self.reduction = QComboBox()
        for label, value in (("the loss's own", "default"), ("mean (1/n)·Σ", "mean"), ("sum Σ", "sum")):
            self.reduction.addItem(label, value)
        self.reduction.setToolTip("R in J = R(ℓ) + penalties: the mean or the sum over the points")
        form.addRow("reduce by", self.reduction)
        self.cap_on = QCheckBox("cap predictions at")
        self.cap_on.setToolTip("The blog's multi-objective penalty: λ·R(max(0, p − C)²)")
        self.cap = NumberBox(-1e9, 1e9, 120.0, "C: predictions above it are penalised", 1.0)
        cap_row = self.cap_row = QHBoxLayout()
        cap_row.addWidget(self.cap_on)
        cap_row.addWidget(self.cap)
        form.addRow(cap_row)
        self.cap_weight = NumberBox(0.0, 1e6, 1.0, "λ of the cap penalty")
        form.addRow("cap weight λ", self.cap_weight)
        self.l2 = NumberBox(0.0, 1e6, 0.0, "ridge: + λ·Σ β_j² over every coefficient but the intercept")
        self.l1 = NumberBox(0.0, 1e6, 0.0, "lasso: + λ·Σ |β_j| over every coefficient but the intercept")
        form.addRow("L2 λ", self.l2)
        form.addRow("L1 λ", self.l1)
        for w in (self.delta, self.quantile, self.alpha, self.gamma, self.label_smoothing, self.cap, self.cap_weight,
                  self.l1, self.l2):
            w.valueChanged.connect(self._edited)
        for c in (self.loss, self.reduction):
            c.currentIndexChanged.connect(self._edited)
        self.cap_on.toggled.connect(self._edited)
        return box

    def _model_group(self) -> QGroupBox:
        box = QGroupBox("Model")
        form = QFormLayout(box)
        self.model_box = QComboBox()
        self._fill(self.model_box, REGRESSION_MODELS, MODEL_TITLES)
        self.model_box.setToolTip("p = f(x; β): a constant, a line m·x + c, or Σ β_j x^j")
        self.model_box.currentIndexChanged.connect(self._edited)
        form.addRow(self.model_box)
        return box

    def _optimizer_group(self) -> QGroupBox:
        box = QGroupBox("Optimizer")
        form = self.opt_form = QFormLayout(box)
        self.optimizer = QComboBox()
        tips = {
            "gd": "β ← β − lr·∇J over all points; one epoch is one step",
            "sgd": "the same step on shuffled mini-batches; one epoch is one pass",
            "momentum": "v ← μ·v − lr·∇J, β ← β + v: a heavy ball that keeps rolling",
            "adam": "steps scaled by running averages of the gradient and its square",
        }
        for i, (name, title) in enumerate(OPTIMIZER_TITLES.items()):
            self.optimizer.addItem(title, name)
            self.optimizer.setItemData(i, tips[name], Qt.ItemDataRole.ToolTipRole)
        form.addRow(self.optimizer)
        self.lr_slider = LogSlider()
        self.lr_slider.setToolTip("Learning rate on a log scale, 1e-6 … 10; the red mark is the largest stable rate")
        self.lr = NumberBox(*LR_RANGE, 0.05, "learning rate: the step is lr × gradient")
        form.addRow("learning rate", self.lr)
        form.addRow(self.lr_slider)
        self.stable_label = QLabel()
        self.stable_label.setWordWrap(True)
        self.stable_label.setToolTip("2/L, L the largest eigenvalue of J's Hessian: gd diverges above it")
        form.addRow(self.stable_label)
        self.batch = QSpinBox()
        self.batch.setRange(1, 1_000_000)
        self.batch.setToolTip("points per mini-batch")
        self.momentum = NumberBox(0.0, 0.999, 0.9, "μ: how much of the last step carries over", 0.05)
        self.beta1 = NumberBox(0.0, 0.9999, 0.9, "β1: decay of the running mean of the gradient", 0.01)
        self.beta2 = NumberBox(0.0, 0.99999, 0.999, "β2: decay of the running mean of its square", 0.001)
        form.addRow("batch size", self.batch)
        form.addRow("momentum μ", self.momentum)
        form.addRow("β1", self.beta1)
        form.addRow("β2", self.beta2)
        self.epochs = QSpinBox()
        self.epochs.setRange(1, 1_000_000)
        self.epochs.setToolTip("how many epochs Run performs (one epoch: one pass over the data)")
        form.addRow("epochs", self.epochs)
        self.speed = QComboBox()
        for value, label in SPEEDS:
            self.speed.addItem(label, value)
        self.speed.setToolTip("animation speed: epochs per second, or as fast as the computer goes")
        form.addRow("speed", self.speed)
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

    def shown(self) -> FitSettings:
        """The settings the controls show."""
        return FitSettings(
            loss=self.loss.currentData(),
            delta=self.delta.value(),
            quantile=self.quantile.value(),
            alpha=self.alpha.value(),
            gamma=self.gamma.value(),
            label_smoothing=self.label_smoothing.value(),
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
            self.delta,
            self.quantile,
            self.alpha,
            self.gamma,
            self.label_smoothing,
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
            self._fill(self.model_box, [s.model], MODEL_TITLES)
        else:
            self._fill(self.loss, REGRESSION_LOSSES, LOSS_TITLES, LOSS_TIPS)
            self._fill(self.model_box, REGRESSION_MODELS, MODEL_TITLES)
        self.loss.setCurrentIndex(self.loss.findData(s.loss))
        self.delta.setValue(s.delta)
        self.quantile.setValue(s.quantile)
        self.alpha.setValue(s.alpha)
        self.gamma.setValue(s.gamma)
        self.label_smoothing.setValue(s.label_smoothing)
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
        self._show_rows(s)
        self._show_stable()

    def _show_rows(self, s: FitSettings) -> None:
        self.loss_form.setRowVisible(self.delta, s.loss == "huber")
        self.loss_form.setRowVisible(self.quantile, s.loss == "quantile")
        self.loss_form.setRowVisible(self.alpha, s.loss == "asymmetric")
        self.loss_form.setRowVisible(self.gamma, s.loss == "focal")
        self.loss_form.setRowVisible(self.label_smoothing, "label_smoothing" in LOSS_PARAMETERS.get(s.loss, ()))
        self.loss_form.setRowVisible(self.cap_row, not s.classification)
        self.loss_form.setRowVisible(self.cap_weight, s.cap_on and not s.classification)
        self.task_form.setRowVisible(self.class_row, s.classification)
        self.task_form.setRowVisible(self.class_count, s.classification)
        self.cap.setEnabled(s.cap_on)
        self.opt_form.setRowVisible(self.batch, s.optimizer == "sgd")
        self.opt_form.setRowVisible(self.momentum, s.optimizer == "momentum")
        self.opt_form.setRowVisible(self.beta1, s.optimizer == "adam")
        self.opt_form.setRowVisible(self.beta2, s.optimizer == "adam")
        self.loss.setToolTip(LOSS_TIPS[s.loss])

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
        warning = ": above it, gd diverges" if above else ""
        self.stable_label.setText(f"<span style='color:{colour}'>largest stable rate {stable:.4g}{warning}</span>")
