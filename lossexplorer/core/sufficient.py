"""The sufficient statistics of a squared loss: RSS(β) and its gradient in O(k²) whatever n is,
gathered in one pass over the points and updated by a hand edit of a few points in O(k²); and
the readouts of a fit (RSS, TSS, R², r three ways, the least-squares properties) from them."""

from __future__ import annotations

import copy
import math
from typing import NamedTuple

import numpy as np
from numpy.typing import NDArray

from . import householder
from .basis import power_of_two
from .metrics import Property, judged_properties
from .models import Model

Array = NDArray[np.float64]


class FitReadings(NamedTuple):
    """What the readouts show of a fit β on the points, whatever the loss."""

    rss: float
    tss: float
    r2: float
    r_from_r2: float  # √R² with the slope's sign
    r_predictions: float  # corr(y, p) with the slope's sign
    r_linregress: float  # r of the points alone (the least-squares line's)
    properties: list[Property]


class QuadraticForm:
    """J(β) = c·RSS(β) of a squared loss w·e² without a cap (c = w times the reduction's weight),
    from the triangle of a QR of the centred design: O(k²) an epoch. Penalties are not included.

    With U the powers of u = (x − x̄)/s_x (s_x a power of two that puts u in [−1, 1], exactly),
    one Householder QR of [1, U, y − ȳ] (`householder`) gives R, c and ρ² such that for every β

        RSS(β) = ‖R·γ − c‖² + ρ²,   γ = P·β − ȳ·e0,   ∇RSS = 2·Pᵀ·Rᵀ·(R·γ − c)

    (P = diag(s_x^j)·T, T the binomial matrix with X = [(x − x̄)^j]·T), exactly for points
    within a few ulps of the data (the QR is backward stable), however ill-conditioned the
    columns: no least-squares answer is assumed, and RSS is off by about ε·‖r‖·‖|U|·|γ|‖, as
    a sum of residuals computed point by point is. (A quadratic form dᵀ·G·d around an answer
    squares the condition number, and loses everything where that answer is not exact.)
    The column of ones needs no reflection: one whose first column is 1/√n takes the means
    out of the others, R's first row is (√n, Σ_i U_ij/√n) and c_0 = Σ_i (y_i − ȳ)/√n.

    `edited` keeps the centre (x̄, ȳ) and s_x of the points it was gathered from (any centre
    near the data gives the same J, the mean only conditions it best) and turns R and c by
    Givens rotations: in for an added point, out (LINPACK's downdate) for a removed one.
    """

    #: an edit is refused (a full pass does it) when R, its columns scaled, is conditioned worse
    #: than this: each edit moves the answer by about cond·ε, and a caller makes a few hundred
    EDIT_CONDITION = 1e4
    #: and when a removed point carries more than this share of the fit (its leverage): the
    #: downdate divides by 1 − leverage
    MOST_LEVERAGE = 0.999

    def __init__(self, model: Model, x: Array, y: Array, scale: float = 1.0) -> None:
        self.scale = scale
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
        self.n = n
        self.x0, self.y0, self.sx = x0, y0, sx
        with np.errstate(over="ignore", under="ignore", invalid="ignore"):
            self.p = np.ldexp(model.centring(x0), np.arange(k)[:, None] * (math.frexp(sx)[1] - 1))
        #: ρ², the RSS of the least-squares answer: what the QR leaves of y − ȳ outside the columns
        self.rss_min = float(tri.rest[0])
        self._products()

    def _products(self) -> None:
        # ∇ = 2·(R·P)ᵀ·u: one product an epoch
        self.rp_t = np.ascontiguousarray((self.r @ self.p).T)

    # --- RSS --------------------------------------------------------------------------------

    def residual_part(self, beta: Array) -> Array:
        """u = R·γ − c: RSS(β) = ‖u‖² + ρ²."""
        d = self.p @ beta
        # ȳ is subtracted from (P·β)_0 alone: folding it into c would round away the small
        # part of u, which is all of the answer's precision at large offsets
        d[0] -= self.y0
        u = self.r @ d
        u -= self.c
        return np.asarray(u)

    def rss_gradient(self, beta: Array) -> tuple[float, Array]:
        """RSS(β) and its gradient (without the scale c)."""
        u = self.residual_part(beta)
        return float(u @ u) + self.rss_min, 2.0 * (self.rp_t @ u)

    def value_and_grad(self, beta: Array) -> tuple[float, Array]:
        """c·RSS(β) and its gradient."""
        rss, grad = self.rss_gradient(beta)
        return self.scale * rss, self.scale * grad

    def hessian(self) -> Array:
        """c times the Hessian of the RSS with respect to β: 2·(R·P)ᵀ·(R·P) = 2·XᵀX."""
        h: Array = self.scale * (2.0 * (self.rp_t @ self.rp_t.T))
        return h

    def on_plane(self, base: Array, i: int, j: int, a: Array, b: Array) -> Array:
        """J at β = base + a·e_i + b·e_j for arrays a, b of one shape: c·(‖u‖² + ρ²) with
        u = u0 + a·(R·P)[:, i] + b·(R·P)[:, j], summed over u's k components cell by cell, so that
        each cell is as exact as J itself (the expanded quadratic in (a, b) would square the
        cancellation of its terms)."""
        u0 = self.residual_part(np.asarray(base, dtype=float))
        rp = self.rp_t.T  # R·P: column m is how u moves with β_m
        ui, uj = rp[:, i], rp[:, j]
        rss = np.full_like(a, self.rss_min)
        for m in range(len(u0)):
            um = u0[m] + a * ui[m] + b * uj[m]
            rss += um * um
        return np.asarray(self.scale * rss)

    # --- the least-squares answer -------------------------------------------------------------

    def _gamma(self) -> Array:
        """argmin ‖R·γ − c‖ by back substitution; a column within rounding of the span of the lower
        powers (x with fewer distinct values than coefficients) keeps γ_j = 0."""
        k = len(self.c)
        work = np.vstack([self.r.T, self.c])
        drop = householder.drop_tolerance(max(self.n, 1), k)
        return householder.triangularize(work, k, drop=drop).solve()

    def minimizer(self) -> Array:
        """The least-squares β: P·β = γ + ȳ·e0."""
        target = self._gamma()
        target[0] += self.y0
        return householder.back_substitute(self.p, target)

    # --- a hand edit ----------------------------------------------------------------------------

    def _row(self, px: float, k: int) -> Array:
        """The row of a point in [1, U]: the powers of u = (x − x̄)/s_x, computed as `__init__` does."""
        row = np.ones(k)
        if k > 1:
            u = (np.float64(px) - self.x0) / self.sx
            row[1] = u
            for j in range(2, k):
                row[j] = row[j - 1] * u
        return row

    def edited(self, removed: Array, added: Array) -> QuadraticForm | None:
        """The statistics once the points `removed` ((m, 2) rows of x, y) are gone and `added` are
        in, in O(k²·m): R and c turned by rotations, and RSS_min from what the old form and the
        edited points say at the new least-squares γ (never as a difference of large sums). The
        centre stays where it was. None when a full pass must do it: a removed point that holds
        the fit up alone, or an ill-conditioned R."""
        k = len(self.c)
        r, c = self.r.copy(), self.c.copy()
        entries: list[tuple[float, Array, float]] = []  # sign, row in [1, U], y − ȳ
        for px, py in added:
            row = self._row(px, k)
            entries.append((1.0, row, float(py) - self.y0))
            _rotate_in(r, c, row.copy(), float(py) - self.y0)
        for px, py in removed:
            row = self._row(px, k)
            entries.append((-1.0, row, float(py) - self.y0))
            if not _rotate_out(r, c, row, float(py) - self.y0, self.MOST_LEVERAGE):
                return None
        sizes = np.sqrt(np.einsum("ij,ij->j", r, r))
        if not (np.all(sizes > 0) and np.all(np.isfinite(r))):
            return None
        sv = np.linalg.svd(r / sizes, compute_uv=False)
        if not sv[-1] * self.EDIT_CONDITION > sv[0]:
            return None
        twin = copy.copy(self)
        twin.r, twin.c = r, c
        twin.n = self.n + sum(int(sign) for sign, _, _ in entries)
        twin._products()
        gamma = twin._gamma()
        # RSS_new(γ) = RSS_old(γ) − Σ_removed r_i(γ)² + Σ_added r_i(γ)², RSS_old(γ) = ‖R·γ − c‖² + ρ²
        old = self.r @ gamma - self.c
        rss_min = self.rss_min + float(old @ old)
        rss_min += sum(sign * (yc - float(row @ gamma)) ** 2 for sign, row, yc in entries)
        twin.rss_min = max(rss_min, 0.0)
        return twin

    # --- readouts ----------------------------------------------------------------------------

    def readings(self, model: Model, beta: Array, y_reach: float) -> FitReadings | None:
        """The readouts of the fit β in O(k²) from the triangle, None for a model without x (bias).

        The first row of R and c is the points' sums (over √n), the others their parts about
        the means, so every centred sum is a dot product of R's and c's lower rows: Σ(y − ȳ)²
        = ‖c₁‖² + ρ², Σ(x − x̄)(r − r̄) = −s_x·R₁[:, 1]·u₁ (u = R·γ − c), with no large sums
        cancelling. `y_reach` bounds |y| (for the properties' scale)."""
        k = len(self.c)
        if k < 2:
            return None
        beta = np.asarray(beta, dtype=float)
        n = float(self.n)
        head = float(self.r[0, 0])  # √n: Σ_i v_i = R_00·(first component)
        u = self.residual_part(beta)
        c1, u1 = self.c[1:], u[1:]
        xcol = self.r[1:, 1]  # (x − x̄)/s_x about its mean
        tss = float(c1 @ c1) + self.rss_min
        rss = float(u @ u) + self.rss_min
        sxx_c = self.sx * self.sx * float(xcol @ xcol)
        fitted = self.r[1:, 1:] @ (self.p[1:] @ beta)  # p about its mean (R's lower rows skip column 0)
        var_p = float(fitted @ fitted)
        r2 = 1.0 - rss / tss if tss > 0 else math.nan
        slope = float(beta[1])
        spread = n > 1 and sxx_c > 0
        r_pred = float(fitted @ c1) / math.sqrt(var_p * tss) if var_p > 0 and tss > 0 else math.nan
        r_lin = float(xcol @ c1) / math.sqrt(float(xcol @ xcol) * tss) if spread and tss > 0 else math.nan
        r_from_r2 = math.copysign(math.sqrt(r2), slope) if r2 >= 0 else math.nan
        r_sum = -head * float(u[0])
        x_mean = self.x0 + self.sx * head * float(self.r[0, 1]) / n
        y_mean = self.y0 + head * float(self.c[0]) / n
        miss = float(model.predict(beta, np.array([x_mean]))[0] - y_mean)
        cov = -self.sx * float(xcol @ u1) / n
        var = (float(u1 @ u1) + self.rss_min) / n
        scale = max(math.sqrt(tss / n), 1e-12 * y_reach, 1e-300)
        props = judged_properties(round(n), r_sum, cov, var, self.rss_min / n, miss, scale, math.sqrt(sxx_c / n))
        if not spread:
            r_from_r2 = r_pred = r_lin = math.nan
        return FitReadings(rss, tss, r2, r_from_r2, math.copysign(r_pred, slope), r_lin,
                           props if n > 1 else [])


