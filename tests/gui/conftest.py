"""pytest-qt fixtures: a shown main window, helpers to click and drag on the canvas in data
coordinates, and a check that no test leaves a worker thread running."""

from __future__ import annotations

import gc

import pyqtgraph as pg
import pytest
import shiboken6
from PySide6.QtWidgets import QApplication

from lossexplorer.gui import theme
from lossexplorer.gui.worker import LIVE_THREADS, join_detached

pg.setConfigOption("mouseRateLimit", -1)


@pytest.fixture(autouse=True)
def fresh_settings(qapp, tmp_path, monkeypatch):
    """Each test reads and writes its own QSettings and data folder (under tmp_path, nothing outside
    it), and no test is asked about unsaved work."""
    from PySide6.QtCore import QSettings, QStandardPaths

    from lossexplorer.gui.autosave import Autosave
    from lossexplorer.gui.files import FileController
    from lossexplorer.gui.help import Help

    qapp.setOrganizationName("lossexplorer-tests")
    qapp.setApplicationName("lossexplorer-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    # autosaves and anything else in the data folder go to this test's own folder, not the person's
    QStandardPaths.setTestModeEnabled(False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(FileController, "PROMPT_UNSAVED", False)
    monkeypatch.setattr(Autosave, "ASK_TO_RESTORE", False)
    monkeypatch.setattr(Help, "FIRST_RUN_HINT", False)  # a test that wants it turns it on
    yield
    theme.set_projector(False)


@pytest.fixture(autouse=True)
def no_thread_left_running():
    yield
    # a solve cancelled by a closing window ends its iteration on its own: give it those seconds
    assert join_detached(10_000), "a cancelled solve did not end within 10 s"
    # a job Qt has already deleted (deleteLater after it finished) cannot be running
    running = [t for t in list(LIVE_THREADS) if shiboken6.isValid(t) and t.isRunning()]
    assert not running, f"{len(running)} worker thread(s) left running"
    # the test's garbage (windows, views, their Qt objects in cycles) freed here, on the GUI thread
    # with no worker running: a collection that a later test's worker thread triggered would run
    # their C++ destructors on that thread (a deadlock with the GUI thread was seen under load)
    gc.collect()


@pytest.fixture
def window(qtbot):
    from lossexplorer.gui.window import MainWindow

    theme.apply(QApplication.instance())
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1400, 860)
    w.show()
    qtbot.waitExposed(w)
    w.canvas.fit_view_to_data()
    QApplication.processEvents()
    yield w
    w.close()
