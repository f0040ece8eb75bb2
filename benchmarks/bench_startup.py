"""Start-up: from launch to the window's first paint, the app against a bare PySide6 + pyqtgraph window.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_startup.py [--runs 5]

Each launch is a fresh process, app and bare window alternating, timed from just before the
process starts to the moment it prints `first paint` (both print it from the same event
filter, `lossexplorer.gui.lifecycle`, after their first paint pass). Then the process gets a
Ctrl+C, which must close it cleanly (exit status 0). The bare window is what any PySide6 +
pyqtgraph program of this size pays: a main window of the same size with a plot of ten points
and a line, a side panel of controls, a readouts column with a small second plot and a table,
menus, a toolbar and a status bar, drawn with the same pyqtgraph options (antialiasing on).
Printed: the median of each and the ratio app / bare against the target (1.5×). The package's
bytecode is compiled first, as an installed package has it (the launches themselves write none).

With `--importtime` it also prints the app's slowest imports (python -X importtime) and
whether SciPy was loaded by the time of the first paint.
"""

from __future__ import annotations

import argparse
import compileall
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET = 1.5
ROOT = Path(__file__).resolve().parent.parent
TIMEOUT_S = 120

BARE = """
import sys
import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDockWidget, QDoubleSpinBox, QFormLayout,
                               QLabel, QMainWindow, QPushButton, QSlider, QSpinBox, QTableWidget, QTabWidget,
                               QVBoxLayout, QWidget)
from lossexplorer.gui.lifecycle import close_on_ctrl_c, quiet_qt_messages, report_first_paint

pg.setConfigOptions(antialias=True, background="w", foreground="k")
quiet_qt_messages()
app = QApplication(sys.argv[:1])
window = QMainWindow()
plot = pg.PlotWidget()
x = np.linspace(0, 9, 10)
y = 2 * x + 1 + np.sin(7 * x)
plot.plot(x, y, pen=None, symbol="o", symbolSize=9)
plot.plot(x, 2 * x + 1, pen=pg.mkPen("r", width=2))
plot.plot(x, 2 * x + 0.8, pen=pg.mkPen("k", width=1, style=Qt.PenStyle.DashLine))
plot.showGrid(x=True, y=True, alpha=0.2)
tabs = QTabWidget()
tabs.addTab(plot, "Fit")
for title in ("Landscape", "Loss shape", "Noise", "Physics"):
    tabs.addTab(QWidget(), title)
window.setCentralWidget(tabs)

panel = QWidget()
form = QFormLayout(panel)
for name in ("Loss", "reduce by", "Model", "Optimizer"):
    combo = QComboBox()
    combo.addItems(["mse", "mae", "huber", "logcosh", "quantile"])
    form.addRow(name, combo)
for name in ("δ", "cap", "weight", "L1", "L2", "learning rate", "momentum", "β1", "β2"):
    form.addRow(name, QDoubleSpinBox())
for name in ("epochs", "batch size", "speed"):
    form.addRow(name, QSpinBox())
form.addRow("rate", QSlider(Qt.Orientation.Horizontal))
for name in ("fit", "residuals", "squares", "ȳ squares", "gradients", "mean point"):
    form.addRow(QCheckBox(name))
for name in ("Run", "Step", "Reset", "Pin this fit", "Remove pin"):
    form.addRow(QPushButton(name))
left = QDockWidget("Settings")
left.setWidget(panel)
window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, left)

readouts = QWidget()
column = QVBoxLayout(readouts)
for line in ("epoch 0", "m = 0, c = 0", "J = 52.1", "RSS = 521", "TSS = 120", "R² = 0.91", "r = 0.95"):
    column.addWidget(QLabel(line))
for line in ("Σ residuals = 0", "Σ x·residual = 0", "passes (x̄, ȳ)", "p̄ = ȳ", "Σ p·residual = 0"):
    column.addWidget(QCheckBox(line))
curve = pg.PlotWidget()
curve.plot(np.arange(100), np.exp(-np.arange(100) / 20))
column.addWidget(curve)
table = QTableWidget(20, 4)
table.setHorizontalHeaderLabels(["Epoch #", "m", "c", "loss"])
column.addWidget(table)
right = QDockWidget("Readouts")
right.setWidget(readouts)
window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, right)

for menu in ("File", "Edit", "View", "Presets", "Help"):
    window.menuBar().addMenu(menu).addAction("Item")
window.addToolBar("Main").addAction("Run")
window.statusBar().showMessage("10 points · epoch 0")
window.resize(1400, 860)
report_first_paint(window)
close_on_ctrl_c(app)
window.show()
sys.exit(app.exec())
"""

