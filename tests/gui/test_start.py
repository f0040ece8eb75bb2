"""Starting up: the first paint, screenshot mode's clean slate, and where the app keeps its data."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from lossexplorer.cli import main
from lossexplorer.gui import readouts, theme


def test_the_first_paint_shows_the_readouts_drawn_once(qtbot, monkeypatch):
    from lossexplorer.gui.window import MainWindow

    drawn = []
    real = readouts.Readouts.show_lesson
    monkeypatch.setattr(readouts.Readouts, "show_lesson", lambda self, lesson: (drawn.append(1), real(self, lesson)))
    w = MainWindow(remember=False)
    qtbot.addWidget(w)
    w.lesson.load_preset("outliers", undoable=False)  # what the command line does before showing
    assert drawn == []  # nothing is drawn before it can be seen
    w.show()
    assert drawn == [1] and w.readouts.labels["epoch"].text() == "0"  # filled in before the first paint
    qtbot.waitExposed(w)
    qtbot.wait(200)  # the frames that would follow
    assert drawn == [1]
    w.close()


def _remembered() -> dict[str, object]:
    settings = QSettings()
    return {k: settings.value(k) for k in settings.allKeys()}


def test_screenshot_mode_starts_from_the_defaults_and_remembers_nothing(qtbot, tmp_path, monkeypatch):
    from lossexplorer.gui import app

    settings = QSettings()
    settings.setValue("view/projector", True)
    settings.setValue("window/geometry", b"not a geometry")
    settings.sync()
    before = _remembered()
    seen = []
    real = app.screenshot

    def spy(window, path, size, epochs):
        seen.append((window.projector.projector_action.isChecked(), theme.Sizes.projector))
        real(window, path, size, epochs)

    monkeypatch.setattr(app, "screenshot", spy)
    assert main(["--screenshot", str(tmp_path / "plain.png"), "--size", "1280x720"]) == 0
    assert seen == [(False, False)]  # the remembered projector mode is not read
    assert main(["--screenshot", str(tmp_path / "projector.png"), "--size", "1280x720", "--projector"]) == 0
    assert seen[1] == (True, True)
    QSettings().sync()
    assert _remembered() == before  # and nothing is written
    data = Path(os.environ["XDG_DATA_HOME"])
    assert not data.exists() or not any(data.iterdir())  # no data folder, no autosave


def test_the_data_folder_is_the_applications_own_not_doubled(qapp):
    from lossexplorer.gui import autosave

    name = QCoreApplication.applicationName()
    folder = autosave.folder()
    assert folder == Path(os.environ["XDG_DATA_HOME"]) / name
    assert folder.parent.name != name
    assert isinstance(QApplication.instance(), QApplication)
