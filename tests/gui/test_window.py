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
        window.run()


def step_and_wait(qtbot, window):
    with qtbot.waitSignal(window.runner.finished, timeout=10_000):
        window.step()


def test_a_click_on_empty_space_adds_a_point_where_it_was_clicked(qtbot, window):
    n = len(window.points)
    pixel = pixel_of(window, 2.5, -3.0)
    qtbot.mouseClick(window.canvas.plot_widget.viewport(), Qt.MouseButton.LeftButton, pos=pixel)
    assert len(window.points) == n + 1
    dx, dy = window.canvas.viewbox.viewPixelSize()
    x, y = window.points.x[-1], window.points.y[-1]
    want_x, want_y = data_of(window, pixel)
    assert abs(x - want_x) <= abs(dx) and abs(y - want_y) <= abs(dy)
    assert abs(x - 2.5) <= 1.5 * abs(dx) and abs(y + 3.0) <= 1.5 * abs(dy)


def test_clicking_a_point_selects_it_and_delete_removes_it(qtbot, window):
    x0, y0 = window.points.x[3], window.points.y[3]
    viewport = window.canvas.plot_widget.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=pixel_of(window, x0, y0))
    assert window.canvas.selected == 3
    assert len(window.points) == 10
    qtbot.keyClick(window, Qt.Key.Key_Delete)
    assert len(window.points) == 9
    assert not np.any((window.points.x == x0) & (window.points.y == y0))


def test_a_right_click_on_a_point_removes_it(qtbot, window):
    x0, y0 = window.points.x[0], window.points.y[0]
    qtbot.mouseClick(window.canvas.plot_widget.viewport(), Qt.MouseButton.RightButton, pos=pixel_of(window, x0, y0))
    assert len(window.points) == 9
    assert x0 not in window.points.x


def test_dragging_a_point_moves_it_and_is_one_undo_step(qtbot, window):
    x0, y0 = float(window.points.x[5]), float(window.points.y[5])
    start, end = pixel_of(window, x0, y0), pixel_of(window, x0 + 1.0, y0 + 2.0)
    depth = window.undo.count()
    drag(window, start, end)
    want = data_of(window, end)
    assert window.points.x[5] == pytest.approx(want[0], abs=1e-9)
    assert window.points.y[5] == pytest.approx(want[1], abs=1e-9)
    assert window.undo.count() == depth + 1
    window.undo.undo()
    assert (window.points.x[5], window.points.y[5]) == (x0, y0)


def test_dragging_empty_space_pans_instead_of_moving_points(qtbot, window):
    before = window.points.snapshot()
    (x0, x1), _ = window.canvas.viewbox.viewRange()
    drag(window, pixel_of(window, 4.0, -4.0), pixel_of(window, 2.0, -4.0))
    (x2, x3), _ = window.canvas.viewbox.viewRange()
    assert np.array_equal(window.points.x, before[0]) and np.array_equal(window.points.y, before[1])
    assert x2 == pytest.approx(x0 + 2.0, abs=0.05) and x3 == pytest.approx(x1 + 2.0, abs=0.05)


def test_undo_and_redo_restore_each_state(qtbot, window):
    states = [window.points.snapshot()]
    window.canvas.add_point(1.0, 1.0)
    states.append(window.points.snapshot())
    window.canvas.add_point(2.0, -1.0)
    states.append(window.points.snapshot())
    window.canvas.remove_points([0, 4])
    states.append(window.points.snapshot())
    for want in reversed(states[:-1]):
        window.undo_action.trigger()
        assert np.array_equal(window.points.x, want[0]) and np.array_equal(window.points.y, want[1])
    for want in states[1:]:
        window.redo_action.trigger()
        assert np.array_equal(window.points.x, want[0]) and np.array_equal(window.points.y, want[1])


def test_a_full_run_ends_on_the_same_coefficients_as_core_fit(qtbot, window):
    s = window.settings.with_(loss="huber", delta=0.7, lr=0.08, epochs=300, speed=0.0)
    window.panel.set_settings(s)
    window._on_settings(s)
    run_and_wait(qtbot, window)
    p = preset("noisy-line")
    want = fit(p.x, p.y, **s.fit_options())
    np.testing.assert_allclose(window.beta, want.coefficients, rtol=1e-13, atol=0)
    assert window.history.last_epoch == 300
    np.testing.assert_allclose(window.history.objective, want.objective, rtol=1e-13)
    qtbot.waitUntil(lambda: getattr(window.readouts.readings, "epoch", None) == 300, timeout=1000)


