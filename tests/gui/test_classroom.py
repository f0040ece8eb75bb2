"""Projector mode, shortcuts, sessions, files, drops and export: the desktop habits."""

from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent, QImage
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QWidget

from lossexplorer.core import preset
from lossexplorer.gui import theme
from lossexplorer.gui.session import read_session


def test_projector_mode_enlarges_fonts_lines_and_markers_and_survives_a_restart(qtbot, window):
    from lossexplorer.gui.window import MainWindow

    font_before = QApplication.font().pointSizeF()
    fit_width = window.canvas.fit_curve.opts["pen"].widthF()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.projector.projector_action.isChecked()
    assert QApplication.font().pointSizeF() >= 1.6 * font_before
    assert window.canvas.fit_curve.opts["pen"].widthF() >= max(3.0, fit_width)
    assert window.canvas.markers.opts["size"] >= 14
    assert window.canvas.fit_curve.opts["pen"].color().name().upper() == theme.FIT
    tick_font = window.canvas.plot.getAxis("bottom").style["tickFont"]
    assert tick_font.pointSizeF() >= 1.6 * font_before
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.projector.projector_action.isChecked()
    assert again.canvas.markers.opts["size"] >= 14
    again.projector.projector_action.trigger()
    assert not again.projector.projector_action.isChecked()
    assert QApplication.font().pointSizeF() == pytest.approx(font_before)


SHORTCUTS = [
    ("Space", "commands.run"), ("Right", "commands.step"), ("R", "commands.reset"), ("Ctrl+Z", "commands.undo"),
    ("Ctrl+Shift+Z", "commands.redo"), ("Del", "commands.delete"), ("F5", "projector.projector_action"),
    ("F11", "projector.fullscreen_action"), ("Ctrl+O", "files.open_action"), ("Ctrl+S", "files.save_action"),
    ("Ctrl+Shift+S", "files.save_as_action"), ("Ctrl+E", "files.export_view_action"),
    ("F1", "help.shortcuts_action"), ("P", "commands.pin"),
    *((str(k), f"loss_keys.actions.{k - 1}") for k in range(1, 10)),
]


def _resolve(window, path):
    obj = window
    for part in path.split("."):
        obj = obj[int(part)] if part.isdigit() else getattr(obj, part)
    return obj


@pytest.mark.parametrize("keys, action", SHORTCUTS)
def test_every_shortcut_is_bound_to_its_action(window, keys, action):
    from PySide6.QtGui import QKeySequence

    bound = _resolve(window, action)
    assert QKeySequence(keys) in bound.shortcuts()
    owners = [a for a in window.actions() if QKeySequence(keys) in a.shortcuts()]
    assert owners == [bound], f"{keys} is bound to {[a.text() for a in owners]}"


@pytest.mark.parametrize("key, loss", [(Qt.Key.Key_1, "mse"), (Qt.Key.Key_4, "mae"), (Qt.Key.Key_6, "huber"),
                                       (Qt.Key.Key_9, "asymmetric")])
def test_number_keys_pick_a_loss(qtbot, window, key, loss):
    window.canvas.plot_widget.setFocus()
    qtbot.keyClick(window.canvas.plot_widget, key)
    assert window.lesson.settings.loss == loss and window.panel.loss.currentData() == loss


def test_space_runs_and_pauses_and_right_steps(qtbot, window):
    window.canvas.plot_widget.setFocus()
    with qtbot.waitSignal(window.runner.finished, timeout=10_000):
        qtbot.keyClick(window.canvas.plot_widget, Qt.Key.Key_Right)
    assert window.lesson.descent.history.last_epoch == 1
    window.lesson.change_settings(window.lesson.settings.with_(speed=50.0))
    qtbot.keyClick(window.canvas.plot_widget, Qt.Key.Key_Space)
    assert window.runner.running
    qtbot.keyClick(window.canvas.plot_widget, Qt.Key.Key_Space)
    assert not window.runner.running


def test_the_shortcut_sheet_lists_every_shortcut(qtbot, window):
    rows = dict(window.help.shortcut_rows())
    for keys in ("Space", "F5", "F11", "Ctrl+S", "Ctrl+Shift+S", "Ctrl+E", "1 … 9", "Delete"):
        assert keys in rows
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.help.sheet.isVisible()
    window.help.sheet.close()


