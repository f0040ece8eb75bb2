"""Per-point losses ℓ(p, y) with their derivative dℓ/dp.

Notation of the design: prediction p, target y, error e = p − y, residual r = y − p.
Regression losses depend on e only; classification losses take the logit z as p and a
label y ∈ {0, 1}. Each loss is a small object whose parameters are checked when it is
made; `loss_gradient` is the fused form that computes the shared error once.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

from .errors import InputError

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
class Loss:
    """A per-point loss.  Subclasses implement `loss_gradient`."""

    name: str = field(init=False, default="")
    label: str = field(init=False, default="")
    kind: str = field(init=False, default="regression")
    #: reduction R used unless the caller asks for another: "mean" or "sum"
    reduction: str = field(init=False, default="mean")
    #: the loss is a multiple of e² (closed forms and sufficient statistics apply)
    squared: bool = field(init=False, default=False)
    #: weight of e² when `squared` (½ for half-sse)
    square_weight: float = field(init=False, default=1.0)
    #: the loss is piecewise linear in e (solved as a linear program)
    piecewise_linear: bool = field(init=False, default=False)
    formula: str = field(init=False, default="")

    def loss_gradient(self, p: Array, y: Array) -> tuple[Array, Array]:
        """Per-point ℓ(p, y) and dℓ/dp, computed together."""
        raise NotImplementedError

    def error_sum_gradient(self, e: Array, grad: Array) -> float:
        """Σℓ over the errors e of a regression loss, writing dℓ/de into `grad` (a work buffer).

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

    def params(self) -> dict[str, float]:
        """The loss's own parameters, by keyword name."""
        return {}


def _set(obj: Loss, **values: object) -> None:
    for key, value in values.items():
        object.__setattr__(obj, key, value)


# --- regression -----------------------------------------------------------------------


@dataclass(frozen=True)
class SquaredError(Loss):
    """ℓ = w·e²; `mse` and `sse` use w = 1, `half-sse` w = ½ (its gradient is e)."""

    variant: str = "mse"

    def __post_init__(self) -> None:
        half = self.variant == "half-sse"
        _set(
            self,
            name=self.variant,
            label={"mse": "MSE", "sse": "SSE", "half-sse": "½SSE"}[self.variant],
            reduction="mean" if self.variant == "mse" else "sum",
            squared=True,
            square_weight=0.5 if half else 1.0,
            formula="½e²" if half else "e²",
        )

    def loss_gradient(self, p: Array, y: Array) -> tuple[Array, Array]:
        e = p - y
        w = self.square_weight
        return w * e * e, 2.0 * w * e

    def error_sum_gradient(self, e: Array, grad: Array) -> float:
        np.multiply(e, 2.0 * self.square_weight, out=grad)
        return self.square_weight * dot(e, e)

    def curvature(self, p: Array, y: Array) -> Array:
        return np.full(np.shape(p), 2.0 * self.square_weight)


@dataclass(frozen=True)
class PiecewiseLinear(Loss):
    """ℓ = up·e for e ≥ 0 and −down·e for e < 0; subgradient 0 at e = 0.

    With s = sign(e) the derivative is s·(up + down)/2 + s²·(up − down)/2, and Σℓ = Σ g·e.
    """

    @property
    def slopes(self) -> tuple[float, float]:
        """(up, down): the cost of one unit of over- and of under-prediction."""
        raise NotImplementedError

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


@dataclass(frozen=True)
class AbsoluteError(PiecewiseLinear):
    """ℓ = |e|, subgradient sign(e) (0 at e = 0); `mae` is the mean, `sae` the sum."""

    variant: str = "mae"

    def __post_init__(self) -> None:
        _set(
            self,
            name=self.variant,
            label=self.variant.upper(),
            reduction="mean" if self.variant == "mae" else "sum",
            piecewise_linear=True,
            formula="|e|",
        )

    @property
    def slopes(self) -> tuple[float, float]:
        return 1.0, 1.0


