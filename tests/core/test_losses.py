"""Every loss's per-point value and derivative on hand-computed cases, and its parameter checks."""

import math

import numpy as np
import pytest

from lossexplorer.core import LOSS_NAMES, InputError, make_loss, make_objective


def values(name, p, y, **params):
    loss = make_loss(name, **params)
    return loss.value(np.asarray(p, float), np.asarray(y, float))


def grads(name, p, y, **params):
    loss = make_loss(name, **params)
    return loss.gradient(np.asarray(p, float), np.asarray(y, float))


# errors e = p − y of the hand case: [1, 0, −2, 3]
P = [2.0, 5.0, 1.0, 7.0]
Y = [1.0, 5.0, 3.0, 4.0]


# --- squared and absolute errors ---------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "per_point", "derivative"),
    [
        ("mse", [1.0, 0.0, 4.0, 9.0], [2.0, 0.0, -4.0, 6.0]),
        ("sse", [1.0, 0.0, 4.0, 9.0], [2.0, 0.0, -4.0, 6.0]),
        ("half-sse", [0.5, 0.0, 2.0, 4.5], [1.0, 0.0, -2.0, 3.0]),
        ("mae", [1.0, 0.0, 2.0, 3.0], [1.0, 0.0, -1.0, 1.0]),
        ("sae", [1.0, 0.0, 2.0, 3.0], [1.0, 0.0, -1.0, 1.0]),
    ],
)
def test_squared_and_absolute_errors_per_point(name, per_point, derivative):
    np.testing.assert_array_equal(values(name, P, Y), per_point)
    np.testing.assert_array_equal(grads(name, P, Y), derivative)


@pytest.mark.parametrize(
    ("name", "objective"),
    [("mse", 14.0 / 4), ("sse", 14.0), ("half-sse", 7.0), ("mae", 6.0 / 4), ("sae", 6.0)],
)
def test_mean_losses_average_and_sum_losses_add_up(name, objective):
    # bias model at c = 3 on y = [2, 3, 5, 0]: e = [1, 0, −2, 3]
    obj = make_objective(np.arange(4.0), np.array([2.0, 3.0, 5.0, 0.0]), name, "bias")
    assert obj.value(np.array([3.0])) == pytest.approx(objective, rel=1e-15)


def test_half_sse_gradient_is_the_error():
    e = np.array([-3.5, 0.25, 2.0])
    np.testing.assert_array_equal(grads("half-sse", e, np.zeros(3)), e)


def test_mae_subgradient_is_zero_at_zero_error():
    assert grads("mae", [4.0], [4.0])[0] == 0.0
    assert grads("sae", [-1.5], [-1.5])[0] == 0.0


def test_mae_subgradient_is_the_sign_of_the_error():
    np.testing.assert_array_equal(grads("mae", [1e-9, -1e-9, 50.0], [0.0, 0.0, 60.0]), [1.0, -1.0, -1.0])


# --- Huber and log-cosh ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("delta", "e", "expected"),
    [
        (1.0, 0.5, 0.125),  # ½e² inside δ
        (1.0, -0.5, 0.125),
        (1.0, 1.0, 0.5),  # ½δ² at the joint: both pieces agree
        (1.0, 3.0, 2.5),  # δ(|e| − ½δ) outside
        (1.0, -2.0, 1.5),
        (2.0, 3.0, 4.0),
        (2.0, 1.5, 1.125),
        (0.1, 10.0, 0.1 * (10.0 - 0.05)),
    ],
)
def test_huber_is_half_square_inside_delta_and_linear_outside(delta, e, expected):
    assert values("huber", [e], [0.0], delta=delta)[0] == pytest.approx(expected, rel=1e-15)


def test_huber_gradient_is_the_error_clipped_to_delta():
    e = np.array([-5.0, -0.3, 0.0, 0.7, 2.0])
    np.testing.assert_array_equal(grads("huber", e, np.zeros(5), delta=0.8), [-0.8, -0.3, 0.0, 0.7, 0.8])


def test_huber_default_delta_is_one():
    assert make_loss("huber").params() == {"delta": 1.0}


@pytest.mark.parametrize("e", [-2.5, -0.3, 0.0, 1e-4, 0.7, 4.0, 20.0])
def test_logcosh_equals_log_of_cosh_where_cosh_is_representable(e):
    # the overflow-free form |e| + log1p(exp(−2|e|)) − log 2 is exact to rounding of log 2
    assert values("logcosh", [e], [0.0])[0] == pytest.approx(math.log(math.cosh(e)), rel=1e-14, abs=2e-16)
    assert grads("logcosh", [e], [0.0])[0] == pytest.approx(math.tanh(e), rel=1e-15)


