"""The penalties of J: the prediction cap, and L1 / L2 on every coefficient but the intercept.

    J(β) = R(ℓ(p_i, y_i) + λ_C·max(0, p_i − C)²) + λ2·Σ_{j≥1} β_j² + λ1·Σ_{j≥1} |β_j|

The cap term is reduced with the loss; L1 and L2 are added as they are, not divided by n.
`Penalties` writes these terms for the objective, the landscape and the solvers, whose
coordinates θ (β = M·θ, errors in units of y's spread) get theirs from `Penalties.scaled`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from .losses import dot
from .parameters import finite, non_negative

Array = NDArray[np.float64]
#: penalty weights are kept below this in scaled coordinates: past it the coefficient is 0 to rounding anyway
HUGE = 1e300

CAP = finite("cap", "C", 120.0, (-1e9, 1e9), "penalise predictions above C: λ·R(max(0, p − C)²)", step=1.0)
CAP_WEIGHT = non_negative("cap_weight", "λ", 1.0, (0.0, 1e6), "λ of the cap penalty", "cap-weight")
L2 = non_negative("l2", "λ", 0.0, (0.0, 1e6), "ridge: + λ·Σ β_j² over every coefficient but the intercept")
L1 = non_negative("l1", "λ", 0.0, (0.0, 1e6), "lasso: + λ·Σ |β_j| over every coefficient but the intercept")
#: the penalties' settings, in the panel's order
PENALTY_PARAMETERS = (CAP, CAP_WEIGHT, L2, L1)


@dataclass(frozen=True)
class Cap:
    """λ·max(0, p − C)² per prediction p: the cap C (`at`) with its weight λ."""

    at: float
    weight: float

    @property
    def rate(self) -> float:
        """2λ: the term's second derivative above C."""
        return 2.0 * self.weight

    def excess(self, p: Array) -> Array:
        """max(0, p − C)."""
        return np.maximum(p - self.at, 0.0)

    def values(self, p: Array) -> Array:
        """The cap term of each prediction."""
        over = self.excess(p)
        return self.weight * over * over

    def terms(self, p: Array) -> tuple[Array, Array]:
        """The cap term of each prediction and its derivative 2λ·max(0, p − C)."""
        over = self.excess(p)
        return self.weight * over * over, self.rate * over

    def total(self, p: Array) -> float:
        """Σ λ·max(0, p − C)²."""
        over = self.excess(p)
        return self.weight * float(over @ over)

    def curvature(self, p: Array) -> Array:
        """The second derivative 2λ where p > C, 0 below."""
        return np.asarray(self.rate * (p > self.at), dtype=float)

    def add_gradient(self, over: Array, grad: Array) -> float:
        """Σ λ·max(0, p − C)² from `over` holding p − C (it is overwritten), adding the derivative to `grad`."""
        np.maximum(over, 0.0, out=over)
        value = self.weight * dot(over, over)
        over *= self.rate
        grad += over
        return value


