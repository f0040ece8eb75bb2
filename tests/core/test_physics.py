"""The spring-hung bar: it rests on the loss's minimizer, keeps its energy, and stays fast."""

import itertools
import math
import subprocess
import sys
import time

import numpy as np
import pytest
from loss_cases import KINKED_SPRINGS, SMOOTH_SPRINGS, cases

from lossexplorer.core import SPRING_LOSSES, InputError, make_loss, make_objective, preset, solve
from lossexplorer.core.physics import REST_TOLERANCE, BarState, BarSystem, simulate

PRESETS = ("noisy-line", "outliers")
KINKED = cases(KINKED_SPRINGS, quantile=0.3, alpha=3.0)


def _objective(x, y, loss, params, intercept, slope):
    return make_objective(x, y, loss, **params).value(np.array([intercept, slope]))


# --- where the bar comes to rest ------------------------------------------------------


@pytest.mark.parametrize("name", PRESETS)
@pytest.mark.parametrize("loss", SMOOTH_SPRINGS)
def test_damped_bar_rests_on_the_exact_minimizer_of_a_smooth_loss(name, loss):
    p = preset(name)
    run = simulate(p.x, p.y, loss, damping=1.0, time=60.0)
    exact = solve(p.x, p.y, loss=loss).coefficients
    assert run.at_rest
    np.testing.assert_allclose([run.intercept, run.slope], exact, rtol=1e-6)


@pytest.mark.parametrize("name", PRESETS)
@pytest.mark.parametrize(("loss", "params"), KINKED)
def test_damped_bar_rests_where_a_kinked_objective_is_optimal(name, loss, params):
    p = preset(name)
    run = simulate(p.x, p.y, loss, damping=1.0, time=60.0, stop_at_rest=True, **params)
    best = solve(p.x, p.y, loss=loss, **params).objective
    reached = _objective(p.x, p.y, loss, params, run.intercept, run.slope)
    assert run.at_rest
    assert best <= reached <= best * (1 + 1e-4)


@pytest.mark.parametrize(
    ("loss", "params"), [("mse", {}), ("logcosh", {}), ("mae", {}), ("quantile", {"quantile": 0.8})]
)
def test_at_rest_the_net_force_and_torque_are_below_the_tolerance(loss, params):
    p = preset("outliers")
    run = simulate(p.x, p.y, loss, damping=2.0, time=60.0, stop_at_rest=True, **params)
    system = run.system
    lever = math.sqrt(np.mean((p.x - p.x.mean()) ** 2))
    assert run.at_rest
    assert abs(run.net_force) <= REST_TOLERANCE * system.force_scale
    assert abs(run.net_torque) <= REST_TOLERANCE * system.force_scale * lever
    assert (run.net_force, run.net_torque) == system.forces(run.state)


def test_a_moving_or_pulled_bar_is_not_at_rest():
    p = preset("noisy-line")
    system = BarSystem(p.x, p.y)
    assert not system.at_rest(system.start())  # the horizontal bar is pulled towards the slope
    c, m = solve(p.x, p.y).coefficients
    assert system.at_rest(system.state_at(c, m))
    assert not system.at_rest(system.state_at(c, m, d_intercept=1e-3))


def test_the_summed_and_the_mean_loss_share_their_rest_position():
    p = preset("noisy-line")
    mean, total = simulate(p.x, p.y, "mae", time=20.0), simulate(p.x, p.y, "sae", time=20.0)
    assert (mean.intercept, mean.slope) == (total.intercept, total.slope)


# --- energy ----------------------------------------------------------------------------


@pytest.mark.parametrize("loss", ["mse", "logcosh", "huber"])
def test_undamped_bar_keeps_its_energy_over_ten_thousand_steps(loss):
    p = preset("outliers")
    system = BarSystem(p.x, p.y, loss, damping=0.0)
    state = system.start()
    start = system.energy(state)
    drift = swing = 0.0
    for _ in range(100):  # 100 × 100 steps
        state = system.advance(state, 100 * system.time_step)
        drift = max(drift, abs(system.energy(state) - start) / start)
        swing = max(swing, system.kinetic(state))
    assert state.t == pytest.approx(1e4 * system.time_step)
    assert swing > 0.1 * start  # the bar swings all the while
    assert drift < 0.005