def test_a_saved_session_reopens_with_points_settings_and_pins_exactly(qtbot, window, tmp_path):
    from lossexplorer.gui.window import MainWindow

    window.lesson.add_point(0.123456789012345, -7.5)
    s = window.lesson.settings.with_(loss="quantile", quantile=0.8, l2=0.25, optimizer="adam", lr=0.02, epochs=77,
                              cap_on=True, cap=3.5, cap_weight=2.0, model="poly:2")
    window.lesson.change_settings(s)
    window.commands.pin.trigger()
    window.commands.overlays["tss"].setChecked(True)
    path = str(tmp_path / "lesson.lossx")
    assert window.files.save_to(path)
    assert not window.isWindowModified() and window.windowTitle().startswith("lesson.lossx")
    other = MainWindow()
    qtbot.addWidget(other)
    assert other.files.open_path(path)
    np.testing.assert_array_equal(other.lesson.points.x, window.lesson.points.x)
    np.testing.assert_array_equal(other.lesson.points.y, window.lesson.points.y)
    assert other.lesson.settings == window.lesson.settings
    assert other.panel.shown() == window.lesson.settings
    assert [(p.label, p.colour, p.model.name, p.coefficients.tolist()) for p in other.lesson.pins] == \
        [(p.label, p.colour, p.model.name, p.coefficients.tolist()) for p in window.lesson.pins]
    assert other.canvas.visible["tss"]
    np.testing.assert_array_equal(other.lesson.descent.coefficients, window.lesson.descent.coefficients)
    other.close()


@pytest.mark.parametrize("content, message", [
    ('{"format": "lossexplorer-session", "version": 99}', "written by a newer lossexplorer (format 99"),
    ('{"format": "lossexplorer-session", "version": 1, "points": {"x": [1, 2], "y": [1]}}', "points.x has 2 values"),
    ('{"format": "lossexplorer-session", "vers', "damaged session"),
    ('{"something": "else"}', "not a lossexplorer session"),
])
def test_a_damaged_or_future_session_changes_nothing_and_says_why(qtbot, window, tmp_path, content, message):
    path = tmp_path / "bad.lossx"
    path.write_text(content)
    before, settings = window.lesson.points, window.lesson.settings
    assert not window.files.open_path(str(path))
    np.testing.assert_array_equal(window.lesson.points.x, before.x)
    assert window.lesson.settings == settings
    shown = window.statusBar().currentMessage()
    assert message in shown and str(path) in shown and "\n" not in shown


def test_a_bad_csv_changes_nothing_and_names_row_and_column(qtbot, window, tmp_path):
    path = tmp_path / "points.csv"
    path.write_text("x,y\n1,2\n2,oops\n")
    before = window.lesson.points
    assert not window.files.open_path(str(path))
    np.testing.assert_array_equal(window.lesson.points.x, before.x)
    assert window.statusBar().currentMessage() == f"{path}, row 3, column y: 'oops' is not a number"


