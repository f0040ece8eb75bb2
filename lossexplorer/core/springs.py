"""The springs of the physics view: each regression loss as a force law in the bar's units.

The bar works in scaled units in which y's spread is about one (`physics.BarSystem` picks
Y, a power of two, so scaling is exact): an extension e in the data's units is Y·ε. With
κ = k/2, spring i pulls the bar with F_i = −κ·P·g(ε_i) and stores U_i = κ·P·Y·v(ε_i),
where g = dv/dε and P, the pull unit, keeps g of order one whatever the data's size:

    Hooke (squared error w·e²)            P = Y        g = 2w·ε                 v = w·ε²
    Band (absolute, pinball, …)           P = 1        g = ±slope, elastic band v = slope·|ε|
    Yielding (Huber), d = δ/Y ≥ 1         P = Y        g = clip(ε, −d, d)
    Yielding, d < 1                       P = δ        g = clip(ε/d, −1, 1)
    Saturating (log-cosh), Y ≤ 1          P = Y        g = tanh(Y·ε)/Y
    Saturating, Y > 1                     P = 1        g = tanh(Y·ε)

so data near 1e-300 or 1e300 give the same well-scaled numbers as data near 1. Each loss
picks its law (`Loss.spring`); the physics needs of a law only what `SpringLaw` offers.

Kinked losses (absolute, pinball, asymmetric) cost up·e above the point and −down·e below
it. Their kink at ε = 0 is made elastic over a small band −width/down < ε < width/up, in
which the pull is proportional to ε (−slope²·ε/width, the slope of ε's side); outside it
is the exact constant tension. The band's energy exceeds the loss by at most width/2.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from .errors import InputError

Array = NDArray[np.float64]
LOG2 = math.log(2.0)
#: width ε of a kinked band, relative to the mean least-squares residual
SMOOTHING = 1e-5


@dataclass(frozen=True)
class BarScale:
    """The bar's units as a loss needs them to pick its law: Y = 2**y_exp, and a kinked band's width.

    The width ε is `smoothing` if given, else SMOOTHING · `residual()` (the mean absolute
    least-squares residual, scaled) · min(up, down)/a, a = (up + down)/2: its rest position is
    then within ~2e-6 (relative objective) of the optimum on the presets.
    """

    y_exp: int
    residual: Callable[[], float]
    smoothing: float | None = None

    def band(self, up: float, down: float) -> float:
        """ε of a kinked band with slopes up and down."""
        if self.smoothing is not None:
            return self.smoothing
        return SMOOTHING * self.residual() * min(up, down) / (0.5 * (up + down))


@dataclass(frozen=True)
class Kink:
    """A kinked spring's slopes (up: over-prediction, down: under-prediction) and band width."""

    up: float
    down: float
    width: float

    @property
    def band(self) -> tuple[float, float]:
        """The extensions where the band is elastic: −width/down < ε < width/up."""
        return -self.width / self.down, self.width / self.up

    @property
    def stiffness(self) -> float:
        """The largest dg/dε within the band: max(up, down)²/width."""
        return max(self.up, self.down) ** 2 / self.width


class SpringLaw:
    """g(ε) and v(ε) of one loss in scaled units, and what the integrators need to know."""

    #: P = pull[0]·2**pull[1], the pull unit in the data's units of force per κ
    pull: tuple[float, int] = (1.0, 0)
    #: an upper bound of dg/dε (sets the smooth integrator's step); inf for kinked springs
    curvature: float = math.inf
    #: g = 2w·ε: the force is linear and sums over the points are sufficient statistics
    square_weight: float | None = None
    #: the kink and its elastic band (None for smooth springs)
    kink: Kink | None = None

    def slope(self, e: Array, out: Array) -> None:
        """g(ε) into `out` (which may be `e`)."""
        raise NotImplementedError

    def values(self, e: Array) -> Array:
        """v(ε), the energy of each spring in units of κ·P·Y."""
        raise NotImplementedError


class Hooke(SpringLaw):
    """g = 2w·ε: squared error w·e², a linear spring."""

    def __init__(self, weight: float, y_exp: int) -> None:
        self.pull = (1.0, y_exp)
        self.square_weight = weight
        self.curvature = 2.0 * weight

    def slope(self, e: Array, out: Array) -> None:
        np.multiply(e, 2.0 * float(self.square_weight or 0.0), out=out)

    def values(self, e: Array) -> Array:
        return np.asarray(float(self.square_weight or 0.0) * e * e)


