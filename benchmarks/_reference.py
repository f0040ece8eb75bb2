"""Plain NumPy gradient-descent loops: the reference `fit` is timed against.

Written the way a blog post writes them (Adarsh Menon's "linear regression using gradient
descent"): scalar m and c, one vectorised pass per quantity, the loss value computed each
epoch and recorded (as `fit` records J every epoch). Each loop returns (β, J) with β in
`fit`'s order (c, m) or (β0, …, βd), and J[i] the objective before step i.

Gradients and subgradients follow the math contract in DESIGN.md (error e = p − y,
subgradient 0 at e = 0, reduction mean unless the loss is a sum).
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

Array = NDArray[np.float64]


def mse_line(x: Array, y: Array, lr: float, epochs: int) -> tuple[Array, Array]:
    """The blog post's loop, as it is."""
    n = float(len(x))
    m = c = 0.0
    J = np.empty(epochs)
    for i in range(epochs):
        pred = m * x + c
        Dm = -2 / n * np.sum(x * (y - pred))
        Dc = -2 / n * np.sum(y - pred)
        J[i] = np.mean((y - pred) ** 2)
        m -= lr * Dm
        c -= lr * Dc
    return np.array([c, m]), J


def mse_poly(x: Array, y: Array, degree: int, lr: float, epochs: int) -> tuple[Array, Array]:
    """The same loop with the Vandermonde matrix: pred = X@β, grad = −2/n·Xᵀ(y − pred)."""
    n = float(len(x))
    X = np.vander(x, degree + 1, increasing=True)
    beta = np.zeros(degree + 1)
    J = np.empty(epochs)
    for i in range(epochs):
        pred = X @ beta
        grad = -2 / n * (X.T @ (y - pred))
        J[i] = np.mean((y - pred) ** 2)
        beta = beta - lr * grad
    return beta, J


def mae_line(x: Array, y: Array, lr: float, epochs: int, reduce: str = "mean") -> tuple[Array, Array]:
    """ℓ = |e|, subgradient sign(e); `reduce="sum"` gives sae."""
    w = 1.0 / len(x) if reduce == "mean" else 1.0
    m = c = 0.0
    J = np.empty(epochs)
    for i in range(epochs):
        pred = m * x + c
        e = pred - y
        g = np.sign(e)
        Dm = w * np.sum(x * g)
        Dc = w * np.sum(g)
        J[i] = w * np.sum(np.abs(e))
        m -= lr * Dm
        c -= lr * Dc
    return np.array([c, m]), J


def huber_line(x: Array, y: Array, lr: float, epochs: int, delta: float) -> tuple[Array, Array]:
    """ℓ = ½e² for |e| ≤ δ else δ(|e| − ½δ); dℓ/de = clip(e, −δ, δ)."""
    n = float(len(x))
    m = c = 0.0
    J = np.empty(epochs)
    for i in range(epochs):
        pred = m * x + c
        e = pred - y
        g = np.clip(e, -delta, delta)
        a = np.abs(e)
        Dm = np.sum(x * g) / n
        Dc = np.sum(g) / n
        J[i] = np.mean(np.where(a <= delta, 0.5 * e * e, delta * (a - 0.5 * delta)))
        m -= lr * Dm
        c -= lr * Dc
    return np.array([c, m]), J


def logcosh_line(x: Array, y: Array, lr: float, epochs: int) -> tuple[Array, Array]:
    """ℓ = log cosh e in its overflow-free form |e| + log1p(exp(−2|e|)) − log 2; dℓ/de = tanh e."""
    n = float(len(x))
    log2 = np.log(2.0)
    m = c = 0.0
    J = np.empty(epochs)
    for i in range(epochs):
        pred = m * x + c
        e = pred - y
        g = np.tanh(e)
        a = np.abs(e)
        Dm = np.sum(x * g) / n
        Dc = np.sum(g) / n
        J[i] = np.mean(a + np.log1p(np.exp(-2 * a)) - log2)
        m -= lr * Dm
        c -= lr * Dc
    return np.array([c, m]), J


def quantile_line(x: Array, y: Array, lr: float, epochs: int, q: float) -> tuple[Array, Array]:
    """Pinball with r = y − p: ℓ = q·max(r, 0) + (1 − q)·max(−r, 0); dℓ/dp = −q, 1 − q, or 0."""
    n = float(len(x))
    m = c = 0.0
    J = np.empty(epochs)
    for i in range(epochs):
        pred = m * x + c
        r = y - pred
        g = np.where(r > 0, -q, np.where(r < 0, 1 - q, 0.0))
        Dm = np.sum(x * g) / n
        Dc = np.sum(g) / n
        J[i] = np.mean(np.maximum(q * r, (q - 1) * r))
        m -= lr * Dm
        c -= lr * Dc
    return np.array([c, m]), J


def asymmetric_line(x: Array, y: Array, lr: float, epochs: int, alpha: float) -> tuple[Array, Array]:
    """ℓ = α|e| when p < y, else |e|; dℓ/dp = −α, 1, or 0 at e = 0."""
    n = float(len(x))
    m = c = 0.0
    J = np.empty(epochs)
    for i in range(epochs):
        pred = m * x + c
        e = pred - y
        g = np.where(e < 0, -alpha, np.sign(e))
        Dm = np.sum(x * g) / n
        Dc = np.sum(g) / n
        J[i] = np.mean(np.where(e < 0, -alpha * e, e))
        m -= lr * Dm
        c -= lr * Dc
    return np.array([c, m]), J


def capped_mse_line(x: Array, y: Array, lr: float, epochs: int, cap: float, weight: float) -> tuple[Array, Array]:
    """J = mean(e²) + λ·mean(max(0, p − C)²); dℓ/dp = 2e + 2λ·max(0, p − C)."""
    n = float(len(x))
    m = c = 0.0
    J = np.empty(epochs)
    for i in range(epochs):
        pred = m * x + c
        e = pred - y
        over = np.maximum(pred - cap, 0.0)
        g = 2 * e + 2 * weight * over
        Dm = np.sum(x * g) / n
        Dc = np.sum(g) / n
        J[i] = np.mean(e * e) + weight * np.mean(over * over)
        m -= lr * Dm
        c -= lr * Dc
    return np.array([c, m]), J