@dataclass(frozen=True)
class Penalties:
    """Penalty weights: the prediction cap C with its weight, and L1 / L2 on β1..βd."""

    cap: float | None = None
    cap_weight: float = 0.0
    l1: float = 0.0
    l2: float = 0.0

    def __post_init__(self) -> None:
        for p in (CAP_WEIGHT, L1, L2):
            p.check(getattr(self, p.name))
        if self.cap is not None:
            CAP.check(self.cap)

    @property
    def capped(self) -> bool:
        return self.cap is not None and self.cap_weight > 0.0

    @property
    def cap_term(self) -> Cap | None:
        """The cap term, when the cap is on."""
        return Cap(float(self.cap), self.cap_weight) if self.capped and self.cap is not None else None

    @property
    def on_coefficients(self) -> bool:
        """True when L1 or L2 is on."""
        return bool(self.l1 or self.l2)

    @staticmethod
    def penalised(k: int) -> NDArray[np.bool_]:
        """The coefficients L1 and L2 weigh: every one but the intercept β0."""
        return np.arange(k) > 0

    # --- L1 and L2 -------------------------------------------------------------------------

    def value(self, beta: Array) -> float:
        """λ2·Σβ_j² + λ1·Σ|β_j| over the penalised coefficients."""
        b = np.asarray(beta)[self.penalised(len(beta))]
        return (self.l2 * float(b @ b) if self.l2 else 0.0) + (self.l1 * float(np.sum(np.abs(b))) if self.l1 else 0.0)

    def value_and_grad(self, beta: Array) -> tuple[float, Array]:
        """The L1 and L2 terms and their (sub)gradient, sign(β_j) for |β_j| (0 at 0)."""
        if not self.on_coefficients:
            return 0.0, np.zeros_like(beta)
        b = np.where(self.penalised(len(beta)), beta, 0.0)
        value = self.l2 * float(b @ b) + self.l1 * float(np.abs(b).sum())
        return value, 2.0 * self.l2 * b + self.l1 * np.sign(b)

    def hessian(self, k: int) -> Array:
        """The L2 term's Hessian: 2λ2 on the diagonal of the penalised coefficients."""
        return np.diag(np.where(self.penalised(k), 2.0 * self.l2, 0.0))

    def on_plane(self, base: Array, i: int, j: int, a: Array, b: Array) -> Array:
        """The L1 and L2 terms at β = base + a·e_i + b·e_j for arrays a, b of one shape."""
        if not self.on_coefficients:
            return np.zeros_like(a)
        mask = self.penalised(len(base))
        rest = np.where(mask, base, 0.0)
        rest[i] = rest[j] = 0.0
        out = np.full_like(a, self.l2 * float(rest @ rest) + self.l1 * float(np.abs(rest).sum()))
        for k, offset in ((i, a), (j, b)):
            if mask[k]:
                v = base[k] + offset
                out = out + self.l2 * v * v + self.l1 * np.abs(v)
        return out

    # --- in the solvers' coordinates ----------------------------------------------------------

    def scaled(self, matrix: Array, exponent: int, y0: float, sy: float) -> ScaledPenalties:
        """The penalties in coordinates θ with β = M·θ (M = `matrix`), predictions p' = (p − y0)/s_y
        and J divided by 2^`exponent` (s_y a power of two).

        Weights past the floats (y near 1e-300) are held at HUGE: such a penalty holds its
        coefficient at 0 to rounding, and HUGE says so.
        """
        k = len(matrix)
        pen = self.penalised(k)
        rows = matrix[pen]
        with np.errstate(over="ignore", invalid="ignore", under="ignore"):
            q = np.ldexp(2.0 * self.l2 * (rows.T @ rows), -exponent) if self.l2 else np.zeros((k, k))
            mu = np.zeros(k)
            if self.l1:
                mu[pen] = np.minimum(np.ldexp(self.l1 * np.abs(np.diag(matrix)[pen]), -exponent), HUGE)
            cap = None
            if self.capped:
                weight = np.ldexp(self.cap_weight, 2 * (math.frexp(sy)[1] - 1) - exponent)
                cap = Cap((float(self.cap or 0.0) - y0) / sy, float(min(weight, HUGE)))
        return ScaledPenalties(np.clip(np.where(np.isnan(q), 0.0, q), -HUGE, HUGE), mu, cap)


@dataclass(frozen=True)
class ScaledPenalties:
    """The penalties in the solvers' coordinates θ: ½θᵀQθ (L2), Σ μ_j·|θ_j| (L1), and the cap on
    the scaled predictions, reduced with the loss (w·Σ λ'·max(0, p' − C')²)."""

    q: Array
    mu: Array
    cap: Cap | None

    @property
    def penalised(self) -> NDArray[np.bool_]:
        """The coordinates with an L1 weight."""
        return self.mu > 0

    def without_l2(self) -> ScaledPenalties:
        """The same without L2: the linear program's (which sees the cap only as a wall, when it is stiff)."""
        return ScaledPenalties(np.zeros_like(self.q), self.mu, self.cap)

    def l1(self, theta: Array) -> float:
        """Σ μ_j·|θ_j|."""
        on = theta != 0.0
        return float(np.sum(self.mu[on] * np.abs(theta[on])))

    def l1_rows(self, columns: NDArray[np.intp], k: int, between: int) -> Any:
        """The rows of |θ_j| ≤ t_j for θ_j in `columns` (one t_j each) over the variables
        (θ (k of them), `between` others, t): [S, 0, −I] and [−S, 0, −I], each row ≤ 0 (S selects
        the columns). A sparse matrix (SciPy)."""
        from scipy import sparse

        m = len(columns)
        sel = sparse.csr_matrix((np.ones(m), (np.arange(m), columns)), shape=(m, k))
        zeros = sparse.csr_matrix((m, between))
        minus = -sparse.identity(m, format="csr")
        return sparse.vstack([sparse.hstack([sel, zeros, minus]), sparse.hstack([-sel, zeros, minus])], format="csr")

    def cap_rows(self, z: Array, between: int, slack: bool, after: int) -> tuple[Any, Array]:
        """The rows and right-hand side of p'_i − s_i ≤ C' (p' = Z·θ) over the variables (θ, `between`
        others, the slacks s if `slack`, `after` others): the QP's cap slacks s_i ≥ p'_i − C', or with
        no slacks the LP's wall p' ≤ C' (a stiff cap). A sparse matrix (SciPy)."""
        from scipy import sparse

        n = len(z)
        parts = [sparse.csr_matrix(z), sparse.csr_matrix((n, between))]
        if slack:
            parts.append(-sparse.identity(n, format="csr"))
        parts.append(sparse.csr_matrix((n, after)))
        return sparse.hstack(parts, format="csr"), np.full(n, self.cap.at if self.cap else np.inf)

    def cap_hessian(self, n: int, w: float) -> Any:
        """The QP's Hessian block of the cap's slacks s_i ≥ p'_i − C' (costing w·λ'·s_i²): 2·w·λ'·I."""
        from scipy import sparse

        return w * (self.cap.rate if self.cap else 0.0) * sparse.identity(n)
