"""The loss landscape: J over a grid of two coefficients, the others held fixed.

For the line the two are (c, m); for a polynomial any two β_i, β_j; for a softmax model any
two of its K × 3 weights (`SoftmaxObjective.values_on_plane`). Squared losses without
a cap are evaluated in closed form from the centred sufficient statistics, so a grid costs
O(cells) whatever the number of points; other losses evaluate the points cell by cell, in
blocks of columns so memory stays bounded.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from .objective import Objective
from .softmax import SoftmaxObjective

Array = NDArray[np.float64]
BLOCK_ELEMENTS = 2_000_000  # points × cells evaluated at once on the per-point path


@dataclass(frozen=True)
class Grid:
    """J on a (rows × cols) grid: values[r, c] is J at (axis_i[c], axis_j[r])."""

    i: int
    j: int
    axis_i: Array  # values of β_i along the columns
    axis_j: Array  # values of β_j along the rows
    values: Array  # (len(axis_j), len(axis_i))
    base: Array  # the coefficients the other β keep

    def argmin(self) -> tuple[float, float]:
        r, c = np.unravel_index(int(np.nanargmin(self.values)), self.values.shape)
        return float(self.axis_i[c]), float(self.axis_j[r])


def landscape(
    obj: Objective,
    base: Array,
    i: int,
    j: int,
    range_i: tuple[float, float],
    range_j: tuple[float, float],
    size: int | tuple[int, int] = 200,
    cancel: object | None = None,
) -> Grid | None:
    """J over β_i ∈ range_i (columns) and β_j ∈ range_j (rows), other coefficients at `base`.

    `cancel`, if given, is polled between blocks (anything with `is_set()`); a cancelled
    computation returns None.
    """
    cols, rows = (size, size) if isinstance(size, int) else size
    axis_i = np.linspace(*range_i, cols)
    axis_j = np.linspace(*range_j, rows)
    base = np.asarray(base, float)
    a, b = np.meshgrid(axis_i - base[i], axis_j - base[j])  # offsets from base, shape (rows, cols)
    form = obj.quadratic_form()
    with np.errstate(all="ignore"):
        if form is not None:
            values = form.on_plane(base, i, j, a, b)
        else:
            flat = (obj.values_on_plane(base, i, j, a.ravel(), b.ravel(), BLOCK_ELEMENTS, cancel)
                    if isinstance(obj, SoftmaxObjective) else _pointwise(obj, base, i, j, a.ravel(), b.ravel(), cancel))
            if flat is None:
                return None
            values = flat.reshape(rows, cols)
        values = values + obj.penalties.on_plane(base, i, j, a, b)
    return Grid(i, j, axis_i, axis_j, values, base.copy())


def _pointwise(obj: Objective, base: Array, i: int, j: int, a: Array, b: Array, cancel: object | None) -> Array | None:
    """R(ℓ + cap term) cell by cell, in blocks of cells."""
    x = obj.design
    p0 = x @ base
    xi, xj = x[:, i][:, None], x[:, j][:, None]
    out = np.empty(len(a))
    step = max(1, BLOCK_ELEMENTS // max(obj.n, 1))
    for start in range(0, len(a), step):
        if cancel is not None and cancel.is_set():  # type: ignore[attr-defined]
            return None
        sl = slice(start, start + step)
        p = p0[:, None] + xi * a[sl] + xj * b[sl]  # (n, block)
        out[sl] = obj.weight * obj.point_values(p, obj.y[:, None]).sum(axis=0)
    return out


def frame(centre: tuple[float, float], *others: tuple[float, float], margin: float = 0.25, square: bool = False
          ) -> tuple[tuple[float, float], tuple[float, float]]:
    """Ranges for two coordinates that hold `centre` in the middle and every other point too.

    `square`: both as wide as the wider, for coordinates in one unit (a logistic model's
    weights): otherwise a descent that hardly moves one weight gets a sliver of a map.
    """
    pts = np.array([centre, *others], float)
    half = np.max(np.abs(pts - np.asarray(centre)), axis=0)
    if square:
        half = np.full(2, np.max(half))
    half = np.where(half > 0, half * (1 + margin), 1.0)
    return (centre[0] - half[0], centre[0] + half[0]), (centre[1] - half[1], centre[1] + half[1])
