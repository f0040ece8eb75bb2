"""J in scaled coordinates, and how far a point is from satisfying the optimality conditions.

In the coordinates θ of `basis.Coordinates` (errors e' = e/s_y, columns of unit size)

    J'(θ) = w·Σ ℓ'(e'_i) + cap term + ½θᵀQθ + Σ_j μ_j·|θ_j|,   J = F·J' + w·n·ℓ0

where ℓ(s_y·e') = F·ℓ'(e') + ℓ0 (F = s_y² for squared errors and Huber, s_y for the
piecewise-linear losses: the scaled loss is the loss itself, exactly, and J' neither under-
nor overflows when y is near 1e-300 or 1e150). Q holds the L2 penalty on β, μ the L1 weights
(an L1 penalty is only solved in coordinates where each β_j is a multiple of one θ_j).

The KKT (subgradient) conditions: 0 ∈ ∂J'(θ). The violation of a coordinate is the part of
its gradient no allowed subgradient can cancel, divided by the size of the terms that make
it up (so rounding gives about 1e-16, and 1e-12 is exact to rounding):

    smooth:             |g_j|                       over  w·D·Σ_i|Z_ij| + |Qθ|_j + μ_j
    L1, θ_j ≠ 0:        |g_j + μ_j·sign θ_j|
    L1, θ_j = 0:        max(0, |g_j| − μ_j)
    kinks (e'_i = 0):   the slope of point i anywhere in [−down, up] (hinge: between 0 and −t_i)

D is the loss's slope at an error of one unit of y. With kinks the multipliers are found by
bounded least squares; the violation is then an upper bound on the least one.
"""

from __future__ import annotations

import math
from functools import cached_property

import numpy as np
from numpy.typing import NDArray

from .basis import Coordinates
from .objective import Objective
from .penalties import HUGE, ScaledPenalties

Array = NDArray[np.float64]
#: converged means a KKT violation at most this (rounding alone gives about 1e-15)
KKT_TOLERANCE = 1e-9
#: a scaled error this small is on a kink of a piecewise-linear loss
KINK = 1e-11
#: a prediction within this many ulps of the cap is on it to rounding
CAP_ULPS = 8.0


