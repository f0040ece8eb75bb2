"""The objective J(β) = R(ℓ(p_i, y_i) + cap term) + λ2·Σβ_j² + λ1·Σ|β_j|.

R is the mean (default) or the sum over the n points; the penalties are `Penalties`'. For
squared losses without a cap the full-batch value and gradient come from sufficient
statistics gathered in one pass over the data, centred on (x̄, ȳ) (`QuadraticForm`), so an
epoch costs O(k²) whatever n is and large offsets lose no precision. A hand edit of a few
points updates them in O(k²) too (`Objective.edited`).
"""

from __future__ import annotations

import copy as _copy
import math
from functools import cached_property

import numpy as np
from numpy.typing import ArrayLike, NDArray

from .errors import InputError
from .losses import BLAS_BELOW, Loss
from .models import Model
from .penalties import Penalties
from .sufficient import FitReadings, QuadraticForm

Array = NDArray[np.float64]
REDUCTIONS = ("mean", "sum")


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
        classes = model.classes or 2
        bad = np.flatnonzero((y != np.floor(y)) | (y < 0) | (y >= classes))
        if bad.size:
            allowed = "0 or 1" if classes == 2 else f"whole numbers 0 … {classes - 1}"
            raise InputError(f"label of point {bad[0] + 1} is {y[bad[0]]:g}; labels must be {allowed}")
    return x, y


#: n·max|v|^(2d) must stay below this: the Gram matrix, the Hessian and squared errors need v^(2d)
LARGEST_SUM = 1e306


def check_magnitude(x: Array, y: Array, model: Model) -> tuple[float, float]:
    """Refuse values whose powers overflow: x^(2d) (d the degree) for the normal equations, y² for J.
    Returns max|x| and max|y|."""
    reach = float(np.max(np.abs(x))), float(np.max(np.abs(y)))
    _check_reach(reach, len(y), model)
    return reach


