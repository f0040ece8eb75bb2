"""Exact minimizers of J: the answer gradient descent is judged against.

- squared losses (with or without L2): a least-squares problem, solved in closed form
  by an SVD on centred, column-scaled powers of x;
- piecewise-linear losses (mae, sae, quantile, asymmetric, hinge; L1 allowed): a linear
  program solved by SciPy's HiGHS;
- smooth losses (huber, logcosh, bce, squared with a cap): a trust-region Newton method
  with analytic gradient and Hessian; with L1 the penalised coefficients are split into
  positive and negative parts and L-BFGS-B keeps them non-negative;
- piecewise-linear losses with L2 or a cap: a quadratic program (trust-constr).

SciPy's optimizers are imported lazily: they add most of a second to start-up.
"""

from __future__ import annotations

import itertools
import threading
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from .fitting import make_objective
from .objective import Objective, Penalties

Array = NDArray[np.float64]


@dataclass(frozen=True)
class Solution:
    """The exact answer: coefficients β0..βd, J there, and how it was found."""

    coefficients: Array
    objective: float
    method: str
    converged: bool = True
    message: str = ""


def solve(x: Any, y: Any, loss: str = "mse", model: str = "line", **objective_options: Any) -> Solution:
    """The minimizer of J for a loss, model and options named as in `fit`."""
    return solve_objective(make_objective(x, y, loss, model, **objective_options))


class Cancelled(Exception):
    """The caller no longer wants this answer (see `solve_objective`'s `cancel`)."""


_local = threading.local()


def _check_cancel(*_args: Any) -> None:
    """A scipy callback: raises Cancelled once the solve's cancel event is set."""
    cancel = getattr(_local, "cancel", None)
    if cancel is not None and cancel.is_set():
        raise Cancelled


def solve_objective(obj: Objective, cancel: threading.Event | None = None) -> Solution:
    """The minimizer of an `Objective`, by the method that fits its loss and penalties.

    `cancel`: set from another thread, the iterative solvers stop at their next iteration and
    the Solution says "cancelled" (a window closing does not wait for a long QP).
    """
    _local.cancel = cancel
    try:
        return _solve(obj)
    except Cancelled:
        return _failed(obj, "cancelled", "cancelled")
    finally:
        _local.cancel = None


def _solve(obj: Objective) -> Solution:
    pen = obj.penalties
    with np.errstate(all="ignore"):
        if obj.loss.squared and not pen.capped and not pen.l1:
            beta, method = _least_squares(obj), "closed form (least squares)"
            return Solution(beta, obj.value(beta), method)
        unbounded = obj.model.classification and obj.loss.name in ("bce", "focal") and not (pen.l1 or pen.l2)
        if unbounded and linearly_separable(obj.x, obj.y):
            nan = np.full(obj.n_coefficients, np.nan)
            return Solution(nan, 0.0, "separability check (linear program)", False,
                            "no finite minimum: a line separates the classes, so J keeps falling as the "
                            "weights grow; add an L2 penalty to get one")
        if obj.loss.piecewise_linear:
            if pen.capped or pen.l2:
                return _quadratic_program(obj)
            return _linear_program(obj)
        return _smooth(obj)


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


# --- bases: β = B·θ + shift, with Z = X·B well conditioned ------------------------------


@dataclass(frozen=True)
class _Basis:
    matrix: Array  # B
    shift: Array  # β at θ = 0
    design: Array  # Z = X·B (the part of p that depends on θ)
    offset: float  # p = Z·θ + offset

    def beta(self, theta: Array) -> Array:
        return np.asarray(self.matrix @ theta + self.shift)


