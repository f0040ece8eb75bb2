"""Issue 14, item 13: reveal, not spoil. The exact answer starts hidden, E reveals it (and hides
it again), the status bar says what was revealed, and the choice is remembered at the next start."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from qt_helpers import key

from lossexplorer.core import preset, solve


def exact_drawn(window) -> tuple[np.ndarray, np.ndarray] | None:
    """The dashed exact line's points as the canvas draws them (None when it draws none)."""
    window.flush()
    curve = window.canvas.exact_curve
    x, y = curve.getData()
    if not curve.isVisible() or x is None or not len(x):
        return None
    return np.asarray(x), np.asarray(y)


def legend(window) -> list[str]:
    window.flush()
    return [label.text for _, label in window.canvas.legend.items]


def test_the_exact_answer_starts_hidden_and_e_reveals_it(qtbot, window):
    assert exact_drawn(window) is None and "exact answer" not in legend(window)
    key(qtbot, window, Qt.Key.Key_E)
    drawn = exact_drawn(window)
    assert drawn is not None and "exact answer" in legend(window)
    p = preset("noisy-line")
    c, m = solve(p.x, p.y).coefficients
    x, y = drawn
    np.testing.assert_allclose(y, m * x + c, rtol=1e-9, atol=1e-9)
    said = window.statusBar().currentMessage()
    assert said.startswith("Exact answer revealed") and f"m = {m:.4g}" in said and f"c = {c:.4g}" in said
    key(qtbot, window, Qt.Key.Key_E)
    assert exact_drawn(window) is None
    assert window.statusBar().currentMessage().startswith("Exact answer hidden")


def test_the_reveal_is_remembered_for_the_next_start(qtbot, window):
    from lossexplorer.gui.window import MainWindow

    key(qtbot, window, Qt.Key.Key_E)
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    QApplication.processEvents()
    try:
        assert exact_drawn(again) is not None
    finally:
        again.close()


@pytest.mark.parametrize("preset_name", ["blobs"])
def test_classification_keeps_the_boundary_hidden_until_revealed(qtbot, window, preset_name):
    window.lesson.load_preset(preset_name)
    assert exact_drawn(window) is None
    key(qtbot, window, Qt.Key.Key_E)
    qtbot.waitUntil(lambda: exact_drawn(window) is not None, timeout=20_000)  # its solver may still be busy
    assert "boundary" in window.statusBar().currentMessage()


def test_e_is_listed_on_the_shortcut_sheet(window):
    rows = dict(window.help.shortcut_rows())
    assert "E" in rows and "exact answer" in rows["E"].lower()


def test_the_exact_answers_tooltip_says_its_largest_kkt_violation_as_solve_does(qtbot, window):
    """Issue 12: the window's "exact answer" tooltip shows how exact it is, the number `solve` reports."""
    from PySide6.QtWidgets import QToolButton

    qtbot.waitUntil(lambda: not window.busy(), timeout=20_000)
    window.panel.l1.setFocus()
    window.panel.l1.selectAll()
    qtbot.keyClicks(window.panel.l1, "0.5")
    qtbot.keyClick(window.panel.l1, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.busy(), timeout=20_000)
    button = next(b for b in window.findChildren(QToolButton) if b.text().replace("&", "") == "exact answer (E)")
    p = preset("noisy-line")
    reference = solve(p.x, p.y, l1=0.5).kkt_violation
    qtbot.waitUntil(lambda: "KKT violation" in button.toolTip(), timeout=20_000)
    shown = float(button.toolTip().split("Largest KKT violation: ")[1].split(" ")[0])
    assert shown == pytest.approx(reference, rel=0.05, abs=1e-300)
