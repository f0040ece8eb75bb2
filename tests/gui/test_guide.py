"""Issue 14, item 12: guidance for a first-time teacher. F1 lists the keys in the order a lesson
uses them; Help → Teacher guide shows a lesson plan per view, from the installed package (no
network); a short hint shows on the first start only; every view's text starts in plain words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QTextBrowser
from qt_helpers import menu_item

from lossexplorer.gui.help import Help

ROOT = Path(__file__).resolve().parents[2]
#: words a class of fifteen-year-olds would not know, which belong after a plain first sentence
JARGON = ("normal equation", "maximum likelihood", "log Z", "ℓ", "∂", "τ", "σ", "subgradient", "Hessian", "minimizer")


def shown_browser(dialog: QDialog) -> str:
    return dialog.findChild(QTextBrowser).toPlainText()


def test_f1_lists_the_keys_in_the_order_a_lesson_uses_them(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F1)
    sheet = window.help.sheet
    assert sheet is not None and sheet.isVisible()
    keys = [line.split("\t")[0].strip() for line in shown_browser(sheet).splitlines() if line.strip()]
    order = ["Space", "→", "R", "1 … 9", "P", "E", "Ctrl+Z", "F5"]
    assert [k for k in keys if k in order] == order, keys
    assert keys.index("F1") > keys.index("F5") and keys.index("F11") > keys.index("F5")
    sheet.close()


def test_the_teacher_guide_has_a_lesson_plan_for_every_view(qtbot, window):
    menu_item(window, "Help", "Teacher guide").trigger()
    guide = window.help.guide
    assert guide is not None and guide.isVisible()
    text = shown_browser(guide)
    for view in ("Fit", "Landscape", "Loss shape", "Noise", "Physics", "Classification", "Train and test"):
        assert re.search(rf"^{view}\b", text, re.M), view  # a heading of its own
    assert text.count("Ask") >= 6 and text.count("Point at") >= 4 and "Space" in text
    guide.close()


def test_the_guide_is_read_from_the_installed_package_and_needs_no_network():
    from lossexplorer.gui.help import guide_text

    text = guide_text()
    assert text == (ROOT / "resources" / "teacher-guide.md").read_text(encoding="utf-8")
    assert "http" not in text and "<img" not in text  # everything it shows is in it


def test_a_first_run_hint_shows_once_and_is_remembered(qtbot, monkeypatch):
    from lossexplorer.gui.window import MainWindow

    monkeypatch.setattr(Help, "FIRST_RUN_HINT", True)  # the tests turn it off; this one asks for it
    seen = []
    for _ in range(2):
        w = MainWindow()
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        qtbot.wait(20)  # the hint opens just after the window shows
        QApplication.processEvents()
        hints = [d for d in w.findChildren(QDialog) if d.isVisible() and d.windowTitle() == "Welcome"]
        seen.append(len(hints))
        if hints:
            text = hints[0].findChild(QLabel).text()
            assert "Space" in text and "Teacher guide" in text
            hints[0].close()
        w.close()
    assert seen == [1, 0]


def test_screenshot_mode_never_shows_the_first_run_hint(qtbot, monkeypatch):
    from lossexplorer.gui.window import MainWindow

    monkeypatch.setattr(Help, "FIRST_RUN_HINT", True)
    w = MainWindow(remember=False)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    qtbot.wait(20)
    assert not [d for d in w.findChildren(QDialog) if d.isVisible()]
    w.close()


def first_sentence(html: str) -> str:
    text = re.sub(r"<br\s*/?>", "\n", html)
    text = re.sub(r"<[^>]+>", "", text).replace("&lt;", "<").replace("&gt;", ">")
    return re.split(r"(?<=\.)\s|\n", text.strip(), maxsplit=1)[0]


@pytest.mark.parametrize("view", ["landscape", "loss-shape", "noise", "physics"])
def test_every_views_text_starts_in_plain_words(qtbot, window, view):
    window.show_view(view)
    qtbot.waitUntil(lambda: not window.busy(), timeout=20_000)
    window.flush()
    widget = window.views.currentWidget()
    texts = [label.text() for label in widget.findChildren(QLabel)
             if label.isVisible() and label.wordWrap() and len(re.sub(r"<[^>]+>", "", label.text())) > 60]
    assert texts, view
    for text in texts:
        first = first_sentence(text)
        assert not [word for word in JARGON if word in first], (view, first)
