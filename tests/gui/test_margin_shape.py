"""The loss-shape view of a classification loss: ℓ and dℓ/dm against the margin m = t·z, drawn from the core."""

from __future__ import annotations

import numpy as np
import pytest

from lossexplorer.core import make_loss
from lossexplorer.core.losses import CLASSIFICATION_LOSSES, LOSSES
from lossexplorer.gui.settings import FitSettings
from lossexplorer.gui.shape_views import COMPARED, COMPARED_MARGIN, MARGIN_LIMIT, ZERO_ONE, LossShapeView

MARGINS = np.array([-3.2, -0.4, 0.0, 0.3, 1.0, 1.7, 2.5, 6.0])

#: the binary losses, drawn against the margin (the cross-entropy of K classes against p̂)
MARGIN_LOSSES = tuple(n for n in CLASSIFICATION_LOSSES if not LOSSES[n].multiclass)


@pytest.fixture
def view(qtbot):
    v = LossShapeView()
    qtbot.addWidget(v)
    v.resize(900, 600)
    v.show()
    qtbot.waitExposed(v)
    return v


def classify(loss: str, **changes) -> FitSettings:
    return FitSettings(model="logistic", loss=loss, **changes)


def curve(view: LossShapeView, name: str, which: int = 0) -> tuple[np.ndarray, np.ndarray]:
    x, y = view.curves[name][which].getData()
    return (np.array([]), np.array([])) if x is None else (np.asarray(x), np.asarray(y))


def legend_labels(view: LossShapeView) -> list[str]:
    return [label.text for _, label in view.legend.items]


def axis_label(view: LossShapeView, plot: str, axis: str) -> str:
    widget = view.value_widget if plot == "value" else view.grad_widget
    return widget.getPlotItem().getAxis(axis).labelText


def title(view: LossShapeView, plot: str) -> str:
    widget = view.value_widget if plot == "value" else view.grad_widget
    return widget.getPlotItem().titleLabel.text


@pytest.mark.parametrize("loss, params", [("bce", {}), ("hinge", {}), ("focal", {"gamma": 2.0}),
                                          ("focal", {"gamma": 0.5}), ("focal", {"gamma": 0.0})])
