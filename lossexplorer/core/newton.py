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
#: a truncated step moves along every singular direction above this fraction of the largest
#: (a few ulps: a direction this close to rounding only gets tried, and J' judges the step)
RESOLVED = 4.0 * 2.220446049250313e-16


def weighted_rows(problem: ScaledProblem, theta: Array) -> tuple[Array, Array, Array]:
    """Per point: h_i (curvature of the loss and cap term, with the weight w) and ℓ'_i (their
    slope, with w), and the predictions p'."""
    p = problem.predictions(theta)
    _, dl = problem.loss.loss_gradient(p, problem.y)
    w = problem.w
    slope = w * dl
    curv = w * problem.loss.curvature(p, problem.y)
    if problem.cap is not None:
        slope = slope + w * problem.cap.terms(p)[1]
        curv = curv + w * problem.cap.curvature(p)
    return np.asarray(curv, dtype=float), np.asarray(slope, dtype=float), p


def step(problem: ScaledProblem, theta: Array, free: NDArray[np.bool_], signs: Array,
         truncate: bool = False) -> Array | None:
    """The Newton step on the pattern (free, signs) by QR, or None where the pattern's Hessian
    is singular to rounding or has negative curvature (then `from_hessian` takes over).

    The k × k triangle goes through an SVD (columns of unit size). Where a singular value is
    within `keep_tolerance` of rounding the step gives up, unless `truncate`: then it moves
    along every direction above RESOLVED (0 along the rest), for a caller that judges the step
    by J' itself (the KKT check, the closed form's refinement)."""
    return steps(problem, theta, free, signs, truncate)[0]


def steps(problem: ScaledProblem, theta: Array, free: NDArray[np.bool_], signs: Array,
          truncate: bool = True) -> tuple[Array | None, Array | None]:
    """`step`, and a step down the gradient along the directions it leaves out (None when it
    leaves none): there J' is a line to rounding, so any slope lowers it, as far as θ's own
    size (a ridge on β beside 3 distinct x leaves 1e-16 of curvature and a slope of 1e-7)."""
    idx = np.flatnonzero(free)
    k = len(theta)
    if not len(idx):
        return np.zeros(k), None
    curv, slope, _ = weighted_rows(problem, theta)
    if np.any(curv < 0):
        return None, None
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
            work[m, nb:] = problem.penalty_root(theta)
        b = np.where(problem.penalized[idx], problem.mu[idx] * signs[idx], 0.0)
        if not every:
            b = b + columns[idx][:, ~big] @ slope[~big]
    d, flat = solve_rows(work, b, theta[idx], truncate)
    if d is None:
        return None, None
    out = np.zeros(k)
    out[idx] = d
    if flat is None:
        return out, None
    along = np.zeros(k)
    along[idx] = flat
    return out, along


def solve_rows(work: Array, b: Array, theta: Array, truncate: bool) -> tuple[Array | None, Array | None]:
    """The Newton step d = −H⁻¹·g for H = AᵀA, g = Aᵀ·v + b, from `work` = [Aᵀ; vᵀ] (m + 1 rows,
    one a coordinate, the last v; overwritten) by Householder QR, and the step down the gradient
    along the directions it leaves out (see `steps`); None where it gives up (`step`)."""
    m = len(b)
    with np.errstate(all="ignore"):
        if not (np.all(np.isfinite(work)) and np.all(np.isfinite(b))):
            return None, None
        sizes = np.sqrt(np.einsum("ij,ij->i", work[:m], work[:m]))
        sizes = np.where(sizes > 0, sizes, 1.0)
        tri = householder.triangularize(work, m)
        # with e = D·θ (D: the columns' sizes), the step minimizes g_eᵀe + ½‖R_s·e‖², R_s = R/D,
        # g_e = R_sᵀ·c + b/D
        scaled = tri.r / sizes
        u, sv, vt = np.linalg.svd(scaled, full_matrices=True)  # vt: every direction, resolved or not
        top = float(np.max(sv, initial=0.0))
        if not truncate and (len(sv) < m or np.any(sv <= householder.keep_tolerance(work.shape[1], m) * top)):
            return None, None
        keep = sv > RESOLVED * top
        u, s_kept, v_kept = u[:, : len(sv)][:, keep], sv[keep], vt[: len(sv)][keep]
        along = (u.T @ tri.c[:, 0] + (v_kept @ (b / sizes)) / s_kept) / s_kept
        d = -(v_kept.T @ along) / sizes
        flat = None
        rest = np.ones(m, dtype=bool)
        rest[: len(sv)] = ~keep
        if np.any(rest):
            g_e = scaled.T @ tri.c[:, 0] + b / sizes
            out = vt[rest]
            down = -(out.T @ (out @ g_e))
            length = float(np.max(np.abs(down), initial=0.0))
            if length > 0:
                reach = max(1.0, float(np.max(np.abs(theta * sizes), initial=0.0)))
                flat = down * (reach / length) / sizes
    if not np.all(np.isfinite(d)):
        return None, None
    return d, (flat if flat is not None and np.all(np.isfinite(flat)) else None)


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


def local_step(h: Array, g: Array) -> Array:
    """`from_hessian` for a J' that is not convex (Brier): H⁻¹·g with H's flat directions lifted
    to FLAT·max, and none along a direction of clearly negative curvature (there θ is a saddle,
    which a solver reports as one: it is no failure to reach the minimum)."""
    scale = np.sqrt(np.abs(np.diag(h)))
    scale = np.where(scale > 0, scale, 1.0)
    hs = h / scale[:, None] / scale[None, :]
    vals, vecs = np.linalg.eigh(0.5 * (hs + hs.T))
    floor = FLAT * float(np.max(np.abs(vals), initial=0.0))
    if not floor > 0:
        return from_hessian(h, g)
    inverse = np.where(vals < -floor, 0.0, 1.0 / np.maximum(vals, floor))
    return np.asarray((vecs @ (inverse * (vecs.T @ (g / scale)))) / scale)
