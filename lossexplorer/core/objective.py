"""The objective J(β) = R(ℓ(p_i, y_i) + cap term) + λ2·Σβ_j² + λ1·Σ|β_j|.

R is the mean (default) or the sum over the n points; the L1/L2 penalties skip the intercept
β0 and are added as they are. For squared losses without a cap the full-batch value and
gradient come from sufficient statistics gathered in one pass over the data, centred on
(x̄, ȳ), so an epoch costs O(k²) whatever n is and large offsets lose no precision.
"""

from __future__ import annotations

import copy as _copy
import math
from dataclasses import dataclass
from functools import cached_property

import numpy as np
from numpy.typing import NDArray

from . import householder
from .basis import power_of_two
from .errors import InputError
from .losses import BLAS_BELOW, Loss, dot
from .models import Model

Array = NDArray[np.float64]
REDUCTIONS = ("mean", "sum")


@dataclass(frozen=True)
class Penalties:
    """Penalty weights: the prediction cap C with its weight, and L1 / L2 on β1..βd."""

    cap: float | None = None
    cap_weight: float = 0.0
    l1: float = 0.0
    l2: float = 0.0

    def __post_init__(self) -> None:
        for name in ("cap_weight", "l1", "l2"):
            value = getattr(self, name)
            if not (math.isfinite(value) and value >= 0.0):
                raise InputError(f"{name.replace('_', '-')} must be 0 or more, got {value:g}")
        if self.cap is not None and not math.isfinite(self.cap):
            raise InputError(f"cap must be a finite number, got {self.cap:g}")

    @property
    def capped(self) -> bool:
        return self.cap is not None and self.cap_weight > 0.0


