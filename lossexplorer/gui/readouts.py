"""The readouts: the readings of the current fit (readings.py computes them), at a classroom
precision of four significant figures (the tooltips and View → Full precision show all).

Regression: the epoch, the coefficients, J, RSS, TSS, R², one Pearson r with the two other ways
of getting it behind a disclosure (and why they differ mid-run), the last run's verdict, and the
five least-squares properties as a checklist ticked only where they hold. Classification: the
accuracy, the mean per-point loss, the worst point and the confidence table."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from . import theme
from .confusion import ConfusionBox
from .i18n import core_tr, number, translate
from .readings import (
    CLASSROOM_DIGITS,
    CONFIDENCE_LEVELS,
    FULL_DIGITS,
    ClassReadings,
    ConfidenceRow,
    PearsonR,
    Readings,
    WorstPoint,
    fmt,
    read,
    read_classification,
)

if TYPE_CHECKING:
    from lossexplorer.core import Property

    from .lesson import Lesson

__all__ = ["CONFIDENCE_LEVELS", "ClassReadings", "ConfidenceRow", "Readings", "Readouts", "WorstPoint", "read",
           "read_classification"]

GREY = "#505050"  # secondary text
#: r from R² and from corr(y, p) agree with the points' r to this many places at the least-squares line
AGREE = 1e-4


def r_explained(r: PearsonR, r2: float, model: str, digits: int = CLASSROOM_DIGITS) -> str:
    """The two other ways to r, and in words why they differ mid-run and agree at the least-squares line."""
    if r2 < 0:
        from_r2 = translate("readouts", "none: R² is negative, so this fit is worse than the flat line ȳ, and √R²"
                                        " does not exist")
    else:
        from_r2 = f"{fmt(r.from_r2, digits)}"
    rows = translate("readouts", "<b>{data}</b> corr(x, y): the points' own r, whatever the fit<br>"
                                 "<b>{from_r2}</b> √R² of this fit, with the slope's sign<br>"
                                 "<b>{predictions}</b> corr(y, p), with the slope's sign: the same as r for any"
                                 " straight line that slopes the same way").format(
        data=fmt(r.data, digits), from_r2=from_r2, predictions=fmt(r.from_predictions, digits))
    if model != "line":
        why = translate("readouts", "For a curve √R² measures how well the curve fits, not how straight the points"
                                    " lie: it is not r.")
    elif math.isfinite(r.from_r2) and abs(r.from_r2 - r.data) <= AGREE:
        why = translate("readouts", "All three agree: this is the least-squares line.")
    else:
        why = translate("readouts", "They differ now because this is not yet the least-squares line: it leaves more"
                                    " of the spread unexplained, so its R² and √R² are lower. At the least-squares"
                                    " line all three agree.")
    return f"{rows}<br><span style='color:{GREY}'>{why}</span>"


def checked_value(prop: Property, digits: int = CLASSROOM_DIGITS) -> str:
    """A property's value for the checklist: a value that is zero but for rounding reads as 0."""
    if prop.holds and prop.target == 0.0:
        return translate("readouts", "0 (to rounding)") if prop.value != 0.0 else "0"
    value = fmt(prop.value, digits)
    if prop.key == "var":
        return translate("readouts", "{value} (least: {least})").format(value=value, least=fmt(prop.target, digits))
    return value


