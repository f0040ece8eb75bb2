"""Exact minimizers of J: the answer gradient descent is judged against.

Every method works in the scaled coordinates of `basis` (x' = (x − x0)/s, y' likewise, as
`numpy.polynomial` does), where the columns are well conditioned whatever the data's offset
or magnitude, and every answer is checked against the optimality (KKT) conditions:

- squared losses with or without L2: least squares, in closed form (Householder QR);
- squared losses with L1, and the smooth losses (huber, logcosh, bce, focal, a cap) with or
  without L1: an active set on the signs of the coefficients with Newton steps (`activeset`),
  which ends on the exact minimizer (to rounding) in a finite number of steps;
- piecewise-linear losses (mae, sae, quantile, asymmetric, hinge; L1 allowed): a linear
  program solved by HiGHS, then an exact crossover to its vertex (`piecewise`);
- piecewise-linear losses with L2 or a cap: a quadratic program (trust-constr), then the same
  crossover;
- the softmax model (`multinomial`) and Poisson's counts (`poisson`): Newton's method on their
  convex J, once a linear program has found that a minimum exists (`existence`);
- Brier, which is not convex: Newton's method from β = 0 as for bce, ending where the KKT
  conditions hold; the Solution says whether that is a local minimum or a saddle.

`Solution.kkt_violation` is how far the answer is from satisfying the KKT conditions (about
1e-15 when exact to rounding); `converged` holds only when it is at most `KKT_TOLERANCE` and
floats can hold the answer (`kkt` says what both mean, `verdict` why an answer is not exact).

An exact answer never depends on the processor: the solvers stop on the KKT conditions, not
on a tolerance of progress, so the few ulps by which BLAS kernels (threaded or not, AVX2 or
AVX-512) round differently from NumPy's own loops cannot move the answer by more than rounding.

SciPy's optimizers are imported lazily: they add most of a second to start-up.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
from numpy.typing import NDArray

from . import activeset, householder, newton, piecewise
from .basis import RAW_CONDITION_LIMIT, Coordinates, check_representable, coordinates
from .existence import local_note
from .fitting import make_objective
from .kkt import KKT_TOLERANCE, REPRESENTABLE, kkt_violation, representability
from .models import Model
from .objective import Objective
from .scaled import ScaledProblem

Array = NDArray[np.float64]


@dataclass(frozen=True)
class Solution:
    """The exact answer: coefficients β0..βd, J there, how it was found and how exact it is.

    `coefficients` are the model's own (powers of x), for display; `predict` evaluates the
    answer in the scaled basis it was solved in, which stays exact where the powers of x
    cancel (x in calendar years, poly:9). `objective` is J computed the same way; where J
    under- or overflows a float, `objective_log10` still says how large it is.
    """

    coefficients: Array
    objective: float
    method: str
    converged: bool = True
    message: str = ""
    #: the largest violation of the KKT conditions, relative to the size of their terms
    kkt_violation: float = math.nan
    #: log10 J, finite even where J under- or overflows (nan when there is no answer)
    objective_log10: float = math.nan
    #: how much the terms Σ β_j·x^j cancel at the data (see `Coordinates.raw_condition`)
    raw_condition: float = 1.0
    coordinates: Coordinates | None = field(default=None, repr=False, compare=False)
    theta: Array | None = field(default=None, repr=False, compare=False)

    def predict(self, x: Any) -> Array:
        """The answer's predictions (logits for a classifier) at x, computed stably."""
        if self.coordinates is None or self.theta is None:
            n = len(np.asarray(x))
            return np.full(n, np.nan)
        return self.coordinates.predict(self.theta, np.asarray(x, dtype=float))

    @property
    def ill_conditioned(self) -> bool:
        """True when the printed coefficients lose more than half their digits to cancellation."""
        return self.raw_condition > RAW_CONDITION_LIMIT

    @property
    def objective_out_of_range(self) -> bool:
        """True when J is too small or too large for a float (see `objective_log10`)."""
        j = self.objective
        finite_log = math.isfinite(self.objective_log10)
        return finite_log and (j == 0.0 or not math.isfinite(j) or abs(j) < 2.2250738585072014e-308)


def solve(x: Any, y: Any, loss: str = "mse", model: str | None = None, **objective_options: Any) -> Solution:
    """The minimizer of J for a loss, model and options named as in `fit`."""
    return solve_objective(make_objective(x, y, loss, model, **objective_options))


class Cancelled(Exception):
    """The caller no longer wants this answer (see `solve_objective`'s `cancel`)."""


