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
J and halves it otherwise; it stops when the gradient is at rounding. The optimality
conditions are judged against the size of their terms, w·Σ_i |z_if|·Σ_k |C_ka|·(p̂_ik + t_ik),
as `kkt` does for the other losses. An L1 penalty is not solved here: Σ|β_kj| is not a
function of Θ alone (its best shift of the rows is their median, not their mean).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import NDArray

from .basis import Coordinates, coordinates
from .existence import softmax_unbounded
from .kkt import KKT_TOLERANCE
from .losses import softmax
from .models import ROW, make_model
from .objective import Objective

if TYPE_CHECKING:
    from .solve import Solution

Array = NDArray[np.float64]
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

    def scores(self, theta: Array) -> Array:
        return np.asarray(self.z @ self.coords.rows(theta).T)

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
        cp = prob @ self.c  # (n, K−1): Cᵀ·p̂_i
        inner = np.einsum("ik,ka,kb->iab", prob, self.c, self.c) - cp[:, :, None] * cp[:, None, :]
        h = np.einsum("iab,if,ig->afbg", self.w * inner, self.z, self.z)
        m = (self.k - 1) * ROW
        return np.asarray(h.reshape(m, m) + np.diag(self.q))

    def violation(self, theta: Array) -> float:
        """The largest gradient component over the size of the terms that make it up."""
        grad, prob = self.gradient(theta)
        size = (prob + self.targets) @ np.abs(self.c)  # (n, K−1)
        den = self.w * (size.T @ np.abs(self.z)).ravel() + np.abs(self.q * theta)
        with np.errstate(divide="ignore", invalid="ignore"):
            worst = np.where(den > 0, np.abs(grad) / den, np.where(grad == 0, 0.0, math.inf))
        value = float(np.max(worst)) if len(worst) else 0.0
        return value if math.isfinite(value) else math.inf


def newton_step(h: Array, g: Array) -> Array:
    """−H⁻¹·g by Cholesky of the diagonally scaled H; flat directions (points that make no
    use of a feature) get no step."""
    scale = np.sqrt(np.abs(np.diag(h)))
    scale = np.where(scale > 0, scale, 1.0)
    hs = h / scale[:, None] / scale[None, :]
    try:
        lower = np.linalg.cholesky(hs)
        return np.asarray(-np.linalg.solve(lower.T, np.linalg.solve(lower, g / scale)) / scale)
    except np.linalg.LinAlgError:
        vals, vecs = np.linalg.eigh(0.5 * (hs + hs.T))
        keep = vals > 1e-13 * float(np.max(np.abs(vals), initial=0.0))
        inverse = np.where(keep, 1.0 / np.where(keep, vals, 1.0), 0.0)
        return np.asarray(-(vecs @ (inverse * (vecs.T @ (g / scale)))) / scale)


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
        grad, prob = problem.gradient(theta)
        d = newton_step(problem.hessian(prob), grad)
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
    """The minimizer of a softmax objective, or a Solution that says why there is none."""
    from .solve import Solution, _failed

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
    violation = problem.violation(theta)
    converged = violation <= KKT_TOLERANCE
    value = obj.value(beta)
    message = "" if converged else (f"not exact: the optimality conditions hold only to {violation:.1e} "
                                    f"(converged means within {KKT_TOLERANCE:g})")
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
