"""Two views of why each loss behaves as it does.

Loss shape: ℓ(e) and dℓ/de against the error e for the chosen loss (live parameters), the
other losses thinner and dashed for comparison, and the current errors as ticks on the e axis, so one
sees which points sit in Huber's linear part. For a classification loss the same view is
drawn against the margin m = t·z (t = 2y − 1 = ±1): ℓ(m) and dℓ/dm, the other
classification losses and the 0-1 loss thinner and dashed, the current margins as ticks, and the
decision boundary m = 0 (and hinge's margin m = 1) as vertical lines. The cross-entropy of K
classes is drawn against the probability p̂ the model gives the true class: −log p̂, or with
label smoothing ε the loss that is least at p̂ = 1 − ε + ε/K; Poisson's against the linear
predictor f. Noise: a histogram of the current residuals with the noise density the loss
assumes, its scale fitted by maximum likelihood, the negative log-likelihood beside J, and the
sentence that says which noise makes the loss the maximum-likelihood choice; for counts (the
log link) the probability the fit gives each count.

What is said and drawn of a loss (its formula, slope, tip, curve, squared middle, margins, the
noise it assumes) is asked of the loss object, never of its name.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from numpy.typing import NDArray
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from lossexplorer.core import CLASSIFICATION_LOSSES, LOSSES, REGRESSION_LOSSES, Loss, make_loss
from lossexplorer.core.losses import softmax
from lossexplorer.core.noise import NoiseModel, fit_noise

from . import theme
from .column import TextBox
from .i18n import core_tr, number, translate
from .settings import FitSettings

if TYPE_CHECKING:
    from .lesson import Lesson

Array = NDArray[np.float64]
#: the losses drawn faintly beside the chosen one: the menus' losses of each task that average
#: over the points (a sum's curve is the mean's) and are drawn against the same variable: the error
#: (not Poisson's f), the margin (not the cross-entropy's p̂ of K classes)
COMPARED = tuple(name for name in REGRESSION_LOSSES if LOSSES[name].reduction == "mean" and LOSSES[name].of_error)
#: the classification losses compared against the margin, and the 0-1 loss for reference
COMPARED_MARGIN = tuple(name for name in CLASSIFICATION_LOSSES
                        if LOSSES[name].reduction == "mean" and not LOSSES[name].multiclass)
ZERO_ONE = "zero-one"
GREY = "#7F7F7F"
_DASH, _DOT, _DASH_DOT, _DASH_DOT_DOT, _SOLID = (Qt.PenStyle.DashLine, Qt.PenStyle.DotLine, Qt.PenStyle.DashDotLine,
                                                  Qt.PenStyle.DashDotDotLine, Qt.PenStyle.SolidLine)
#: the pens of the losses compared with the chosen one (a thick vermillion line), in the order of
#: each task's list: the palette's strong colours at full strength, thinner, and each its own
#: dashes, so that two never read alike on a projector
Pen = tuple[str, Qt.PenStyle]
ERROR_PENS: tuple[Pen, ...] = ((theme.BLUE, _DASH), (theme.GREEN, _DOT), (theme.ORANGE, _DASH_DOT),
                               (theme.PURPLE, _DASH_DOT_DOT), (theme.SKY_BLUE, _SOLID), (GREY, _DASH))
MARGIN_PENS: tuple[Pen, ...] = ((theme.BLUE, _DASH), (theme.GREEN, _DOT), (theme.PURPLE, _DASH_DOT_DOT),
                                (theme.ORANGE, _DASH_DOT), (theme.SKY_BLUE, _SOLID))


def compared_pens(names: tuple[str, ...], pens: tuple[Pen, ...]) -> dict[str, Pen]:
    """A pen for each compared loss, in order (the pens again from the first when there are more losses)."""
    return {name: pens[i % len(pens)] for i, name in enumerate(names)}


COMPARED_PENS = {**compared_pens(COMPARED, ERROR_PENS), **compared_pens(COMPARED_MARGIN, MARGIN_PENS),
                 ZERO_ONE: (GREY, _DASH_DOT)}
#: the margin axis runs over [−MARGIN_REACH, MARGIN_REACH] at least, widened to show the
#: ticks but never beyond ±MARGIN_LIMIT (one far point must not squash the curves)
MARGIN_REACH = 4.0
MARGIN_LIMIT = 12.0
_POWER = re.compile(r"\^(\(([^()]*)\)|[\w²]+)")


def rich(formula: str) -> str:
    """A core formula as rich text: markup characters escaped, x^(…) and x^γ as superscripts."""
    return _POWER.sub(lambda m: f"<sup>{m.group(2) if m.group(2) is not None else m.group(1)}</sup>",
                      html.escape(formula, quote=False))


PROBABILITY = "probability"  # the third kind of shape: against the loss's own variable (p̂ of K classes, f)
#: (value plot, slope plot, x axis, slope axis), translated where they are shown
TITLES: dict[bool | str, tuple[str, str, str, str]] = {
    False: (str(QT_TRANSLATE_NOOP("shape_views", "the loss ℓ(e)")),
            str(QT_TRANSLATE_NOOP("shape_views", "its slope dℓ/de: how hard a point pulls")),
            str(QT_TRANSLATE_NOOP("shape_views", "error e = p − y")), "dℓ/de"),
    True: (str(QT_TRANSLATE_NOOP("shape_views", "the loss ℓ(m) against the margin m = t·z")),
           str(QT_TRANSLATE_NOOP("shape_views", "its slope dℓ/dm: how hard a point pulls")),
           str(QT_TRANSLATE_NOOP("shape_views", "margin t·z")), "dℓ/dm"),
    PROBABILITY: (str(QT_TRANSLATE_NOOP("shape_views", "the loss ℓ(p) against p, the probability given to the true"
                                                       " class")),
                  str(QT_TRANSLATE_NOOP("shape_views", "its slope dℓ/dp: how hard a point pulls")),
                  str(QT_TRANSLATE_NOOP("shape_views", "probability p of the true class")), "dℓ/dp"),
}


def _hatless(text: str) -> str:
    """The core's p̂ as p: Qt draws the combining circumflex over the wrong letter in wrapped text."""
    return text.replace("p̂", "p")


