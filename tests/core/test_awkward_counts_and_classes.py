"""Converged means the same for counts and classes as for regression (`kkt`): Poisson on x in a
cluster a billionth wide beside a far point, the softmax and logistic models on features a
billionth apart, Brier's local minimum; and the squared loss's statistics through hand edits.

The references: J in exact arithmetic (`fractions`, `decimal` at 60 digits for exp and log), the
group means that are the Poisson answer on three distinct x, and the same points solved in
features that are not nearly collinear (x1, x2 − x1: the difference of two floats this close is
exact), which give the same J for every β mapped across."""

from __future__ import annotations

import math
from decimal import Decimal, localcontext
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st

from lossexplorer.core import make_objective, solve

CI = settings(derandomize=True, database=None, deadline=None, print_blob=True,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
DIGITS = 60


def decimal(v):
    f = Fraction(v)
    return Decimal(f.numerator) / Decimal(f.denominator)


# --- Poisson ---------------------------------------------------------------------------------

CLUSTER_X = np.array([0, 0, 166, 1e-9, 0.0, 1e-9, 166])
COUNTS = np.array([1, 2, 0, 3, 1, 5, 2.0])


def poisson_j_of_groups(x, y):
    """The least Poisson J over every function of x: each distinct x's mean count m_g, and
    J = (1/n)·Σ_g n_g·(m_g − m_g·log m_g)."""
    total = 0.0
    for v in np.unique(x):
        m = float(np.mean(y[x == v]))
        total += np.count_nonzero(x == v) * (m - (m * math.log(m) if m > 0 else 0.0))
    return total / len(y)


@pytest.mark.parametrize("model", ["poly:2", "poly:3"])
def test_poisson_on_a_cluster_beside_a_far_point_finds_the_mean_count_of_each_distinct_x(model):
    # the cluster's x² column lies within 1e-13 of the others: a small gradient there once
    # passed for converged at J = 0.4992, the line's; three distinct x make the least J 0.2513
    s = solve(CLUSTER_X, COUNTS, "poisson", model)
    assert s.converged, s.message
    assert s.objective == pytest.approx(poisson_j_of_groups(CLUSTER_X, COUNTS), rel=1e-9)


def exact_poisson_j(solution, theta, x, y):
    """J = (1/n)·Σ(exp(f) − y·f) at θ in the answer's basis, f summed exactly, exp at 60 digits."""
    c = solution.coordinates
    x0, sx = Fraction(c.x0), Fraction(c.sx)
    with localcontext() as ctx:
        ctx.prec = DIGITS
        total = Decimal(0)
        for xi, yi in zip(x, y):
            u = (Fraction(float(xi)) - x0) / sx
            f = sum(Fraction(float(t)) * Fraction(cj) * u**j for j, (t, cj) in enumerate(zip(theta, c.columns)))
            fd = decimal(f)
            total += fd.exp() - decimal(float(yi)) * fd
        return total / len(y)


@st.composite
def count_designs(draw):
    degree = draw(st.integers(1, 3))
    kind = draw(st.sampled_from(["cluster", "offset", "duplicates"]))
    n = degree + 1 + draw(st.integers(1, 5))
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    if kind == "cluster":
        base = rng.normal()
        x = base + 10.0 ** rng.uniform(-12, -3) * rng.integers(0, 3, n)
        x[rng.integers(0, n)] = base + 10.0 ** rng.uniform(0, 3)
    elif kind == "offset":
        x = 10.0 ** rng.uniform(3, 9) + rng.uniform(0, 10.0 ** rng.uniform(-2, 1), n)
    else:
        x = rng.choice(rng.normal(size=int(rng.integers(1, degree + 3))), n)
    y = rng.poisson(draw(st.sampled_from([0.5, 3.0, 200.0])), n).astype(float)
    y[0] = max(y[0], 1.0)  # a positive count: the mean cannot fall to 0 everywhere
    note(f"kind={kind} x={x.tolist()!r} y={y.tolist()!r}")
    return x, y, degree


@settings(CI, max_examples=40)
@given(design=count_designs(), seed=st.integers(0, 2**16))
def test_no_float_coefficients_near_a_converged_poisson_answer_do_better_in_exact_arithmetic(design, seed):
    x, y, degree = design
    s = solve(x, y, "poisson", "line" if degree == 1 else f"poly:{degree}")
    if not s.converged:
        assert s.message.startswith(("not exact", "no finite minimum")), s.message
        return
    value = exact_poisson_j(s, s.theta, x, y)
    scale = decimal(float(np.mean(np.abs(y)) + 1.0))
    z = s.coordinates.design(x)
    unit = 1.0 / np.maximum(np.sqrt(np.mean(z * z, axis=0)), 1e-300)
    rng = np.random.default_rng(seed)
    k = len(s.theta)
    directions = [sign * unit[j] * np.eye(k)[j] for j in range(k) for sign in (1.0, -1.0)]
    directions += [rng.normal(size=k) * unit for _ in range(3)]
    for d in directions:
        for t in (1e-7, 1e-4):
            other = exact_poisson_j(s, s.theta + t * d, x, y)
            assert other >= value - Decimal("1e-11") * scale, (t, d, value, other)


# --- two features a billionth apart ------------------------------------------------------------


def exact_softmax_j(beta, x, y, classes):
    """(1/n)·Σ(logsumexp(S_i) − S_iy) for the rows β (K × 3), scores exact, exp and log at 60 digits."""
    b = [[Fraction(float(v)) for v in row] for row in np.asarray(beta).reshape(classes, 3)]
    with localcontext() as ctx:
        ctx.prec = DIGITS
        total = Decimal(0)
        for (x1, x2), label in zip(x, y):
            s = [decimal(r[0] + r[1] * Fraction(float(x1)) + r[2] * Fraction(float(x2))) for r in b]
            top = max(s)
            total += top + sum(((v - top).exp() for v in s), Decimal(0)).ln() - s[int(label)]
        return total / len(y)


def beside_and_difference(beta, classes):
    """Each row's β on (x1, x2) from its β' on (x1, x2 − x1): b1'·x1 + b2'·(x2 − x1) = (b1' − b2')·x1 + b2'·x2."""
    rows = np.asarray(beta, dtype=float).reshape(classes, 3).copy()
    out = rows.copy()
    out[:, 1] = rows[:, 1] - rows[:, 2]
    return out.ravel()


def collinear(gap, seed=1, n=60):
    rng = np.random.default_rng(seed)
    x1 = rng.normal(size=n)
    x2 = x1 + gap * rng.normal(size=n)
    labels = (np.clip(np.round(x1 + 0.8 * rng.normal(size=n)), -1, 1) + 1).astype(float)
    return np.c_[x1, x2], labels


@pytest.mark.parametrize("gap", [1e-3, 1e-6, 1e-9, 1e-12])
@pytest.mark.parametrize(("loss", "model", "classes"), [("crossentropy", "softmax:3", 3), ("bce", "logistic", 2)])
def test_features_a_billionth_apart_reach_the_minimum_or_say_they_are_not_exact(gap, loss, model, classes):
    # the Hessian squares the features' condition (1e18 at a gap of 1e-9): Newton steps from it
    # stopped 0.0065 above the softmax's minimum and called it converged
    x, labels = collinear(gap)
    y = labels if classes == 3 else (labels > 0).astype(float)
    s = solve(x, y, loss, model)
    apart = np.c_[x[:, 0], x[:, 1] - x[:, 0]]  # exact: the two are within a factor of 2
    reference = solve(apart, y, loss, model)
    assert reference.converged
    if classes == 2:  # the binary model's β is the softmax's row 1 − row 0: J the same
        ours = exact_softmax_j(np.r_[np.zeros(3), s.coefficients], x, y, 2)
        best = exact_softmax_j(np.r_[np.zeros(3), beside_and_difference(reference.coefficients, 1)], x, y, 2)
    else:
        ours = exact_softmax_j(s.coefficients, x, y, classes)
        best = exact_softmax_j(beside_and_difference(reference.coefficients, classes), x, y, classes)
    if not s.converged:
        assert gap <= 1e-12 and s.message.startswith("not exact: floating point holds"), s.message
        return
    assert ours <= best * (1 + Decimal("1e-11")), (ours, best)
    assert s.objective == pytest.approx(float(ours), rel=1e-11)


@pytest.mark.parametrize("gap", [1e-3, 1e-6, 1e-9])
def test_brier_on_features_close_together_is_a_local_minimum_or_says_it_is_not_exact(gap):
    # not convex; at a gap of 1e-9 the gradient along the features' difference is 1e-11 of its
    # terms, yet J falls by 6e-6 of itself within a step that moves the logits by 1e-4
    x, labels = collinear(gap)
    y = (labels > 0).astype(float)
    s = solve(x, y, "brier")
    if not s.converged:
        assert gap <= 1e-9 and s.message.startswith("not exact"), s.message
        return
    assert s.message.startswith("brier is not convex: this is a local minimum"), s.message
    value = exact_brier_j(s.coefficients, x, y)
    assert s.objective == pytest.approx(float(value), rel=1e-11)
    # a step that moves the logits by about 1e-4 (along each feature, and along their difference)
    for d in ([1.0, 0, 0], [0, 1.0, 0], [0, 0, 1.0], [0, 0.1 / gap, -0.1 / gap]):
        for sign in (1.0, -1.0):
            beta = s.coefficients + sign * 1e-4 * np.array(d)
            assert exact_brier_j(beta, x, y) >= value * (1 - Decimal("1e-12"))


def exact_brier_j(beta, x, y):
    """(1/n)·Σ(σ(z) − y)² with z summed exactly and σ at 60 digits."""
    b = [Fraction(float(v)) for v in beta]
    with localcontext() as ctx:
        ctx.prec = DIGITS
        total = Decimal(0)
        for (x1, x2), label in zip(x, y):
            z = decimal(b[0] + b[1] * Fraction(float(x1)) + b[2] * Fraction(float(x2)))
            total += (1 / (1 + (-z).exp()) - decimal(float(label))) ** 2
        return total / len(y)


# --- the squared loss's statistics through hand edits --------------------------------------------


def test_the_readouts_after_edits_are_those_of_a_fresh_build():
    rng = np.random.default_rng(2)
    x = rng.uniform(-3, 3, 3000) + 1e4
    y = 0.5 * (x - 1e4) ** 2 - x + rng.standard_normal(3000)
    obj = make_objective(x, y, "mse", "poly:2")
    for i in (5, 17, 900):
        x2, y2 = x.copy(), y.copy()
        x2[i], y2[i] = x[i] + 1.5, y[i] - 20.0
        obj = obj.edited(x2, y2, [(x[i], y[i])], [(x2[i], y2[i])])
        x, y = x2, y2
    fresh = make_objective(x, y, "mse", "poly:2")
    beta = fresh.least_squares()
    np.testing.assert_allclose(obj.least_squares(), beta, rtol=1e-9)
    got, want = obj.readings(beta), fresh.readings(beta)
    for name in ("rss", "tss", "r2", "r_from_r2", "r_predictions", "r_linregress"):
        assert getattr(got, name) == pytest.approx(getattr(want, name), rel=1e-10), name
    assert [p.holds for p in got.properties] == [p.holds for p in want.properties]


def test_an_edit_the_triangle_cannot_do_exactly_is_left_to_a_full_build():
    # a cluster a billionth wide beside a far point: R's columns are conditioned past 1e4
    x = np.tile(CLUSTER_X[:5], 4000)
    y = np.tile([0, 0, 0, 0, 1.0], 4000)
    obj = make_objective(x, y, "mse", "poly:2")
    assert obj.value(np.zeros(3)) == pytest.approx(0.2, rel=1e-14)
    x2, y2 = x.copy(), y.copy()
    y2[0] = 0.5
    assert obj.edited(x2, y2, [(x[0], y[0])], [(x2[0], y2[0])]) is None
    # the one point that holds the x² coefficient up cannot be taken out by a downdate
    line = make_objective(np.r_[np.zeros(500), 1.0, 2.0], np.r_[np.zeros(500), 1.0, 5.0], "mse", "poly:2")
    assert line.edited(np.r_[np.zeros(500), 1.0], np.r_[np.zeros(500), 1.0], [(2.0, 5.0)], []) is None
