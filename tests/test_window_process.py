"""The window as a process: no display, Ctrl+C in the terminal, and Qt's own messages."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from lossexplorer.gui.display import XCB_LIBRARIES, display_problem

ROOT = Path(__file__).resolve().parent.parent
NO_DISPLAY = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="only X11 systems can lack a display")


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in NO_DISPLAY and not k.startswith(("XDG_", "LOSSEXPLORER_"))}
    env.update(HOME=str(home), **extra)
    return env


def window(argv: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "lossexplorer", *argv], env=env, capture_output=True, text=True, timeout=120
    )


# --- without a display -----------------------------------------------------------------------


@linux_only
def test_without_a_display_the_window_says_so_in_one_line_and_exits_2(tmp_path):
    done = window([], clean_env(tmp_path))
    assert done.returncode == 2, done.stderr  # not -6: Qt's abort (SIGABRT) never comes
    assert done.stdout == ""
    assert done.stderr.splitlines() == [
        "lossexplorer: no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); start it "
        "in a desktop session, or set QT_QPA_PLATFORM=offscreen to make screenshots without a display"
    ]


@linux_only
def test_an_x_display_that_does_not_answer_is_named(tmp_path):
    free = next(n for n in range(93, 200) if not Path(f"/tmp/.X11-unix/X{n}").exists())
    done = window(["--preset", "outliers"], clean_env(tmp_path, DISPLAY=f":{free}"))
    assert done.returncode == 2, done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"lossexplorer: cannot open the X display ':{free}'")
    assert "QT_QPA_PLATFORM=offscreen" in lines[0]


@linux_only
def test_a_missing_wayland_socket_is_named(tmp_path):
    done = window([], clean_env(tmp_path, WAYLAND_DISPLAY="wayland-77", XDG_RUNTIME_DIR=str(tmp_path)))
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        f"lossexplorer: cannot reach the Wayland display 'wayland-77' (no socket {tmp_path / 'wayland-77'}), "
        "or set QT_QPA_PLATFORM=offscreen to make screenshots without a display"
    ]


@linux_only
def test_offscreen_screenshots_need_no_display(tmp_path):
    out = tmp_path / "s.png"
    done = window(["--screenshot", str(out), "--size", "800x600"], clean_env(tmp_path, QT_QPA_PLATFORM="offscreen"))
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""  # and no "propagateSizeHints()" lines from the offscreen plugin
    assert out.stat().st_size > 10_000


@linux_only
def test_missing_xcb_libraries_are_named_with_their_apt_packages():
    missing = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"}

    def load(name: str) -> object:
        if name.endswith("libqxcb.so"):
            raise OSError("libxcb-icccm.so.4: cannot open shared object file: No such file or directory")
        if name in missing:
            raise OSError(f"{name}: cannot open shared object file")
        return object()

    problem = display_problem({"DISPLAY": ":0"}, load)
    assert problem == (
        "Qt's X11 platform needs libxcb-icccm.so.4, libxcb-keysyms.so.1, not installed here: "
        "sudo apt-get install libxcb-icccm4 libxcb-keysyms1 "
        "(set QT_QPA_PLATFORM=offscreen to make screenshots without a display)"
    )


@linux_only
def test_a_library_outside_the_known_list_is_named_as_the_loader_says():
    def load(name: str) -> object:
        if name.endswith("libqxcb.so"):
            raise OSError("libxcb-newthing.so.2: cannot open shared object file")
        return object()

    problem = display_problem({"DISPLAY": ":0"}, load)
    assert problem is not None and "needs libxcb-newthing.so.2" in problem


@pytest.mark.parametrize("platform", ["offscreen", "minimal", "offscreen:size=800x600", "vnc"])
def test_platforms_that_draw_without_a_display_need_none(platform):
    assert display_problem({"QT_QPA_PLATFORM": platform}) is None


def test_every_xcb_library_has_its_package():
    assert "libxcb-cursor.so.0" in XCB_LIBRARIES and XCB_LIBRARIES["libxcb-icccm.so.4"] == "libxcb-icccm4"


# --- Ctrl+C in the terminal ------------------------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="a terminal's Ctrl+C is SIGINT on POSIX")
def test_ctrl_c_in_the_terminal_closes_the_window_cleanly(tmp_path):
    env = clean_env(tmp_path, QT_QPA_PLATFORM="offscreen", LOSSEXPLORER_REPORT_FIRST_PAINT="1")
    proc = subprocess.Popen(
        [sys.executable, "-m", "lossexplorer", "--preset", "outliers"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "first paint"
        proc.send_signal(signal.SIGINT)  # what the terminal sends for Ctrl+C
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    assert err == ""
    # the window closed as by its close box: it wrote its settings (classroom.save) on the way out
    assert list(tmp_path.glob(".config/lossexplorer/*.conf")), sorted(str(p) for p in tmp_path.rglob("*"))


# --- Qt's messages ---------------------------------------------------------------------------


def test_qt_messages_pass_on_except_the_offscreen_plugins_harmless_one(qapp, qtlog):
    from PySide6.QtCore import qWarning

    from lossexplorer.gui.lifecycle import quiet_qt_messages

    quiet_qt_messages()
    quiet_qt_messages()  # twice is once: the second finds the first in place
    qWarning("This plugin does not support propagateSizeHints()")
    qWarning("a warning worth reading")
    assert [record.message for record in qtlog.records] == ["a warning worth reading"]
