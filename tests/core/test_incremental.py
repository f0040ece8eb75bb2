"""A hand edit of a few points updates a squared loss's sufficient statistics in O(k²) (issue 15,
item 8): the edited objective gives what one built from the edited points gives."""

from __future__ import annotations

import numpy as np
import pytest

from lossexplorer.core import make_objective


def data(n: int = 2000, offset: float = 0.0, seed: int = 1):
    rng = np.random.default_rng(seed)
    x = rng.uniform(-3, 3, n) + offset
    return x, 0.5 * (x - offset) ** 2 - x + 3 + rng.standard_normal(n)


def assert_same(edited, fresh, rng, rtol=1e-10):
    for _ in range(5):
        beta = rng.normal(size=fresh.n_coefficients)
        v1, g1 = edited.value_and_grad(beta)
        v2, g2 = fresh.value_and_grad(beta)
        assert v1 == pytest.approx(v2, rel=rtol)
        np.testing.assert_allclose(g1, g2, rtol=rtol, atol=rtol * np.abs(g2).max())
    np.testing.assert_allclose(edited.least_squares(), fresh.least_squares(), rtol=1e-9, atol=1e-9)
    np.testing.assert_allclose(edited.hessian(np.zeros(fresh.n_coefficients)),
                               fresh.hessian(np.zeros(fresh.n_coefficients)), rtol=rtol)
    assert edited.max_stable_lr() == pytest.approx(fresh.max_stable_lr(), rel=rtol)
    assert edited.n == fresh.n


@pytest.mark.parametrize("model", ["bias", "line", "poly:3"])
@pytest.mark.parametrize(("loss", "options"), [("mse", {}), ("sse", {}), ("half-sse", {}), ("mse", {"l2": 0.3}),
                                               ("mse", {"reduction": "sum"})])
def test_moving_adding_and_removing_a_point_gives_what_a_fresh_build_gives(model, loss, options):
    rng = np.random.default_rng(4)
    x, y = data()
    obj = make_objective(x, y, loss, model, **options)
    # a drag moves point 17
    x2, y2 = x.copy(), y.copy()
    x2[17], y2[17] = 2.5, -40.0
    moved = obj.edited(x2, y2, [(x[17], y[17])], [(2.5, -40.0)])
    assert moved is not None and moved.edits == 1
    assert_same(moved, make_objective(x2, y2, loss, model, **options), rng)
    # a click adds one
    x3, y3 = np.append(x2, -1.25), np.append(y2, 7.0)
    added = moved.edited(x3, y3, [], [(-1.25, 7.0)])
    assert added is not None
    assert_same(added, make_objective(x3, y3, loss, model, **options), rng)
    # a right click removes two
    x4, y4 = np.delete(x3, [3, 900]), np.delete(y3, [3, 900])
    removed = added.edited(x4, y4, [(x3[3], y3[3]), (x3[900], y3[900])], [])
    assert removed is not None and removed.edits == 3
    assert_same(removed, make_objective(x4, y4, loss, model, **options), rng)


def test_five_hundred_moves_of_a_drag_at_a_large_offset_stay_with_a_fresh_build():
    rng = np.random.default_rng(6)
    x, y = data(n=5000, offset=1e6)
    obj = make_objective(x, y, "mse", "poly:2")
    for _ in range(500):
        i = int(rng.integers(len(x)))
        nx, ny = float(x[i] + rng.normal()), float(y[i] + 5 * rng.normal())
        x2, y2 = x.copy(), y.copy()
        x2[i], y2[i] = nx, ny
        obj = obj.edited(x2, y2, [(x[i], y[i])], [(nx, ny)])
        assert obj is not None
        x, y = x2, y2
    fresh = make_objective(x, y, "mse", "poly:2")
    best = fresh.least_squares()
    # J's minimum and the minimizer; J at a raw β (β0 = 4e11 at this offset) is only as good as its
    # evaluation in raw coordinates, which loses ~1e-10 for a fresh build too
    assert obj.uses_statistics and obj.value(best) == pytest.approx(fresh.value(best), rel=1e-8)
    np.testing.assert_allclose(obj.least_squares(), best, rtol=1e-7)


