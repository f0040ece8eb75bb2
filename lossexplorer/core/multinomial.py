"""The exact answer of the softmax model: Newton's method on the convex J without its flat directions.

Adding one vector (a number per feature) to every row of B (K × 3) changes no probability, so
J is flat along those three directions and an answer is defined only up to them. The answer
kept has rows that sum to zero in every column: B = C·Θ with C (K × (K−1)) an orthonormal basis of the
vectors that sum to zero (Helmert's), so Θ ((K−1) × 3) has no flat direction left, and the L2
penalty λ·Σ_k Σ_{j≥1} β_kj² = λ·Σ_{j≥1} ‖Θ_j‖² (scaled) keeps its form: the penalised answer
over all K rows has rows summing to zero anyway (the penalty is least there for any shift),
so nothing is lost. The features are centred and scaled by powers of two (`basis`), as for
the logistic model.

Newton's method from Θ = 0 (every class equally likely) takes the full step while it lowers
J and halves it otherwise; it stops when the gradient is at rounding. Each step comes from a
Householder QR of the design weighted by each point's curvature (`SoftmaxProblem.steps`), never
from the Hessian, which squares the condition of features close together; the scores are
summed exactly where their terms cancel (`exactdot`). Converged means what `kkt` says it means
for the other losses: the gradient at rounding against the size of its terms,
w·Σ_i |z_if|·Σ_k |C_ka|·(p̂_ik + t_ik + p̂_ik·(1 − p̂_ik)·T_i), no Newton step lowering J beyond
its rounding, and floats holding J. An L1 penalty is not solved here: Σ|β_kj| is not a
function of Θ alone (its best shift of the rows is their median, not their mean).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import NDArray

from . import exactdot, newton
from .basis import Coordinates, coordinates
from .existence import softmax_unbounded
from .kkt import decrement, held
from .losses import softmax
from .models import ROW, make_model
from .objective import Objective

if TYPE_CHECKING:
    from .solve import Solution

Array = NDArray[np.float64]
EPS = 2.220446049250313e-16
#: Newton steps at most (it needs about ten; the rest is for a start far from the answer)
MAX_STEPS = 200


def sum_zero_basis(k: int) -> Array:
    """C (k × (k−1)): orthonormal columns, each summing to zero (Helmert's contrasts)."""
    c = np.zeros((k, k - 1))
    for j in range(1, k):
        c[:j, j - 1] = 1.0
        c[j, j - 1] = -float(j)
        c[:, j - 1] /= math.sqrt(j * (j + 1.0))
    return c


@dataclass(frozen=True)
class RowCoordinates(Coordinates):
    """θ = Θ ((K−1) rows of 3, flat) ↦ β = C·Θ·Mᵀ (K rows of 3, flat), with M the logistic
    model's scaled coordinates (centred, scaled features) and C `sum_zero_basis`."""

    basis: Array = field(default_factory=lambda: np.zeros((0, 0)), compare=False)

    @cached_property
    def features(self) -> Coordinates:
        """The logistic model's coordinates of the features: one row of the softmax's."""
        return Coordinates(make_model("logistic"), 0.0, 1.0, 0.0, 1.0, self.columns, self.feature_centres)

    @cached_property
    def matrix(self) -> Array:
        return self.features.matrix

    def design(self, x: Array) -> Array:
        """Z (n × 3): the rows (1, c1·(x1 − m1), c2·(x2 − m2))."""
        return self.features.design(x)

    def rows(self, theta: Array) -> Array:
        """The scaled rows C·Θ (K × 3)."""
        return np.asarray(self.basis @ np.asarray(theta, dtype=float).reshape(-1, ROW))

    def predict(self, theta: Array, x: Array) -> Array:
        """The scores (n × K) at x."""
        return np.asarray(self.design(np.asarray(x, dtype=float)) @ self.rows(theta).T)

    def beta(self, theta: Array) -> Array:
        return np.asarray((self.rows(theta) @ self.matrix.T).ravel())


class SoftmaxProblem:
    """J in the coordinates Θ: value, gradient, Hessian, and how far Θ is from its minimum."""

    def __init__(self, obj: Objective, coords: RowCoordinates) -> None:
        self.obj, self.coords = obj, coords
        self.z = coords.design(obj.x)
        self.c = coords.basis
        self.k = obj.model.classes
        self.w = obj.weight
        self.targets = obj.loss.targets(obj.y, self.k)  # type: ignore[attr-defined]
        scale = np.asarray(coords.columns, dtype=float) ** 2
        scale[0] = 0.0  # the intercepts are not penalised
        self.q = np.tile(2.0 * obj.penalties.l2 * scale, self.k - 1)  # the diagonal of Q
        self._plain = exactdot.Products(self.z)

    @cached_property
    def _exact(self) -> exactdot.Products:
        """Products for the data themselves: Z and what its entries lost to rounding."""
        return exactdot.Products(self.z, self.coords.features.design_error(self.obj.x))

    def _products(self, rows: Array) -> exactdot.Products:
        return self._plain if all(self._plain.plain(row) for row in rows) else self._exact

    def scores(self, theta: Array) -> Array:
        """S = Z·(C·Θ)ᵀ (n × K); where the terms cancel, summed exactly for the data (`exactdot`)."""
        rows = self.coords.rows(theta)
        products = self._products(rows)
        return np.column_stack([products(row) for row in rows])

    def value(self, theta: Array) -> float:
        terms = self.obj.loss.value(self.scores(theta), self.obj.y)
        return self.w * float(np.sum(terms)) + 0.5 * float(theta @ (self.q * theta))

    def gradient(self, theta: Array) -> tuple[Array, Array]:
        """∇J and p̂ (n × K)."""
        prob = softmax(self.scores(theta))
        slopes = self.w * (prob - self.targets)
        grad = (self.c.T @ (slopes.T @ self.z)).ravel()
        return np.asarray(grad + self.q * theta), prob

    def hessian(self, prob: Array) -> Array:
        """Σ_i w·(Cᵀ·(diag p̂_i − p̂_i·p̂_iᵀ)·C) ⊗ z_i·z_iᵀ, plus Q."""
        h = np.einsum("iab,if,ig->afbg", self.w * self._inner(prob), self.z, self.z)
        m = (self.k - 1) * ROW
        return np.asarray(h.reshape(m, m) + np.diag(self.q))

    def _inner(self, prob: Array) -> Array:
        """Cᵀ·(diag p̂_i − p̂_i·p̂_iᵀ)·C per point (n × (K−1) × (K−1)), with p̂_k·(1 − p̂_k) as
        p̂_k·Σ_{l≠k} p̂_l: no cancellation for a sure point."""
        off = 1.0 - np.eye(self.k)
        diagonal = np.einsum("ik,ka,kb->iab", prob * (prob @ off), self.c, self.c)
        cross = np.einsum("ik,il,kl,ka,lb->iab", prob, prob, off, self.c, self.c)  # Σ_{k≠l} p̂_k·p̂_l·C_k·C_l
        return np.asarray(diagonal - cross)

    def term_sizes(self, theta: Array) -> Array:
        """T_i = max_k Σ_f |Z_if·B_kf|: the size of the terms of point i's scores."""
        return np.asarray(np.max(np.abs(self.z) @ np.abs(self.coords.rows(theta)).T, axis=1))

    def violation(self, theta: Array) -> float:
        """The largest gradient component over the size of the terms that make it up: the slopes
        p̂ − t and their change over the rounding of the scores (p̂·(1 − p̂)·T_i, as `kkt`)."""
        grad, prob = self.gradient(theta)
        change = prob * (prob @ (1.0 - np.eye(self.k))) * self.term_sizes(theta)[:, None]
        size = (prob + self.targets + change) @ np.abs(self.c)  # (n, K−1)
        den = self.w * (size.T @ np.abs(self.z)).ravel() + np.abs(self.q * theta)
        with np.errstate(divide="ignore", invalid="ignore"):
            worst = np.where(den > 0, np.abs(grad) / den, np.where(grad == 0, 0.0, math.inf))
        value = float(np.max(worst)) if len(worst) else 0.0
        return value if math.isfinite(value) else math.inf

    def rounding(self, theta: Array) -> tuple[float, float, float]:
        """S, the size of J's terms; how far the computed J may be from the exact one; and the
        floor Σ h_i·(ε·T_i)² below which no float Θ can go (as `ScaledProblem.rounding`)."""
        rows = self.coords.rows(theta)
        products = self._products(rows)
        scores = np.column_stack([products(row) for row in rows])
        bounds = np.column_stack([products.bounds(row) for row in rows])
        terms, slopes = self.obj.loss.loss_gradient(scores, self.obj.y)
        prob = slopes + self.targets
        size = self.w * float(np.sum(np.abs(terms)) + np.sum(np.abs(slopes) * np.abs(scores)))
        size += 0.5 * float(theta @ (self.q * theta))
        curvature = self.w * np.sum(prob * (prob @ (1.0 - np.eye(self.k))), axis=1)
        floor = float(curvature @ ((EPS * self.term_sizes(theta)) ** 2))
        noise = 8.0 * (EPS * size + self.w * float(np.sum(np.abs(slopes) * bounds))) + floor
        return size, noise, floor

    def steps(self, theta: Array, truncate: bool) -> tuple[Array | None, Array | None]:
        """The Newton step by Householder QR (`newton.solve_rows`), never from the Hessian, whose
        forming squares the condition of the features (x2 within 1e-9 of x1): with
        Cᵀ·W_i·C = V_i·Λ_i·V_iᵀ, the rows of A are √(w·λ_im)·(V_i[:, m] ⊗ z_i) and v_im =
        w·(V_iᵀ·Cᵀ·(p̂_i − t_i))_m/√(w·λ_im); a direction of a point with little curvature (a
        sure point) gives its slope to b instead, as in `newton.steps`."""
        with np.errstate(all="ignore"):
            prob = softmax(self.scores(theta))
            vals, vecs = np.linalg.eigh(self._inner(prob))  # per point: (K−1) × (K−1)
            vals = np.maximum(vals, 0.0)
            along = np.einsum("iam,ia->im", vecs, (prob - self.targets) @ self.c)  # V_iᵀ·Cᵀ·(p̂ − t)
            big = vals > newton.CURVED * float(np.max(vals, initial=0.0))
            root = np.sqrt(self.w * vals)
            weighted = vecs * np.where(big, root, 0.0)[:, None, :]
            m = (self.k - 1) * ROW
            columns = np.einsum("iam,if->afim", weighted, self.z).reshape(m, -1)[:, big.ravel()]
            v = (self.w * along / np.where(big, root, 1.0)).ravel()[big.ravel()]
            b = np.einsum("iam,im,if->af", vecs, np.where(big, 0.0, self.w * along), self.z).ravel()
            ridge = np.flatnonzero(self.q > 0)
            extra = np.zeros((m, len(ridge)))
            extra[ridge, np.arange(len(ridge))] = np.sqrt(self.q[ridge])
            work = np.vstack([np.hstack([columns, extra]), np.concatenate([v, np.sqrt(self.q[ridge]) * theta[ridge]])])
        return newton.solve_rows(np.ascontiguousarray(work), b, theta, truncate)

    def decrement(self, theta: Array) -> float:
        """How much a Newton step lowers J beyond rounding (`kkt.decrement`): J is convex, so
        a lower J proves Θ is not the minimum, whatever the gradient says."""
        d, flat = self.steps(theta, truncate=True)
        steps = [d, flat]
        if d is None or flat is not None:
            with np.errstate(all="ignore"):
                grad, prob = self.gradient(theta)
                steps.append(-newton.from_hessian(self.hessian(prob), grad))
        return decrement(self.value, self.rounding, theta, steps)


def _direction(problem: SoftmaxProblem, theta: Array, current: float) -> Array:
    """The Newton step by QR; where floats cannot resolve every direction, the better (by J at
    its best halving) of the QR step truncated to those they can and the Hessian's, lifted."""
    d, _ = problem.steps(theta, truncate=False)
    if d is not None:
        return d
    truncated, _ = problem.steps(theta, truncate=True)
    grad, prob = problem.gradient(theta)
    lifted = -newton.from_hessian(problem.hessian(prob), grad)
    best, best_value = lifted, math.inf
    for d in (truncated, lifted):
        if d is None or not np.all(np.isfinite(d)):
            continue
        t = 1.0
        while t > 2.0**-60:
            value = problem.value(theta + t * d)
            if value < current:
                if value < best_value:
                    best, best_value = d, value
                break
            t *= 0.5
    return best


def minimize(problem: SoftmaxProblem, check: Any = lambda: None) -> tuple[Array, int]:
    """Θ at the minimum from Θ = 0, and the number of Newton steps.

    Near the minimum J changes by less than its rounding while the gradient still falls: the
    full step is taken when J stays within its rounding and the gradient falls; otherwise the
    largest of 1, ½, ¼, … that lowers J. The loop ends when the gradient is at rounding or no
    step makes progress."""
    theta = np.zeros((problem.k - 1) * ROW)
    current = problem.value(theta)
    size = problem.violation(theta)
    steps = 0
    while steps < MAX_STEPS and size > 1e-15:
        check()
        d = _direction(problem, theta, current)
        noise = 1e-14 * (abs(current) + 1.0)  # J is a mean of terms of about one unit
        full = theta + d
        value = problem.value(full)
        if value < current or (value <= current + noise and problem.violation(full) < size):
            theta, current = full, min(value, current)
        else:
            t = 0.5
            while t > 2.0**-60 and not problem.value(theta + t * d) < current:
                t *= 0.5
            if t <= 2.0**-60:
                break  # no step along d lowers J: the minimum to rounding
            theta = theta + t * d
            current = problem.value(theta)
        steps += 1
        size = problem.violation(theta)
    return theta, steps


def solve_softmax(obj: Objective, check: Any = lambda: None) -> Solution:
    """The minimizer of a softmax objective, or a Solution that says why there is none.

    Converged means what it means for the other losses (`kkt`): the gradient at rounding, no
    Newton step lowering J beyond rounding, and floats holding J (the scores' terms not
    cancelling past `REPRESENTABLE`)."""
    from .solve import Solution, _failed, verdict

    if obj.penalties.l1:
        return _failed(obj, "not solved", "the exact answer of the softmax model takes an L2 penalty, not L1 "
                       "(with L1 the best rows need not sum to zero, and need not be unique)")
    reason = softmax_unbounded(obj)
    if reason:
        return _failed(obj, "existence check (linear program)", reason)
    k = obj.model.classes
    features = coordinates(make_model("logistic"), obj.x, obj.y)
    coords = RowCoordinates(obj.model, 0.0, 1.0, 0.0, 1.0, features.columns, features.feature_centres,
                            basis=sum_zero_basis(k))
    problem = SoftmaxProblem(obj, coords)
    theta, _ = minimize(problem, check)
    beta = coords.beta(theta)
    with np.errstate(all="ignore"):
        violation = max(problem.violation(theta), problem.decrement(theta))
        floats = held(*problem.rounding(theta))
    converged, message = verdict(violation, floats, [], obj.model)
    value = problem.value(theta)
    return Solution(
        coefficients=beta,
        objective=value,
        method="Newton's method",
        converged=converged,
        message=message,
        kkt_violation=violation,
        objective_log10=math.log10(value) if value > 0 else -math.inf if value == 0 else math.nan,
        coordinates=coords,
        theta=theta,
    )
