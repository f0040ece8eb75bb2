"""Newton steps on J'(θ) computed from a QR of the weighted design, never from the Hessian.

On a pattern (the coordinates free to move, the signs s of the penalised ones) the smooth
part of J' has the Hessian H = Zᵀ·diag(h)·Z + Q (h_i: the curvature of point i's loss and
cap term, Q the L2 penalty) and the gradient g = Zᵀ·ℓ' + Q·θ + μ·s. Written as

    H = AᵀA,  A = [√h_i·z_i ; Q's root],   g = Aᵀ·v + b,   v = [ℓ'_i/√h_i ; Q's root·θ],

(b: the L1 terms and the slopes of points of no or little curvature), the step d = −H⁻¹g solves
R·d = −(Q₁ᵀ·v + R⁻ᵀ·b) with A = Q₁·R by Householder QR. The condition number of Z enters
once: forming H squares it, and past 1e8 a step from H (with refinement or not) no longer
reaches the minimum, so a solver stopped by a small gradient can end far above it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray

from . import householder

if TYPE_CHECKING:
    from .scaled import ScaledProblem

Array = NDArray[np.float64]
#: a direction whose curvature is below this fraction of the largest is treated as flat
FLAT = 1e-13
#: points whose curvature is below this fraction of the largest count as straight in a QR step
CURVED = 2.0**-26


def weighted_rows(problem: ScaledProblem, theta: Array) -> tuple[Array, Array, Array]:
    """Per point: h_i (curvature of the loss and cap term, with the weight w) and ℓ'_i (their
    slope, with w), and the predictions p'."""
    p = problem.predictions(theta)
    _, dl = problem.loss.loss_gradient(p, problem.y)
    w = problem.w
    slope = w * dl
    curv = w * problem.loss.curvature(p, problem.y)
    if problem.capped:
        over = np.maximum(p - problem.cap, 0.0)
        slope = slope + 2.0 * w * problem.cap_weight * over
        curv = curv + 2.0 * w * problem.cap_weight * (over > 0)
    return np.asarray(curv, dtype=float), np.asarray(slope, dtype=float), p


def step(problem: ScaledProblem, theta: Array, free: NDArray[np.bool_], signs: Array) -> Array | None:
    """The Newton step on the pattern (free, signs) by QR, or None where the pattern's Hessian
    is singular to rounding or has negative curvature (then `from_hessian` takes over)."""
    idx = np.flatnonzero(free)
    k = len(theta)
    if not len(idx):
        return np.zeros(k)
    curv, slope, _ = weighted_rows(problem, theta)
    if np.any(curv < 0):
        return None
    with np.errstate(all="ignore"):
        # a point of little curvature (log-cosh far from its centre) has a huge ℓ'/√h, whose
        # rounding would swamp the others' in Q₁ᵀ·v: its slope joins b, its curvature is left out
        big = curv > CURVED * float(np.max(curv, initial=0.0))
        every = bool(np.all(big))
        root = np.sqrt(curv if every else curv[big])
        columns = problem.z.T  # contiguous rows
        extra = len(problem.q_root) if np.any(problem.q_root) else 0
        m, nb = len(idx), len(root)
        work = np.empty((m + 1, nb + extra))
        for row, j in enumerate(idx):
            np.multiply(columns[j] if every else columns[j][big], root, out=work[row, :nb])
        np.divide(slope if every else slope[big], root, out=work[m, :nb])
        if extra:
            work[:m, nb:] = problem.q_root[:, idx].T
            work[m, nb:] = problem.q_root @ theta
        b = np.where(problem.penalized[idx], problem.mu[idx] * signs[idx], 0.0)
        if not every:
            b = b + columns[idx][:, ~big] @ slope[~big]
        if not (np.all(np.isfinite(work)) and np.all(np.isfinite(b))):
            return None
        tri = householder.triangularize(work, m, drop=householder.keep_tolerance(nb + extra, m))
        if tri.rank < m:
            return None
        r = tri.r
        rhs = tri.c[:, 0] + householder.solve_transposed(r, b)
        d = np.zeros(k)
        d[idx] = -householder.back_substitute(r, rhs)
    return d if np.all(np.isfinite(d)) else None


def from_hessian(h: Array, g: Array) -> Array:
    """H⁻¹·g, with flat or negative-curvature directions of H lifted to FLAT·max (then the step
    along them is long, and the line search cuts it)."""
    scale = np.sqrt(np.abs(np.diag(h)))
    scale = np.where(scale > 0, scale, 1.0)
    hs = h / scale[:, None] / scale[None, :]
    vals, vecs = np.linalg.eigh(0.5 * (hs + hs.T))
    top = float(np.max(np.abs(vals))) if len(vals) else 0.0
    if top == 0.0:  # no curvature at all (every point past Huber's δ): a long step, cut by the line search
        size = float(np.max(np.abs(g)))
        return g * (1.0 / (FLAT * size)) if size > 0 else np.zeros_like(g)
    floor = FLAT * top
    if np.min(vals) > floor:
        try:
            lower = np.linalg.cholesky(hs)
            out = np.linalg.solve(lower.T, np.linalg.solve(lower, g / scale))
            return np.asarray(out / scale)
        except np.linalg.LinAlgError:
            pass
    vals = np.maximum(vals, floor)
    return np.asarray((vecs @ ((vecs.T @ (g / scale)) / vals)) / scale)
