"""The Presets menu (issue 17): the real, sourced sets and the made-up ones in a submenu each;
each real entry's tooltip and status tip say its context, n and source; loading one names the
axes with its units and picks its mode; the About box lists the sources; `--preset` takes every
real set."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMenu, QTextBrowser
from qt_helpers import menu_item, preset_item

from lossexplorer.core import DATASETS, REAL_DATASET_NAMES

REAL = [DATASETS[name] for name in REAL_DATASET_NAMES]


def submenu(window, title: str) -> QMenu:
    presets = next(m for m in window.menuBar().findChildren(QMenu) if m.title() == "&Presets")
    return next(a.menu() for a in presets.actions() if a.menu() is not None and a.text().replace("&", "") == title)


def axis_names(window) -> tuple[str, str]:
    window.flush()
    plot = window.canvas.plot
    return plot.getAxis("bottom").labelText, plot.getAxis("left").labelText


def test_the_menu_groups_the_real_sets_apart_from_the_made_up_ones(qtbot, window):
    real = [a for a in submenu(window, "Real data").actions() if not a.isSeparator()]
    made_up = [a for a in submenu(window, "Made up").actions() if not a.isSeparator()]
    assert len(real) == len(REAL) >= 14
    assert [a.text().replace("&&", "&") for a in real] == [f"{d.title} ({d.cite})" for d in REAL]
    assert {a.text() for a in made_up} >= {"noisy-line", "outliers", "anscombe-1", "blobs (classification)"}
    sections = [a.text() for a in submenu(window, "Real data").actions() if a.isSeparator()]
    assert sections == ["Regression", "Classes"]


@pytest.mark.parametrize("d", REAL, ids=[d.name for d in REAL])
def test_each_real_entrys_tips_say_its_context_n_and_source(qtbot, window, d):
    action = preset_item(window, d.name)
    assert action.isEnabled()  # the three-class sets too: the window draws up to five classes
    for tip in (action.toolTip(), action.statusTip()):
        assert d.context in tip and f"{d.n} points" in tip and d.source in tip


def test_a_real_set_loads_with_its_units_on_the_axes_and_undo_takes_them_back(qtbot, window):
    preset_item(window, "crickets").trigger()
    assert len(window.lesson.points) == 15
    assert axis_names(window) == ("chirp rate (chirps/s)", "temperature (°F)")
    assert "Pierce 1948" in window.statusBar().currentMessage()
    window.lesson.add_point(17.0, 80.0)  # a hand edit keeps the axes
    assert axis_names(window) == ("chirp rate (chirps/s)", "temperature (°F)")
    window.lesson.undo_stack.undo()
    window.lesson.undo_stack.undo()
    assert len(window.lesson.points) == 10 and axis_names(window) == ("x", "y")


def test_a_two_class_real_set_switches_to_classification(qtbot, window):
    preset_item(window, "challenger").trigger()
    lesson = window.lesson
    assert lesson.classification and lesson.settings.classification and len(lesson.points) == 23
    assert set(lesson.points.labels.tolist()) == {0, 1}
    assert axis_names(window) == ("launch temperature (°F)", "leak-check pressure (psi)")
    menu_item(window, "Presets", "noisy-line").trigger()
    assert not lesson.classification and axis_names(window) == ("x", "y")


def test_a_three_class_real_set_opens_with_the_softmax_model_of_three_classes(qtbot, window):
    preset_item(window, "penguins").trigger()
    lesson = window.lesson
    assert lesson.classification and lesson.settings.model == "softmax:3" and lesson.settings.loss == "crossentropy"
    assert set(lesson.points.labels.tolist()) == {0, 1, 2}


def test_the_about_box_lists_the_sources(qtbot, window):
    menu_item(window, "Help", "About lossexplorer").trigger()
    qtbot.waitUntil(lambda: window.help.about is not None and window.help.about.isVisible())
    text = window.help.about.findChild(QTextBrowser).toPlainText()
    for d in REAL:
        assert " ".join(d.source.split()) in " ".join(text.split())
    window.help.about.close()


@pytest.mark.parametrize(("name", "classification"), [("hubble", False), ("challenger", True)])
def test_the_command_lines_preset_takes_every_real_set_in_its_mode(qtbot, name, classification):
    from lossexplorer.cli import _parse_window_args
    from lossexplorer.gui.app import open_window

    window = open_window(_parse_window_args(["--preset", name]))
    qtbot.addWidget(window)
    try:
        assert window.lesson.classification == classification
        assert len(window.lesson.points) == DATASETS[name].n
        assert axis_names(window)[0] == DATASETS[name].x.title
    finally:
        window.close()


def test_the_command_lines_three_class_preset_opens_with_three_classes(qtbot):
    from lossexplorer.cli import _parse_window_args
    from lossexplorer.gui.app import open_window

    window = open_window(_parse_window_args(["--preset", "iris"]))
    qtbot.addWidget(window)
    try:
        assert window.lesson.settings.model == "softmax:3" and window.lesson.classes == 3
        assert len(window.lesson.points) == DATASETS["iris"].n
    finally:
        window.close()
