"""Matrix-vector products as if computed in twice the working precision (Ogita, Rump and
Oishi's Dot2, 2005): Z·θ where its terms cancel.

A prediction Σ_j Z_ij·θ_j whose terms are T_i = Σ_j |Z_ij·θ_j| is off by about ε·T_i in
floating point: where the coefficients are huge and cancel (nearly dependent columns), that
is most of its digits, and J, the residuals and any comparison of two answers are noise.
Dot2 keeps every product's rounding error (Dekker's split, exact) and every sum's (Knuth's
TwoSum), so the result is off by about ε·|Z·θ| + k²·ε²·T_i: as exact as the answer can be
written. Each step is a NumPy loop over the points, the same on every processor. Where the
terms are small (T_i below PLAIN_BELOW) a plain product is as good and far quicker.
"""

from __future__ import annotations

from functools import cached_property

import numpy as np
from numpy.typing import NDArray

Array = NDArray[np.float64]
#: Veltkamp's splitter for doubles: 2^27 + 1
SPLITTER = 134217729.0
#: below this cancellation (T_i over the unit scale of y'), plain products lose under 1e-11
PLAIN_BELOW = 2.0**16
EPS = 2.220446049250313e-16


def split(a: Array) -> tuple[Array, Array]:
    """a = hi + lo with hi and lo of 26 bits each, so that their products are exact."""
    c = SPLITTER * a
    hi = c - (c - a)
    return hi, a - hi


def product_error(a: Array, b: Array) -> Array:
    """a·b − fl(a·b), exactly (Dekker's TwoProduct)."""
    a_hi, a_lo = split(a)
    b_hi, b_lo = split(b)
    p = a * b
    return np.asarray(((a_hi * b_hi - p) + a_hi * b_lo + a_lo * b_hi) + a_lo * b_lo)


def sum_error(a: Array, b: Array | float, s: Array) -> Array:
    """a + b − s for s = fl(a + b), exactly (Knuth's TwoSum)."""
    back = s - a
    return np.asarray((a - (s - back)) + (b - back))


class Products:
    """Z·θ for one matrix Z (rows: points), exact to rounding of the result where it must be.

    `error`, where given, is what Z's entries lost to rounding (Z_exact − Z, to first order:
    see `Coordinates.design_error`); the exact products add it in, so that they answer for
    the data themselves, not for their rounded powers."""

    def __init__(self, z: Array, error: Array | None = None) -> None:
        self.columns = np.ascontiguousarray(z.T)
        self.largest = np.max(np.abs(self.columns), axis=1, initial=0.0)
        self.error = error

    def bounds(self, theta: Array) -> Array:
        """How far each product may be from exact: k·ε·T_i plain, ε·|p_i| + 4k²·ε²·T_i exact."""
        k = len(theta)
        terms = np.abs(self.columns.T) @ np.abs(theta)
        if self.plain(theta):
            return np.asarray(k * EPS * terms)
        return np.asarray(EPS * np.abs(self(theta)) + 4.0 * k * k * EPS * EPS * terms)

    @cached_property
    def _halves(self) -> tuple[Array, Array]:
        return split(self.columns)

    def plain(self, theta: Array) -> bool:
        """True when plain products are exact enough: terms below PLAIN_BELOW (or not finite)."""
        bound = float(self.largest @ np.abs(theta))
        return bound <= PLAIN_BELOW or not np.isfinite(bound)

    def __call__(self, theta: Array) -> Array:
        theta = np.asarray(theta, dtype=float)
        if self.plain(theta):
            return np.asarray(self.columns.T @ theta)
        return self.accurate(theta)

    def accurate(self, theta: Array) -> Array:
        """Σ_j Z_ij·θ_j by Dot2, whatever the cancellation."""
        total = np.zeros(self.columns.shape[1])
        error = np.zeros_like(total)
        t_hi, t_lo = split(theta)
        halves_hi, halves_lo = self._halves
        for j, t in enumerate(theta):
            if t == 0.0:
                continue
            col = self.columns[j]
            product = col * t
            # TwoProduct: col·t = product + its rounding error, exactly
            hi, lo = halves_hi[j], halves_lo[j]
            error += ((hi * t_hi[j] - product) + hi * t_lo[j] + lo * t_hi[j]) + lo * t_lo[j]
            # TwoSum: total + product = new + its rounding error, exactly
            new = total + product
            back = new - total
            error += (total - (new - back)) + (product - back)
            total = new
        if self.error is not None:
            error += self.error @ theta
        return np.asarray(total + error)