def solve_objective(obj: Objective, cancel: threading.Event | None = None) -> Solution:
    """The minimizer of an `Objective`, by the method that fits its loss and penalties.

    `cancel`: set from another thread, the iterative solvers stop at their next iteration and
    the Solution says "cancelled" (a window closing does not wait for a long QP). Data whose
    answer floats cannot hold (a poly:3 on x near 1e-300) raise InputError.
    """

    def check() -> None:
        if cancel is not None and cancel.is_set():
            raise Cancelled

    try:
        with np.errstate(all="ignore"):
            return _solve(obj, check)
    except Cancelled:
        return _failed(obj, "cancelled", "cancelled")


def _solve(obj: Objective, check: Any) -> Solution:
    if obj.model.softmax or obj.loss.link == "log":  # K scores; Poisson's counts: their own Newton
        from .multinomial import solve_softmax
        from .poisson import solve_counts

        return (solve_softmax if obj.model.softmax else solve_counts)(obj, check)
    pen = obj.penalties
    unbounded = obj.loss.unbounded_when_separable and not pen.on_coefficients
    if unbounded and linearly_separable(obj.x, obj.y):
        return _failed(
            obj,
            "separability check (linear program)",
            "no finite minimum: a line separates the classes, so J keeps falling as the "
            "weights grow; add an L2 penalty to get one",
        )
    # an L1 penalty on β stays separable in θ only where β_j is a multiple of θ_j: centring
    # x mixes the powers of a polynomial, so a polynomial with L1 is only scaled
    centred = not (pen.l1 and not obj.model.classification and obj.model.degree >= 2)
    coords = coordinates(obj.model, obj.x, obj.y, centred, pen.cap if pen.capped else None)
    check_representable(coords, obj.x, obj.y)
    problem = ScaledProblem(obj, coords)
    success, message = True, ""
    if problem.piecewise_linear:
        theta, success, message = piecewise.linear_program(_without_smooth_terms(problem))
        method = "linear program (HiGHS)"
        if np.all(np.isfinite(theta)):
            theta = piecewise.polish(problem, theta, check)
        if (pen.capped or pen.l2) and not kkt_violation(problem, theta) <= KKT_TOLERANCE:
            # the walk from the LP's vertex stalled (a degenerate vertex, a stiff cap): start it
            # again from an interior point, and keep the best of the three
            inner, success, message = piecewise.quadratic_program(problem, np.nan_to_num(theta), check)
            candidates = [theta, inner, piecewise.polish(problem, inner, check)]
            theta = min(candidates, key=lambda t: (kkt_violation(problem, t) > KKT_TOLERANCE, problem.value(t)))
            method = "quadratic program (trust-constr)"
        elif pen.capped or pen.l2:
            method = "quadratic program (active set from the LP's vertex)"
    elif obj.loss.squared and not pen.capped and not pen.l1:
        theta, method = _least_squares(problem), "closed form (least squares)"
    else:
        theta, _ = activeset.minimize(problem, _start(problem), check)
        method = "active set with Newton steps" if pen.l1 else "Newton's method"
    if not np.all(np.isfinite(theta)):
        return _failed(obj, method, message or "no finite minimum")
    solution = _finish(problem, theta, method, success, message)
    if not obj.loss.convex and solution.converged:  # Brier: say what kind of point it is
        solution = replace(solution, message=local_note(obj, solution.coefficients))
    return solution


def _finish(problem: ScaledProblem, theta: Array, method: str, success: bool, message: str) -> Solution:
    coords = problem.coords
    beta = coords.beta(theta)
    value, log10 = problem.objective(theta, beta)
    violation = kkt_violation(problem, theta)
    held = representability(problem, theta)
    lost = np.flatnonzero(problem.unresolved & ~(problem.penalized & (theta == 0.0)))
    converged, message = verdict(violation, held, lost.tolist(), problem.obj.model,
                                 message if not success else "")
    return Solution(
        coefficients=beta,
        objective=value,
        method=method,
        converged=converged,
        message=message,
        kkt_violation=violation,
        objective_log10=log10,
        raw_condition=coords.raw_condition(theta, problem.obj.x, problem.y_of(theta)),
        coordinates=coords,
        theta=theta,
    )


def verdict(violation: float, held: float, lost: list[int], model: Model, failure: str = "") -> tuple[bool, str]:
    """Converged, and the message that says why not (`kkt`): the optimality conditions hold
    only to `violation` (`failure`: what the solver said went wrong); floats hold J only to
    `held` of its size; the columns `lost` lie within rounding of the lower powers."""
    if violation > KKT_TOLERANCE:
        what = failure or f"the optimality conditions hold only to {violation:.1e}"
        return False, f"not exact: {what} (converged means within {KKT_TOLERANCE:g})"
    if held > REPRESENTABLE:
        values = "features" if model.classification else "x values"
        return False, (f"not exact: floating point holds this answer's J only to about {held:.0e} of its size "
                       f"(the terms of its predictions cancel: {values} too close together for {model.name})")
    if lost:
        return False, (f"not exact: x values too close together for {model.name}: the x^{lost[0]} column is within "
                       f"rounding of the lower powers, so floats cannot find the least J along it")
    return True, ""


