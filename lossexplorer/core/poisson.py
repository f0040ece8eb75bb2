"""The exact answer of Poisson regression: Newton's method on the convex J from a safe start.

J(β) = R(exp(f_i) − y_i·f_i) + penalties is convex; it is solved in the scaled coordinates of
`basis` for x (f = Z·θ: the counts are not scaled, the link already takes their logarithm),
from θ with the intercept log ȳ and every other coefficient 0 (the bias model's answer), by
the active set with Newton steps of `activeset` (which also takes an L1 penalty) and its line
search, which halves a step whose exp(f) overflows. The optimality conditions are judged
against the size of their terms, w·Σ_i (exp(f_i) + y_i)·|Z_ij|: counts of millions are as
exact as counts of a few. `existence` says first whether there is a minimum at all.
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import NDArray

from . import activeset
from .basis import check_representable, coordinates
from .existence import poisson_unbounded
from .objective import Objective
from .scaled import ScaledProblem

if TYPE_CHECKING:
    from .solve import Solution

Array = NDArray[np.float64]


class CountProblem(ScaledProblem):
    """J' of a Poisson objective: the counts as they are, the optimality conditions in their scale."""

    def _slope_sizes(self, theta: Array) -> Array:
        """w·Σ_i (exp(f_i) + y_i)·|Z_ij|: the size of the slopes exp(f) − y themselves."""
        with np.errstate(over="ignore"):
            mean = np.exp(self.predictions(theta))
        size = self.w * ((mean + np.abs(self.y)) @ np.abs(self.z))
        # a column the loss barely sees is judged on the others' scale (as `ScaledProblem` does)
        return np.asarray(np.maximum(size, 1e-3 * float(np.max(size, initial=0.0))))

    def term_sizes(self, theta: Array) -> Array:
        """Σ_j |Z_ij·θ_j|: f holds no count, so its rounding is that of its own terms."""
        return np.asarray(np.abs(self.z) @ np.abs(theta))

    def objective(self, theta: Array, beta: Array) -> tuple[float, float]:
        """J and log10 J (nan where J ≤ 0: without log y! the Poisson J is often negative)."""
        p = self.predictions(theta)
        value = self.w * float(np.sum(self.loss.loss_gradient(p, self.y)[0])) + self.obj.penalties.value(beta)
        return value, math.log10(value) if value > 0 else math.nan

    def start(self) -> Array:
        """θ with the intercept log ȳ (f = log ȳ at every point), the rest 0."""
        theta = np.zeros(self.z.shape[1])
        theta[0] = np.log(np.mean(self.y)) / self.coords.columns[0]
        return theta


def solve_counts(obj: Objective, check: Any = lambda: None) -> Solution:
    """The minimizer of a Poisson objective, or a Solution that says why there is none."""
    from .solve import _failed, _finish

    reason = poisson_unbounded(obj)
    if reason:
        return _failed(obj, "existence check (linear program)", reason)
    pen = obj.penalties
    centred = not (pen.l1 and obj.model.degree >= 2)  # as `solve` does: L1 stays separable in θ
    coords = replace(coordinates(obj.model, obj.x, obj.y, centred), y0=0.0, sy=1.0)
    check_representable(coords, obj.x, obj.y)
    problem = CountProblem(obj, coords)
    theta, _ = activeset.minimize(problem, problem.start(), check)
    method = "active set with Newton steps" if pen.l1 else "Newton's method"
    if not np.all(np.isfinite(theta)):
        return _failed(obj, method, "no finite minimum")
    return _finish(problem, theta, method, True, "")

