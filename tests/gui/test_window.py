"""The main window: clicks, drags, undo, runs on the worker thread, divergence, pins."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from qt_helpers import data_of, drag, pixel_of

from lossexplorer.core import fit, preset, solve


def run_and_wait(qtbot, window, timeout=20_000):
    with qtbot.waitSignal(window.runner.finished, timeout=timeout):
        window.runner.run()


def step_and_wait(qtbot, window):
    with qtbot.waitSignal(window.runner.finished, timeout=10_000):
        window.runner.step()


def test_a_click_on_empty_space_adds_a_point_where_it_was_clicked(qtbot, window):
    n = len(window.lesson.points)
    pixel = pixel_of(window, 2.5, -3.0)
    qtbot.mouseClick(window.canvas.plot_widget.viewport(), Qt.MouseButton.LeftButton, pos=pixel)
    assert len(window.lesson.points) == n + 1
    dx, dy = window.canvas.viewbox.viewPixelSize()
    x, y = window.lesson.points.x[-1], window.lesson.points.y[-1]
    want_x, want_y = data_of(window, pixel)
    assert abs(x - want_x) <= abs(dx) and abs(y - want_y) <= abs(dy)
    assert abs(x - 2.5) <= 1.5 * abs(dx) and abs(y + 3.0) <= 1.5 * abs(dy)


def test_clicking_a_point_selects_it_and_delete_removes_it(qtbot, window):
    x0, y0 = window.lesson.points.x[3], window.lesson.points.y[3]
    viewport = window.canvas.plot_widget.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=pixel_of(window, x0, y0))
    assert window.lesson.selected == 3
    assert len(window.lesson.points) == 10
    qtbot.keyClick(window, Qt.Key.Key_Delete)
    assert len(window.lesson.points) == 9
    assert not np.any((window.lesson.points.x == x0) & (window.lesson.points.y == y0))


def test_a_right_click_on_a_point_removes_it(qtbot, window):
    x0, y0 = window.lesson.points.x[0], window.lesson.points.y[0]
    qtbot.mouseClick(window.canvas.plot_widget.viewport(), Qt.MouseButton.RightButton, pos=pixel_of(window, x0, y0))
    assert len(window.lesson.points) == 9
    assert x0 not in window.lesson.points.x


def test_dragging_a_point_moves_it_and_is_one_undo_step(qtbot, window):
    x0, y0 = float(window.lesson.points.x[5]), float(window.lesson.points.y[5])
    start, end = pixel_of(window, x0, y0), pixel_of(window, x0 + 1.0, y0 + 2.0)
    depth = window.lesson.undo_stack.count()
    drag(window, start, end)
    want = data_of(window, end)
    assert window.lesson.points.x[5] == pytest.approx(want[0], abs=1e-9)
    assert window.lesson.points.y[5] == pytest.approx(want[1], abs=1e-9)
    assert window.lesson.undo_stack.count() == depth + 1
    window.lesson.undo_stack.undo()
    assert (window.lesson.points.x[5], window.lesson.points.y[5]) == (x0, y0)


def test_dragging_empty_space_pans_instead_of_moving_points(qtbot, window):
    before = window.lesson.points
    (x0, x1), _ = window.canvas.viewbox.viewRange()
    drag(window, pixel_of(window, 4.0, -4.0), pixel_of(window, 2.0, -4.0))
    (x2, x3), _ = window.canvas.viewbox.viewRange()
    assert np.array_equal(window.lesson.points.x, before.x) and np.array_equal(window.lesson.points.y, before.y)
    assert x2 == pytest.approx(x0 + 2.0, abs=0.05) and x3 == pytest.approx(x1 + 2.0, abs=0.05)


def test_a_full_run_ends_on_the_same_coefficients_as_core_fit(qtbot, window):
    s = window.lesson.settings.with_(loss="huber", delta=0.7, lr=0.08, epochs=300, speed=0.0)
    window.lesson.change_settings(s)
    run_and_wait(qtbot, window)
    p = preset("noisy-line")
    want = fit(p.x, p.y, **s.fit_options())
    np.testing.assert_allclose(window.lesson.descent.coefficients, want.coefficients, rtol=1e-13, atol=0)
    assert window.lesson.descent.history.last_epoch == 300
    np.testing.assert_allclose(window.lesson.descent.history.objective, want.objective, rtol=1e-13)
    qtbot.waitUntil(lambda: getattr(window.readouts.readings, "epoch", None) == 300, timeout=1000)


def test_step_runs_exactly_one_epoch_at_a_time(qtbot, window):
    p = preset("noisy-line")
    for k in (1, 2, 3):
        step_and_wait(qtbot, window)
        assert window.lesson.descent.history.last_epoch == k
        want = fit(p.x, p.y, **window.lesson.settings.with_(epochs=k).fit_options())
        np.testing.assert_allclose(window.lesson.descent.coefficients, want.coefficients, rtol=1e-14)


def test_pause_stops_between_epochs_and_run_resumes_to_the_target(qtbot, window):
    s = window.lesson.settings.with_(epochs=400, speed=200.0)
    window.lesson.change_settings(s)
    window.runner.run()
    qtbot.waitUntil(lambda: len(window.lesson.descent.history) > 5, timeout=10_000)
    window.runner.pause()
    assert not window.runner.running
    paused_at = window.lesson.descent.history.last_epoch
    assert 0 < paused_at < 400
    np.testing.assert_array_equal(window.lesson.descent.coefficients, window.runner.descent.coefficients)
    window.lesson.change_settings(window.lesson.settings.with_(speed=0.0))
    run_and_wait(qtbot, window)
    assert window.lesson.descent.history.last_epoch == 400
    assert np.all(np.diff(window.lesson.descent.history.epochs) == 1)  # no epoch lost or repeated across the pause
    p = preset("noisy-line")
    want = fit(p.x, p.y, **s.fit_options())
    np.testing.assert_allclose(window.lesson.descent.coefficients, want.coefficients, rtol=1e-13)


def test_a_diverging_run_stops_with_finite_coefficients_and_says_why(qtbot, window):
    window.lesson.change_settings(window.lesson.settings.with_(lr=5.0, epochs=1000, speed=0.0))
    run_and_wait(qtbot, window)
    assert window.lesson.descent.diverged
    assert np.all(np.isfinite(window.lesson.descent.coefficients)) and np.isfinite(window.lesson.descent.value)
    message = window.statusBar().currentMessage()
    assert "diverged" in message and "largest stable learning rate" in message
    assert window.lesson.descent.history.last_epoch < 1000


def test_editing_points_during_a_run_stops_it_and_keeps_the_fit(qtbot, window):
    window.lesson.change_settings(window.lesson.settings.with_(epochs=100_000, speed=100.0))
    window.runner.run()
    qtbot.waitUntil(lambda: len(window.lesson.descent.history) > 3, timeout=10_000)
    window.lesson.add_point(0.0, 8.0)
    assert not window.runner.running
    assert "stopped" in window.statusBar().currentMessage()
    assert len(window.lesson.descent.history) == 1  # a new descent starts from where the fit was
    np.testing.assert_array_equal(window.lesson.descent.history.coefficients[0], window.lesson.descent.coefficients)
    assert np.any(window.lesson.descent.coefficients != 0)


def test_closing_the_window_mid_run_leaves_no_thread_running(qtbot):
    from lossexplorer.gui.window import MainWindow
    from lossexplorer.gui.worker import LIVE_THREADS, join_detached

    w = MainWindow()
    w.show()
    w.lesson.change_settings(w.lesson.settings.with_(loss="mae", epochs=1_000_000, speed=0.0))
    w.runner.run()
    qtbot.waitUntil(lambda: len(w.lesson.descent.history) > 10, timeout=10_000)
    assert w.runner.running
    w.close()
    assert not w.runner.running
    # a solve still in an iteration after JOB_WAIT_MS is let go of, and joined before the process ends
    assert join_detached(10_000)
    assert not any(t.isRunning() for t in LIVE_THREADS)


def test_while_idle_editing_a_point_updates_the_exact_answer_at_once(qtbot, window):
    window.commands.exact.setChecked(True)
    window.lesson.add_point(0.0, 10.0)
    x, y = window.lesson.points.x, window.lesson.points.y
    np.testing.assert_allclose(window.lesson.exact, solve(x, y).coefficients, rtol=1e-12)
    rss = float(np.sum((y - window.lesson.descent.coefficients[0] - window.lesson.descent.coefficients[1] * x) ** 2))

    def readouts_follow():
        r = window.readouts.readings
        assert r is not None and r.rss == pytest.approx(rss)

    qtbot.waitUntil(readouts_follow, timeout=1000)  # the next frame redraws


def test_the_readouts_follow_a_dragged_point_and_not_the_facts_of_the_old_points(qtbot, window):
    """r from linregress and the least-squares variance are kept while the points stay the same."""
    from scipy import stats

    window.flush()
    before = window.readouts.readings.r.data
    i = int(np.argmax(window.lesson.points.x))
    window.lesson.drag_point(i, float(window.lesson.points.x[i]), float(window.lesson.points.y[i]) - 40.0)
    window.flush()
    after = window.readouts.readings.r.data
    assert after == pytest.approx(stats.linregress(window.lesson.points.x, window.lesson.points.y).rvalue, rel=1e-12)
    assert after < before - 0.1


def test_the_exact_answer_of_a_kinked_loss_arrives_from_the_solver_thread(qtbot, window):
    window.lesson.change_settings(window.lesson.settings.with_(loss="mae"))
    qtbot.waitUntil(lambda: window.lesson.exact is not None, timeout=10_000)
    p = preset("noisy-line")
    want = solve(p.x, p.y, loss="mae")
    assert window.lesson.objective.value(window.lesson.exact) == pytest.approx(want.objective, rel=1e-9)


def test_pins_appear_in_the_legend_with_their_labels(qtbot, window):
    window.commands.pin.trigger()
    window.lesson.change_settings(window.lesson.settings.with_(loss="huber", delta=0.5))
    window.commands.pin.trigger()

    def legend_labels():
        return [label.text for _, label in window.canvas.legend.items]

    qtbot.waitUntil(lambda: "MSE" in legend_labels() and "Huber δ=0.5" in legend_labels(), timeout=1000)
    assert window.pin_list.labels() == ["MSE", "Huber δ=0.5"]
    window.pin_list.items.setCurrentRow(0)
    window.pin_list.remove_button.click()
    qtbot.waitUntil(lambda: "MSE" not in legend_labels() and "Huber δ=0.5" in legend_labels(), timeout=1000)


def test_at_most_six_pins(qtbot, window):
    for _ in range(8):
        window.commands.pin.trigger()
    assert len(window.lesson.pins) == 6
    assert "At most 6" in window.statusBar().currentMessage()


def test_the_epoch_log_exports_full_precision_csv(qtbot, window):
    window.lesson.change_settings(window.lesson.settings.with_(epochs=15, speed=0.0))
    run_and_wait(qtbot, window)
    lines = window.epoch_log.table.to_csv().splitlines()
    assert lines[0] == "epoch,m,c,MSE"
    assert len(lines) == 17
    epoch, m, c, loss = lines[-1].split(",")
    assert int(epoch) == 15
    assert (float(c), float(m)) == (window.lesson.descent.coefficients[0], window.lesson.descent.coefficients[1])
    assert float(loss) == window.lesson.descent.value


def test_the_window_survives_having_no_points(qtbot, window):
    window.lesson.clear_points()
    assert len(window.lesson.points) == 0
    window.runner.run()
    assert not window.runner.running
    assert "Add some points" in window.statusBar().currentMessage()
    QApplication.processEvents()


@pytest.mark.parametrize("value, nice", [(0.0109, 0.01), (0.049, 0.02), (0.26, 0.2), (3e-4, 2e-4), (0.5, 0.5)])
def test_nice_below_picks_a_readable_rate_not_above_the_value(value, nice):
    from lossexplorer.gui.problem import nice_below

    assert nice_below(value) == pytest.approx(nice)


def test_loading_a_preset_lowers_a_learning_rate_that_would_diverge(qtbot, window):
    from lossexplorer.core import make_objective

    window.lesson.change_settings(window.lesson.settings.with_(lr=0.05))  # the teacher's own rate, not a pace
    window.lesson.load_preset("stack-loss")
    p = preset("stack-loss")
    stable = make_objective(p.x, p.y, "mse", "line").max_stable_lr()
    assert window.lesson.settings.lr < stable and window.panel.lr.value() == window.lesson.settings.lr
    assert "Learning rate lowered" in window.statusBar().currentMessage()
    window.lesson.change_settings(window.lesson.settings.with_(epochs=50, speed=0.0))
    run_and_wait(qtbot, window)
    assert not window.lesson.descent.diverged


def test_pearson_r_agrees_three_ways_for_a_falling_least_squares_line(qtbot, window):
    x = np.linspace(0, 10, 12)
    y = 5 - 0.8 * x + np.random.default_rng(1).standard_normal(12)
    window.lesson.replace_points(x, y, "falling")
    window.lesson.descent.coefficients = solve(x, y).coefficients
    window.flush()
    r = window.readouts.readings
    assert r.r.from_r2 < 0
    assert r.r.from_predictions == pytest.approx(r.r.from_r2, rel=1e-9)
    assert r.r.data == pytest.approx(r.r.from_r2, rel=1e-9)
