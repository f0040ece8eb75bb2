"""Scaled coordinates for the exact solvers, as `numpy.polynomial` works: x' = (x − x0)/s.

A regression model is solved for θ in p = y0 + s_y·Σ_j θ_j·c_j·x'^j, where y0 is the middle of
y, s_y its half-range and c_j makes column j of unit size; a classifier in
z = θ0 + Σ_f θ_f·c_f·(x_f − m_f). Every scale is a power of two, so multiplying and dividing
by it is exact. The columns are then well conditioned whatever the offset or the magnitude
of the data (calendar years, values near 1e-300 or 1e150), and so are J and the predictions
computed from θ. The model's own coefficients β (powers of x) come from θ only for display:

    β = M·θ + shift,   M[k, j] = s_y·c_j·C(j, k)·(−x0)^(j−k) / s^j   (k ≤ j)

`centred=False` keeps x0 = 0 (and m_f = 0 is never needed: centring a feature moves only the
intercept), so that M is diagonal on β1…βd and an L1 penalty on β stays a weighted L1 on θ.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction
from functools import cached_property

import numpy as np
from numpy.typing import NDArray

from . import exactdot
from .errors import InputError
from .models import Model

Array = NDArray[np.float64]
#: past this, evaluating p from the printed β loses more than half of its digits
RAW_CONDITION_LIMIT = 1e8
#: a spread below this (about 1e-301) brings differences of x or y near the subnormal floats,
#: which hold fewer digits
SMALLEST_SPREAD = 2.0**-1000


def power_of_two(value: float) -> float:
    """The power of two nearest above |value| (1 for 0): scaling by it is exact."""
    value = abs(float(value))
    if value == 0.0 or not math.isfinite(value):
        return 1.0
    mantissa, exponent = math.frexp(value)  # value = mantissa·2^exponent, mantissa in [0.5, 1)
    return math.ldexp(1.0, exponent - 1) if mantissa == 0.5 else math.ldexp(1.0, exponent)


def _log2(power: float) -> int:
    """The exponent of a power of two."""
    return math.frexp(power)[1] - 1


def _middle_and_half_range(v: Array) -> tuple[float, float]:
    lo, hi = float(np.min(v)), float(np.max(v))
    return 0.5 * lo + 0.5 * hi, 0.5 * hi - 0.5 * lo  # halves first: no overflow near 1e308


@dataclass(frozen=True)
class Coordinates:
    """The map between the solver's θ and the model's β, and the scaled columns it uses."""

    model: Model
    x0: float  # regression: the centre of x (0 when not centred)
    sx: float  # regression: the scale of x' = (x − x0)/sx
    y0: float  # regression: the centre of y
    sy: float  # regression: the scale of y' = (y − y0)/sy (1 for classification)
    columns: tuple[float, ...]  # c_j: column j of the design is c_j·x'^j (classification: c_f·(x_f − m_f))
    feature_centres: tuple[float, ...] = ()  # classification: m_f

    @property
    def n_coefficients(self) -> int:
        return self.model.n_coefficients

    # --- the scaled problem ---------------------------------------------------------------

    def design(self, x: Array) -> Array:
        """Z with p' = Z·θ: p = y0 + s_y·p' (regression), z = Z·θ (classification)."""
        x = np.asarray(x, dtype=float)
        k = self.n_coefficients
        c = np.asarray(self.columns)
        if self.model.classification:
            z = np.empty((len(x), k))
            z[:, 0] = 1.0
            z[:, 1:] = (x - np.asarray(self.feature_centres)) * c[1:]
            return z
        xs = (x - self.x0) / self.sx
        rows = np.empty((k, len(xs)))  # the powers as contiguous rows: one pass each
        rows[0] = c[0]
        power = np.ones_like(xs)
        for j in range(1, k):
            power *= xs
            np.multiply(power, c[j], out=rows[j])
        return rows.T

    def design_error(self, x: Array) -> Array:
        """Z_exact − Z: what the entries of `design` lost to rounding, to first order (the
        error of x − x0 by TwoSum, of each power by TwoProduct, carried up the powers). Beside
        a cluster of x a millionth apart next to a far point, these few ulps are all that tells
        the cluster's points apart."""
        x = np.asarray(x, dtype=float)
        k = self.n_coefficients
        c = np.asarray(self.columns)
        out = np.zeros((k, len(x)))
        with np.errstate(all="ignore"):
            if self.model.classification:
                for f in range(1, k):
                    centre = self.feature_centres[f - 1]
                    out[f] = exactdot.sum_error(x[:, f - 1], -centre, x[:, f - 1] - centre) * c[f]
                return out.T
            d = x - self.x0
            xs, xs_lo = d / self.sx, exactdot.sum_error(x, -self.x0, d) / self.sx
            power, power_lo = np.ones_like(xs), np.zeros_like(xs)
            for j in range(1, k):
                power_lo = exactdot.product_error(power, xs) + power * xs_lo + power_lo * xs
                power = power * xs
                out[j] = power_lo * c[j]
        return np.asarray(np.nan_to_num(out.T, nan=0.0, posinf=0.0, neginf=0.0))

    def scaled_y(self, y: Array) -> Array:
        """y' = (y − y0)/s_y (labels unchanged for classification)."""
        y = np.asarray(y, dtype=float)
        if self.model.classification:
            return y
        return (y - self.y0) / self.sy

    def predict(self, theta: Array, x: Array) -> Array:
        """p at x from θ, in the scaled basis: stable whatever the offset of x, and summed
        exactly (`exactdot`) where the terms cancel."""
        theta = np.asarray(theta, dtype=float)
        z = self.design(x)
        products = exactdot.Products(z)
        if not products.plain(theta):
            products.error = self.design_error(x)
        p = products(theta)
        if self.model.classification:
            return np.asarray(p)
        return np.asarray(self.y0 + self.sy * p)

    # --- β from θ -------------------------------------------------------------------------

    @cached_property
    def matrix(self) -> Array:
        """M in β = M·θ + shift (may hold inf when a power of x spans too little to represent)."""
        k = self.n_coefficients
        c = self.columns
        m = np.zeros((k, k))
        with np.errstate(over="ignore", under="ignore", invalid="ignore"):
            if self.model.classification:
                m[0, 0] = c[0]
                for f in range(1, k):
                    m[f, f] = c[f]
                    m[0, f] = -c[f] * self.feature_centres[f - 1]
                return m
            x0 = np.float64(-self.x0)
            for j in range(k):
                # s_y·c_j/s^j from the powers of two' exponents: exact, or 0 or inf past the floats
                exponent = _log2(self.sy) + _log2(c[j]) - j * _log2(self.sx)
                scale = np.ldexp(np.sign(c[j]), exponent)
                for i in range(j + 1):
                    m[i, j] = scale * math.comb(j, i) * x0 ** (j - i) if self.x0 else (scale if i == j else 0.0)
        return m

    @cached_property
    def matrix_error(self) -> Array:
        """M_exact − M: what M's entries lost to rounding (the powers of x0), each to rounding.
        β = M·θ cancels by as much as the raw coefficients are ill-conditioned (1e14 for a
        poly:9 at an offset of 77), so these last digits decide the L2 penalty on β."""
        m = self.matrix
        out = np.zeros_like(m)
        if self.model.classification or not self.x0:
            return out  # powers of two and their products with one float: exact
        x0 = Fraction(-self.x0)
        c = self.columns
        for j in range(self.n_coefficients):
            for i in range(j + 1):
                if m[i, j] != 0.0 and math.isfinite(m[i, j]):
                    exponent = _log2(self.sy) + _log2(c[j]) - j * _log2(self.sx)
                    scale = Fraction(math.ldexp(math.copysign(1.0, c[j]), exponent))
                    out[i, j] = float(scale * math.comb(j, i) * x0 ** (j - i) - Fraction(float(m[i, j])))
        return out

    @property
    def shift(self) -> Array:
        s = np.zeros(self.n_coefficients)
        s[0] = self.y0 if not self.model.classification else 0.0
        return s

    @property
    def diagonal_penalty(self) -> bool:
        """True when β1…βd are each a multiple of one θ_j (an L1 penalty stays separable)."""
        m = self.matrix[1:, 1:]
        return bool(np.all(m == np.diag(np.diag(m))))

    def beta(self, theta: Array) -> Array:
        """β = M·θ + shift for M's exact entries (`matrix_error`), each β_k summed exactly
        (math.fsum) from its terms and their rounding errors: correctly rounded."""
        theta = np.asarray(theta, dtype=float)
        m = self.matrix
        with np.errstate(all="ignore"):
            terms = m * theta
            errors = exactdot.product_error(m, np.broadcast_to(theta, m.shape)) + self.matrix_error * theta
        out = np.empty(self.n_coefficients)
        for i in range(self.n_coefficients):
            keep = m[i] != 0.0
            row = [*terms[i][keep].tolist(), float(self.shift[i])]
            if all(math.isfinite(t) for t in row):
                out[i] = math.fsum(row + errors[i][keep].tolist())
            else:
                out[i] = sum(row)
        return out

    def raw_condition(self, theta: Array, x: Array, p: Array | None = None) -> float:
        """How much the terms of p = Σ β_j·x^j cancel: max_i Σ_j |β_j·x_i^j| over the larger of
        max|p| and the spread of y. Rounding β's own digits moves p by about ε times this
        much; above RAW_CONDITION_LIMIT, p evaluated from β (as printed) keeps fewer than
        half of its sixteen digits."""
        if self.model.classification:
            return 1.0
        beta = np.abs(self.beta(theta))
        x = np.abs(np.asarray(x, dtype=float))
        with np.errstate(over="ignore", invalid="ignore", under="ignore"):
            terms = np.full(len(x), beta[-1])  # Σ|β_j|·|x|^j by Horner's rule
            for b in beta[-2::-1]:
                terms *= x
                terms += b
            big = np.max(terms)
            p = self.predict(theta, x) if p is None else p
            size = max(float(np.max(np.abs(p))), self.sy)
            value = float(big) / size if size > 0 else 1.0
        return value if math.isfinite(value) else math.inf


