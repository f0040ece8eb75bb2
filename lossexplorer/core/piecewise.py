"""Piecewise-linear losses (mae, sae, quantile, asymmetric, hinge): a linear program, or with
L2 or a cap a quadratic program, then a crossover to the exact vertex.

In scaled coordinates (see `kkt`), with slopes up (over-prediction) and down (under):

    LP:  min w·Σ(up·e⁺_i + down·e⁻_i) + Σ μ_j·t_j   s.t.  Z·θ − e⁺ + e⁻ = y',  t_j ≥ ±θ_j,  e⁺, e⁻ ≥ 0
    QP:  the same plus ½θᵀQθ + w·λ_C·Σ s_i²  with  s_i ≥ Z_i·θ − C', s ≥ 0

(hinge: a slack u_i ≥ 1 − t_i·Z_i·θ, u ≥ 0, costs w·u_i). HiGHS solves the LP, trust-constr
the QP; both stop within a tolerance of the answer, so `polish` then fixes the pieces they
found (which errors are 0, which coefficients are 0, which predictions pass the cap) and
solves that piece's KKT system exactly. SciPy is imported here only, lazily.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from numpy.typing import NDArray

from .kkt import kkt_violation
from .losses import Pieces
from .scaled import ScaledProblem

Array = NDArray[np.float64]
#: a prediction this close to the cap (scaled units) may be on either side: the cap term is smooth there
CAP_TIE = 1e-13


def _pieces(problem: ScaledProblem) -> Pieces:
    """The loss's linear pieces: e⁺ − e⁻ is its slack (the error, or hinge's 1 − t·z), e⁺ costs up, e⁻ down."""
    pieces = problem.loss.pieces
    assert pieces is not None
    return pieces


def _slack_rows(problem: ScaledProblem) -> tuple[Array, Array]:
    """A, b with e⁺ − e⁻ = A·θ − b."""
    return _pieces(problem).rows(problem.z, problem.y)


def _fixed_zero(problem: ScaledProblem) -> NDArray[np.bool_]:
    """Penalised coefficients whose L1 weight beats any slope the loss can have: 0 at every optimum."""
    pieces = _pieces(problem)
    up, down = pieces.up, pieces.down
    a, _ = _slack_rows(problem)
    most = problem.w * max(up, down) * np.sum(np.abs(a), axis=0)
    return problem.penalized & (problem.mu >= most) & ~np.any(problem.q != 0, axis=0)


def linear_program(problem: ScaledProblem) -> tuple[Array, bool, str]:
    """θ of the LP by HiGHS's dual simplex (interior point past 1000 points), its success and message."""
    from scipy import sparse
    from scipy.optimize import linprog

    n, k = len(problem.y), len(problem.mu)
    a, b = _slack_rows(problem)
    pieces = _pieces(problem)
    up, down = pieces.up, pieces.down
    zero = _fixed_zero(problem)
    pen = np.flatnonzero(problem.penalized & ~zero)
    m = len(pen)
    # costs over their largest: HiGHS reads a cost of 1e15 or more as infinite
    top = max(problem.w * max(up, down), float(np.max(problem.mu[pen], initial=0.0)))
    cost = np.concatenate(
        [np.zeros(k), np.full(n, problem.w * up / top), np.full(n, problem.w * down / top), problem.mu[pen] / top]
    )
    eye = sparse.identity(n, format="csr")
    a_eq = sparse.hstack([sparse.csr_matrix(a), -eye, eye, sparse.csr_matrix((n, m))], format="csr")
    a_ub = None
    b_ub = None
    if m:
        a_ub = problem.penalties.l1_rows(pen, k, 2 * n)
        b_ub = np.zeros(2 * m)
    if problem.stiff_cap:  # a cap this stiff is a wall to rounding: Z·θ ≤ C'
        wall, ceiling = problem.penalties.cap_rows(problem.z, 2 * n + m, False, 0)
        a_ub = wall if a_ub is None else sparse.vstack([a_ub, wall], format="csr")
        b_ub = ceiling if b_ub is None else np.concatenate([b_ub, ceiling])
    bounds = [(0.0, 0.0) if zero[j] else (None, None) for j in range(k)] + [(0, None)] * (2 * n + m)
    result = linprog(
        cost,
        A_ub=a_ub,
        b_ub=b_ub,
        A_eq=a_eq,
        b_eq=b,
        bounds=bounds,
        # dual simplex is exact and quick on classroom data; past ~1000 points the interior-point
        # method with crossover reaches the same vertex far sooner (1.6 s against 28 s at n = 2e4)
        method="highs-ds" if n <= 1000 else "highs-ipm",
        options={"primal_feasibility_tolerance": 1e-10, "dual_feasibility_tolerance": 1e-10},
    )
    if result.x is None:
        return np.full(k, np.nan), False, str(result.message)
    return np.asarray(result.x[:k]), bool(result.success), str(result.message)


