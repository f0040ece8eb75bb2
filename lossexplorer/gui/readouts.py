"""Readouts of the current fit: epoch, coefficients, J, RSS, TSS, R², r three ways,
and the five least-squares properties as a checklist ticked only where they hold."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from lossexplorer.core import Model, Property, fit_stats, least_squares_properties, pearson_three_ways

from . import theme

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


def read(model: Model, beta: Array, x: Array, y: Array, epoch: int, objective: float, label: str) -> Readings | None:
    if len(x) == 0 or not np.all(np.isfinite(beta)):
        return None
    p = model.predict(beta, x)
    stats = fit_stats(y, p)
    slope = float(beta[1]) if len(beta) > 1 else 0.0
    if len(x) > 1 and np.ptp(x) > 0:
        three = pearson_three_ways(x, y, p, slope)
        # corr(y, p) is never negative (p rises with y); with the slope's sign it is r for any line
        r_from_r2, r_pred, r_lr = three.from_r2, math.copysign(three.from_predictions, slope), three.from_linregress
    else:
        r_from_r2 = r_pred = r_lr = math.nan
    props = least_squares_properties(model, beta, x, y) if len(x) > 1 else []
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


class Readouts(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.readings: Readings | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        fit_box = QGroupBox("The current fit")
        self.grid = QGridLayout(fit_box)
        self.grid.setHorizontalSpacing(12)
        self.labels: dict[str, QLabel] = {}
        rows = [
            ("epoch", "epoch", "epochs run since the start (record 0 is the start)"),
            ("coefs", "coefficients", "the model's coefficients now"),
            ("J", "J", "the objective: the loss reduced over the points, plus penalties"),
            ("rss", "RSS", "Σ (y − p)²: the total area of the red squares"),
            ("tss", "TSS", "Σ (y − ȳ)²: the total area of the green squares"),
            ("r2", "R²", "1 − RSS/TSS: the share of the spread the model explains"),
            ("r", "Pearson r", "from R² (with the slope's sign) · corr(y, p) · scipy linregress"),
        ]
        for row, (key, title, tip) in enumerate(rows):
            name = QLabel(f"<b>{title}</b>")
            name.setToolTip(tip)
            value = QLabel("—")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setToolTip(tip)
            self.grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(value, row, 1)
            self.labels[key] = value
        self.grid.setColumnStretch(1, 1)
        layout.addWidget(fit_box)
        prop_box = QGroupBox("Least-squares properties")
        prop_box.setToolTip("They all hold for the least-squares line; for other losses some fail")
        prop_layout = QVBoxLayout(prop_box)
        prop_layout.setSpacing(2)
        self.property_labels = [QLabel() for _ in range(5)]
        for label in self.property_labels:
            label.setWordWrap(True)
            prop_layout.addWidget(label)
        layout.addWidget(prop_box)
        layout.addStretch(1)

    def show_readings(self, readings: Readings | None) -> None:
        self.readings = readings
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
        grey = "<span style='color:#505050'>"
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
                f" <span style='color:#505050'>[{value}]</span>"
            )
