"""Issue 14, item 8: readouts a class can read. Four significant figures (all of them in the
tooltip, the epoch log and View → Full precision); one Pearson r, the two other ways behind a
disclosure that says why they differ mid-run and agree at the least-squares line; a checklist
that reads 0 (to rounding) for 2.75e-10 and whose lines wrap instead of being cut."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel
from qt_helpers import key, logged_objective, menu_item, run_to_end

from lossexplorer.gui import theme


def plain(html: str) -> str:
    doc = QTextDocument()
    doc.setHtml(html)
    return doc.toPlainText()


def numbers(text: str) -> list[str]:
    return re.findall(r"-?\d+\.?\d*(?:e[-+]?\d+)?", text)


def significant(number: str) -> int:
    digits = number.lstrip("-").split("e")[0].replace(".", "").lstrip("0")
    return len(digits)


def shown(window, name: str) -> str:
    window.flush()
    return plain(window.readouts.labels[name].text())


def test_values_read_to_four_significant_figures_and_in_full_on_request(qtbot, window):
    run_to_end(qtbot, window)
    for name in ("coefs", "J", "rss", "tss", "r2", "r"):
        text = shown(window, name)
        assert numbers(text) and all(significant(n) <= 4 for n in numbers(text)), (name, text)
    j = logged_objective(window)[-1]  # the epoch log keeps every figure
    assert f"{j:.10g}"[:8] in window.readouts.labels["J"].toolTip()
    menu_item(window, "View", "Full precision").trigger()
    assert max(significant(n) for n in numbers(shown(window, "J"))) >= 10
    menu_item(window, "View", "Full precision").trigger()
    assert max(significant(n) for n in numbers(shown(window, "J"))) <= 4


def test_one_r_is_shown_and_the_other_two_ways_explain_themselves(qtbot, window):
    readouts = window.readouts
    assert len(numbers(shown(window, "r"))) == 1
    qtbot.mouseClick(readouts.r_more, Qt.MouseButton.LeftButton)
    assert "linregress" not in " ".join(w.text() + w.toolTip() for w in readouts.findChildren(QLabel))
    qtbot.mouseClick(readouts.r_more, Qt.MouseButton.LeftButton)
    assert not readouts.r_details.isVisible()
    qtbot.mouseClick(readouts.r_more, Qt.MouseButton.LeftButton)
    assert readouts.r_details.isVisible()
    # at the start (β = 0) the flat line fits worse than ȳ: R² < 0, and no r comes from it
    assert "R² is negative" in plain(readouts.r_details.text())
    for _ in range(12):  # mid-run: a line on its way (each step ends before the next: → on a step under way pauses it)
        with qtbot.waitSignal(window.runner.finished, timeout=10_000):
            key(qtbot, window, Qt.Key.Key_Right)
    assert window.lesson.descent.epoch == 12
    window.flush()
    details = plain(readouts.r_details.text())
    data_r, from_r2, from_p = (float(numbers(line)[0]) for line in details.splitlines()[:3])
    assert from_r2 != pytest.approx(data_r, abs=1e-3) and from_p == pytest.approx(data_r, abs=1e-3)
    assert "They differ now because this is not yet the least-squares line" in details
    window.lesson.change_settings(window.lesson.settings.with_(epochs=3000, speed=0.0))  # on to the answer
    run_to_end(qtbot, window)
    window.flush()
    assert "All three agree: this is the least-squares line" in plain(readouts.r_details.text())


def test_the_checklist_reads_zero_to_rounding_and_ticks_all_five_for_least_squares(qtbot, window):
    window.lesson.change_settings(window.lesson.settings.with_(epochs=3000, speed=0.0))
    run_to_end(qtbot, window)
    window.flush()
    lines = [plain(label.text()) for label in window.readouts.property_labels]
    assert all(line.startswith("✔") for line in lines), lines
    assert not any("e-" in line for line in lines), lines
    assert sum("0 (to rounding)" in line for line in lines) >= 3, lines
    assert "least: " in lines[3]


@pytest.mark.parametrize(("size", "projector"), [((1280, 720), False), ((1920, 1080), False), ((1920, 1080), True)])
def test_the_checklist_shows_whole_in_its_dock(qtbot, window, size, projector):
    """Every line of the checklist shows whole, wrapped rather than cut, without scrolling (in
    projector mode at 720 px the readouts scroll: they share the column with the settings)."""
    window.resize(*size)
    if projector:
        qtbot.keyClick(window, Qt.Key.Key_F5)
        qtbot.waitUntil(lambda: theme.Sizes.projector, timeout=5_000)
        window.readout_dock.raise_()
    menu_item(window, "Presets", "outliers").trigger()
    run_to_end(qtbot, window)
    window.flush()

    def whole(label) -> bool:
        seen = label.visibleRegion().boundingRect()
        return (label.height() >= label.heightForWidth(label.width()) and seen.height() == label.height()
                and seen.width() == label.width())

    labels = window.readouts.property_labels
    assert all(label.wordWrap() for label in labels)
    qtbot.waitUntil(lambda: all(whole(label) for label in labels), timeout=3_000)  # once the layouts settle


def test_sums_of_residuals_of_a_fit_on_other_points_are_not_rounded_to_zero(qtbot, window):
    """Only a value that is 0 but for rounding reads as 0: MAE's Σr is not."""
    key(qtbot, window, Qt.Key.Key_4)
    run_to_end(qtbot, window)
    window.flush()
    first = plain(window.readouts.property_labels[0].text())
    assert first.startswith("✘") and "to rounding" not in first
