"""The regression losses, each a function of the error e = p − y (r = y − p is the residual)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from ..parameters import Parameter
from .base import LOG2, Array, ErrorLoss, Loss, Pieces, WrittenSlope, dot

if TYPE_CHECKING:
    from ..springs import BarScale, SpringLaw

#: Huber's δ past this many times y's spread is ½e² to rounding, for the solvers
SQUARED_PAST = 1e300

DELTA = Parameter("delta", "δ", 1.0, 0.0, math.inf, "squared inside |e| ≤ δ, absolute beyond", shown=(1e-6, 1e6))
QUANTILE = Parameter("quantile", "q", 0.5, 0.0, 1.0, "the fraction of points the fit leaves below it",
                     shown=(0.01, 0.99), step=0.05)
ALPHA = Parameter("alpha", "α", 2.0, 0.0, math.inf, "how many times more an under-prediction (p < y) costs",
                  shown=(1e-3, 1e3))

LAPLACE = "Laplace"
ASYMMETRIC_LAPLACE = "asymmetric Laplace"


@dataclass(frozen=True)
class PiecewiseLinear(ErrorLoss):
    """ℓ = up·e for e ≥ 0 and −down·e for e < 0; subgradient 0 at e = 0.

    With s = sign(e) the derivative is s·(up + down)/2 + s²·(up − down)/2, and Σℓ = Σ g·e.
    Its springs are elastic bands; its noise the (asymmetric) Laplace density.
    """

    degree = 1
    springs = True

    @property
    def slopes(self) -> tuple[float, float]:
        """(up, down): the cost of one unit of over- and of under-prediction."""
        raise NotImplementedError

    @property
    def pieces(self) -> Pieces:
        up, down = self.slopes
        return Pieces(up, down)

    def loss_gradient(self, p: Array, y: Array) -> tuple[Array, Array]:
        e = np.asarray(p - y, dtype=float)
        grad = np.empty_like(e)
        self._slope(e, grad)
        return grad * e, grad

    def error_sum_gradient(self, e: Array, grad: Array) -> float:
        self._slope(e, grad)
        return dot(grad, e)

    def _slope(self, e: Array, grad: Array) -> None:
        """dℓ/de into `grad`, any shape."""
        up, down = self.slopes
        np.sign(e, out=grad)
        if up != down:
            square = grad * grad
            square *= 0.5 * (up - down)
            grad *= 0.5 * (up + down)
            grad += square
        elif up != 1.0:
            grad *= up

    def curvature(self, p: Array, y: Array) -> Array:
        return np.zeros(np.shape(p))

    def spring(self, scale: BarScale) -> SpringLaw:
        from ..springs import Band

        up, down = self.slopes
        return Band(up, down, scale.band(up, down))

    def log_normaliser(self, tau: float) -> float:
        up, down = self.slopes
        return math.log(tau * (1.0 / up + 1.0 / down))


@dataclass(frozen=True)
class Slopes(PiecewiseLinear):
    """ℓ = up·e for e ≥ 0, −down·e below: what Huber and log-cosh are, to rounding, at scales
    where their curved middle is narrower than the rounding of the errors (see `scaled`)."""

    up: float = 1.0
    down: float = 1.0

    @property
    def slopes(self) -> tuple[float, float]:
        return self.up, self.down


@dataclass(frozen=True)
class SquaredError(ErrorLoss):
    """ℓ = w·e²: `mse` and `sse` w = 1, `half-sse` w = ½ (its gradient is e)."""

    squared = True
    degree = 2
    springs = True
    formula = "e²"
    slope_formula = "2e"
    written = WrittenSlope(-2.0, "(yᵢ − ŷᵢ)")
    noise = "Gaussian"
    noise_sentence = "Squared error is the maximum-likelihood choice when the noise is Gaussian with constant variance."

    def loss_gradient(self, p: Array, y: Array) -> tuple[Array, Array]:
        e = p - y
        w = self.square_weight
        return w * e * e, 2.0 * w * e

    def error_sum_gradient(self, e: Array, grad: Array) -> float:
        np.multiply(e, 2.0 * self.square_weight, out=grad)
        return self.square_weight * dot(e, e)

    def curvature(self, p: Array, y: Array) -> Array:
        return np.full(np.shape(p), 2.0 * self.square_weight)

    def spring(self, scale: BarScale) -> SpringLaw:
        from ..springs import Hooke

        return Hooke(self.square_weight, scale.y_exp)

    def log_normaliser(self, tau: float) -> float:
        return 0.5 * math.log(math.pi * tau / self.square_weight)


class MSE(SquaredError):
    name = "mse"
    title = "MSE: mean squared error"
    short = "MSE"
    tip = "J = (1/n)·Σ e², e = p − y"


class SSE(SquaredError):
    name = "sse"
    title = "SSE: sum of squared errors"
    short = "SSE"
    tip = "J = Σ e²: the total area of the red squares"
    reduction = "sum"


class HalfSSE(SquaredError):
    name = "half-sse"
    title = "½SSE: half the sum of squares"
    short = "½SSE"
    tip = "J = ½·Σ e²: its gradient is Σ e·∂p/∂β"
    reduction = "sum"
    square_weight = 0.5
    formula = "½e²"
    slope_formula = "e"
    written = WrittenSlope(-1.0, "(yᵢ − ŷᵢ)")


@dataclass(frozen=True)
class AbsoluteError(PiecewiseLinear):
    """ℓ = |e|, subgradient sign(e) (0 at e = 0); `mae` is the mean, `sae` the sum."""

    formula = "|e|"
    slope_formula = "sign(e)"
    written = WrittenSlope(-1.0, "sign(yᵢ − ŷᵢ)")
    noise = LAPLACE
    noise_sentence = ("Absolute error is the maximum-likelihood choice when the noise is Laplace (double exponential): "
                      "heavier tails, so outliers cost less.")

    @property
    def slopes(self) -> tuple[float, float]:
        return 1.0, 1.0


class MAE(AbsoluteError):
    name = "mae"
    title = "MAE: mean absolute error"
    short = "MAE"
    tip = "J = (1/n)·Σ |e|: every point pulls with the same force"


class SAE(AbsoluteError):
    name = "sae"
    title = "SAE: sum of absolute errors"
    short = "SAE"
    tip = "J = Σ |e|"
    reduction = "sum"


@dataclass(frozen=True)
class Huber(ErrorLoss):
    """ℓ = ½e² for |e| ≤ δ, else δ(|e| − ½δ); dℓ/de = e clipped to [−δ, δ]."""

    delta: float = DELTA.default

    name = "huber"
    title = short = "Huber"
    formula = "½e² if |e| ≤ δ else δ(|e| − ½δ)"
    slope_formula = "e clipped to [−δ, δ]"
    written = WrittenSlope(-1.0, "clip(yᵢ − ŷᵢ, −δ, δ)")
    tip = "½e² for |e| ≤ δ, δ(|e| − ½δ) beyond: squared near the line, absolute far away"
    parameters = (DELTA,)
    squared_middle = "delta"
    springs = True
    noise = "Huber (Gaussian core, Laplace tails)"
    noise_sentence = ("Huber's loss is the maximum-likelihood choice when the noise is Gaussian in the middle with "
                      "Laplace tails beyond δ.")

    def loss_gradient(self, p: Array, y: Array) -> tuple[Array, Array]:
        e = p - y
        d = self.delta
        a = np.abs(e)
        value = np.where(a <= d, 0.5 * e * e, d * (a - 0.5 * d))
        return value, np.clip(e, -d, d)

    def error_sum_gradient(self, e: Array, grad: Array) -> float:
        np.clip(e, -self.delta, self.delta, out=grad)
        # with g = clip(e): ½e² = g·e − ½g² inside, δ|e| − ½δ² = g·e − ½g² outside
        return dot(grad, e) - 0.5 * dot(grad, grad)

    def curvature(self, p: Array, y: Array) -> Array:
        return (np.abs(p - y) <= self.delta).astype(float)

    def _rescaled(self, k: int) -> tuple[Loss, int, float]:
        """½e² when δ is past SQUARED_PAST times y's spread; δ·|e| − ½δ² when below 2^-52 of it (the minimizer
        moves by less than y's last digit); else Huber with δ in units of the spread."""
        delta = self.delta / math.ldexp(1.0, k)
        if delta >= SQUARED_PAST:
            return HalfSSE(), 2 * k, 0.0
        if delta <= 2.0**-52:
            return Slopes(up=delta, down=delta), 2 * k, -0.5 * self.delta**2
        return Huber(delta), 2 * k, 0.0

    def spring(self, scale: BarScale) -> SpringLaw:
        from ..springs import Yielding

        return Yielding(self.delta, scale.y_exp)

    def log_normaliser(self, tau: float) -> float:
        d = self.delta
        core = math.sqrt(2.0 * math.pi * tau) * math.erf(d / math.sqrt(2.0 * tau))
        tails = 2.0 * tau / d * math.exp(-d * d / (2.0 * tau))
        return math.log(core + tails)


