"""Whether J has a finite minimum, and what kind of answer a solver gives.

A convex J has no finite minimum when some direction d of the coefficients lowers it forever:
then gradient descent runs off and no exact answer exists. Linear programs (HiGHS, imported
when first needed) look for such a direction among the coefficients no penalty holds:

- Poisson (ℓ = exp(f) − y·f): g = X·d with g_i = 0 where y_i > 0, g_i ≤ 0 where y_i = 0 and
  some g_i < 0: the zero counts' means fall toward 0 while the others stay (all counts 0, or
  zeros a polynomial can bend away from);
- the softmax model (cross-entropy without label smoothing): directions D (K × 3) with
  (d_{y_i} − d_k)·x_i ≥ 0 for every point i and class k, one of them > 0: boundaries that put
  some points wholly on their own class's side. A class without points is one such direction
  (its intercept falls forever) even with a penalty on the weights.

A solver of a non-convex loss (Brier) ends on a point where the KKT conditions hold, which
may be a local minimum or a saddle: `local_note` says which, from the Hessian there.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from .models import ROW
from .objective import Objective

Array = NDArray[np.float64]
#: a direction's best total slack past this (of 1 at most per row) is a real one, not rounding
FOUND = 0.5


def _scaled_features(x: Array) -> Array:
    """The columns of x centred and scaled to about [−1, 1] (the LP's rows then have one scale)."""
    centre = 0.5 * (np.min(x, axis=0) + np.max(x, axis=0))
    half = 0.5 * (np.max(x, axis=0) - np.min(x, axis=0))
    return np.asarray((x - centre) / np.where(half > 0, half, 1.0))


def poisson_unbounded(obj: Objective) -> str:
    """Why a Poisson objective has no finite minimum, or "" when it has one."""
    y = obj.y
    if not np.any(y > 0):
        return "no finite minimum: every count is 0, so J keeps falling as the mean exp(f) falls toward 0"
    if obj.penalties.on_coefficients:
        return ""  # only the intercept is free, and a positive count holds it
    from scipy.optimize import linprog

    x = obj.x
    centre, half = 0.5 * (np.min(x) + np.max(x)), 0.5 * (np.max(x) - np.min(x))
    xs = (x - centre) / (half if half > 0 else 1.0)
    z = np.vander(xs, obj.n_coefficients, increasing=True)
    zero, positive = z[y == 0], z[y > 0]
    if not len(zero):
        return ""
    k = z.shape[1]
    result = linprog(np.sum(zero, axis=0), A_ub=np.vstack([zero, -zero]),
                     b_ub=np.r_[np.zeros(len(zero)), np.ones(len(zero))],
                     A_eq=positive, b_eq=np.zeros(len(positive)), bounds=[(None, None)] * k, method="highs")
    if result.status == 0 and -result.fun > FOUND:
        return ("no finite minimum: the model can send the mean toward 0 at the zero counts while keeping "
                "the others (a linear program finds the direction), so J keeps falling; add an L2 penalty")
    return ""


def softmax_unbounded(obj: Objective) -> str:
    """Why a softmax objective has no finite minimum, or "" when it has one."""
    if not obj.loss.unbounded_when_separable:
        return ""  # label smoothing: every target inside (0, 1), J rises again far out
    k = obj.model.classes
    labels = obj.y.astype(int)
    empty = [c for c in range(k) if not np.any(labels == c)]
    if empty:
        return (f"no finite minimum: class {empty[0]} has no points, so its intercept falls forever and J with it; "
                "give it a point or use label smoothing")
    if obj.penalties.on_coefficients:
        return ""  # only the intercepts are free, and every class's points hold its own
    from scipy.optimize import linprog

    z = np.column_stack([np.ones(obj.n), _scaled_features(obj.x)])
    # one row per point i and other class c: (d_{y_i} − d_c)·z_i, over D flattened row by row
    points, others = np.nonzero(np.arange(k)[None, :] != labels[:, None])
    rows = np.zeros((len(points), k * ROW))
    for f in range(ROW):
        np.add.at(rows, (np.arange(len(points)), labels[points] * ROW + f), z[points, f])
        np.add.at(rows, (np.arange(len(points)), others * ROW + f), -z[points, f])
    result = linprog(-np.sum(rows, axis=0), A_ub=np.vstack([rows, -rows]),
                     b_ub=np.r_[np.ones(len(rows)), np.zeros(len(rows))], bounds=[(None, None)] * (k * ROW),
                     method="highs")
    if result.status == 0 and -result.fun > FOUND:
        return ("no finite minimum: straight boundaries put some classes' points wholly on their own side "
                "(a linear program finds them), so J keeps falling as the weights grow; add an L2 penalty "
                "or label smoothing to get one")
    return ""


def local_note(obj: Objective, beta: Array) -> str:
    """What the answer of a non-convex loss is: a local minimum (the Hessian positive there) or
    a saddle point, reached by Newton's method from β = 0."""
    with np.errstate(all="ignore"):
        h = obj.hessian(beta)
    vals = np.linalg.eigvalsh(0.5 * (h + h.T)) if np.all(np.isfinite(h)) else np.array([np.nan])
    top = float(np.max(np.abs(vals)))
    if np.min(vals) < -1e-9 * top:
        kind = "a saddle point (J curves down along some direction there)"
    else:
        kind = "a local minimum"
    return (f"{obj.loss.name} is not convex: this is {kind} reached by Newton's method from β = 0; "
            "other starts may end elsewhere")
