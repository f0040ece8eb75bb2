"""The optimizers as small objects with explicit state: the registry and its tables, the
factory `make_optimizer(name, ...)`, each update rule against its formula, sign
descent's steps of exactly L, and a descent that switches optimizer mid-run."""

import math

import numpy as np
import pytest

from lossexplorer.core import (
    OPTIMIZER_NAMES,
    OPTIMIZERS,
    Adam,
    Descent,
    GradientDescent,
    InputError,
    Momentum,
    Optimizer,
    SignDescent,
    StochasticGradientDescent,
    fit,
    make_objective,
    make_optimizer,
    preset,
)

NOISY = preset("noisy-line")
X, Y = NOISY.x, NOISY.y
# points above the line y = 0 through the start: every residual stays positive for 14 epochs
ABOVE_X = np.array([1.0, 2.0, 3.0, 4.0])
ABOVE_Y = np.array([3.0, 5.0, 8.0, 9.0])


# --- the registry -----------------------------------------------------------------------------


def test_the_registry_lists_every_optimizer_in_menu_order():
    assert OPTIMIZER_NAMES == ("gd", "sgd", "momentum", "adam", "sign")
    assert tuple(OPTIMIZERS) == OPTIMIZER_NAMES
    assert [cls.name for cls in OPTIMIZERS.values()] == list(OPTIMIZER_NAMES)
    assert OPTIMIZERS["sign"] is SignDescent
    assert SignDescent.title == "sign of the gradient"


@pytest.mark.parametrize("name", OPTIMIZER_NAMES)
def test_each_optimizer_has_a_title_a_tooltip_and_a_table_of_settings_that_starts_with_the_rate(name):
    cls = OPTIMIZERS[name]
    assert cls.title and cls.tooltip
    assert cls.parameters[0].name == "lr"
    made = cls()
    for p in cls.parameters:
        assert p.symbol and p.tip
        low, high = p.span
        assert low <= p.default <= high
        assert p.contains(p.default) and p.contains(low) and p.contains(high)
        assert getattr(made, p.name) == p.default
    assert list(made.settings()) == [p.name for p in cls.parameters]


def test_the_sign_tooltip_says_how_it_differs_from_the_subgradient():
    tip = SignDescent.tooltip
    assert "β ← β − L·sign(∇J)" in tip
    assert "exactly L" in tip
    assert "subgradient" in tip and "average" in tip


# --- the factory ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "cls", "own"),
    [
        ("gd", GradientDescent, {"lr": 0.2}),
        ("sgd", StochasticGradientDescent, {"lr": 0.2, "batch_size": 3}),
        ("momentum", Momentum, {"lr": 0.2, "momentum": 0.8}),
        ("adam", Adam, {"lr": 0.2, "beta1": 0.7, "beta2": 0.99, "eps": 1e-8}),
        ("sign", SignDescent, {"lr": 0.2}),
    ],
)
def test_the_factory_makes_the_named_class_with_its_own_settings(name, cls, own):
    made = make_optimizer(name, 0.2, batch_size=3, momentum=0.8, beta1=0.7, beta2=0.99)
    assert type(made) is cls
    assert isinstance(made, Optimizer)
    assert made.name == name
    assert made.settings() == own


def test_optimizer_is_a_plain_base_class_not_a_factory():
    assert type(Optimizer) is type
    with pytest.raises(TypeError):
        Optimizer("gd", 0.1)  # type: ignore[call-arg]


def test_a_batch_size_of_none_means_one():
    assert make_optimizer("sgd", 0.1, batch_size=None).batch_size == 1


@pytest.mark.parametrize(
    ("args", "settings", "message"),
    [
        (("gd", 0.0), {}, "learning rate must be a positive number, got 0"),
        (("gd", math.nan), {}, "learning rate must be a positive number, got nan"),
        (("gd", 0.1), {"batch_size": 0}, "batch size must be 1 or more, got 0"),
        (("gd", 0.1), {"batch_size": 2.5}, "batch size must be 1 or more, got 2.5"),
        (("gd", 0.1), {"momentum": 1.5}, r"momentum must lie in \[0, 1\), got 1.5"),
        (("sign", 0.1), {"beta1": -0.1}, r"beta1 must lie in \[0, 1\), got -0.1"),
        (("adam", 0.1), {"beta2": 1.0}, r"beta2 must lie in \[0, 1\), got 1"),
        (("newton", 0.1), {}, "unknown optimizer 'newton'; choose one of: gd, sgd, momentum, adam, sign"),
    ],
)
def test_every_setting_given_is_checked_even_one_the_rule_does_not_use(args, settings, message):
    # a session file must not hide a bad momentum behind gd
    with pytest.raises(InputError, match=message):
        make_optimizer(*args, **settings)


def test_a_class_checks_its_own_settings():
    with pytest.raises(InputError, match=r"momentum must lie in \[0, 1\), got 1"):
        Momentum(lr=0.1, momentum=1.0)
    with pytest.raises(InputError, match="learning rate must be a positive number, got -1"):
        SignDescent(lr=-1.0)


# --- the update rules ---------------------------------------------------------------------------

BETA = np.array([0.5, -1.5, 2.0])
GRAD = np.array([-3.0, 0.0, 0.25])


def test_gd_steps_against_the_gradient_and_keeps_no_state():
    opt = GradientDescent(lr=0.1)
    assert opt.init(BETA) is None
    after, state = opt.update(BETA, GRAD, None)
    np.testing.assert_array_equal(after, BETA - 0.1 * GRAD)
    assert state is None
    np.testing.assert_array_equal(opt.update(BETA, GRAD, None, lr=0.5)[0], BETA - 0.5 * GRAD)


