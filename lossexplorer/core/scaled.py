"""J in scaled coordinates: its value, gradient, Hessian and the sizes of their terms.

In the coordinates θ of `basis.Coordinates` (errors e' = e/s_y, columns of unit size)

    J'(θ) = w·Σ ℓ'(e'_i) + cap term + ½θᵀQθ + Σ_j μ_j·|θ_j|,   J = F·J' + w·n·ℓ0

where ℓ(s_y·e') = F·ℓ'(e') + ℓ0 (F = s_y² for squared errors and Huber, s_y for the
piecewise-linear losses: the scaled loss is the loss itself, exactly, and J' neither under-
nor overflows when y is near 1e-300 or 1e150). Q holds the L2 penalty on β, μ the L1 weights
(an L1 penalty is only solved in coordinates where each β_j is a multiple of one θ_j).

How far a θ is from the minimum of J' is measured in `kkt`.
"""

from __future__ import annotations

import math
from functools import cached_property

import numpy as np
from numpy.typing import NDArray

from . import exactdot, householder, newton
from .basis import Coordinates
from .objective import Objective
from .penalties import HUGE, Penalties, ScaledPenalties

Array = NDArray[np.float64]
EPS = 2.220446049250313e-16
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
        m = self.coords.matrix
        #: Q = q_rootᵀ·q_root, from M's rows themselves (Q's own square root would lose the
        #: small directions of an ill-conditioned M)
        self.q_root = np.zeros((0, len(m)))
        self._root_scale = 0.0
        l2 = self.obj.penalties.l2
        if l2 and np.any(self.q):
            rows = m[Penalties.penalised(len(m))]
            half, odd = divmod(-self.exponent, 2)
            with np.errstate(over="ignore", invalid="ignore", under="ignore"):
                self._root_scale = float(np.ldexp(math.sqrt(2.0 * l2) * (math.sqrt(2.0) if odd else 1.0), half))
                root = self._root_scale * rows
            self.q_root = np.clip(np.where(np.isnan(root), 0.0, root), -math.sqrt(HUGE), math.sqrt(HUGE))
            #: Q's root times θ is √(2λ)·β: summed exactly for M's exact entries (it cancels as
            #: much as β is ill-conditioned)
            self._penalty_products = exactdot.Products(rows, self.coords.matrix_error[Penalties.penalised(len(m))])
        self.__dict__.pop("unresolved", None)  # depends on Q's root
        self._last_rounding: tuple[bytes, tuple[float, float, float]] = (b"", (0.0, 0.0, 0.0))

    @cached_property
    def unresolved(self) -> NDArray[np.bool_]:
        """Columns within rounding (`householder.keep_tolerance`) of the span of the lower
        powers although x has enough distinct values for them to be independent: floats cannot
        resolve the directions they add (x in a cluster 1e-12 wide beside a far point), so an
        answer that leaves them out may be far from the exact minimum."""
        k = len(self.mu)
        out = np.zeros(k, dtype=bool)
        if self.obj.model.classification or k == 1:
            return out
        r = self.triangle.r
        sizes = np.sqrt(np.einsum("ij,ij->j", self.z, self.z))
        if not np.any(self.q_root) and len(r) == k and np.all(np.abs(np.diag(r)) > 1e-8 * sizes):
            return out  # every column clearly outside the others' span
        stacked = np.vstack([r, self.q_root])
        stacked[:, self.pinned] = 0.0
        work = np.vstack([stacked.T, np.zeros(len(stacked))])
        kept = householder.triangularize(work, k, drop=householder.keep_tolerance(*self.z.shape)).kept
        if np.all(kept | self.pinned):
            return out
        top = min(len(np.unique(self.obj.x)), k)
        out[:top] = ~kept[:top] & ~self.pinned[:top]
        return out

    @cached_property
    def triangle(self) -> householder.Triangle:
        """The Householder QR of [Z, y']: R and Qᵀy' hold every least-squares question about Z."""
        return householder.triangularize(np.vstack([self.z.T, self.y]), len(self.mu))

    def _cap_band(self) -> float:
        """How close to the cap C' a prediction is on it, to rounding."""
        return CAP_ULPS * EPS * max(1.0, abs(self.cap.at)) if self.cap is not None else 0.0

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

    @cached_property
    def _products(self) -> exactdot.Products:
        return exactdot.Products(self.z)

    @cached_property
    def _exact_products(self) -> exactdot.Products:
        """Products for the data themselves: Z and what its entries lost to rounding."""
        products = exactdot.Products(self.z, self.coords.design_error(self.obj.x))
        return products

    def _products_for(self, theta: Array) -> exactdot.Products:
        return self._products if self._products.plain(theta) else self._exact_products

    def cancels(self, theta: Array) -> bool:
        """True when the terms of Z·θ (or of the L2 penalty's β) are so much larger than their
        sum that plain products would lose digits (then they are summed exactly)."""
        return not self._products.plain(theta) or (len(self.q_root) > 0 and not self._penalty_products.plain(theta))

    def predictions(self, theta: Array) -> Array:
        """p' = Z·θ (scaled predictions); where the terms cancel, summed exactly for the exact
        powers of the data (`exactdot`, `Coordinates.design_error`)."""
        return self._products_for(theta)(theta)

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
        grad = self.z.T @ dl
        if len(self.q_root):
            root = self.penalty_root(theta)
            total += 0.5 * float(root @ root)
            grad = grad + self.q_root.T @ root
        h = (self.z.T * curv) @ self.z + self.q if curv is not None else np.zeros_like(self.q)
        return total, grad, h

    def penalty_root(self, theta: Array) -> Array:
        """Q's root times θ (½θᵀQθ = ½‖that‖²), exact to rounding where β cancels."""
        with np.errstate(all="ignore"):
            root = self._root_scale * self._penalty_products(theta)
        return root if np.all(np.isfinite(root)) else np.asarray(self.q_root @ theta)

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

    def _slope_sizes(self, theta: Array) -> Array:
        """Σ_i |Z_ij| times the size of point i's slope: w·D at one unit of error."""
        return self._column_sizes

    def term_sizes(self, theta: Array) -> Array:
        """T_i = |y'_i| + Σ_j |Z_ij·θ_j|: the size of the terms of point i's error (or logit),
        which rounding moves by about ε·T_i."""
        return np.asarray(np.abs(self.y) + np.abs(self.z) @ np.abs(theta))

    def denominators(self, theta: Array) -> Array:
        """The size of the terms of each coordinate's optimality condition: the slopes at one
        unit of error, their change over the rounding of the errors (h_i·T_i, large where the
        coefficients are), the L2 and L1 terms, and the cap's slopes."""
        size = self._slope_sizes(theta) + self.mu
        if len(self.q_root):  # the L2 term's gradient Q's rootᵀ·(root·θ), its root exact to rounding
            root = np.abs(self.penalty_root(theta)) + self._root_scale * self._penalty_products.bounds(theta)
            size = size + np.abs(self.q_root).T @ root
        if not self.piecewise_linear or self.cap is not None:
            curv, _, _ = newton.weighted_rows(self, theta)
            size = size + (np.abs(curv) * self.term_sizes(theta)) @ np.abs(self.z)
        if self.cap is not None:
            slope = self.cap.terms(self.predictions(theta))[1]
            size = size + self.w * (slope @ np.abs(self.z))
        return np.asarray(size)

    def rounding(self, theta: Array) -> tuple[float, float, float]:
        """S, the size of the terms of J'(θ); how far the computed J' may be from the exact
        one (8·ε·S, and each prediction's own bound from `exactdot.Products.bounds` times its
        slope, 8 times over); and the floor Σ h_i·(ε·T_i)² below which no float θ can go:
        θ's last digits alone move point i by up to ½ε·T_i (on a kink, D·ε·T_i: first order)."""
        key = np.asarray(theta, dtype=float).tobytes()
        if self._last_rounding[0] != key:
            self._last_rounding = (key, self._rounding(theta))
        return self._last_rounding[1]

    def _rounding(self, theta: Array) -> tuple[float, float, float]:
        curv, slope, p = newton.weighted_rows(self, theta)
        value, _ = self.loss.loss_gradient(p, self.y)
        a = np.abs(theta)
        size = float(self.w * np.sum(np.abs(value)) + np.abs(slope) @ (np.abs(p) + np.abs(self.y))
                     + self.mu @ a)
        if self.cap is not None:
            size += self.w * self.cap.total(p)
        bounds = self._products_for(theta).bounds(theta)
        t = self.term_sizes(theta)
        floor = float(np.abs(curv) @ ((EPS * t) ** 2))  # |h|: Brier curves down where a point is surely wrong
        if len(self.q_root):  # the penalty's own products and Q's curvature
            root = self.penalty_root(theta)
            size += float(root @ root)
            bounds_q = self._root_scale * self._penalty_products.bounds(theta)
            size_q = np.abs(self.q_root) @ a
            floor += float((EPS * size_q) @ (EPS * size_q))
            bounds = np.concatenate([np.abs(slope) * bounds, np.abs(root) * bounds_q])
            slope = np.ones(len(bounds))
        if self.piecewise_linear:  # on a kink J' moves to first order: D·ε·T_i
            pieces = self.loss.pieces
            gap = 1.0 - (2.0 * self.y - 1.0) * p if pieces is not None and pieces.margin else p - self.y
            near = np.abs(gap) <= 64.0 * EPS * t
            floor += self.w * self._slope_scale * EPS * float(np.sum(t[near]))
        return size, 8.0 * (EPS * size + float(np.abs(slope) @ bounds)) + floor, floor

    def kink_slopes(self, p: Array) -> tuple[NDArray[np.bool_], Array, Array]:
        """For a piecewise-linear loss: which points sit on a kink, and the lowest and highest
        slope dℓ'/dp' allowed there."""
        pieces = self.loss.pieces
        assert pieces is not None
        return pieces.kinks(p, self.y, KINK)