def quadratic_program(problem: ScaledProblem, start: Array, check: Callable[[], None]) -> tuple[Array, bool, str]:
    """θ of the QP by trust-constr from `start`, with its success and message."""
    from scipy import sparse
    from scipy.optimize import Bounds, LinearConstraint, minimize

    n, k = len(problem.y), len(problem.mu)
    a, b = _slack_rows(problem)
    pieces = _pieces(problem)
    up, down = pieces.up, pieces.down
    pen = np.flatnonzero(problem.penalized)
    m = len(pen)
    ns = n if problem.cap is not None else 0
    size = k + 2 * n + ns + m
    lin = np.concatenate(
        [np.zeros(k), np.full(n, problem.w * up), np.full(n, problem.w * down), np.zeros(ns), problem.mu[pen]]
    )
    quad = sparse.lil_matrix((size, size))
    quad[:k, :k] = problem.q
    if ns:
        quad[k + 2 * n : k + 2 * n + ns, k + 2 * n : k + 2 * n + ns] = problem.penalties.cap_hessian(n, problem.w)
    quad = quad.tocsr()

    def fun(v: Array) -> tuple[float, Array]:
        qv = quad @ v
        return float(lin @ v + 0.5 * v @ qv), lin + qv

    def callback(*_args: object) -> None:
        check()

    eye = sparse.identity(n, format="csr")
    blocks = [sparse.hstack([sparse.csr_matrix(a), -eye, eye, sparse.csr_matrix((n, ns + m))])]
    lower, upper = [b], [b]
    if ns:  # Z_i·θ − s_i ≤ C'
        rows, ceiling = problem.penalties.cap_rows(problem.z, 2 * n, True, m)
        blocks.append(rows)
        lower.append(np.full(n, -np.inf))
        upper.append(ceiling)
    if m:  # ±θ_j − t_j ≤ 0
        blocks.append(problem.penalties.l1_rows(pen, k, 2 * n + ns))
        lower.append(np.full(2 * m, -np.inf))
        upper.append(np.zeros(2 * m))
    constraint = LinearConstraint(sparse.vstack(blocks, format="csr"), np.concatenate(lower), np.concatenate(upper))
    bounds = Bounds(np.r_[np.full(k, -np.inf), np.zeros(size - k)], np.full(size, np.inf))
    e = a @ start - b
    v0 = np.concatenate([start, np.maximum(e, 0), np.maximum(-e, 0)])
    if ns and problem.cap is not None:
        v0 = np.concatenate([v0, problem.cap.excess(problem.z @ start)])
    v0 = np.concatenate([v0, np.abs(start[pen])])
    result = minimize(
        fun,
        v0,
        jac=True,
        hess=lambda v: quad,
        method="trust-constr",
        constraints=[constraint],
        bounds=bounds,
        options={"gtol": 1e-12, "xtol": 1e-14, "maxiter": 5000},
        callback=callback,
    )
    return np.asarray(result.x[:k]), bool(result.success), str(result.message)


def polish(problem: ScaledProblem, theta: Array, check: Callable[[], None]) -> Array:
    """The exact minimizer, walking from θ over the pieces of J' (`_Pieces`); θ itself when
    the walk does not end with a smaller KKT violation."""
    walked = _Pieces(problem, theta).walk(check)
    if not np.all(np.isfinite(walked)):
        return theta
    before, after = kkt_violation(problem, theta), kkt_violation(problem, walked)
    return walked if after <= before or problem.value(walked) < problem.value(theta) else theta


