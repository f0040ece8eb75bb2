"""How `lossexplorer simulate` and a frame of the physics view scale with the number of points.

Run from the repository root:

    .venv/bin/python benchmarks/bench_simulate.py            # 10³ to 10⁶ points, about 3 minutes
    .venv/bin/python benchmarks/bench_simulate.py --quick    # 10³ to 10⁵, about 15 seconds

Each run is `simulate` as the command line calls it (mass and damping 1 per point, 60 s,
200 energy samples) on `random_points` (y = 2x + 1 plus unit Gaussian noise). The target
(issue 15) is a ratio measured in this process: 10⁵ points within 15× the time of 10⁴
(linear would be 10×). The frame of the physics view is what the view does 60 times a
second with its own settings (mass 0.1 and damping 0.05 per point): advance 1/60 s, then the
tensions, forces, energies and rest of the bar it draws. Nothing here is a test assertion.
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import statistics
import time

import numpy as np

from lossexplorer.core.physics import BarSystem, simulate
from lossexplorer.core.presets import random_points

LOSSES = [
    ("mse", {}), ("huber", {}), ("logcosh", {}), ("mae", {}), ("quantile", {"quantile": 0.3}),
    ("asymmetric", {"alpha": 3.0}),
]  # fmt: skip
TARGET = 15.0


def run_time(n: int, loss: str, params: dict[str, float]) -> tuple[float, bool]:
    """Seconds for one `simulate` as the command line runs it, and whether the bar came to rest."""
    x, y = random_points(n, slope=2.0, intercept=1.0, seed=1)
    gc.collect()
    start = time.perf_counter()
    run = simulate(x, y, loss, per_point=True, **params)
    return time.perf_counter() - start, run.at_rest


def frame_time(n: int, loss: str, params: dict[str, float], frames: int = 30) -> float:
    """Median seconds of one frame of the physics view on n springs."""
    x, y = random_points(n, slope=2.0, intercept=1.0, seed=1)
    system = BarSystem(x, y, loss, mass=0.1 * n, damping=0.05 * n, **params)
    state = system.start()
    times = []
    for _ in range(frames):
        start = time.perf_counter()
        state = system.advance(state, 1 / 60, max_substeps=400)
        system.tensions(state)
        system.forces(state)
        system.kinetic(state) + system.potential(state)
        system.at_rest(state, tolerance=1e-6)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="10³ to 10⁵ points only")
    args = parser.parse_args()
    sizes = [10**3, 10**4, 10**5] if args.quick else [10**3, 10**4, 10**5, 10**6]
    print(
        f"Python {platform.python_version()}, NumPy {np.__version__}, {os.cpu_count()} CPUs, "
        f"load average {os.getloadavg()[0]:.2f} at start"
    )
    print("\nsimulate, 60 s with mass and damping 1 per point (seconds; * = still moving at the end)")
    print(f"{'loss':12s}" + "".join(f"{n:>12,d}" for n in sizes) + f"{'10⁵/10⁴':>10s}" + (
        f"{'10⁶/10⁵':>10s}" if len(sizes) > 3 else ""
    ))  # fmt: skip
    worst = 0.0
    for loss, params in LOSSES:
        times = {}
        cells = []
        for n in sizes:
            seconds, rest = run_time(n, loss, params)
            times[n] = seconds
            cells.append(f"{seconds:11.3f}{' ' if rest else '*'}")
        ratio = times[10**5] / times[10**4]
        worst = max(worst, ratio)
        row = f"{loss:12s}" + "".join(cells) + f"{ratio:9.1f}×"
        if 10**6 in times:
            row += f"{times[10**6] / times[10**5]:9.1f}×"
        print(row, flush=True)
    verdict = "PASS" if worst <= TARGET else "MISS"
    print(f"10⁵ points against 10⁴: at most {worst:.1f}× ({verdict}: target ≤ {TARGET:g}×, linear is 10×)")

    print("\na frame of the physics view: advance 1/60 s and read the bar (median of 30 frames, ms)")
    frame_sizes = [10**3, 10**4, 10**5] if args.quick else [10**3, 10**4, 10**5, 10**6]
    print(f"{'loss':12s}" + "".join(f"{n:>12,d}" for n in frame_sizes))
    for loss, params in LOSSES:
        print(f"{loss:12s}" + "".join(f"{1000 * frame_time(n, loss, params):12.2f}" for n in frame_sizes), flush=True)


if __name__ == "__main__":
    main()