@dataclass(frozen=True)
class LogCosh(ErrorLoss):
    """ℓ = log cosh(e) = |e| + log1p(exp(−2|e|)) − log 2 (never overflows); dℓ/de = tanh e.

    The fused sum over many errors needs one exponential: with t = exp(−2|e|),
    ℓ = |e| + log(1 + t) − log 2 and tanh e = sign(e)·(2/(1 + t) − 1), both to within a few
    ulps of 1 absolutely. Over few errors the cost is in the number of NumPy calls, and
    logaddexp(e, −e) = log(2·cosh e) with tanh takes four.
    """

    #: below this many errors the four-call form is the faster one
    FEW = 1_000

    name = "logcosh"
    title = short = "log-cosh"
    formula = "log cosh(e)"
    slope_formula = "tanh e"
    written = WrittenSlope(-1.0, "tanh(yᵢ − ŷᵢ)")
    tip = "log cosh(e): like ½e² near 0 and |e| − log 2 far away"
    springs = True
    noise = "hyperbolic secant family"
    noise_sentence = ("Log-cosh is the maximum-likelihood choice when the noise has density ∝ cosh(r)^(−1/τ): "
                      "near-Gaussian in the middle, exponential tails.")

    def loss_gradient(self, p: Array, y: Array) -> tuple[Array, Array]:
        e = p - y
        a = np.abs(e)
        return a + np.log1p(np.exp(-2.0 * a)) - LOG2, np.tanh(e)

    def error_sum_gradient(self, e: Array, grad: Array) -> float:
        if len(e) < self.FEW:
            np.tanh(e, out=grad)
            return float(np.add.reduce(np.logaddexp(e, -e))) - LOG2 * len(e)
        a = np.abs(e)
        total = float(np.add.reduce(a))
        np.multiply(a, -2.0, out=a)
        np.exp(a, out=a)
        a += 1.0  # 1 + t
        np.divide(2.0, a, out=grad)
        grad -= 1.0
        np.copysign(grad, e, out=grad)
        np.log(a, out=a)
        return total + float(np.add.reduce(a)) - LOG2 * len(e)

    def curvature(self, p: Array, y: Array) -> Array:
        t = np.tanh(p - y)
        return 1.0 - t * t

    def _rescaled(self, k: int) -> tuple[Loss, int, float]:
        """½e² below a spread of 2^-30 (log cosh u = ½u²·(1 − u²/6 + …)), |e| − log 2 past 2^52."""
        if k <= -30:
            return HalfSSE(), 2 * k, 0.0
        if k >= 52:
            return Slopes(), k, -LOG2
        return super()._rescaled(k)

    def spring(self, scale: BarScale) -> SpringLaw:
        from ..springs import Saturating

        return Saturating(scale.y_exp)

    def log_normaliser(self, tau: float) -> float:
        # ∫ sech(e)^a de = B(a/2, 1/2) with a = 1/τ
        a = 1.0 / tau
        return math.lgamma(a / 2) + math.lgamma(0.5) - math.lgamma(a / 2 + 0.5)


