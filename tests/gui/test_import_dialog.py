"""Importing a spreadsheet as it comes (issue 17): a dropped or opened file of more columns than
x, y opens the import dialog; the columns chosen there give exactly their points; a decimal
comma, quoted cells and Excel's UTF-16 import correctly; a bad row is named by its row and left
out only when the person agrees; Cancel changes nothing. Real input: drops, key presses in the
drop-downs, clicks on the buttons and boxes."""

from __future__ import annotations

import codecs

import numpy as np
import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QLabel, QPushButton, QTableWidget
from qt_helpers import choose

SHEET = ("name,height,weight,age,sex\n"
         "Ann,150,50.5,12,f\nBob,160,60,13,m\nCid,170,71.25,14,m\nDee,155,52,12,f\nEve,165,58,13,f\n")


def drop(window, path) -> None:
    """Drop a file on the window as a file manager does."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPoint(200, 200).toPointF(), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)


def import_dialog(qtbot, window) -> QDialog:
    qtbot.waitUntil(lambda: window.findChild(QDialog, "import_dialog") is not None
                    and window.findChild(QDialog, "import_dialog").isVisible(), timeout=5000)
    return window.findChild(QDialog, "import_dialog")


def box(dialog, name: str):
    """A drop-down or check box of the dialog by its accessible name (what a screen reader says)."""
    for widget in [*dialog.findChildren(QComboBox), *dialog.findChildren(QCheckBox)]:
        if widget.accessibleName() == name:
            return widget
    raise LookupError(name)


def button(dialog, starts: str) -> QPushButton:
    return next(b for b in dialog.findChildren(QPushButton) if b.text().replace("&", "").startswith(starts))


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def check(qtbot, box: QCheckBox) -> None:
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)


def text_of(dialog, name: str) -> str:
    return dialog.findChild(QLabel, name).text()


def axis_names(window) -> tuple[str, str]:
    plot = window.canvas.plot
    return plot.getAxis("bottom").labelText, plot.getAxis("left").labelText


def write(tmp_path, name, content) -> str:
    path = tmp_path / name
    (path.write_bytes if isinstance(content, bytes) else path.write_text)(content)
    return str(path)


def test_a_five_column_csv_with_a_header_opens_the_import_dialog_with_a_preview(qtbot, window, tmp_path):
    before = window.lesson.points
    drop(window, write(tmp_path, "class.csv", SHEET))
    dialog = import_dialog(qtbot, window)
    preview = dialog.findChild(QTableWidget, "import_preview")
    assert preview.columnCount() == 5 and preview.rowCount() == 5
    assert [preview.horizontalHeaderItem(c).text().split(" →")[0] for c in range(5)] == [
        "name", "height", "weight", "age", "sex"]
    assert [preview.verticalHeaderItem(r).text() for r in range(5)] == ["2", "3", "4", "5", "6"]  # rows of the file
    assert preview.item(0, 0).text() == "Ann" and preview.item(2, 2).text() == "71.25"
    assert box(dialog, "Separator").currentText() == "comma"
    assert box(dialog, "Decimal mark").currentText().startswith("point")
    assert box(dialog, "First row holds the column names").isChecked()
    assert "UTF-8, 5 columns, 5 rows" in dialog.findChildren(QLabel)[0].text()
    assert window.lesson.points is before  # nothing changes until Import


def test_choosing_columns_gives_exactly_those_points_and_names_the_axes(qtbot, window, tmp_path):
    drop(window, write(tmp_path, "class.csv", SHEET))
    dialog = import_dialog(qtbot, window)
    choose(qtbot, box(dialog, "x column"), 3)  # age
    choose(qtbot, box(dialog, "y column"), 1)  # height
    preview = dialog.findChild(QTableWidget, "import_preview")
    header = preview.horizontalHeaderItem
    assert header(3).text() == "age → x" and header(1).text() == "height → y"
    ok = button(dialog, "Import")
    assert ok.text() == "Import 5 points" and ok.isEnabled()
    click(qtbot, ok)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    points = window.lesson.points
    assert not points.classification
    np.testing.assert_array_equal(points.x, [12, 13, 14, 12, 13])
    np.testing.assert_array_equal(points.y, [150, 160, 170, 155, 165])
    window.flush()
    assert axis_names(window) == ("age", "height")
    said = window.statusBar().currentMessage()
    assert said.startswith("Imported") and "columns age, height" in said
    window.lesson.undo_stack.undo()  # one step back to the points before
    assert len(window.lesson.points) == 10 and axis_names(window) == ("x", "y")


def test_a_decimal_comma_file_imports_correctly(qtbot, window, tmp_path):
    drop(window, write(tmp_path, "komma.csv", "Ort;Temperatur;Regen;Wind\nA;1,5;7,25;3\nB;-2,5;10;4\nC;12,75;3,5;5\n"))
    dialog = import_dialog(qtbot, window)
    assert box(dialog, "Separator").currentText() == "semicolon"
    assert box(dialog, "Decimal mark").currentText().startswith("comma")
    assert [box(dialog, n).currentData() for n in ("x column", "y column")] == [1, 2]
    click(qtbot, button(dialog, "Import"))
    np.testing.assert_array_equal(window.lesson.points.x, [1.5, -2.5, 12.75])
    np.testing.assert_array_equal(window.lesson.points.y, [7.25, 10, 3.5])


def test_a_quoted_file_imports_correctly(qtbot, window, tmp_path):
    text = '"city, country","temp","rain","note"\n"Oslo, NO","1.5","7","cold, wet"\n"Rome, IT","12.5","3","mild"\n'
    drop(window, write(tmp_path, "quoted.csv", text))
    dialog = import_dialog(qtbot, window)
    preview = dialog.findChild(QTableWidget, "import_preview")
    assert preview.columnCount() == 4 and preview.item(0, 0).text() == "Oslo, NO"
    click(qtbot, button(dialog, "Import"))
    np.testing.assert_array_equal(window.lesson.points.x, [1.5, 12.5])
    np.testing.assert_array_equal(window.lesson.points.y, [7, 3])


def test_an_excel_utf16_file_imports_correctly(qtbot, window, tmp_path):
    text = "Größe\tGewicht\tAlter\n1,62\t55,5\t12\n1,80\t80\t13\n1,71\t64,25\t14\n"
    path = write(tmp_path, "excel.txt", codecs.BOM_UTF16_LE + text.replace("\n", "\r\n").encode("utf-16-le"))
    assert window.files.open_path(path)  # File → Open takes the same way
    dialog = import_dialog(qtbot, window)
    assert "UTF-16" in dialog.findChildren(QLabel)[0].text()
    assert box(dialog, "Separator").currentText() == "tab"
    click(qtbot, button(dialog, "Import"))
    np.testing.assert_array_equal(window.lesson.points.x, [1.62, 1.80, 1.71])
    np.testing.assert_array_equal(window.lesson.points.y, [55.5, 80, 64.25])
    window.flush()
    assert axis_names(window) == ("Größe", "Gewicht")


def test_a_bad_row_is_named_by_its_row_and_left_out_only_when_agreed(qtbot, window, tmp_path):
    drop(window, write(tmp_path, "gaps.csv", "a,b,c\n1,2,3\n4,,6\n7,x,9\n10,11,12\n"))
    dialog = import_dialog(qtbot, window)
    problems = text_of(dialog, "import_problems")
    assert problems == ("2 rows cannot be used:\nrow 3, column b: the cell is empty\n"
                        "row 4, column b: 'x' is not a number")
    ok, agree = button(dialog, "Import"), box(dialog, "Leave these rows out")
    assert not ok.isEnabled() and agree.isVisible() and not agree.isChecked()
    check(qtbot, agree)
    assert ok.isEnabled() and ok.text() == "Import 2 points"
    click(qtbot, ok)
    np.testing.assert_array_equal(window.lesson.points.x, [1, 10])
    np.testing.assert_array_equal(window.lesson.points.y, [2, 11])
    assert "2 rows left out" in window.statusBar().currentMessage()


def test_cancel_changes_nothing(qtbot, window, tmp_path):
    lesson = window.lesson
    before, settings, steps = lesson.points, lesson.settings, lesson.undo_stack.count()
    drop(window, write(tmp_path, "gaps.csv", "a,b,c\n1,2,3\n4,,6\n7,8,9\n"))
    dialog = import_dialog(qtbot, window)
    check(qtbot, box(dialog, "Leave these rows out"))
    choose(qtbot, box(dialog, "x column"), 2)
    click(qtbot, button(dialog, "Cancel"))
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert lesson.points is before and lesson.settings == settings and lesson.undo_stack.count() == steps
    assert not window.isWindowModified()


def test_a_changed_separator_cuts_the_rows_again(qtbot, window, tmp_path):
    drop(window, write(tmp_path, "odd.csv", "a|b|c\n1|2|3\n4|5|6\n"))
    dialog = import_dialog(qtbot, window)
    preview = dialog.findChild(QTableWidget, "import_preview")
    assert box(dialog, "Separator").currentText() == "bar" and preview.columnCount() == 3
    choose(qtbot, box(dialog, "Separator"), ",")
    assert preview.columnCount() == 1 and preview.item(0, 0).text() == "1|2|3"
    assert not button(dialog, "Import").isEnabled()
    choose(qtbot, box(dialog, "Separator"), "|")
    choose(qtbot, box(dialog, "y column"), 2)
    click(qtbot, button(dialog, "Import"))
    np.testing.assert_array_equal(window.lesson.points.y, [3, 6])


def test_a_label_column_of_more_than_five_values_is_refused_in_one_line(qtbot, window, tmp_path):
    rows = "".join(f"{k},{k * k},{word}\n" for k, word in enumerate("abcdef"))
    drop(window, write(tmp_path, "six.csv", "x1,x2,letter\n" + rows + "6,36,a\n"))
    dialog = import_dialog(qtbot, window)
    choose(qtbot, box(dialog, "Task"), True)
    choose(qtbot, box(dialog, "label column"), 2)
    assert "6 different labels (a, b, c, d, e, f); at most 5 classes" in text_of(dialog, "import_problems")
    assert not button(dialog, "Import").isEnabled()
    dialog.reject()


def test_a_label_column_of_two_words_becomes_0_and_1_and_the_mapping_is_shown(qtbot, window, tmp_path):
    drop(window, write(tmp_path, "class.csv", SHEET))
    dialog = import_dialog(qtbot, window)
    choose(qtbot, box(dialog, "Task"), True)
    assert [box(dialog, n).currentData() for n in ("x1 column", "x2 column", "label column")] == [1, 2, 4]
    assert text_of(dialog, "import_mapping") == "Labels: f → 0, m → 1"
    choose(qtbot, box(dialog, "label column"), 3)  # age: three values, three classes
    assert text_of(dialog, "import_mapping") == "Labels: 12 → 0, 13 → 1, 14 → 2"
    assert button(dialog, "Import").isEnabled()
    choose(qtbot, box(dialog, "label column"), 4)
    click(qtbot, button(dialog, "Import"))
    points = window.lesson.points
    assert points.classification and window.lesson.settings.classification
    np.testing.assert_array_equal(points.labels, [0, 1, 1, 0, 0])
    np.testing.assert_array_equal(points.x, [150, 160, 170, 155, 165])
    np.testing.assert_array_equal(points.y, [50.5, 60, 71.25, 52, 58])
    assert "labels f → 0, m → 1" in window.statusBar().currentMessage()


@pytest.mark.parametrize("content", ["x,y\n1,2\n2,4\n3,5\n", "x;y\n0;0\n1;2,5\n"])
def test_a_plain_two_column_file_still_opens_at_once(qtbot, window, tmp_path, content):
    drop(window, write(tmp_path, "plain.csv", content))
    assert window.findChild(QDialog, "import_dialog") is None
    assert len(window.lesson.points) == content.count("\n") - 1


def test_a_spreadsheet_named_on_the_command_line_opens_the_dialog_once_the_window_shows(qtbot, tmp_path):
    from lossexplorer.cli import _parse_window_args
    from lossexplorer.gui.app import open_window

    window = open_window(_parse_window_args([write(tmp_path, "class.csv", SHEET)]))
    qtbot.addWidget(window)
    try:
        window.show()
        dialog = import_dialog(qtbot, window)
        click(qtbot, button(dialog, "Import"))
        np.testing.assert_array_equal(window.lesson.points.x, [150, 160, 170, 155, 165])
    finally:
        window.close()
