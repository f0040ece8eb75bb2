"""A guess scored: J of my coefficients against J of the exact answer ("my MAE is 12% above the best")."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from .errors import InputError
from .fitting import make_objective
from .objective import Objective
from .solve import Solution, solve_objective

Array = NDArray[np.float64]


@dataclass(frozen=True)
class Score:
    """My J and the best J (the exact answer's) of one objective."""

    label: str  # MAE, or J when penalties or another reduction make it more than the loss
    coefficients: Array
    mine: float
    best: Solution

    @property
    def best_value(self) -> float | None:
        """The smallest J, or None when there is none (separable classes without a penalty)."""
        finite = math.isfinite(self.best.objective) and bool(np.all(np.isfinite(self.best.coefficients)))
        return float(self.best.objective) if finite else None

    @property
    def ratio(self) -> float | None:
        """mine / best (1 when both are 0, infinite when only the best is 0), or None without a
        best or when the best is negative (Poisson's J, without log y!, often is)."""
        best = self.best_value
        if best is None or best < 0.0:
            return None
        if best == 0.0:
            return 1.0 if self.mine <= 0.0 else math.inf
        return self.mine / best

    @property
    def above(self) -> float | None:
        """mine − best, or None without a best."""
        best = self.best_value
        return None if best is None else self.mine - best

    def sentence(self, mine: str = "my") -> str:
        """`my MAE is 12% above the best`, or why there is no comparison."""
        ratio, label, best = self.ratio, self.label, self.best_value
        if best is None:
            return f"there is no best {label} to compare with: {self.best.message}"
        if ratio is None:  # a negative best: a ratio would mean nothing, the difference does
            above = self.mine - best
            if abs(above) <= 5e-9 * abs(best):
                return f"{mine} {label} equals the best"
            where = "above the" if above > 0 else "below the solver's"
            return f"{mine} {label} is {abs(above):.3g} {where} best ({best:.6g}: this J can be negative)"
        if ratio == math.inf:
            return f"{mine} {label} is {self.mine:.6g}; the best is 0 (a perfect fit)"
        above = 100.0 * (ratio - 1.0)
        if abs(above) < 5e-7:
            return f"{mine} {label} equals the best"
        if above < 0:  # the solver stopped short (not converged): say so rather than hide it
            return f"{mine} {label} is {_percent(-above)}% below the solver's best"
        return f"{mine} {label} is {_percent(above)}% above the best"


def _percent(value: float) -> str:
    return f"{value:.0f}" if value >= 10 else f"{value:.2g}"


def score_objective(objective: Objective, coefficients: Sequence[float] | Array) -> Score:
    """J at `coefficients` against the exact answer of `objective`."""
    beta = np.array(coefficients, dtype=float).reshape(-1)
    names = objective.model.coefficient_names
    if beta.shape != (len(names),):
        raise InputError(
            f"model {objective.model.name} needs {len(names)} coefficients ({', '.join(names)}), got {beta.size}"
        )
    if not np.all(np.isfinite(beta)):
        raise InputError("the coefficients must be finite numbers")
    mine = float(objective.value(beta))
    return Score(objective.label, beta, mine, solve_objective(objective))


def score(x: Any, y: Any, coefficients: Sequence[float] | Array, **objective_options: Any) -> Score:
    """J of `coefficients` and the best J, on the objective named by `make_objective`'s options."""
    return score_objective(make_objective(x, y, **objective_options), coefficients)