@dataclass(frozen=True)
class Quantile(PiecewiseLinear):
    """Pinball: ℓ = q·max(r, 0) + (1 − q)·max(−r, 0) with r = y − p; q = ½ gives ½|e|."""

    quantile: float = QUANTILE.default

    name = "quantile"
    title = "quantile (pinball)"
    short = "pinball"
    formula = "q·max(r, 0) + (1 − q)·max(−r, 0)"
    slope_formula = "1 − q for e > 0, −q for e < 0"
    written = WrittenSlope(-1.0, "τᵢ", "τᵢ = q where yᵢ > ŷᵢ, q − 1 where yᵢ < ŷᵢ, 0 where equal")
    tip = "q·max(r, 0) + (1 − q)·max(−r, 0), r = y − p: a fraction q of the points lies below the fit"
    parameters = (QUANTILE,)
    noise = ASYMMETRIC_LAPLACE
    noise_sentence = ("The pinball loss is the maximum-likelihood choice when the noise is asymmetric Laplace with its "
                      "q-quantile at zero.")

    @property
    def slopes(self) -> tuple[float, float]:
        return 1.0 - self.quantile, self.quantile


@dataclass(frozen=True)
class Asymmetric(PiecewiseLinear):
    """ℓ = α|e| when p < y (under-prediction), else |e|."""

    alpha: float = ALPHA.default

    name = title = short = "asymmetric"
    formula = "α|e| if p < y else |e|"
    slope_formula = "1 for e > 0, −α for e < 0"
    written = WrittenSlope(-1.0, "aᵢ", "aᵢ = α where ŷᵢ < yᵢ (under-prediction), −1 where ŷᵢ > yᵢ, 0 where equal")
    tip = "α|e| when p < y, |e| otherwise: under-prediction costs α times more"
    parameters = (ALPHA,)
    noise = ASYMMETRIC_LAPLACE
    noise_sentence = ("The asymmetric loss is the maximum-likelihood choice when the noise is asymmetric Laplace: "
                      "under-predictions are α times less likely to be large.")

    @property
    def slopes(self) -> tuple[float, float]:
        return 1.0, self.alpha