def _check_reach(reach: tuple[float, float], n: int, model: Model) -> None:
    log_n = math.log10(n)
    for name, big, power in (("x", reach[0], 2 * model.degree), ("y", reach[1], 2)):
        if power and big > 0 and power * math.log10(big) + log_n > math.log10(LARGEST_SUM):
            what = f"x^{power} for model {model.name}" if name == "x" else "y²"
            raise InputError(f"{name} reaches {big:.3g}, too large ({what} overflows); rescale {name}")


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
        if (loss.kind == "classification") != model.classification or loss.multiclass != model.softmax:
            need = f"the {loss.default_model} model" if loss.kind == "classification" else "a regression model"
            raise InputError(f"loss '{loss.name}' needs {need}, not '{model.name}'")
        reduction = reduction or loss.reduction
        if reduction not in REDUCTIONS:
            raise InputError(f"unknown reduction '{reduction}'; choose one of: mean, sum")
        self.loss = loss
        self.model = model
        self.x, self.y = check_points(x, y, model)
        loss.check_targets(self.y)
        self._reach = check_magnitude(self.x, self.y, model)
        self.n = len(self.y)
        self.edits = 0  # hand edits applied to the statistics since they were last gathered (`edited`)
        self.reduction = reduction
        self.weight = 1.0 / self.n if reduction == "mean" else 1.0
        self.penalties = penalties or Penalties()
        if self.penalties.capped and not loss.takes_cap:
            raise InputError(f"loss '{loss.name}' takes no cap penalty: its p is no single prediction on y's scale")
        self._cap = self.penalties.cap_term
        self._form = (
            QuadraticForm(model, self.x, self.y, self.weight * loss.square_weight)
            if loss.squared and self._cap is None
            else None
        )
        # work buffers for the in-place epoch: an Objective is not shared between threads
        self._in_place = loss.of_error
        buffers = self._in_place and self._form is None  # the statistics need no per-point buffers
        self._error = np.empty(self.n) if buffers else np.empty(0)
        self._dl = np.empty(self.n) if buffers else np.empty(0)
        self._over = np.empty(self.n) if self._in_place and self._cap is not None else np.empty(0)
        self._penalised = self.penalties.on_coefficients
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

    def edited(self, x: Array, y: Array, removed: ArrayLike, added: ArrayLike) -> Objective | None:
        """J of the points (x, y), which are these points with the rows `removed` ((m, 2): x, y)
        taken away and `added` put in (a click, a drag, a deletion): in O(k²) from the sufficient
        statistics, without a pass over the n points. None where only a full build will do (no
        statistics; an added value that is not finite or could overflow; an ill-conditioned
        Gram matrix). x and y are taken as they are (they must not change in place); rounding
        accumulates over edits, so `edits` counts them and a caller builds anew now and then."""
        form = self._form
        removed, added = np.asarray(removed, float).reshape(-1, 2), np.asarray(added, float).reshape(-1, 2)
        if form is None or self.model.classification or not np.all(np.isfinite(added)) or len(y) == 0:
            return None
        reach = (max([self._reach[0], *np.abs(added[:, 0]).tolist()]),
                 max([self._reach[1], *np.abs(added[:, 1]).tolist()]))
        try:
            _check_reach(reach, len(y), self.model)  # the largest values ever held: a bound, not always the max
        except InputError:
            return None
        new = form.edited(removed, added)
        if new is None:
            return None
        twin = _copy.copy(self)
        for name in ("design", "_powers", "_augmented", "_y_minus_cap"):  # built from the old points
            twin.__dict__.pop(name, None)
        twin.n = len(y)
        twin.weight = 1.0 / twin.n if self.reduction == "mean" else 1.0
        new.scale = twin.weight * self.loss.square_weight
        twin.x, twin.y, twin._form, twin._reach = x, y, new, reach
        twin._few = twin.n < BLAS_BELOW
        twin.edits = self.edits + 1
        return twin

    def readings(self, beta: Array) -> FitReadings | None:
        """The readouts of the fit β (RSS, TSS, R², r, the least-squares properties) in O(k²) from
        the sufficient statistics; None without them (or for the bias model)."""
        if self._form is None or not np.all(np.isfinite(beta)):
            return None
        with np.errstate(all="ignore"):
            return self._form.readings(self.model, beta, self._reach[1])

    def least_squares(self) -> Array | None:
        """The least-squares β from the sufficient statistics (squared losses without a cap),
        None without them."""
        return None if self._form is None else self._form.minimizer()

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
    def label(self) -> str:
        """J's name: the loss's short name ('MSE'), or J when a penalty or another reduction joins it."""
        pen = self.penalties
        if pen.capped or pen.on_coefficients or self.reduction != self.loss.reduction:
            return "J"
        return self.loss.short

    @property
    def n_coefficients(self) -> int:
        return self.model.n_coefficients

    @property
    def uses_statistics(self) -> bool:
        """True when full-batch epochs work from sufficient statistics (cost independent of n)."""
        return self._form is not None

    def quadratic_form(self) -> QuadraticForm | None:
        """J without L1/L2 as a quadratic form in β, when it is one (a squared loss, no cap)."""
        return self._form

    def predict(self, beta: Array) -> Array:
        return np.asarray(self.design @ beta)

    # --- pieces ---------------------------------------------------------------------

    def point_terms(self, p: Array, y: Array) -> tuple[Array, Array]:
        """Per-point ℓ plus the cap term, and their derivative with respect to p (any shape)."""
        value, grad = self.loss.loss_gradient(p, y)
        if self._cap is not None:
            cap, slope = self._cap.terms(p)
            value = value + cap
            grad = grad + slope
        return value, grad

    def point_values(self, p: Array, y: Array) -> Array:
        """Per-point ℓ plus the cap term (any shape)."""
        value = self.loss.value(p, y)
        return value + self._cap.values(p) if self._cap is not None else value

    # --- the objective --------------------------------------------------------------

    def value(self, beta: Array) -> float:
        return self.value_and_grad(beta)[0]

    def value_and_grad(self, beta: Array) -> tuple[float, Array]:
        """J(β) and ∇J(β) over all points."""
        beta = np.asarray(beta, dtype=float)
        w = self.weight
        if self._form is not None:
            value, grad = self._form.value_and_grad(beta)
        elif self._in_place:
            value, grad = self._in_place_epoch(beta)
            value *= w
        else:
            terms, dp = self.point_terms(self.design @ beta, self.y)
            value, grad = w * float(terms.sum()), w * (self.design.T @ dp)
        if self._penalised:
            pen_value, pen_grad = self.penalties.value_and_grad(beta)
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
        if self._cap is not None:
            np.add(e, self._y_minus_cap, out=self._over)  # p − C = e + y − C
            value += self._cap.add_gradient(self._over, dl)
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
        value, dp = self.point_terms(xb @ beta, self.y[idx])
        w = (1.0 if self.reduction == "mean" else float(self.n)) / len(idx)
        pen_value, pen_grad = self.penalties.value_and_grad(beta)
        return w * float(value.sum()) + pen_value, w * (xb.T @ dp) + pen_grad

    def per_point(self, beta: Array) -> tuple[Array, Array, Array]:
        """Predictions p, per-point loss ℓ(p, y) and dℓ/dp (without penalties)."""
        p = self.predict(beta)
        value, grad = self.loss.loss_gradient(p, self.y)
        return p, value, grad

    def hessian(self, beta: Array) -> Array:
        """∇²J(β) where the loss has a second derivative (piecewise for Huber and the cap)."""
        beta = np.asarray(beta, dtype=float)
        if self._form is not None:
            h = self._form.hessian()
        else:
            p = self.predict(beta)
            curv = self.loss.curvature(p, self.y)
            if self._cap is not None:
                curv = curv + self._cap.curvature(p)
            h = self.weight * (self.design.T * curv) @ self.design
        return np.asarray(h + self.penalties.hessian(self.n_coefficients))

    def max_stable_lr(self) -> float | None:
        """2/L for full-batch gradient descent on a squared loss (L: the Hessian's top eigenvalue)."""
        if self._form is None:
            return None
        top = float(np.linalg.eigvalsh(self.hessian(np.zeros(self.n_coefficients)))[-1])
        return 2.0 / top if top > 0 else math.inf
