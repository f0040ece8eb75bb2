"""Householder QR of a few long columns, in NumPy's own loops: least squares that stays exact
where the normal equations do not.

For A (N × m, m ≤ about 10) with right-hand sides B, `triangularize` applies reflections
H_p = I − v·vᵀ/(½‖v‖²), one per column, so that Hᵀ·A = [R; 0] and Hᵀ·B = [C; D]. Then for
every θ

    ‖A·θ − b‖² = ‖R·θ − c‖² + ‖d‖²,

exactly for a matrix within a few ulps of A column by column (Householder QR is backward
stable), however ill-conditioned A is: the condition number enters the answer once, where
AᵀA (the normal equations) squares it. A column whose part outside the span of the columns
before it is at most `drop` times its length is skipped (no reflection): lowest powers first,
as a polynomial fit keeps them.

The columns are rows of a C-contiguous array and each step is one einsum and one outer
update: no LAPACK on N × m arrays, whose threaded BLAS stalls for tens of milliseconds when
the other cores are busy, and whose rounding changes with the thread count.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

Array = NDArray[np.float64]
EPS = 2.220446049250313e-16


def drop_tolerance(n: int, k: int) -> float:
    """A column nearer the span of the others than this (relative) is dependent to rounding:
    Householder's own error is about √N·k·ε, so 64 times that is never a real column."""
    return 64.0 * EPS * max(float(k), math.sqrt(n))


def keep_tolerance(n: int, k: int) -> float:
    """The least relative distance from the span at which a column is still solved for, as
    `numpy.polynomial` keeps singular values above N·ε: between this and `drop_tolerance` a
    column is kept only where it lowers J (see `solve`)."""
    return 4.0 * EPS * max(float(n), float(k))


@dataclass(frozen=True)
class Triangle:
    """R (rank × m; columns that were skipped hold their part along the kept ones), the
    transformed right-hand sides C (rank × e) and the squares of what is left, ‖d‖² per side."""

    r: Array
    c: Array
    rest: Array
    kept: NDArray[np.bool_]

    @property
    def rank(self) -> int:
        return int(np.count_nonzero(self.kept))

    def solve(self, side: int = 0) -> Array:
        """argmin ‖A·θ − b‖ with θ_j = 0 on the skipped columns (back substitution)."""
        m = len(self.kept)
        theta = np.zeros(m)
        cols = np.flatnonzero(self.kept)
        theta[cols] = back_substitute(self.r[:, cols], self.c[:, side])
        return theta


def triangularize(rows: Array, m: int, drop: float = 0.0) -> Triangle:
    """The QR of the matrix whose columns are the first m rows of `rows` ((m + e) × N, C order),
    applied to the right-hand sides in the other e rows. `rows` is overwritten."""
    n = rows.shape[1]
    r = np.zeros((min(m, n), m))
    kept = np.zeros(m, dtype=bool)
    sizes = np.sqrt(np.einsum("ij,ij->i", rows[:m], rows[:m])) if drop else np.zeros(m)
    p = 0
    for j in range(m):
        r[:p, j] = rows[j, :p]
        if p == n:  # as many reflections as rows: every later column is in the span
            continue
        x = rows[j, p:]
        norm = _norm(x)
        if not norm > drop * sizes[j] or norm == 0.0:
            continue
        kept[j] = True
        alpha = -math.copysign(norm, float(x[0]))
        half = norm * (norm + abs(float(x[0])))  # ½‖v‖² for v = x − α·e1
        x[0] -= alpha  # x is now v
        rest = rows[j + 1 :, p:]
        if len(rest):
            s = np.einsum("li,i->l", rest, x)
            s /= half
            rest -= s[:, None] * x
        r[p, j] = alpha
        p += 1
    tail = rows[m:, p:]
    return Triangle(r[:p].copy(), rows[m:, :p].T.copy(), np.einsum("ij,ij->i", tail, tail), kept)


def _norm(x: Array) -> float:
    """‖x‖ without overflow or underflow of the squares."""
    square = float(np.einsum("i,i->", x, x))
    if 1e-290 < square < 1e290:
        return math.sqrt(square)
    big = float(np.max(np.abs(x), initial=0.0))
    if big == 0.0 or not math.isfinite(big):
        return big
    scaled = x / big
    return big * math.sqrt(float(np.einsum("i,i->", scaled, scaled)))


def back_substitute(r: Array, c: Array) -> Array:
    """θ with R·θ = c for upper-triangular R (k × k, k small): backward stable."""
    k = len(c)
    theta = np.zeros(k)
    for i in range(k - 1, -1, -1):
        theta[i] = (c[i] - float(r[i, i + 1 :] @ theta[i + 1 :])) / r[i, i]
    return theta


def solve_transposed(r: Array, g: Array) -> Array:
    """u with Rᵀ·u = g for upper-triangular R (forward substitution)."""
    k = len(g)
    u = np.zeros(k)
    for i in range(k):
        u[i] = (g[i] - float(r[:i, i] @ u[:i])) / r[i, i]
    return u
