"""Learning-rate schedules: each rate against its formula, `fit`'s iterates against a plain
loop for every schedule and optimizer, and MAE's zig-zag settling under a decaying rate."""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lossexplorer.core import (
    SCHEDULE_NAMES,
    SCHEDULES,
    Constant,
    Descent,
    Exponential,
    GradientDescent,
    InputError,
    InverseTime,
    StepDecay,
    StopRule,
    fit,
    make_objective,
    make_schedule,
    preset,
    solve,
)

NOISY = preset("noisy-line")
X, Y = NOISY.x, NOISY.y


def test_the_registry_lists_the_four_schedules_in_menu_order():
    assert SCHEDULE_NAMES == ("constant", "step", "inverse-time", "exponential")
    assert [cls.name for cls in SCHEDULES.values()] == list(SCHEDULE_NAMES)
    for cls in SCHEDULES.values():
        assert cls.title and cls.tooltip
        made = cls()
        for p in cls.parameters:
            assert p.low <= p.default <= p.high and p.tip
            assert getattr(made, p.name) == p.default


@pytest.mark.parametrize(
    ("schedule", "formula"),
    [
        (Constant(), lambda t: 0.3),
        (StepDecay(step_factor=0.5, step_every=4), lambda t: 0.3 * 0.5 ** (t // 4)),
        (InverseTime(tau=8.0), lambda t: 0.3 / (1 + t / 8.0)),
        (Exponential(decay=0.9), lambda t: 0.3 * 0.9**t),
    ],
)
def test_each_rate_is_its_formula_and_the_first_epoch_steps_at_the_learning_rate(schedule, formula):
    assert schedule.rate(0.3, 0) == 0.3
    for t in range(30):
        assert schedule.rate(0.3, t) == pytest.approx(formula(t), rel=1e-15)
    ts = np.arange(30)
    np.testing.assert_allclose(schedule.rate(0.3, ts), [formula(t) for t in ts], rtol=1e-15)


def test_step_decay_halves_the_rate_every_k_epochs():
    rates = StepDecay(0.5, 10).rate(1.0, np.arange(40))
    np.testing.assert_array_equal(rates, np.repeat([1.0, 0.5, 0.25, 0.125], 10))


def test_inverse_time_has_halved_the_rate_after_tau_epochs():
    assert InverseTime(tau=25.0).rate(0.2, 25) == pytest.approx(0.1, rel=1e-15)


def test_each_schedule_writes_its_rate_as_a_formula():
    assert Constant().formula(0.1) == "0.1"
    assert StepDecay(0.5, 100).formula(0.1) == "0.1·0.5^⌊t/100⌋"
    assert InverseTime(50.0).formula(0.05) == "0.05/(1 + t/50)"
    assert Exponential(0.99).formula(1e-4) == "0.0001·0.99^t"


@pytest.mark.parametrize(
    ("name", "settings", "message"),
    [
        ("weekly", {}, "unknown schedule 'weekly'; choose one of: constant, step, inverse-time, exponential"),
        ("step", {"step_factor": 0.0}, r"step factor must lie in \(0, 1\], got 0"),
        ("step", {"step_every": 0}, "epochs between drops must be 1 or more, got 0"),
        ("inverse-time", {"tau": -1.0}, "tau must be a positive number, got -1"),
        ("exponential", {"decay": 1.5}, r"decay must lie in \(0, 1\], got 1.5"),
        ("constant", {"decay": 1.5}, r"decay must lie in \(0, 1\], got 1.5"),  # checked though unused
    ],
)
def test_bad_schedules_are_refused_in_one_line(name, settings, message):
    with pytest.raises(InputError, match=message):
        make_schedule(name, **settings)


def test_a_schedules_unused_settings_are_ignored():
    assert make_schedule("exponential", decay=0.9, tau=5.0) == Exponential(0.9)


# --- fit against a plain loop ------------------------------------------------------------------


def plain_loop(obj, optimizer, lr, rate, epochs, **settings):
    """gd, momentum, adam and sign written out, epoch t + 1 at rate(t)."""
    beta = np.zeros(obj.n_coefficients)
    v = np.zeros_like(beta)
    m = np.zeros_like(beta)
    t_adam = 0
    path = [beta]
    for t in range(epochs):
        step = rate(t)
        g = obj.value_and_grad(beta)[1]
        if optimizer == "gd":
            beta = beta - step * g
        elif optimizer == "sign":
            beta = beta - step * np.sign(g)
        elif optimizer == "momentum":
            v = settings["momentum"] * v - step * g
            beta = beta + v
        else:
            b1, b2, eps = 0.9, 0.999, 1e-8
            t_adam += 1
            m = b1 * m + (1 - b1) * g
            v = b2 * v + (1 - b2) * g * g
            beta = beta - step * (m / (1 - b1**t_adam)) / (np.sqrt(v / (1 - b2**t_adam)) + eps)
        path.append(beta)
    return np.array(path)


SCHEDULE_CASES = [
    (StepDecay(0.5, 7), lambda lr: lambda t: lr * 0.5 ** (t // 7)),
    (InverseTime(10.0), lambda lr: lambda t: lr / (1 + t / 10.0)),
    (Exponential(0.95), lambda lr: lambda t: lr * 0.95**t),
    (Constant(), lambda lr: lambda t: lr),
]


@pytest.mark.parametrize(("schedule", "rate_of"), SCHEDULE_CASES)
@pytest.mark.parametrize(
    ("loss", "optimizer", "lr", "settings"),
    [
        ("mse", "gd", 0.05, {}),
        ("huber", "momentum", 0.02, {"momentum": 0.8}),
        ("logcosh", "adam", 0.1, {}),
        ("mae", "sign", 0.1, {}),
        ("mae", "gd", 0.2, {}),
    ],
)
def test_fit_with_a_schedule_gives_the_iterates_of_a_plain_loop(schedule, rate_of, loss, optimizer, lr, settings):
    r = fit(X, Y, loss, optimizer=optimizer, lr=lr, epochs=40, schedule=schedule, **settings)
    expected = plain_loop(make_objective(X, Y, loss), optimizer, lr, rate_of(lr), 40, **settings)
    np.testing.assert_allclose(r.path, expected, rtol=1e-12, atol=1e-300)
    np.testing.assert_allclose(r.rates(), [rate_of(lr)(t) for t in range(40)], rtol=1e-15)


def test_sgd_steps_every_mini_batch_of_an_epoch_at_that_epochs_rate():
    sched = Exponential(0.9)
    r = fit(X, Y, optimizer="sgd", lr=0.01, batch_size=3, epochs=6, seed=5, schedule=sched)
    obj = make_objective(X, Y)
    rng = np.random.default_rng(5)
    beta = np.zeros(2)
    for t in range(6):
        order = rng.permutation(len(X))
        for i in range(0, len(X), 3):
            _, g = obj.batch_value_and_grad(beta, order[i : i + 3])
            beta = beta - 0.01 * 0.9**t * g
        np.testing.assert_allclose(r.path[t + 1], beta, rtol=1e-12)


def test_fit_takes_a_schedule_by_name_with_its_defaults():
    a = fit(X, Y, lr=0.05, epochs=30, schedule="inverse-time")
    b = fit(X, Y, lr=0.05, epochs=30, schedule=InverseTime(100.0))
    np.testing.assert_array_equal(a.path, b.path)
    assert a.schedule == InverseTime()


def test_a_constant_schedule_changes_nothing():
    a = fit(X, Y, "mae", lr=0.05, epochs=50)
    b = fit(X, Y, "mae", lr=0.05, epochs=50, schedule=Constant())
    np.testing.assert_array_equal(a.path, b.path)


def test_the_descent_counts_the_schedules_epochs_across_a_switch():
    obj = make_objective(X, Y)
    run = Descent(obj, GradientDescent(lr=0.1), schedule=Exponential(0.5))
    assert run.rate == 0.1
    list(run.records(3))
    assert run.rate == pytest.approx(0.1 * 0.5**3, rel=1e-15)
    run.switch(GradientDescent(lr=0.4))  # a new learning rate: t goes on
    assert run.rate == pytest.approx(0.4 * 0.5**3, rel=1e-15)
    run.switch(schedule=Constant())
    assert run.rate == 0.4


# --- MAE settles under a decaying rate -----------------------------------------------------------

OUTLIERS = preset("outliers")


@pytest.fixture(scope="module")
def exact_mae():
    return solve(OUTLIERS.x, OUTLIERS.y, "mae").objective


def test_mae_with_a_constant_rate_keeps_zig_zagging_above_the_exact_answer(exact_mae):
    r = fit(OUTLIERS.x, OUTLIERS.y, "mae", lr=0.05, epochs=3000)
    assert np.max(r.objective[-50:]) - exact_mae > 1e-3


@pytest.mark.parametrize(
    ("lr", "schedule", "epochs"),
    [(0.05, InverseTime(tau=50.0), 3000), (0.1, Exponential(decay=0.995), 2000)],
)
def test_mae_with_a_decaying_rate_settles_within_a_thousandth_of_the_exact_answer(exact_mae, lr, schedule, epochs):
    r = fit(OUTLIERS.x, OUTLIERS.y, "mae", lr=lr, epochs=epochs, schedule=schedule)
    assert exact_mae <= r.final_objective <= exact_mae + 1e-3
    assert np.all(r.objective[-50:] - exact_mae <= 1e-3)  # settled, not passing through
    assert math.isclose(r.rates()[-1], schedule.rate(lr, epochs - 1))


# --- any schedule and stop rule keeps the fit contract ---------------------------------------------

CI = settings(derandomize=True, database=None, deadline=None, max_examples=150)


@CI
@given(
    n=st.integers(1, 30),
    data=st.data(),
    optimizer=st.sampled_from(("gd", "sgd", "momentum", "adam", "sign")),
    schedule=st.one_of(
        st.just(Constant()),
        st.builds(StepDecay, st.floats(0.01, 1.0), st.integers(1, 50)),
        st.builds(InverseTime, st.floats(0.1, 1e4)),
        st.builds(Exponential, st.floats(0.5, 1.0)),
    ),
    stop=st.builds(
        StopRule,
        st.one_of(st.none(), st.floats(1e-12, 1e-2)),
        st.integers(1, 20),
        st.one_of(st.none(), st.floats(1e-12, 1.0)),
    ),
    lr=st.floats(1e-4, 1.0),
)
def test_any_schedule_and_stop_rule_give_finite_records_that_end_at_a_stop_or_the_last_epoch(
    n, data, optimizer, schedule, stop, lr
):
    x = np.array(data.draw(st.lists(st.floats(-1e3, 1e3), min_size=n, max_size=n), label="x"))
    y = np.array(data.draw(st.lists(st.floats(-1e3, 1e3), min_size=n, max_size=n), label="y"))
    r = fit(x, y, "huber", optimizer=optimizer, lr=lr, epochs=60, schedule=schedule, stop=stop)
    assert np.all(np.isfinite(r.path)) and np.all(np.isfinite(r.objective))
    assert len(r.path) == len(r.objective) == r.epochs_run + 1
    np.testing.assert_array_equal(r.path[-1], r.coefficients)
    assert not (r.stopped and r.diverged)
    if r.stopped:
        assert r.epochs_run <= 60 and r.message.startswith(f"stopped after epoch {r.epochs_run}: ")
    elif not r.diverged:
        assert r.epochs_run == 60 and r.message == ""
    assert np.all(r.rates() > 0)