@pytest.mark.parametrize("e", [1000.0, -1000.0])
def test_logcosh_at_a_huge_error_is_finite_and_equals_abs_e_minus_log_2(e):
    with np.errstate(over="raise", divide="raise", invalid="raise"):  # cosh(1000) overflows: it must never be formed
        value = values("logcosh", [e], [0.0])[0]
        slope = grads("logcosh", [e], [0.0])[0]
    assert math.isfinite(value)
    assert value == pytest.approx(1000.0 - math.log(2.0), rel=1e-12)
    assert slope == math.copysign(1.0, e)


# --- pinball and asymmetric --------------------------------------------------------------


@pytest.mark.parametrize("e", [-3.0, -0.5, 0.0, 0.25, 7.0])
def test_quantile_one_half_is_half_the_absolute_error(e):
    assert values("quantile", [e], [0.0], quantile=0.5)[0] == pytest.approx(0.5 * abs(e), rel=1e-15)


def test_quantile_charges_q_for_under_prediction_and_one_minus_q_for_over_prediction():
    # p = 0, y = 2: residual r = 2 > 0, under-prediction, costs q·r
    assert values("quantile", [0.0], [2.0], quantile=0.9)[0] == pytest.approx(1.8, rel=1e-15)
    # p = 2, y = 0: r = −2, over-prediction, costs (1 − q)·|r|
    assert values("quantile", [2.0], [0.0], quantile=0.9)[0] == pytest.approx(0.2, rel=1e-14)
    np.testing.assert_allclose(grads("quantile", [0.0, 2.0, 1.0], [2.0, 0.0, 1.0], quantile=0.9), [-0.9, 0.1, 0.0])


def test_asymmetric_under_prediction_costs_alpha_times_more():
    alpha = 3.0
    under = values("asymmetric", [1.0], [3.0], alpha=alpha)[0]  # p < y by 2
    over = values("asymmetric", [5.0], [3.0], alpha=alpha)[0]  # p > y by 2
    assert over == 2.0
    assert under == 6.0
    assert under == alpha * over
    np.testing.assert_array_equal(grads("asymmetric", [1.0, 5.0, 3.0], [3.0, 3.0, 3.0], alpha=alpha), [-3.0, 1.0, 0.0])


def test_asymmetric_default_alpha_is_two():
    assert values("asymmetric", [0.0], [1.0])[0] == 2.0


# --- classification: the prediction is the logit z ----------------------------------------


@pytest.mark.parametrize(
    ("z", "label", "expected"),
    [
        (0.0, 1.0, math.log(2.0)),
        (0.0, 0.0, math.log(2.0)),
        (2.0, 1.0, math.log1p(math.exp(-2.0))),
        (2.0, 0.0, math.log1p(math.exp(2.0))),
        (-1.5, 1.0, math.log1p(math.exp(1.5))),
    ],
)
def test_bce_on_hand_cases(z, label, expected):
    assert values("bce", [z], [label])[0] == pytest.approx(expected, rel=1e-14)
    sigma = 1.0 / (1.0 + math.exp(-z))
    assert grads("bce", [z], [label])[0] == pytest.approx(sigma - label, rel=1e-14, abs=1e-16)


@pytest.mark.parametrize(
    ("z", "label", "expected"), [(800.0, 1.0, 0.0), (800.0, 0.0, 800.0), (-800.0, 1.0, 800.0), (-800.0, 0.0, 0.0)]
)
def test_bce_at_huge_logits_is_finite_and_never_takes_log_of_zero(z, label, expected):
    with np.errstate(over="raise", divide="raise", invalid="raise"):
        value = values("bce", [z], [label])[0]
        slope = grads("bce", [z], [label])[0]
    assert value == pytest.approx(expected, abs=1e-12)
    assert math.isfinite(slope)
    assert abs(slope) == pytest.approx(abs(label - (z > 0)), abs=1e-300)


@pytest.mark.parametrize(
    ("z", "label", "expected", "slope"),
    [
        (0.5, 1.0, 0.5, -1.0),
        (2.0, 1.0, 0.0, 0.0),
        (0.5, 0.0, 1.5, 1.0),
        (-3.0, 0.0, 0.0, 0.0),
        (-0.25, 1.0, 1.25, -1.0),
    ],
)
def test_hinge_on_hand_cases(z, label, expected, slope):
    assert values("hinge", [z], [label])[0] == expected
    assert grads("hinge", [z], [label])[0] == slope