def _basis(obj: Objective, centred: bool) -> _Basis:
    """Centred (powers of x − x̄) or raw columns, each scaled to unit RMS; y shifted by ȳ."""
    k = obj.n_coefficients
    regression = not obj.model.classification
    x0 = float(np.mean(obj.x)) if (centred and regression) else 0.0
    if centred and regression and np.all(obj.x == obj.x[0]):
        # no spread: centre on x itself, so the powers of x − x0 are exactly 0 (the mean may differ
        # from every x by a rounding, and scaling that noise to unit RMS gave coefficients near 1e33)
        x0 = float(obj.x[0])
    y0 = float(np.mean(obj.y)) if regression else 0.0
    raw = obj.model.design(obj.x - x0) if regression else obj.design
    rms = np.sqrt(np.mean(raw * raw, axis=0))
    scale = np.where(rms > 0, 1.0 / np.where(rms > 0, rms, 1.0), 1.0)
    t_inv = np.linalg.inv(obj.model.centring(x0))
    shift = np.zeros(k)
    shift[0] = y0
    return _Basis(np.asarray(t_inv * scale, float), t_inv @ shift, raw * scale, y0)


# --- squared losses -----------------------------------------------------------------


def _least_squares(obj: Objective) -> Array:
    """argmin w·Σe² + λ2·Σβ_j², as one augmented least-squares problem."""
    basis = _basis(obj, centred=True)
    rows, rhs = [basis.design], [obj.y - basis.offset]
    l2 = obj.penalties.l2
    if l2 > 0:
        # with weight w the loss part is w·c·‖Zθ − y'‖²; divide J by w·c to compare
        ratio = l2 / (obj.weight * obj.loss.square_weight)
        rows.append(np.sqrt(ratio) * basis.matrix[obj.penalized])
        rhs.append(np.zeros(int(obj.penalized.sum())))
    theta, *_ = np.linalg.lstsq(np.vstack(rows), np.concatenate(rhs), rcond=None)
    return basis.beta(theta)


# --- linear programs ----------------------------------------------------------------


def _loss_weights(obj: Objective) -> tuple[float, float]:
    """Per-point cost of e⁺ = max(e, 0) and e⁻ = max(−e, 0) for a piecewise-linear loss."""
    loss = obj.loss
    if loss.name == "quantile":
        q = loss.params()["quantile"]
        return 1.0 - q, q
    if loss.name == "asymmetric":
        return 1.0, loss.params()["alpha"]
    if loss.name == "hinge":  # e⁺ − e⁻ is the slack 1 − t·z; only e⁺ costs
        return 1.0, 0.0
    return 1.0, 1.0


