"""The lesson model on its own (no widgets): its undo steps, its signals and the rules of the lesson."""

from __future__ import annotations

import numpy as np
import pytest

from lossexplorer.core import Objective, preset
from lossexplorer.gui.lesson import Lesson
from lossexplorer.gui.modes import CLASSIFICATION_START
from lossexplorer.gui.settings import FitSettings


class Heard:
    """Counts a lesson's signals."""

    NAMES = ("pointsChanged", "settingsChanged", "pinsChanged", "modeChanged", "problemChanged", "paceChanged",
             "descentReset", "exactChanged", "overlaysChanged", "selectionChanged", "modifiedChanged")

    def __init__(self, lesson: Lesson) -> None:
        self.calls: dict[str, list[tuple]] = {name: [] for name in self.NAMES}
        for name in self.NAMES:
            getattr(lesson, name).connect(lambda *args, n=name: self.calls[n].append(args))

    def count(self, name: str) -> int:
        return len(self.calls[name])

    def clear(self) -> None:
        for calls in self.calls.values():
            calls.clear()


@pytest.fixture
def lesson(qapp):
    return Lesson()


@pytest.fixture
def counted(monkeypatch):
    """How many Objectives are built (copies are not: they share the statistics)."""
    built = []
    real = Objective.__init__

    def counting(self, *args, **kwargs):
        built.append(1)
        real(self, *args, **kwargs)

    monkeypatch.setattr(Objective, "__init__", counting)
    return built


def test_a_lesson_starts_on_the_noisy_line_with_nothing_to_undo(lesson):
    p = preset("noisy-line")
    np.testing.assert_array_equal(lesson.points.x, p.x)
    assert lesson.points.labels.dtype.kind == "i"
    assert lesson.undo_stack.count() == 0 and not lesson.is_modified()
    assert lesson.descent.epoch == 0 and np.all(lesson.descent.coefficients == 0)
    assert lesson.exact is not None  # least squares: at once


def test_a_lesson_made_for_classification_starts_on_the_blobs(qapp):
    lesson = Lesson(CLASSIFICATION_START)
    assert lesson.classification and lesson.settings == CLASSIFICATION_START
    np.testing.assert_array_equal(lesson.points.labels, preset("blobs").y)
    lesson.switch_mode(False)
    assert lesson.settings == FitSettings()


def test_a_hand_edit_is_one_step_that_starts_again_from_the_current_coefficients(lesson):
    heard = Heard(lesson)
    lesson.start_at(np.array([0.5, 1.5]))
    lesson.record(lesson.generation, np.array([1, 2]), np.array([[0.6, 1.4], [0.7, 1.3]]), np.array([2.0, 1.9]))
    assert lesson.descent.epoch == 2
    lesson.add_point(1.0, 9.0)
    assert heard.calls["pointsChanged"][-1] == (False,)
    assert heard.count("problemChanged") == 1 and "the points changed" in heard.calls["problemChanged"][0][0]
    assert lesson.descent.epoch == 0 and len(lesson.descent.history) == 1
    np.testing.assert_array_equal(lesson.descent.coefficients, [0.7, 1.3])  # from where the fit was
    np.testing.assert_array_equal(lesson.descent.start, [0.5, 1.5])  # the start point stays
    assert lesson.selected == 10
    lesson.undo_stack.undo()
    assert len(lesson.points) == 10 and lesson.selected is None


def test_a_drag_moves_the_point_live_and_is_one_undo_step(lesson):
    x0, y0 = lesson.points.row(4)[:2]
    depth = lesson.undo_stack.count()
    for k in range(1, 4):
        lesson.drag_point(4, x0 + k, y0 - k)
    lesson.finish_drag(4, (x0, y0), (x0 + 3, y0 - 3))
    assert lesson.undo_stack.count() == depth + 1
    assert lesson.points.row(4)[:2] == (x0 + 3, y0 - 3)
    lesson.undo_stack.undo()
    assert lesson.points.row(4)[:2] == (x0, y0)
    lesson.undo_stack.redo()
    assert lesson.points.row(4)[:2] == (x0 + 3, y0 - 3)