@pytest.mark.parametrize("label", [0.0, 1.0])
def test_focal_with_gamma_zero_equals_bce(label):
    z = np.linspace(-30.0, 30.0, 61)
    y = np.full_like(z, label)
    # to rounding on the scale of the logit (bce's log(1 + e^z) − y·z cancels when the point is easy)
    np.testing.assert_allclose(values("focal", z, y, gamma=0.0), values("bce", z, y), rtol=1e-13, atol=1e-14)
    np.testing.assert_allclose(grads("focal", z, y, gamma=0.0), grads("bce", z, y), rtol=1e-13, atol=1e-15)


def test_focal_down_weights_easy_points_by_one_minus_p_t_to_the_gamma():
    # z = 0: p_t = ½, so ℓ = ½^γ·log 2
    assert values("focal", [0.0], [1.0], gamma=2.0)[0] == pytest.approx(0.25 * math.log(2.0), rel=1e-15)
    # z = 2, y = 1: p_t = σ(2)
    pt = 1.0 / (1.0 + math.exp(-2.0))
    assert values("focal", [2.0], [1.0], gamma=3.0)[0] == pytest.approx((1 - pt) ** 3 * -math.log(pt), rel=1e-13)


@pytest.mark.parametrize("z", [800.0, -800.0])
def test_focal_at_huge_logits_is_finite(z):
    with np.errstate(over="raise", divide="raise", invalid="raise"):
        both = values("focal", [z, z], [0.0, 1.0], gamma=2.0)
        slopes = grads("focal", [z, z], [0.0, 1.0], gamma=2.0)
    assert np.all(np.isfinite(both))
    assert np.all(np.isfinite(slopes))
    assert both.max() == pytest.approx(800.0, rel=1e-12)  # the badly wrong point, weight (1 − p_t)^γ = 1


# --- parameters and names -----------------------------------------------------------------


@pytest.mark.parametrize("q", [0.0, 1.0, -0.1, 1.5, math.nan, math.inf])
def test_quantile_outside_zero_one_is_refused(q):
    with pytest.raises(InputError, match="quantile must lie strictly between 0 and 1"):
        make_loss("quantile", quantile=q)


@pytest.mark.parametrize("delta", [0.0, -1.0, math.nan, math.inf])
def test_huber_delta_must_be_positive(delta):
    with pytest.raises(InputError, match="delta must be a positive number"):
        make_loss("huber", delta=delta)


@pytest.mark.parametrize("alpha", [0.0, -2.0, math.nan])
def test_asymmetric_alpha_must_be_positive(alpha):
    with pytest.raises(InputError, match="alpha must be a positive number"):
        make_loss("asymmetric", alpha=alpha)


@pytest.mark.parametrize("gamma", [-0.5, -1e-12, math.nan, math.inf])
def test_focal_gamma_must_be_zero_or_more(gamma):
    with pytest.raises(InputError, match="gamma must be 0 or more"):
        make_loss("focal", gamma=gamma)


def test_focal_gamma_zero_is_allowed():
    assert make_loss("focal", gamma=0.0).params() == {"gamma": 0.0}


@pytest.mark.parametrize("name", ["MSE", "l2", "huber ", "", "cross-entropy"])
def test_unknown_loss_name_is_refused_with_the_list_of_valid_names(name):
    with pytest.raises(InputError) as info:
        make_loss(name)
    message = str(info.value)
    assert f"unknown loss '{name}'" in message
    for valid in LOSS_NAMES:
        assert valid in message
    assert "\n" not in message


def test_input_error_is_a_value_error():
    with pytest.raises(ValueError):
        make_loss("nope")


@pytest.mark.parametrize(
    ("name", "reduction"),
    [
        ("mse", "mean"),
        ("sse", "sum"),
        ("half-sse", "sum"),
        ("mae", "mean"),
        ("sae", "sum"),
        ("huber", "mean"),
        ("logcosh", "mean"),
        ("quantile", "mean"),
        ("asymmetric", "mean"),
        ("bce", "mean"),
        ("hinge", "mean"),
        ("focal", "mean"),
    ],
)
def test_each_loss_has_the_designed_default_reduction(name, reduction):
    assert make_loss(name).reduction == reduction