def test_the_margin_curves_are_the_cores_loss_for_either_class(view, loss, params):
    view.show_shape(classify(loss, **params), MARGINS)
    m, value = curve(view, "chosen")
    _, grad = curve(view, "chosen", 1)
    assert len(m) > 100 and np.all(np.diff(m) > 0)
    core = make_loss(loss, **params)
    # a label-1 point at z = m: t·z = m, dℓ/dm = dℓ/dz
    want1, grad1 = core.loss_gradient(m, np.ones_like(m))
    # a label-0 point at z = −m: t·z = m, dℓ/dm = −dℓ/dz
    want0, grad0 = core.loss_gradient(-m, np.zeros_like(m))
    np.testing.assert_allclose(value, want1, rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(value, want0, rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(grad, grad1, rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(grad, -grad0, rtol=1e-9, atol=1e-12)
    assert np.all(np.isfinite(value)) and np.all(np.isfinite(grad))


@pytest.mark.parametrize("loss", ("bce", "hinge", "focal"))  # the losses that rise without end (Brier tends to 1)
def test_the_margin_loss_is_stable_far_from_the_boundary(loss):
    core = make_loss(loss)
    value, grad = core.curve(np.array([-30.0, -700.0, 30.0, 700.0]))
    assert np.all(np.isfinite(value)) and np.all(np.isfinite(grad))
    want_far = {"bce": 30.0, "hinge": 31.0, "focal": 30.0}[loss]
    assert value[0] == pytest.approx(want_far, rel=1e-12)
    assert value[1] == pytest.approx(want_far - 30.0 + 700.0, rel=1e-12)
    assert grad[0] == pytest.approx(-1.0, rel=1e-9) and grad[1] == pytest.approx(-1.0, rel=1e-12)
    assert 0.0 <= value[2] < 1e-12 and 0.0 <= value[3] < 1e-300
    if loss == "bce":  # log(1 + e^(−30)) to full relative precision, not the rounding left of log(1 + e^30) − 30
        assert value[2] == pytest.approx(np.log1p(np.exp(-30.0)), rel=1e-12)
        assert grad[2] == pytest.approx(-1.0 / (1.0 + np.exp(30.0)), rel=1e-12)


def test_the_faint_curves_are_the_other_classification_losses_and_the_zero_one_step(view):
    view.show_shape(classify("bce", gamma=0.5), MARGINS)
    m, _ = curve(view, "chosen")
    for name, core in (("bce", make_loss("bce")), ("hinge", make_loss("hinge")),
                       ("focal", make_loss("focal", gamma=2.0))):  # γ = 2 while focal is not the one chosen
        x, value = curve(view, name)
        _, grad = curve(view, name, 1)
        np.testing.assert_array_equal(x, m)
        want, want_grad = core.loss_gradient(x, np.ones_like(x))
        np.testing.assert_allclose(value, want, rtol=1e-9, atol=1e-12)
        np.testing.assert_allclose(grad, want_grad, rtol=1e-9, atol=1e-12)
    x, step = curve(view, ZERO_ONE)
    assert step[x < 0].min() == 1.0 and x[0] == m[0] and x[-1] == m[-1]
    assert np.all(step[x > 0] == 0.0)
    assert "focal γ=2" in legend_labels(view) and "0-1 loss" in legend_labels(view)
    for name in COMPARED:
        assert len(curve(view, name)[0]) == 0 and not view.curves[name][0].isVisible()

    view.show_shape(classify("focal", gamma=0.5), MARGINS)
    x, value = curve(view, "focal")
    np.testing.assert_allclose(value, make_loss("focal", gamma=0.5).loss_gradient(x, np.ones_like(x))[0],
                               rtol=1e-9, atol=1e-12)
    assert "focal γ=0.5" in legend_labels(view)


def test_the_ticks_are_the_given_margins(view):
    margins = np.array([*MARGINS, np.nan])
    view.show_shape(classify("bce"), margins)
    for ticks in view.ticks:
        x, y = ticks.getData()
        np.testing.assert_array_equal(np.sort(x), np.sort(MARGINS))
        np.testing.assert_array_equal(y, 0.0)
    assert "2 of 8 points" in view.formula.text()  # −3.2 and −0.4: misclassified; 0 is on the boundary


def test_the_axis_spans_minus_four_to_four_widened_to_the_ticks_within_a_limit(view):
    plot = view.value_widget.getPlotItem()
    view.show_shape(classify("bce"), np.array([0.5, 1.0]))
    m, _ = curve(view, "chosen")
    assert (m[0], m[-1]) == (-4.0, 4.0)
    (lo, hi), _ = plot.viewRange()
    assert lo <= -4.0 and hi >= 4.0 and hi < 4.5
    view.show_shape(classify("bce"), np.array([-7.0, 0.5, 9.0]))
    m, _ = curve(view, "chosen")
    assert m[0] <= -7.0 and m[-1] >= 9.0
    (lo, hi), _ = plot.viewRange()
    assert lo <= -7.0 and hi >= 9.0
    view.show_shape(classify("bce"), np.array([-500.0, 0.5]))
    m, value = curve(view, "chosen")
    assert m[0] == -MARGIN_LIMIT and np.all(np.isfinite(value))
    assert "1 lie beyond" in view.formula.text()
    _, (bottom, top) = plot.viewRange()
    assert bottom <= 0.0 and top >= value.max()  # the chosen curve is on screen


def test_the_boundary_line_and_hinges_margin_line(view):
    view.show_shape(classify("hinge"), MARGINS)
    for line in view.boundary_lines:
        assert line.isVisible() and line.value() == 0.0
    for line in view.margin_lines:
        assert line.isVisible() and line.value() == 1.0
    assert "m < 1" in view.formula.text().replace("&lt;", "<")
    view.show_shape(classify("bce"), MARGINS)
    assert all(line.isVisible() and line.value() == 0.0 for line in view.boundary_lines)
    assert not any(line.isVisible() for line in view.margin_lines)


@pytest.mark.parametrize("loss", MARGIN_LOSSES)
def test_titles_labels_and_hover_text_speak_of_the_margin(view, loss):
    view.show_shape(classify(loss), MARGINS)
    assert axis_label(view, "value", "bottom") == "margin t·z"
    assert axis_label(view, "grad", "bottom") == "margin t·z"
    assert axis_label(view, "grad", "left") == "dℓ/dm"
    assert "ℓ(m)" in title(view, "value") and "dℓ/dm" in title(view, "grad")
    assert "ℓ(m) =" in view.value_widget.toolTip() and "dℓ/dm" in view.grad_widget.toolTip()
    assert "ℓ(m) =" in view.formula.text()


def test_switching_to_regression_and_back_leaves_nothing_behind(view):
    errors = np.array([-1.0, 0.2, 1.5, 2.0])
    regression = FitSettings(loss="mse")
    view.show_shape(regression, errors)
    before = {"value": title(view, "value"), "grad": title(view, "grad"), "bottom": axis_label(view, "value", "bottom"),
              "left": axis_label(view, "grad", "left"), "legend": legend_labels(view)}

    view.show_shape(classify("bce"), MARGINS)
    view.show_shape(classify("hinge"), MARGINS)
    view.show_shape(regression, errors)

    assert {"value": title(view, "value"), "grad": title(view, "grad"), "bottom": axis_label(view, "value", "bottom"),
            "left": axis_label(view, "grad", "left"), "legend": legend_labels(view)} == before
    assert before["bottom"] == "error e = p − y" and before["left"] == "dℓ/de"
    # each faint curve is named with the parameters it is drawn with
    assert before["legend"] == ["the chosen loss", "mse", "mae", "huber δ=1", "logcosh", "quantile q=0.5",
                                "asymmetric α=2"]
    e, value = curve(view, "chosen")
    _, grad = curve(view, "chosen", 1)
    want, want_grad = make_loss("mse").loss_gradient(e, np.zeros_like(e))
    np.testing.assert_allclose(value, want, rtol=1e-12)
    np.testing.assert_allclose(grad, want_grad, rtol=1e-12)
    for name in COMPARED:
        x, y = curve(view, name)
        np.testing.assert_array_equal(x, e)
        np.testing.assert_allclose(y, make_loss(name).loss_gradient(x, np.zeros_like(x))[0], rtol=1e-12)
        assert view.curves[name][0].isVisible()
    for name in (*COMPARED_MARGIN, ZERO_ONE):
        for which in (0, 1):
            assert len(curve(view, name, which)[0]) == 0 and not view.curves[name][which].isVisible()
    assert not any(line.isVisible() for line in (*view.boundary_lines, *view.margin_lines))
    ticks, _ = view.ticks[0].getData()
    np.testing.assert_array_equal(np.sort(ticks), np.sort(errors))
    assert "ℓ(e)" in view.value_widget.toolTip() and "margin" not in view.formula.text()

    view.show_shape(classify("bce"), MARGINS)
    m, value = curve(view, "chosen")
    np.testing.assert_allclose(value, make_loss("bce").loss_gradient(-m, np.zeros_like(m))[0], rtol=1e-12)
    assert axis_label(view, "value", "bottom") == "margin t·z"
    assert legend_labels(view) == ["the chosen loss", "bce", "hinge", "focal γ=2", "brier", "0-1 loss"]
    for name in COMPARED:
        assert len(curve(view, name)[0]) == 0


def test_projector_restyle_keeps_the_margin_titles(view):
    from lossexplorer.gui import theme

    view.show_shape(classify("focal"), MARGINS)
    theme.set_projector(True)
    view.restyle()
    assert "ℓ(m)" in title(view, "value") and axis_label(view, "value", "bottom") == "margin t·z"
