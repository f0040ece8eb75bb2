"""Readouts of the current fit: epoch, coefficients, J, RSS, TSS, R², r three ways,
and the five least-squares properties as a checklist ticked only where they hold.

In classification mode the readouts show instead the accuracy, the mean per-point loss,
the worst point, and a table of what the chosen loss charges for each probability the
model may give a point's true class, with how many points sit at each."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from lossexplorer.core import (
    DataFacts,
    Model,
    Objective,
    Property,
    data_facts,
    fit_stats,
    least_squares_properties,
    pearson_three_ways,
)

from . import theme

if TYPE_CHECKING:
    from .lesson import Lesson

Array = NDArray[np.float64]


def fmt(value: float | None, digits: int = 6) -> str:
    if value is None or not math.isfinite(value):
        return "—"
    return f"{value:.{digits}g}"


@dataclass(frozen=True)
class Readings:
    """Every number the readouts show, computed off the widgets so tests can read them."""

    epoch: int
    names: tuple[str, ...]
    beta: Array
    objective: float
    objective_label: str
    rss: float
    tss: float
    r2: float
    r_from_r2: float
    r_predictions: float
    r_linregress: float
    properties: list[Property]


class _FactsOfTheData:
    """The last data set's DataFacts, kept while the points are the same arrays: the points
    model makes new arrays at every edit and a run makes none, so a run computes them once."""

    def __init__(self) -> None:
        self._key: tuple[Array, Array, Model] | None = None
        self._facts: DataFacts | None = None

    def get(self, model: Model, x: Array, y: Array) -> DataFacts:
        key = self._key
        if self._facts is None or key is None or key[0] is not x or key[1] is not y or key[2] != model:
            self._key, self._facts = (x, y, model), data_facts(model, x, y)
        return self._facts


_FACTS = _FactsOfTheData()


def read(model: Model, beta: Array, x: Array, y: Array, epoch: int, objective: float, label: str) -> Readings | None:
    """The readings of the fit β on the points (x, y), which must not be changed in place.

    Values near 1e±150 overflow the sums behind r and the properties: those read "—", quietly."""
    if len(x) == 0 or not np.all(np.isfinite(beta)):
        return None
    with np.errstate(all="ignore"):
        facts = _FACTS.get(model, x, y) if len(x) > 1 else None
        p = model.predict(beta, x)
        stats = fit_stats(y, p)
        slope = float(beta[1]) if len(beta) > 1 else 0.0
        if len(x) > 1 and np.ptp(x) > 0:
            three = pearson_three_ways(x, y, p, slope, facts)
            # corr(y, p) is never negative (p rises with y); with the slope's sign it is r for any line
            r_from_r2, r_pred, r_lr = three.from_r2, math.copysign(three.from_predictions, slope), three.from_linregress
        else:
            r_from_r2 = r_pred = r_lr = math.nan
        props = least_squares_properties(model, beta, x, y, facts) if len(x) > 1 else []
    return Readings(
        epoch,
        model.coefficient_names,
        beta,
        objective,
        label,
        stats.rss,
        stats.tss,
        stats.r2,
        r_from_r2,
        r_pred,
        r_lr,
        props,
    )


#: the rows of the confidence table: probabilities the model may give a point's true class
CONFIDENCE_LEVELS = (0.99, 0.9, 0.7, 0.5, 0.3, 0.1, 0.01)


class WorstPoint(NamedTuple):
    """The point the loss charges most: its index `point` (from 0), label, loss and own-class probability."""

    point: int
    label: int
    loss: float
    p_true: float


class ConfidenceRow(NamedTuple):
    """One row of the confidence table: the loss when the model gives the true class probability
    `p_true`, and how many points have their own-class probability nearest to it."""

    p_true: float
    loss: float
    points: int


@dataclass(frozen=True)
class ClassReadings:
    """Every number the classification readouts show, computed off the widgets."""

    epoch: int
    names: tuple[str, ...]
    beta: Array
    objective: float
    objective_label: str
    n: int
    accuracy: float  # the share of points whose predicted class (1 where z ≥ 0) is their label
    n_wrong: int
    mean_loss: float  # the mean per-point loss ℓ, without penalties
    worst: WorstPoint
    confidence: tuple[ConfidenceRow, ...]  # one row per CONFIDENCE_LEVELS, most confident first


def read_classification(
    objective: Objective | None, beta: Array, epoch: int, objective_value: float, label: str
) -> ClassReadings | None:
    """The classification readings of β, or None without points or with a β that is not finite."""
    if objective is None or objective.n == 0 or not np.all(np.isfinite(beta)):
        return None
    if not objective.model.classification:
        raise ValueError(f"classification readouts need a classification model, not '{objective.model.name}'")
    from scipy.special import expit, logit  # lazy: scipy is slow to import

    beta = np.asarray(beta, dtype=float)
    labels = objective.y
    levels = np.array(CONFIDENCE_LEVELS)
    with np.errstate(all="ignore"):  # a huge β may overflow z: fmt() shows what is not finite
        z, loss, _ = objective.per_point(beta)
        own = np.where(labels == 1, z, -z)  # the logit of the point's own class, t·z with t = 2y − 1
        p_own = expit(own)
        # each row's loss through the core's own loss object, so it is what the fit charges:
        # a point of class 1 whose logit gives its class probability p
        level_z = logit(levels)
        level_loss, _ = objective.loss.loss_gradient(level_z, np.ones_like(levels))
    right = (z >= 0) == (labels == 1)
    # each point counts in the row nearest in log-odds: the midpoints between the rows' logits
    # split the line, and a point above k of them belongs k rows up from the bottom
    mids = (level_z[:-1] + level_z[1:]) / 2.0  # descending, like the rows
    finite = ~np.isnan(own)  # a point whose logit overflowed to NaN has no probability and no row
    rows = len(levels) - 1 - np.searchsorted(mids[::-1], own[finite])
    counts = np.bincount(rows, minlength=len(levels))
    worst = int(np.argmax(np.where(np.isnan(loss), -np.inf, loss)))
    return ClassReadings(
        epoch,
        objective.model.coefficient_names,
        beta,
        objective_value,
        label,
        objective.n,
        float(np.mean(right)),
        int(np.count_nonzero(~right)),
        float(np.mean(loss)),
        WorstPoint(worst, int(labels[worst]), float(loss[worst]), float(p_own[worst])),
        tuple(ConfidenceRow(float(p), float(v), int(c)) for p, v, c in zip(levels, level_loss, counts)),
    )


GREY = "#505050"  # secondary text


class Readouts(QWidget):
    """The regression groups (the current fit, the least-squares properties) or the
    classification groups (the current classifier, the confidence table): one set at a time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.readings: Readings | None = None
        self.class_readings: ClassReadings | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.labels: dict[str, QLabel] = {}
        self.fit_box = QGroupBox("The current fit")
        self.grid = self._value_grid(self.fit_box, [
            ("epoch", "epoch", "epochs run since the start (record 0 is the start)"),
            ("coefs", "coefficients", "the model's coefficients now"),
            ("J", "J", "the objective: the loss reduced over the points, plus penalties"),
            ("rss", "RSS", "Σ (y − p)²: the total area of the red squares"),
            ("tss", "TSS", "Σ (y − ȳ)²: the total area of the green squares"),
            ("r2", "R²", "1 − RSS/TSS: the share of the spread the model explains"),
            ("r", "Pearson r", "from R² (with the slope's sign) · corr(y, p) · scipy linregress"),
        ])
        layout.addWidget(self.fit_box)
        self.prop_box = QGroupBox("Least-squares properties")
        self.prop_box.setToolTip("They all hold for the least-squares line; for other losses some fail")
        prop_layout = QVBoxLayout(self.prop_box)
        prop_layout.setSpacing(2)
        self.property_labels = [QLabel() for _ in range(5)]
        for label in self.property_labels:
            label.setWordWrap(True)
            prop_layout.addWidget(label)
        layout.addWidget(self.prop_box)
        self._build_classification(layout)
        layout.addStretch(1)
        self._show_classification(False)

    def _value_grid(self, box: QGroupBox, rows: list[tuple[str, str, str]], wrap: bool = False) -> QGridLayout:
        """A grid of bold names and selectable values in `box`; the values go into `labels`.
        With `wrap`, names and values break at spaces in a narrow dock rather than clip."""
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(12)
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
        grid.setColumnStretch(1, 1)
        return grid

    def _build_classification(self, layout: QVBoxLayout) -> None:
        """The classification groups: the current classifier, and the confidence table."""
        rows = [
            ("class_epoch", "epoch", "epochs run since the start (record 0 is the start)"),
            ("beta0", "β0", "the intercept of the logit z = β0 + β1·x1 + β2·x2"),
            ("beta1", "β1", "the weight of x1 in the logit z"),
            ("beta2", "β2", "the weight of x2 in the logit z"),
            ("class_J", "J", "the objective: the loss reduced over the points, plus penalties"),
            ("accuracy", "accuracy", "points on their own class's side of the boundary (z ≥ 0 predicts class 1)"),
            ("mean_loss", "mean loss", "the mean of the per-point loss ℓ, without penalties"),
            ("worst", "worst point", "the point the loss charges most, and the probability it gets of its own class"),
        ]
        self._class_keys = tuple(key for key, _, _ in rows)
        self.class_box = QGroupBox("Classification")
        self.class_grid = self._value_grid(self.class_box, rows, wrap=True)
        layout.addWidget(self.class_box)

        self.confidence_box = QGroupBox("Confidence")
        self.confidence_box.setToolTip(
            "What the loss charges a point when the model gives its true class probability P,"
            " and how many points now sit nearest each P (in log-odds)"
        )
        box_layout = QVBoxLayout(self.confidence_box)
        table = QGridLayout()
        table.setHorizontalSpacing(8)
        table.setVerticalSpacing(2)
        tips = (
            "the probability the model gives the point's true class",
            "the chosen loss at that probability: what one such point adds to the sum",
            "how many points now have their own-class probability nearest this row's",
        )
        self.confidence_header: list[QLabel] = []
        for col, (title, tip) in enumerate(zip(("P(true class)", "loss", "points"), tips)):
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
        caption = QLabel(
            f"<span style='color:{GREY}'>Right and sure costs almost nothing;"
            f" <span style='color:{theme.VERMILLION}'>wrong and sure</span> costs most.</span>"
        )
        caption.setWordWrap(True)
        box_layout.addWidget(caption)
        layout.addWidget(self.confidence_box)

    def _show_classification(self, on: bool) -> None:
        """Show the classification groups (on) or the regression groups (off)."""
        for box in (self.fit_box, self.prop_box):
            box.setVisible(not on)
        for box in (self.class_box, self.confidence_box):
            box.setVisible(on)

    def show_lesson(self, lesson: Lesson) -> None:
        """The readings of the lesson's current fit (dashes without points, or for data the core refused)."""
        d, objective, label = lesson.descent, lesson.objective, lesson.problem.label
        if lesson.classification:
            self.show_class_readings(
                read_classification(objective, d.coefficients, d.epoch, d.value, label) if objective else None)
        else:
            points, fast = lesson.points, lesson.problem.readings(d.coefficients)  # many points, squared loss: O(k²)
            if fast is not None:
                self.show_readings(Readings(d.epoch, lesson.model.coefficient_names, d.coefficients, d.value, label,
                                            *fast))
                return
            self.show_readings(read(lesson.model, d.coefficients, points.x, points.y, d.epoch, d.value, label)
                               if objective is not None else None)

    def show_readings(self, readings: Readings | None) -> None:
        """Show the regression groups with `readings` (dashes for None); hide the classification ones."""
        self.readings = readings
        self.class_readings = None
        self._show_classification(False)
        if readings is None:
            for label in self.labels.values():
                label.setText("—")
            for label in self.property_labels:
                label.setText("")
            return
        r = readings
        self.labels["epoch"].setText(str(r.epoch))
        order = [1, 0] if r.names == ("c", "m") else range(len(r.names))
        self.labels["coefs"].setText("<br>".join(f"{r.names[i]} = {fmt(float(r.beta[i]))}" for i in order))
        self.labels["J"].setText(f"{r.objective_label} = {fmt(r.objective)}")
        self.labels["rss"].setText(f"<span style='color:{theme.RSS}'>{fmt(r.rss)}</span>")
        self.labels["tss"].setText(f"<span style='color:{theme.TSS}'>{fmt(r.tss)}</span>")
        self.labels["r2"].setText(fmt(r.r2))
        grey = f"<span style='color:{GREY}'>"
        self.labels["r"].setText(f"{fmt(r.r_from_r2, 5)} {grey}from R²</span><br>"
                                 f"{fmt(r.r_predictions, 5)} {grey}corr(y, p) with m's sign</span><br>"
                                 f"{fmt(r.r_linregress, 5)} {grey}linregress</span>")
        for label, prop in zip(self.property_labels, r.properties + [None] * 5):
            if prop is None:
                label.setText("")
                continue
            mark, colour = ("✔", theme.GREEN) if prop.holds else ("✘", theme.VERMILLION)
            value = fmt(prop.value, 3)
            if prop.key == "var":
                value += f" (least: {fmt(prop.target, 3)})"
            label.setText(
                f"<span style='color:{colour}; font-weight:bold'>{mark}</span> {prop.label}"
                f" <span style='color:{GREY}'>[{value}]</span>"
            )

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
            return
        r = readings
        self.labels["class_epoch"].setText(str(r.epoch))
        for i, value in enumerate(r.beta):  # the rows are named β0, β1, β2
            self.labels[f"beta{i}"].setText(fmt(float(value)))
        self.labels["class_J"].setText(f"{r.objective_label} = {fmt(r.objective)}")
        # the values wrap in a narrow dock; non-breaking spaces (&nbsp;) keep each phrase whole
        right = r.n - r.n_wrong
        colour = theme.GREEN if r.n_wrong == 0 else theme.FOREGROUND
        self.labels["accuracy"].setText(
            f"<span style='color:{colour}'>{right} of&nbsp;{r.n}</span>"
            f" <span style='color:{GREY}'>({100.0 * r.accuracy:.1f}&nbsp;%)</span>"
        )
        self.labels["mean_loss"].setText(fmt(r.mean_loss))
        w = r.worst
        # points are numbered from 1 for people, as in the core's messages
        self.labels["worst"].setText(
            f"point {w.point + 1} <span style='color:{GREY}'>(class&nbsp;{w.label})</span><br>"
            f"loss&nbsp;{fmt(w.loss, 4)}<br>P(own class) {fmt(w.p_true, 3)}"
        )
        for cells, row in zip(self.confidence_cells, r.confidence):
            # a wrong answer (true class below even odds) in vermillion: the costly rows
            loss = fmt(row.loss, 2 if abs(row.loss) < 0.01 else 3)  # 1e-06, not 1.01e-06: a narrow column
            cells[1].setText(f"<span style='color:{theme.VERMILLION}'>{loss}</span>" if row.p_true < 0.5 else loss)
            cells[2].setText(str(row.points) if row.points else f"<span style='color:{GREY}'>0</span>")