class _Pieces:
    """A primal active set over the pieces of J' (Fletcher, Practical Methods of Optimization, 10.3).

    A piece fixes, for each point, whether its slack a_i·θ − b_i is 0 (on its kink), positive
    (slope up) or negative (slope −down); for each penalised θ_j whether it is 0 or its sign;
    and which predictions pass the cap. On a piece J' is a quadratic and its minimum under the
    piece's equalities is one linear (KKT) system. The walk moves towards that minimum and stops
    at the first kink it meets (the point or coefficient joins the equalities); at the minimum,
    an equality whose multiplier lies outside what its kink allows (a slope beyond [−down, up],
    a |multiplier| beyond μ_j) leaves, to the side that lowers J'. When none does, the KKT
    conditions hold. Exactly repeated points are merged into one of their combined weight.
    """

    def __init__(self, problem: ScaledProblem, theta: Array) -> None:
        self.problem = problem
        a, b = _slack_rows(problem)
        rows = np.column_stack([a, b, problem.z])
        unique, counts = np.unique(rows, axis=0, return_counts=True)
        k = len(theta)
        self.a, self.b, self.z = unique[:, :k], unique[:, k], unique[:, k + 1 :]
        self.weight = problem.w * counts.astype(float)
        pieces = _pieces(problem)
        self.up, self.down = pieces.up, pieces.down
        slack = self.a @ theta - self.b
        scale = max(1.0, float(np.max(np.abs(self.b))))
        self.side = np.where(slack >= 0, 1.0, -1.0)
        # on their kinks: the nearest points whose rows are independent (a vertex has k; two
        # rows alike with slacks 1e-9 apart cannot both hold)
        kept: list[int] = []
        for i in np.argsort(np.abs(slack)):
            if abs(slack[i]) > 1e-9 * scale or len(kept) == k:
                break
            rows = self.a[[*kept, int(i)]]
            if np.linalg.matrix_rank(rows) == len(kept) + 1:
                kept.append(int(i))
        self.side[kept] = 0.0
        pen = problem.penalized
        self.pen = pen
        tiny = 1e-12 * max(1.0, float(np.max(np.abs(theta))))
        self.sign = np.where(pen & (np.abs(theta) <= tiny), 0.0, np.sign(theta))
        self.theta = np.where(pen & (self.sign == 0), 0.0, theta)
        cap = problem.cap
        self.over = (self.z @ self.theta > cap.at) if cap is not None else np.zeros(len(self.b), dtype=bool)

    def _piece_minimum(self) -> tuple[Array, Array, Array]:
        """θ at the minimum of the current piece, with the multipliers of its equalities."""
        p, k = self.problem, len(self.theta)
        h = p.q.copy()
        slope = np.where(self.side > 0, self.up, -self.down) * (self.side != 0)
        g = (self.weight * slope) @ self.a + np.where(self.pen & (self.sign != 0), p.mu * self.sign, 0.0)
        if p.cap is not None and np.any(self.over):
            wc = p.cap.rate * self.weight[self.over]
            zo = self.z[self.over]
            h = h + (zo.T * wc) @ zo
            g = g - p.cap.at * (wc @ zo)
        on = self.side == 0
        zero = self.pen & (self.sign == 0)
        rows = np.vstack([self.a[on], np.eye(k)[zero]])
        rhs = np.concatenate([-g, self.b[on], np.zeros(int(zero.sum()))])
        system = np.block([[h, rows.T], [rows, np.zeros((len(rows), len(rows)))]])
        solution = _solve_refined(system, rhs)
        theta = solution[:k]
        nu = solution[k:]
        stationary = h @ theta + g + rows.T @ nu
        size = np.abs(g) + np.abs(h) @ np.abs(theta) + np.abs(rows.T) @ np.abs(nu) + 1e-300
        if np.max(np.abs(stationary) / size) > 1e-9:
            # J' falls without end along a flat direction of this piece (no equality holds it):
            # head that way, far; the walk stops at the first kink on the way
            ray = -stationary
            if len(rows):
                ray = ray - rows.T @ np.linalg.lstsq(rows @ rows.T, rows @ ray, rcond=None)[0]
            longest = 1e13 * max(1.0, float(np.max(np.abs(self.theta))))
            theta = self.theta + ray * (longest / max(float(np.max(np.abs(ray))), 1e-300))
        theta[zero] = 0.0
        return theta, nu[: int(on.sum())], nu[int(on.sum()) :]

    def walk(self, check: Callable[[], None]) -> Array:
        """Walk from piece to piece until the KKT conditions hold (or a degenerate vertex cycles)."""
        p = self.problem
        k = len(self.theta)
        seen: set[bytes] = set()
        for _ in range(20 * (len(self.b) + k) + 50):
            check()
            state = self.side.tobytes() + self.sign.tobytes() + self.over.tobytes()
            if state in seen:
                break  # a degenerate vertex (more points on their kinks than coefficients): cycling
            seen.add(state)
            target, nu_points, nu_coefs = self._piece_minimum()
            step = target - self.theta
            t, hits = self._first_kink(step)
            self.theta = self.theta + t * step
            if hits:
                for kind, i in hits:
                    if kind == "point":
                        self.side[i] = 0.0
                    elif kind == "coef":
                        self.sign[i] = 0.0
                        self.theta[i] = 0.0
                    else:
                        self.over[i] = not self.over[i]
                continue
            self.theta = target
            if p.cap is not None:  # the cap term is smooth: only a clear crossing changes the piece
                gap = self.z @ self.theta - p.cap.at
                wrong = np.where(self.over, gap < -CAP_TIE, gap > CAP_TIE)
                if np.any(wrong):
                    self.over = self.over ^ wrong
                    continue
            if not self._release(nu_points, nu_coefs):
                break
        return self.theta

    def _first_kink(self, step: Array) -> tuple[float, list[tuple[str, int]]]:
        """The first t in [0, 1] at which θ + t·step meets a kink, and what it meets there."""
        inf = np.inf
        with np.errstate(divide="ignore", invalid="ignore"):
            slack, rate = self.a @ self.theta - self.b, self.a @ step
            moving = (self.side != 0) & (self.side * rate < 0)
            t_points = np.where(moving, np.maximum(-slack / rate, 0.0), inf)
            coefs = self.pen & (self.sign != 0) & (self.sign * step < 0)
            t_coefs = np.where(coefs, np.maximum(-self.theta / step, 0.0), inf)
            t_cap = np.full(len(self.b), inf)
            if self.problem.cap is not None:
                gap, move = self.z @ self.theta - self.problem.cap.at, self.z @ step
                tp = -gap / move
                crossing = np.where(self.over, move < 0, move > 0) & (tp > 0) & (np.abs(move) > CAP_TIE)
                t_cap = np.where(crossing, tp, inf)
        first = min(float(np.min(t_points, initial=inf)), float(np.min(t_coefs, initial=inf)),
                    float(np.min(t_cap, initial=inf)))
        if not first <= 1.0:
            return 1.0, []
        near = first * (1 + 1e-12) + 1e-300
        hits = [("point", int(i)) for i in np.flatnonzero(t_points <= near)]
        hits += [("coef", int(j)) for j in np.flatnonzero(t_coefs <= near)]
        hits += [("cap", int(i)) for i in np.flatnonzero(t_cap <= near)]
        return first, hits

    def _release(self, nu_points: Array, nu_coefs: Array) -> bool:
        """Let the equality whose multiplier is furthest out of bounds leave; False when none is."""
        on = np.flatnonzero(self.side == 0)
        zero = np.flatnonzero(self.pen & (self.sign == 0))
        slope = nu_points / self.weight[on] if len(on) else np.zeros(0)
        over_up, under_down = slope - self.up, -self.down - slope
        bad_points = np.maximum(over_up, under_down) / max(self.up, self.down, 1e-300)
        mu = self.problem.mu[zero]
        bad_coefs = (np.abs(nu_coefs) - mu) / np.where(mu > 0, mu, 1.0)
        worst_p = float(np.max(bad_points, initial=-np.inf))
        worst_c = float(np.max(bad_coefs, initial=-np.inf))
        if max(worst_p, worst_c) <= 1e-12:
            return False
        if worst_p >= worst_c:
            i = int(np.argmax(bad_points))
            self.side[on[i]] = 1.0 if over_up[i] > 0 else -1.0
        else:
            j = int(np.argmax(bad_coefs))
            # the smooth gradient is −ν: θ_j moves the way ν points
            self.sign[zero[j]] = float(np.sign(nu_coefs[j]))
        return True


def _solve_refined(system: Array, rhs: Array) -> Array:
    """A solution of a KKT system, equilibrated first (rows and columns to unit size, Ruiz's
    method: an L2 weight near 1e19 beside slopes near 1 made an SVD's cut-off drop the
    constraints), by LU where the system is regular and by least squares where it is not,
    then refined twice on its residual."""
    a = system.copy()
    left = np.ones(len(a))
    right = np.ones(len(a))
    for _ in range(8):
        rows = np.sqrt(np.max(np.abs(a), axis=1))
        cols = np.sqrt(np.max(np.abs(a), axis=0))
        rows = np.where(rows > 0, rows, 1.0)
        cols = np.where(cols > 0, cols, 1.0)
        a = a / rows[:, None] / cols[None, :]
        left, right = left / rows, right / cols
    b = rhs * left

    def solve(v: Array) -> Array:
        try:
            out = np.linalg.solve(a, v)
            if np.all(np.isfinite(out)):
                return np.asarray(out)
        except np.linalg.LinAlgError:
            pass
        return np.asarray(np.linalg.lstsq(a, v, rcond=None)[0])

    solution = solve(b)
    for _ in range(2):
        solution = solution + solve(b - a @ solution)
    return np.asarray(solution * right)