def _rotate_in(r: Array, c: Array, row: Array, yc: float) -> None:
    """R and c of the points with one more, whose row is `row` and y − ȳ is `yc` (Givens)."""
    for j in range(len(c)):
        if row[j] == 0.0:
            continue
        top = math.hypot(float(r[j, j]), float(row[j]))
        cos, sin = float(r[j, j]) / top, float(row[j]) / top
        upper = r[j, j:].copy()
        r[j, j:] = cos * upper + sin * row[j:]
        row[j:] = cos * row[j:] - sin * upper
        cj = float(c[j])
        c[j] = cos * cj + sin * yc
        yc = cos * yc - sin * cj


def _rotate_out(r: Array, c: Array, row: Array, yc: float, most: float) -> bool:
    """R and c of the points with one fewer (LINPACK's dchdd): False, leaving them half turned,
    where the point's leverage ‖R⁻ᵀ·row‖² exceeds `most` (the fit then rests on it)."""
    k = len(c)
    if np.any(np.diag(r) == 0.0):
        return False
    a = householder.solve_transposed(r, row)
    lever = float(a @ a)
    if not lever <= most:
        return False
    alpha = math.sqrt(1.0 - lever)
    cos, sin = np.empty(k), np.empty(k)
    for i in range(k - 1, -1, -1):
        scale = alpha + abs(float(a[i]))
        pa, pb = alpha / scale, float(a[i]) / scale
        norm = math.hypot(pa, pb)
        cos[i], sin[i] = pa / norm, pb / norm
        alpha = scale * norm
    for j in range(k):
        carry = 0.0
        for i in range(j, -1, -1):
            t = cos[i] * carry + sin[i] * r[i, j]
            r[i, j] = cos[i] * r[i, j] - sin[i] * carry
            carry = t
    for i in range(k):
        c[i] = (c[i] - sin[i] * yc) / cos[i]
        yc = cos[i] * yc - sin[i] * c[i]
    return True
