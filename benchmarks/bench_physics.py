"""A frame of the physics view with 200 springs (issue 4): target under 8 ms.

Each frame advances the bar 1/60 s (integration) and draws it (the springs' coils, the bar,
the readouts and the energy plot); Qt's painting is timed separately. Prints the median
and the worst over 500 frames, offscreen.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/bench_physics.py
"""

from __future__ import annotations

import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np
from PySide6.QtWidgets import QApplication

from lossexplorer.gui.app import make_app
from lossexplorer.gui.window import MainWindow


def main(frames: int = 500, springs: int = 200) -> None:
    make_app()
    rng = np.random.default_rng(0)
    x = rng.uniform(-5, 5, springs)
    y = 0.7 * x + rng.standard_normal(springs)
    for loss in ("mse", "mae", "huber"):
        w = MainWindow()
        w.resize(1600, 900)
        w.files.prompt_unsaved = False  # a benchmark has no one to answer the question
        w.autosave.enabled = False
        w.classroom.remember = False
        w.show()
        w.replace_points(x, y, "benchmark", undoable=False)
        w.apply_settings(w.settings.with_(loss=loss))
        w.show_view("physics")
        view = w.physics
        view.play.setChecked(False)
        QApplication.processEvents()
        step, draw, paint = [], [], []
        for _ in range(frames):
            t0 = time.perf_counter()
            view.advance(1 / 60)
            t1 = time.perf_counter()
            view.redraw()
            t2 = time.perf_counter()
            QApplication.processEvents()
            t3 = time.perf_counter()
            step.append((t1 - t0) * 1000)
            draw.append((t2 - t1) * 1000)
            paint.append((t3 - t2) * 1000)
        frame = [a + b for a, b in zip(step, draw)]
        print(f"{loss:5s} {springs} springs: integration {statistics.median(step):.2f} ms (worst {max(step):.2f}), "
              f"drawing {statistics.median(draw):.2f} ms (worst {max(draw):.2f}); integration + drawing median "
              f"{statistics.median(frame):.2f} ms, worst {max(frame):.2f} ms "
              f"({'PASS' if statistics.median(frame) < 8 else 'MISS'}: under 8 ms); "
              f"Qt painting median {statistics.median(paint):.2f} ms")
        w.close()


if __name__ == "__main__":
    main()
