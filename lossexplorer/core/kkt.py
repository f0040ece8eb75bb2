"""How far a θ is from the minimum of J' (`scaled.ScaledProblem`), and whether floats can
hold that minimum at all.

Converged means three things, none of which conditioning can fool:

1. First order, the KKT (subgradient) conditions 0 ∈ ∂J'(θ) (`gradient_violation`). The
   violation of a coordinate is the part of its gradient no allowed subgradient can cancel,
   divided by the size of the terms that make it up (rounding gives about 1e-16):

       smooth:             |g_j|                       over  w·Σ_i|Z_ij|·(D + h_i·T_i) + |Qθ|_j + μ_j
       L1, θ_j ≠ 0:        |g_j + μ_j·sign θ_j|
       L1, θ_j = 0:        max(0, |g_j| − μ_j)
       kinks (e'_i = 0):   the slope of point i anywhere in [−down, up] (hinge: between 0 and −t_i)

   D is the loss's slope at an error of one unit of y, h_i point i's curvature and T_i the
   size of the terms of its prediction (rounding moves the slope by h_i·ε·T_i). With kinks
   the multipliers are found by bounded least squares; the violation is then an upper bound.

2. Second order: no θ does better than rounding allows (`newton_decrement`). A small
   gradient is not enough: along a direction of curvature 1e-27 (a column within 1e-13 of the
   others' span) a gradient of 1e-12 leaves J' far above its minimum. The Newton step on θ's
   pattern of signs, by QR of the weighted design (`newton`, never the squared-condition
   Hessian), is tried at t = 1, ½, ¼, …; J' is convex, so a lower J' beyond the rounding of
   both values proves θ is not the minimum. Predictions whose terms cancel are summed exactly
   for the exact powers of the data (`exactdot`), so the rounding allowed is that of J' itself.

3. Floats can hold the answer (`representability`, `ScaledProblem.unresolved`): the terms of
   the predictions do not cancel so much that θ's own last digits move J' by more than 1e-9 of
   its size, and no column the data can tell apart (x has enough distinct values) was left out
   for lying within rounding of the lower powers. Where either fails the answer is the best
   floats find, and `solve` says it is not exact.

`kkt_violation` reports the larger of 1 and 2 (2 as √(excess/S), S the size of J's terms, so
both read as relative gradients); 3 has its own message.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
from numpy.typing import NDArray

from . import newton
from .penalties import HUGE
from .scaled import ScaledProblem

__all__ = ["KKT_TOLERANCE", "REPRESENTABLE", "ScaledProblem", "decrement", "gradient_violation", "held",
           "kkt_violation", "newton_decrement", "representability"]

Array = NDArray[np.float64]
#: converged means a KKT violation at most this (rounding alone gives about 1e-15)
KKT_TOLERANCE = 1e-9
#: and floats holding J to at least this, relative (see `representability`)
REPRESENTABLE = 1e-9
#: step lengths tried along the Newton direction when checking that no θ does better
TRIES = tuple(0.5**i for i in range(12))


def kkt_violation(problem: ScaledProblem, theta: Array) -> float:
    """How far θ is from the minimum of J': the larger of the first-order violation
    (`gradient_violation`) and the second-order one (`newton_decrement`)."""
    theta = np.asarray(theta, dtype=float)
    first = gradient_violation(problem, theta)
    if not first < math.inf:
        return math.inf
    return max(first, newton_decrement(problem, theta))


def representability(problem: ScaledProblem, theta: Array) -> float:
    """How closely floats can hold the answer's J, relative to the size of its terms: the
    floor of `ScaledProblem.rounding` over S. Past REPRESENTABLE the predictions' terms cancel
    so much (x in a cluster 1e-12 wide beside a far point, for a high power) that no θ among
    the floats reaches the minimum to that precision: not exact, whatever the KKT conditions."""
    theta = np.asarray(theta, dtype=float)
    if not np.all(np.isfinite(theta)):
        return math.inf
    with np.errstate(all="ignore"):
        return held(*problem.rounding(theta))


def held(size: float, noise: float, floor: float) -> float:
    """`representability` from S, the rounding of J' and its floor (`ScaledProblem.rounding`)."""
    if not floor > 0:
        return 0.0
    return floor / size if size > 0 else math.inf


def newton_decrement(problem: ScaledProblem, theta: Array) -> float:
    """√(max(0, J'(θ) − J'(θ + t·d) − rounding)/S): how much a Newton step d (by QR,
    `newton.step`, on θ's pattern of signs) lowers J' beyond what rounding can explain, the
    best of t = 1, ½, ¼, …; S is the size of J's terms (`ScaledProblem.rounding`).

    0 when no step does better than rounding allows. J' is convex, so a θ + t·d with a lower
    J' proves θ is not the minimum, whatever the gradient says: a gradient of 1e-12 along a
    direction of curvature 1e-27 (a column within 1e-13 of the others' span) leaves J' far
    above its minimum. (Kinked losses without curvature have no Newton step: their
    multipliers are checked by `gradient_violation`.)

    A loss that is not convex (Brier) is judged the same way except along directions of
    clearly negative curvature, which make θ a saddle (`existence.local_note` says so), not a
    point short of its minimum; along flat ones a lower J' still says the gradient was too
    small to see."""
    theta = np.asarray(theta, dtype=float)
    if problem.piecewise_linear and not (np.any(problem.q) or problem.cap is not None):
        return 0.0
    free = ~(problem.penalized & (theta == 0.0)) & ~problem.pinned
    signs = np.sign(theta)
    with np.errstate(all="ignore"):
        d, flat = newton.steps(problem, theta, free, signs)
        steps = [d, flat]
        idx = np.flatnonzero(free)
        if len(idx) and (d is None or flat is not None):
            # flat directions too (every point past Huber's δ): the Hessian's step, lifted
            _, grad, hess = problem.smooth(theta)
            g = grad[idx] + np.where(problem.penalized[idx], problem.mu[idx] * signs[idx], 0.0)
            h = hess[np.ix_(idx, idx)]
            lifted = np.zeros(len(theta))
            lifted[idx] = -(newton.from_hessian(h, g) if problem.obj.loss.convex else newton.local_step(h, g))
            steps.append(lifted)
    return decrement(problem.value, problem.rounding, theta, steps)


