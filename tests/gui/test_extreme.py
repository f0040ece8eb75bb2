"""Extreme data: huge and tiny values, duplicate x, identical points, one point, no points,
and a million points from a CSV file. The window must keep drawing what the model holds,
stay interactive, and give the same fits and exact answers as the core.

Run with -s to see how long loading and fitting a million points take (not asserted).
"""

from __future__ import annotations

import time

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from qt_helpers import drag, pixel_of

from lossexplorer.core import fit, solve
from lossexplorer.gui.canvas import MAX_MARKERS


def run_and_wait(qtbot, window, timeout=60_000):
    with qtbot.waitSignal(window.runner.finished, timeout=timeout):
        window.runner.run()


def settle(qtbot, window, timeout=60_000):
    """Wait for the background work a change started (exact answer, landscape), then redraw."""
    qtbot.waitUntil(lambda: not window.busy(), timeout=timeout)
    QApplication.processEvents()
    window.flush()


def drawn(window):
    return window.canvas.markers.getData()


def assert_draws_the_model(window):
    x, y = drawn(window)
    np.testing.assert_array_equal(x, window.lesson.points.x)
    np.testing.assert_array_equal(y, window.lesson.points.y)


def assert_finite_readouts(window):
    r = window.readouts.readings
    assert r is not None and np.all(np.isfinite(r.beta))
    shown = window.readouts.labels["coefs"].text()
    assert "nan" not in shown.lower() and "inf" not in shown.lower() and "—" not in shown


def use(window, **changes):
    s = window.lesson.settings.with_(**changes)
    window.lesson.change_settings(s)


# --- no points ---------------------------------------------------------------------------


def test_with_no_points_run_and_step_are_disabled_with_a_hint_until_points_return(qtbot, window):
    window.lesson.clear_points()
    assert len(window.lesson.points) == 0
    for action in (window.commands.run, window.commands.step):
        assert not action.isEnabled()
        assert "left-click" in action.toolTip()
    window.flush()
    assert "left-click" in window.status.text()
    qtbot.keyClick(window, Qt.Key.Key_Space)  # the shortcut of a disabled action does nothing
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert not window.runner.running
    window.lesson.undo_stack.undo()
    assert len(window.lesson.points) == 10
    assert window.commands.run.isEnabled() and window.commands.step.isEnabled()
    assert "left-click" not in window.commands.run.toolTip()
    window.lesson.clear_points()
    qtbot.mouseClick(window.canvas.plot_widget.viewport(), Qt.MouseButton.LeftButton, pos=pixel_of(window, 1.0, 1.0))
    assert len(window.lesson.points) == 1
    assert window.commands.run.isEnabled() and window.commands.step.isEnabled()
    window.flush()
    assert "left-click" not in window.status.text()
    with qtbot.waitSignal(window.runner.finished, timeout=10_000):
        window.commands.step.trigger()
    assert window.lesson.descent.history.last_epoch == 1


def test_removing_the_last_point_by_hand_disables_run(qtbot, window):
    window.lesson.replace_points(np.array([1.0]), np.array([2.0]), "one point")
    assert window.commands.run.isEnabled()
    qtbot.mouseClick(window.canvas.plot_widget.viewport(), Qt.MouseButton.RightButton, pos=pixel_of(window, 1.0, 2.0))
    assert len(window.lesson.points) == 0
    assert not window.commands.run.isEnabled() and not window.commands.step.isEnabled()


def test_a_session_with_no_points_opens_with_run_disabled(qtbot, window, tmp_path):
    window.lesson.clear_points()
    path = str(tmp_path / "empty.lossx")
    assert window.files.save_to(path)
    window.lesson.load_preset("anscombe-1")
    assert window.commands.run.isEnabled()
    assert window.files.open_path(path)
    assert len(window.lesson.points) == 0
    assert not window.commands.run.isEnabled() and not window.commands.step.isEnabled()


# --- one point, identical points, duplicate x ----------------------------------------------


DEGENERATE = {
    "one point": (np.array([1.5]), np.array([-2.0])),
    "identical points": (np.full(40, 3.0), np.full(40, -7.0)),
    "duplicate x": (np.array([1.0, 1.0, 1.0, 2.0, 2.0, 5.0, 5.0, 5.0]), np.array([0.0, 1, 2, 3, 3, 4, 9, -1])),
    "one x for all": (np.full(6, 2.0), np.arange(6.0)),
}


@pytest.mark.parametrize("case", list(DEGENERATE))
@pytest.mark.parametrize("loss", ["mse", "mae", "huber"])
def test_degenerate_data_runs_and_matches_the_core(qtbot, window, case, loss):
    x, y = DEGENERATE[case]
    use(window, loss=loss, epochs=50, speed=0.0, lr=0.01)
    window.commands.exact.setChecked(True)
    window.lesson.replace_points(x, y, case)
    settle(qtbot, window)
    assert_draws_the_model(window)
    assert window.commands.run.isEnabled()
    run_and_wait(qtbot, window)
    settle(qtbot, window)
    want = fit(x, y, **window.lesson.settings.fit_options())
    np.testing.assert_allclose(window.lesson.descent.coefficients, want.coefficients, rtol=1e-12, atol=1e-14)
    assert_finite_readouts(window)
    assert window.lesson.exact is not None and np.all(np.isfinite(window.lesson.exact))
    best = solve(x, y, **window.lesson.settings.objective_options())
    assert window.lesson.objective.value(window.lesson.exact) == pytest.approx(best.objective, rel=1e-6, abs=1e-9)
    assert "—" not in window.readouts.labels["J"].text()