PROBE_SCIPY = """
import sys
import lossexplorer.gui.lifecycle as lifecycle
real = lifecycle._FirstPaint.report
def report(self):
    loaded = sorted(m for m in sys.modules if m.split(".")[0] == "scipy" and m.count(".") <= 1)
    print("scipy at first paint:", ", ".join(loaded) or "none", flush=True)
    real(self)
lifecycle._FirstPaint.report = report
from lossexplorer.cli import main
sys.exit(main([]))
"""


def child_env(home: str) -> dict[str, str]:
    """The environment of each launch: its own empty home, so no saved settings or autosave differ."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(HOME=home, LOSSEXPLORER_REPORT_FIRST_PAINT="1", PYTHONDONTWRITEBYTECODE="1")
    return env


def launch(cmd: list[str], env: dict[str, str]) -> tuple[float, list[str]]:
    """Seconds from launch to the `first paint` line, and the lines printed before it."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines: list[str] = []
    assert proc.stdout is not None
    try:
        for line in proc.stdout:
            if line.strip() == "first paint":
                elapsed = time.perf_counter() - start
                break
            lines.append(line.rstrip("\n"))
        else:
            raise RuntimeError(
                f"{' '.join(cmd)} ended before its first paint:\n{proc.stderr.read() if proc.stderr else ''}"
            )
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=TIMEOUT_S)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)}: Ctrl+C ended it with status {proc.returncode}:\n{err}")
    return elapsed, lines


def importtime(env: dict[str, str], top: int = 12) -> list[tuple[int, str]]:
    """The app's slowest imports, cumulative microseconds, from python -X importtime."""
    code = "import lossexplorer.cli, lossexplorer.gui.app"
    done = subprocess.run([sys.executable, "-X", "importtime", "-c", code], env=env, capture_output=True, text=True)
    rows = []
    for line in done.stderr.splitlines():
        parts = line.removeprefix("import time:").split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            rows.append((int(parts[1]), parts[2].rstrip()))
    return sorted(rows, reverse=True)[:top]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="launches of each (default 5)")
    parser.add_argument("--importtime", action="store_true", help="also print the slowest imports and SciPy")
    args = parser.parse_args(argv)
    app = [sys.executable, "-m", "lossexplorer"]
    bare = [sys.executable, "-c", BARE]
    load = os.getloadavg() if hasattr(os, "getloadavg") else (float("nan"),) * 3
    print(f"start-up to first paint, {args.runs} launches each, alternating; load average {load[0]:.2f}")
    print(f"platform: {os.environ.get('QT_QPA_PLATFORM') or 'the desktop session'}")
    times: dict[str, list[float]] = {"app": [], "bare": []}
    # the package's bytecode as an installed one has it (pip compiles at install; an editable install
    # writes it on the first start): without it every launch would time Python compiling ~110 modules
    compileall.compile_dir(str(ROOT / "lossexplorer"), quiet=1)
    with tempfile.TemporaryDirectory(prefix="lossexplorer-bench-") as home:
        env = child_env(home)
        launch(bare, env)  # warm the file cache for both: the first launch of all pays for the disk
        launch(app, env)
        for _ in range(args.runs):
            for name, cmd in (("app", app), ("bare", bare)):
                times[name].append(launch(cmd, env)[0])
        if args.importtime:
            print("slowest imports of the app (cumulative):")
            for micros, name in importtime(env):
                print(f"  {micros / 1e3:7.1f} ms  {name.strip()}")
            _, lines = launch([sys.executable, "-c", PROBE_SCIPY], env)
            print(*lines, sep="\n")
    app_s, bare_s = statistics.median(times["app"]), statistics.median(times["bare"])
    for name in ("app", "bare"):
        print(
            f"{name:5s} median {statistics.median(times[name]):.3f} s  ({', '.join(f'{t:.2f}' for t in times[name])})"
        )
    ratio = app_s / bare_s
    verdict = "PASS" if ratio <= TARGET else "MISS"
    print(f"ratio app / bare = {ratio:.2f}x  (target <= {TARGET}x)  {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
