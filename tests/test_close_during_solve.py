"""Closing the window while the exact solve of 10⁶ points runs (issue 15, item 2): MAE's linear
program takes minutes in HiGHS, which nothing can interrupt, and the closing window used to end
10 s later in `QThread: Destroyed while thread is still running` and SIGABRT (exit 134). The
solve now runs in a child process that closing kills: the app exits 0 within seconds and leaves
no process behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")


def children(pid: int) -> set[int]:
    """The processes whose parent is `pid`."""
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.add(int(entry.name))
    return found


def cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


def alive(pid: int) -> bool:
    return Path(f"/proc/{pid}").exists()


@pytest.fixture(scope="module")
def million(tmp_path_factory):
    rng = np.random.default_rng(3)
    x = rng.uniform(-5, 5, 1_000_000)
    path = tmp_path_factory.mktemp("million") / "million.csv"
    np.savetxt(path, np.column_stack([x, 2 * x + 1 + rng.standard_normal(len(x))]), delimiter=",",
               header="x,y", comments="", fmt="%.6f")
    return path


@linux_only
@pytest.mark.parametrize("loss", ["mae", "quantile"])
def test_closing_two_seconds_into_the_exact_solve_of_a_million_points_exits_0_and_leaves_no_process(
        tmp_path, million, loss):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "LOSSEXPLORER_"))}
    env.update(HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen", LOSSEXPLORER_REPORT_FIRST_PAINT="1")
    app = subprocess.Popen([sys.executable, "-m", "lossexplorer", "--loss", loss, str(million)], env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert app.stdout is not None
        assert app.stdout.readline().strip() == "first paint"
        time.sleep(2.0)  # two seconds into the exact solve
        assert app.poll() is None
        left_behind = children(app.pid)
        solving = [pid for pid in left_behind if b"spawn_main" in cmdline(pid)]
        closed = time.monotonic()
        app.send_signal(signal.SIGINT)  # closes the window as its close box does
        _, err = app.communicate(timeout=60)
        took = time.monotonic() - closed
    finally:
        if app.poll() is None:
            app.kill()
    assert app.returncode == 0, err[-2000:]
    assert took < 5.0, f"closing took {took:.1f} s"
    assert "Destroyed while thread" not in err and "Traceback" not in err
    assert solving, "the exact solve was not running in its own process when the window closed"
    deadline = time.monotonic() + 3.0  # multiprocessing's resource tracker ends when it sees the app gone
    while any(alive(pid) for pid in left_behind) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not [pid for pid in left_behind if alive(pid)], "a process of the app outlived it"


SCRIPT = """
import sys, time
import numpy as np
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from lossexplorer.gui.app import make_app
from lossexplorer.gui.window import MainWindow
from lossexplorer.gui.worker import exit_now, join_detached

app = make_app()
w = MainWindow(remember=False)
w.files.prompt_unsaved = False
w.resize(1400, 860)
w.show()
rng = np.random.default_rng(5)
x = rng.uniform(-5, 5, 1_000_000)
w.lesson.replace_points(x, 2 * x + rng.standard_normal(len(x)), "a million points")
# stochastic descent with batches of one point: an epoch takes about 20 s, and stops only between epochs
w.lesson.change_settings(w.lesson.settings.with_(loss="mae", optimizer="sgd", batch_size=1, lr=1e-4, speed=0.0))
w.runner.run()
w.runner.race()
w.show_view("landscape")  # MAE's grid on 10⁶ points: minutes of blocks
w.show_view("physics")
w.physics.play.setChecked(True)
deadline = time.monotonic() + 10
while not w.runner.solver.busy and time.monotonic() < deadline:  # it starts once the problem stands still
    app.processEvents()
    time.sleep(0.01)
busy = {"run": w.runner.running, "race": w.runner.race_job.busy, "solve": w.runner.solver.busy,
        "grid": w.landscape.jobs.busy, "animation": w.physics.timer.isActive()}
print(" ".join(name for name, on in busy.items() if on), flush=True)

def close():
    started = time.perf_counter()
    w.close()
    print(f"closed in {time.perf_counter() - started:.2f} s", flush=True)

QTimer.singleShot(2000, close)
status = app.exec()
if not join_detached():
    exit_now(status)
sys.exit(status)
"""


@linux_only
def test_closing_during_a_long_epoch_a_race_a_grid_a_solve_and_the_animation_exits_0_at_once(tmp_path):
    script = tmp_path / "close_everything.py"
    script.write_text(SCRIPT)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    started = time.monotonic()
    done = subprocess.run([sys.executable, str(script)], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.splitlines()
    assert lines[0].split() == ["run", "race", "solve", "grid", "animation"], lines
    assert lines[1].startswith("closed in") and float(lines[1].split()[2]) < 1.5, lines
    assert "Destroyed while thread" not in done.stderr and "Traceback" not in done.stderr
    assert time.monotonic() - started < 60
