"""Models p = f(x; β), all linear in β: p = X·β with a design matrix X.

`bias` (p = β0), `line` (p = β0 + β1·x, shown as c and m), `poly:d` (p = Σ β_j x^j, d ≤ 9)
and `logistic` (the logit z = β0 + β1·x1 + β2·x2 of a two-feature classifier).
"""

from __future__ import annotations

from dataclasses import dataclass
from math import comb

import numpy as np
from numpy.typing import NDArray

from .errors import InputError

Array = NDArray[np.float64]
MAX_DEGREE = 9
MODEL_NAMES = ("bias", "line", *(f"poly:{d}" for d in range(2, MAX_DEGREE + 1)), "logistic")


@dataclass(frozen=True)
class Model:
    """A model linear in its coefficients β0..β(k−1)."""

    name: str
    degree: int  # polynomial degree in x; logistic: 1 in each feature
    classification: bool = False

    @property
    def n_coefficients(self) -> int:
        return 3 if self.classification else self.degree + 1

    @property
    def coefficient_names(self) -> tuple[str, ...]:
        if self.classification:
            return ("β0", "β1", "β2")
        if self.name == "line":
            return ("c", "m")
        if self.name == "bias":
            return ("c",)
        return tuple(f"β{j}" for j in range(self.degree + 1))

    @property
    def distinct_x_needed(self) -> int:
        """How many distinct x values make the least-squares answer unique."""
        return 1 if self.classification else self.degree + 1

    def design(self, x: Array) -> Array:
        """The design matrix X (n × k), so that p = X·β."""
        x = np.asarray(x, dtype=float)
        if self.classification:
            return np.column_stack([np.ones(len(x)), x[:, 0], x[:, 1]])
        return np.vander(x, self.degree + 1, increasing=True)

    def predict(self, beta: Array, x: Array) -> Array:
        """p = f(x; β), by Horner's rule for polynomials."""
        beta = np.asarray(beta, dtype=float)
        x = np.asarray(x, dtype=float)
        if self.classification:
            return beta[0] + beta[1] * x[:, 0] + beta[2] * x[:, 1]
        p = np.full(x.shape, beta[-1])
        for b in beta[-2::-1]:
            p = p * x + b
        return p

    def centring(self, x0: float) -> Array:
        """T with X = Xc·T, where Xc holds the powers of (x − x0): a binomial matrix.

        x^j = Σ_k C(j, k) x0^(j−k) (x − x0)^k, so T[k, j] = C(j, k)·x0^(j−k) for k ≤ j.
        """
        k = self.n_coefficients
        t = np.zeros((k, k))
        if self.classification:
            return np.eye(k)
        for j in range(k):
            for i in range(j + 1):
                t[i, j] = comb(j, i) * x0 ** (j - i)
        return t


def make_model(name: str) -> Model:
    """The model called `name`: bias, line, poly:2 … poly:9, or logistic."""
    if name == "bias":
        return Model("bias", 0)
    if name == "line":
        return Model("line", 1)
    if name == "logistic":
        return Model("logistic", 1, classification=True)
    if name.startswith("poly:"):
        try:
            d = int(name[5:])
        except ValueError:
            d = -1
        if 1 <= d <= MAX_DEGREE:
            return Model("line", 1) if d == 1 else Model(name, d)
    raise InputError(f"unknown model '{name}'; choose one of: bias, line, poly:2 … poly:{MAX_DEGREE}, logistic")
