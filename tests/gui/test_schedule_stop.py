"""The learning-rate schedule, the stop rule and sign descent in the window: picked in the panel,
they drive the run (its iterates are core `fit`'s), show on the loss curve, end a run with the
reason in the status bar, are undone, and travel in sessions."""

from __future__ import annotations

import json

import numpy as np
import pytest
from PySide6.QtCore import Qt
from qt_helpers import choose, drawn_tick_labels, key, logged_objective, menu_item, run_to_end, type_into

from lossexplorer.core import InputError, fit, preset, solve
from lossexplorer.gui.session import read_session


def group(window):
    return window.panel.rate_group


def fast(qtbot, window, epochs: int) -> None:
    type_into(qtbot, window.panel.epochs, str(epochs))
    choose(qtbot, window.panel.speed, 0)


def path_of(window) -> np.ndarray:
    return window.lesson.descent.history.coefficients


@pytest.mark.parametrize(
    ("schedule", "box", "value", "optimizer"),
    [("step", "step_every", "25", "momentum"), ("inverse-time", "tau", "20", "gd"),
     ("exponential", "decay", "0.98", "adam")],
)
def test_a_schedule_picked_in_the_panel_runs_as_core_fit_does(qtbot, window, schedule, box, value, optimizer):
    choose(qtbot, window.panel.optimizer, optimizer)
    choose(qtbot, group(window).schedule, schedule)
    assert group(window).form.isRowVisible(getattr(group(window), box))
    type_into(qtbot, getattr(group(window), box), value)
    fast(qtbot, window, 150)
    run_to_end(qtbot, window)
    s = window.lesson.settings
    assert s.schedule == schedule and str(getattr(s, box)) in (value, str(float(value)))
    x, y = window.lesson.points.data()
    want = fit(x, y, **s.fit_options())
    assert window.lesson.descent.epoch == 150
    np.testing.assert_allclose(path_of(window), want.path, rtol=1e-12, atol=1e-12)
    rates = want.rates()
    window.flush()
    drawn_x, drawn_rates = window.loss_curve.rate.getData()
    np.testing.assert_allclose(drawn_rates, rates[np.asarray(drawn_x, int) - 1], rtol=1e-15)
    assert window.loss_curve.plot.getAxis("right").isVisible()
    axis = window.loss_curve.plot.getAxis("right")
    qtbot.waitUntil(lambda: len(drawn_tick_labels(axis)) > 1, timeout=2000)  # laid out once shown
    ticks = [v for _text, v in drawn_tick_labels(axis)]
    assert min(ticks) >= -0.05 * rates.max() and max(ticks) <= 1.05 * rates.max()


def test_a_constant_rate_draws_no_rate_axis(qtbot, window):
    fast(qtbot, window, 20)
    run_to_end(qtbot, window)
    window.flush()
    assert not window.loss_curve.plot.getAxis("right").isVisible()
    assert len(window.loss_curve.rate.getData()[0] or []) == 0


@pytest.mark.parametrize(("lr", "schedule", "box", "value", "epochs"),
                         [("0.05", "inverse-time", "tau", "50", 3000), ("0.1", "exponential", "decay", "0.995", 2000)])
def test_mae_with_a_decaying_rate_ends_within_a_thousandth_of_the_exact_j_on_outliers(
        qtbot, window, lr, schedule, box, value, epochs):
    menu_item(window, "Presets", "outliers").trigger()
    choose(qtbot, window.panel.loss, "mae")
    type_into(qtbot, window.panel.lr, lr)
    choose(qtbot, group(window).schedule, schedule)
    type_into(qtbot, getattr(group(window), box), value)
    fast(qtbot, window, epochs)
    run_to_end(qtbot, window)
    p = preset("outliers")
    exact = solve(p.x, p.y, "mae").objective
    assert window.lesson.descent.epoch == epochs
    logged = logged_objective(window)  # J per epoch as the epoch log shows it
    assert len(logged) == epochs + 1 and exact <= logged[-1] <= exact + 1e-3
    assert np.all(logged[-50:] - exact <= 1e-3)  # settled there, not passing through


def test_the_stop_rule_ends_the_run_and_the_status_bar_says_why(qtbot, window):
    g = group(window)
    assert not g.settled.isChecked() and not g.flat.isChecked()  # off by default
    qtbot.mouseClick(g.settled, Qt.MouseButton.LeftButton)
    assert g.form.isRowVisible(g.stop_tol) and g.form.isRowVisible(g.stop_window)
    type_into(qtbot, g.stop_tol, "1e-5")
    type_into(qtbot, g.stop_window, "5")
    fast(qtbot, window, 5000)
    run_to_end(qtbot, window)
    s = window.lesson.settings
    x, y = window.lesson.points.data()
    want = fit(x, y, **s.fit_options())
    assert want.stopped and window.lesson.descent.epoch == want.epochs_run < 5000
    np.testing.assert_allclose(path_of(window), want.path, rtol=1e-12, atol=1e-12)
    said = window.statusBar().currentMessage()
    assert said == (f"The stop rule ended the run at epoch {want.epochs_run}: "
                    "J changed by less than 1e-5 (relative) over 5 epochs")
    with qtbot.waitSignal(window.lesson.message, timeout=5000) as message:
        key(qtbot, window, Qt.Key.Key_Space)  # Run again: it says why it does not go on
    assert message.args[0].startswith("The stop rule ended the run: J changed by less than 1e-5")
    assert not window.runner.running


