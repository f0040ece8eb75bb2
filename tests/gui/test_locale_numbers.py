"""Numbers in the class's own notation: in German (as in French and Spanish) the panel's boxes,
the largest stable rate and the pace write a decimal comma, and a typed
decimal comma is taken."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from qt_helpers import type_into

from lossexplorer.core import preset
from lossexplorer.gui.lesson import Lesson
from lossexplorer.gui.pace import Pace
from lossexplorer.gui.panel import SidePanel


@pytest.fixture
def german():
    """QLocale's default is German while the test runs (as `--lang de` makes it)."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def panel(qtbot, german):
    widget = SidePanel(Lesson())
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_in_german_the_learning_rate_box_shows_a_decimal_comma_and_takes_one_typed(qtbot, panel):
    panel.lesson.change_settings(panel.lesson.settings.with_(lr=0.05))
    assert panel.lr.text() == "0,05"
    type_into(qtbot, panel.lr, "0,025")
    assert panel.lesson.settings.lr == 0.025
    assert panel.lr.text() == "0,025"


def test_in_german_a_typed_decimal_point_is_taken_too(qtbot, panel):
    type_into(qtbot, panel.lr, "0.125")
    assert panel.lesson.settings.lr == 0.125 and panel.lr.text() == "0,125"


def test_in_german_the_up_arrow_steps_a_box_and_it_shows_the_new_value_with_a_comma(qtbot, panel):
    panel.lesson.change_settings(panel.lesson.settings.with_(loss="huber", delta=1.0))
    panel.delta.setFocus()
    qtbot.keyClick(panel.delta, Qt.Key.Key_Up)
    step = panel.delta.singleStep()
    assert panel.lesson.settings.delta == pytest.approx(1.0 + step)
    assert panel.delta.text() == f"{1.0 + step:.12g}".replace(".", ",")


def test_in_german_the_largest_stable_rate_has_a_decimal_comma(panel):
    p = preset("noisy-line")
    stable = panel.lesson.settings.objective(p.x, p.y).max_stable_lr()
    assert f"{stable:.4g}".replace(".", ",") in panel.stable_label.text()


def test_the_pace_sentence_writes_its_numbers_as_the_locale_does(german):
    pace = Pace("gd", 0.004, 1500, 30.0, 120)
    assert pace.sentence() == "Learning rate 0,004, 1.500 epochs at 30/s: about 4 s to the answer"
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    assert pace.sentence() == "Learning rate 0.004, 1,500 epochs at 30/s: about 4 s to the answer"

