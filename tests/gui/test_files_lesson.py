"""Issue 14, item 14: a reopened session says what it holds; File → New starts a fresh lesson
(asking about unsaved work); an exported SVG draws its lines as thick as the PNG does in
librsvg (GNOME's viewers, LibreOffice), which ignores `vector-effect: non-scaling-stroke`."""

from __future__ import annotations

import shutil
import subprocess

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QCheckBox, QMessageBox
from qt_helpers import menu_item

from lossexplorer.gui import theme


def saved_outliers_lesson(window, path) -> None:
    menu_item(window, "Presets", "outliers").trigger()
    window.commands.pin.trigger()
    assert window.files.save_to(str(path))


def test_a_reopened_session_says_what_it_holds_not_what_was_there(qtbot, window, tmp_path):
    path = tmp_path / "outliers.lossx"
    saved_outliers_lesson(window, path)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # File → New: ten points again
    assert window.statusBar().currentMessage().startswith("A new lesson")
    assert window.files.open_path(str(path))
    said = window.statusBar().currentMessage()
    assert "24 points" in said and "1 pin" in said and "noisy-line" not in said
    window.flush()
    assert window.status.text().startswith("24 points")


def test_a_session_named_on_the_command_line_says_what_it_holds(qtbot, window, tmp_path):
    from lossexplorer.cli import _parse_window_args
    from lossexplorer.gui.app import open_window

    path = tmp_path / "outliers.lossx"
    saved_outliers_lesson(window, path)
    opened = open_window(_parse_window_args([str(path)]))
    qtbot.addWidget(opened)
    try:
        said = opened.statusBar().currentMessage()
        assert "24 points" in said and "noisy-line" not in said
    finally:
        opened.close()


def test_file_new_starts_a_fresh_lesson_after_asking_about_unsaved_work(qtbot, window, monkeypatch):
    menu_item(window, "Presets", "outliers").trigger()
    window.commands.pin.trigger()
    assert window.isWindowModified()
    window.files.prompt_unsaved = True
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard])
    asked = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: (asked.append(box.text()), next(answers))[1])
    assert menu_item(window, "File", "New lesson").shortcut().toString() == "Ctrl+N"
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(window.lesson.points) == 24 and window.lesson.pins  # cancelled: nothing lost
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 2 and "Save the changes" in asked[0]
    window.flush()
    assert len(window.lesson.points) == 10 and not window.lesson.pins
    assert window.status.text().startswith("10 points") and not window.isWindowModified()
    assert window.windowTitle().startswith("untitled")
    assert not window.commands.undo.isEnabled()  # the history starts again


# --- SVG ---------------------------------------------------------------------------------------

RSVG = shutil.which("rsvg-convert")


def fit_thickness(image: QImage) -> float:
    """The median vertical thickness, in pixels, of the current fit's line (its colour, opaque)."""
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    w, h = image.width(), image.height()
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(h, image.bytesPerLine())[:, : 3 * w]
    rgb = rows.reshape(h, w, 3).astype(int)
    colour = QColor(theme.FIT)
    fit = np.array([colour.red(), colour.green(), colour.blue()])
    near = np.abs(rgb - fit).sum(axis=2) < 60
    per_column = near.sum(axis=0)
    return float(np.median(per_column[per_column > 0]))


@pytest.mark.skipif(RSVG is None, reason="rsvg-convert (Debian: librsvg2-bin) is not installed, so the SVG "
                                         "cannot be rendered the way GNOME and LibreOffice render it")
def test_an_exported_svg_draws_lines_as_thick_as_the_png_in_librsvg(qtbot, window, tmp_path):
    for text in ("residuals", "residual squares (RSS)"):  # the fit line alone in its colour
        box = next(b for b in window.panel.findChildren(QCheckBox) if b.text() == text)
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))  # on its tick
        assert not box.isChecked()
    window.flush()
    png, svg, rendered = tmp_path / "fit.png", tmp_path / "fit.svg", tmp_path / "fit-rsvg.png"
    assert window.files.export_view_to(str(png)) and window.files.export_view_to(str(svg))
    want = QImage(str(png))
    size = ["-w", str(want.width()), "-h", str(want.height())]  # the PNG's pixels, whatever units the SVG uses
    subprocess.run([RSVG, *size, str(svg), "-o", str(rendered)], check=True, timeout=60)
    got = QImage(str(rendered))
    thick_png, thick_svg = fit_thickness(want), fit_thickness(got)
    assert 1 <= thick_png <= 8
    assert abs(thick_svg - thick_png) <= 1.5, (thick_svg, thick_png)


def test_the_file_menu_leads_with_new(window):
    top = next(a for a in window.menuBar().actions() if a.text().replace("&", "") == "File")
    assert top.menu().actions()[0].text().replace("&", "") == "New lesson"