def check_points(x: Array, y: Array, model: Model) -> tuple[Array, Array]:
    """x and y as float arrays of equal length, finite, labels 0/1 for classification."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    want_x_dims = 2 if model.classification else 1
    if x.ndim != want_x_dims or (model.classification and x.shape[1] != 2):
        shape = "(n, 2) features x1, x2" if model.classification else "one value per point"
        raise InputError(f"x must hold {shape}, got an array of shape {x.shape}")
    if y.ndim != 1 or len(y) != len(x):
        raise InputError(f"x and y must have the same length, got {len(x)} and {y.size}")
    if len(y) == 0:
        raise InputError("there are no points")
    for name, values in (("x", x), ("y", y)):
        bad = np.flatnonzero(~np.isfinite(values).reshape(len(values), -1).all(axis=1))
        if bad.size:
            raise InputError(f"{name} of point {bad[0] + 1} is not a finite number")
    if model.classification:
        bad = np.flatnonzero((y != 0) & (y != 1))
        if bad.size:
            raise InputError(f"label of point {bad[0] + 1} is {y[bad[0]]:g}; labels must be 0 or 1")
    return x, y


#: n·max|v|^(2d) must stay below this: the Gram matrix, the Hessian and squared errors need v^(2d)
LARGEST_SUM = 1e306


def check_magnitude(x: Array, y: Array, model: Model) -> None:
    """Refuse values whose powers overflow: x^(2d) (d the degree) for the normal equations, y² for J."""
    log_n = math.log10(len(y))
    for name, values, power in (("x", x, 2 * model.degree), ("y", y, 2)):
        big = float(np.max(np.abs(values)))
        if power and big > 0 and power * math.log10(big) + log_n > math.log10(LARGEST_SUM):
            what = f"x^{power} for model {model.name}" if name == "x" else "y²"
            raise InputError(f"{name} reaches {big:.3g}, too large ({what} overflows); rescale {name}")


class _SquaredStatistics:
    """RSS(β) and its gradient from the triangle of a QR of the centred design: O(k²) an epoch.

    With U the powers of u = (x − x̄)/s_x (s_x a power of two that puts u in [−1, 1], exactly),
    one Householder QR of [U, y − ȳ] (`householder`) gives R, c and ρ² such that for every β

        RSS(β) = ‖R·γ − c‖² + ρ²,   γ = P·β − ȳ·e0,   ∇RSS = 2·Pᵀ·Rᵀ·(R·γ − c)

    (P = diag(s_x^j)·T, T the binomial matrix with X = [(x − x̄)^j]·T), exactly for points
    within a few ulps of the data (the QR is backward stable), however ill-conditioned the
    columns: no least-squares answer is assumed, and RSS is off by about ε·‖r‖·‖|U|·|γ|‖, as
    a sum of residuals computed point by point is. (A quadratic form dᵀ·G·d around an answer
    squares the condition number, and loses everything where that answer is not exact.)
    The column of ones needs no reflection: one whose first column is 1/√n takes the means
    out of the others, R's first row is (√n, Σ_i U_ij/√n) and c_0 = Σ_i (y_i − ȳ)/√n.
    """

    def __init__(self, model: Model, x: Array, y: Array) -> None:
        x0 = float(np.mean(x))
        y0 = float(np.mean(y))
        k = model.n_coefficients
        n = len(x)
        sx = power_of_two(max(float(np.max(x)) - x0, x0 - float(np.min(x)), 0.0)) if k > 1 else 1.0
        rows = np.empty((k, n))  # u¹ … u^(k−1), then y − ȳ: the columns as contiguous rows
        if k > 1:
            np.subtract(x, x0, out=rows[0])
            rows[0] /= sx
        for j in range(1, k - 1):
            np.multiply(rows[j - 1], rows[0], out=rows[j])
        np.subtract(y, y0, out=rows[k - 1])
        sums = np.einsum("ij->i", rows)
        rows -= (sums / n)[:, None]
        tri = householder.triangularize(rows, k - 1)
        rank = tri.r.shape[0]
        root = math.sqrt(n)
        self.r = np.zeros((k, k))
        self.c = np.zeros(k)
        self.r[0, 0] = root
        self.r[0, 1:] = sums[: k - 1] / root
        self.c[0] = sums[k - 1] / root
        self.r[1 : 1 + rank, 1:] = tri.r
        self.c[1 : 1 + rank] = tri.c[:, 0]
        with np.errstate(over="ignore", under="ignore", invalid="ignore"):
            self.p = np.ldexp(model.centring(x0), np.arange(k)[:, None] * (math.frexp(sx)[1] - 1))
        self.y0 = y0
        # ∇ = 2·(R·P)ᵀ·u: one product an epoch
        self.rp_t = np.ascontiguousarray((self.r @ self.p).T)
        #: ρ², the RSS of the least-squares answer: what the QR leaves of y − ȳ outside the columns
        self.rss_min = float(tri.rest[0])

    def residual_part(self, beta: Array) -> Array:
        """u = R·γ − c: RSS(β) = ‖u‖² + ρ²."""
        d = self.p @ beta
        # ȳ is subtracted from (P·β)_0 alone: folding it into c would round away the small
        # part of u, which is all of the answer's precision at large offsets
        d[0] -= self.y0
        u = self.r @ d
        u -= self.c
        return u

    def rss_gradient(self, beta: Array) -> tuple[float, Array]:
        u = self.residual_part(beta)
        return float(u @ u) + self.rss_min, 2.0 * (self.rp_t @ u)

    def hessian(self) -> Array:
        """Hessian of the RSS with respect to β: 2·(R·P)ᵀ·(R·P) = 2·XᵀX."""
        h: Array = 2.0 * (self.rp_t @ self.rp_t.T)
        return h


class Objective:
    """J(β) for one loss, model, data set, reduction and set of penalties."""

    def __init__(
        self,
        loss: Loss,
        model: Model,
        x: Array,
        y: Array,
        reduction: str | None = None,
        penalties: Penalties | None = None,
    ) -> None:
        if (loss.kind == "classification") != model.classification:
            need = "the logistic model" if loss.kind == "classification" else "a regression model"
            raise InputError(f"loss '{loss.name}' needs {need}, not '{model.name}'")
        reduction = reduction or loss.reduction
        if reduction not in REDUCTIONS:
            raise InputError(f"unknown reduction '{reduction}'; choose one of: mean, sum")
        self.loss = loss
        self.model = model
        self.x, self.y = check_points(x, y, model)
        check_magnitude(self.x, self.y, model)
        self.n = len(self.y)
        self.reduction = reduction
        self.weight = 1.0 / self.n if reduction == "mean" else 1.0
        self.penalties = penalties or Penalties()
        k = model.n_coefficients
        self.penalized = np.arange(k) > 0  # every coefficient but the intercept
        self._stats = _SquaredStatistics(model, self.x, self.y) if loss.squared and not self.penalties.capped else None
        # work buffers for the in-place epoch: an Objective is not shared between threads
        self._in_place = loss.kind == "regression"
        self._error = np.empty(self.n) if self._in_place else np.empty(0)
        self._dl = np.empty(self.n) if self._in_place else np.empty(0)
        self._over = np.empty(self.n) if self._in_place and self.penalties.capped else np.empty(0)
        self._penalised = bool(self.penalties.l1 or self.penalties.l2)
        self._few = self.n < BLAS_BELOW  # few points: one BLAS call beats several NumPy loops

    def copy(self) -> Objective:
        """The same J with work buffers of its own, for another thread: the data, the sufficient
        statistics and the design are shared (read only), nothing is computed again."""
        twin = _copy.copy(self)
        twin._error, twin._dl = np.empty_like(self._error), np.empty_like(self._dl)
        twin._over = np.empty_like(self._over)
        if "_augmented" in self.__dict__:  # (Z, the (β, 1) buffer, w·Xᵀ): only the buffer is written
            z, beta_one, scaled_t = self._augmented
            twin.__dict__["_augmented"] = (z, beta_one.copy(), scaled_t)
        return twin

    @cached_property
    def design(self) -> Array:
        """X (n × k), built when first needed: gd on a squared loss never needs it."""
        return self.model.design(self.x)

    @cached_property
    def _powers(self) -> Array:
        """x¹ … x^d as contiguous rows, for the in-place gradient Σ dℓ/dp·x^j."""
        d = self.n_coefficients - 1
        rows = np.empty((d, self.n))
        for j in range(d):
            if j == 0:
                rows[0] = self.x
            else:
                np.multiply(rows[j - 1], self.x, out=rows[j])
        return rows

    @cached_property
    def _augmented(self) -> tuple[Array, Array, Array]:
        """For few points: Z = [X, −y] with a buffer (β, 1) so that e = Z·(β, 1) in one call,
        and w·Xᵀ so that ∇J = w·Xᵀ·dℓ in another (w: the reduction's weight)."""
        z = np.empty((self.n, self.n_coefficients + 1))
        z[:, :-1] = self.design
        np.negative(self.y, out=z[:, -1])
        beta_one = np.ones(self.n_coefficients + 1)
        return z, beta_one, np.ascontiguousarray(self.weight * self.design.T)

    @cached_property
    def _y_minus_cap(self) -> Array:
        return np.asarray(self.y - float(self.penalties.cap or 0.0))

    @property
    def n_coefficients(self) -> int:
        return self.model.n_coefficients

    @property
    def uses_statistics(self) -> bool:
        """True when full-batch epochs work from sufficient statistics (cost independent of n)."""
        return self._stats is not None

    def predict(self, beta: Array) -> Array:
        return np.asarray(self.design @ beta)

    # --- pieces ---------------------------------------------------------------------

    def _penalty(self, beta: Array) -> tuple[float, Array]:
        pen = self.penalties
        grad = np.zeros_like(beta)
        if not (pen.l1 or pen.l2):
            return 0.0, grad
        b = np.where(self.penalized, beta, 0.0)
        value = pen.l2 * float(b @ b) + pen.l1 * float(np.abs(b).sum())
        grad += 2.0 * pen.l2 * b + pen.l1 * np.sign(b)
        return value, grad

    def _point_terms(self, p: Array, y: Array) -> tuple[Array, Array]:
        """Per-point ℓ plus the cap term, and their derivative with respect to p."""
        value, grad = self.loss.loss_gradient(p, y)
        pen = self.penalties
        if pen.capped and pen.cap is not None:
            over = np.maximum(p - pen.cap, 0.0)
            value = value + pen.cap_weight * over * over
            grad = grad + 2.0 * pen.cap_weight * over
        return value, grad

    # --- the objective --------------------------------------------------------------

    def value(self, beta: Array) -> float:
        return self.value_and_grad(beta)[0]

    def value_and_grad(self, beta: Array) -> tuple[float, Array]:
        """J(β) and ∇J(β) over all points."""
        beta = np.asarray(beta, dtype=float)
        w = self.weight
        if self._stats is not None:
            rss, grad = self._stats.rss_gradient(beta)
            scale = w * self.loss.square_weight
            value, grad = scale * rss, scale * grad
        elif self._in_place:
            value, grad = self._in_place_epoch(beta)
            value *= w
        else:
            terms, dp = self._point_terms(self.design @ beta, self.y)
            value, grad = w * float(terms.sum()), w * (self.design.T @ dp)
        if self._penalised:
            pen_value, pen_grad = self._penalty(beta)
            value += pen_value
            grad += pen_grad
        return value, grad

    def _in_place_epoch(self, beta: Array) -> tuple[float, Array]:
        """Σ(ℓ + cap term) and the gradient w·Σ d(ℓ + cap term)/dp · x^j, in reused buffers.

        Few points: e = Z·(β, 1) and the gradient are one BLAS call each (the per-call cost
        is what counts there). Many: NumPy's single-threaded loops (BLAS's threads stall when
        the other cores are busy): p by Horner's rule, e = p − y once, the sums by einsum.
        """
        e, dl = self._error, self._dl
        if self._few:
            z, beta_one, scaled_t = self._augmented
            beta_one[:-1] = beta
            np.matmul(z, beta_one, out=e)
        else:
            self._errors_by_horner(beta, e)
        value = self.loss.error_sum_gradient(e, dl)
        pen = self.penalties
        if pen.capped:
            over = self._over
            np.add(e, self._y_minus_cap, out=over)  # p − C = e + y − C
            np.maximum(over, 0.0, out=over)
            value += pen.cap_weight * dot(over, over)
            over *= 2.0 * pen.cap_weight
            dl += over
        if self._few:
            return value, scaled_t @ dl
        grad = np.empty(len(beta))
        grad[0] = float(np.add.reduce(dl))
        if len(beta) > 1:
            grad[1:] = np.einsum("ji,i->j", self._powers, dl)
        grad *= self.weight
        return value, grad

    def _errors_by_horner(self, beta: Array, e: Array) -> None:
        """e = p − y into `e`, p by Horner's rule."""
        x = self.x
        if len(beta) == 1:
            e.fill(beta[0])
        else:
            np.multiply(x, beta[-1], out=e)
            for b in beta[-2:0:-1]:
                e += b
                e *= x
            e += beta[0]
        e -= self.y

    def batch_value_and_grad(self, beta: Array, idx: NDArray[np.intp]) -> tuple[float, Array]:
        """An unbiased estimate of J and ∇J from the points `idx` (a mini-batch)."""
        xb = self.design[idx]
        value, dp = self._point_terms(xb @ beta, self.y[idx])
        w = (1.0 if self.reduction == "mean" else float(self.n)) / len(idx)
        pen_value, pen_grad = self._penalty(beta)
        return w * float(value.sum()) + pen_value, w * (xb.T @ dp) + pen_grad

    def per_point(self, beta: Array) -> tuple[Array, Array, Array]:
        """Predictions p, per-point loss ℓ(p, y) and dℓ/dp (without penalties)."""
        p = self.predict(beta)
        value, grad = self.loss.loss_gradient(p, self.y)
        return p, value, grad

    def hessian(self, beta: Array) -> Array:
        """∇²J(β) where the loss has a second derivative (piecewise for Huber and the cap)."""
        beta = np.asarray(beta, dtype=float)
        h = np.zeros((self.n_coefficients, self.n_coefficients))
        if self._stats is not None:
            h += self.weight * self.loss.square_weight * self._stats.hessian()
        else:
            p = self.predict(beta)
            curv = self.loss.curvature(p, self.y)
            cap = self.penalties.cap
            if self.penalties.capped and cap is not None:
                curv = curv + 2.0 * self.penalties.cap_weight * (p > cap)
            h += self.weight * (self.design.T * curv) @ self.design
        h[self.penalized, self.penalized] += 2.0 * self.penalties.l2
        return h

    def max_stable_lr(self) -> float | None:
        """2/L for full-batch gradient descent on a squared loss (L: the Hessian's top eigenvalue)."""
        if not self.loss.squared or self.penalties.capped:
            return None
        top = float(np.linalg.eigvalsh(self.hessian(np.zeros(self.n_coefficients)))[-1])
        return 2.0 / top if top > 0 else math.inf
