"""Models p = f(x; β), all linear in β: p = X·β with a design matrix X.

`bias` (p = β0), `line` (p = β0 + β1·x, shown as c and m), `poly:d` (p = Σ β_j x^j, d ≤ 9),
`logistic` (the logit z = β0 + β1·x1 + β2·x2 of a two-feature classifier) and `softmax` (K
scores z_k = β_k0 + β_k1·x1 + β_k2·x2, one row per class; `softmax:K` fixes K, `softmax`
takes as many classes as the labels need).

A softmax model's coefficients travel as one flat vector of 3K numbers, row by row
(β₀₀, β₀₁, β₀₂, β₁₀, …): `rows` gives the K × 3 view. All K rows are kept: adding one vector
to every row changes no probability, and the answer taken is the one whose rows sum to zero
(the L2 penalty, which weighs every class alike, makes the slopes sum to zero by itself).
"""

from __future__ import annotations

from dataclasses import dataclass
from math import comb

import numpy as np
from numpy.typing import NDArray

from .errors import InputError

Array = NDArray[np.float64]
MAX_DEGREE = 9
#: a softmax model takes at most this many classes
MAX_CLASSES = 5
#: the features of a classifier and its intercept: one row of a softmax model's coefficients
ROW = 3
MODEL_NAMES = ("bias", "line", *(f"poly:{d}" for d in range(2, MAX_DEGREE + 1)), "logistic", "softmax")
SUBSCRIPTS = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


@dataclass(frozen=True)
class Model:
    """A model linear in its coefficients β0..β(k−1)."""

    name: str
    degree: int  # polynomial degree in x; logistic: 1 in each feature
    classification: bool = False
    classes: int = 0  # softmax: the number of classes K (0 until the labels say)

    @property
    def softmax(self) -> bool:
        """True for the softmax model: K scores per point, coefficients in K rows of 3."""
        return self.name == "softmax"

    @property
    def spec(self) -> str:
        """The name make_model reads back to this model: a softmax model's names its K."""
        return f"softmax:{self.classes}" if self.softmax and self.classes else self.name

    @property
    def n_coefficients(self) -> int:
        if self.softmax:
            return ROW * self.classes
        return ROW if self.classification else self.degree + 1

    @property
    def coefficient_names(self) -> tuple[str, ...]:
        if self.softmax:  # β₁₂: class 1's weight of x2
            return tuple(f"β{k}{j}".translate(SUBSCRIPTS) for k in range(self.classes) for j in range(ROW))
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

    def for_labels(self, y: Array) -> Model:
        """The softmax model with K from the labels (the largest + 1, at least 2) when it has
        none yet; any other model as it is. Labels past MAX_CLASSES − 1 are refused."""
        if not self.softmax or self.classes:
            return self
        y = np.asarray(y, dtype=float)
        finite = np.where(np.isfinite(y), y, 0.0)  # the objective names what is not finite
        top = float(np.max(finite)) if y.size else 0.0
        if not top < MAX_CLASSES:
            i = int(np.argmax(finite))
            raise InputError(f"label of point {i + 1} is {y[i]:g}; the softmax model takes at most {MAX_CLASSES} "
                             f"classes, labels 0 … {MAX_CLASSES - 1}")
        return Model("softmax", 1, True, max(2, int(top) + 1 if top >= 0 else 2))

    def rows(self, beta: Array) -> Array:
        """A softmax model's coefficients as K rows (β_k0, β_k1, β_k2)."""
        return np.asarray(beta, dtype=float).reshape(self.classes, ROW)

    def design(self, x: Array) -> Array:
        """The design matrix X (n × k), so that p = X·β; a classifier's rows (1, x1, x2), for
        both the logistic model and each row of a softmax model (its scores are X·Bᵀ)."""
        x = np.asarray(x, dtype=float)
        if self.classification:
            return np.column_stack([np.ones(len(x)), x[:, 0], x[:, 1]])
        return np.vander(x, self.degree + 1, increasing=True)

    def predict(self, beta: Array, x: Array) -> Array:
        """p = f(x; β), by Horner's rule for polynomials; a softmax model's n × K scores."""
        beta = np.asarray(beta, dtype=float)
        x = np.asarray(x, dtype=float)
        if self.softmax:
            rows = self.rows(beta)
            return np.asarray(rows[:, 0] + x[:, :1] * rows[:, 1] + x[:, 1:2] * rows[:, 2])
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
    """The model called `name`: bias, line, poly:2 … poly:9, logistic, softmax or softmax:K."""
    if name == "bias":
        return Model("bias", 0)
    if name == "line":
        return Model("line", 1)
    if name == "logistic":
        return Model("logistic", 1, classification=True)
    if name == "softmax":
        return Model("softmax", 1, classification=True)
    if name.startswith("softmax:"):
        k = int(name[8:]) if name[8:].isdigit() else 0
        if 2 <= k <= MAX_CLASSES:
            return Model("softmax", 1, classification=True, classes=k)
        raise InputError(f"model '{name}': the softmax model takes 2 to {MAX_CLASSES} classes (softmax:2 … "
                         f"softmax:{MAX_CLASSES})")
    if name.startswith("poly:"):
        try:
            d = int(name[5:])
        except ValueError:
            d = -1
        if 1 <= d <= MAX_DEGREE:
            return Model("line", 1) if d == 1 else Model(name, d)
    raise InputError(
        f"unknown model '{name}'; choose one of: bias, line, poly:2 … poly:{MAX_DEGREE}, logistic, softmax"
    )
