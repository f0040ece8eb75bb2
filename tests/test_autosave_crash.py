"""Crashes (kill -9) and the autosave (issue 15, item 3): the work of every crashed window is offered
again, a restore survives a second crash, and a crash in the middle of a large autosave leaves
the last complete one and no half-written file."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="kill -9")

#: a window with the autosave on; commands on the command line, one line on stdout per step
SCRIPT = '''
import sys
import numpy as np
from PySide6.QtWidgets import QApplication
from lossexplorer.gui.app import make_app
from lossexplorer.gui.autosave import Autosave, orphans
try:
    from lossexplorer.gui.autosave import remove_stale_temporaries
except ImportError:  # before issue 15
    def remove_stale_temporaries():
        pass
from lossexplorer.gui.session import read_session
from lossexplorer.gui.window import MainWindow


def main():
    app = make_app()
    w = MainWindow()  # remembers, and autosaves
    w.files.prompt_unsaved = False
    command, *rest = sys.argv[1:]
    wait = getattr(w.autosave, "wait", lambda: True)  # before issue 15 the autosave wrote at once
    if command == "edit":  # one point at (v, v), autosaved
        w.lesson.add_point(float(rest[0]), float(rest[0]))
        assert w.autosave.save_now() and wait()
        print("saved", w.autosave.path, flush=True)
    elif command == "big":  # an autosave of a few points, then one of millions, killed while it writes
        w.lesson.add_point(float(rest[0]), float(rest[0]))
        assert w.autosave.save_now() and wait()
        rng = np.random.default_rng(1)
        x = rng.uniform(-5, 5, 3_000_000)
        w.lesson.replace_points(x, 2 * x, "millions")
        assert w.autosave.save_now()
        print("writing", w.autosave.path, flush=True)
    elif command == "restore":
        Autosave.ASK_TO_RESTORE = False
        restored = w.autosave.offer_restore()
        print("restored" if restored else "nothing", *w.lesson.points.x[-1:], flush=True)
    elif command == "list":  # what a start would offer, newest first, without answering
        remove_stale_temporaries()
        for path in orphans():
            print(path.name, read_session(path).x[-1], flush=True)
        return 0
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
'''


class App:
    """A window process of the test's own home (settings and data folder)."""

    def __init__(self, home: Path, script: Path, *command: str) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "LOSSEXPLORER_"))}
        env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen")
        self.process = subprocess.Popen([sys.executable, str(script), *command], env=env, stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, text=True)

    def line(self) -> list[str]:
        assert self.process.stdout is not None
        text = self.process.stdout.readline()
        assert text, self.process.stderr.read() if self.process.stderr else ""
        return text.split()

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.communicate(timeout=30)  # reaps it and closes its pipes

    def finish(self) -> list[list[str]]:
        out, err = self.process.communicate(timeout=120)
        assert self.process.returncode == 0, err
        return [line.split() for line in out.splitlines()]


@pytest.fixture
def app(tmp_path):
    script = tmp_path / "window.py"
    script.write_text(SCRIPT)
    home = tmp_path / "home"
    home.mkdir()
    started: list[App] = []

    def start(*command: str) -> App:
        started.append(App(home, script, *command))
        return started[-1]

    yield start
    for window in started:  # a failed test leaves no window running
        if window.process.poll() is None:
            window.kill()


def test_two_crashed_windows_are_both_offered_and_a_restore_survives_a_second_crash(app):
    first = app("edit", "101")
    first.line()
    time.sleep(1.1)  # the second window's autosave is the newer one
    second = app("edit", "202")
    second.line()
    first.kill()
    second.kill()
    assert [(name, float(v)) for name, v in app("list").finish()] == [
        (f"autosave-{second.process.pid}.lossx", 202.0), (f"autosave-{first.process.pid}.lossx", 101.0)]
    third = app("restore")
    assert third.line() == ["restored", "202.0"]  # the newest
    third.kill()  # a second crash, within a second of restoring
    offered = [(name, float(v)) for name, v in app("list").finish()]
    assert offered == [(f"autosave-{third.process.pid}.lossx", 202.0), (f"autosave-{first.process.pid}.lossx", 101.0)]
    fourth = app("restore")
    assert fourth.line() == ["restored", "202.0"]
    fifth = app("restore")  # while the fourth runs, the first window's work is the one left to offer
    assert fifth.line() == ["restored", "101.0"]
    fourth.kill()
    fifth.kill()
    offered = {float(v) for _name, v in app("list").finish()}
    assert offered == {101.0, 202.0}  # neither was deleted before it was safe


def test_a_crash_in_the_middle_of_a_large_autosave_leaves_the_last_complete_one_and_no_temporary(app):
    big = app("big", "7")
    _, path = big.line()
    folder = Path(path).parent
    deadline = time.monotonic() + 60
    temporaries: list[Path] = []
    while not temporaries and time.monotonic() < deadline:  # the large one is being written
        temporaries = [p for p in folder.glob(f".{Path(path).name}.*.tmp") if p.stat().st_size > 1_000_000]
        time.sleep(0.01)
    assert temporaries, "the large autosave was never seen half-written"
    big.kill()
    assert temporaries[0].exists()
    assert [(name, float(v)) for name, v in app("list").finish()] == [(Path(path).name, 7.0)]
    assert not any(folder.glob(".autosave-*.tmp"))  # the half-written one is gone
    restore = app("restore")
    assert restore.line() == ["restored", "7.0"]
    restore.kill()