def test_step_runs_exactly_one_epoch_at_a_time(qtbot, window):
    p = preset("noisy-line")
    for k in (1, 2, 3):
        step_and_wait(qtbot, window)
        assert window.history.last_epoch == k
        want = fit(p.x, p.y, **window.settings.with_(epochs=k).fit_options())
        np.testing.assert_allclose(window.beta, want.coefficients, rtol=1e-14)


def test_pause_stops_between_epochs_and_run_resumes_to_the_target(qtbot, window):
    s = window.settings.with_(epochs=400, speed=200.0)
    window._on_settings(s)
    window.run()
    qtbot.waitUntil(lambda: len(window.history) > 5, timeout=10_000)
    window.pause()
    assert not window.runner.running
    paused_at = window.history.last_epoch
    assert 0 < paused_at < 400
    np.testing.assert_array_equal(window.beta, window.descent.coefficients)
    window._on_settings(window.settings.with_(speed=0.0))
    run_and_wait(qtbot, window)
    assert window.history.last_epoch == 400
    assert np.all(np.diff(window.history.epochs) == 1)  # no epoch lost or repeated across the pause
    p = preset("noisy-line")
    np.testing.assert_allclose(window.beta, fit(p.x, p.y, **s.fit_options()).coefficients, rtol=1e-13)


def test_a_diverging_run_stops_with_finite_coefficients_and_says_why(qtbot, window):
    window._on_settings(window.settings.with_(lr=5.0, epochs=1000, speed=0.0))
    run_and_wait(qtbot, window)
    assert window.descent.diverged
    assert np.all(np.isfinite(window.beta)) and np.isfinite(window.value)
    message = window.statusBar().currentMessage()
    assert "diverged" in message and "largest stable learning rate" in message
    assert window.history.last_epoch < 1000


def test_editing_points_during_a_run_stops_it_and_keeps_the_fit(qtbot, window):
    window._on_settings(window.settings.with_(epochs=100_000, speed=100.0))
    window.run()
    qtbot.waitUntil(lambda: len(window.history) > 3, timeout=10_000)
    window.canvas.add_point(0.0, 8.0)
    assert not window.runner.running
    assert "stopped" in window.statusBar().currentMessage()
    assert len(window.history) == 1  # a new descent starts from where the fit was
    np.testing.assert_array_equal(window.history.coefficients[0], window.beta)
    assert np.any(window.beta != 0)


def test_closing_the_window_mid_run_leaves_no_thread_running(qtbot):
    from lossexplorer.gui.window import MainWindow
    from lossexplorer.gui.worker import LIVE_THREADS

    w = MainWindow()
    w.show()
    w._on_settings(w.settings.with_(loss="mae", epochs=1_000_000, speed=0.0))
    w.run()
    qtbot.waitUntil(lambda: len(w.history) > 10, timeout=10_000)
    assert w.runner.running
    w.close()
    assert not w.runner.running
    assert not any(t.isRunning() for t in LIVE_THREADS)


def test_while_idle_editing_a_point_updates_the_exact_answer_at_once(qtbot, window):
    window.exact_action.setChecked(True)
    window.canvas.add_point(0.0, 10.0)
    x, y = window.points.x, window.points.y
    np.testing.assert_allclose(window.exact, solve(x, y).coefficients, rtol=1e-12)
    rss = float(np.sum((y - window.beta[0] - window.beta[1] * x) ** 2))

    def readouts_follow():
        r = window.readouts.readings
        assert r is not None and r.rss == pytest.approx(rss)

    qtbot.waitUntil(readouts_follow, timeout=1000)  # the next frame redraws


def test_the_readouts_follow_a_dragged_point_and_not_the_facts_of_the_old_points(qtbot, window):
    """r from linregress and the least-squares variance are kept while the points stay the same."""
    from scipy import stats

    window.flush()
    before = window.readouts.readings.r_linregress
    i = int(np.argmax(window.points.x))
    window.points.move(i, float(window.points.x[i]), float(window.points.y[i]) - 40.0)
    window.flush()
    after = window.readouts.readings.r_linregress
    assert after == pytest.approx(stats.linregress(window.points.x, window.points.y).rvalue, rel=1e-12)
    assert after < before - 0.1


def test_the_exact_answer_of_a_kinked_loss_arrives_from_the_solver_thread(qtbot, window):
    window._on_settings(window.settings.with_(loss="mae"))
    qtbot.waitUntil(lambda: window.exact is not None, timeout=10_000)
    p = preset("noisy-line")
    want = solve(p.x, p.y, loss="mae")
    assert window.objective.value(window.exact) == pytest.approx(want.objective, rel=1e-9)


