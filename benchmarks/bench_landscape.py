"""Speed of the loss landscape (issue 5), as ratios against a plain per-cell evaluation.

1. A 200×200 landscape for MSE at n = 10⁴: the closed form from sufficient statistics
   against evaluating each cell on the points (target ≥ 50×, same values to 1e-9 relative).
2. A 200×200 landscape for MAE at n = 1,000 on the per-point path (target: under a second;
   it runs on a worker thread in the window).

Run: python benchmarks/bench_landscape.py
"""

from __future__ import annotations

import time

import numpy as np

from lossexplorer.core import make_objective, solve
from lossexplorer.core.landscape import frame, landscape


def plain_grid(x: np.ndarray, y: np.ndarray, cs: np.ndarray, ms: np.ndarray) -> np.ndarray:
    """The reference: J = mean((m·x + c − y)²) for every cell, one cell at a time."""
    out = np.empty((len(ms), len(cs)))
    for r, m in enumerate(ms):
        for k, c in enumerate(cs):
            e = m * x + c - y
            out[r, k] = np.mean(e * e)
    return out


def best_of(fn, repeats: int = 3) -> float:
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> None:
    rng = np.random.default_rng(0)
    n = 10_000
    x = rng.uniform(-5, 5, n)
    y = 0.8 * x + 1 + rng.standard_normal(n)
    s = solve(x, y)
    (c0, c1), (m0, m1) = frame((s.coefficients[0], s.coefficients[1]), (0.0, 0.0))
    obj = make_objective(x, y, "mse", "line")
    grid = landscape(obj, s.coefficients, 0, 1, (c0, c1), (m0, m1), size=200)
    ours = best_of(lambda: landscape(obj, s.coefficients, 0, 1, (c0, c1), (m0, m1), size=200))
    t = time.perf_counter()
    reference = plain_grid(x, y, grid.axis_i, grid.axis_j)
    plain = time.perf_counter() - t
    diff = float(np.max(np.abs(grid.values - reference) / np.abs(reference)))
    ratio = plain / ours
    print(f"1. MSE 200×200 at n = {n:,}: ours {ours * 1000:.2f} ms, plain {plain * 1000:.0f} ms, "
          f"ratio {ratio:.0f}× ({'PASS' if ratio >= 50 and diff <= 1e-9 else 'MISS'}: ≥ 50×), "
          f"max relative difference {diff:.1e}")

    n = 1_000
    x, y = x[:n], y[:n]
    s = solve(x, y, loss="mae")
    obj = make_objective(x, y, "mae", "line")
    (c0, c1), (m0, m1) = frame((s.coefficients[0], s.coefficients[1]), (0.0, 0.0))
    seconds = best_of(lambda: landscape(obj, s.coefficients, 0, 1, (c0, c1), (m0, m1), size=200), 2)
    print(f"2. MAE 200×200 at n = {n:,}: {seconds * 1000:.0f} ms ({'PASS' if seconds < 1 else 'MISS'}: under 1 s, "
          f"computed on the worker thread)")


if __name__ == "__main__":
    main()
