"""The loss-shape and noise views draw the core's losses and the maximum-likelihood noise."""

from __future__ import annotations

import numpy as np
import pytest

from lossexplorer.cli import main
from lossexplorer.core import make_loss


@pytest.mark.parametrize("loss, params", [("mse", {}), ("huber", {"delta": 0.7}), ("quantile", {"quantile": 0.2}),
                                          ("asymmetric", {"alpha": 4.0}), ("logcosh", {}), ("mae", {})])
def test_the_loss_shape_curves_are_the_cores_loss_and_gradient(qtbot, window, loss, params):
    window.lesson.change_settings(window.lesson.settings.with_(loss=loss, **params))
    window.show_view("loss-shape")
    window.flush()
    value_curve, grad_curve = window.loss_shape.curves["chosen"]
    e, value = value_curve.getData()
    _, grad = grad_curve.getData()
    want_value, want_grad = make_loss(loss, **params).loss_gradient(e, np.zeros_like(e))
    np.testing.assert_allclose(value, want_value, rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(grad, want_grad, rtol=1e-12, atol=1e-15)


def test_the_error_ticks_are_the_current_errors(qtbot, window):
    window.show_view("loss-shape")
    window.flush()
    ticks, _ = window.loss_shape.ticks[0].getData()
    lesson = window.lesson
    errors = lesson.model.predict(lesson.descent.coefficients, lesson.points.x) - lesson.points.y
    np.testing.assert_allclose(np.sort(ticks), np.sort(errors))


def test_huber_ticks_beyond_delta_are_counted(qtbot, window):
    window.lesson.change_settings(window.lesson.settings.with_(loss="huber", delta=0.5))
    window.show_view("loss-shape")
    window.flush()
    lesson = window.lesson
    errors = lesson.model.predict(lesson.descent.coefficients, lesson.points.x) - lesson.points.y
    beyond = int(np.sum(np.abs(errors) > 0.5))
    assert f"{beyond} of {len(errors)} points" in window.loss_shape.formula.text()


@pytest.mark.parametrize("loss, scale", [
    ("mse", lambda r: np.sqrt(np.mean(r**2))),
    ("mae", lambda r: np.mean(np.abs(r))),
])
def test_the_noise_views_scale_is_the_maximum_likelihood_one(qtbot, window, loss, scale):
    window.lesson.change_settings(window.lesson.settings.with_(loss=loss))
    window.show_view("noise")
    window.flush()
    model = window.noise.assumed
    r = window.lesson.points.y - window.lesson.model.predict(window.lesson.descent.coefficients, window.lesson.points.x)
    got = model.sigma if loss == "mse" else model.tau
    assert got == pytest.approx(scale(r), rel=1e-12)
    assert model.name in window.noise.sentence.text()


@pytest.mark.parametrize("view", ["landscape", "loss-shape", "noise"])
def test_screenshot_mode_renders_each_view(qtbot, tmp_path, view):
    out = tmp_path / f"{view}.png"
    assert main(["--screenshot", str(out), "--view", view, "--epochs", "20", "--size", "1280x720"]) == 0
    assert out.stat().st_size > 10_000
