"""Minimize J'(θ) = f(θ) + Σ_j μ_j·|θ_j| (f smooth and convex) to rounding: an active set on
the signs of θ with a Newton solve on each pattern (Lee, Battle, Raina and Ng's feature-sign
search, 2007).

The pattern: the coordinates allowed to move (the free ones and the penalised ones that are
not 0) and their signs s. On a pattern J' is smooth, f(θ) + Σ μ_j·s_j·θ_j, and Newton's
method (each step by a QR of the weighted design, `newton.step`) finds its minimum (in one
step when f is quadratic: the squared losses). A step that would carry a coefficient across
0 stops at the crossing or past it, wherever J' (with the true |θ_j|) is least of the
crossings and the Newton point; a coefficient that lands on 0 leaves the pattern. With the
pattern at its minimum, a zero coefficient whose slope |∂f/∂θ_j| exceeds μ_j joins with the
sign that lowers J'; when none does, 0 ∈ ∂J' holds. Every step lowers J', and for a
quadratic f the patterns are finitely many, so the method ends (Lee et al., Theorem 3); for
the other losses each pattern's Newton iteration converges quadratically, and the loop ends
when J' stops falling.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from numpy.typing import NDArray

from . import newton
from .scaled import ScaledProblem

Array = NDArray[np.float64]


class _Stop(Exception):
    pass


def minimize(problem: ScaledProblem, theta0: Array, check: Callable[[], None] = lambda: None) -> tuple[Array, int]:
    """θ at the minimum of J' from θ0 (its penalised coordinates start at 0), and the number of
    Newton steps taken."""
    k = len(theta0)
    pen = problem.penalized
    theta = np.where(pen, 0.0, np.asarray(theta0, dtype=float))
    active = ~pen
    signs = np.zeros(k)
    steps = 0
    for _ in range(40 * k + 40):
        theta, active, taken = _pattern_minimum(problem, theta, active, signs, check)
        steps += taken
        if not np.any(pen):
            break
        _, grad, _ = problem.smooth(theta, hessian=False)
        den = problem.denominators(theta)
        zero = pen & (theta == 0.0)
        excess = np.where(zero, (np.abs(grad) - problem.mu) / np.where(den > 0, den, 1.0), -np.inf)
        j = int(np.argmax(excess))
        if not excess[j] > 1e-15:
            break
        active = active.copy()
        active[j] = True
        signs = np.sign(theta)
        signs[j] = -np.sign(grad[j])
    return theta, steps


def _pattern_minimum(
    problem: ScaledProblem, theta: Array, active: NDArray[np.bool_], signs: Array, check: Callable[[], None]
) -> tuple[Array, NDArray[np.bool_], int]:
    """Newton on the pattern (active, signs) with the feature-sign line search.

    It stops on the pattern's gradient, not on J': near the minimum J' changes by the square
    of the gradient, so a gradient of 1e-8 already moves J' by no more than its rounding.
    A full Newton step is taken while it makes the gradient smaller and J' no larger than
    rounding allows; the loop ends when the gradient is at rounding or stops falling.
    """
    pen, mu = problem.penalized, problem.mu
    signs = np.where(theta != 0.0, np.sign(theta), signs)
    current = problem.value(theta)
    steps = 0
    stalls, last_size, last_value = 0, np.inf, current
    # J' is a sum over the points of terms of about one unit each (y' has unit spread): its
    # rounding is about this much (log-cosh's − log 2 cancels in every term)
    noise = 1e-14 * (abs(current) + problem.w * len(problem.y))
    for _ in range(200):
        check()
        if not np.any(active):
            break
        _, grad, _ = problem.smooth(theta, hessian=False)
        idx = np.flatnonzero(active)
        rhs = grad[idx] + np.where(pen[idx], mu[idx] * signs[idx], 0.0)
        den = problem.denominators(theta)[idx]
        size = float(np.max(np.abs(rhs) / np.where(den > 0, den, 1.0)))
        # rounding: the gradient does not fall to a quarter nor J' past its last digits, three times
        stalled = size > 0.25 * last_size and current >= last_value - 1e-12 * abs(last_value)
        stalls = stalls + 1 if stalled else 0
        if size <= 1e-15 or stalls >= 3:
            break
        last_size, last_value = size, current
        d, best_t, best_value = _step(problem, theta, active, signs, rhs, current)
        cross = _crossings(theta, d)
        if current - best_value <= noise and not np.any(cross[pen] <= 1.0):
            # J' cannot tell: take the full step if J' stays within its rounding and the
            # gradient falls
            full = theta + d
            if problem.value(full) <= current + noise and _size(problem, full, active, signs) < size:
                best_t = 1.0
        steps += 1
        if best_t == 0.0:
            break
        theta = _landed(theta, d, best_t, cross, pen)
        current = problem.value(theta)
        active = active & ~(pen & (theta == 0.0))
        signs = np.where(theta != 0.0, np.sign(theta), 0.0)
    return theta, active, steps


def _step(problem: ScaledProblem, theta: Array, active: NDArray[np.bool_], signs: Array, rhs: Array,
          current: float) -> tuple[Array, float, float]:
    """The Newton step on the pattern by QR, and the best t along it with J' there (`_line_search`).

    Where the pattern's Hessian is singular to rounding (a column within rounding of the span
    of the others) or curves down (Brier), two directions are tried and the one that lowers J'
    more is kept: the QR step truncated to the directions floats resolve, and the Hessian's
    step with its flat and negative directions lifted (long along them; the line search cuts it)."""
    d = newton.step(problem, theta, active, signs)
    tries: list[Array | None]
    if d is None:
        d = newton.step(problem, theta, active, signs, truncate=True)  # None where a point curves down
        tries = [d, None] if d is not None else [None]
    else:
        tries = [d]
    best: tuple[Array, float, float] | None = None
    for d in tries:
        if d is None:
            idx = np.flatnonzero(active)
            hess = problem.smooth(theta)[2]
            d = np.zeros(len(theta))
            d[idx] = -newton.from_hessian(hess[np.ix_(idx, idx)], rhs)
        # θ is in units of y's spread: a step past 1e13 of them only means "far", and the line
        # search's halvings must reach back from it to rounding
        longest = 1e13 * max(1.0, float(np.max(np.abs(theta))))
        if np.max(np.abs(d)) > longest:
            d = d * (longest / float(np.max(np.abs(d))))
        t, value = _line_search(problem, theta, d, current)
        if best is None or value < best[2]:
            best = (d, t, value)
    assert best is not None
    return best


def _size(problem: ScaledProblem, theta: Array, active: NDArray[np.bool_], signs: Array) -> float:
    """The pattern's largest gradient component over the size of its terms."""
    _, grad, _ = problem.smooth(theta, hessian=False)
    idx = np.flatnonzero(active)
    rhs = grad[idx] + np.where(problem.penalized[idx], problem.mu[idx] * signs[idx], 0.0)
    den = problem.denominators(theta)[idx]
    return float(np.max(np.abs(rhs) / np.where(den > 0, den, 1.0)))


