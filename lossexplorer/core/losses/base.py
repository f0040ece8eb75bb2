"""What every loss is and says about itself: `Loss`, its `Parameter`s (core/parameters.py), and `Pieces`.

Notation of the design: prediction p, target y, error e = p − y, residual r = y − p. A loss
is a small frozen object whose parameters are checked when it is made; what it is called,
its formula, its parameters' ranges and what each part of the app needs of it (the solvers'
linear pieces, the spring bar's law, the noise density's normaliser, the shape view's
curves) are on its class, so that no other module tells the losses apart.

`ErrorLoss` is the base of the losses of the error e alone (regression); `MarginLoss` of the
binary classification losses of the margin m = t·z (z the logit, t = 2y − 1 = ±1). A loss
of another form (`counts.Poisson`'s exp(f) − y·f of the linear predictor f, the softmax
model's `multiclass.CrossEntropy` of K scores) subclasses `Loss` and says what it offers the
same way.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

import numpy as np
from numpy.typing import NDArray

from ..errors import InputError
from ..parameters import Parameter

if TYPE_CHECKING:
    from ..springs import BarScale, SpringLaw

Array = NDArray[np.float64]
LOG2 = math.log(2.0)

#: below this many points BLAS runs on one thread and calls cheaper than einsum
BLAS_BELOW = 32_768


def dot(a: Array, b: Array) -> float:
    """Σ a·b. Long vectors go through NumPy's own single-threaded loop: BLAS's threaded dot
    stalls when the other cores are busy (a laptop also driving a projector), and the
    fused epoch must not; short ones through BLAS, whose call costs less."""
    if len(a) < BLAS_BELOW:
        return float(a @ b)
    return float(np.einsum("i,i->", a, b))


def log1pexp(v: Array) -> Array:
    """log(1 + exp(v)) without overflow (the softplus)."""
    return np.logaddexp(0.0, v)


def sigmoid(v: Array) -> Array:
    """σ(v) = 1 / (1 + exp(−v)) without overflow."""
    out: Array = np.empty_like(v, dtype=float)
    pos = v >= 0
    out[pos] = 1.0 / (1.0 + np.exp(-v[pos]))
    ev = np.exp(v[~pos])
    out[~pos] = ev / (1.0 + ev)
    return out


@dataclass(frozen=True)
class WrittenSlope:
    """How the worked epoch writes dℓ/dŷ: scale·sᵢ, with sᵢ written as `factor` (r = yᵢ − ŷᵢ, z
    the logit, t = 2y − 1) and, when `factor` is a name (τᵢ, aᵢ, hᵢ, gᵢ), `where` says what it is."""

    scale: float
    factor: str
    where: str = ""


@dataclass(frozen=True)
class Pieces:
    """A piecewise-linear loss as the solvers' linear programs see it: ℓ = up·s⁺ + down·s⁻ in one
    slack s per point, with s the error p − y, or for a margin loss (hinge) s = 1 − t·z."""

    up: float
    down: float
    margin: bool = False

    def rows(self, z: Array, y: Array) -> tuple[Array, Array]:
        """A, b with s = A·θ − b for predictions p = z·θ."""
        if self.margin:
            t = 2.0 * y - 1.0
            return -t[:, None] * z, -np.ones(len(t))
        return z, y

    def kinks(self, p: Array, y: Array, tolerance: float) -> tuple[NDArray[np.bool_], Array, Array]:
        """Which points sit on their kink (|s| within `tolerance` of it, relative to y for the error),
        and the lowest and highest slope dℓ/dp allowed there."""
        if self.margin:
            t = 2.0 * y - 1.0
            on = np.abs(1.0 - t * p) <= tolerance
            return on, np.minimum(-t * self.up, t * self.down), np.maximum(-t * self.up, t * self.down)
        on = np.abs(p - y) <= tolerance * np.maximum(1.0, np.abs(y))
        n = len(p)
        return on, np.full(n, -self.down), np.full(n, self.up)


class Loss:
    """A per-point loss ℓ(p, y) with its derivative dℓ/dp, and what the app knows of it.

    Subclasses are frozen dataclasses whose fields are the loss's `parameters` (by name), and
    implement `loss_gradient`.
    """

    # --- its names and texts: menus, the command line, the readouts
    #: the name on the command line and in sessions
    name: ClassVar[str] = ""
    #: the title in menus (MSE: mean squared error)
    title: ClassVar[str] = ""
    #: J's name in the readouts, the epoch log and the command line's output (MSE, ½SSE, pinball)
    short: ClassVar[str] = ""
    #: ℓ in the design's notation
    formula: ClassVar[str] = ""
    #: one line for a tooltip
    tip: ClassVar[str] = ""
    #: "regression" or "classification": the task whose menus list it
    kind: ClassVar[str] = "regression"
    #: reduction R used unless the caller asks for another: "mean" or "sum"
    reduction: ClassVar[str] = "mean"
    #: the model it fits unless another is asked for
    default_model: ClassVar[str] = "line"
    parameters: ClassVar[tuple[Parameter, ...]] = ()
    #: the window's task menus offer it (False while the window cannot draw it yet)
    window: ClassVar[bool] = True

    # --- what the maths may rely on
    #: ℓ = w·e² (closed forms, sufficient statistics and linear springs apply)
    squared: ClassVar[bool] = False
    #: w when `squared` (½ for half-sse)
    square_weight: ClassVar[float] = 1.0
    #: d with ℓ(c·e) = c^d·ℓ(e) for every c > 0 (2 for squared, 1 for piecewise-linear errors), or None
    degree: ClassVar[int | None] = None
    #: ℓ is a function of the error e = p − y alone (the in-place epoch, scaled errors, the
    #: residual's noise density apply)
    of_error: ClassVar[bool] = False
    #: the link g of the prediction: g(mean) = p; "identity", or "log" (the mean is exp(p): `mean`)
    link: ClassVar[str] = "identity"
    #: its labels are 0 … K−1 and its model the softmax's K scores (p is then n × K)
    multiclass: ClassVar[bool] = False
    #: the cap term λ·max(0, p − C)² may join it (not where p is no prediction on y's scale)
    takes_cap: ClassVar[bool] = True
    #: J is convex in β for a linear model (the exact answer is the global minimum)
    convex: ClassVar[bool] = True
    #: with targets 0 and 1, separable classes leave J without a finite minimum when no penalty
    #: holds the weights (J falls as they grow); see `unbounded_when_separable`
    falls_when_separable: ClassVar[bool] = False
    #: the spring bar can hang on springs of this loss (see `spring`)
    springs: ClassVar[bool] = False
    #: why it cannot, for a regression loss without springs
    springs_sentence: ClassVar[str] = ""

    # --- the noise it assumes: ℓ(−r) is the negative log-likelihood of a density of the residual r
    #: the density's name ("" when the loss assumes none)
    noise: ClassVar[str] = ""
    #: the sentence that says when the loss is the maximum-likelihood choice
    noise_sentence: ClassVar[str] = ""

    # --- its shape: ℓ against one variable (the error, the margin)
    #: the variable the shape view draws ℓ against, as an axis label
    curve_axis: ClassVar[str] = "error e = p − y"
    #: dℓ/du against that variable u
    slope_formula: ClassVar[str] = ""
    #: a span of u over which the curve shows its character
    curve_span: ClassVar[tuple[float, float]] = (-3.0, 3.0)
    #: the parameter that bounds a squared middle, |e| ≤ it, beyond which ℓ is linear and a point
    #: pulls with a constant force (Huber's "delta"); "" when there is none
    squared_middle: ClassVar[str] = ""

    # --- the worked epoch: dℓ/dŷ in the blog's notation
    written: ClassVar[WrittenSlope | None] = None
    #: the same with label smoothing on (ε > 0): the smoothed targets ỹ
    written_smoothed: ClassVar[WrittenSlope | None] = None

    def __post_init__(self) -> None:
        for parameter in self.parameters:
            parameter.check(getattr(self, parameter.name))

    # --- values ---------------------------------------------------------------------

    def loss_gradient(self, p: Array, y: Array) -> tuple[Array, Array]:
        """Per-point ℓ(p, y) and dℓ/dp, computed together."""
        raise NotImplementedError

    def error_sum_gradient(self, e: Array, grad: Array) -> float:
        """Σℓ over the errors e of a loss of the error, writing dℓ/de into `grad` (a work buffer).

        Subclasses override it to work in place; this default allocates.
        """
        value, grad[:] = self.loss_gradient(e, np.zeros_like(e))
        return float(value.sum())

    def value(self, p: Array, y: Array) -> Array:
        """Per-point ℓ(p, y)."""
        return self.loss_gradient(p, y)[0]

    def gradient(self, p: Array, y: Array) -> Array:
        """Per-point dℓ/dp (a subgradient at kinks: 0 where e = 0)."""
        return self.loss_gradient(p, y)[1]

    def curvature(self, p: Array, y: Array) -> Array:
        """Per-point d²ℓ/dp² where it exists (0 for piecewise-linear losses)."""
        raise NotImplementedError(f"{self.name} has no second derivative")

    def mean(self, p: Array) -> Array:
        """The predicted mean of y from p through the inverse link: p itself (Poisson: exp(p))."""
        return np.asarray(p, dtype=float)

    def check_targets(self, y: Array) -> None:
        """Refuse, in one line naming the point, targets the loss is not defined for."""

    @property
    def unbounded_when_separable(self) -> bool:
        """True when separable classes leave J without a finite minimum if no penalty holds the
        weights: label smoothing (ε > 0) keeps every target inside (0, 1), and J then rises
        again as the weights grow."""
        return self.falls_when_separable and not getattr(self, "label_smoothing", 0.0)

    # --- names ----------------------------------------------------------------------

    def params(self) -> dict[str, float]:
        """The loss's own parameters, by keyword name."""
        return {p.name: float(getattr(self, p.name)) for p in self.parameters}

    @property
    def label(self) -> str:
        """Its short name with its parameters: 'pinball q=0.3', 'Huber δ=1', 'BCE ε=0.1' but 'BCE'
        when ε = 0 (pins, legends)."""
        return self.short + self.parameter_text

    @property
    def parameter_text(self) -> str:
        """Its parameters as a label writes them: ' q=0.3', ' δ=1', '' (a parameter at its `off` left out)."""
        return "".join(
            f" {p.symbol}={getattr(self, p.name):g}" for p in self.parameters if getattr(self, p.name) != p.off
        )

    @property
    def middle(self) -> tuple[Parameter, float] | None:
        """The parameter bounding the squared middle and its value (Huber's δ), or None."""
        for p in self.parameters:
            if p.name == self.squared_middle:
                return p, float(getattr(self, p.name))
        return None

    @property
    def margins(self) -> bool:
        """True when its kink lies on the margins t·z = 1 (hinge): the views draw z = ±1."""
        pieces = self.pieces
        return pieces is not None and pieces.margin

    @property
    def curve_formula(self) -> str:
        """ℓ written against the shape view's variable."""
        return self.formula

    @property
    def written_slope(self) -> WrittenSlope:
        """dℓ/dŷ as the worked epoch writes it (with the smoothed targets when label smoothing is on)."""
        written = self.written_smoothed if getattr(self, "label_smoothing", 0.0) else self.written
        if written is None:
            raise NotImplementedError(f"the worked epoch does not write {self.name}'s slope")
        return written

    # --- what the solvers ask ---------------------------------------------------------

    @property
    def pieces(self) -> Pieces | None:
        """The linear pieces of a piecewise-linear loss (None for a smooth one)."""
        return None

    @property
    def piecewise_linear(self) -> bool:
        """True when ℓ is piecewise linear (solved as a linear program)."""
        return self.pieces is not None

    def scaled(self, sy: float) -> tuple[Loss, int, float]:
        """ℓ', k and ℓ0 with ℓ(s_y·e') = 2^k·ℓ'(e') + ℓ0, for the solvers' scaled errors e' (s_y a power of two)."""
        return self, 0, 0.0

    # --- what the spring bar and the noise view ask ---------------------------------------

    def spring(self, scale: BarScale) -> SpringLaw:
        """The force law of this loss's springs in the bar's units (when `springs`)."""
        raise InputError(f"the spring bar does not know the loss {self.name}")

    def log_normaliser(self, tau: float) -> float:
        """log Z(τ) = log ∫ exp(−ℓ(e)/τ) de of the noise density (when `noise`)."""
        raise ValueError(f"{self.name} has no noise model here (regression losses only)")

    # --- what the shape view asks -------------------------------------------------------

    def curve(self, u: Array) -> tuple[Array, Array]:
        """ℓ and dℓ/du against the shape view's variable u (`curve_axis`)."""
        raise NotImplementedError