class ScaledProblem:
    """J' of an objective in scaled coordinates: value, gradient and Hessian of its smooth
    part, its L1 weights, and J itself computed stably from θ."""

    def __init__(self, obj: Objective, coords: Coordinates) -> None:
        self.obj, self.coords = obj, coords
        self.z = coords.design(obj.x)
        self.y = coords.scaled_y(obj.y)
        self.loss, self.exponent, self.constant = obj.loss.scaled(coords.sy)
        self.kinked = self.loss.piecewise_linear
        self.w = obj.weight
        self.set_penalties(obj.penalties.scaled(coords.matrix, self.exponent, coords.y0, coords.sy))
        #: a penalty past HUGE times the loss holds its coefficient at 0 to rounding (y near 1e-300)
        self.pinned = (np.diag(self.q) >= HUGE) | (self.mu >= HUGE)
        self._slope_scale = self._unit_slope()

    def set_penalties(self, penalties: ScaledPenalties) -> None:
        """Q, μ and the cap of J' (the LP that starts the QP has no L2)."""
        self.penalties = penalties
        self.q, self.mu, self.cap = penalties.q, penalties.mu, penalties.cap
        self.penalized = penalties.penalised
        #: the cap's slope changes by more than 1 within the rounding of a prediction: a wall
        self.stiff_cap = self.cap is not None and self.cap.weight * self._cap_band() >= 1.0

    def _cap_band(self) -> float:
        """How close to the cap C' a prediction is on it, to rounding."""
        return CAP_ULPS * 2.220446049250313e-16 * max(1.0, abs(self.cap.at)) if self.cap is not None else 0.0

    @property
    def piecewise_linear(self) -> bool:
        """True when J' has kinks (mae, quantile, asymmetric, hinge; Huber and log-cosh at extreme scales)."""
        return self.kinked

    def _unit_slope(self) -> float:
        """D: the loss's slope at an error of one unit of y (1 for classification)."""
        if self.obj.model.classification:
            return 1.0
        _, grad = self.loss.loss_gradient(np.array([1.0, -1.0]), np.zeros(2))
        return float(np.max(np.abs(grad)))

    # --- the smooth part -------------------------------------------------------------------

    def predictions(self, theta: Array) -> Array:
        """p' = Z·θ (scaled predictions)."""
        return np.asarray(self.z @ theta)

    def y_of(self, theta: Array) -> Array:
        """p = y0 + s_y·p' in the user's units (the logits z for a classifier)."""
        p = self.predictions(theta)
        return p if self.obj.model.classification else np.asarray(self.coords.y0 + self.coords.sy * p)

    def smooth(self, theta: Array, hessian: bool = True) -> tuple[float, Array, Array]:
        """The loss, cap and L2 parts of J': value, gradient, Hessian (zeros when not asked)."""
        p = self.predictions(theta)
        value, dl = self.loss.loss_gradient(p, self.y)
        total = self.w * float(np.sum(value))
        dl = self.w * dl
        curv = self.w * self.loss.curvature(p, self.y) if hessian else None
        if self.cap is not None:
            cap, slope = self.cap.terms(p)
            total += self.w * float(np.sum(cap))
            dl = dl + self.w * slope
            if curv is not None:
                curv = curv + self.w * self.cap.curvature(p)
        qt = self.q @ theta
        total += 0.5 * float(theta @ qt)
        grad = self.z.T @ dl + qt
        h = (self.z.T * curv) @ self.z + self.q if curv is not None else np.zeros_like(self.q)
        return total, grad, h

    def l1(self, theta: Array) -> float:
        return self.penalties.l1(theta)

    def value(self, theta: Array) -> float:
        """J'(θ), L1 included."""
        return self.smooth(theta, hessian=False)[0] + self.l1(theta)

    # --- J in the user's units ---------------------------------------------------------------

    def objective(self, theta: Array, beta: Array) -> tuple[float, float]:
        """J at the answer and log10 J: the loss part from θ (stable), the penalties from β.

        J may under- or overflow a float (data near 1e-300 or 1e150): log10 J says how large it is.
        """
        p = self.predictions(theta)
        loss_part = self.w * float(np.sum(self.loss.loss_gradient(p, self.y)[0]))
        if self.cap is not None:
            loss_part += self.w * self.cap.total(p)
        penalty = self.obj.penalties.value(beta)
        with np.errstate(over="ignore", under="ignore"):
            scaled = float(np.ldexp(loss_part, self.exponent))
        if self.constant:  # Huber's −½δ², log-cosh's −log 2 per point: beside 2^k·J' they are rounding
            scaled += self.w * len(self.y) * self.constant
        value = scaled + penalty
        normal = (scaled == 0.0 and loss_part == 0.0) or 2.2250738585072014e-308 <= scaled < math.inf
        if normal or (penalty > 0 and math.isfinite(scaled)):  # a loss part below the penalty's rounding
            return value, math.log10(value) if value > 0 else -math.inf
        return value, math.log10(loss_part) + self.exponent * math.log10(2.0)

    # --- optimality ----------------------------------------------------------------------------

    @cached_property
    def _column_sizes(self) -> Array:
        size = self.w * self._slope_scale * np.einsum("ij->j", np.abs(self.z))
        # a column the loss barely sees (x without spread for poly:2) is judged on the others' scale
        return np.asarray(np.maximum(size, 1e-3 * float(np.max(size, initial=0.0))))

    def denominators(self, theta: Array) -> Array:
        """The size of the terms of each coordinate's optimality condition."""
        size = self._column_sizes + np.abs(self.q) @ np.abs(theta) + self.mu
        if self.cap is not None:
            slope = self.cap.terms(self.predictions(theta))[1]
            size = size + self.w * (slope @ np.abs(self.z))
        return np.asarray(size)

    def kink_slopes(self, p: Array) -> tuple[NDArray[np.bool_], Array, Array]:
        """For a piecewise-linear loss: which points sit on a kink, and the lowest and highest
        slope dℓ'/dp' allowed there."""
        pieces = self.loss.pieces
        assert pieces is not None
        return pieces.kinks(p, self.y, KINK)


def kkt_violation(problem: ScaledProblem, theta: Array) -> float:
    """The largest violation of 0 ∈ ∂J'(θ), each coordinate over the size of its terms."""
    theta = np.asarray(theta, dtype=float)
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

