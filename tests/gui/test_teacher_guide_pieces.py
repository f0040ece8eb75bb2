"""Issue 19: the teacher guide reaches a translator a paragraph, a list item or a table cell at a
time, and the window shows each piece in the class's language; the keys stay keys."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QTextBrowser
from qt_helpers import menu_item

from lossexplorer.gui.help import guide_text
from lossexplorer.gui.teacher_guide import CATALOGUE_FILE, CONTEXT, catalogue, sources

GERMAN = {
    "Before the class": "Vor der Stunde",
    "run the descent, or pause it": "den Abstieg starten oder anhalten",
    "What does one outlier do to MSE, and to MAE?": "Was macht ein einzelner Ausreißer mit MSE, und was mit MAE?",
}


class Pieces(QTranslator):
    """A translator that knows a few pieces of the guide and records every piece asked for."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []

    def translate(self, context, source, disambiguation=None, n=-1):
        if context != CONTEXT:
            return None
        self.asked.append(source)
        return GERMAN.get(source)

    def isEmpty(self) -> bool:
        return False


def test_the_catalogue_lupdate_reads_holds_every_piece_of_the_guide():
    pieces = sources(guide_text())
    assert CATALOGUE_FILE.read_text(encoding="utf-8") == catalogue(guide_text())
    assert len(pieces) > 50 and max(map(len, pieces)) < 600  # paragraphs, never a page
    assert "Before the class" in pieces and "<b>Ask:</b>" in pieces[21]


def test_the_guide_shows_each_piece_in_the_class_language_and_keeps_the_keys(qtbot, window):
    translator = Pieces()
    QCoreApplication.installTranslator(translator)
    try:
        menu_item(window, "Help", "Teacher guide").trigger()
    finally:
        QCoreApplication.removeTranslator(translator)
    text = window.help.guide.findChild(QTextBrowser).toPlainText()
    for english, german in GERMAN.items():
        assert german in text and english not in text
    assert "Landscape: J as a surface" in text  # a piece no translation has stays English
    assert "Space" in text.splitlines() and "Ctrl+Z" in text.splitlines()  # the keys' column is not translated
    assert set(translator.asked) == set(sources(guide_text()))
    window.help.guide.close()
