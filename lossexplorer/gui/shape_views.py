"""Two views of why each loss behaves as it does.

Loss shape: ℓ(e) and dℓ/de against the error e for the chosen loss (live parameters), the
other losses faint for comparison, and the current errors as ticks on the e axis, so one
sees which points sit in Huber's linear part. Noise: a histogram of the current residuals
with the noise density the loss assumes, its scale fitted by maximum likelihood, the
negative log-likelihood beside J, and the sentence that says which noise makes the loss
the maximum-likelihood choice.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from numpy.typing import NDArray
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from lossexplorer.core import Loss, make_loss
from lossexplorer.core.losses import REGRESSION_LOSSES
from lossexplorer.core.noise import NoiseModel, fit_noise

from . import theme
from .settings import LOSS_TIPS, FitSettings

Array = NDArray[np.float64]
COMPARED = ("mse", "mae", "huber", "logcosh", "quantile", "asymmetric")
FAINT = {"mse": theme.BLUE, "mae": theme.GREEN, "huber": theme.ORANGE, "logcosh": theme.PURPLE,
         "quantile": theme.SKY_BLUE, "asymmetric": "#7F7F7F"}


def loss_of(settings: FitSettings, name: str | None = None) -> Loss:
    name = name or settings.loss
    return make_loss(name, delta=settings.delta, quantile=settings.quantile, alpha=settings.alpha)


def _plot(title: str, left: str) -> pg.PlotWidget:
    widget = pg.PlotWidget()
    plot = widget.getPlotItem()
    plot.setTitle(title)
    plot.setLabel("left", left)
    plot.setLabel("bottom", "error e = p − y")
    return widget


def _style_plot(widget: pg.PlotWidget) -> None:
    plot = widget.getPlotItem()
    theme.style_plot(plot)
    plot.setTitle(plot.titleLabel.text, size=f"{theme.Sizes.font_pt + 1}pt")


class LossShapeView(QWidget, theme.Styled):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.formula = QLabel()
        self.formula.setTextFormat(Qt.TextFormat.RichText)
        self.formula.setWordWrap(True)
        self.value_widget = _plot("the loss ℓ(e)", "ℓ")
        self.grad_widget = _plot("its slope dℓ/de: how hard a point pulls", "dℓ/de")
        self.grad_widget.getPlotItem().setXLink(self.value_widget.getPlotItem())
        self.curves: dict[str, tuple[pg.PlotDataItem, pg.PlotDataItem]] = {}
        self.legend = self.value_widget.getPlotItem().addLegend(offset=(10, 10))
        for name in (*COMPARED, "chosen"):
            value = self.value_widget.plot(name="the chosen loss" if name == "chosen" else name)
            grad = self.grad_widget.plot()
            self.curves[name] = (value, grad)
        self.ticks = [pg.ScatterPlotItem(symbol="|", size=16, pen=pg.mkPen(theme.BLACK, width=1.5)),
                      pg.ScatterPlotItem(symbol="|", size=16, pen=pg.mkPen(theme.BLACK, width=1.5))]
        self.value_widget.addItem(self.ticks[0])
        self.grad_widget.addItem(self.ticks[1])
        self.styled(self._style_items)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.formula)
        layout.addWidget(self.value_widget, 3)
        layout.addWidget(self.grad_widget, 2)

    def _style_items(self) -> None:
        size = theme.Sizes
        for widget in (self.value_widget, self.grad_widget):
            _style_plot(widget)
        self.legend.setLabelTextSize(f"{size.font_pt}pt")
        for name, (value, grad) in self.curves.items():
            if name == "chosen":
                pen = theme.pen(theme.VERMILLION, size.line + 1)
            else:
                pen = theme.pen(FAINT[name], size.line * 0.6, alpha=0.45)
            value.setPen(pen)
            grad.setPen(pen)

    def show_shape(self, settings: FitSettings, errors: Array | None) -> None:
        """The chosen loss's curves, the others faint, and the current errors as ticks."""
        chosen = loss_of(settings)
        errors = np.asarray(errors if errors is not None else [], float)
        finite = errors[np.isfinite(errors)]
        reach = max(3.0, 2.5 * settings.delta if settings.loss == "huber" else 0.0,
                    1.15 * float(np.max(np.abs(finite))) if len(finite) else 0.0)
        e = np.linspace(-reach, reach, 801)
        zero = np.zeros_like(e)
        top = slope = 0.0
        for name in (*COMPARED, "chosen"):
            loss = chosen if name == "chosen" else loss_of(settings, name)
            value, grad = loss.loss_gradient(e, zero)
            self.curves[name][0].setData(e, value)
            self.curves[name][1].setData(e, grad)
            if name == "chosen":
                top, slope = float(np.max(value)), float(np.max(np.abs(grad)))
        if len(finite):
            inside = np.abs(finite) <= settings.delta if settings.loss == "huber" else np.ones(len(finite), bool)
            colours = [theme.BLACK if ok else theme.VERMILLION for ok in inside]
            pens = [pg.mkPen(c, width=1.5) for c in colours]
            self.ticks[0].setData(finite, np.zeros(len(finite)), pen=pens)
            self.ticks[1].setData(finite, np.zeros(len(finite)), pen=pens)
        else:
            for t in self.ticks:
                t.setData([], [])
        self.value_widget.getPlotItem().setYRange(0, top * 1.05 if top > 0 else 1)
        reach_g = 1.6 * slope if slope > 0 else 1.0  # the chosen loss's slopes, not the steepest other
        self.grad_widget.getPlotItem().setYRange(-reach_g, reach_g)
        extra = ""
        if settings.loss == "huber" and len(finite):
            beyond = int(np.sum(np.abs(finite) > settings.delta))
            extra = (f"<br><span style='color:{theme.VERMILLION}'>{beyond} of {len(finite)} points</span> sit in "
                     f"the linear part (|e| > δ = {settings.delta:g}): they pull with the constant force δ.")
        self.formula.setText(f"<b>{chosen.label}</b>: ℓ(e) = {chosen.formula}. {LOSS_TIPS[settings.loss]}{extra}"
                             "<br>The ticks on the e axis are the current errors of the points.")
        tip = f"{chosen.label}: ℓ(e) = {chosen.formula}"
        self.value_widget.setToolTip(tip)
        self.grad_widget.setToolTip(f"dℓ/de for {chosen.label}")


