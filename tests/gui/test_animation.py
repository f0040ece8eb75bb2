"""File → Export animation… and --animation (issue 19): the descent from epoch 0 to the end, one
frame per epoch drawn, as a GIF (Pillow), PNG frames or an MP4 (ffmpeg), never half written."""

from __future__ import annotations

import shutil

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QPushButton
from qt_helpers import menu_item

from lossexplorer.cli import main
from lossexplorer.gui import animation_export

Image = pytest.importorskip("PIL.Image")


def frames_of(path) -> list[np.ndarray]:
    with Image.open(path) as gif:
        out = []
        for i in range(gif.n_frames):
            gif.seek(i)
            out.append(np.asarray(gif.convert("RGB")))
        return out


def export_by_menu(qtbot, window, monkeypatch, path, timeout=60_000) -> str:
    """File → Export animation…, the file dialog answered with `path`; what the export says it wrote."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    with qtbot.waitSignal(window.animation.finished, timeout=timeout) as done:
        menu_item(window, "File", "Export animation…").trigger()
    return done.args[0]


def test_an_exported_gif_has_a_frame_per_epoch_the_canvas_size_and_moves(qtbot, window, monkeypatch, tmp_path):
    window.lesson.change_settings(window.lesson.settings.with_(epochs=30), undoable=False)
    out = tmp_path / "descent.gif"
    assert export_by_menu(qtbot, window, monkeypatch, out) == str(out)
    frames = frames_of(out)
    assert len(frames) == 31  # epochs 0 to 30
    canvas = window.canvas
    assert canvas.width() <= 960  # the canvas's own size (a wider one is scaled to 960 wide)
    assert frames[0].shape == (canvas.height(), canvas.width(), 3)
    first, last = frames[0].astype(int), frames[-1].astype(int)
    assert np.abs(first - last).sum(axis=2).astype(bool).mean() > 0.01  # the fit moved across the frame
    assert window.lesson.descent.epoch == 0  # the lesson's own descent was not run by the export
    assert "Exported the descent" in window.statusBar().currentMessage()


def test_a_long_run_is_sampled_to_at_most_72_frames_ending_at_the_last_epoch(qtbot, window, tmp_path):
    window.lesson.change_settings(window.lesson.settings.with_(epochs=500), undoable=False)
    out = tmp_path / "long.gif"
    with qtbot.waitSignal(window.animation.finished, timeout=60_000):
        assert window.animation.start(str(out), size=(320, 240), fps=20)
    frames = frames_of(out)
    assert len(frames) == 72
    assert frames[0].shape == (240, 320, 3)
    with Image.open(out) as gif:
        gif.seek(1)
        assert gif.info["duration"] == 50  # 20 frames a second


def test_png_frames_are_a_numbered_sequence(qtbot, window, tmp_path):
    window.lesson.change_settings(window.lesson.settings.with_(epochs=9), undoable=False)
    with qtbot.waitSignal(window.animation.finished, timeout=60_000) as done:
        window.animation.start(str(tmp_path / "frame.png"), size=(300, 200))
    names = sorted(p.name for p in tmp_path.glob("frame-*.png"))
    assert names == [f"frame-{i:03d}.png" for i in range(10)]
    assert "10 frames" in done.args[0]
    first, last = QImage(str(tmp_path / "frame-000.png")), QImage(str(tmp_path / "frame-009.png"))
    assert (first.width(), first.height()) == (300, 200)
    assert first != last


def test_cancel_in_the_progress_dialog_writes_nothing(qtbot, window, tmp_path):
    window.lesson.change_settings(window.lesson.settings.with_(epochs=2000), undoable=False)
    out = tmp_path / "never.gif"
    assert window.animation.start(str(out), size=(900, 600))
    dialog = window.animation.progress
    qtbot.waitUntil(lambda: dialog.isVisible(), timeout=5000)
    button = dialog.findChild(QPushButton)
    assert button.text() == "Cancel"
    with qtbot.waitSignal(window.animation.finished, timeout=10_000) as done:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert done.args == [""]
    assert not out.exists() and not list(tmp_path.iterdir())
    assert window.animation.action.isEnabled()


def test_an_unknown_suffix_says_what_is_written(qtbot, window, tmp_path):
    with qtbot.waitSignal(window.animation.failed) as failed:
        assert not window.animation.start(str(tmp_path / "x.avi"))
    assert failed.args[0].endswith("an animation is written as .gif, .png (frames) or .mp4")


def test_without_pillow_the_menu_entry_says_how_to_install_it(qtbot, monkeypatch, tmp_path):
    from lossexplorer.gui.window import MainWindow

    monkeypatch.setattr(animation_export, "has_pillow", lambda: False)
    window = MainWindow()
    qtbot.addWidget(window)
    entry = menu_item(window, "File", "Export animation… (for a GIF: pip install 'lossexplorer[export]')")
    assert "needs Pillow" in entry.toolTip()
    with qtbot.waitSignal(window.animation.failed) as failed:
        assert not window.animation.start(str(tmp_path / "x.gif"), interactive=False)
    assert "pip install 'lossexplorer[export]'" in failed.args[0]
    window.close()


@pytest.mark.skipif(shutil.which("ffmpeg") is None, reason="MP4 needs ffmpeg on PATH")
def test_an_mp4_when_ffmpeg_is_there(qtbot, window, tmp_path):
    window.lesson.change_settings(window.lesson.settings.with_(epochs=12), undoable=False)
    out = tmp_path / "descent.mp4"
    with qtbot.waitSignal(window.animation.finished, timeout=60_000):
        window.animation.start(str(out), size=(320, 240))
    assert out.stat().st_size > 1000


def test_the_command_line_writes_a_gif_headless(qtbot, tmp_path, capsys):
    out = tmp_path / "mae.gif"
    assert main(["--preset", "outliers", "--loss", "mae", "--animation", str(out), "--epochs", "20",
                 "--size", "400x300", "--fps", "10"]) == 0
    frames = frames_of(out)
    assert len(frames) == 21 and frames[0].shape == (300, 400, 3)
    assert not np.array_equal(frames[0], frames[-1])
    assert capsys.readouterr().err.strip() == f"lossexplorer: wrote {out}"


def test_the_command_line_says_in_one_line_what_it_cannot_write(qtbot, tmp_path, capsys):
    assert main(["--animation", str(tmp_path / "x.webm"), "--epochs", "5"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "x.webm: an animation is written as .gif, .png (frames) or .mp4" in err[0]


def test_the_window_opens_without_loading_pillow():
    import os
    import subprocess
    import sys

    code = ("import sys\nfrom lossexplorer.gui.app import make_app\nfrom lossexplorer.gui.window import MainWindow\n"
            "app = make_app(); w = MainWindow(remember=False); w.show(); app.processEvents()\n"
            "print('PIL' in sys.modules); w.close()\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert out.stdout.strip() == "False", out.stderr[-2000:]


def test_a_folder_that_is_not_there_gives_one_line_and_no_file(qtbot, tmp_path, capsys):
    out = tmp_path / "missing" / "x.gif"
    assert main(["--animation", str(out), "--epochs", "3", "--size", "300x200"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"lossexplorer: {out}: cannot be written (No such file or directory)"]
    assert not (tmp_path / "missing").exists()
