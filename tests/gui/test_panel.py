"""The side panel on its own, bound to a lesson: it shows the lesson's settings and edits them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from lossexplorer.core import preset
from lossexplorer.gui.lesson import Lesson
from lossexplorer.gui.panel import SidePanel
from lossexplorer.gui.settings import FitSettings


@pytest.fixture
def panel(qtbot):
    lesson = Lesson()
    widget = SidePanel(lesson)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_panel_shows_only_the_chosen_losses_parameters(panel):
    panel.loss.setCurrentIndex(panel.loss.findData("huber"))
    assert panel.lesson.settings.loss == "huber"
    assert panel.loss_form.isRowVisible(panel.delta) and not panel.loss_form.isRowVisible(panel.quantile)
    panel.loss.setCurrentIndex(panel.loss.findData("quantile"))
    assert panel.loss_form.isRowVisible(panel.quantile) and not panel.loss_form.isRowVisible(panel.delta)


def test_the_largest_stable_rate_is_shown_for_squared_losses(panel):
    p = preset("noisy-line")
    obj = panel.lesson.settings.objective(p.x, p.y)
    assert panel.stable_lr == pytest.approx(obj.max_stable_lr())
    assert f"{obj.max_stable_lr():.4g}" in panel.stable_label.text()
    panel.loss.setCurrentIndex(panel.loss.findData("mae"))
    assert panel.stable_lr is None


def test_a_typed_rate_is_one_undo_step_and_undo_shows_the_old_one(qtbot, panel):
    lesson = panel.lesson
    panel.lr.setFocus()
    panel.lr.selectAll()
    qtbot.keyClicks(panel.lr, "0.003")
    qtbot.keyClick(panel.lr, Qt.Key.Key_Return)
    assert lesson.settings.lr == 0.003 and lesson.undo_stack.count() == 1
    lesson.undo_stack.undo()
    assert panel.lr.value() == FitSettings().lr and panel.shown() == lesson.settings


def test_the_panel_shows_settings_changed_elsewhere_without_sending_them_back(panel):
    lesson = panel.lesson
    lesson.change_settings(lesson.settings.with_(loss="asymmetric", alpha=3.5, optimizer="adam", epochs=77))
    assert panel.shown() == lesson.settings
    assert panel.loss_form.isRowVisible(panel.alpha) and panel.opt_form.isRowVisible(panel.beta1)
    assert lesson.undo_stack.count() == 1  # showing them made no edit of its own


def test_the_task_box_switches_the_mode_and_follows_undo(qtbot, panel):
    lesson = panel.lesson
    panel.mode.setFocus()
    qtbot.keyClick(panel.mode, Qt.Key.Key_Down)
    assert lesson.classification and panel.model_box.currentData() == "logistic"
    assert [panel.loss.itemData(i) for i in range(panel.loss.count())] == ["bce", "hinge", "focal", "brier",
                                                                          "crossentropy"]
    assert panel.task_form.isRowVisible(panel.class_row)
    panel.set_class(1)
    assert lesson.new_class == 1
    lesson.undo_stack.undo()
    assert panel.mode.currentData() is False and panel.shown() == lesson.settings