# --- huge and tiny values ----------------------------------------------------------------------


@pytest.mark.parametrize("scale", [1e-150, 1e-30, 1e30, 1e100, 1e150])
def test_huge_and_tiny_values_are_drawn_fitted_and_solved(qtbot, window, tmp_path, scale):
    rng = np.random.default_rng(5)
    x = np.linspace(-1.0, 1.0, 25) * scale
    y = (0.5 * x / scale - 0.25 + 0.1 * rng.standard_normal(25)) * scale
    window.commands.exact.setChecked(True)
    window.lesson.replace_points(x, y, f"scale {scale:g}")
    settle(qtbot, window)
    assert_draws_the_model(window)
    (x0, x1), (y0, y1) = window.canvas.viewbox.viewRange()
    assert x0 <= x.min() and x.max() <= x1 and y0 <= y.min() and y.max() <= y1, "the view frames the points"
    np.testing.assert_allclose(window.lesson.exact, solve(x, y).coefficients, rtol=1e-9)
    use(window, epochs=30, speed=0.0)
    run_and_wait(qtbot, window)
    settle(qtbot, window)
    want = fit(x, y, **window.lesson.settings.fit_options())
    np.testing.assert_allclose(window.lesson.descent.coefficients, want.coefficients, rtol=1e-12)
    assert bool(window.lesson.descent.diverged) == want.diverged
    if want.diverged:  # at 1e30 gd needs a rate below the panel's 1e-6: it says so, and keeps a finite fit
        assert "diverged" in window.statusBar().currentMessage()
    assert_finite_readouts(window)
    # Adam's step does not grow with the gradient: it runs at large scales (at 1e-30 any step of
    # 1e-6 or more makes J grow 1e12-fold, which the core calls divergence)
    use(window, optimizer="adam", lr=0.01)
    window.runner.reset()
    run_and_wait(qtbot, window)
    settle(qtbot, window)
    want = fit(x, y, **window.lesson.settings.fit_options())
    assert bool(window.lesson.descent.diverged) == want.diverged == (scale < 1)
    np.testing.assert_allclose(window.lesson.descent.coefficients, want.coefficients, rtol=1e-12)
    assert_finite_readouts(window)
    # the canvas still takes clicks and drags at this scale
    i = 12
    drag(window, pixel_of(window, x[i], y[i]), pixel_of(window, 0.5 * scale, 0.5 * scale))
    assert window.lesson.points.x[i] == pytest.approx(0.5 * scale, rel=0.05, abs=0)
    assert window.lesson.points.y[i] == pytest.approx(0.5 * scale, rel=0.05, abs=0)
    assert_draws_the_model(window)
    n = len(window.lesson.points)
    qtbot.mouseClick(window.canvas.plot_widget.viewport(), Qt.MouseButton.LeftButton,
                     pos=pixel_of(window, -0.6 * scale, 0.6 * scale))
    assert len(window.lesson.points) == n + 1
    assert window.lesson.points.x[-1] == pytest.approx(-0.6 * scale, rel=0.05, abs=0)
    assert window.lesson.points.y[-1] == pytest.approx(0.6 * scale, rel=0.05, abs=0)
    settle(qtbot, window)
    assert_finite_readouts(window)
    path = str(tmp_path / "huge.lossx")
    assert window.files.save_to(path)
    before = window.lesson.points
    assert window.files.open_path(path)
    np.testing.assert_array_equal(window.lesson.points.x, before.x)
    np.testing.assert_array_equal(window.lesson.points.y, before.y)


@pytest.mark.parametrize("view", ["landscape", "loss-shape", "noise"])
def test_the_other_views_survive_values_of_1e150(qtbot, window, view):
    x = np.array([-1e150, -3e149, 2e149, 1e150])
    y = np.array([1e150, -2e149, 5e149, -1e150])
    window.show_view(view)
    window.lesson.replace_points(x, y, "huge")
    settle(qtbot, window)
    use(window, loss="huber", epochs=20, speed=0.0)
    run_and_wait(qtbot, window)
    settle(qtbot, window)
    assert np.all(np.isfinite(window.lesson.descent.coefficients))
    assert_finite_readouts(window)