def test_pins_appear_in_the_legend_with_their_labels(qtbot, window):
    window.pin_current()
    window._on_settings(window.settings.with_(loss="huber", delta=0.5))
    window.pin_current()

    def legend_labels():
        return [label.text for _, label in window.canvas.legend.items]

    qtbot.waitUntil(lambda: "MSE" in legend_labels() and "Huber δ=0.5" in legend_labels(), timeout=1000)
    assert window.pin_list.count() == 2
    window.pin_list.setCurrentRow(0)
    window.remove_selected_pin()
    qtbot.waitUntil(lambda: "MSE" not in legend_labels() and "Huber δ=0.5" in legend_labels(), timeout=1000)


def test_at_most_six_pins(qtbot, window):
    for _ in range(8):
        window.pin_current()
    assert len(window.pins) == 6
    assert "At most 6" in window.statusBar().currentMessage()


def test_the_panel_shows_only_the_chosen_losses_parameters(qtbot, window):
    panel = window.panel
    panel.loss.setCurrentIndex(panel.loss.findData("huber"))
    assert window.settings.loss == "huber"
    assert panel.loss_form.isRowVisible(panel.delta) and not panel.loss_form.isRowVisible(panel.quantile)
    panel.loss.setCurrentIndex(panel.loss.findData("quantile"))
    assert panel.loss_form.isRowVisible(panel.quantile) and not panel.loss_form.isRowVisible(panel.delta)


def test_the_largest_stable_rate_is_shown_for_squared_losses(qtbot, window):
    p = preset("noisy-line")
    obj = window.settings.objective(p.x, p.y)
    assert window.panel.stable_lr == pytest.approx(obj.max_stable_lr())
    assert f"{obj.max_stable_lr():.4g}" in window.panel.stable_label.text()
    window.panel.loss.setCurrentIndex(window.panel.loss.findData("mae"))
    assert window.panel.stable_lr is None


def test_presets_replace_the_points_and_are_undoable(qtbot, window):
    before = window.points.snapshot()
    window.load_preset("anscombe-4")
    assert np.array_equal(window.points.x, preset("anscombe-4").x)
    window.undo.undo()
    assert np.array_equal(window.points.x, before[0])


def test_the_epoch_log_exports_full_precision_csv(qtbot, window):
    window._on_settings(window.settings.with_(epochs=15, speed=0.0))
    run_and_wait(qtbot, window)
    lines = window.epoch_log.table.to_csv().splitlines()
    assert lines[0] == "epoch,m,c,MSE"
    assert len(lines) == 17
    epoch, m, c, loss = lines[-1].split(",")
    assert int(epoch) == 15
    assert (float(c), float(m)) == (window.beta[0], window.beta[1])
    assert float(loss) == window.value


def test_the_window_survives_having_no_points(qtbot, window):
    window.clear_points()
    assert len(window.points) == 0
    window.run()
    assert not window.runner.running
    assert "Add some points" in window.statusBar().currentMessage()
    QApplication.processEvents()


@pytest.mark.parametrize("value, nice", [(0.0109, 0.01), (0.049, 0.02), (0.26, 0.2), (3e-4, 2e-4), (0.5, 0.5)])
def test_nice_below_picks_a_readable_rate_not_above_the_value(value, nice):
    from lossexplorer.gui.window import nice_below

    assert nice_below(value) == pytest.approx(nice)


def test_loading_a_preset_lowers_a_learning_rate_that_would_diverge(qtbot, window):
    from lossexplorer.core import make_objective

    window.load_preset("stack-loss")
    p = preset("stack-loss")
    stable = make_objective(p.x, p.y, "mse", "line").max_stable_lr()
    assert window.settings.lr < stable and window.panel.lr.value() == window.settings.lr
    assert "Learning rate lowered" in window.statusBar().currentMessage()
    window._on_settings(window.settings.with_(epochs=50, speed=0.0))
    run_and_wait(qtbot, window)
    assert not window.descent.diverged


def test_pearson_r_agrees_three_ways_for_a_falling_least_squares_line(qtbot, window):
    x = np.linspace(0, 10, 12)
    y = 5 - 0.8 * x + np.random.default_rng(1).standard_normal(12)
    window.replace_points(x, y, "falling")
    window.beta = solve(x, y).coefficients
    window.flush()
    r = window.readouts.readings
    assert r.r_from_r2 < 0
    assert r.r_predictions == pytest.approx(r.r_from_r2, rel=1e-9)
    assert r.r_linregress == pytest.approx(r.r_from_r2, rel=1e-9)