def test_a_change_of_the_problem_starts_again_from_the_start(lesson):
    lesson.start_at(np.array([0.25, -0.5]))
    lesson.record(lesson.generation, np.array([1]), np.array([[1.0, 1.0]]), np.array([3.0]))
    for change in ({"loss": "mae"}, {"delta": 0.3}, {"l2": 0.1}, {"reduction": "sum"}, {"cap_on": True}):
        lesson.record(lesson.generation, np.array([lesson.descent.epoch + 1]), np.array([[1.0, 1.0]]),
                      np.array([3.0]))
        lesson.change_settings(lesson.settings.with_(**change))
        assert lesson.descent.epoch == 0, change
        np.testing.assert_array_equal(lesson.descent.coefficients, [0.25, -0.5])
    lesson.change_settings(lesson.settings.with_(model="poly:2"))  # a new model starts at β = 0
    np.testing.assert_array_equal(lesson.descent.coefficients, [0.0, 0.0, 0.0])


def test_a_change_of_the_pace_keeps_the_descent_and_says_so(lesson):
    heard = Heard(lesson)
    lesson.record(lesson.generation, np.array([1, 2, 3]), np.array([[0.1, 0.2]] * 3), np.array([5.0, 4.0, 3.0]))
    generation = lesson.generation
    for change in ({"lr": 0.01}, {"optimizer": "adam"}, {"epochs": 50}, {"speed": 5.0}, {"momentum": 0.5}):
        lesson.change_settings(lesson.settings.with_(**change))
    assert heard.count("paceChanged") == 5 and heard.count("problemChanged") == 0
    assert heard.count("descentReset") == 0
    assert lesson.generation == generation and lesson.descent.epoch == 3


def test_one_field_edited_in_a_row_is_one_undo_step(lesson):
    depth = lesson.undo_stack.count()
    for lr in (0.04, 0.03, 0.02):
        lesson.change_settings(lesson.settings.with_(lr=lr))
    lesson.change_settings(lesson.settings.with_(epochs=20))
    assert lesson.undo_stack.count() == depth + 2
    lesson.undo_stack.undo()
    lesson.undo_stack.undo()
    assert lesson.settings == FitSettings()


def test_a_new_data_set_takes_the_pins_in_the_same_step_and_undo_brings_them_back(lesson):
    heard = Heard(lesson)
    lesson.pin()
    lesson.change_settings(lesson.settings.with_(loss="mae"))
    lesson.pin()
    assert [p.label for p in lesson.pins] == ["MSE", "MAE"]
    depth = lesson.undo_stack.count()
    lesson.select(3)
    lesson.load_preset("outliers")
    assert lesson.pins == () and lesson.selected is None
    assert lesson.undo_stack.count() == depth + 1
    assert heard.calls["pointsChanged"][-1] == (True,)
    lesson.undo_stack.undo()
    assert [p.label for p in lesson.pins] == ["MSE", "MAE"]
    np.testing.assert_array_equal(lesson.points.x, preset("noisy-line").x)
    for clear in (lesson.clear_points, lambda: lesson.switch_mode(True)):
        clear()
        assert lesson.pins == ()
        lesson.undo_stack.undo()
        assert len(lesson.pins) == 2


def test_a_mode_switch_is_one_step_one_problem_and_one_objective(lesson, counted):
    heard = Heard(lesson)
    lesson.switch_mode(True)
    assert len(counted) == 1
    assert heard.count("problemChanged") == 1 and heard.count("modeChanged") == 1
    assert heard.count("settingsChanged") == 1 and heard.count("pointsChanged") == 1
    assert lesson.classification and lesson.settings == CLASSIFICATION_START
    assert lesson.undo_stack.count() == 1


