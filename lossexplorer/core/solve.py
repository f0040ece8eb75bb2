"""Exact minimizers of J: the answer gradient descent is judged against.

Every method works in the scaled coordinates of `basis` (x' = (x − x0)/s, y' likewise, as
`numpy.polynomial` does), where the columns are well conditioned whatever the data's offset
or magnitude, and every answer is checked against the optimality (KKT) conditions:

- squared losses with or without L2: least squares, in closed form (an SVD);
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
1e-15 when exact to rounding); `converged` holds only when it is at most `KKT_TOLERANCE`.

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

from . import activeset, piecewise
from .basis import RAW_CONDITION_LIMIT, Coordinates, check_representable, coordinates
from .existence import local_note
from .fitting import make_objective
from .kkt import KKT_TOLERANCE, ScaledProblem, kkt_violation
from .objective import Objective

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
    converged = violation <= KKT_TOLERANCE
    if not converged:
        what = message if not success and message else f"the optimality conditions hold only to {violation:.1e}"
        message = f"not exact: {what} (converged means within {KKT_TOLERANCE:g})"
    else:
        message = ""
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


def _start(problem: ScaledProblem) -> Array:
    """θ of the least-squares fit (regression) or zeros (classification)."""
    k = len(problem.mu)
    if problem.obj.model.classification:
        return np.zeros(k)
    theta, *_ = np.linalg.lstsq(problem.z, problem.y, rcond=None)
    return np.asarray(theta)


def _without_smooth_terms(problem: ScaledProblem) -> ScaledProblem:
    """The same problem without L2 (and the cap, but as a wall when it is stiff): its LP answer starts the QP."""
    bare = ScaledProblem.__new__(ScaledProblem)
    bare.__dict__.update(problem.__dict__)
    bare.set_penalties(problem.penalties.without_l2())
    return bare


# --- squared losses -----------------------------------------------------------------


def _least_squares(problem: ScaledProblem) -> Array:
    """argmin w·c·‖Zθ − y'‖² + ½θᵀQθ: the normal equations of the scaled columns (well
    conditioned), refined on the residuals until the step is rounding, so that Zᵀ(y' − Zθ)
    holds to rounding; an SVD where the columns are (nearly) dependent.

    Only k×k systems are factored: LAPACK on n×k arrays stalls for tens of milliseconds when
    the other cores are busy, and the window solves this on every edit of the points."""
    z, y = problem.z, problem.y
    k = z.shape[1]
    c = problem.w * problem.loss.square_weight
    full = z.T @ z + 0.5 * problem.q / c
    free = ~problem.pinned & _independent(full)
    h = full[np.ix_(free, free)]
    d = np.sqrt(np.diag(h))
    if np.all(d > 0):
        hs = h / d[:, None] / d[None, :]
        try:
            lower = np.linalg.cholesky(hs)
        except np.linalg.LinAlgError:
            lower = None
        if lower is not None and np.min(np.diag(lower)) ** 2 > 1e-10 * np.max(np.diag(lower)) ** 2:
            theta = np.zeros(k)
            for _ in range(6):
                resid = y - z @ theta
                g = (z.T @ resid - 0.5 * (problem.q @ theta) / c)[free]
                step = np.linalg.solve(lower.T, np.linalg.solve(lower, g / d)) / d
                theta[free] += step
                if np.max(np.abs(step), initial=0.0) <= 1e-16 * np.max(np.abs(theta), initial=0.0):
                    break
            return theta
    return _least_squares_svd(problem)


def _independent(gram: Array) -> NDArray[np.bool_]:
    """The columns to solve for, lowest powers first: a column that the earlier ones already
    span (x with fewer distinct values than coefficients, no spread at all) keeps θ_j = 0, so
    that its x-power coefficient is 0 rather than a huge multiple of rounding."""
    k = len(gram)
    keep = np.zeros(k, dtype=bool)
    diag = np.diag(gram)
    for j in range(k):
        if not diag[j] > 0:
            continue
        idx = np.flatnonzero(keep)
        rest = diag[j]
        if len(idx):
            sub = gram[np.ix_(idx, idx)]
            col = gram[idx, j]
            rest = diag[j] - float(col @ np.linalg.lstsq(sub, col, rcond=None)[0])
        keep[j] = rest > 1e-10 * diag[j]
    return keep


def _least_squares_svd(problem: ScaledProblem) -> Array:
    """The same by an SVD of Z stacked on Q's square root: any rank."""
    rows, rhs = [problem.z], [problem.y]
    if np.any(problem.q):
        # ½Q = λ2'·M_Pᵀ·M_P: divided by w·c, its square root is a multiple of M_P's rows
        c = problem.w * problem.loss.square_weight
        vals, vecs = np.linalg.eigh(0.5 * problem.q / c)
        rows.append((vecs * np.sqrt(np.maximum(vals, 0.0))).T)
        rhs.append(np.zeros(len(vals)))
    a = np.vstack(rows)
    # columns of unit length: a ridge row near 1e150 (y near 1e-300) must not make lstsq's
    # cut-off drop the loss's own singular values
    size = np.sqrt(np.sum(a * a, axis=0))
    size = np.where(size > 0, size, 1.0)
    size = np.where((size > 0) & ~problem.pinned, size, np.inf)
    theta, *_ = np.linalg.lstsq(a / size, np.concatenate(rhs), rcond=None)
    return np.asarray(theta / size)


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