def _crossings(theta: Array, d: Array) -> Array:
    """t at which θ + t·d crosses 0 in each coordinate (inf where it does not)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        t = -theta / d
    return np.where((theta != 0.0) & (d != 0.0) & (t > 0), t, np.inf)


def _line_search(problem: ScaledProblem, theta: Array, d: Array, current: float) -> tuple[float, float]:
    """The t in {crossings before 1, 1} where J'(θ + t·d) is least; halvings of the first
    candidate when none lowers J' (a Newton step of a non-quadratic loss may overshoot)."""
    pen = problem.penalized
    cross = _crossings(theta, d)
    candidates = sorted({float(t) for t in cross[pen] if t < 1.0} | {1.0})
    best_t, best_value = 0.0, current
    for t in candidates:
        value = problem.value(_landed(theta, d, t, cross, pen))
        if value < best_value:
            best_t, best_value = t, value
    if best_t == 0.0:
        # the step overshot (a flat direction lifted to FLAT, or a non-quadratic loss): the best
        # of its halvings, not the first that lowers J', so a step 1e13 too long lands near the
        # minimum along the line in one go
        t = candidates[0]
        for _ in range(100):
            t *= 0.5
            value = problem.value(_landed(theta, d, t, cross, pen))
            if value < best_value:
                best_t, best_value = t, value
            elif best_t > 0.0:
                break
    return best_t, best_value


def _landed(theta: Array, d: Array, t: float, cross: Array, pen: NDArray[np.bool_]) -> Array:
    new = theta + t * d
    new[pen & (cross == t)] = 0.0
    return new