def coordinates(model: Model, x: Array, y: Array, centred: bool = True, level: float | None = None) -> Coordinates:
    """Scaled coordinates for the data: x' in about [−1, 1] (centred) or [−1, 1] around 0 (not).

    `level`: another height the answer answers to (the cap): y's scale reaches it too."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    k = model.n_coefficients
    if model.classification:
        centres, half = zip(*(_middle_and_half_range(x[:, f]) for f in range(2)))
        c = (1.0, *(1.0 / power_of_two(h if h > 0 else m) for h, m in zip(half, centres)))
        return Coordinates(model, 0.0, 1.0, 0.0, 1.0, c, tuple(centres))
    y0, y_half = _middle_and_half_range(y)
    if level is not None:
        y_half = max(y_half, abs(level - y0))
    sy = power_of_two(y_half if y_half > 0 else y0)
    if centred:
        x0, x_half = _middle_and_half_range(x)
        if x_half == 0.0:
            x0 = float(x[0])
    else:
        x0, x_half = 0.0, float(np.max(np.abs(x)))
    sx = power_of_two(x_half) if x_half > 0 else 1.0  # no spread: x' = 0 whatever sx is
    rows = Coordinates(model, x0, sx, y0, sy, (1.0,) * k).design(x).T  # contiguous rows
    rms = np.sqrt(np.einsum("ij,ij->i", rows, rows) / max(len(x), 1))
    columns = tuple(1.0 / power_of_two(r) if r > 0 else 1.0 for r in rms)
    return Coordinates(model, x0, sx, y0, sy, columns)


def check_representable(coords: Coordinates, x: Array, y: Array) -> None:
    """Refuse, in one line, data whose scaled form or whose coefficients floats cannot hold."""
    if coords.model.classification:
        return
    for name, v in (("x", np.asarray(x, float)), ("y", np.asarray(y, float))):
        _, half = _middle_and_half_range(v)
        if 0.0 < half < SMALLEST_SPREAD:
            raise InputError(
                f"{name} spans only {2 * half:.3g}: values this small lose their digits in floating point; "
                f"rescale {name}"
            )
    m = coords.matrix
    bad = [j for j in range(coords.n_coefficients) if not np.all(np.isfinite(m[:, j]))]
    if bad:
        j = bad[0]
        size = (_log2(coords.sy) + _log2(abs(coords.columns[j])) - j * _log2(coords.sx)) * math.log10(2.0)
        raise InputError(
            f"model {coords.model.name}: x spans so little that the coefficient of x^{j} would be about "
            f"1e{size:+.0f}, beyond floating point; rescale x"
        )