def _linear_program(obj: Objective) -> Solution:
    """min w·Σ(a·e⁺ + b·e⁻) + λ1·Σ|β_j|  as an LP in (θ, e⁺, e⁻, t) solved by HiGHS."""
    from scipy import sparse
    from scipy.optimize import linprog

    n, k = obj.n, obj.n_coefficients
    basis = _basis(obj, centred=True)
    pen_rows = basis.matrix[obj.penalized]
    m = pen_rows.shape[0] if obj.penalties.l1 else 0
    # t_j = size_j·u_j keeps the L1 rows of unit size: HiGHS refuses entries ≥ 1e15, which a
    # column of tiny spread (x within 1e-8 on poly:2) scales up to
    size = np.max(np.abs(pen_rows), axis=1, initial=0.0)
    size = np.where(size > 0, size, 1.0)
    pen_rows = pen_rows / size[:, None]
    l1_cost = obj.penalties.l1 * size[:m]
    eye = sparse.identity(n, format="csr")
    scale = 1.0
    if obj.loss.name == "hinge":
        # slack u_i ≥ 1 − t_i·z_i, u ≥ 0: −t_i·Z_i·θ − u_i ≤ −1
        t = 2.0 * obj.y - 1.0
        cost = np.concatenate([np.zeros(k), np.full(n, obj.weight), l1_cost])
        a_ub = [sparse.hstack([sparse.csr_matrix(-t[:, None] * basis.design), -eye, sparse.csr_matrix((n, m))])]
        b_ub = [-np.ones(n)]
        a_eq = b_eq = None
        n_slack = n
    else:
        up, down = _loss_weights(obj)
        cost = np.concatenate(
            [np.zeros(k), np.full(n, obj.weight * up), np.full(n, obj.weight * down), l1_cost]
        )
        a_eq = sparse.hstack([sparse.csr_matrix(basis.design), -eye, eye, sparse.csr_matrix((n, m))], format="csr")
        b_eq = obj.y - basis.offset
        # the LP is homogeneous in y: HiGHS reads |b| ≥ 1e20 as infinite, so solve for y/scale
        scale = max(1.0, float(np.max(np.abs(b_eq))) / 1e6)
        b_eq = b_eq / scale
        a_ub, b_ub = [], []
        n_slack = 2 * n
    if m:
        zeros = sparse.csr_matrix((m, n_slack))
        minus_t = -sparse.identity(m, format="csr")
        a_ub += [
            sparse.hstack([sparse.csr_matrix(pen_rows), zeros, minus_t]),
            sparse.hstack([sparse.csr_matrix(-pen_rows), zeros, minus_t]),
        ]
        b_ub += [np.zeros(m), np.zeros(m)]
    bounds = [(None, None)] * k + [(0, None)] * (n_slack + m)
    result = linprog(
        cost,
        A_ub=sparse.vstack(a_ub, format="csr") if a_ub else None,
        b_ub=np.concatenate(b_ub) if b_ub else None,
        A_eq=a_eq,
        b_eq=b_eq,
        bounds=bounds,
        # dual simplex is exact and quick on classroom data; past ~1000 points the interior-point
        # method with crossover reaches the same vertex far sooner (1.6 s against 28 s at n = 2e4)
        method="highs-ds" if n <= 1000 else "highs-ipm",
        options={"primal_feasibility_tolerance": 1e-10, "dual_feasibility_tolerance": 1e-10},
    )
    if result.x is None:
        return _failed(obj, "linear program (HiGHS)", result.message)
    beta = basis.beta(scale * result.x[:k])
    return Solution(beta, obj.value(beta), "linear program (HiGHS)", bool(result.success), str(result.message))


# --- smooth convex losses -------------------------------------------------------------


def _smooth(obj: Objective) -> Solution:
    from scipy.optimize import minimize

    if obj.penalties.l1:
        return _smooth_l1(obj)
    basis = _basis(obj, centred=True)
    b = basis.matrix

    def fun(theta: Array) -> tuple[float, Array]:
        value, grad = obj.value_and_grad(basis.beta(theta))
        return value, b.T @ grad

    def hess(theta: Array) -> Array:
        return np.asarray(b.T @ obj.hessian(basis.beta(theta)) @ b)

    theta0 = _least_squares_start(obj, basis)
    scale = max(1.0, abs(fun(theta0)[0]))
    result = minimize(fun, theta0, jac=True, hess=hess, method="trust-exact", options={"gtol": 1e-11 * scale},
                      callback=_check_cancel)
    beta = basis.beta(result.x)
    grad_norm = float(np.linalg.norm(fun(result.x)[1]))
    converged = bool(result.success) or grad_norm <= 1e-8 * scale
    if not np.all(np.isfinite(beta)):
        return _failed(obj, "trust-region Newton", "no finite minimum")
    return Solution(beta, obj.value(beta), "trust-region Newton", converged, str(result.message))


def _least_squares_start(obj: Objective, basis: _Basis) -> Array:
    """θ of the least-squares line (regression) or zeros (classification)."""
    if obj.model.classification:
        return np.zeros(obj.n_coefficients)
    theta, *_ = np.linalg.lstsq(basis.design, obj.y - basis.offset, rcond=None)
    return np.asarray(theta)