def decrement(value_of: Callable[[Array], float], rounding: Callable[[Array], tuple[float, float, float]],
              theta: Array, steps: list[Array | None]) -> float:
    """√(max(0, J'(θ) − J'(θ + t·d) − rounding)/S) over the steps d and t = 1, ½, ¼, …: for any
    J' with its value and its `ScaledProblem.rounding` (S, the rounding of J', its floor)."""
    with np.errstate(all="ignore"):
        current = value_of(theta)
        size, noise, _ = rounding(theta)
        excess = 0.0
        for d in steps:
            if d is None or not (np.all(np.isfinite(d)) and np.any(d)):
                continue
            best_t, best = 0.0, current
            for t in TRIES:
                value = value_of(theta + t * d)
                if value < best:
                    best_t, best = t, value
                elif best_t or value - current <= noise:
                    break  # J' is convex along the line: past its least, or no longer above rounding
            if best_t:
                excess = max(excess, current - best - noise - rounding(theta + best_t * d)[1])
    if not excess > 0:
        return 0.0
    return math.sqrt(excess / size) if size > 0 else math.inf


def gradient_violation(problem: ScaledProblem, theta: Array) -> float:
    """The largest violation of 0 ∈ ∂J'(θ), each coordinate over the size of its terms."""
    if not np.all(np.isfinite(theta)):
        return math.inf
    with np.errstate(all="ignore"):
        _, grad, _ = problem.smooth(theta, hessian=False)
        den = problem.denominators(theta)
        mu = problem.mu
        nonzero = problem.penalized & (theta != 0.0)
        zero = problem.penalized & (theta == 0.0)
        grad = grad + np.where(nonzero, mu * np.sign(theta), 0.0)
        columns: list[Array] = []
        lower: list[float] = []
        upper: list[float] = []
        if problem.piecewise_linear:
            p = problem.predictions(theta)
            on, lo, hi = problem.kink_slopes(p)
            if np.any(on):
                # the slope used in `grad` at a kink point is the loss's own (0 or a one-sided
                # value): move it anywhere in [lo, hi]
                _, used = problem.loss.loss_gradient(p[on], problem.y[on])
                for i, u in zip(np.flatnonzero(on), used):
                    columns.append(problem.w * problem.z[i])
                    lower.append(float(lo[i] - u))
                    upper.append(float(hi[i] - u))
        if problem.cap is not None:
            # at the cap to rounding, the cap term's slope 2λ·max(p' − C', 0) is anything from 0
            # to its value one rounding above C'
            p = problem.predictions(theta)
            band = problem._cap_band()
            near = np.abs(p - problem.cap.at) <= band
            top = problem.cap.rate * band
            slopes = problem.cap.terms(p)[1]
            for i in np.flatnonzero(near):
                columns.append(problem.w * problem.z[i])
                lower.append(-float(slopes[i]))
                upper.append(top - float(slopes[i]))
        for j in np.flatnonzero(zero):
            unit = np.zeros(len(theta))
            unit[j] = 1.0
            columns.append(unit)
            lower.append(-float(mu[j]))
            upper.append(float(mu[j]))
        safe = np.where(den > 0, den, 1.0)
        if columns:
            residual = _bounded_residual(grad, np.column_stack(columns), np.array(lower), np.array(upper), safe)
        else:
            residual = grad
        worst = np.where(den > 0, np.abs(residual) / safe, np.where(residual == 0, 0.0, math.inf))
        worst = np.where(problem.pinned & (np.abs(theta) <= HUGE**-1), 0.0, worst)
    value = float(np.max(worst)) if len(worst) else 0.0
    return value if math.isfinite(value) or value == math.inf else math.inf


def _bounded_residual(grad: Array, a: Array, lower: Array, upper: Array, den: Array) -> Array:
    """g + A·u with u in [lower, upper] chosen to make ‖(g + A·u)/den‖ least (bounded least
    squares, BVLS: exact for these few variables)."""
    hits = np.argmax(a != 0, axis=0)
    only_unit = (np.all(np.sum(a != 0, axis=0) == 1) and np.all(np.abs(a).sum(axis=0) == 1)
                 and len(set(hits.tolist())) == a.shape[1])
    if only_unit:  # one unit column per coordinate (zero coefficients): each cancels its own gradient
        u = np.clip(-(a.T @ grad), lower, upper)
        return np.asarray(grad + a @ u)
    from scipy.optimize import lsq_linear

    scaled = a / den[:, None]
    fixed = lower == upper
    lo = np.where(fixed, lower - 1e-300, lower)
    result = lsq_linear(scaled, -grad / den, bounds=(lo, upper), method="bvls", tol=1e-15)
    u = np.clip(result.x, lower, upper)
    return np.asarray(grad + a @ u)