@pytest.mark.parametrize(("loss", "params"), [("mae", {}), ("asymmetric", {"alpha": 3.0})])
@pytest.mark.parametrize("n", [10, 200])
def test_undamped_bar_on_constant_tension_bands_keeps_its_energy_too(loss, params, n):
    rng = np.random.default_rng(n)
    x = rng.uniform(0, 10, n)
    y = 2 * x + rng.standard_normal(n)
    system = BarSystem(x, y, loss, damping=0.0, **params)
    state = system.start()
    start = system.energy(state)
    energies = []
    for _ in range(100):
        state = system.advance(state, 0.05)
        energies.append(system.energy(state))
    assert max(abs(e - start) for e in energies) < 0.005 * start
    assert system.kinetic(state) + system.potential(state) == energies[-1]


def test_damping_takes_energy_out():
    p = preset("noisy-line")
    run = simulate(p.x, p.y, "huber", damping=0.5, time=20.0, samples=50)
    totals = [sample.total for sample in run.energy]
    assert all(b <= a + 1e-12 * totals[0] for a, b in itertools.pairwise(totals))
    assert totals[-1] < totals[0]


def test_a_run_can_end_once_the_bar_is_at_rest():
    p = preset("noisy-line")
    run = simulate(p.x, p.y, "mae", time=60.0, samples=121, stop_at_rest=True)
    assert run.at_rest
    assert run.time < 60.0
    assert run.energy[-1].t == run.time


def test_energy_samples_are_few_and_span_the_run():
    p = preset("noisy-line")
    run = simulate(p.x, p.y, time=5.0, samples=11)
    assert [s.t for s in run.energy] == pytest.approx(np.linspace(0, 5, 11))
    assert run.time == pytest.approx(5.0)
    assert all(s.total == pytest.approx(s.kinetic + s.potential) for s in run.energy)
    with pytest.raises(InputError):
        simulate(p.x, p.y, samples=1001)


def test_with_stiffness_two_the_springs_energy_is_the_sse_of_the_bar():
    p = preset("outliers")
    system = BarSystem(p.x, p.y, "mse", stiffness=2.0)
    for c, m in [(0.0, 0.0), (1.5, 0.7), (-3.0, 2.0)]:
        sse = float(np.sum((c + m * p.x - p.y) ** 2))
        assert system.potential(system.state_at(c, m)) == pytest.approx(sse, rel=1e-12)
    assert system.potential(system.start()) == pytest.approx(float(np.sum((p.y - p.y.mean()) ** 2)))


# --- forces ----------------------------------------------------------------------------


@pytest.mark.parametrize(("loss", "params"), cases(SPRING_LOSSES, delta=0.7, quantile=0.3, alpha=3.0))
def test_net_force_is_the_springs_pull_and_the_slope_of_the_potential(loss, params):
    p = preset("outliers")
    k = 3.0
    system = BarSystem(p.x, p.y, loss, stiffness=k, **params)
    state = BarState(h=4.3, s=0.6)
    e = system.extensions(state)
    assert np.min(np.abs(e)) > 1e-3  # away from the kinks' elastic bands
    grad = make_loss(loss, **params).gradient(e, np.zeros_like(e))
    dx = p.x - p.x.mean()
    f, torque = system.forces(state)
    assert f == pytest.approx(-(k / 2) * grad.sum(), rel=1e-12)
    assert torque == pytest.approx(-(k / 2) * grad @ dx, rel=1e-12)
    np.testing.assert_allclose(system.tensions(state), -(k / 2) * grad, rtol=1e-12)
    step = 1e-6

    def potential(h, s):
        return system.potential(BarState(h, s))

    dh = (potential(state.h + step, state.s) - potential(state.h - step, state.s)) / (2 * step)
    ds = (potential(state.h, state.s + step) - potential(state.h, state.s - step)) / (2 * step)
    assert f == pytest.approx(-dh, rel=1e-6, abs=1e-7)
    assert torque == pytest.approx(-ds, rel=1e-6, abs=1e-7)
    assert system.spring_energies(state).sum() == pytest.approx(system.potential(state))


