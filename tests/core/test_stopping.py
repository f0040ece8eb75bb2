"""The stop rule: off by default; J settled to a relative tolerance over K epochs, or a flat
gradient, ends the run at the epoch a plain loop finds, says why, and a switch goes on."""

import math

import numpy as np
import pytest

from lossexplorer.core import Descent, GradientDescent, InputError, StopRule, fit, make_objective, preset

NOISY = preset("noisy-line")
X, Y = NOISY.x, NOISY.y


def plain_gd(obj, lr, epochs):
    """β, J and ‖∇J‖ of each record of plain gradient descent."""
    beta = np.zeros(obj.n_coefficients)
    records = []
    for _ in range(epochs + 1):
        value, grad = obj.value_and_grad(beta)
        records.append((beta, value, float(np.linalg.norm(grad))))
        beta = beta - lr * grad
    return records


def test_the_stop_rule_is_off_by_default():
    r = fit(X, Y, lr=0.05, epochs=500)
    assert r.epochs_run == 500
    assert not r.stopped and r.stop_reason == "" and r.message == ""
    assert not StopRule().active


def test_a_settled_j_stops_the_run_at_the_first_epoch_a_plain_loop_finds():
    tol, window = 1e-9, 10
    r = fit(X, Y, lr=0.05, epochs=5000, stop=StopRule(tol=tol, window=window))
    records = plain_gd(make_objective(X, Y), 0.05, 5000)
    values = [value for _, value, _ in records]
    first = next(
        t
        for t in range(window, len(values))
        if max(values[t - window : t + 1]) - min(values[t - window : t + 1])
        <= tol * max(abs(v) for v in values[t - window : t + 1])
    )
    assert 50 < first < 5000
    assert r.epochs_run == first
    np.testing.assert_allclose(r.path, [beta for beta, _, _ in records[: first + 1]], rtol=1e-12)
    assert r.stopped and not r.diverged
    assert r.stop_reason == "J changed by less than 1e-9 (relative) over 10 epochs"
    assert r.message == f"stopped after epoch {first}: J changed by less than 1e-9 (relative) over 10 epochs"


def test_a_flat_gradient_stops_the_run_where_its_norm_first_falls_below_the_tolerance():
    r = fit(X, Y, lr=0.05, epochs=5000, stop=StopRule(grad_tol=1e-6))
    records = plain_gd(make_objective(X, Y), 0.05, 5000)
    first = next(t for t, (_, _, norm) in enumerate(records) if norm <= 1e-6)
    assert r.epochs_run == first
    assert records[first - 1][2] > 1e-6
    assert r.stop_reason.startswith("the gradient's norm ") and r.stop_reason.endswith(" fell below 1e-6")


def test_a_start_with_a_flat_gradient_runs_no_epoch():
    x = np.array([0.0, 1.0, 2.0])
    r = fit(x, 2 * x + 1, lr=0.1, epochs=50, init=[1.0, 2.0], stop=StopRule(grad_tol=1e-12))
    assert r.epochs_run == 0 and r.stopped
    assert r.message.startswith("stopped after epoch 0: the gradient's norm ")
    assert r.message.endswith(" fell below 1e-12")


def test_a_zig_zag_that_repeats_is_not_taken_for_a_settled_j():
    # sign descent on MAE of a constant swings between c = 0.05 and −0.05 for ever: J two epochs
    # apart is the same, but J never settles, so the band over the window never closes
    y = np.array([0.0, 0.0, 10.0])
    r = fit(np.zeros(3), y, "mae", "bias", "sign", lr=0.1, epochs=100, init=[0.05], stop=StopRule(1e-9, 2))
    np.testing.assert_allclose(r.path[-4:, 0], [-0.05, 0.05, -0.05, 0.05], rtol=1e-12)
    assert r.objective[-1] == r.objective[-3] != r.objective[-2]
    assert r.epochs_run == 100 and not r.stopped


def test_the_descent_stops_says_why_and_goes_on_after_a_switch():
    obj = make_objective(X, Y)
    run = Descent(obj, GradientDescent(lr=0.05), stop=StopRule(tol=1e-6, window=5))
    records = list(run.records(10_000))
    assert run.stopped and run.epoch == records[-1].epoch < 10_000
    assert run.step() is False
    assert run.message.startswith(f"stopped after epoch {run.epoch}: J changed by less than 1e-6")
    epoch = run.epoch
    run.switch(stop=StopRule())  # the rule off: the same descent goes on
    assert not run.stopped and run.message == "" and run.stop_reason == ""
    assert run.step() and run.epoch == epoch + 1


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"tol": 0.0}, "stop tolerance must be a positive number, got 0"),
        ({"tol": math.inf}, "stop tolerance must be a positive number, got inf"),
        ({"window": 0}, "stop window must be 1 or more, got 0"),
        ({"grad_tol": -1e-3}, "gradient tolerance must be a positive number, got -0.001"),
    ],
)
def test_bad_stop_rules_are_refused_in_one_line(settings, message):
    with pytest.raises(InputError, match=message):
        StopRule(**settings)