#: p̂ runs over [P_LOW, 1]: −log p̂ grows without end toward 0
P_LOW = 0.01


def errors_of(lesson: Lesson) -> Array | None:
    """The current fit's errors e = p − y, or in classification the margins t·z (positive on the
    right side), or for K classes the probability p̂ each point's true class gets; None without a
    finite fit."""
    beta, objective = lesson.descent.coefficients, lesson.objective
    if objective is None or not np.all(np.isfinite(beta)):
        return None
    with np.errstate(all="ignore"):
        p = objective.predict(beta)
    points = lesson.points.training  # J's points: the held-out ones are no errors of the fit
    if objective.model.softmax:
        return np.asarray(softmax(p)[np.arange(len(points)), points.labels])
    return (2.0 * points.labels - 1.0) * p if lesson.classification else p - points.y


#: the widest error axis drawn: ℓ(e) = e² of a wider one overflows the plot's range
REACH_LIMIT = 1e150


def loss_of(settings: FitSettings, name: str | None = None) -> Loss:
    """The loss `name` as the view draws it: the chosen one (the default) with the panel's values of
    its parameters, another with its own defaults (the focal curve keeps γ = 2 while BCE is chosen)."""
    return settings.loss_() if name is None or name == settings.loss else make_loss(name)


def legend_text(loss: Loss) -> str:
    """A compared curve's entry: the loss's name and its parameters ('huber δ=1', 'focal γ=2')."""
    return loss.name + loss.parameter_text


def _plot(title: str, left: str, bottom: str) -> pg.PlotWidget:
    widget = pg.PlotWidget(axisItems=theme.axes())
    plot = widget.getPlotItem()
    plot.setTitle(title)
    plot.setLabel("left", left)
    plot.setLabel("bottom", bottom)
    return widget


def _title_size() -> str:
    return f"{theme.Sizes.font_pt + 1}pt"


def _style_plot(widget: pg.PlotWidget) -> None:
    plot = widget.getPlotItem()
    theme.style_plot(plot)
    plot.setTitle(plot.titleLabel.text, size=_title_size())


def _vertical_line(colour: str, label: str, position: float, left: bool = False) -> pg.InfiniteLine:
    """A vertical line with its label at `position` (0 bottom, 1 top), left or right of it."""
    anchor = (1.0, 0.5) if left else (0.0, 0.5)
    return pg.InfiniteLine(angle=90, movable=False, label=label,
                           labelOpts={"position": position, "color": colour, "anchors": [anchor, anchor]})