def test_a_kinked_band_is_exact_outside_its_small_elastic_width():
    p = preset("noisy-line")
    system = BarSystem(p.x, p.y, "quantile", quantile=0.25)
    low, high = system.band
    assert -1e-4 * np.std(p.y) < low < 0 < high < 1e-4 * np.std(p.y)
    assert high / -low == pytest.approx(0.25 / 0.75)  # narrower on the costlier side
    state = system.state_at(0.0, 1.0)
    e = system.extensions(state)
    exact = make_loss("quantile", quantile=0.25).value(e, np.zeros_like(e))
    outside = (e <= low) | (e >= high)
    assert outside.all()
    np.testing.assert_allclose(system.spring_energies(state), (system.stiffness / 2) * exact)
    one = BarSystem([0.0], [0.0], "quantile", quantile=0.25, stiffness=2.0)
    low, high = one.band

    def pull(e):
        return float(one.tensions(one.state_at(e, 0.0))[0])

    assert pull(0.0) == 0.0  # slack at the point: no pull
    assert pull(high / 2) == pytest.approx(-0.75 / 2)  # half the over-prediction tension
    assert pull(low / 2) == pytest.approx(0.25 / 2)
    assert (pull(2 * high), pull(2 * low)) == pytest.approx((-0.75, 0.25))


@pytest.mark.parametrize(("loss", "params"), KINKED)
def test_a_line_through_every_point_holds_the_bar_exactly(loss, params):
    x = np.array([0.0, 1.0, 2.0, 4.0])
    run = simulate(x, 3.0 - 0.5 * x, loss, time=60.0, stop_at_rest=True, **params)
    assert run.at_rest
    assert (run.intercept, run.slope) == pytest.approx((3.0, -0.5), rel=1e-12, abs=1e-12)


# --- degenerate data -------------------------------------------------------------------


@pytest.mark.parametrize("loss", SPRING_LOSSES)
def test_one_point_holds_the_bar_at_its_height(loss):
    run = simulate([1.0], [2.0], loss, time=30.0, stop_at_rest=True)
    assert np.isfinite([run.intercept, run.slope, run.net_force, run.net_torque]).all()
    assert run.at_rest
    height = run.intercept + run.slope * 1.0
    assert height == pytest.approx(2.0, rel=1e-12)
    assert run.slope == 0.0  # nothing turns the bar: it pivots freely and stays level


@pytest.mark.parametrize(("loss", "where"), [("mse", 3.0), ("mae", 2.0), ("quantile", 2.0)])
def test_points_on_one_vertical_let_the_bar_pivot_freely(loss, where):
    run = simulate([3.0, 3.0, 3.0], [1.0, 2.0, 6.0], loss, time=60.0, stop_at_rest=True)
    assert np.isfinite([run.intercept, run.slope]).all()
    assert run.at_rest
    assert run.net_torque == 0.0
    assert run.intercept + run.slope * 3.0 == pytest.approx(where, rel=1e-9)
    system = BarSystem([3.0, 3.0, 3.0], [1.0, 2.0, 6.0], loss)
    tilted = system.state_at(0.0, 2.0)  # any slope through the rest height is as good
    assert system.forces(tilted)[1] == 0.0


# --- motion, time steps and the frame budget ----------------------------------------------


def test_the_time_step_is_below_the_stability_limit_of_the_stiffest_springs():
    x = np.linspace(0, 1, 50)
    system = BarSystem(x, x, "mse", stiffness=2.0, mass=1.0)
    omega = math.sqrt(2.0 * 50 / 1.0)
    assert system.time_step * omega <= 0.1
    stiff = BarSystem(x, 3 * x, "mse", stiffness=1e4, mass=1e-3, damping=0.0)
    state = stiff.advance(stiff.start(), 0.05)
    assert np.isfinite([state.h, state.s, state.vh, state.vs]).all()
    assert stiff.energy(state) == pytest.approx(stiff.energy(stiff.start()), rel=0.005)