def test_the_gradient_norm_threshold_ends_the_run(qtbot, window):
    g = group(window)
    qtbot.mouseClick(g.flat, Qt.MouseButton.LeftButton)
    assert g.grad_tol.isEnabled()
    type_into(qtbot, g.grad_tol, "0.01")
    fast(qtbot, window, 5000)
    run_to_end(qtbot, window)
    x, y = window.lesson.points.data()
    want = fit(x, y, **window.lesson.settings.fit_options())
    assert window.lesson.descent.epoch == want.epochs_run < 5000
    said = window.statusBar().currentMessage()
    assert said.startswith(f"The stop rule ended the run at epoch {want.epochs_run}: the gradient's norm ")
    assert said.endswith("fell below 0.01")
    _, grad = window.lesson.problem.objective.value_and_grad(window.lesson.descent.coefficients)
    assert np.linalg.norm(grad) <= 0.01


def test_the_sign_of_the_gradient_is_offered_with_how_it_differs_from_the_subgradient(qtbot, window):
    box = window.panel.optimizer
    i = box.findData("sign")
    assert box.itemText(i) == "sign of the gradient"
    tip = box.itemData(i, Qt.ItemDataRole.ToolTipRole)
    assert "β ← β − L·sign(∇J)" in tip and "subgradient" in tip
    choose(qtbot, box, "sign")
    assert "subgradient" in box.toolTip()
    choose(qtbot, window.panel.loss, "mae")
    type_into(qtbot, window.panel.lr, "0.1")
    fast(qtbot, window, 14)
    run_to_end(qtbot, window)
    steps = np.abs(np.diff(path_of(window), axis=0))
    np.testing.assert_allclose(steps[:5], 0.1, rtol=0, atol=1e-15)  # the blog's log: ±0.1 per epoch


def test_schedule_and_stop_are_undone_and_redone(qtbot, window):
    g = group(window)
    choose(qtbot, g.schedule, "exponential")
    qtbot.mouseClick(g.settled, Qt.MouseButton.LeftButton)
    assert window.lesson.settings.schedule == "exponential" and window.lesson.settings.stop_settled
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not window.lesson.settings.stop_settled and not g.settled.isChecked()
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.lesson.settings.schedule == "constant" and g.schedule.currentData() == "constant"
    assert not g.form.isRowVisible(g.decay)
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert g.schedule.currentData() == "exponential" and g.form.isRowVisible(g.decay)


def test_a_session_keeps_the_schedule_and_the_stop_rule(qtbot, window, tmp_path):
    from lossexplorer.gui.window import MainWindow

    g = group(window)
    choose(qtbot, g.schedule, "step")
    type_into(qtbot, g.step_factor, "0.25")
    type_into(qtbot, g.step_every, "40")
    qtbot.mouseClick(g.settled, Qt.MouseButton.LeftButton)
    type_into(qtbot, g.stop_tol, "1e-7")
    type_into(qtbot, g.stop_window, "7")
    qtbot.mouseClick(g.flat, Qt.MouseButton.LeftButton)
    type_into(qtbot, g.grad_tol, "0.002")
    path = tmp_path / "rated.lossx"
    assert window.files.save_to(str(path))
    saved = window.lesson.settings
    assert read_session(path).settings == saved
    other = MainWindow()
    qtbot.addWidget(other)
    try:
        assert other.files.open_path(str(path))
        assert other.lesson.settings == saved and other.panel.shown() == saved
        h = other.panel.rate_group
        assert (h.schedule.currentData(), h.step_factor.value(), h.step_every.value()) == ("step", 0.25, 40)
        assert h.settled.isChecked() and h.stop_tol.value() == 1e-7 and h.stop_window.value() == 7
        assert h.flat.isChecked() and h.grad_tol.value() == 0.002
    finally:
        other.close()


def test_an_older_session_opens_with_a_constant_rate_and_no_stop_rule(qtbot, window, tmp_path):
    path = tmp_path / "old.lossx"
    assert window.files.save_to(str(path))
    data = json.loads(path.read_text())
    for name in ("schedule", "step_factor", "step_every", "tau", "decay", "stop_settled", "stop_tol",
                 "stop_window", "stop_flat", "grad_tol"):
        del data["settings"][name]
    path.write_text(json.dumps(data))
    choose(qtbot, group(window).schedule, "exponential")
    assert window.files.open_path(str(path))
    s = window.lesson.settings
    assert s.schedule == "constant" and not s.stop_settled and not s.stop_flat
    assert group(window).schedule.currentData() == "constant"


@pytest.mark.parametrize(("name", "value", "said"), [
    ("schedule", "cosine", "unknown schedule 'cosine'"),
    ("decay", 1.5, "setting decay is 1.5, outside the window's range 0.5 to 1"),
    ("stop_window", 0, "setting stop_window is 0, outside the window's range 1 to 1e+06"),
])
def test_a_session_with_a_bad_schedule_or_stop_setting_is_refused_in_one_line(qtbot, window, tmp_path, name,
                                                                               value, said):
    path = tmp_path / "bad.lossx"
    assert window.files.save_to(str(path))
    data = json.loads(path.read_text())
    data["settings"][name] = value
    path.write_text(json.dumps(data))
    before = window.lesson.settings
    assert not window.files.open_path(str(path), show_errors=False)
    with pytest.raises(InputError) as refused:
        read_session(path)
    assert said in str(refused.value) and "\n" not in str(refused.value)
    assert window.lesson.settings == before