@dataclass(frozen=True)
class Huber(Loss):
    """ℓ = ½e² for |e| ≤ δ, else δ(|e| − ½δ); dℓ/de = e clipped to [−δ, δ]."""

    delta: float = 1.0

    def __post_init__(self) -> None:
        _check_positive("delta", self.delta)
        _set(self, name="huber", label="Huber", formula="½e² if |e| ≤ δ else δ(|e| − ½δ)")

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

    def params(self) -> dict[str, float]:
        return {"delta": self.delta}


@dataclass(frozen=True)
class LogCosh(Loss):
    """ℓ = log cosh(e) = |e| + log1p(exp(−2|e|)) − log 2 (never overflows); dℓ/de = tanh e.

    The fused sum over many errors needs one exponential: with t = exp(−2|e|),
    ℓ = |e| + log(1 + t) − log 2 and tanh e = sign(e)·(2/(1 + t) − 1), both to within a few
    ulps of 1 absolutely. Over few errors the cost is in the number of NumPy calls, and
    logaddexp(e, −e) = log(2·cosh e) with tanh takes four.
    """

    #: below this many errors the four-call form is the faster one
    FEW = 1_000

    def __post_init__(self) -> None:
        _set(self, name="logcosh", label="log-cosh", formula="log cosh(e)")

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


@dataclass(frozen=True)
class Quantile(PiecewiseLinear):
    """Pinball: ℓ = q·max(r, 0) + (1 − q)·max(−r, 0) with r = y − p; q = ½ gives ½|e|."""

    quantile: float = 0.5

    def __post_init__(self) -> None:
        q = self.quantile
        if not (math.isfinite(q) and 0.0 < q < 1.0):
            raise InputError(f"quantile must lie strictly between 0 and 1, got {q:g}")
        _set(
            self,
            name="quantile",
            label=f"pinball q={q:g}",
            piecewise_linear=True,
            formula="q·max(r, 0) + (1 − q)·max(−r, 0)",
        )

    @property
    def slopes(self) -> tuple[float, float]:
        return 1.0 - self.quantile, self.quantile

    def params(self) -> dict[str, float]:
        return {"quantile": self.quantile}


@dataclass(frozen=True)
class Asymmetric(PiecewiseLinear):
    """ℓ = α|e| when p < y (under-prediction), else |e|."""

    alpha: float = 2.0

    def __post_init__(self) -> None:
        _check_positive("alpha", self.alpha)
        _set(
            self,
            name="asymmetric",
            label=f"asymmetric α={self.alpha:g}",
            piecewise_linear=True,
            formula="α|e| if p < y else |e|",
        )

    @property
    def slopes(self) -> tuple[float, float]:
        return 1.0, self.alpha

    def params(self) -> dict[str, float]:
        return {"alpha": self.alpha}


# --- classification (p is the logit z, y a label in {0, 1}) ----------------------------


@dataclass(frozen=True)
class BinaryCrossEntropy(Loss):
    """ℓ = −[y log σ(z) + (1 − y) log(1 − σ(z))] = log(1 + e^z) − y·z; dℓ/dz = σ(z) − y."""

    def __post_init__(self) -> None:
        _set(self, name="bce", label="BCE", kind="classification", formula="−[y log σ(z) + (1−y) log(1−σ(z))]")

    def loss_gradient(self, p: Array, y: Array) -> tuple[Array, Array]:
        return log1pexp(p) - y * p, sigmoid(p) - y

    def curvature(self, p: Array, y: Array) -> Array:
        s = sigmoid(p)
        return s * (1.0 - s)


@dataclass(frozen=True)
class Hinge(Loss):
    """ℓ = max(0, 1 − t·z) with t = 2y − 1; subgradient −t where the margin is short."""

    def __post_init__(self) -> None:
        _set(self, name="hinge", label="hinge", kind="classification", piecewise_linear=True, formula="max(0, 1 − t·z)")

    def loss_gradient(self, p: Array, y: Array) -> tuple[Array, Array]:
        t = 2.0 * y - 1.0
        slack = 1.0 - t * p
        return np.maximum(slack, 0.0), np.where(slack > 0, -t, 0.0)

    def curvature(self, p: Array, y: Array) -> Array:
        return np.zeros(np.shape(p))


