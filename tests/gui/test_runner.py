"""The runner on a lesson, without a window: runs on the worker thread, the exact solve, the race."""

from __future__ import annotations

import numpy as np
import pytest

from lossexplorer.core import fit, preset, solve
from lossexplorer.gui.lesson import Lesson
from lossexplorer.gui.runner import Runner


@pytest.fixture
def lesson(qapp):
    return Lesson()


@pytest.fixture
def runner(lesson):
    r = Runner(lesson)
    yield r
    r.stop()


def run_and_wait(qtbot, runner, timeout=20_000):
    with qtbot.waitSignal(runner.finished, timeout=timeout):
        runner.run()


def test_a_run_ends_where_core_fit_does(qtbot, lesson, runner):
    lesson.change_settings(lesson.settings.with_(loss="huber", delta=0.7, lr=0.08, epochs=300, speed=0.0))
    run_and_wait(qtbot, runner)
    p = preset("noisy-line")
    want = fit(p.x, p.y, **lesson.settings.fit_options())
    np.testing.assert_allclose(lesson.descent.coefficients, want.coefficients, rtol=1e-13, atol=0)
    np.testing.assert_allclose(lesson.descent.history.objective, want.objective, rtol=1e-13)
    assert lesson.descent.epoch == 300 and not runner.running


def test_pause_and_run_lose_no_epoch_and_keep_the_optimizers_state(qtbot, lesson, runner):
    s = lesson.settings.with_(optimizer="momentum", lr=0.01, epochs=400, speed=300.0)
    lesson.change_settings(s)
    runner.run()
    qtbot.waitUntil(lambda: lesson.descent.epoch > 5, timeout=10_000)
    runner.pause()
    assert not runner.running and 0 < lesson.descent.epoch < 400
    lesson.change_settings(lesson.settings.with_(speed=0.0))  # the pace only: the same descent
    run_and_wait(qtbot, runner)
    assert lesson.descent.epoch == 400 and np.all(np.diff(lesson.descent.history.epochs) == 1)
    p = preset("noisy-line")
    np.testing.assert_allclose(lesson.descent.coefficients, fit(p.x, p.y, **s.fit_options()).coefficients,
                               rtol=1e-13)


def test_a_new_rate_mid_run_goes_on_from_the_same_epoch_with_a_fresh_optimizer(qtbot, lesson, runner):
    lesson.change_settings(lesson.settings.with_(optimizer="adam", lr=0.05, epochs=300, speed=200.0))
    runner.run()
    qtbot.waitUntil(lambda: lesson.descent.epoch > 10, timeout=10_000)
    with qtbot.waitSignal(runner.finished, timeout=30_000):
        lesson.change_settings(lesson.settings.with_(lr=0.02, speed=0.0))
        changed_at = lesson.descent.epoch  # the worker's state, taken before it went on
        assert runner.running  # it keeps running, with the new settings
    history = lesson.descent.history
    assert history.epochs.tolist() == list(range(301))  # one counter: no epoch lost or repeated
    p = preset("noisy-line")
    head = fit(p.x, p.y, **lesson.settings.with_(lr=0.05, epochs=changed_at).fit_options())
    np.testing.assert_allclose(history.coefficients[changed_at], head.coefficients, rtol=1e-12)
    # from there on, a fresh Adam (its moments start again at 0) at the new rate
    tail = fit(p.x, p.y, **lesson.settings.with_(epochs=300 - changed_at).fit_options()
               | {"init": head.coefficients})
    np.testing.assert_allclose(lesson.descent.coefficients, tail.coefficients, rtol=1e-12)


def test_lowering_the_epochs_below_the_counter_mid_run_ends_the_run(qtbot, lesson, runner):
    lesson.change_settings(lesson.settings.with_(epochs=100_000, speed=100.0))
    runner.run()
    qtbot.waitUntil(lambda: lesson.descent.epoch > 3, timeout=10_000)
    with qtbot.waitSignal(runner.finished, timeout=5_000):
        lesson.change_settings(lesson.settings.with_(epochs=1))
    assert not runner.running


def test_a_new_problem_stops_the_run_and_says_why(qtbot, lesson, runner):
    said = []
    lesson.message.connect(said.append)
    lesson.change_settings(lesson.settings.with_(epochs=100_000, speed=100.0))
    runner.run()
    qtbot.waitUntil(lambda: lesson.descent.epoch > 3, timeout=10_000)
    lesson.add_point(0.0, 8.0)
    assert not runner.running
    assert said[-1].startswith("Run stopped because the points changed")
    assert lesson.descent.epoch == 0


def test_the_exact_answer_of_a_kinked_loss_comes_from_the_solver_thread(qtbot, lesson, runner):
    lesson.change_settings(lesson.settings.with_(loss="mae"))
    assert lesson.exact is None and runner.solver.busy
    with qtbot.waitSignal(lesson.exactChanged, timeout=20_000):
        pass
    p = preset("noisy-line")
    assert lesson.objective.value(lesson.exact) == pytest.approx(solve(p.x, p.y, loss="mae").objective, rel=1e-9)


def test_a_diverging_run_keeps_its_last_finite_state_and_a_lower_rate_goes_on_from_it(qtbot, lesson, runner):
    lesson.change_settings(lesson.settings.with_(lr=5.0, epochs=1000, speed=0.0))
    run_and_wait(qtbot, runner)
    assert lesson.descent.diverged and np.all(np.isfinite(lesson.descent.coefficients))
    stuck_at = lesson.descent.epoch
    lesson.change_settings(lesson.settings.with_(lr=0.01))
    assert not lesson.descent.diverged
    run_and_wait(qtbot, runner)
    assert lesson.descent.epoch == 1000 > stuck_at and not lesson.descent.diverged


def test_the_race_runs_each_optimizer_like_core_fit(qtbot, lesson, runner):
    lesson.change_settings(lesson.settings.with_(epochs=40))
    with qtbot.waitSignal(runner.raceFinished, timeout=20_000) as blocker:
        runner.race()
    race = blocker.args[0]
    p = preset("noisy-line")
    for name, path in race.paths.items():
        want = fit(p.x, p.y, **lesson.settings.fit_options() | {"optimizer": name, "init": race.start})
        np.testing.assert_array_equal(path, want.path)
        np.testing.assert_array_equal(race.objective[name], want.objective)


def test_a_step_stays_one_epoch_when_the_pace_changes_during_it(qtbot, lesson, runner):
    lesson.change_settings(lesson.settings.with_(optimizer="momentum"))
    with qtbot.waitSignal(runner.finished, timeout=10_000):
        runner.step()
        lesson.change_settings(lesson.settings.with_(speed=1.0, lr=0.01))  # mid-step, as fast as a person can
    assert lesson.descent.epoch == 1 and not runner.running