class NoiseView(QWidget, theme.Styled):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sentence = QLabel()
        self.sentence.setWordWrap(True)
        self.sentence.setTextFormat(Qt.TextFormat.RichText)
        self.plot_widget = pg.PlotWidget()
        plot = self.plot = self.plot_widget.getPlotItem()
        plot.setLabel("bottom", "residual r = y − p")
        plot.setLabel("left", "density")
        self.bars = pg.BarGraphItem(x=[], height=[], width=1, brush=theme.colour(theme.SKY_BLUE, 0.6),
                                    pen=pg.mkPen(theme.BLUE, width=1))
        plot.addItem(self.bars)
        self.curve = plot.plot()
        self.model: NoiseModel | None = None
        self.styled(self._style_items)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.sentence)
        layout.addWidget(self.plot_widget, 1)

    def _style_items(self) -> None:
        theme.style_plot(self.plot)
        self.curve.setPen(theme.pen(theme.VERMILLION, theme.Sizes.line + 1))

    def show_noise(self, settings: FitSettings, residuals: Array | None, objective: float) -> None:
        r = np.asarray(residuals if residuals is not None else [], float)
        r = r[np.isfinite(r)]
        loss = loss_of(settings)
        if settings.loss not in REGRESSION_LOSSES or len(r) < 2:
            self.bars.setOpts(x=[], height=[], width=1)
            self.curve.setData([], [])
            self.sentence.setText("Add at least two points to see their residuals.")
            self.model = None
            return
        model = self.model = fit_noise(loss, r)
        bins = int(np.clip(np.sqrt(len(r)) * 1.5, 6, 60))
        counts, edges = np.histogram(r, bins=bins)
        width = edges[1] - edges[0]
        self.bars.setOpts(x=(edges[:-1] + edges[1:]) / 2, height=counts / (len(r) * width), width=width * 0.95)
        reach = max(abs(edges[0]), abs(edges[-1])) * 1.3
        grid = np.linspace(-reach, reach, 600)
        self.curve.setData(grid, model.density(grid))
        scale = f"σ = {model.sigma:.4g}" if model.kind == "squared" else f"τ = {model.tau:.4g}"
        self.sentence.setText(
            f"<b>{model.name} noise</b>, fitted by maximum likelihood ({scale}). {model.sentence}<br>"
            f"Negative log-likelihood of the residuals: <b>{model.nll(r):.6g}</b> = Σℓ/τ + n·log Z(τ); "
            f"the loss J = {objective:.6g}. Minimising one minimises the other."
        )
