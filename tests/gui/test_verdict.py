"""Issue 14, item 5: the end of a run says how far J is from the exact answer's J and, where it
zig-zags, why and what helps; a run that reached the answer says so. Driven by keys and typing,
read from the status bar and the readouts."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from qt_helpers import key, logged_objective, run_to_end, type_into

from lossexplorer.core import preset, solve


def said(window) -> str:
    return window.statusBar().currentMessage()


def gap_said(text: str) -> float:
    """The percentage the sentence gives: '… is 6.5% above the exact 0.4371'."""
    found = re.search(r"([\d.]+)% above the exact ([\d.]+)", text)
    assert found, text
    return float(found.group(1))


def test_an_mae_run_that_zig_zags_says_how_far_it_stopped_why_and_what_helps(qtbot, window):
    type_into(qtbot, window.panel.lr, "0.05")  # the rate
    key(qtbot, window, Qt.Key.Key_4)  # MAE
    run_to_end(qtbot, window)
    text = said(window)
    p = preset("noisy-line")
    exact = solve(p.x, p.y, loss="mae").objective
    j = logged_objective(window)[-1]
    assert gap_said(text) == pytest.approx(100 * (j - exact) / exact, abs=0.05)
    assert "zig-zags" in text and "constant-size subgradient step" in text
    assert "smaller learning rate" in text and "Adam" in text
    window.flush()
    assert "zig-zags" in window.readouts.verdict.text() and window.readouts.verdict.isVisible()


def test_an_mae_run_that_has_not_arrived_says_it_is_still_falling(qtbot, window):
    key(qtbot, window, Qt.Key.Key_4)
    run_to_end(qtbot, window)
    text = said(window)
    assert gap_said(text) > 1 and "still falling" in text and "Run again" in text


def test_an_mse_run_that_reached_the_answer_says_so(qtbot, window):
    run_to_end(qtbot, window)
    text = said(window)
    assert text.startswith(f"Done, epoch {window.lesson.settings.epochs}: on the answer")
    assert gap_said(text) < 1


def test_the_readouts_forget_the_verdict_when_the_descent_moves_on(qtbot, window):
    run_to_end(qtbot, window)
    window.flush()
    assert window.readouts.verdict.isVisible()
    key(qtbot, window, Qt.Key.Key_R)  # reset: a new descent
    window.flush()
    assert not window.readouts.verdict.isVisible()
