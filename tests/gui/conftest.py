"""pytest-qt fixtures: a shown main window, helpers to click and drag on the canvas in data
coordinates, and a check that no test leaves a worker thread running."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtWidgets import QApplication

from lossexplorer.gui import theme
from lossexplorer.gui.worker import LIVE_THREADS

pg.setConfigOption("mouseRateLimit", -1)


@pytest.fixture(autouse=True)
def no_thread_left_running():
    yield
    running = [t for t in list(LIVE_THREADS) if t.isRunning()]
    assert not running, f"{len(running)} worker thread(s) left running"


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
