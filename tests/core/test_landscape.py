"""The loss landscape: grid values equal J computed directly, and the minimum is where solve says."""

from __future__ import annotations

import numpy as np
import pytest

from lossexplorer.core import make_objective, preset, solve
from lossexplorer.core.landscape import frame, landscape

CASES = [
    ("mse", "line", {}),
    ("sse", "line", {"l2": 0.3}),
    ("half-sse", "poly:3", {}),
    ("mae", "line", {}),
    ("huber", "line", {"delta": 0.5, "l1": 0.2}),
    ("logcosh", "poly:2", {}),
    ("mse", "line", {"cap": 3.0, "cap_weight": 2.0}),
    ("quantile", "line", {"quantile": 0.8}),
]


@pytest.mark.parametrize("loss, model, options", CASES)
def test_grid_values_equal_j_computed_directly_at_sampled_cells(loss, model, options):
    p = preset("noisy-line")
    obj = make_objective(p.x, p.y, loss, model, **options)
    base = np.linspace(0.3, -0.2, obj.n_coefficients)
    i, j = (0, 1) if model == "line" else (1, obj.n_coefficients - 1)
    grid = landscape(obj, base, i, j, (-2.0, 2.0), (-1.5, 3.0), size=(41, 37))
    assert grid.values.shape == (37, 41)
    rng = np.random.default_rng(0)
    for r, c in zip(rng.integers(0, 37, 25), rng.integers(0, 41, 25)):
        beta = base.copy()
        beta[i], beta[j] = grid.axis_i[c], grid.axis_j[r]
        assert grid.values[r, c] == pytest.approx(obj.value(beta), rel=1e-9, abs=1e-12)


@pytest.mark.parametrize("loss", ["mse", "mae", "huber", "logcosh"])
def test_the_grids_minimum_lies_within_one_cell_of_the_exact_answer(loss):
    p = preset("outliers")
    s = solve(p.x, p.y, loss=loss)
    obj = make_objective(p.x, p.y, loss, "line")
    (c0, c1), (m0, m1) = frame((s.coefficients[0], s.coefficients[1]), (0.0, 0.0))
    grid = landscape(obj, s.coefficients, 0, 1, (c0, c1), (m0, m1), size=201)
    c, m = grid.argmin()
    assert abs(c - s.coefficients[0]) <= (c1 - c0) / 200 + 1e-12
    assert abs(m - s.coefficients[1]) <= (m1 - m0) / 200 + 1e-12


def test_squared_grids_match_the_per_point_evaluation_at_large_offsets():
    rng = np.random.default_rng(5)
    x = 1e6 + rng.uniform(-1, 1, 500)
    y = 3e5 + 2 * (x - 1e6) + rng.standard_normal(500)
    obj = make_objective(x, y, "mse", "line")
    s = solve(x, y)
    grid = landscape(obj, s.coefficients, 0, 1, (s.coefficients[0] - 1, s.coefficients[0] + 1),
                     (s.coefficients[1] - 1e-6, s.coefficients[1] + 1e-6), size=21)
    beta = s.coefficients.copy()
    beta[0], beta[1] = grid.axis_i[3], grid.axis_j[17]
    direct = np.mean((beta[0] + beta[1] * x - y) ** 2)
    assert grid.values[17, 3] == pytest.approx(direct, rel=1e-6)


def test_a_cancelled_grid_returns_none():
    class Set:
        def is_set(self):
            return True

    p = preset("noisy-line")
    obj = make_objective(p.x, p.y, "mae", "line")
    assert landscape(obj, np.zeros(2), 0, 1, (-1, 1), (-1, 1), size=10, cancel=Set()) is None


def test_frame_centres_on_the_answer_and_holds_the_start():
    (c0, c1), (m0, m1) = frame((1.0, 2.0), (0.0, 0.0), (3.0, 1.0))
    assert (c0 + c1) / 2 == 1.0 and (m0 + m1) / 2 == 2.0
    assert c0 < 0.0 < 3.0 < c1 and m0 < 0.0 and m1 > 2.0


def test_a_square_frame_gives_both_weights_the_wider_span():
    # a logistic descent that hardly moves β0 got a sliver of a map 0.004 wide beside 0.2
    (a0, a1), (b0, b1) = frame((-0.0034, 0.17), (0.0, 0.0), square=True)
    assert a1 - a0 == pytest.approx(b1 - b0) == pytest.approx(2 * 0.17 * 1.25)
    assert (a0 + a1) / 2 == pytest.approx(-0.0034) and (b0 + b1) / 2 == pytest.approx(0.17)