def test_an_interrupted_save_leaves_the_previous_file_intact(qtbot, window, tmp_path, monkeypatch):
    folder = tmp_path / "saves"
    folder.mkdir()
    path = str(folder / "keep.lossx")
    assert window.files.save_to(path)
    original = Path(path).read_text()
    window.lesson.add_point(3.0, 3.0)

    def crash(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", crash)
    assert not window.files.save_to(path)
    assert Path(path).read_text() == original
    assert os.listdir(folder) == ["keep.lossx"]
    assert window.isWindowModified()
    assert "No space left on device" in window.statusBar().currentMessage()


def test_dropping_a_csv_on_the_window_opens_it(qtbot, window, tmp_path):
    path = tmp_path / "dropped.csv"
    path.write_text("x;y\n0;0\n1;2,5\n2;5\n")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPoint(10, 10).toPointF(), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    np.testing.assert_array_equal(window.lesson.points.x, [0, 1, 2])
    np.testing.assert_array_equal(window.lesson.points.y, [0, 2.5, 5])


@pytest.mark.parametrize("view", ["fit", "landscape", "loss-shape"])
def test_export_writes_png_and_svg_files_that_load(qtbot, window, tmp_path, view):
    window.show_view(view)
    window.flush()
    png, svg = str(tmp_path / "view.png"), str(tmp_path / "view.svg")
    assert window.files.export_view_to(png) and window.files.export_view_to(svg)
    image = QImage(png)
    assert not image.isNull() and image.width() == window.views.currentWidget().width()
    assert QSvgRenderer(svg).isValid()
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")


def test_the_title_shows_the_file_name_and_an_unsaved_mark(qtbot, window, tmp_path):
    assert window.windowTitle().startswith("untitled") and not window.isWindowModified()
    window.lesson.add_point(1.0, 1.0)
    assert window.isWindowModified()
    window.lesson.undo_stack.undo()
    assert not window.isWindowModified()
    window.lesson.change_settings(window.lesson.settings.with_(loss="mae"))
    assert window.isWindowModified()


def test_the_session_file_is_versioned_json(qtbot, window, tmp_path):
    path = tmp_path / "s.lossx"
    window.files.save_to(str(path))
    data = json.loads(path.read_text())
    assert data["format"] == "lossexplorer-session" and data["version"] == 1
    assert read_session(path).x.tolist() == preset("noisy-line").x.tolist()


def test_the_random_preset_is_reproducible_and_undoable(qtbot, window):
    from lossexplorer.core.presets import random_points

    x1, y1 = random_points(40, 2.0, 1.0, "student-t", 0.5, 0.1, seed=3)
    _, y2 = random_points(40, 2.0, 1.0, "student-t", 0.5, 0.1, seed=3)
    np.testing.assert_array_equal(y1, y2)
    before = window.lesson.points
    window.lesson.replace_points(x1, y1, "random")
    assert len(window.lesson.points) == 40
    window.lesson.undo_stack.undo()
    np.testing.assert_array_equal(window.lesson.points.x, before.x)


def test_work_is_autosaved_and_restored_after_an_abnormal_exit(qtbot, window, tmp_path):
    import subprocess
    import sys

    from lossexplorer.gui import autosave
    from lossexplorer.gui.window import MainWindow

    for old in autosave.folder().glob("autosave-*.lossx"):
        old.unlink()
    window.lesson.add_point(4.25, -1.5)
    assert window.autosave.save_now()
    assert window.autosave.wait()  # written on a thread of its own
    assert not window.autosave.save_now()  # nothing new since
    assert window.autosave.path.exists()
    # pretend this autosave was left by a process that died: a pid that no longer runs
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    orphan = autosave.folder() / f"autosave-{int(dead.stdout)}.lossx"
    window.autosave.path.rename(orphan)
    other = MainWindow()
    qtbot.addWidget(other)
    assert other.autosave.offer_restore()
    np.testing.assert_array_equal(other.lesson.points.x, window.lesson.points.x)
    assert other.isWindowModified()
    assert not orphan.exists()
    other.close()


def test_a_normal_exit_removes_the_autosave(qtbot, window):
    window.lesson.add_point(1.0, 2.0)
    assert window.autosave.save_now()
    path = window.autosave.path
    window.close()
    assert not path.exists()


def test_every_control_of_the_side_panel_is_reachable_with_tab(qtbot, window):
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QSlider

    panel = window.panel
    controls = [w for w in panel.findChildren(QWidget)
                if isinstance(w, (QAbstractButton, QAbstractSpinBox, QComboBox, QSlider)) and w.isVisibleTo(panel)]
    assert len(controls) > 15
    window.activateWindow()
    first = controls[0]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    reached = set()
    widget = first
    for _ in range(2000):  # the chain holds every widget of the window, labels too (a confusion matrix's cells)
        reached.add(widget)
        widget = widget.nextInFocusChain()
        if widget is first:
            break
    missing = [w for w in controls if w not in reached or not (w.focusPolicy() & Qt.FocusPolicy.TabFocus)]
    assert missing == [], [type(w).__name__ + ":" + (w.toolTip() or w.objectName()) for w in missing]
