"""What a regression fit is worth: RSS, TSS, R², Pearson r, and the least-squares properties.

RSS = Σ r², TSS = Σ (y − ȳ)², R² = 1 − RSS/TSS, r = corr(y, p). For the least-squares
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
    rss: float
    tss: float
    r2: float  # nan when TSS = 0
    r: float  # Pearson r of y and p; nan when either is constant

    def as_dict(self) -> dict[str, float | None]:
        return {k: (v if math.isfinite(v) else None) for k, v in vars(self).items()}


def pearson(a: Array, b: Array) -> float:
    """Pearson's r: cov(a, b) / (σ_a·σ_b); nan when either has no spread."""
    da = np.asarray(a, float) - np.mean(a)
    db = np.asarray(b, float) - np.mean(b)
    denom = math.sqrt(float(da @ da) * float(db @ db))
    return float(da @ db) / denom if denom > 0 else math.nan


def fit_stats(y: Array, p: Array) -> FitStats:
    y = np.asarray(y, float)
    r = y - np.asarray(p, float)
    dev = y - y.mean()
    rss = float(r @ r)
    tss = float(dev @ dev)
    r2 = 1.0 - rss / tss if tss > 0 else math.nan
    return FitStats(rss, tss, r2, pearson(y, p))


@dataclass(frozen=True)
class PearsonThreeWays:
    """Pearson r from R² (with the slope's sign), from corr(y, p), and from linregress."""

    from_r2: float
    from_predictions: float
    from_linregress: float


@dataclass(frozen=True)
class DataFacts:
    """What the readouts need of the points alone, whatever the fit: r from scipy's linregress
    and the residual variance of the least-squares fit of the model. A run changes the fit
    every frame and the points never, so these are worth computing once."""

    r_linregress: float
    least_squares_variance: float


def _linregress_r(x: Array, y: Array) -> float:
    from scipy.stats import linregress  # lazy: scipy.stats is slow to import

    try:
        return float(linregress(x, y).rvalue)
    except ValueError:
        return math.nan


def _least_squares_variance(model: Model, x: Array, y: Array) -> float:
    xc = model.design(x - x.mean())
    gamma, *_ = np.linalg.lstsq(xc, y - y.mean(), rcond=None)
    return float(np.var(y - y.mean() - xc @ gamma))


def data_facts(model: Model, x: Array, y: Array) -> DataFacts:
    x = np.asarray(x, float)
    y = np.asarray(y, float)
    return DataFacts(_linregress_r(x, y), _least_squares_variance(model, x, y))


def pearson_three_ways(x: Array, y: Array, p: Array, slope: float, facts: DataFacts | None = None) -> PearsonThreeWays:
    stats = fit_stats(y, p)
    from_r2 = math.copysign(math.sqrt(stats.r2), slope) if stats.r2 >= 0 else math.nan
    from_lr = facts.r_linregress if facts else _linregress_r(x, y)
    return PearsonThreeWays(from_r2, stats.r, from_lr)


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