@dataclass(frozen=True)
class Focal(Loss):
    """ℓ = −(1 − p_t)^γ log p_t with p_t = σ(t·z), t = 2y − 1; γ = 0 is BCE."""

    gamma: float = 2.0

    def __post_init__(self) -> None:
        if not (math.isfinite(self.gamma) and self.gamma >= 0.0):
            raise InputError(f"gamma must be 0 or more, got {self.gamma:g}")
        _set(self, name="focal", label=f"focal γ={self.gamma:g}", kind="classification", formula="−(1 − p_t)^γ log p_t")

    def loss_gradient(self, p: Array, y: Array) -> tuple[Array, Array]:
        t = 2.0 * y - 1.0
        u = t * p
        miss = sigmoid(-u)  # 1 − p_t
        nll = log1pexp(-u)  # −log p_t
        g = self.gamma
        weight = miss**g
        value = weight * nll
        # dℓ/du = −(1 − p_t)^γ [γ p_t (−log p_t) + (1 − p_t)]
        dldu = -weight * (g * (1.0 - miss) * nll + miss)
        return value, t * dldu

    def curvature(self, p: Array, y: Array) -> Array:
        # d²ℓ/du² = p_t·(1 − p_t)^γ·[γ²·p_t·(−log p_t) + 2γ(1 − p_t) − γ(1 − p_t)(−log p_t) + (1 − p_t)];
        # t² = 1, so it is also d²ℓ/dz² (γ = 0 gives BCE's σ(1 − σ))
        u = (2.0 * y - 1.0) * p
        miss = sigmoid(-u)
        hit = sigmoid(u)
        nll = log1pexp(-u)
        g = self.gamma
        return hit * miss**g * (g * g * hit * nll + 2.0 * g * miss - g * miss * nll + miss)

    def params(self) -> dict[str, float]:
        return {"gamma": self.gamma}


def _check_positive(name: str, value: float) -> None:
    if not (math.isfinite(value) and value > 0.0):
        raise InputError(f"{name} must be a positive number, got {value:g}")


_FACTORIES: dict[str, Callable[[dict[str, float]], Loss]] = {
    "mse": lambda k: SquaredError("mse"),
    "sse": lambda k: SquaredError("sse"),
    "half-sse": lambda k: SquaredError("half-sse"),
    "mae": lambda k: AbsoluteError("mae"),
    "sae": lambda k: AbsoluteError("sae"),
    "huber": lambda k: Huber(k.get("delta", 1.0)),
    "logcosh": lambda k: LogCosh(),
    "quantile": lambda k: Quantile(k.get("quantile", 0.5)),
    "asymmetric": lambda k: Asymmetric(k.get("alpha", 2.0)),
    "bce": lambda k: BinaryCrossEntropy(),
    "hinge": lambda k: Hinge(),
    "focal": lambda k: Focal(k.get("gamma", 2.0)),
}

REGRESSION_LOSSES = ("mse", "sse", "half-sse", "mae", "sae", "huber", "logcosh", "quantile", "asymmetric")
CLASSIFICATION_LOSSES = ("bce", "hinge", "focal")
LOSS_NAMES = REGRESSION_LOSSES + CLASSIFICATION_LOSSES
#: which keyword parameters each loss takes
LOSS_PARAMETERS: dict[str, tuple[str, ...]] = {
    "huber": ("delta",),
    "quantile": ("quantile",),
    "asymmetric": ("alpha",),
    "focal": ("gamma",),
}


def make_loss(name: str, **params: float) -> Loss:
    """The loss called `name`, with its parameters (delta, quantile, alpha, gamma)."""
    try:
        factory = _FACTORIES[name]
    except KeyError:
        raise InputError(f"unknown loss '{name}'; choose one of: {', '.join(LOSS_NAMES)}") from None
    return factory({k: float(v) for k, v in params.items() if v is not None})
