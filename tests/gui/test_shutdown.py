"""Closing the window in the middle of everything: it ends within a second and loses nothing."""

from __future__ import annotations

import os
import time

import numpy as np

from lossexplorer.gui.session import read_session
from lossexplorer.gui.worker import LIVE_THREADS, join_detached


def new_window(qtbot):
    from lossexplorer.gui.window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1400, 860)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_closing_while_the_physics_animation_plays_stops_it_within_a_second(qtbot):
    w = new_window(qtbot)
    w.show_view("physics")
    view = w.physics
    view.play.setChecked(True)
    frames = view._frames
    qtbot.waitUntil(lambda: view._frames > frames + 3, timeout=5_000)  # it is animating
    assert view.timer.isActive()
    start = time.perf_counter()
    w.close()
    assert time.perf_counter() - start < 1.0
    assert not view.timer.isActive()


def test_closing_during_a_run_a_landscape_and_the_animation_just_after_a_save_loses_nothing(qtbot, tmp_path):
    rng = np.random.default_rng(8)
    x = rng.uniform(-5, 5, 20_000)
    y = 0.5 * x + rng.standard_normal(len(x))
    w = new_window(qtbot)
    w.lesson.replace_points(x, y, "many points")
    w.lesson.change_settings(w.lesson.settings.with_(loss="logcosh", epochs=1_000_000, speed=0.0))
    qtbot.waitUntil(lambda: not w.runner.solver.busy, timeout=20_000)
    path = tmp_path / "lesson.lossx"
    assert w.files.save_to(str(path))
    w.show_view("landscape")
    w.landscape._recompute_framed()
    w.runner.run()
    qtbot.waitUntil(lambda: len(w.lesson.descent.history) > 3, timeout=10_000)
    w.show_view("physics")  # the landscape goes on computing out of sight
    w.physics.play.setChecked(True)
    assert w.runner.running and w.landscape.jobs.busy and w.physics.timer.isActive()
    start = time.perf_counter()
    w.close()
    took = time.perf_counter() - start
    assert took < 1.0, f"closing took {took:.2f} s"
    assert not w.busy() and not w.physics.timer.isActive()
    assert not any(t.isRunning() for t in LIVE_THREADS)
    saved = read_session(path)  # the save made just before is whole
    np.testing.assert_array_equal(saved.x, x)
    np.testing.assert_array_equal(saved.y, y)
    assert saved.settings.loss == "logcosh"


def test_closing_during_a_long_exact_solve_ends_within_a_second(qtbot):
    rng = np.random.default_rng(1)
    x = rng.uniform(-5, 5, 3000)
    w = new_window(qtbot)
    w.commands.exact.setChecked(True)
    w.lesson.replace_points(x, 0.5 * x + rng.standard_normal(len(x)), "many points")
    w.lesson.change_settings(w.lesson.settings.with_(loss="mae", l2=0.1))  # a quadratic program of several seconds
    assert w.runner.solver.busy
    start = time.perf_counter()
    w.close()
    took = time.perf_counter() - start
    assert took < 1.0, f"closing took {took:.2f} s"
    assert not w.busy()
    assert join_detached(10_000), "the cancelled solve went on"  # it ends at its next iteration
    assert not any(t.isRunning() for t in LIVE_THREADS)


def test_a_script_that_closes_a_window_mid_solve_exits_cleanly(tmp_path):
    # the closing window lets a cancelled solve finish its iteration; a script (a benchmark) that
    # then ended at once was aborted: "QThread: Destroyed while thread is still running"
    import subprocess
    import sys
    import textwrap

    script = tmp_path / "close_mid_solve.py"
    script.write_text(textwrap.dedent("""
        import numpy as np
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from lossexplorer.gui.autosave import Autosave
        from lossexplorer.gui.files import FileController
        from lossexplorer.gui.window import MainWindow
        Autosave.ASK_TO_RESTORE = False
        w = MainWindow(remember=False)
        w.files.prompt_unsaved = False
        rng = np.random.default_rng(1)
        x = rng.uniform(-5, 5, 3000)
        w.commands.exact.setChecked(True)
        w.lesson.replace_points(x, 0.5 * x + rng.standard_normal(3000), "many points")
        w.lesson.change_settings(w.lesson.settings.with_(loss="mae", l2=0.1))
        assert w.runner.solver.busy
        w.close()
        print("closed")
    """))
    home = tmp_path / "home"  # the autosave and settings of this run, away from the script
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(home / "data"),
           "XDG_CONFIG_HOME": str(home / "config")}
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "closed" in done.stdout and "Destroyed while thread" not in done.stderr