def _smooth_l1(obj: Objective) -> Solution:
    """Split each penalised θ_j into a − b with a, b ≥ 0; L-BFGS-B keeps the bounds."""
    from scipy.optimize import minimize

    basis = _basis(obj, centred=False)  # diagonal B keeps |β_j| separable
    k = obj.n_coefficients
    pen = np.flatnonzero(obj.penalized)
    free = np.flatnonzero(~obj.penalized)
    diag = np.diag(basis.matrix)

    def theta_of(z: Array) -> Array:
        theta = np.zeros(k)
        theta[free] = z[: len(free)]
        theta[pen] = z[len(free) : len(free) + len(pen)] - z[len(free) + len(pen) :]
        return theta

    def fun(z: Array) -> tuple[float, Array]:
        beta = basis.beta(theta_of(z))
        value, grad = obj.value_and_grad(beta)
        g_theta = basis.matrix.T @ grad
        # remove the subgradient of λ1|β| that value_and_grad added, and add the split's slope
        g_theta[pen] -= obj.penalties.l1 * np.sign(beta[pen]) * diag[pen]
        slope = obj.penalties.l1 * diag[pen]
        # the split's penalty λ1·Σ d_j(a_j + b_j) in place of λ1·Σ|β_j|
        a, b = z[len(free) : len(free) + len(pen)], z[len(free) + len(pen) :]
        value += float(slope @ (a + b)) - obj.penalties.l1 * float(np.abs(beta[pen]).sum())
        return value, np.concatenate([g_theta[free], g_theta[pen] + slope, -g_theta[pen] + slope])

    start = theta_of(np.zeros(len(free) + 2 * len(pen)))
    z0 = np.concatenate([start[free], np.zeros(2 * len(pen))])
    bounds = [(None, None)] * len(free) + [(0, None)] * (2 * len(pen))
    result = minimize(
        fun, z0, jac=True, method="L-BFGS-B", bounds=bounds, options={"ftol": 0.0, "gtol": 1e-12, "maxiter": 20000},
        callback=_check_cancel,
    )
    beta = basis.beta(theta_of(result.x))
    # L-BFGS-B stops "ABNORMAL" when its line search meets rounding at the minimum: judge by
    # the projected gradient (a part a_j or b_j resting on 0 may push against its bound)
    grad = fun(result.x)[1]
    resting = (np.arange(len(grad)) >= len(free)) & (result.x <= 0.0) & (grad > 0.0)
    grad_norm = float(np.linalg.norm(np.where(resting, 0.0, grad)))
    converged = bool(result.success) or grad_norm <= 1e-8 * max(1.0, abs(float(result.fun)))
    return Solution(beta, obj.value(beta), "L-BFGS-B (L1 split)", converged, str(result.message))


def _quadratic_program(obj: Objective) -> Solution:
    """A piecewise-linear loss with L2 or a cap: trust-constr on y/c, then a crossover in y's units.

    trust-constr's tolerances are absolute: with y spanning 1e6 it ran its 5000 iterations and
    stopped far from the answer. J(c·β'; y) = c·J'(β'; y/c) where J' has λ2' = c·λ2, the cap C/c
    with weight c·w and the same λ1, so it solves J' (c: the spread of y) and polishes c·θ'.
    """
    pen = obj.penalties
    c = float(np.max(np.abs(obj.y - np.mean(obj.y)))) if obj.loss.name != "hinge" else 1.0
    inner = obj
    if c > 1.0:
        cap = None if pen.cap is None else pen.cap / c
        scaled = Penalties(cap=cap, cap_weight=pen.cap_weight * c, l1=pen.l1, l2=pen.l2 * c)
        inner = Objective(obj.loss, obj.model, obj.x, obj.y / c, obj.reduction, scaled)
    else:
        c = 1.0
    theta, success, message = _interior_point(inner)
    basis = _basis(obj, centred=True)
    theta = _polish(obj, basis, *_slacks(obj, basis), c * theta)
    beta = basis.beta(theta)
    return Solution(beta, obj.value(beta), "quadratic program (trust-constr)", success, message)


def _slacks(obj: Objective, basis: _Basis) -> tuple[Array, Array]:
    """A, b with e⁺ − e⁻ = A·θ − b: the error p − y, or for hinge the slack 1 − t·p."""
    if obj.loss.name == "hinge":
        t = 2.0 * obj.y - 1.0
        return -t[:, None] * basis.design, t * basis.offset - 1.0
    return basis.design, obj.y - basis.offset