class LossShapeView(QWidget, theme.Styled):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.formula = QLabel()
        self.formula.setTextFormat(Qt.TextFormat.RichText)
        self.formula.setWordWrap(True)
        value_title, grad_title, bottom, grad_left = (translate("shape_views", t) for t in TITLES[False])
        self.value_widget = _plot(value_title, "ℓ", bottom)
        self.grad_widget = _plot(grad_title, grad_left, bottom)
        self.grad_widget.getPlotItem().setXLink(self.value_widget.getPlotItem())
        #: whether the view now shows the classification (margin) curves
        self.classification = False
        self.curves: dict[str, tuple[pg.PlotDataItem, pg.PlotDataItem]] = {}
        self.legend = self.value_widget.getPlotItem().addLegend(offset=(10, 10), **theme.LEGEND)
        for name in (*COMPARED, *COMPARED_MARGIN, ZERO_ONE, "chosen"):
            self.curves[name] = (self.value_widget.plot(), self.grad_widget.plot())
        self.ticks = [pg.ScatterPlotItem(symbol="|"), pg.ScatterPlotItem(symbol="|")]
        self.value_widget.addItem(self.ticks[0])
        self.grad_widget.addItem(self.ticks[1])
        #: the decision boundary m = 0 and hinge's margin m = 1, one line in each plot
        # labels clear of the legend (top right) and of the curves (high on the left, low on the right)
        self.boundary_lines = [_vertical_line(theme.FOREGROUND, translate("shape_views", "boundary m = 0"), 0.9,
                                              left=True),
                               _vertical_line(theme.FOREGROUND, "", 0.5)]
        self.margin_lines = [_vertical_line(theme.GREEN, translate("shape_views", "margin m = 1"), 0.3),
                             _vertical_line(theme.GREEN, "", 0.5)]
        for widget, boundary, margin in zip((self.value_widget, self.grad_widget), self.boundary_lines,
                                            self.margin_lines, strict=True):
            for line, value in ((boundary, 0.0), (margin, 1.0)):
                line.setValue(value)
                line.setVisible(False)
                line.setZValue(-5)  # behind the curves
                widget.addItem(line, ignoreBounds=True)
        self.styled(self._style_items)
        self.kind: bool | str = False  # the mode on show: False (the error), True (the margin) or PROBABILITY
        self._titles: dict[bool | str, tuple[str, str, str, str]] = {}  # a loss's own (against its own variable)
        self._shown: tuple[bool | str, tuple[tuple[str, str], ...], tuple[str, ...]] | None = None  # on show
        self._set_mode(FitSettings(), False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(TextBox(self.formula))
        layout.addWidget(self.value_widget, 3)
        layout.addWidget(self.grad_widget, 2)

    def _style_items(self) -> None:
        size = theme.Sizes
        for widget in (self.value_widget, self.grad_widget):
            _style_plot(widget)
        for name, (value, grad) in self.curves.items():
            if name == "chosen":
                pen = theme.pen(theme.VERMILLION, size.line + 1)
            else:
                colour, dashes = COMPARED_PENS[name]
                pen = theme.pen(colour, size.thin, style=dashes)
            value.setPen(pen)
            grad.setPen(pen)
        for ticks in self.ticks:
            ticks.setSize(size.marker + 3)
            ticks.setPen(theme.pen(theme.BLACK, size.thin))
            ticks.setBrush(theme.colour(theme.BLACK))  # "|" is a slim box: filled, it reads as a bar
        for lines, colour in ((self.boundary_lines, theme.FOREGROUND), (self.margin_lines, theme.GREEN)):
            for line in lines:
                line.setPen(theme.pen(colour, size.thin, style=Qt.PenStyle.DashLine, alpha=0.8))
                font = self.font()
                font.setPointSize(size.font_pt)
                line.label.setFont(font)

    def _entries(self, settings: FitSettings, kind: bool | str, unsmoothed: bool) -> tuple[tuple[str, str], ...]:
        """The faint curves of a mode and their legend texts: the other losses of its variable (the
        0-1 loss beside the margin's), or for K classes the unsmoothed −log p when ε > 0."""
        if kind == PROBABILITY:
            return (("bce", translate("shape_views", "−log p (no smoothing)")),) if unsmoothed else ()
        entries = tuple((name, legend_text(loss_of(settings, name)))
                        for name in (COMPARED_MARGIN if kind else COMPARED))
        return (*entries, (ZERO_ONE, translate("shape_views", "0-1 loss"))) if kind else entries

    def _show_legend(self, kind: bool | str, entries: tuple[tuple[str, str], ...]) -> None:
        """Only the curves of the mode shown, so nothing of the other mode is left in the legend."""
        self.legend.clear()
        # the margin curves rise on the left and lie low on the right: the legend goes top right, in two
        # columns so that it stays clear of the flat tails and the ticks at ℓ = 0 in projector mode too;
        # the losses of an error rise on both sides and lie low in the middle: the legend goes top centre
        self.legend.setColumnCount(2 if kind is True else 1)
        if kind:
            self.legend.anchor(itemPos=(1, 0), parentPos=(1, 0), offset=(-10, 10))
        else:
            self.legend.anchor(itemPos=(0.5, 0), parentPos=(0.5, 0), offset=(0, 10))
        self.legend.addItem(self.curves["chosen"][0], translate("shape_views", "the chosen loss"))
        for name, text in entries:
            self.legend.addItem(self.curves[name][0], text)

    def _set_mode(self, settings: FitSettings, kind: bool | str, unsmoothed: bool = False) -> None:
        """Titles, axis labels, legend and faint curves of one mode (False: the error, True: the
        margin, PROBABILITY: a loss's own variable, with the unsmoothed curve if `unsmoothed`); the
        other modes' are emptied. Nothing is done while the mode and the legend's texts stay as they are."""
        entries = self._entries(settings, kind, unsmoothed)
        titles = self._titles.get(kind) or tuple(translate("shape_views", t) for t in TITLES[kind])
        shown = (kind, entries, titles)
        if shown == self._shown:
            return
        self._shown = shown
        self.classification = bool(kind)
        self.kind = kind
        self._show_legend(kind, entries)
        value_title, grad_title, bottom, grad_left = titles
        for widget, title in ((self.value_widget, value_title), (self.grad_widget, grad_title)):
            plot = widget.getPlotItem()
            plot.setTitle(title, size=_title_size())
            plot.setLabel("bottom", bottom)
        self.grad_widget.getPlotItem().setLabel("left", grad_left)
        drawn = [name for name, _text in entries]
        for name, (value, grad) in self.curves.items():
            if name == "chosen":
                continue
            on = name in drawn
            value.setVisible(on)
            grad.setVisible(on and name != ZERO_ONE)
            if not on:
                value.setData([], [])
                grad.setData([], [])

    def show_shape(self, settings: FitSettings, errors: Array | None) -> None:
        """The chosen loss's curves, the others faint, and the current errors as ticks.

        For a classification loss (bce, hinge, focal: `settings.classification`) `errors` are
        the margins m = t·z of the points, and the curves are drawn against the margin.
        """
        errors = np.asarray(errors if errors is not None else [], float)
        finite = errors[np.isfinite(errors)]
        chosen = loss_of(settings)
        if chosen.multiclass or (chosen.kind == "regression" and not chosen.of_error):  # its own variable
            self._show_curve(settings, chosen, finite)
        elif chosen.kind == "classification":  # the curves against the margin
            self._show_margin(settings, finite)
        else:
            self._show_error(settings, finite)

    def _set_ticks(self, finite: Array, colours: list[str]) -> None:
        if len(finite):
            pens = [theme.pen(c, theme.Sizes.thin) for c in colours]
            brushes = [theme.colour(c) for c in colours]
            for t in self.ticks:
                t.setData(finite, np.zeros(len(finite)), pen=pens, brush=brushes)
        else:
            for t in self.ticks:
                t.setData([], [])

    def _show_error(self, settings: FitSettings, finite: Array) -> None:
        self._set_mode(settings, False)  # the legend says the parameters the faint curves are drawn with
        for line in (*self.boundary_lines, *self.margin_lines):
            line.setVisible(False)
        chosen = loss_of(settings)
        middle = chosen.middle  # Huber's δ: the points beyond it pull with a constant force
        edge = middle[1] if middle is not None else None
        reach = max(3.0, 2.5 * edge if edge is not None else 0.0,
                    1.15 * float(np.max(np.abs(finite))) if len(finite) else 0.0)
        reach = min(reach, REACH_LIMIT)  # errors past it (a fit of huge coefficients) lie off the plot
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
        inside = np.abs(finite) <= edge if edge is not None else np.ones(len(finite), bool)
        self._set_ticks(finite, [theme.BLACK if ok else theme.VERMILLION for ok in inside])
        self.value_widget.getPlotItem().setXRange(-reach, reach, padding=0.02)
        self.value_widget.getPlotItem().setYRange(0, top * 1.05 if top > 0 else 1)
        reach_g = 1.6 * slope if slope > 0 else 1.0  # the chosen loss's slopes, not the steepest other
        self.grad_widget.getPlotItem().setYRange(-reach_g, reach_g)
        extra = ""
        if middle is not None and len(finite):
            symbol, beyond = middle[0].symbol, int(np.sum(np.abs(finite) > middle[1]))
            extra = "<br>" + translate(
                "shape_views", "<span style='color:{colour}'>{beyond} of {count} points</span> sit in the linear part"
                " (|e| &gt; {symbol} = {edge}): they pull with the constant force {symbol}.").format(
                colour=theme.VERMILLION, beyond=beyond, count=len(finite), symbol=symbol, edge=number(middle[1], "g"))
        label = core_tr(chosen.label)
        self.formula.setText(translate("shape_views", "Top: what one point costs when the line misses it by e. Bottom:"
                                       " how hard that point pulls the line (the slope). The ticks on the e axis are"
                                       " the points' errors now.")
                             + f"<br><b>{html.escape(label)}</b>: ℓ(e) = {rich(core_tr(chosen.formula))}. "
                             f"{rich(core_tr(chosen.tip))}{extra}")
        tip = f"{label}: ℓ(e) = {core_tr(chosen.formula)}"
        self.value_widget.setToolTip(tip)
        self.grad_widget.setToolTip(translate("shape_views", "dℓ/de for {loss}").format(loss=label))

    def _show_margin(self, settings: FitSettings, finite: Array) -> None:
        chosen = loss_of(settings)
        self._set_mode(settings, True)
        lo = min(-MARGIN_REACH, 1.1 * float(np.min(finite))) if len(finite) else -MARGIN_REACH
        hi = max(MARGIN_REACH, 1.1 * float(np.max(finite))) if len(finite) else MARGIN_REACH
        lo, hi = max(lo, -MARGIN_LIMIT), min(hi, MARGIN_LIMIT)
        m = np.linspace(lo, hi, 801)
        m = np.union1d(m, [0.0, 1.0])  # hinge's kink and the boundary fall on grid points (lo ≤ −4, hi ≥ 4)
        for name in COMPARED_MARGIN:
            value, grad = loss_of(settings, name).curve(m)
            self.curves[name][0].setData(m, value)
            self.curves[name][1].setData(m, grad)
        step = np.array([lo, 0.0, 0.0, hi])
        self.curves[ZERO_ONE][0].setData(step, np.array([1.0, 1.0, 0.0, 0.0]))
        self.curves[ZERO_ONE][1].setData([], [])
        value, grad = chosen.curve(m)
        self.curves["chosen"][0].setData(m, value)
        self.curves["chosen"][1].setData(m, grad)
        top = max(float(np.max(value)), 1.0)
        slope = float(np.max(np.abs(grad)))
        wrong = finite < 0
        self._set_ticks(finite, [theme.VERMILLION if bad else theme.BLACK for bad in wrong])
        for line in self.boundary_lines:
            line.setVisible(True)
        for line in self.margin_lines:
            line.setVisible(chosen.margins)
        self.value_widget.getPlotItem().setXRange(lo, hi, padding=0.02)
        self.value_widget.getPlotItem().setYRange(0, top * 1.08)
        reach_g = 1.25 * slope if slope > 0 else 1.0  # every slope is ≤ 0: more room below the axis
        self.grad_widget.getPlotItem().setYRange(-reach_g, 0.3 * reach_g)
        formula = rich(core_tr(chosen.curve_formula)) + "".join(
            f", {p.symbol} = {number(v, 'g')}" for p in chosen.parameters if (v := getattr(chosen, p.name)) != p.off)
        extra = ""
        if len(finite):
            extra = "<br>" + translate(
                "shape_views", "<span style='color:{colour}'>{wrong} of {count} points</span> are misclassified"
                " (m &lt; 0).").format(colour=theme.VERMILLION, wrong=int(np.sum(wrong)), count=len(finite))
            if chosen.margins:
                pulling = int(np.sum(finite < 1.0))
                extra += " " + translate("shape_views", "{pulling} lie inside the margin (m &lt; 1) and pull; the rest"
                                         " pull with no force.").format(pulling=pulling)
            outside = int(np.sum((finite < lo) | (finite > hi)))
            if outside:
                extra += " " + translate("shape_views", "{outside} lie beyond the drawn range (|m| &gt; {limit})."
                                         ).format(outside=outside, limit=number(MARGIN_LIMIT, "g"))
        label = core_tr(chosen.label)
        self.formula.setText(
            translate("shape_views", "Top: what one point costs; bottom: how hard it pulls the boundary. A point on its"
                      " own class's side has a positive margin m, and the further inside, the larger.") + "<br>"
            + translate("shape_views", "<b>{loss}</b>: ℓ(m) = {formula}, margin m = t·z, t = 2y − 1 = ±1.").format(
                loss=html.escape(label), formula=formula)
            + f" {rich(core_tr(chosen.tip))}{extra}<br>"
            + translate("shape_views", "The ticks are the current margins (m &gt; 0: the right side of the boundary)."
                        " Grey step: the 0-1 loss, the error count; its slope is 0 wherever it exists, nothing for"
                        " gradient descent to follow."))
        self.value_widget.setToolTip(f"{label}: ℓ(m) = {formula}, m = t·z")
        self.grad_widget.setToolTip(f"{label}: dℓ/dm = {rich(core_tr(chosen.slope_formula))}")


    def _show_curve(self, settings: FitSettings, chosen: Loss, finite: Array) -> None:
        """A loss of neither the error nor the margin, against its own variable (`curve_axis`): the
        cross-entropy of K classes against p, the probability of the true class (`finite`: each
        point's, as ticks), with the unsmoothed −log p beside it when ε > 0; Poisson's against f."""
        classes = max(settings.classes, 2)
        smoothing = getattr(chosen, "label_smoothing", 0.0)
        axis = _hatless(core_tr(chosen.curve_axis))
        variable = "p" if chosen.multiclass else "f"  # the probability of the true class, or the linear predictor
        value_title = translate("shape_views", "the loss ℓ against the {axis}").format(axis=axis)
        slope_title = translate("shape_views", "its slope dℓ/d{variable}: how hard a point pulls")
        slope_title = slope_title.format(variable=variable)
        self._titles[PROBABILITY] = (value_title, slope_title, axis, f"dℓ/d{variable}")
        self._set_mode(settings, PROBABILITY, bool(smoothing))
        lo, hi = chosen.curve_span
        multiclass = chosen.multiclass
        u = np.linspace(P_LOW if multiclass else lo, hi if not multiclass else 1.0 - 1e-6, 801)
        value, grad = chosen.curve(u, classes) if multiclass else chosen.curve(u)  # type: ignore[call-arg]
        self.curves["chosen"][0].setData(u, value)
        self.curves["chosen"][1].setData(u, grad)
        if smoothing:
            plain, plain_grad = make_loss(chosen.name).curve(u, classes)  # type: ignore[call-arg]
            self.curves["bce"][0].setData(u, plain)
            self.curves["bce"][1].setData(u, plain_grad)
        for line in (*self.boundary_lines, *self.margin_lines):
            line.setVisible(False)
        best = 1.0 - smoothing + smoothing / classes
        if multiclass and smoothing:  # where the smoothed loss is least: it charges a surer prediction more
            for line in self.margin_lines:
                line.setValue(best)
                line.setVisible(True)
            self.margin_lines[0].label.setFormat(translate("shape_views", "least at p = {p}").format(
                p=number(best, ".3g")))
        else:
            for line in self.margin_lines:
                line.setValue(1.0)
            self.margin_lines[0].label.setFormat(translate("shape_views", "margin m = 1"))
        ticks = finite if multiclass else np.zeros(0)
        self._set_ticks(ticks, [theme.VERMILLION if p < 1.0 / classes else theme.BLACK for p in ticks])
        finite_value = value[np.isfinite(value)]
        top = float(np.max(finite_value)) if len(finite_value) else 1.0
        finite_grad = grad[np.isfinite(grad)]
        slope = float(np.max(np.abs(finite_grad))) if len(finite_grad) else 1.0
        self.value_widget.getPlotItem().setXRange(float(u[0]), float(u[-1]), padding=0.02)
        self.value_widget.getPlotItem().setYRange(min(0.0, float(np.min(finite_value))) if len(finite_value) else 0,
                                                  top * 1.05 if top > 0 else 1)
        reach = min(slope, 12.0) * 1.15 if slope > 0 else 1.0
        self.grad_widget.getPlotItem().setYRange(-reach, reach if not multiclass or smoothing else 0.3 * reach)
        formula = _hatless(core_tr(chosen.curve_formula))
        extra = ""
        if multiclass:
            extra = " " + translate("shape_views", "With K = {classes} classes a point is surely right at p = 1 and"
                                    " given up at p → 0, where −log p grows without end.").format(classes=classes)
            if smoothing:
                extra += " " + translate(
                    "shape_views", "Label smoothing ε = {smoothing} trains on the targets (1 − ε)·y + ε/K: the loss is"
                    " least at p = 1 − ε + ε/K = {best}, and a surer prediction costs more again: no point is worth"
                    " being sure of, so the weights stay finite.").format(smoothing=number(smoothing, "g"),
                                                                         best=number(best, ".3g"))
            if len(finite):
                low = int(np.sum(finite < 1.0 / classes))
                extra += "<br>" + translate(
                    "shape_views", "The ticks are the points' p now; <span style='color:{colour}'>{low} of {count}"
                    "</span> get less than 1/K = {share}.").format(colour=theme.VERMILLION, low=low, count=len(finite),
                                                                   share=number(1.0 / classes, ".3g"))
        else:
            extra = " " + translate("shape_views", "ℓ is least where the predicted mean exp(f) equals the count.")
        slope_formula = _hatless(core_tr(chosen.slope_formula))
        label = core_tr(chosen.label)
        self.formula.setText(translate("shape_views", "Top: what one point costs; bottom: how hard it pulls (the slope,"
                                       " {slope}).").format(slope=slope_formula)
                             + f"<br><b>{html.escape(label)}</b>: ℓ = {formula}. {_hatless(core_tr(chosen.tip))}."
                             + extra)
        self.value_widget.setToolTip(f"{label}: ℓ = {formula}")
        self.grad_widget.setToolTip(translate("shape_views", "{loss}: slope {formula}").format(loss=label,
                                                                                                formula=slope_formula))


class NoiseView(QWidget, theme.Styled):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sentence = QLabel()
        self.sentence.setWordWrap(True)
        self.sentence.setTextFormat(Qt.TextFormat.RichText)
        self.plot_widget = pg.PlotWidget(axisItems=theme.axes())
        plot = self.plot = self.plot_widget.getPlotItem()
        plot.setLabel("bottom", translate("shape_views", "residual r = y − p"))
        plot.setLabel("left", translate("shape_views", "density"))
        self.bars = pg.BarGraphItem(x=[], height=[], width=1, brush=theme.colour(theme.SKY_BLUE, 0.6),
                                    pen=pg.mkPen(theme.BLUE, width=1))
        plot.addItem(self.bars)
        self.curve = plot.plot()
        self.assumed: NoiseModel | None = None  # the noise the loss assumes, fitted to the residuals
        self.styled(self._style_items)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(TextBox(self.sentence))
        layout.addWidget(self.plot_widget, 1)

    def _style_items(self) -> None:
        theme.style_plot(self.plot)
        self.curve.setPen(theme.pen(theme.VERMILLION, theme.Sizes.line + 1))

    def show_lesson(self, lesson: Lesson) -> None:
        """The noise of the lesson's current fit: its residuals' (a loss of the error), or the
        probability of each count (a loss whose mean is exp(f), the log link)."""
        loss, objective = lesson.settings.loss_(), lesson.objective
        beta = lesson.descent.coefficients
        if loss.link == "log" and objective is not None and np.all(np.isfinite(beta)):
            with np.errstate(all="ignore"):
                f = objective.predict(beta)
            points = lesson.points.training  # J's points: the held-out ones are not the fit's
            self.show_counts(lesson.settings, points.x, points.y, f, lesson.descent.value)
            return
        errors = errors_of(lesson)
        self.show_noise(lesson.settings, None if errors is None else -errors, lesson.descent.value)

    def _axes(self, bottom: str, left: str) -> None:
        self.plot.setLabel("bottom", bottom)
        self.plot.setLabel("left", left)

    def show_counts(self, settings: FitSettings, x: Array, y: Array, f: Array, objective: float) -> None:
        """Each count y at its x as a bar as high as the probability P(Y = y) the fit gives it, Y ~
        Poisson(exp(f(x))); the curve: the probability of the most likely count there."""
        loss = loss_of(settings)
        self.assumed = None
        self._axes("x", translate("shape_views", "P(Y = y) under Poisson(exp(f(x)))"))
        ok = np.isfinite(f)
        if len(y) < 1 or not np.any(ok):
            self.bars.setOpts(x=[], height=[], width=1)
            self.curve.setData([], [])
            self.sentence.setText(translate("shape_views", "Add points (counts y ≥ 0) to see the probability the fit"
                                            " gives each."))
            return
        prob = np.asarray(loss.probabilities(f[ok], y[ok]))  # type: ignore[attr-defined]
        xs = np.asarray(x, float)[ok]
        span = float(np.ptp(xs)) if len(xs) > 1 else 1.0
        self.bars.setOpts(x=xs, height=prob, width=max(span, 1e-12) / max(3 * len(xs), 30))
        order = np.argsort(xs)
        mean = np.asarray(loss.mean(f[ok]))[order]
        most_likely = np.floor(mean)  # the mode of a Poisson distribution of mean μ is ⌊μ⌋
        self.curve.setData(xs[order], loss.probabilities(f[ok][order], most_likely))  # type: ignore[attr-defined]
        nll = float(-np.sum(np.log(np.maximum(prob, 1e-300))))
        from scipy.special import gammaln

        constant = float(np.sum(gammaln(y[ok] + 1.0)))
        self.sentence.setText(
            translate("shape_views", "Each bar is the probability the fit gives the count seen at that x; the curve the"
                      " probability of the most likely count there, as high as a bar can reach.") + "<br>"
            + translate("shape_views", "<b>Poisson counts</b>: y ~ Poisson(exp(f(x))).")
            + f" {core_tr(loss.noise_sentence)}<br>"
            + translate("shape_views", "Negative log-likelihood of the counts: <b>{nll}</b> = Σℓ + Σ log y! = {sum} +"
                        " {constant}; the loss J = {objective} (the mean of ℓ = exp(f) − y·f, without log y!, so it can"
                        " be negative). Minimising one minimises the other.").format(
                nll=number(nll, ".4g"), sum=number(nll - constant, ".4g"), constant=number(constant, ".4g"),
                objective=number(objective, ".4g")))

    def show_noise(self, settings: FitSettings, residuals: Array | None, objective: float) -> None:
        r = np.asarray(residuals if residuals is not None else [], float)
        r = r[np.isfinite(r)]
        loss = loss_of(settings)
        self._axes(translate("shape_views", "residual r = y − p"), translate("shape_views", "density"))
        largest = float(np.max(np.abs(r))) if len(r) else 0.0
        if not (loss.of_error and loss.noise) or len(r) < 2 or largest > REACH_LIMIT:
            self.bars.setOpts(x=[], height=[], width=1)
            self.curve.setData([], [])
            self.sentence.setText(translate("shape_views", "The residuals reach {largest}: too large to fit a noise to"
                                            " (their squares overflow).").format(largest=number(largest, ".3g"))
                                  if largest > REACH_LIMIT else
                                  translate("shape_views", "Add at least two points to see their residuals."))
            self.assumed = None
            return
        noise = self.assumed = fit_noise(loss, r)
        bins = int(np.clip(np.sqrt(len(r)) * 1.5, 6, 60))
        counts, edges = np.histogram(r, bins=bins)
        width = edges[1] - edges[0]
        self.bars.setOpts(x=(edges[:-1] + edges[1:]) / 2, height=counts / (len(r) * width), width=width * 0.95)
        reach = max(abs(edges[0]), abs(edges[-1])) * 1.3
        grid = np.linspace(-reach, reach, 600)
        self.curve.setData(grid, noise.density(grid))
        scale = f"σ = {number(noise.sigma, '.4g')}" if noise.kind == "squared" else f"τ = {number(noise.tau, '.4g')}"
        self.sentence.setText(
            translate("shape_views", "The bars are how far the points lie from the fit; the curve is the spread of"
                      " errors this loss expects (for MSE the bell-shaped Gaussian).") + "<br>"
            + translate("shape_views", "<b>{noise} noise</b>, fitted by maximum likelihood ({scale}).").format(
                noise=core_tr(noise.name), scale=scale)
            + f" {core_tr(noise.sentence)}<br>"
            + translate("shape_views", "Negative log-likelihood of the residuals: <b>{nll}</b> = Σℓ/τ + n·log Z(τ); the"
                        " loss J = {objective}. Minimising one minimises the other.").format(
                nll=number(noise.nll(r), ".4g"), objective=number(objective, ".4g"))
        )