class ErrorLoss(Loss):
    """A regression loss of the error alone: ℓ(p, y) = ℓ(e), e = p − y."""

    of_error = True

    def scaled(self, sy: float) -> tuple[Loss, int, float]:
        """Exact for a homogeneous loss (2^k = s_y^degree); others say their own law (`_rescaled`)."""
        if sy == 1.0:
            return self, 0, 0.0
        k = math.frexp(sy)[1] - 1  # sy = 2^k
        if self.degree:
            return self, self.degree * k, 0.0
        return self._rescaled(k)

    def _rescaled(self, k: int) -> tuple[Loss, int, float]:
        """`scaled` for s_y = 2^k ≠ 1 when ℓ is not homogeneous: ℓ'(e') = ℓ(s_y·e') unless a loss knows better."""
        return Rescaled(inner=self, scale=math.ldexp(1.0, k)), 0, 0.0

    def curve(self, u: Array) -> tuple[Array, Array]:
        return self.loss_gradient(u, np.zeros_like(u))


class MarginLoss(Loss):
    """A binary classification loss of the margin m = t·z (z the logit, t = 2y − 1): both classes alike."""

    kind = "classification"
    default_model = "logistic"
    curve_axis = "margin t·z"
    #: ℓ against the margin m
    margin_formula: ClassVar[str] = ""

    @property
    def curve_formula(self) -> str:
        return self.margin_formula

    def curve(self, u: Array) -> tuple[Array, Array]:
        """ℓ(m) is the loss of a label-0 point at z = −m: the core writes bce as log(1 + e^z) − y·z,
        which for y = 0 is log(1 + e^(−m)), with no cancellation at large m (the label-1 form
        subtracts m from ≈ m); dℓ/dm = −dℓ/dz."""
        m = np.asarray(u, float)
        value, grad = self.loss_gradient(-m, np.zeros_like(m))
        return value, 0.0 - grad  # not −grad: no −0 where the slope is 0


@dataclass(frozen=True)
class Rescaled(ErrorLoss):
    """ℓ'(e') = ℓ(s·e'): a loss of the error in scaled errors, when it has no exact scaling law."""

    inner: ErrorLoss
    scale: float = 1.0

    def loss_gradient(self, p: Array, y: Array) -> tuple[Array, Array]:
        value, grad = self.inner.loss_gradient(self.scale * (p - y), np.zeros(np.shape(p)))
        return value, self.scale * grad

    def curvature(self, p: Array, y: Array) -> Array:
        return np.asarray(self.scale**2 * self.inner.curvature(self.scale * (p - y), np.zeros(np.shape(p))))
