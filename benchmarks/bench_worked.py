"""The worked-epoch view never slows a run (issue 16), measured offscreen.

A run of E epochs as fast as possible with momentum on n points, timed with the *Worked epoch*
tab on show (the view follows the run, written a few times a second) against the same run with
the *Fit* tab on show (the reference, in the same process, alternating, best of 5). Printed: the
two times, their ratio (target ≤ 1.1: within the noise of a shared machine) and how often the
view was written during the run.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/bench_worked.py [--quick]
"""

from __future__ import annotations

import argparse
import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np
from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication

from lossexplorer.gui.app import make_app
from lossexplorer.gui.window import MainWindow


def make_window(n: int, epochs: int) -> MainWindow:
    rng = np.random.default_rng(1)
    x = rng.uniform(-5, 5, n)
    y = 0.7 * x + 1 + rng.standard_normal(n)
    w = MainWindow(remember=False)
    w.resize(1600, 900)
    w.files.prompt_unsaved = False
    w.show()
    w.lesson.replace_points(x, y, "benchmark", undoable=False)
    w.lesson.change_settings(w.lesson.settings.with_(loss="huber", optimizer="momentum", epochs=epochs, speed=0.0,
                                                     lr=0.01))
    QApplication.processEvents()
    return w


def timed_run(w: MainWindow, view: str) -> tuple[float, int]:
    """Seconds for a run from epoch 0 with `view` on show, and how often the worked view was written
    while it went (the text set, counted twice by Qt's textChanged: cleared and filled)."""
    w.show_view(view)
    w.runner.reset()
    QApplication.processEvents()
    written = [0]

    def count() -> None:
        written[0] += w.runner.running  # a writing while the run goes (not the one its end asks for)

    w.worked.text.textChanged.connect(count)
    loop = QEventLoop()
    w.runner.finished.connect(loop.quit)
    start = time.perf_counter()
    w.runner.run()
    loop.exec()
    seconds = time.perf_counter() - start
    w.runner.finished.disconnect(loop.quit)
    w.worked.text.textChanged.disconnect(count)
    return seconds, written[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes for a smoke run")
    args = parser.parse_args()
    make_app()
    for n, epochs in ((1_000, 5_000), (100_000, 300)) if args.quick else ((1_000, 50_000), (1_000_000, 300)):
        w = make_window(n, epochs)
        fit_times, worked_times, writes = [], [], 0
        for _ in range(5):
            fit_times.append(timed_run(w, "fit")[0])
            seconds, written = timed_run(w, "worked")
            worked_times.append(seconds)
            writes = max(writes, written // 2)
        ratio = min(worked_times) / min(fit_times)
        print(f"n = {n:,}, {epochs:,} epochs of momentum: Fit on show {min(fit_times):.2f} s, Worked epoch on "
              f"show {min(worked_times):.2f} s, ratio {ratio:.2f} ({'PASS' if ratio <= 1.1 else 'MISS'}: "
              f"target ≤ 1.1); the view written {writes} times in the run")
        w.close()


if __name__ == "__main__":
    main()
