"""Issue 19: the readouts write numbers with the locale's decimal mark (a comma in German)."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QTextDocument
from qt_helpers import run_to_end

from lossexplorer.core import make_model
from lossexplorer.gui.readouts import Readouts, read


def plain(html: str) -> str:
    doc = QTextDocument()
    doc.setHtml(html)
    return doc.toPlainText()


@pytest.fixture
def german():
    """German number formatting for the test's widgets; the locale before it afterwards."""
    before = QLocale()
    QLocale.setDefault(QLocale("de"))
    try:
        yield
    finally:
        QLocale.setDefault(before)


def test_a_german_readout_writes_a_known_fit_with_decimal_commas(qtbot, german):
    readouts = Readouts()
    qtbot.addWidget(readouts)
    readouts.show()
    x, y = np.array([0.0, 1.0, 2.0]), np.array([0.5, 1.75, 3.0])  # on p = 1.25·x + 0.5; ȳ = 1.75
    readouts.show_readings(read(make_model("line"), np.array([0.5, 1.25]), x, y, 7, 0.0, "MSE"))
    shown = {key: plain(label.text()) for key, label in readouts.labels.items()}
    assert shown["coefs"] == "m = 1,25, c = 0,5"
    assert shown["tss"] == "3,125"  # 2 · 1.25²
    assert shown["epoch"] == "7"
    assert "1.25" not in readouts.labels["coefs"].toolTip() and "1,25" in readouts.labels["coefs"].toolTip()


def test_the_german_window_reads_j_after_a_run_with_a_decimal_comma(qtbot, german, window):
    run_to_end(qtbot, window)
    window.flush()
    j = window.lesson.descent.value
    english = f"{j:.4g}"
    assert "." in english  # the test means something only for a J with a decimal part
    text = plain(window.readouts.labels["J"].text())
    assert text.endswith(" = " + english.replace(".", ",")), text
    assert english not in text


def test_the_german_canvas_writes_the_fits_equation_with_decimal_commas(qtbot, german, window):
    run_to_end(qtbot, window)
    window.flush()
    m = window.lesson.descent.coefficients[1]  # p = m·x + c
    text = window.equations.texts()["current fit"]
    assert text.startswith(f"p = {m:.3g}·x".replace(".", ",")), text
    assert "." not in text and "," in text
