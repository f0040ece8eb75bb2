"""My boundary in classification, placed by hand (no Qt): z = β0 + β1·x1 + β2·x2 = 0 is a line
in the plane with two handles on it.

A drag keeps the boundary's steepness |w| (w = (β1, β2): how fast σ(z) turns from one class to
the other) and which side is class 1: only the line moves. Through handles A and B, with the
old w's side,

    n ⊥ (B − A), n·w_old ≥ 0,   w = |w_old|·n,   β0 = −w·A.

A drag of the body by δ: β0 ← β0 − w·δ. The steepness is typed (β1, β2 in the panel).
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

Array = NDArray[np.float64]
#: the first guess's steepness: z changes by this much per standard deviation of x1
FIRST_STEEPNESS = 2.0


def first_boundary(x1: Array, x2: Array, labels: NDArray[np.int64]) -> Array:
    """The first guess: upright through the mean of x1, class 1 on the side of its mean, z
    changing by FIRST_STEEPNESS per standard deviation of x1 (β = (0, 1, 0) without points)."""
    if not len(x1):
        return np.array([0.0, 1.0, 0.0])
    spread = float(np.std(x1)) or 1.0
    ones = labels == 1
    side = 1.0
    if ones.any() and (~ones).any() and np.mean(x1[ones]) < np.mean(x1[~ones]):
        side = -1.0
    w1 = round_to(side * FIRST_STEEPNESS / spread)
    return np.array([round_to(-w1 * float(np.mean(x1))), w1, 0.0])


def round_to(value: float, digits: int = 3) -> float:
    """A first guess as a person would write it: 3 significant digits (4.2866 → 4.29)."""
    return float(f"{value:.{digits}g}")


def handles(beta: Array, near: Array) -> Array:
    """The two handles (2 × 2, rows A and B) on the boundary, as close as can be to `near`
    (the handles as they were, or two points spread over the data): their midpoint's foot on
    the line, half their distance either side of it."""
    beta = np.asarray(beta, float)
    w = beta[1:3]
    norm2 = float(w @ w)
    if norm2 == 0.0 or not np.all(np.isfinite(beta)):
        return np.asarray(near, float)
    middle = np.mean(near, axis=0)
    foot = middle - (beta[0] + w @ middle) / norm2 * w
    along = np.array([-w[1], w[0]]) / np.sqrt(norm2)
    half = max(float(np.linalg.norm(near[1] - near[0])) / 2, 1e-12)
    if along @ (near[1] - near[0]) < 0:
        along = -along  # handle A stays the one on its side
    return np.array([foot - half * along, foot + half * along])


def through(a: Array, b: Array, old: Array) -> Array | None:
    """The boundary through A and B with the old steepness and class 1 on the old side (None when
    A and B coincide or the old boundary has no direction)."""
    d = np.asarray(b, float) - np.asarray(a, float)
    length = float(np.hypot(*d))
    w_old = np.asarray(old, float)[1:3]
    scale = float(np.hypot(*w_old))
    if length <= 1e-12 * max(1.0, float(np.max(np.abs(np.concatenate([a, b]))))) or scale == 0.0:
        return None
    n = np.array([-d[1], d[0]]) / length
    if n @ w_old < 0:
        n = -n
    w = scale * n
    return np.array([-(w @ np.asarray(a, float)), w[0], w[1]])


def moved(beta: Array, points: Array, dx: float, dy: float) -> tuple[Array, Array]:
    """The boundary and its handles moved by (dx, dy)."""
    beta = np.asarray(beta, float)
    delta = np.array([dx, dy])
    return np.array([beta[0] - beta[1:3] @ delta, beta[1], beta[2]]), np.asarray(points, float) + delta


def tilted(beta: Array, points: Array, index: int, x: float, y: float) -> tuple[Array, Array] | None:
    """Handle `index` taken to (x, y), the other kept: the boundary through both (None if they meet)."""
    points = np.array(points, float)
    points[index] = (x, y)
    new = through(points[0], points[1], beta)
    return None if new is None else (new, points)
