"""Screenshot mode: `lossexplorer --screenshot OUT.png ...` renders the window and exits."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage

from lossexplorer.cli import main


def test_screenshot_mode_writes_a_png_of_the_requested_size(qtbot, tmp_path):
    out = tmp_path / "shot.png"
    code = main(["--screenshot", str(out), "--preset", "outliers", "--loss", "huber", "--epochs", "40",
                 "--size", "1280x720"])
    assert code == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 720)


def test_the_screenshot_shows_the_state_after_the_run(qtbot, tmp_path, monkeypatch):
    from lossexplorer.gui import app

    seen = []
    real = app.screenshot

    def spy(window, path, size, epochs):
        real(window, path, size, epochs)
        seen.append((window.readouts.readings.epoch, window.status.text()))

    monkeypatch.setattr(app, "screenshot", spy)
    assert main(["--screenshot", str(tmp_path / "s.png"), "--epochs", "25", "--size", "1280x720"]) == 0
    assert seen == [(25, "10 points · epoch 25")]


def test_epochs_zero_shows_the_start(qtbot, tmp_path, monkeypatch):
    from lossexplorer.gui import app

    shown = []
    real = app.screenshot

    def spy(window, path, size, epochs):
        real(window, path, size, epochs)
        shown.append((window.lesson.descent.history.last_epoch, window.lesson.descent.coefficients.tolist()))

    monkeypatch.setattr(app, "screenshot", spy)
    assert main(["--screenshot", str(tmp_path / "s.png"), "--epochs", "0", "--size", "1280x720"]) == 0
    assert shown == [(0, [0.0, 0.0])]


def test_a_points_file_that_cannot_be_opened_ends_with_status_2_and_one_line(tmp_path):
    bad = tmp_path / "points.csv"
    bad.write_text("x,y\n1,2\n3,abc\n")
    out = subprocess.run(
        [sys.executable, "-m", "lossexplorer", "--screenshot", str(tmp_path / "s.png"), str(bad)],
        capture_output=True, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=120,
    )
    assert out.returncode == 2, out.stderr
    lines = [line for line in out.stderr.splitlines() if "propagateSizeHints" not in line]
    assert lines == [f"lossexplorer: {bad}, row 3, column y: 'abc' is not a number"]
    assert not (tmp_path / "s.png").exists()


@pytest.mark.parametrize("args, message", [
    (["--loss", "nope"], "unknown loss 'nope'"),
    (["--size", "big"], "--size must look like 1600x900"),
    (["--view", "moon"], "unknown view 'moon'"),
    (["--preset", "nope"], "unknown preset 'nope'"),
])
def test_bad_options_in_screenshot_mode_give_one_line(qtbot, tmp_path, capsys, args, message):
    assert main(["--screenshot", str(tmp_path / "s.png"), *args]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("lossexplorer: ") and message in err[0]


def test_a_points_csv_opens_from_the_command_line(qtbot, tmp_path):
    points = tmp_path / "p.csv"
    points.write_text("x,y\n0,1\n1,3\n2,5\n")
    out = tmp_path / "s.png"
    assert main(["--screenshot", str(out), str(points), "--epochs", "5", "--size", "1280x720"]) == 0
    assert QImage(str(out)).width() == 1280