def test_a_frame_budget_slows_the_bar_down_instead_of_destabilising_it():
    x = np.linspace(0, 1, 50)
    system = BarSystem(x, 3 * x, "mse", stiffness=1e4, mass=1e-3)
    state = system.advance(system.start(), 1 / 60, max_substeps=5)
    assert state.t == pytest.approx(5 * system.time_step)
    assert state.t < 1 / 60
    assert np.isfinite([state.h, state.s]).all()


def test_advancing_in_pieces_follows_the_same_motion():
    p = preset("noisy-line")
    system = BarSystem(p.x, p.y, "logcosh", damping=0.3)
    whole = system.advance(system.start(), 1.0)
    pieces = system.start()
    for _ in range(4):
        pieces = system.advance(pieces, 0.25)
    assert pieces.t == whole.t == pytest.approx(1.0)
    assert pieces.h == pytest.approx(whole.h, rel=1e-3)
    assert pieces.s == pytest.approx(whole.s, rel=1e-3)


def test_heavy_damping_moves_the_bar_downhill_like_gradient_descent():
    p = preset("noisy-line")
    system = BarSystem(p.x, p.y, "mse", damping=200.0)
    state, previous = system.start(), math.inf
    for _ in range(20):
        state = system.advance(state, 0.5)
        u = system.potential(state)
        assert u < previous
        assert system.kinetic(state) < 1e-3 * u
        previous = u


def test_a_state_carries_over_when_the_points_change():
    p = preset("noisy-line")
    old = BarSystem(p.x, p.y)
    state = old.state_at(0.5, 2.0, d_intercept=0.1, d_slope=-0.2)
    new = BarSystem(p.x + 3.0, p.y, "mse")
    moved = new.carry(state, old)
    assert new.line(moved) == pytest.approx(old.line(state))
    assert moved.vs == state.vs
    assert moved.vh - moved.vs * new.x_mean == pytest.approx(state.vh - state.vs * old.x_mean)
    assert old.with_settings(damping=3.0).damping == 3.0


def test_one_frame_of_two_hundred_springs_is_cheap():
    rng = np.random.default_rng(5)
    x = rng.uniform(0, 10, 200)
    y = 2 * x + rng.standard_normal(200)
    for loss in ("mse", "mae"):
        system = BarSystem(x, y, loss, damping=0.5)
        state, times = system.start(), []
        for _ in range(60):
            start = time.perf_counter()
            state = system.advance(state, 1 / 60, max_substeps=50)
            system.tensions(state)
            times.append(time.perf_counter() - start)
        assert np.median(times) < 0.008


# --- bad input -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"damping": -1.0}, "damping must be 0 or more"),
        ({"mass": 0.0}, "mass must be a positive number"),
        ({"stiffness": -2.0}, "stiffness must be a positive number"),
        ({"time": -1.0}, "time must be 0 or more"),
        ({"loss": "bce"}, "classification loss"),
        ({"loss": "nope"}, "unknown loss 'nope'"),
        ({"loss": "huber", "delta": -1.0}, "delta must be a positive number"),
    ],
)
def test_bad_settings_are_refused_in_one_line(kwargs, message):
    p = preset("noisy-line")
    with pytest.raises(InputError, match=message) as info:
        simulate(p.x, p.y, **kwargs)
    assert "\n" not in str(info.value)


def test_no_points_are_refused():
    with pytest.raises(InputError, match="no points"):
        BarSystem([], [])
    with pytest.raises(InputError):
        BarSystem([1.0, 2.0], [1.0])


def test_the_physics_loads_neither_qt_nor_scipy():
    code = (
        "import sys, lossexplorer.core.physics as ph, lossexplorer.simulate_cli\n"
        "ph.simulate([0.0, 1.0, 2.0], [0.0, 2.0, 1.0], 'mae', time=1.0)\n"
        "print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'pyqtgraph', 'scipy') or m.startswith('lossexplorer.gui'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