def test_the_minimum_moves_exactly_with_the_edits():
    x, y = data(n=5000, offset=1e6)
    obj = make_objective(x, y, "mse", "poly:2")
    rng = np.random.default_rng(7)
    for _ in range(500):
        i = int(rng.integers(len(x)))
        x2, y2 = x.copy(), y.copy()
        x2[i], y2[i] = x[i] + rng.normal(), y[i] + 5 * rng.normal()
        obj = obj.edited(x2, y2, [(x[i], y[i])], [(x2[i], y2[i])])
        x, y = x2, y2
    assert obj.edits == 500
    fresh = make_objective(x, y, "mse", "poly:2")
    assert obj.quadratic_form().rss_min == pytest.approx(fresh.quadratic_form().rss_min, rel=1e-12)


def test_a_near_perfect_fit_keeps_its_tiny_rss_after_edits():
    x = np.linspace(0, 1, 10_000)
    y = 3 * x + 1 + 1e-9 * np.sin(40 * x)
    obj = make_objective(x, y, "mse")
    x2, y2 = x.copy(), y.copy()
    y2[5] += 1e-8
    edited = obj.edited(x2, y2, [(x[5], y[5])], [(x2[5], y2[5])])
    fresh = make_objective(x2, y2, "mse")
    best = fresh.least_squares()
    assert edited.value(best) == pytest.approx(fresh.value(best), rel=1e-6)  # not 1e-9 noise on ~1e-19


def test_edits_a_full_build_must_do_are_refused():
    x, y = data(n=500)
    mae = make_objective(x, y, "mae")
    assert mae.edited(x, y, [(x[0], y[0])], [(x[0], y[0])]) is None  # no statistics
    capped = make_objective(x, y, "mse", cap=2.0, cap_weight=1.0)
    assert capped.edited(x, y, [], []) is None
    mse = make_objective(x, y, "mse")
    assert mse.edited(np.append(x, np.nan), np.append(y, 1.0), [], [(np.nan, 1.0)]) is None
    assert mse.edited(np.append(x, 0.0), np.append(y, 1e160), [], [(0.0, 1e160)]) is None  # y² would overflow
    assert mse.edited(x[:1], y[:1], list(zip(x[1:], y[1:])), []) is None  # one point: no line through it


# (poly:4 at an offset: evaluating p in raw coordinates, as the points' readouts do, loses more
# than the statistics do, so there is no precise reference to compare with)
@pytest.mark.parametrize(("model", "offset"), [("line", 0.0), ("line", 1e4), ("poly:2", 0.0), ("poly:2", 1e4),
                                               ("poly:4", 0.0)])
def test_the_readouts_from_the_statistics_are_the_readouts_from_the_points(model, offset):
    from lossexplorer.core import data_facts, fit_stats, least_squares_properties, make_model, pearson_three_ways

    x, y = data(n=3000, offset=offset, seed=3)
    m = make_model(model)
    obj = make_objective(x, y, "mse", model)
    rng = np.random.default_rng(8)
    for beta in (obj.least_squares(), obj.least_squares() * (1 + 1e-3 * rng.normal(size=m.n_coefficients)),
                 np.zeros(m.n_coefficients)):
        fast = obj.readings(beta)
        p = m.predict(beta, x)
        stats = fit_stats(y, p)
        facts = data_facts(m, x, y)
        three = pearson_three_ways(x, y, p, float(beta[1]), facts)
        props = least_squares_properties(m, beta, x, y, facts)
        assert fast.rss == pytest.approx(stats.rss, rel=1e-8)
        assert fast.tss == pytest.approx(stats.tss, rel=1e-10)
        assert fast.r2 == pytest.approx(stats.r2, rel=1e-8, abs=1e-9, nan_ok=True)
        assert fast.r_from_r2 == pytest.approx(three.from_r2, rel=1e-8, abs=1e-9, nan_ok=True)
        signed = np.copysign(three.from_predictions, beta[1])
        assert fast.r_predictions == pytest.approx(signed, rel=1e-8, abs=1e-9, nan_ok=True)
        assert fast.r_linregress == pytest.approx(three.from_linregress, rel=1e-10, nan_ok=True)
        for quick, slow in zip(fast.properties, props):
            assert quick.key == slow.key and quick.holds == slow.holds, (quick, slow)
            scale = np.std(y) * (np.std(x) if quick.key == "cov" else 1) * (np.std(y) if quick.key == "var" else 1)
            # near 0 both are rounding noise of p at a raw β: they agree to a quarter of the verdict's margin
            assert quick.value == pytest.approx(slow.value, rel=1e-7, abs=2.5e-7 * scale * np.sqrt(len(x)))
            assert quick.target == pytest.approx(slow.target, rel=1e-9)
    assert make_objective(x, y, "mae", model).readings(np.zeros(m.n_coefficients)) is None
