"""A frame of the physics view with 200 springs (issue 4): target under 8 ms.

The view animates as it does for a person (damping 0, so it never comes to rest) for five
seconds per loss. Prints the work of a frame (integration of 1/60 s and drawing the coils,
the bar, the readings and, at 10 Hz, the energy plot) as the view times it, and the frame
rate reached once Qt has painted each frame, offscreen.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/bench_physics.py
"""

from __future__ import annotations

import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from lossexplorer.gui.app import make_app
from lossexplorer.gui.window import MainWindow


def main(seconds: float = 5.0, springs: int = 200) -> None:
    make_app()
    rng = np.random.default_rng(0)
    x = rng.uniform(-5, 5, springs)
    y = 0.7 * x + rng.standard_normal(springs)
    for loss in ("mse", "mae", "huber"):
        w = MainWindow(remember=False)  # no remembered preferences, no autosave
        w.resize(1600, 900)
        w.files.prompt_unsaved = False  # a benchmark has no one to answer the question
        w.show()
        w.lesson.replace_points(x, y, "benchmark", undoable=False)
        w.lesson.change_settings(w.lesson.settings.with_(loss=loss, epochs=100))
        w.show_view("physics")
        view = w.physics
        view.damping.setValue(0.0)  # it swings for ever: every frame has work to do
        view.reset()
        view.play.setChecked(True)
        QApplication.processEvents()
        view.frame_ms.clear()
        ticks: list[float] = []
        view.timer.timeout.connect(lambda ticks=ticks: ticks.append(time.perf_counter()))
        loop = QEventLoop()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()
        view.play.setChecked(False)
        work = list(view.frame_ms)
        gaps = np.diff(ticks) * 1000
        print(f"{loss:5s} {springs} springs, {seconds:g} s of animation: a frame's integration + drawing median "
              f"{statistics.median(work):.2f} ms, worst {max(work):.2f} ms "
              f"({'PASS' if statistics.median(work) < 8 else 'MISS'}: under 8 ms); with Qt's painting "
              f"{len(ticks) / seconds:.0f} frames per second (target 60), time between frames median "
              f"{statistics.median(gaps):.1f} ms, worst {gaps.max():.1f} ms")
        w.close()


if __name__ == "__main__":
    main()