def test_values_too_large_for_the_model_say_why_and_keep_the_window_working(qtbot, window):
    x = np.array([-1e150, 0.0, 1e150])
    y = np.array([1.0, 2.0, 3.0])
    window.lesson.replace_points(x, y, "huge x")
    use(window, model="poly:3")  # x⁶ overflows: the core refuses the objective
    settle(qtbot, window)
    assert window.lesson.objective is None
    assert "rescale" in window.statusBar().currentMessage()
    assert not window.commands.run.isEnabled()
    assert "rescale" in window.commands.run.toolTip()
    assert_draws_the_model(window)
    use(window, model="line")
    settle(qtbot, window)
    assert window.lesson.objective is not None and window.commands.run.isEnabled()


# --- a million points --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def million_csv(tmp_path_factory):
    rng = np.random.default_rng(11)
    n = 1_000_000
    x = rng.uniform(-50.0, 50.0, n)
    y = 0.75 * x - 3.0 + rng.standard_normal(n) * 4.0
    y[:: 100_000] += 400.0  # a few outliers
    path = tmp_path_factory.mktemp("big") / "million.csv"
    t0 = time.perf_counter()
    np.savetxt(path, np.column_stack([x, y]), delimiter=",", header="x,y", comments="", fmt="%.17g")
    print(f"\nwriting {n} points: {time.perf_counter() - t0:.2f} s")
    return str(path)


@pytest.mark.slow
def test_a_million_points_load_draw_thinned_and_fit_like_the_core(qtbot, window, million_csv):
    window.commands.exact.setChecked(True)
    t0 = time.perf_counter()
    assert window.files.open_path(million_csv, show_errors=False), window.statusBar().currentMessage()
    window.flush()
    QApplication.processEvents()
    loaded = time.perf_counter() - t0
    n = len(window.lesson.points)
    assert n == 1_000_000
    dx, dy = drawn(window)
    assert 0 < len(dx) <= MAX_MARKERS
    # the drawn markers are real points, spread over the whole range of x
    x, y = window.lesson.points.x, window.lesson.points.y
    index = {(a, b) for a, b in zip(x.tolist(), y.tolist())}
    assert all((a, b) in index for a, b in zip(dx.tolist(), dy.tolist()))
    assert dx.min() == x.min() and dx.max() == x.max() and dy.min() == y.min() and dy.max() == y.max()
    counts, _ = np.histogram(dx, bins=10, range=(x.min(), x.max()))
    assert counts.min() > 0.5 * len(dx) / 10
    assert f"showing {len(dx):,} of {n:,} points" in window.status.text()

    settle(qtbot, window)
    want_exact = solve(x, y).coefficients
    np.testing.assert_allclose(window.lesson.exact, want_exact, rtol=1e-10)

    use(window, epochs=25, speed=0.0, lr=1e-3)
    t0 = time.perf_counter()
    run_and_wait(qtbot, window)
    fitted = time.perf_counter() - t0
    want = fit(x, y, **window.lesson.settings.fit_options())
    np.testing.assert_allclose(window.lesson.descent.coefficients, want.coefficients, rtol=1e-10)
    settle(qtbot, window)
    assert_finite_readouts(window)

    # a loss without a closed form: the exact answer comes from the solver thread
    t0 = time.perf_counter()
    use(window, loss="huber", delta=2.0)
    qtbot.waitUntil(lambda: window.lesson.exact is not None, timeout=120_000)
    solved = time.perf_counter() - t0
    best = solve(x, y, **window.lesson.settings.objective_options())
    assert window.lesson.objective.value(window.lesson.exact) == pytest.approx(best.objective, rel=1e-9)
    window.runner.reset()
    t0 = time.perf_counter()
    run_and_wait(qtbot, window)
    fitted_huber = time.perf_counter() - t0
    want = fit(x, y, **window.lesson.settings.fit_options())
    np.testing.assert_allclose(window.lesson.descent.coefficients, want.coefficients, rtol=1e-10)
    use(window, loss="mse")

    # the canvas stays interactive: a click adds a point, a drag moves one, undo takes both back
    t0 = time.perf_counter()
    qtbot.mouseClick(window.canvas.plot_widget.viewport(), Qt.MouseButton.LeftButton,
                     pos=pixel_of(window, 10.0, 300.0))
    clicked = time.perf_counter() - t0
    assert len(window.lesson.points) == n + 1 and window.lesson.points.y[-1] == pytest.approx(300.0, rel=0.05)
    assert len(drawn(window)[0]) <= MAX_MARKERS
    t0 = time.perf_counter()
    drag(window, pixel_of(window, 10.0, 300.0), pixel_of(window, -20.0, 250.0), steps=2)  # each move redraws all
    dragged = time.perf_counter() - t0
    assert window.lesson.points.x[-1] == pytest.approx(-20.0, abs=2.0)
    window.lesson.undo_stack.undo()
    window.lesson.undo_stack.undo()
    assert len(window.lesson.points) == n
    settle(qtbot, window)
    np.testing.assert_allclose(window.lesson.exact, want_exact, rtol=1e-10)
    print(f"\n{n} points: open {loaded:.2f} s; {window.lesson.settings.epochs} epochs of gd on MSE {fitted:.2f} s, "
          f"on Huber {fitted_huber:.2f} s; exact Huber answer {solved:.2f} s; a click {clicked:.2f} s, "
          f"a drag {dragged:.2f} s")