def test_momentum_state_is_the_velocity():
    opt = Momentum(lr=0.1, momentum=0.5)
    v0 = opt.init(BETA)
    np.testing.assert_array_equal(v0, [0.0, 0.0, 0.0])
    beta1, v1 = opt.update(BETA, GRAD, v0)
    np.testing.assert_array_equal(v1, -0.1 * GRAD)
    beta2, v2 = opt.update(beta1, GRAD, v1)
    np.testing.assert_array_equal(v2, 0.5 * v1 - 0.1 * GRAD)
    np.testing.assert_array_equal(beta2, beta1 + v2)


def test_adam_state_holds_both_running_averages_and_the_step_count():
    opt = Adam(lr=0.1, beta1=0.8, beta2=0.9, eps=1e-8)
    m, v, t = opt.init(BETA)
    assert t == 0
    after, (m, v, t) = opt.update(BETA, GRAD, (m, v, t))
    assert t == 1
    np.testing.assert_allclose(m, 0.2 * GRAD, rtol=1e-15)
    np.testing.assert_allclose(v, 0.1 * GRAD**2, rtol=1e-15)
    m_hat, v_hat = m / (1 - 0.8), v / (1 - 0.9)
    np.testing.assert_allclose(after, BETA - 0.1 * m_hat / (np.sqrt(v_hat) + 1e-8), rtol=1e-15)


def test_an_update_leaves_its_inputs_alone():
    for name in OPTIMIZER_NAMES:
        opt = make_optimizer(name, 0.1)
        beta, grad = BETA.copy(), GRAD.copy()
        state = opt.init(beta)
        opt.update(beta, grad, state)
        np.testing.assert_array_equal(beta, BETA)
        np.testing.assert_array_equal(grad, GRAD)


def test_sign_descent_moves_each_coefficient_by_exactly_the_rate_whatever_the_gradient_size():
    opt = SignDescent(lr=0.1)
    after, state = opt.update(BETA, np.array([-1e6, 0.0, 1e-9]), None)
    np.testing.assert_array_equal(after, [0.5 + 0.1, -1.5, 2.0 - 0.1])
    assert state is None


def test_sign_descent_from_zero_on_points_above_the_line_rises_by_the_rate_each_epoch():
    r = fit(ABOVE_X, ABOVE_Y, "mae", optimizer="sign", lr=0.1, epochs=14)
    steps = np.diff(r.path, axis=0)
    np.testing.assert_allclose(steps, 0.1, rtol=0, atol=1e-15)
    np.testing.assert_allclose(r.path[:, 0], 0.1 * np.arange(15), rtol=0, atol=1e-15)  # c
    np.testing.assert_allclose(r.path[:, 1], 0.1 * np.arange(15), rtol=0, atol=1e-15)  # m
    # J falls by L·(x̄ + 1) an epoch while every residual is positive
    np.testing.assert_allclose(np.diff(r.objective), -0.1 * (ABOVE_X.mean() + 1), rtol=1e-12)


def test_gd_on_mae_moves_by_the_average_sign_not_by_the_rate():
    # the subgradient of MAE is −(1/n)·Σ xᵢ·sign(rᵢ): with residuals of both signs it is smaller
    x, y = np.array([1.0, 2.0, 3.0]), np.array([5.0, -5.0, 5.0])
    gd = fit(x, y, "mae", optimizer="gd", lr=0.1, epochs=1)
    sign = fit(x, y, "mae", optimizer="sign", lr=0.1, epochs=1)
    np.testing.assert_allclose(gd.path[1], [0.1 * (1 - 1 + 1) / 3, 0.1 * (1 - 2 + 3) / 3], rtol=1e-15)
    np.testing.assert_allclose(sign.path[1], [0.1, 0.1], rtol=1e-15)


# --- switching optimizer mid-descent -----------------------------------------------------------


def test_switching_optimizer_keeps_the_epoch_and_coefficients_and_restarts_its_state():
    obj = make_objective(X, Y)
    run = Descent(obj, Momentum(lr=0.01, momentum=0.9))
    for _ in range(5):
        run.step()
    kept_beta, kept_value = run.coefficients.copy(), run.value
    run.switch(Momentum(lr=0.02, momentum=0.5))
    assert run.epoch == 5
    np.testing.assert_array_equal(run.coefficients, kept_beta)
    assert run.value == kept_value
    np.testing.assert_array_equal(run.state, [0.0, 0.0])  # the velocity starts afresh
    run.step()
    velocity = -0.02 * obj.value_and_grad(kept_beta)[1]
    np.testing.assert_allclose(run.coefficients, kept_beta + velocity, rtol=1e-15)
    assert run.epoch == 6


def test_switching_to_adam_takes_a_first_adam_step_from_where_the_run_is():
    obj = make_objective(X, Y + 5.0)
    run = Descent(obj, GradientDescent(lr=0.01))
    list(run.records(3))
    before = run.coefficients.copy()
    run.switch(Adam(lr=0.1))
    run.step()
    np.testing.assert_allclose(np.abs(run.coefficients - before), [0.1, 0.1], rtol=1e-6)  # bias-corrected: ≈ L


def test_a_diverged_run_goes_on_from_its_last_finite_state_after_a_lower_rate():
    obj = make_objective(X, Y)
    limit = obj.max_stable_lr()
    run = Descent(obj, GradientDescent(lr=3 * limit))
    while run.step():
        pass
    assert run.diverged
    kept_epoch, kept = run.epoch, run.coefficients.copy()
    run.switch(GradientDescent(lr=0.5 * limit))
    assert not run.diverged and run.message == ""
    assert run.step()
    assert run.epoch == kept_epoch + 1
    np.testing.assert_allclose(run.coefficients, kept - 0.5 * limit * obj.value_and_grad(kept)[1], rtol=1e-15)
