"""The sufficient statistics of a squared loss: RSS(β) and its gradient in O(k²) whatever n is,
gathered in one pass over the points and updated by a hand edit of a few points in O(k²); and
the readouts of a fit (RSS, TSS, R², r three ways, the least-squares properties) from them."""

from __future__ import annotations

import copy
import math
from typing import NamedTuple

import numpy as np
from numpy.typing import NDArray

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
    from a quadratic form centred on the least-squares answer. Penalties are not included.

    With Xc the powers of (x − x̄), X = Xc·T; writing d = T·β − γ0 (γ0 the least-squares
    answer in centred coordinates), RSS(β) = dᵀ·Gc·d + RSS_min with Gc = Xcᵀ·Xc.

    One pass builds the powers of (x − x̄) and y − ȳ as rows and one product gives Gc and
    Xcᵀ(y − ȳ); γ0 comes from a Cholesky solve of the column-scaled Gram matrix when it is
    well conditioned (its error is then ~cond·ε, under 1e-11), else from an SVD of Xc.
    `edited` keeps the centre (x̄, ȳ) of the points it was gathered from: any centre near the
    data gives the same J, the mean only conditions it best.
    """

    WELL_CONDITIONED = 1e5

    def __init__(self, model: Model, x: Array, y: Array, scale: float = 1.0) -> None:
        self.scale = scale
        x0 = float(np.mean(x))
        y0 = float(np.mean(y))
        k = model.n_coefficients
        self.x0 = x0
        rows = np.empty((k + 1, len(x)))
        rows[0] = 1.0
        if k > 1:
            np.subtract(x, x0, out=rows[1])
        for j in range(2, k):
            np.multiply(rows[j - 1], rows[1], out=rows[j])
        np.subtract(y, y0, out=rows[k])
        full = np.einsum("ik,jk->ij", rows, rows)  # single-threaded: no stall when the cores are busy
        gram, moment = full[:k, :k].copy(), full[:k, k].copy()
        gamma = self._solve(gram, moment, rows)
        resid = rows[k] - np.einsum("j,ji->i", gamma, rows[:k])
        self.t = model.centring(x0)
        self.gram = gram
        # γ0 = gamma + ȳ·e0, kept in two parts: adding ȳ (large) to gamma[0] (small) would
        # round away the small part, which is all of the answer's precision at large offsets
        self.gamma0 = gamma
        self.y0 = y0
        self.rss_min = float(np.einsum("i,i->", resid, resid))

    def _solve(self, gram: Array, moment: Array, rows: Array) -> Array:
        diag = np.diag(gram)
        if np.all(diag > 0):
            s = 1.0 / np.sqrt(diag)
            scaled = gram * s[:, None] * s[None, :]
            if np.linalg.cond(scaled) < self.WELL_CONDITIONED:
                lower = np.linalg.cholesky(scaled)
                z = np.linalg.solve(lower, s * moment)
                return np.asarray(s * np.linalg.solve(lower.T, z))
        k = len(moment)
        gamma, *_ = np.linalg.lstsq(rows[:k].T, rows[k], rcond=None)  # rank-deficient or ill-conditioned
        return np.asarray(gamma)

    def edited(self, removed: Array, added: Array) -> QuadraticForm | None:
        """The statistics once the points `removed` ((m, 2) rows of x, y) are gone and `added` are
        in, in O(k²·m): Gc gains and loses their outer products, γ0 solves the new normal
        equations, and RSS_min moves by what the old quadratic form and the edited points say at
        the new γ0 (never as a difference of large sums). The centre stays where it was. None
        when the new Gram matrix is ill-conditioned: a full pass then does it exactly."""
        k = len(self.gram)
        gram, moment = self.gram.copy(), self.gram @ self.gamma0
        entries: list[tuple[float, Array, float]] = []  # sign, powers of x − x̄, y − ȳ
        for sign, points in ((-1.0, removed), (1.0, added)):
            for px, py in points:
                r = (px - self.x0) ** np.arange(k)
                gram += sign * np.outer(r, r)
                moment += sign * r * (py - self.y0)
                entries.append((sign, r, py - self.y0))
        diag = np.diag(gram)
        if not np.all(diag > 0):
            return None
        s = 1.0 / np.sqrt(diag)
        scaled = gram * s[:, None] * s[None, :]
        if not np.linalg.cond(scaled) < self.WELL_CONDITIONED:
            return None
        lower = np.linalg.cholesky(scaled)
        gamma = np.asarray(s * np.linalg.solve(lower.T, np.linalg.solve(lower, s * moment)))
        step = gamma - self.gamma0
        rss_min = float(step @ self.gram @ step) + self.rss_min
        rss_min += sum(sign * float(yc - r @ gamma) ** 2 for sign, r, yc in entries)
        twin = copy.copy(self)
        twin.gram, twin.gamma0, twin.rss_min = gram, gamma, max(rss_min, 0.0)
        return twin

    def minimizer(self) -> Array:
        """The least-squares β: T·β = γ0 + ȳ·e0."""
        target = self.gamma0.copy()
        target[0] += self.y0
        return np.asarray(np.linalg.solve(self.t, target))

    def _offset(self, beta: Array) -> Array:
        """d = T·β − γ0."""
        d = self.t @ beta
        d[0] -= self.y0
        d -= self.gamma0
        return np.asarray(d)

    def rss_gradient(self, beta: Array) -> tuple[float, Array]:
        """RSS(β) and its gradient (without the scale c)."""
        d = self._offset(beta)
        gd = self.gram @ d
        return max(float(d @ gd), 0.0) + self.rss_min, 2.0 * (self.t.T @ gd)

    def value_and_grad(self, beta: Array) -> tuple[float, Array]:
        """c·RSS(β) and its gradient."""
        rss, grad = self.rss_gradient(beta)
        return self.scale * rss, self.scale * grad

    def hessian(self) -> Array:
        """c times the Hessian of the RSS with respect to β: 2·Tᵀ·Gc·T = 2·XᵀX."""
        h: Array = self.scale * (2.0 * (self.t.T @ self.gram @ self.t))
        return h

    def on_plane(self, base: Array, i: int, j: int, a: Array, b: Array) -> Array:
        """J at β = base + a·e_i + b·e_j for arrays a, b of one shape: a quadratic in (a, b),
        c·(dᵀ·G·d + RSS_min) with d = d0 + a·T[:, i] + b·T[:, j]."""
        d0 = self._offset(base)
        ti, tj = self.t[:, i], self.t[:, j]
        g = self.gram
        g0, gi, gj = g @ d0, g @ ti, g @ tj
        rss = (float(d0 @ g0) + self.rss_min) + 2 * a * float(ti @ g0) + 2 * b * float(tj @ g0)
        rss = rss + a * a * float(ti @ gi) + 2 * a * b * float(ti @ gj) + b * b * float(tj @ gj)
        return np.asarray(self.scale * np.maximum(rss, self.rss_min))

    def readings(self, model: Model, beta: Array, y_reach: float) -> FitReadings | None:
        """The readouts of the fit β in O(k²), from the power sums the Gram matrix holds
        (Gc[i, j] = Σ (x − x̄)^(i+j); Gc·γ0 = Σ (x − x̄)^j (y − ȳ)); None for a model without x
        (bias), whose sums do not include it. `y_reach` bounds |y| (for the properties' scale)."""
        g = self.gram
        if len(g) < 2:
            return None
        moment = g @ self.gamma0
        n = float(g[0, 0])
        sy, sx, sxx, sxy = float(moment[0]), float(g[0, 1]), float(g[1, 1]), float(moment[1])
        syy = self.rss_min + float(self.gamma0 @ moment)
        c = self.t @ np.asarray(beta, float)  # p − ȳ = Σ c_j (x − x̄)^j
        c[0] -= self.y0
        sp, spp, spy, sxp = float(c @ g[:, 0]), float(c @ g @ c), float(c @ moment), float(c @ g[:, 1])
        rss = self.rss_gradient(beta)[0]
        tss = max(syy - sy * sy / n, 0.0)
        sxx_c = max(sxx - sx * sx / n, 0.0)
        r2 = 1.0 - rss / tss if tss > 0 else math.nan
        slope = float(beta[1])
        spread = n > 1 and sxx_c > 0
        var_p = spp - sp * sp / n
        r_pred = (spy - sp * sy / n) / math.sqrt(var_p * tss) if var_p > 0 and tss > 0 else math.nan
        r_lin = (sxy - sx * sy / n) / math.sqrt(sxx_c * tss) if spread and tss > 0 else math.nan
        r_from_r2 = math.copysign(math.sqrt(r2), slope) if r2 >= 0 else math.nan
        r_sum = sy - sp
        x_mean, y_mean = self.x0 + sx / n, self.y0 + sy / n
        miss = float(model.predict(beta, np.array([x_mean]))[0] - y_mean)
        cov = ((sxy - sxp) - sx * r_sum / n) / n
        var = rss / n - (r_sum / n) ** 2
        scale = max(math.sqrt(tss / n), 1e-12 * y_reach, 1e-300)
        props = judged_properties(round(n), r_sum, cov, var, self.rss_min / n, miss, scale, math.sqrt(sxx_c / n))
        if not spread:
            r_from_r2 = r_pred = r_lin = math.nan
        return FitReadings(rss, tss, r2, r_from_r2, math.copysign(r_pred, slope), r_lin,
                           props if n > 1 else [])
