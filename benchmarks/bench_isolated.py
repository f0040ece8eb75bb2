"""What a solve in a child process costs, and from what size the child pays off (issue 15).

Run from the repository root:

    .venv/bin/python benchmarks/bench_isolated.py [--quick]

Prints the start-up cost of a child (a 10-point linear program through `IsolatedSolve` less
the same solve in this process, median of 5), the time of MAE's exact linear program in this
process against the number of points, the size from which it takes longer than the child's
start-up (ISOLATE_ABOVE should be near it), and how long `cancel()` takes to end a long one
(MAE on 10⁶ points, cancelled a second into the solve). `--quick` stops the sizes at 2·10⁴
and cancels a solve on 10⁵ points, once. Nothing here is a test assertion.
"""

from __future__ import annotations

import os
import statistics
import sys
import threading
import time
from collections.abc import Callable

import numpy as np

from lossexplorer.core import make_objective, solve_objective
from lossexplorer.core.isolated import ISOLATE_ABOVE, IsolatedSolve
from lossexplorer.core.presets import random_points


def seconds(func: Callable[[], object]) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def main(quick: bool = False) -> None:
    print(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f} at start")
    x, y = random_points(10, seed=1)
    tiny = make_objective(x, y, "mae")
    solve_objective(tiny)  # SciPy imported here, as it is in a window that has solved once
    here = [seconds(lambda: solve_objective(tiny)) for _ in range(5)]
    there = [seconds(lambda: IsolatedSolve(tiny, isolate=True).run()) for _ in range(5)]
    spawn = statistics.median(there) - statistics.median(here)
    print(f"a child's start-up (spawn, imports, SciPy, inputs and answer through a pipe): {spawn:.2f} s "
          f"(runs {min(there):.2f} to {max(there):.2f} s)")  # fmt: skip

    crossing = None
    sizes = (1_000, 3_000, 10_000, 20_000) if quick else (1_000, 3_000, 10_000, 20_000, 30_000, 100_000)
    for n in sizes:
        x, y = random_points(n, seed=1)
        obj = make_objective(x, y, "mae")
        lp = seconds(lambda obj=obj: solve_objective(obj))
        if crossing is None and lp > spawn:
            crossing = n
        print(f"MAE's linear program on {n:>7,d} points in this process: {lp:6.2f} s")
    print(f"the linear program outlasts the child's start-up from about {crossing or f'> {sizes[-1]:,d}'} points; "
          f"ISOLATE_ABOVE = {ISOLATE_ABOVE:,d}")

    big = 100_000 if quick else 1_000_000
    x, y = random_points(big, slope=2.0, intercept=1.0, seed=2)
    latencies = []
    for _ in range(1 if quick else 3):
        solve = IsolatedSolve(make_objective(x, y, "mae"))
        thread = threading.Thread(target=solve.run)
        thread.start()
        solve.started.wait(60)
        time.sleep(1.0)  # a second into the solve
        begun = time.perf_counter()
        solve.cancel()
        thread.join()
        latencies.append(time.perf_counter() - begun)
        assert not os.path.exists(f"/proc/{solve.pid}") or os.name != "posix"
    print(f"cancel() of MAE's LP on {big:,d} points, a second in: the solve ended within "
          f"{1000 * max(latencies):.1f} ms (median {1000 * float(np.median(latencies)):.1f} ms), child reaped")


if __name__ == "__main__":
    main(quick="--quick" in sys.argv[1:])