class Band(SpringLaw):
    """A kinked loss's constant tensions, elastic within a band of width `smoothing` about the kink."""

    def __init__(self, up: float, down: float, smoothing: float) -> None:
        a, c = 0.5 * (up + down), 0.5 * (up - down)
        self.kink = Kink(up, down, a * smoothing)
        self._a, self._c = a, c
        self._a_w, self._c_w = a / self.kink.width, c / self.kink.width

    def ratio(self, e: Array, out: Array) -> Array:
        """r = ε / (the band's edge on ε's side): |r| < 1 in the band, g = slope·clip(r, −1, 1)."""
        if self._c_w:
            if out is e:
                e = e.copy()
            np.abs(e, out=out)
            out *= self._c_w
            out += self._a_w * e
        else:
            np.multiply(e, self._a_w, out=out)
        return out

    def slope(self, e: Array, out: Array) -> None:
        q = self.ratio(e, out)
        np.minimum(q, 1.0, out=q)
        np.maximum(q, -1.0, out=q)
        if self._c:
            out[:] = self._a * q + self._c * np.abs(q)
        elif self._a != 1.0:
            out *= self._a

    def values(self, e: Array) -> Array:
        r = np.abs(self.ratio(e, np.empty_like(e)))
        return np.asarray(self.kink.width * np.where(r < 1.0, 0.5 * (r * r + 1.0), r))  # type: ignore[union-attr]


class Yielding(SpringLaw):
    """Huber's spring: linear up to δ, a constant pull beyond."""

    def __init__(self, delta: float, y_exp: int) -> None:
        d = math.ldexp(delta, -y_exp)  # δ in scaled units
        if d < sys.float_info.min:
            raise InputError(
                f"Huber's delta ({delta:g}) is too small beside the spread of y (about {math.ldexp(1.0, y_exp):.0e}) "
                "to simulate"
            )
        self._d = d
        if d >= 1.0:
            self.pull, self.curvature = (1.0, y_exp), 1.0
        else:
            self.pull, self.curvature = (delta, 0), 1.0 / d

    def slope(self, e: Array, out: Array) -> None:
        d = self._d
        if d >= 1.0:
            np.clip(e, -d, d, out=out)
        else:
            with np.errstate(over="ignore"):
                np.divide(e, d, out=out)
            np.clip(out, -1.0, 1.0, out=out)

    def values(self, e: Array) -> Array:
        # with g = clip(e, −d, d): ½e² = g·e − ½g² inside, d|e| − ½d² = g·e − ½g² outside
        g = np.empty_like(e)
        self.slope(e, g)
        if self._d >= 1.0:
            return np.asarray(g * e - 0.5 * g * g)
        return np.asarray(g * e - (0.5 * self._d) * g * g)  # g = clip(e/d, −1, 1)


class Saturating(SpringLaw):
    """Log-cosh's spring: g = tanh, linear near 0 and saturating far out."""

    def __init__(self, y_exp: int) -> None:
        self._y_exp = y_exp
        if y_exp <= 0:
            self.pull, self.curvature = (1.0, y_exp), 1.0
        else:
            self.pull, self.curvature = (1.0, 0), math.ldexp(1.0, y_exp)

    def slope(self, e: Array, out: Array) -> None:
        with np.errstate(over="ignore"):
            np.ldexp(e, self._y_exp, out=out)
        np.tanh(out, out=out)
        if self._y_exp <= 0:
            np.ldexp(out, -self._y_exp, out=out)

    def values(self, e: Array) -> Array:
        k = self._y_exp
        with np.errstate(over="ignore"):
            z = np.abs(np.ldexp(e, k))  # |Y·ε|
        if k > 0:  # log cosh(z)/Y = |ε| + (log(1 + exp(−2z)) − log 2)/Y
            return np.asarray(np.abs(e) + np.ldexp(np.log1p(np.exp(-2.0 * z)) - LOG2, -k))
        # log cosh(z)/Y²: the series for small z, log(1 + 2·sinh²(z/2)) for moderate, and
        # z + log(1 + exp(−2z)) − log 2 for large z, each where it loses no digits
        small, large = z < 1e-4, z > 1.0
        out = np.empty_like(z)
        out[small] = 0.5 * e[small] ** 2 * (1.0 - z[small] ** 2 / 6.0)
        mid = ~(small | large)
        out[mid] = np.ldexp(np.log1p(2.0 * np.sinh(0.5 * z[mid]) ** 2), -2 * k)
        out[large] = np.ldexp(z[large] + np.log1p(np.exp(-2.0 * z[large])) - LOG2, -2 * k)
        return out
