"""The autosave (issue 15, item 3): written off the GUI thread, offered after crashes newest first,
deleted only once its work is safe again, kept aside when damaged, and only ever in a private
folder of the user's. The crashes themselves are in tests/test_autosave_crash.py (kill -9)."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QApplication

from lossexplorer.gui import autosave
from lossexplorer.gui.autosave import DISCARD, LATER, RESTORE, Autosave
from lossexplorer.gui.session import Session, read_session, write_session
from lossexplorer.gui.settings import FitSettings


def dead_pid() -> int:
    """The id of a process that has ended."""
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(done.stdout)


def plant(folder: Path, pid: int, x: list[float], age: float = 0.0) -> Path:
    """An autosave a process `pid` left behind, `age` seconds old, holding points at x (y = 2x)."""
    path = folder / f"autosave-{pid}.lossx"
    write_session(path, Session(np.array(x, float), 2 * np.array(x, float), FitSettings(), [0.0, 0.0], [0.0, 0.0]))
    stamp = time.time() - age
    os.utime(path, (stamp, stamp))
    return path


def other_window(qtbot):
    from lossexplorer.gui.window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    return w


# --- writing ------------------------------------------------------------------------------------


def test_a_big_autosave_is_written_off_the_gui_thread_which_keeps_ticking(qtbot, window):
    rng = np.random.default_rng(2)
    x = rng.uniform(-5, 5, 2_000_000)
    window.lesson.replace_points(x, 0.5 * x + rng.standard_normal(len(x)), "many points")
    qtbot.waitUntil(lambda: not window.busy(), timeout=60_000)
    window.flush()  # the redraw of the new points is done before the clock starts
    QApplication.processEvents()
    clock, ticks = QElapsedTimer(), []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(clock.elapsed()))
    clock.start()
    timer.start()
    started = time.perf_counter()
    assert window.autosave.save_now()
    assert time.perf_counter() - started < 0.3  # the GUI thread only starts it
    qtbot.waitUntil(lambda: not window.autosave.writing, timeout=120_000)
    timer.stop()
    gaps = np.diff(ticks)
    assert len(gaps) > 10 and gaps.max() < 250, f"the GUI thread stood still for {gaps.max()} ms"
    saved = read_session(window.autosave.path)
    np.testing.assert_array_equal(saved.x, window.lesson.points.x)
    np.testing.assert_array_equal(saved.y, window.lesson.points.y)
    assert saved.settings == window.lesson.settings
    # one that took long is written less often
    assert window.autosave.timer.interval() > autosave.INTERVAL_MS


def test_the_autosave_in_pieces_is_the_same_session_as_a_save(qtbot, window, tmp_path):
    window.lesson.switch_mode(True)
    window.lesson.pin()
    window.lesson.add_point(0.25, -0.5)
    assert window.autosave.save_now() and window.autosave.wait()
    pieces = json.loads(window.autosave.path.read_text())
    assert window.files.save_to(str(tmp_path / "saved.lossx"))  # the same state, written the other way
    assert pieces == json.loads((tmp_path / "saved.lossx").read_text())
    assert len(pieces["points"]["labels"]) == len(pieces["points"]["x"]) == len(window.lesson.points)
    assert not window.autosave.path.exists()  # saved: the autosave went


def test_saving_or_closing_normally_removes_the_autosave_and_only_then(qtbot, window, tmp_path):
    window.lesson.add_point(1.0, 1.0)
    assert window.autosave.save_now() and window.autosave.wait()
    path = window.autosave.path
    assert path.exists()
    assert window.files.save_to(str(tmp_path / "lesson.lossx"))
    assert not path.exists()  # the work is safe in the file
    window.lesson.add_point(2.0, 1.0)
    assert window.autosave.save_now() and window.autosave.wait()
    assert path.exists()
    window.close()
    assert not path.exists()


# --- restoring ----------------------------------------------------------------------------------


def test_every_orphan_is_offered_newest_first_and_only_a_declined_one_is_deleted(qtbot, window, monkeypatch):
    folder = autosave.folder()
    pids = [dead_pid() for _ in range(3)]
    paths = [plant(folder, pid, [float(k), 9.0], age=100.0 * (k + 1)) for k, pid in enumerate(pids)]
    asked = []
    answers = iter([DISCARD, RESTORE])
    monkeypatch.setattr(Autosave, "answer", lambda path, when, count: asked.append((path, count)) or next(answers))
    other = other_window(qtbot)
    assert other.autosave.offer_restore()
    assert asked == [(paths[0], 3), (paths[1], 3)]  # newest first
    assert not paths[0].exists()  # declined
    assert not paths[1].exists() and other.autosave.path.exists()  # restored: now this process's own
    np.testing.assert_array_equal(read_session(other.autosave.path).x, [1.0, 9.0])
    np.testing.assert_array_equal(other.lesson.points.x, [1.0, 9.0])
    assert paths[2].exists()  # kept for the next start, and said so
    assert "1 more autosave kept for the next start" in other.statusBar().currentMessage()
    other.close()


def test_not_now_keeps_every_orphan(qtbot, window, monkeypatch):
    folder = autosave.folder()
    paths = [plant(folder, dead_pid(), [float(k), 9.0], age=10.0 * k) for k in range(2)]
    monkeypatch.setattr(Autosave, "answer", lambda path, when, count: LATER)
    other = other_window(qtbot)
    assert not other.autosave.offer_restore()
    assert all(p.exists() for p in paths)
    other.close()


def test_a_restored_autosave_stays_until_the_work_is_autosaved_anew(qtbot, window):
    orphan = plant(autosave.folder(), dead_pid(), [3.0, 4.0, 5.0])
    other = other_window(qtbot)
    assert other.autosave.offer_restore()
    own = other.autosave.path
    assert not orphan.exists() and own.exists()  # a crash now leaves it to offer again
    np.testing.assert_array_equal(read_session(own).x, [3.0, 4.0, 5.0])
    before = own.stat().st_mtime_ns
    assert other.autosave.save_now() and other.autosave.wait()  # autosaved anew
    assert own.stat().st_mtime_ns != before
    np.testing.assert_array_equal(read_session(own).x, [3.0, 4.0, 5.0])
    other.close()


def test_a_damaged_autosave_is_said_once_kept_aside_and_not_offered_again(qtbot, window):
    folder = autosave.folder()
    bad = folder / f"autosave-{dead_pid()}.lossx"
    bad.write_text('{"format": "lossexplorer-session", "version": 1, "points": ')
    other = other_window(qtbot)
    said = []
    other.show_error = said.append
    assert not other.autosave.offer_restore()
    assert len(said) == 1 and "could not be restored" in said[0] and "\n" not in said[0]
    aside = folder / f"damaged-{bad.name}"
    assert not bad.exists() and aside.exists()
    assert str(aside) in said[0]
    assert not other.autosave.offer_restore()
    assert len(said) == 1
    other.close()


def test_half_written_autosaves_of_dead_processes_are_removed_and_a_live_ones_kept(qtbot, window):
    folder = autosave.folder()
    stale = folder / f".autosave-{dead_pid()}.lossx.k3j4.tmp"
    stale.write_text('{"points": {"x": [1, 2')
    live = folder / f".autosave-{os.getpid()}.lossx.a8b9.tmp"
    live.write_text("being written")
    other = other_window(qtbot)
    other.autosave.offer_restore()
    assert not stale.exists() and live.exists()
    live.unlink()
    other.close()


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links")
def test_a_link_planted_as_an_autosave_is_never_followed(qtbot, window, tmp_path):
    target = tmp_path / "elsewhere.lossx"
    plant(tmp_path, 1, [7.0, 8.0]).rename(target)
    link = autosave.folder() / f"autosave-{dead_pid()}.lossx"
    link.symlink_to(target)
    other = other_window(qtbot)
    assert not other.autosave.offer_restore()
    assert link.is_symlink() and target.exists()
    other.close()


# --- a private folder -----------------------------------------------------------------------------


@pytest.fixture
def no_data_folder(tmp_path, monkeypatch):
    """The data folder cannot be made (a file is in its place): the temporary directory's is used."""
    import tempfile

    from PySide6.QtCore import QStandardPaths

    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _where: str(blocker))
    shared = tmp_path / "tmp"
    shared.mkdir()
    os.chmod(shared, 0o1777)  # /tmp: anyone may make a folder in it
    monkeypatch.setattr(tempfile, "tempdir", str(shared))
    return shared / f"lossexplorer-{os.getuid()}"


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX users")
def test_the_fallback_folder_is_made_private(no_data_folder):
    where, warning = autosave.place()
    assert where == no_data_folder and warning == ""
    assert stat.S_IMODE(os.lstat(where).st_mode) == 0o700


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX users")
def test_a_fallback_folder_of_ours_open_to_others_is_closed_first(no_data_folder):
    no_data_folder.mkdir()
    os.chmod(no_data_folder, 0o777)
    where, _ = autosave.place()
    assert where == no_data_folder and stat.S_IMODE(os.lstat(where).st_mode) == 0o700


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX users")
def test_a_fallback_folder_another_user_made_is_not_used_and_its_session_not_restored(qtbot, no_data_folder):
    no_data_folder.mkdir(mode=0o777)
    planted = plant(no_data_folder, dead_pid(), [6.0, 6.5, 7.0])
    try:
        os.chown(no_data_folder, 12345, 12345)
        os.chown(planted, 12345, 12345)
    except PermissionError:
        pytest.skip("only root can give a folder to another user")
    where, warning = autosave.place()
    assert where is None
    assert warning == f"Autosave is off: {no_data_folder} belongs to another user"
    w = other_window(qtbot)
    before = w.lesson.points
    assert not w.autosave.offer_restore()
    assert w.lesson.points is before
    assert w.statusBar().currentMessage() == warning
    w.lesson.add_point(1.0, 1.0)
    assert not w.autosave.save_now()
    assert sorted(p.name for p in no_data_folder.iterdir()) == [planted.name]
    w.close()


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links")
def test_a_link_in_place_of_the_fallback_folder_is_refused(no_data_folder, tmp_path):
    target = tmp_path / "target"
    target.mkdir(mode=0o700)
    no_data_folder.symlink_to(target)
    where, warning = autosave.place()
    assert where is None and "is not a folder" in warning
