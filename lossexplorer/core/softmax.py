"""J of the softmax model, its probabilities, predicted classes and confusion matrix.

The coefficients are one flat vector of K rows (β_k0, β_k1, β_k2); with X the rows (1, x1, x2)
of the points and B the K × 3 view of β, the scores are S = X·Bᵀ (n × K) and

    J = R(ℓ(S_i, y_i)) + λ2·Σ_k Σ_{j≥1} β_kj² + λ1·Σ_k Σ_{j≥1} |β_kj|,
    ∇J = w·(dℓ/dS)ᵀ·X (K × 3, flattened row by row) + the penalties' gradient,

every row's intercept β_k0 unpenalised, as β0 is for the other models. The Hessian's (k, l)
block is w·Xᵀ·diag(p̂_k·([k = l] − p̂_l))·X plus L2's diagonal. `objective_of` makes the
right objective for a loss and model: this one for the softmax model, `Objective` else.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from .losses import Loss, sigmoid, softmax
from .models import ROW, Model
from .objective import Objective
from .penalties import Penalties

Array = NDArray[np.float64]


@dataclass(frozen=True)
class RowPenalties(Penalties):
    """The penalties of a softmax model: L1 and L2 weigh every coefficient but each row's intercept."""

    @staticmethod
    def penalised(k: int) -> NDArray[np.bool_]:
        return np.arange(k) % ROW > 0


def objective_of(
    loss: Loss, model: Model, x: Array, y: Array, reduction: str | None = None, penalties: Penalties | None = None
) -> Objective:
    """J for a loss and model: a `SoftmaxObjective` for the softmax model, an `Objective` else."""
    if model.softmax:
        return SoftmaxObjective(loss, model, x, y, reduction, penalties)
    return Objective(loss, model, x, y, reduction, penalties)


class SoftmaxObjective(Objective):
    """J(β) of a multi-class loss on the softmax model; K from the model, or from the labels."""

    def __init__(
        self,
        loss: Loss,
        model: Model,
        x: Array,
        y: Array,
        reduction: str | None = None,
        penalties: Penalties | None = None,
    ) -> None:
        pen = penalties or Penalties()
        rows = RowPenalties(pen.cap, pen.cap_weight, pen.l1, pen.l2)
        super().__init__(loss, model.for_labels(np.asarray(y, dtype=float)), x, y, reduction, rows)

    @property
    def classes(self) -> int:
        return self.model.classes

    def predict(self, beta: Array) -> Array:
        """The scores S = X·Bᵀ (n × K)."""
        return np.asarray(self.design @ self.model.rows(beta).T)

    def probabilities(self, beta: Array) -> Array:
        """p̂ = softmax(S) (n × K)."""
        return softmax(self.predict(beta))

    def value_and_grad(self, beta: Array) -> tuple[float, Array]:
        beta = np.asarray(beta, dtype=float)
        terms, slopes = self.loss.loss_gradient(self.predict(beta), self.y)
        w = self.weight
        value, grad = w * float(np.sum(terms)), w * np.ravel(slopes.T @ self.design)
        if self._penalised:
            pen_value, pen_grad = self.penalties.value_and_grad(beta)
            value += pen_value
            grad += pen_grad
        return value, grad

    def batch_value_and_grad(self, beta: Array, idx: NDArray[np.intp]) -> tuple[float, Array]:
        rows = self.design[idx]
        terms, slopes = self.loss.loss_gradient(rows @ self.model.rows(beta).T, self.y[idx])
        w = (1.0 if self.reduction == "mean" else float(self.n)) / len(idx)
        pen_value, pen_grad = self.penalties.value_and_grad(beta)
        return w * float(np.sum(terms)) + pen_value, w * np.ravel(slopes.T @ rows) + pen_grad

    def per_point(self, beta: Array) -> tuple[Array, Array, Array]:
        """The scores (n × K), per-point ℓ and dℓ/dS (n × K), without penalties."""
        scores = self.predict(beta)
        value, grad = self.loss.loss_gradient(scores, self.y)
        return scores, value, grad

    def hessian(self, beta: Array) -> Array:
        prob = self.probabilities(beta)
        x, k = self.design, self.classes
        h = np.zeros((k, ROW, k, ROW))
        for a in range(k):
            for b in range(a, k):
                weights = self.weight * prob[:, a] * (float(a == b) - prob[:, b])
                h[a, :, b, :] = (x.T * weights) @ x
                h[b, :, a, :] = h[a, :, b, :].T
        n = k * ROW
        return np.asarray(h.reshape(n, n) + self.penalties.hessian(n))

    def values_on_plane(self, base: Array, i: int, j: int, a: Array, b: Array, block: int,
                        cancel: object | None = None) -> Array | None:
        """R(ℓ) at β = base + a·e_i + b·e_j for the cells (a, b) (flat arrays), in blocks of
        `block` point-scores; None when `cancel` (anything with `is_set()`) is set."""
        x = self.design
        scores = self.predict(np.asarray(base, dtype=float))
        (ki, fi), (kj, fj) = divmod(i, ROW), divmod(j, ROW)
        labels = self.y[:, None]
        out = np.empty(len(a))
        step = max(1, block // max(self.n * self.classes, 1))
        for start in range(0, len(a), step):
            if cancel is not None and cancel.is_set():  # type: ignore[attr-defined]
                return None
            sl = slice(start, start + step)
            cells = np.repeat(scores[:, :, None], len(a[sl]), axis=2)  # (n, K, cells)
            cells[:, ki, :] += x[:, fi, None] * a[sl]
            cells[:, kj, :] += x[:, fj, None] * b[sl]
            out[sl] = self.weight * self.loss.value(cells, labels).sum(axis=0)
        return out


# --- what a classifier predicts ------------------------------------------------------------------


def class_probabilities(model: Model, beta: Array, x: Array) -> Array:
    """p̂ of every class at the points x (n × 2): n × K for the softmax model, n × 2 for the
    logistic one (1 − σ(z), σ(z)). The canvas shades a grid of cells with these."""
    scores = model.predict(beta, np.asarray(x, dtype=float))
    if model.softmax:
        return softmax(scores)
    one = sigmoid(np.asarray(scores, dtype=float))
    return np.column_stack([1.0 - one, one])


def predicted_classes(model: Model, beta: Array, x: Array) -> tuple[NDArray[np.intp], Array]:
    """The class each point of x is given (the most probable; the lower label on a tie) and its
    probability: how sure the model is there."""
    prob = class_probabilities(model, beta, x)
    label = np.argmax(prob, axis=1)
    return label, prob[np.arange(len(label)), label]


def confusion_matrix(labels: Array, predicted: Array, classes: int) -> NDArray[np.intp]:
    """C[k, l]: how many points of class k are predicted as class l (K × K); its diagonal holds
    the right ones, so the accuracy is trace(C)/n."""
    out = np.zeros((classes, classes), dtype=np.intp)
    np.add.at(out, (np.asarray(labels, dtype=np.intp), np.asarray(predicted, dtype=np.intp)), 1)
    return out


def accuracy(labels: Array, predicted: Array) -> float:
    """The fraction of points whose predicted class is their own."""
    labels = np.asarray(labels)
    return float(np.mean(labels == np.asarray(predicted))) if labels.size else float("nan")