class Readouts(QWidget):
    """The regression groups (the current fit, the least-squares properties) or the
    classification groups (the current classifier, the confidence table): one set at a time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.readings: Readings | None = None
        self.class_readings: ClassReadings | None = None
        self.digits = CLASSROOM_DIGITS
        self._model = "line"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        self.labels: dict[str, QLabel] = {}
        self.tips: dict[str, str] = {}
        self.fit_box = QGroupBox(translate("readouts", "The current fit"))
        self.grid = self._value_grid(self.fit_box, [
            ("epoch", translate("readouts", "epoch"),
             translate("readouts", "epochs run since the start (record 0 is the start)")),
            ("coefs", translate("readouts", "coefficients"), translate("readouts", "the model's coefficients now")),
            ("J", "J", translate("readouts", "the objective: the loss reduced over the points, plus penalties")),
            ("rss", "RSS", translate("readouts", "Σ (y − p)²: the total area of the red squares")),
            ("tss", "TSS", translate("readouts", "Σ (y − ȳ)²: the total area of the green squares")),
            ("r2", "R²", translate("readouts", "1 − RSS/TSS: the share of the spread the model explains")),
            ("r", translate("readouts", "Pearson r"),
             translate("readouts", "how nearly the points lie on a straight line: corr(x, y), from −1 to 1")),
        ])
        row = self.grid.rowCount()
        self.r_more = QToolButton()
        self.r_more.setText(translate("readouts", "other ways"))
        self.r_more.setAccessibleName(translate("readouts", "Pearson r: two other ways"))
        self.r_more.setToolTip(translate("readouts", "r from this fit's R² and from corr(y, p), and why they differ"
                                                     " during a run"))
        self.r_more.setCheckable(True)
        self.r_more.setArrowType(Qt.ArrowType.RightArrow)
        self.r_more.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.r_more.setAutoRaise(True)
        self.r_more.toggled.connect(self._disclose_r)
        self.r_details = QLabel()
        self.r_details.setWordWrap(True)
        self.r_details.setVisible(False)
        r_row = QHBoxLayout()  # the disclosure beside r: the checklist below stays in view
        r_row.setContentsMargins(0, 0, 0, 0)
        self.grid.removeWidget(self.labels["r"])
        r_row.addWidget(self.labels["r"])
        r_row.addWidget(self.r_more)
        r_row.addStretch(1)
        self.grid.addLayout(r_row, row - 1, 1)
        self.grid.addWidget(self.r_details, row, 0, 1, 2)
        layout.addWidget(self.fit_box)
        self.prop_box = QGroupBox(translate("readouts", "Least-squares properties"))
        self.prop_box.setToolTip(translate("readouts", "They all hold for the least-squares line; for other losses"
                                                       " some fail"))
        prop_layout = QVBoxLayout(self.prop_box)
        prop_layout.setContentsMargins(6, 4, 6, 4)
        prop_layout.setSpacing(1)
        self.property_labels = [QLabel() for _ in range(5)]
        for label in self.property_labels:
            label.setWordWrap(True)
            prop_layout.addWidget(label)
        layout.addWidget(self.prop_box)
        self._build_classification(layout)
        self.verdict = QLabel()  # the last run's end: how far from the answer, and why (under either mode's groups)
        self.verdict.setWordWrap(True)
        self.verdict.setVisible(False)
        layout.addWidget(self.verdict)
        layout.addStretch(1)
        self._show_classification(False)

    def _value_grid(self, box: QGroupBox, rows: list[tuple[str, str, str]], wrap: bool = False) -> QGridLayout:
        """A grid of bold names and selectable values in `box`; the values go into `labels`.
        With `wrap`, names and values break at spaces in a narrow dock rather than clip."""
        grid = QGridLayout(box)
        grid.setContentsMargins(6, 4, 6, 4)  # compact: the checklist below stays in view at 720 px
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        for row, (key, title, tip) in enumerate(rows):
            name = QLabel(f"<b>{title}</b>")
            name.setToolTip(tip)
            value = QLabel("—")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setToolTip(tip)
            name.setWordWrap(wrap)
            value.setWordWrap(wrap)
            grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, row, 1)
            self.labels[key] = value
            self.tips[key] = tip
        grid.setColumnStretch(1, 1)
        return grid

    def _set(self, key: str, text: str, exact: str = "") -> None:
        """A value, with the row's tip and the value at full precision in its tooltip."""
        self.labels[key].setText(text)
        self.labels[key].setToolTip(f"{self.tips[key]}\n{exact}" if exact else self.tips[key])

    def _build_classification(self, layout: QVBoxLayout) -> None:
        """The classification groups: the current classifier, and the confidence table."""
        rows = [
            ("class_epoch", translate("readouts", "epoch"),
             translate("readouts", "epochs run since the start (record 0 is the start)")),
            ("beta0", "β0", translate("readouts", "the intercept of the logit z = β0 + β1·x1 + β2·x2 (K classes: each"
                                                  " class's βₖ0, in its colour)")),
            ("beta1", "β1", translate("readouts", "the weight of x1 in the logit z (K classes: each class's βₖ1)")),
            ("beta2", "β2", translate("readouts", "the weight of x2 in the logit z (K classes: each class's βₖ2)")),
            ("class_J", "J", translate("readouts", "the objective: the loss reduced over the points, plus penalties")),
            ("accuracy", translate("readouts", "accuracy"),
             translate("readouts", "points whose predicted class (the most probable; z ≥ 0 predicts class 1 of two)"
                                   " is their own")),
            ("mean_loss", translate("readouts", "mean loss"),
             translate("readouts", "the mean of the per-point loss ℓ, without penalties")),
            ("worst", translate("readouts", "worst point"),
             translate("readouts", "the point the loss charges most, and the probability it gets of its own class")),
        ]
        self._class_keys = tuple(key for key, _, _ in rows)
        self.class_box = QGroupBox(translate("readouts", "Classification"))
        self.class_grid = self._value_grid(self.class_box, rows, wrap=True)
        layout.addWidget(self.class_box)

        self.confidence_box = QGroupBox(translate("readouts", "Confidence"))
        self.confidence_box.setToolTip(translate(
            "readouts", "What the loss charges a point when the model gives its true class probability P,"
            " and how many points now sit nearest each P (in log-odds)"
        ))
        box_layout = QVBoxLayout(self.confidence_box)
        table = QGridLayout()
        table.setHorizontalSpacing(8)
        table.setVerticalSpacing(2)
        tips = (
            translate("readouts", "the probability the model gives the point's true class"),
            translate("readouts", "the chosen loss at that probability: what one such point adds to the sum"),
            translate("readouts", "how many points now have their own-class probability nearest this row's"),
        )
        self.confidence_header: list[QLabel] = []
        titles = (translate("readouts", "P(true class)"), translate("readouts", "loss"),
                  translate("readouts", "points"))
        for col, (title, tip) in enumerate(zip(titles, tips)):
            head = QLabel(f"<b>{title}</b>")
            head.setToolTip(tip)
            head.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
            head.setWordWrap(True)  # "P(true class)" takes two lines in a narrow projector dock
            table.addWidget(head, 0, col)
            self.confidence_header.append(head)
        #: the table's cells, [row][column] from the most confident row; columns as in the header
        self.confidence_cells: list[list[QLabel]] = []
        for row, p in enumerate(CONFIDENCE_LEVELS):
            cells = [QLabel(fmt(p) if col == 0 else "—") for col in range(3)]
            for col, cell in enumerate(cells):
                cell.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                cell.setToolTip(tips[col])
                table.addWidget(cell, row + 1, col)
            if p < 0.5:  # the true class is the less likely one: a wrong answer
                cells[0].setText(f"<span style='color:{theme.VERMILLION}'>{fmt(p)}</span>")
            self.confidence_cells.append(cells)
        # the spare width spreads the loss and point columns; the first keeps its header on one line when it can
        table.setColumnStretch(1, 1)
        table.setColumnStretch(2, 1)
        box_layout.addLayout(table)
        caption = QLabel(f"<span style='color:{GREY}'>" + translate(
            "readouts", "Right and sure costs almost nothing; <span style='color:{red}'>wrong and sure</span> costs"
            " most.").format(red=theme.VERMILLION) + "</span>")
        caption.setWordWrap(True)
        box_layout.addWidget(caption)
        layout.addWidget(self.confidence_box)
        self.confusion_box = ConfusionBox()
        layout.addWidget(self.confusion_box)

    def _show_classification(self, on: bool) -> None:
        """Show the classification groups (on) or the regression groups (off)."""
        for box in (self.fit_box, self.prop_box):
            box.setVisible(not on)
        for box in (self.class_box, self.confidence_box, self.confusion_box):
            box.setVisible(on)

    def set_full_precision(self, on: bool) -> None:
        """Every significant figure (View → Full precision), or the classroom's four."""
        self.digits = FULL_DIGITS if on else CLASSROOM_DIGITS
        if self.readings is not None:
            self.show_readings(self.readings)
        elif self.class_readings is not None:
            self.show_class_readings(self.class_readings)

    def _disclose_r(self, on: bool) -> None:
        self.r_more.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.r_details.setVisible(on)

    def show_lesson(self, lesson: Lesson) -> None:
        """The readings of the lesson's current fit (dashes without points, or for data the core refused)."""
        d, objective, label = lesson.descent, lesson.objective, lesson.problem.label
        if lesson.classification:
            self.show_class_readings(
                read_classification(objective, d.coefficients, d.epoch, d.value, label) if objective else None)
        else:
            self._model = lesson.model.name
            points, fast = lesson.points.training, lesson.problem.readings(d.coefficients)  # many points: O(k²)
            if fast is not None:
                r = PearsonR(fast.r_linregress, fast.r_from_r2, fast.r_predictions)
                self.show_readings(Readings(d.epoch, lesson.model.coefficient_names, d.coefficients, d.value, label,
                                            fast.rss, fast.tss, fast.r2, r, fast.properties))
                self.prop_box.setVisible(True)
            else:
                loss = lesson.settings.loss_()  # a log link (Poisson) reads the residuals of the mean exp(f)
                mean = None if loss.link == "identity" else loss.mean
                self.show_readings(read(lesson.model, d.coefficients, points.x, points.y, d.epoch, d.value, label,
                                        mean) if objective is not None else None)
                self.prop_box.setVisible(mean is None)  # least squares' properties: not the log link's
        self.show_verdict(d.verdict)

    def show_verdict(self, text: str) -> None:
        """What the last run's end said (how far from the exact answer, and why), until the descent moves on."""
        self.verdict.setText(f"<span style='color:{GREY}'>{text}.</span>" if text else "")
        self.verdict.setVisible(bool(text))

    def show_readings(self, readings: Readings | None) -> None:
        """Show the regression groups with `readings` (dashes for None); hide the classification ones."""
        self.readings = readings
        self.class_readings = None
        self._show_classification(False)
        if readings is None:
            for key in self.labels:
                self._set(key, "—")
            for label in self.property_labels:
                label.setText("")
            self.r_details.setText("")
            return
        r, digits = readings, self.digits
        full = FULL_DIGITS
        self._set("epoch", str(r.epoch))
        order = [1, 0] if r.names == ("c", "m") else range(len(r.names))
        shown = [f"{r.names[i]} = {fmt(float(r.beta[i]), digits)}" for i in order]
        self._set("coefs", "<br>".join(", ".join(shown[k:k + 2]) for k in range(0, len(shown), 2)),
                  "\n".join(f"{r.names[i]} = {fmt(float(r.beta[i]), full)}" for i in order))
        name = r.objective_label
        self._set("J", f"{name} = {fmt(r.objective, digits)}", f"{name} = {fmt(r.objective, full)}")
        self._set("rss", f"<span style='color:{theme.RSS}'>{fmt(r.rss, digits)}</span>", fmt(r.rss, full))
        self._set("tss", f"<span style='color:{theme.TSS}'>{fmt(r.tss, digits)}</span>", fmt(r.tss, full))
        self._set("r2", fmt(r.r2, digits), fmt(r.r2, full))
        self._set("r", fmt(r.r.data, digits), fmt(r.r.data, full))
        self.r_details.setText(r_explained(r.r, r.r2, self._model, digits))
        for label, prop in zip(self.property_labels, r.properties + [None] * 5):
            if prop is None:
                label.setText("")
                label.setToolTip("")
                continue
            mark, colour = ("✔", theme.GREEN) if prop.holds else ("✘", theme.VERMILLION)
            said = core_tr(prop.label)  # the core names the property
            label.setText(
                f"<span style='color:{colour}; font-weight:bold'>{mark}</span> {said}"
                f" <span style='color:{GREY}'>[{checked_value(prop, digits)}]</span>"
            )
            label.setToolTip(translate("readouts", "{property}: {value} (least squares: {least})").format(
                property=said, value=fmt(prop.value, full), least=fmt(prop.target, full)) if prop.key == "var"
                else f"{said}: {fmt(prop.value, full)}")

    def show_class_readings(self, readings: ClassReadings | None) -> None:
        """Show the classification groups with `readings` (dashes for None); hide the regression ones."""
        self.class_readings = readings
        self.readings = None
        self._show_classification(True)
        if readings is None:
            for key in self._class_keys:
                self.labels[key].setText("—")
            for cells in self.confidence_cells:
                cells[1].setText("—")
                cells[2].setText("—")
            self.confusion_box.show_matrix(None, self.confusion_box.matrix.shape[0]
                                           if self.confusion_box.matrix is not None else 2)
            return
        r = readings
        self.labels["class_epoch"].setText(str(r.epoch))
        rows = np.reshape(r.beta, (-1, 3))  # the logistic model's one row, or the softmax model's K rows
        for i in range(3):  # the rows are named β0, β1, β2: each class's in its colour
            values = [fmt(float(v), self.digits) for v in rows[:, i]]
            self.labels[f"beta{i}"].setText(values[0] if len(rows) == 1 else " · ".join(
                f"<span style='color:{theme.CLASS_COLOURS[k]}'>{v}</span>" for k, v in enumerate(values)))
        self.confusion_box.show_matrix(r.confusion, 2 if r.confusion is None else len(r.confusion))
        self.labels["class_J"].setText(f"{r.objective_label} = {fmt(r.objective, self.digits)}")
        # the values wrap in a narrow dock; non-breaking spaces (&nbsp;) keep each phrase whole
        right = r.n - r.n_wrong
        colour = theme.GREEN if r.n_wrong == 0 else theme.FOREGROUND
        self.labels["accuracy"].setText(
            f"<span style='color:{colour}'>" + translate("readouts", "{right} of&nbsp;{n}").format(right=right, n=r.n)
            + f"</span> <span style='color:{GREY}'>({number(100.0 * r.accuracy, '.1f')}&nbsp;%)</span>"
        )
        self.labels["mean_loss"].setText(fmt(r.mean_loss, self.digits))
        w = r.worst
        # points are numbered from 1 for people, as in the core's messages
        self.labels["worst"].setText(translate(
            "readouts", "point {point} <span style='color:{grey}'>(class&nbsp;{label})</span><br>"
            "loss&nbsp;{loss}<br>P(own class) {p}").format(
            point=w.point + 1, grey=GREY, label=w.label, loss=fmt(w.loss, 4), p=fmt(w.p_true, 3)))
        for cells, row in zip(self.confidence_cells, r.confidence):
            # a wrong answer (true class below even odds) in vermillion: the costly rows
            loss = fmt(row.loss, 2 if abs(row.loss) < 0.01 else 3)  # 1e-06, not 1.01e-06: a narrow column
            cells[1].setText(f"<span style='color:{theme.VERMILLION}'>{loss}</span>" if row.p_true < 0.5 else loss)
            cells[2].setText(str(row.points) if row.points else f"<span style='color:{GREY}'>0</span>")