def _interior_point(obj: Objective) -> tuple[Array, bool, str]:
    """θ of the QP in (θ, e⁺, e⁻, s), s ≥ p − C, by trust-constr, with its success and message."""
    from scipy import sparse
    from scipy.optimize import Bounds, LinearConstraint, minimize

    n, k = obj.n, obj.n_coefficients
    basis = _basis(obj, centred=True)
    pen = obj.penalties
    up, down = _loss_weights(obj)
    pen_rows = basis.matrix[obj.penalized]
    m = pen_rows.shape[0] if pen.l1 else 0
    ns = n if pen.capped else 0
    size = k + 2 * n + ns + m
    lin = np.concatenate([np.zeros(k), np.full(n, obj.weight * up), np.full(n, obj.weight * down)])
    lin = np.concatenate([lin, np.zeros(ns), np.full(m, pen.l1)])
    quad = sparse.lil_matrix((size, size))
    q_theta = 2.0 * pen.l2 * pen_rows.T @ pen_rows
    quad[:k, :k] = q_theta
    if ns:
        quad[k + 2 * n : k + 2 * n + ns, k + 2 * n : k + 2 * n + ns] = (
            2.0 * pen.cap_weight * obj.weight * sparse.identity(n)
        )
    quad = quad.tocsr()

    def fun(z: Array) -> tuple[float, Array]:
        qz = quad @ z
        return float(lin @ z + 0.5 * z @ qz), lin + qz

    eye = sparse.identity(n, format="csr")
    z_design = sparse.csr_matrix(basis.design)
    slack_design, slack_rhs = _slacks(obj, basis)
    blocks = [sparse.hstack([sparse.csr_matrix(slack_design), -eye, eye, sparse.csr_matrix((n, ns + m))])]
    lower, upper = [slack_rhs], [slack_rhs]
    if ns:  # s_i − Z_i·θ ≥ offset − C
        blocks.append(sparse.hstack([-z_design, sparse.csr_matrix((n, 2 * n)), eye, sparse.csr_matrix((n, m))]))
        lower.append(np.full(n, basis.offset - float(pen.cap or 0.0)))
        upper.append(np.full(n, np.inf))
    if m:
        for sign in (1.0, -1.0):  # t_j ∓ (Dβ)_j ≥ 0
            blocks.append(
                sparse.hstack(
                    [sparse.csr_matrix(-sign * pen_rows), sparse.csr_matrix((m, 2 * n + ns)), sparse.identity(m)]
                )
            )
            lower.append(np.zeros(m))
            upper.append(np.full(m, np.inf))
    constraint = LinearConstraint(sparse.vstack(blocks, format="csr"), np.concatenate(lower), np.concatenate(upper))
    bounds = Bounds(np.r_[np.full(k, -np.inf), np.zeros(size - k)], np.full(size, np.inf))
    start = _linear_program(obj.__class__(obj.loss, obj.model, obj.x, obj.y, obj.reduction)).coefficients
    theta0 = np.linalg.lstsq(basis.matrix, start - basis.shift, rcond=None)[0]
    e = slack_design @ theta0 - slack_rhs
    z0 = np.concatenate([theta0, np.maximum(e, 0), np.maximum(-e, 0)])
    if ns:
        z0 = np.concatenate([z0, np.maximum(basis.design @ theta0 + basis.offset - float(pen.cap or 0.0), 0)])
    z0 = np.concatenate([z0, np.abs(pen_rows @ theta0) if m else np.zeros(0)])
    result = minimize(
        fun,
        z0,
        jac=True,
        hess=lambda z: quad,
        method="trust-constr",
        constraints=[constraint],
        bounds=bounds,
        options={"gtol": 1e-12, "xtol": 1e-14, "maxiter": 5000},
        callback=_check_cancel,
    )
    return result.x[:k], bool(result.success), str(result.message)


