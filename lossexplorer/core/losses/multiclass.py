"""The categorical cross-entropy of a softmax model: K scores per point, labels 0 … K−1.

Here p is the n × K array of scores z_k = β_k0 + β_k1·x1 + β_k2·x2 (axis 1 the classes; more
trailing axes are allowed, as the landscape's grids of cells), y the labels. With the targets
t_k = (1 − ε)·[y = k] + ε/K (label smoothing ε ≥ 0, one-hot when ε = 0)

    ℓ = −Σ_k t_k·log p̂_k = logsumexp(z) − Σ_k t_k·z_k,     p̂ = softmax(z),
    dℓ/dz_k = p̂_k − t_k,     d²ℓ/dz_k dz_l = p̂_k·[k = l] − p̂_k·p̂_l,

computed from the scores shifted by their largest, so that no exponential overflows. The
Hessian does not depend on the targets: Σ_k t_k = 1 whatever ε is.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .base import Array, Loss, WrittenSlope
from .classification import LABEL_SMOOTHING, smoothed


def one_hot(y: Array, classes: int, ndim: int = 2) -> Array:
    """[y = k] as floats, the classes on axis 1 of an array of `ndim` axes (y: the labels)."""
    labels = np.expand_dims(np.asarray(y, dtype=float), 1)
    ks = np.arange(classes, dtype=float).reshape((1, classes) + (1,) * (ndim - 2))
    return np.asarray(labels == ks, dtype=float)


def log_softmax(z: Array) -> tuple[Array, Array]:
    """log p̂ and p̂ = softmax(z) over axis 1, without overflow."""
    shifted = z - np.max(z, axis=1, keepdims=True)
    e = np.exp(shifted)
    total = np.sum(e, axis=1, keepdims=True)
    return shifted - np.log(total), e / total


def softmax(z: Array) -> Array:
    """p̂ = exp(z_k) / Σ_l exp(z_l) over axis 1."""
    return log_softmax(np.asarray(z, dtype=float))[1]


@dataclass(frozen=True)
class CrossEntropy(Loss):
    """ℓ = −Σ_k t_k·log p̂_k over K classes (the categorical cross-entropy); K = 2 is BCE."""

    label_smoothing: float = LABEL_SMOOTHING.default

    name = "crossentropy"
    title = "cross-entropy: K classes (softmax)"
    short = "CE"
    formula = "−Σₖ yₖ·log p̂ₖ"
    tip = "−Σₖ yₖ·log p̂ₖ with p̂ = softmax(z): minus the log of the probability given to the true class"
    kind = "classification"
    default_model = "softmax"
    parameters = (LABEL_SMOOTHING,)
    multiclass = True
    takes_cap = False
    falls_when_separable = True
    noise = "categorical"
    noise_sentence = ("The categorical cross-entropy is the maximum-likelihood choice when each label is drawn "
                      "from the categorical distribution p̂ = softmax(z).")
    curve_axis = "probability p̂ of the true class"
    slope_formula = "−1/p̂"
    written = WrittenSlope(1.0, "(p̂ᵢₖ − yᵢₖ)", "p̂ᵢₖ = softmax(zᵢ)ₖ; yᵢₖ = 1 for the point's own class k, else 0")
    written_smoothed = WrittenSlope(
        1.0, "(p̂ᵢₖ − ỹᵢₖ)", "p̂ᵢₖ = softmax(zᵢ)ₖ; ỹᵢₖ = (1 − ε)·yᵢₖ + ε/K, yᵢₖ = 1 for the point's own class k"
    )
    curve_span = (0.02, 1.0)

    def targets(self, y: Array, classes: int, ndim: int = 2) -> Array:
        """t_k = (1 − ε)·[y = k] + ε/K."""
        return smoothed(one_hot(y, classes, ndim), self.label_smoothing, classes)

    def loss_gradient(self, p: Array, y: Array) -> tuple[Array, Array]:
        z = np.asarray(p, dtype=float)
        log_p, prob = log_softmax(z)
        target = self.targets(y, z.shape[1], z.ndim)
        return -np.sum(target * log_p, axis=1), prob - target

    def curvature(self, p: Array, y: Array) -> Array:
        """Per point the K × K Hessian diag(p̂) − p̂·p̂ᵀ (n × K × K)."""
        prob = softmax(p)
        return np.asarray(prob[:, :, None] * np.eye(prob.shape[1]) - prob[:, :, None] * prob[:, None, :])

    # --- the shape view: ℓ against the probability of the true class ---------------------------

    @property
    def curve_formula(self) -> str:
        if not self.label_smoothing:
            return "−log p̂"
        return "−(1 − ε + ε/K)·log p̂ − (ε(K − 1)/K)·log((1 − p̂)/(K − 1)), the rest shared by K − 1 classes"

    def curve(self, u: Array, classes: int = 3) -> tuple[Array, Array]:
        """ℓ and dℓ/dp̂ against the probability p̂ of the true class, the other K − 1 classes
        sharing 1 − p̂ equally (only label smoothing sees them)."""
        q = np.asarray(u, dtype=float)
        eps = self.label_smoothing
        right = 1.0 - eps + eps / classes
        with np.errstate(divide="ignore", invalid="ignore"):
            value = -right * np.log(q)
            slope = -right / q
            if eps:
                rest = eps * (classes - 1) / classes
                value = value - rest * np.log((1.0 - q) / (classes - 1))
                slope = slope + rest / (1.0 - q)
        return value, slope
