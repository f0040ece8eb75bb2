"""The panel shows exactly what the run uses (issue 15, item 5): a session whose setting lies past
what the panel can show is refused in one line naming the setting, opened the way a person opens
one (File → Open…); the panel then still shows, and the run still uses, what it did before. A
session at the very ends of the ranges opens and shows every value exactly. Typing `nan` (or any
text that is no number in range) into any number box sets nothing."""

from __future__ import annotations

import json
import math

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog
from qt_helpers import menu_item, type_into

from lossexplorer.gui.boxes import NumberBox, exact_text
from lossexplorer.gui.settings import PARAMETERS


def write_session(path, settings: dict) -> None:
    data = {"format": "lossexplorer-session", "version": 1, "points": {"x": [0, 1, 2], "y": [1, 2, 4]},
            "settings": {"loss": "mse", "model": "line", **settings}}
    path.write_text(json.dumps(data))


def open_with_the_menu(qtbot, window, monkeypatch, path) -> list[str]:
    """File → Open…, the dialog answering `path`; the one-line errors the window showed."""
    errors: list[str] = []
    shown = window.show_error
    monkeypatch.setattr(window, "show_error", lambda text: (errors.append(text), shown(text)))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))
    menu_item(window, "File", "Open…").trigger()
    QApplication.processEvents()
    return errors


def visible(window, name: str) -> str:
    """What the panel's control of the setting `name` shows."""
    p = window.panel
    widget = {"lr": p.lr, "speed": p.speed, "l2": p.l2, "cap": p.cap, "delta": p.delta}[name]
    return widget.currentText() if name == "speed" else widget.text()


#: the sessions of the issue: each value the panel showed otherwise while the run used it
ISSUE_CASES = [("lr", 50), ("lr", 1e-9), ("speed", 7), ("l2", 1e300), ("cap", 1e12), ("delta", 1e-300)]


@pytest.mark.parametrize(("name", "value"), ISSUE_CASES)
def test_a_session_value_the_panel_cannot_show_is_refused_in_one_line_and_the_panel_keeps_what_the_run_uses(
        qtbot, window, monkeypatch, tmp_path, name, value):
    settings = {"loss": "huber", "cap_on": True} if name in ("delta", "cap") else {}
    before = window.lesson.settings
    shown_before = visible(window, name)
    points_before = window.lesson.points
    path = tmp_path / f"{name}.lossx"
    write_session(path, {**settings, name: value})

    errors = open_with_the_menu(qtbot, window, monkeypatch, path)

    assert len(errors) == 1 and "\n" not in errors[0], errors
    assert f"setting {name} is {value!r}" in errors[0] and str(path) in errors[0]
    assert window.statusBar().currentMessage() == errors[0]
    assert window.error_box.text() == errors[0]  # the box says it too, as plain text
    # nothing changed: the panel shows what the run uses, as before
    assert window.lesson.settings == before and window.lesson.points is points_before
    assert visible(window, name) == shown_before
    assert window.panel.shown() == window.lesson.settings


@pytest.mark.parametrize("end", [0, 1])
def test_a_session_at_the_ends_of_the_ranges_opens_and_the_panel_shows_each_value_exactly(
        qtbot, window, monkeypatch, tmp_path, end):
    """Every number box's setting at the low (or high) end of its Parameter's span: the panel shows
    each value itself, and the run uses it."""
    panel = window.panel

    def box(name):  # the schedule's and the stop rule's are in the panel's "Rate and stop" group
        name = "batch" if name == "batch_size" else name
        return getattr(panel, name) if hasattr(panel, name) else getattr(panel.rate_group, name)

    boxes = {name: box(name) for name in PARAMETERS if name != "seed"}
    values = {name: PARAMETERS[name].span[end] for name in boxes}
    loss = "huber" if end else "quantile"  # a loss whose parameters are within the others' spans
    path = tmp_path / "ends.lossx"
    write_session(path, {**values, "loss": loss, "cap_on": True})

    assert open_with_the_menu(qtbot, window, monkeypatch, path) == []
    settings = window.lesson.settings
    for name, box in boxes.items():
        assert getattr(settings, name) == values[name], name
        assert box.value() == values[name], name
        text = box.text() if isinstance(box, NumberBox) else str(box.value())
        assert float(text) == values[name] and text == (exact_text(values[name]) if isinstance(box, NumberBox)
                                                         else str(int(values[name]))), name
    assert window.panel.shown() == settings


def number_boxes(window) -> dict[str, NumberBox]:
    return {name: box for name in PARAMETERS if isinstance(box := getattr(window.panel, name, None), NumberBox)}


@pytest.mark.parametrize("text", ["nan", "inf", "-inf", "1e999", "1e-400x"])
def test_typing_text_that_is_no_number_in_range_into_any_box_sets_nothing(qtbot, window, text):
    boxes = number_boxes(window)
    assert set(boxes) >= {"delta", "quantile", "alpha", "gamma", "label_smoothing", "cap", "cap_weight", "l1", "l2",
                          "lr", "momentum", "beta1", "beta2"}
    # every box of regression on show in turn: each loss's parameter, the cap, each optimizer's settings
    tried = set()
    for loss, optimizer in (("huber", "momentum"), ("quantile", "adam"), ("asymmetric", "gd")):
        window.lesson.change_settings(window.lesson.settings.with_(loss=loss, optimizer=optimizer, cap_on=True))
        for name, box in boxes.items():
            if not box.isVisibleTo(window.panel) or not box.isEnabled():
                continue
            tried.add(name)
            before, shown = window.lesson.settings, box.text()
            type_into(qtbot, box, text)
            box.clearFocus()
            QApplication.processEvents()
            assert window.lesson.settings == before, (name, text)
            assert box.text() == shown and math.isfinite(box.value()), (name, text)
    assert tried == set(boxes) - {"gamma", "label_smoothing"}  # the classification losses' boxes are the same class