def _polish(obj: Objective, basis: _Basis, slack_design: Array, slack_rhs: Array, theta: Array) -> Array:
    """`_polish_once` again from each better θ: the pieces guessed from a θ far from the answer
    (trust-constr stops early when y spans 1e6 or more) are wrong, those from a better θ less so."""
    best, best_value = theta, obj.value(basis.beta(theta))
    for _ in range(20):
        _check_cancel()
        candidate, value = _polish_once(obj, basis, slack_design, slack_rhs, best)
        if not value < best_value:
            break
        best, best_value = candidate, value
    return best


def _polish_once(
    obj: Objective, basis: _Basis, slack_design: Array, slack_rhs: Array, theta: Array
) -> tuple[Array, float]:
    """Crossover from the interior point's θ, which stops with every zero residual near 1e-7.

    With the pieces fixed (which slacks a_i = A_i·θ − b_i are 0 and the signs of the others,
    which penalised β_j are 0 under L1 and the signs of the others, which predictions pass
    the cap) J is a quadratic on an affine set, minimized by one linear (KKT) system. The
    pieces are guessed from θ: the small slacks (or the j smallest, j ≤ k: a vertex has k)
    and likewise the small β_j. A polished θ is kept only where it lowers J.
    """
    pen = obj.penalties
    up, down = _loss_weights(obj)
    z = basis.design
    k = len(theta)
    pen_rows = basis.matrix[obj.penalized]
    tolerances = 1e-9, 1e-7, 1e-5
    scale = max(1.0, float(np.max(np.abs(slack_rhs))))

    def guesses(size: Array, most: int) -> set[tuple[bool, ...]]:
        order = np.argsort(size)
        out = {tuple(size <= tol * scale) for tol in tolerances}
        for j in range(min(most, len(size)) + 1):
            pick = np.zeros(len(size), dtype=bool)
            pick[order[:j]] = True
            out.add(tuple(pick))
        return out

    slack = slack_design @ theta - slack_rhs
    b = pen_rows @ theta
    b_size = np.abs(b) * np.sqrt(np.mean(obj.design * obj.design, axis=0))[obj.penalized]
    zero_sets = guesses(b_size, len(b)) if pen.l1 else {(False,) * len(b)}
    # a prediction a little under the cap may belong above it: a stiff cap (y ≫ C) holds the
    # answer a hair above C, where trust-constr, stopping early, leaves it a hair below
    above = z @ theta + basis.offset - float(pen.cap or 0.0)
    over_sets = {tuple(above > tol * scale) for tol in (1e-9, -1e-7, -1e-5, -1e-3)} if pen.capped else {()}
    best, best_value = theta, obj.value(basis.beta(theta))
    for on_set, zero_set, over_set in itertools.product(guesses(np.abs(slack), k), zero_sets, over_sets):
        on, zero, over = np.array(on_set, dtype=bool), np.array(zero_set, dtype=bool), np.array(over_set, dtype=bool)
        h = 2.0 * pen.l2 * pen_rows.T @ pen_rows
        g = obj.weight * ((np.where(slack > 0, up, -down) * ~on) @ slack_design)
        g = g + pen.l1 * (np.sign(b) * ~zero) @ pen_rows
        if pen.capped:
            w = 2.0 * pen.cap_weight * obj.weight
            h = h + w * z[over].T @ z[over]
            g = g - w * (float(pen.cap or 0.0) - basis.offset) * z[over].sum(axis=0)
        e = np.vstack([slack_design[on], pen_rows[zero]])
        rhs = np.concatenate([-g, slack_rhs[on], np.zeros(int(zero.sum()))])
        kkt = np.block([[h, e.T], [e, np.zeros((len(e), len(e)))]])
        candidate = np.linalg.lstsq(kkt, rhs, rcond=None)[0][:k]
        value = obj.value(basis.beta(candidate))
        if value < best_value:
            best, best_value = candidate, value
    return best, best_value


def _failed(obj: Objective, method: str, message: str) -> Solution:
    beta = np.full(obj.n_coefficients, np.nan)
    return Solution(beta, float("nan"), method, False, message)
