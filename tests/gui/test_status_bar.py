"""The status bar keeps its messages apart from the count on its right (issue 14, item 6:
"MAE24 points")."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QFrame


def inked_columns(image, xs, rows) -> list[int]:
    return [x for x in xs if any(QColor(image.pixel(x, y)).lightness() < 140 for y in rows)]


def test_a_long_message_stops_short_of_the_count_with_a_line_between(qtbot, window):
    bar = window.statusBar()
    bar.showMessage("Loss: MAE " * 40)  # far longer than the bar
    window.flush()
    QApplication.processEvents()
    image = bar.grab().toImage()
    label = window.status
    text_left = label.x() + label.contentsMargins().left()
    assert "points" in label.text()
    lines = [w for w in bar.findChildren(QFrame) if w.frameShape() == QFrame.Shape.VLine and w.isVisible()]
    line = lines[0].geometry() if lines else None
    rows = range(label.y() + 2, label.y() + label.height() - 2)
    gap = [x for x in range(text_left - 8, text_left) if line is None or not line.left() - 1 <= x <= line.right() + 1]
    assert inked_columns(image, gap, rows) == [], "the message runs into the count"
    assert line is not None and line.right() < text_left and line.left() > 0
