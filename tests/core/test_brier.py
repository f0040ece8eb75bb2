"""The squared loss on probabilities (Brier): not convex, flat for sure wrong points, and what
`solve` honestly returns for it."""

from __future__ import annotations

import numpy as np
import pytest

from lossexplorer.core import make_loss, make_objective, preset, solve
from lossexplorer.core.losses import LOSSES


def test_brier_says_it_is_not_convex_and_the_other_binary_losses_are():
    assert not LOSSES["brier"].convex
    assert all(LOSSES[name].convex for name in ("bce", "hinge", "focal", "crossentropy", "poisson"))


def test_j_curves_down_along_a_line_in_beta():
    """Along β(t) = t·(0, 1, 0) on the blobs, far out the wrong side's points saturate toward a
    loss of 1 and J bends down: a negative second difference (d²J/dt² < 0) where t is large."""
    p = preset("blobs")
    obj = make_objective(p.x, p.y, "brier")
    direction = np.array([0.0, -1.0, 0.0])  # the wrong way: class 1 lies at larger x1
    h = 1e-3
    curvature = [
        (obj.value((t + h) * direction) - 2 * obj.value(t * direction) + obj.value((t - h) * direction)) / h**2
        for t in np.linspace(0.0, 8.0, 81)
    ]
    assert min(curvature) < -1e-3
    assert max(curvature) > 0  # and up near the start: no convex function does both
    # the Hessian says the same where the second difference is negative
    t = float(np.linspace(0.0, 8.0, 81)[int(np.argmin(curvature))])
    assert direction @ obj.hessian(t * direction) @ direction == pytest.approx(min(curvature), rel=1e-4)


def test_a_sure_wrong_point_barely_pulls():
    loss = make_loss("brier")
    value, slope = loss.loss_gradient(np.array([-20.0, -2.0, 0.0]), np.ones(3))
    assert value[0] == pytest.approx(1.0, abs=1e-8) and abs(slope[0]) < 1e-8  # vs BCE's pull of −1
    assert abs(slope[1]) > 0.1 and make_loss("bce").gradient(np.array([-20.0]), np.ones(1))[0] == pytest.approx(-1)


def test_solve_says_it_found_a_local_minimum_from_zero():
    p = preset("blobs")
    s = solve(p.x, p.y, "brier")
    obj = make_objective(p.x, p.y, "brier")
    assert s.converged and s.kkt_violation <= 1e-12
    assert s.message.startswith("brier is not convex: this is a local minimum reached by Newton's method from β = 0")
    assert np.all(np.linalg.eigvalsh(obj.hessian(s.coefficients)) > 0)


def test_separable_classes_leave_brier_without_a_minimum():
    p = preset("separable")
    s = solve(p.x, p.y, "brier")
    assert not s.converged and "no finite minimum" in s.message