def _start(problem: ScaledProblem) -> Array:
    """θ of the least-squares fit (regression) or zeros (classification)."""
    k = len(problem.mu)
    if problem.obj.model.classification:
        return np.zeros(k)
    z = problem.z
    tri = householder.triangularize(np.vstack([z.T, problem.y]), z.shape[1], drop=householder.drop_tolerance(*z.shape))
    return tri.solve()


def _without_smooth_terms(problem: ScaledProblem) -> ScaledProblem:
    """The same problem without L2 (and the cap, but as a wall when it is stiff): its LP answer starts the QP."""
    bare = ScaledProblem.__new__(ScaledProblem)
    bare.__dict__.update(problem.__dict__)
    bare.set_penalties(problem.penalties.without_l2())
    return bare


# --- squared losses -----------------------------------------------------------------


def _least_squares(problem: ScaledProblem) -> Array:
    """argmin w·c·‖Zθ − y'‖² + ½θᵀQθ by Householder QR (`householder`): of [Z, y'] first
    (N × k: its triangle R and Qᵀy' keep the whole problem), then of R stacked on the square
    root of ½Q/(w·c) (2k × k). Backward stable: the answer is the exact minimizer for data
    within a few ulps of the points, however ill-conditioned the columns (the normal
    equations square the condition number, and past 1e8 their answer drifts from the minimum).

    A column within `drop_tolerance` of the span of the lower powers (x with fewer distinct
    values than coefficients, no spread at all) keeps θ_j = 0, so that its x-power
    coefficient is 0 rather than a huge multiple of rounding; so do pinned coordinates. A
    column between that and `keep_tolerance` (x in a cluster 1e-12 wide beside a far point)
    is solved for where that lowers J beyond rounding, as `numpy.polynomial` would keep it;
    where the answer's terms then cancel, a Newton step on residuals computed exactly
    (`exactdot`) refines it."""
    n, k = problem.z.shape
    first = problem.triangle
    rows = [first.r]
    rhs = [first.c[:, 0]]
    if np.any(problem.q):
        c = problem.w * problem.loss.square_weight
        rows.append(problem.q_root / math.sqrt(2.0 * c))
        rhs.append(np.zeros(len(problem.q_root)))
    stacked = np.vstack(rows)
    stacked[:, problem.pinned] = 0.0
    work = np.vstack([stacked.T, np.concatenate(rhs)])
    safe = householder.triangularize(work.copy(), k, drop=householder.drop_tolerance(n, k))
    theta = safe.solve()
    if safe.rank == k - np.count_nonzero(problem.pinned):
        return _refined(problem, theta)
    bold = householder.triangularize(work, k, drop=householder.keep_tolerance(n, k))
    if bold.rank > safe.rank:
        other = bold.solve()
        value, other_value = problem.value(theta), problem.value(other)
        if other_value < value - problem.rounding(theta)[1] - problem.rounding(other)[1]:
            theta = other
    return _refined(problem, theta)


def _refined(problem: ScaledProblem, theta: Array) -> Array:
    """θ after up to three Newton steps that lower J', where its terms cancel so much that the
    first solve's residuals were only rounding (iterative refinement with exact residuals)."""
    if not problem.cancels(theta):
        return theta
    free = ~problem.pinned
    value = problem.value(theta)
    for _ in range(3):
        d = newton.step(problem, theta, free, np.zeros(len(theta)), truncate=True)
        if d is None:
            break
        trial = theta + d
        trial_value = problem.value(trial)
        if not trial_value < value:
            break
        theta, value = trial, trial_value
    return theta


def linearly_separable(x: Array, labels: Array) -> bool:
    """True when some line w·x + b = 0 puts every point of class 1 on one side and class 0 on the
    other (feasibility of t_i·(w·x_i + b) ≥ 1, a linear program)."""
    from scipy.optimize import linprog

    x = np.asarray(x, float)
    t = 2.0 * np.asarray(labels, float) - 1.0
    if np.all(t == t[0]):
        return True
    scale = np.std(x, axis=0)
    xs = (x - x.mean(axis=0)) / np.where(scale > 0, scale, 1.0)
    a_ub = -t[:, None] * np.column_stack([xs, np.ones(len(t))])
    result = linprog(np.zeros(xs.shape[1] + 1), A_ub=a_ub, b_ub=-np.ones(len(t)),
                     bounds=[(None, None)] * (xs.shape[1] + 1), method="highs")
    return bool(result.status == 0)


def _failed(obj: Objective, method: str, message: str) -> Solution:
    beta = np.full(obj.n_coefficients, np.nan)
    return Solution(beta, float("nan"), method, False, message, kkt_violation=math.inf)
