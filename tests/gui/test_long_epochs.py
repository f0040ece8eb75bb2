"""A run whose epochs take seconds (stochastic descent with batches of one point on many points)
stops only between epochs: pausing, changing a setting or closing must not wait for the epoch
(issue 15, item 2: closing never waits on or aborts what is running)."""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest

from lossexplorer.core import Objective
from lossexplorer.gui.worker import join_detached


@pytest.fixture
def stepping(monkeypatch):
    """Set once the worker is inside an epoch (its first mini-batch step)."""
    inside = threading.Event()
    real = Objective.batch_value_and_grad

    def step(self, *args, **kwargs):
        inside.set()
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Objective, "batch_value_and_grad", step)
    return inside


def long_epochs(window, n: int = 100_000) -> None:
    rng = np.random.default_rng(4)
    x = rng.uniform(-5, 5, n)
    window.lesson.replace_points(x, 2 * x + rng.standard_normal(n), "many points")
    window.lesson.change_settings(window.lesson.settings.with_(optimizer="sgd", batch_size=1, lr=1e-4, speed=0.0,
                                                              epochs=3))


def test_pausing_in_the_middle_of_a_long_epoch_answers_at_once_and_the_run_goes_on_after(qtbot, window, stepping):
    long_epochs(window)
    window.runner.run()
    qtbot.waitUntil(stepping.is_set, timeout=10_000)  # an epoch of about two seconds has begun
    assert window.runner.running
    started = time.perf_counter()
    window.runner.pause()
    assert time.perf_counter() - started < 1.0
    assert not window.runner.running
    assert window.lesson.descent.epoch == 0  # the epoch in progress is dropped, not half taken
    with qtbot.waitSignal(window.runner.finished, timeout=60_000):  # Run again: a descent of its own
        window.runner.run()
    epochs = window.lesson.descent.history.epochs
    assert list(epochs) == [0, 1, 2, 3]
    assert join_detached(20_000)  # the epoch let go of ended on its own


def test_changing_the_learning_rate_in_a_long_epoch_answers_at_once_and_keeps_running(qtbot, window, stepping):
    long_epochs(window)
    window.runner.run()
    qtbot.waitUntil(stepping.is_set, timeout=10_000)
    started = time.perf_counter()
    window.panel.lr.setValue(2e-4)
    assert time.perf_counter() - started < 1.0
    assert window.lesson.settings.lr == 2e-4 and window.runner.running  # rule 4: the run goes on
    with qtbot.waitSignal(window.runner.finished, timeout=60_000):
        pass
    assert list(window.lesson.descent.history.epochs) == [0, 1, 2, 3]
    assert join_detached(20_000)