def test_each_mode_keeps_its_points_settings_and_overlays(lesson):
    lesson.add_point(3.0, 3.0)
    lesson.change_settings(lesson.settings.with_(loss="huber"))
    lesson.set_overlay("tss", True)
    regression = lesson.points
    lesson.switch_mode(True)
    assert lesson.overlays["tss"]  # classification shows its margins the first time
    lesson.set_overlay("rss", False)
    lesson.change_settings(lesson.settings.with_(loss="hinge"))
    lesson.switch_mode(False)
    assert lesson.points.same_as(regression) and lesson.settings.loss == "huber"
    assert lesson.overlays["tss"] and lesson.overlays["rss"]
    lesson.switch_mode(True)
    assert lesson.settings.loss == "hinge" and not lesson.overlays["rss"]
    np.testing.assert_array_equal(lesson.points.labels, preset("blobs").y)


def test_a_classification_preset_from_regression_switches_the_mode_and_undo_switches_back(lesson):
    settings = lesson.settings
    lesson.load_preset("separable")
    assert lesson.classification and lesson.settings == CLASSIFICATION_START
    lesson.undo_stack.undo()
    assert not lesson.classification and lesson.settings == settings


def test_a_left_click_adds_the_chosen_class_and_the_other_with_shift(qapp):
    lesson = Lesson(CLASSIFICATION_START)
    lesson.set_new_class(1)
    lesson.add_point(0.0, 0.0)
    lesson.add_point(1.0, 1.0, other_class=True)
    assert lesson.points.labels[-2:].tolist() == [1, 0]


def test_a_session_holds_the_whole_lesson(lesson, qapp):
    lesson.add_point(0.125, -7.5)
    lesson.change_settings(lesson.settings.with_(loss="quantile", quantile=0.8, l2=0.25, model="poly:2"))
    lesson.record(lesson.generation, np.array([1]), np.array([[0.1, 0.2, 0.3]]), np.array([1.0]))
    lesson.pin()
    lesson.set_overlay("arrows", True)
    session = lesson.to_session({"tab": "fit"})
    other = Lesson()
    other.switch_mode(True)
    other.open_session(session)
    assert not other.classification and other.settings == lesson.settings
    assert other.points.same_as(lesson.points)
    assert [(p.label, p.colour, p.coefficients.tolist()) for p in other.pins] == \
        [(p.label, p.colour, p.coefficients.tolist()) for p in lesson.pins]
    np.testing.assert_array_equal(other.descent.coefficients, [0.1, 0.2, 0.3])
    assert other.overlays["arrows"] and not other.is_modified() and other.undo_stack.count() == 0


def test_the_modified_mark_follows_the_undo_stack_and_a_restore(lesson):
    heard = Heard(lesson)
    lesson.add_point(1.0, 1.0)
    assert lesson.is_modified() and heard.calls["modifiedChanged"] == [(True,)]
    lesson.undo_stack.undo()
    assert not lesson.is_modified()
    lesson.mark_unsaved()
    assert lesson.is_modified()
    lesson.mark_saved()
    assert not lesson.is_modified()


def test_settings_of_the_other_mode_are_refused(lesson):
    with pytest.raises(ValueError, match="logistic"):
        lesson.change_settings(CLASSIFICATION_START)


def test_undo_and_redo_restore_each_state_of_the_points(lesson):
    states = [lesson.points]
    lesson.add_point(1.0, 1.0)
    states.append(lesson.points)
    lesson.add_point(2.0, -1.0)
    states.append(lesson.points)
    lesson.remove_points([0, 4])
    states.append(lesson.points)
    for want in reversed(states[:-1]):
        lesson.undo_stack.undo()
        assert lesson.points.same_as(want)
    for want in states[1:]:
        lesson.undo_stack.redo()
        assert lesson.points.same_as(want)


def test_presets_replace_the_points_and_are_undoable(lesson):
    before = lesson.points
    lesson.load_preset("anscombe-4")
    np.testing.assert_array_equal(lesson.points.x, preset("anscombe-4").x)
    lesson.undo_stack.undo()
    assert lesson.points.same_as(before)
