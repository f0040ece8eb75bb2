"""What a regression fit is worth: RSS, TSS, R², Pearson r, and the least-squares properties.

RSS = Σ r², TSS = Σ (y − ȳ)², R² = 1 − RSS/TSS, r = corr(y, p), each computed in scale (the
values divided by a power of two first), so that data near 1e-300 or 1e150 give the right
R² and r, and RSS and TSS say when they under- or overflow. No SciPy here: this module is
imported at start-up. For the least-squares
line the five properties of the SSE text hold; for other losses they do not, and
`least_squares_properties` says which hold, with the value behind each verdict.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from .models import Model

Array = NDArray[np.float64]
#: a property holds when its value is within this fraction of the data's own scale
PROPERTY_TOLERANCE = 1e-6


@dataclass(frozen=True)
class FitStats:
    """RSS, TSS, R² and r of a fit. RSS and TSS are sums of squares, which under- or overflow
    a float for data near 1e-160 or 1e160: `rss_log10` and `tss_log10` still say how large
    they are, and R² and r (ratios) are computed in scale and right for any finite data."""

    rss: float
    tss: float
    r2: float  # nan when TSS = 0
    r: float  # Pearson r of y and p; nan when either is constant
    rss_log10: float = math.nan
    tss_log10: float = math.nan

    def out_of_range(self, name: str) -> bool:
        """True when `rss` or `tss` is not the true value: it under- or overflowed a float."""
        value, log10 = getattr(self, name), getattr(self, f"{name}_log10")
        return math.isfinite(log10) and not (_SMALLEST <= abs(value) < math.inf)

    def as_dict(self) -> dict[str, float | None]:
        """For JSON: a value a float cannot hold is None (its log10 says how large it is)."""
        out: dict[str, float | None] = {}
        for key, value in vars(self).items():
            shown = math.isfinite(value) and not (key in ("rss", "tss") and self.out_of_range(key))
            out[key] = value if shown else None
        return out


_SMALLEST = 2.2250738585072014e-308  # the smallest normal float


def _in_scale(*arrays: Array) -> tuple[list[Array], float]:
    """The arrays divided by one power of two near their largest magnitude (exact), and it."""
    top = max((float(np.max(np.abs(a))) for a in arrays if len(a)), default=0.0)
    if top == 0.0 or not math.isfinite(top):
        return [np.asarray(a, float) for a in arrays], 1.0
    scale = math.ldexp(1.0, math.frexp(top)[1])
    return [np.asarray(a, float) / scale for a in arrays], scale


def _sum_of_squares(v: Array, scale: float) -> tuple[float, float]:
    """Σ(scale·v)² and its log10, from v in scale."""
    total = float(v @ v)
    if total == 0.0:
        return 0.0, -math.inf
    exponent = 2 * (math.frexp(scale)[1] - 1)
    with np.errstate(over="ignore", under="ignore"):
        value = float(np.ldexp(total, exponent))
    return value, math.log10(total) + exponent * math.log10(2.0)


def pearson(a: Array, b: Array) -> float:
    """Pearson's r: cov(a, b) / (σ_a·σ_b); nan when either has no spread. Each is centred and
    then scaled by a power of two before the products, so r is right for any finite data."""
    (sa,), _ = _in_scale(np.asarray(a, float))
    (sb,), _ = _in_scale(np.asarray(b, float))
    da, db = sa - np.mean(sa), sb - np.mean(sb)
    (da,), _ = _in_scale(da)
    (db,), _ = _in_scale(db)
    denom = math.sqrt(float(da @ da) * float(db @ db))
    return max(-1.0, min(1.0, float(da @ db) / denom)) if denom > 0 else math.nan


def fit_stats(y: Array, p: Array) -> FitStats:
    """RSS = Σ(y − p)², TSS = Σ(y − ȳ)², R² = 1 − RSS/TSS and r = corr(y, p), in scale."""
    (ys, ps), scale = _in_scale(np.asarray(y, float), np.asarray(p, float))
    r = ys - ps
    dev = ys - ys.mean()
    rss, rss_log10 = _sum_of_squares(r, scale)
    tss, tss_log10 = _sum_of_squares(dev, scale)
    rss_s, tss_s = float(r @ r), float(dev @ dev)
    r2 = 1.0 - rss_s / tss_s if tss_s > 0 else math.nan
    return FitStats(rss, tss, r2, pearson(y, p), rss_log10, tss_log10)


@dataclass(frozen=True)
class PearsonThreeWays:
    """Pearson r from R² (with the slope's sign), from corr(y, p), and from corr(x, y) (what
    scipy's linregress reports as rvalue)."""

    from_r2: float
    from_predictions: float
    from_linregress: float


@dataclass(frozen=True)
class DataFacts:
    """What the readouts need of the points alone, whatever the fit: r of x and y (linregress's
    rvalue, computed here without SciPy: importing scipy.stats cost 0.6 s of start-up) and the
    residual variance of the least-squares fit of the model. A run changes the fit every frame
    and the points never, so these are worth computing once."""

    r_linregress: float
    least_squares_variance: float


def _least_squares_variance(model: Model, x: Array, y: Array) -> float:
    """var of the least-squares residuals, fitted in the scaled basis (exact for x in years)."""
    from .basis import coordinates

    coords = coordinates(model, x, y)
    z = coords.design(x)
    ys = coords.scaled_y(y)
    gamma, *_ = np.linalg.lstsq(z, ys, rcond=None)
    resid = ys - z @ gamma
    with np.errstate(under="ignore", over="ignore"):
        return float(np.var(resid) * coords.sy * coords.sy)


def data_facts(model: Model, x: Array, y: Array) -> DataFacts:
    x = np.asarray(x, float)
    y = np.asarray(y, float)
    return DataFacts(pearson(x, y), _least_squares_variance(model, x, y))


def pearson_three_ways(x: Array, y: Array, p: Array, slope: float, facts: DataFacts | None = None) -> PearsonThreeWays:
    stats = fit_stats(y, p)
    from_r2 = math.copysign(math.sqrt(stats.r2), slope) if stats.r2 >= 0 else math.nan
    from_xy = facts.r_linregress if facts else pearson(np.asarray(x, float), np.asarray(y, float))
    return PearsonThreeWays(from_r2, stats.r, from_xy)


@dataclass(frozen=True)
class Property:
    """One least-squares property: its value, the value it has for least squares, and a verdict."""

    key: str
    label: str
    value: float
    target: float
    holds: bool


def least_squares_properties(
    model: Model, beta: Array, x: Array, y: Array, facts: DataFacts | None = None
) -> list[Property]:
    """The five properties of the least-squares line, checked for the fit β."""
    x = np.asarray(x, float)
    y = np.asarray(y, float)
    n = len(y)
    r = y - model.predict(beta, x)
    scale = max(float(np.std(y)), 1e-12 * float(np.max(np.abs(y))), 1e-300)
    x_scale = float(np.std(x))
    ls_var = facts.least_squares_variance if facts else _least_squares_variance(model, x, y)
    r_sum = float(r.sum())
    r_mean = r_sum / n
    cov = float(np.mean((x - x.mean()) * (r - r_mean)))
    var = float(np.var(r))
    miss = float(model.predict(beta, np.array([x.mean()]))[0] - y.mean())
    return judged_properties(n, r_sum, cov, var, ls_var, miss, scale, x_scale)


def judged_properties(n: int, r_sum: float, cov: float, var: float, ls_var: float, miss: float, scale: float,
                      x_scale: float) -> list[Property]:
    """The five properties from their values: Σr, cov(x, r), var(r) and its least-squares value,
    p(x̄) − ȳ, each judged against the scale of y (and of x for the covariance)."""
    tol = PROPERTY_TOLERANCE
    r_mean = r_sum / n
    return [
        Property("sum", "residuals sum to zero: Σr = 0", r_sum, 0.0, abs(r_sum) <= tol * scale * math.sqrt(n)),
        Property("mean", "mean residual is zero: r̄ = 0", r_mean, 0.0, abs(r_mean) <= tol * scale),
        Property("cov", "residuals uncorrelated with x: cov(x, r) = 0", cov, 0.0, abs(cov) <= tol * scale * x_scale),
        Property("var", "least residual variance: var(r) = min", var, ls_var, var <= ls_var + tol * scale * scale),
        Property("centre", "passes through (x̄, ȳ): p(x̄) − ȳ = 0", miss, 0.0, abs(miss) <= tol * scale),
    ]
