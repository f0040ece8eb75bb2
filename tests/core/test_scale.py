"""Data a class really has: x in calendar years, x a millionth apart around 1e6, values near
1e-300 and 1e150. `solve` and the metrics must match numpy.polynomial, scipy.stats.linregress and
np.corrcoef (run on the data rescaled by hand where they cannot take it as it is), or refuse in
one line; never print a silent wrong number."""

import math

import numpy as np
import pytest
from numpy.polynomial import Polynomial
from scipy import stats

from lossexplorer.core import InputError, fit_stats, make_objective, pearson, solve
from lossexplorer.core.metrics import data_facts
from lossexplorer.core.models import make_model


def years(seed=0):
    rng = np.random.default_rng(seed)
    x = np.arange(1990, 2021.0)
    y = 0.05 * (x - 2005) ** 2 - 0.3 * (x - 2005) + 10 + rng.normal(0, 0.7, 31)
    return x, y


@pytest.mark.parametrize("degree", [9, 8, 7, 3])
def test_a_polynomial_in_calendar_years_matches_numpy_polynomial(degree):
    x, y = years()
    s = solve(x, y, "mse", f"poly:{degree}")
    reference = Polynomial.fit(x, y, degree)
    assert s.converged
    assert s.objective == pytest.approx(np.mean((reference(x) - y) ** 2), rel=1e-8)
    grid = np.linspace(1985, 2025, 101)
    np.testing.assert_allclose(s.predict(grid), reference(grid), rtol=0, atol=1e-8 * np.ptp(y))


def test_the_x_power_coefficients_of_a_poly9_in_years_are_flagged_ill_conditioned():
    x, y = years()
    assert solve(x, y, "mse", "poly:9").ill_conditioned
    assert not solve(x, y, "mse", "line").ill_conditioned
    # the same curve from coefficients that mean something: x in years since 2005
    assert not solve(x - 2005, y, "mse", "poly:9").ill_conditioned


@pytest.mark.parametrize(("loss", "options"), [("mae", {}), ("huber", {}), ("logcosh", {}), ("mse", {"l2": 0.1})])
def test_other_losses_on_years_agree_with_the_same_loss_on_years_since_2005(loss, options):
    # shifting x changes the coefficients but not the curve (L2 aside, which is not shift-invariant)
    x, y = years()
    a, b = solve(x, y, loss, "poly:3", **options), solve(x - 2005, y, loss, "poly:3", **options)
    assert a.converged and b.converged
    if "l2" not in options:
        assert a.objective == pytest.approx(b.objective, rel=1e-9)
        np.testing.assert_allclose(a.predict(x), b.predict(x - 2005), atol=1e-8 * np.ptp(y))


def test_poly9_on_x_a_millionth_apart_around_a_million_matches_numpy_polynomial():
    rng = np.random.default_rng(1)
    x = 1e6 + np.linspace(0.0, 1.0, 25)
    y = np.sin(6 * (x - 1e6)) + rng.normal(0, 0.05, 25)
    s = solve(x, y, "mse", "poly:9")
    reference = Polynomial.fit(x, y, 9)
    assert s.converged and s.ill_conditioned
    assert s.objective == pytest.approx(np.mean((reference(x) - y) ** 2), rel=1e-8)


# --- values near 1e-300 -------------------------------------------------------------------------


def tiny(seed=2, scale=1e-300):
    rng = np.random.default_rng(seed)
    k = np.arange(1, 21.0)
    return k * scale, (2 * k + 1) * scale + rng.normal(0, 0.3 * scale, 20)


def test_the_least_squares_line_near_1e_300_matches_linregress_on_the_data_times_1e300():
    x, y = tiny()
    s = solve(x, y)
    ref = stats.linregress(x * 1e300, y * 1e300)
    c, m = s.coefficients
    assert m == pytest.approx(ref.slope, rel=1e-12)
    assert c == pytest.approx(ref.intercept * 1e-300, rel=1e-10)
    assert s.converged
    # MSE is about 1e-601: no float holds it; it is not a silent 0
    mse = np.mean((ref.intercept + ref.slope * x * 1e300 - y * 1e300) ** 2)
    assert s.objective_out_of_range
    assert s.objective_log10 == pytest.approx(math.log10(mse) - 600, rel=1e-12)


@pytest.mark.parametrize(("loss", "same_as"), [("mae", "mae"), ("quantile", "quantile"), ("huber", "mse"),
                                              ("logcosh", "mse")])
def test_other_losses_near_1e_300_are_a_loss_on_the_data_times_1e300(loss, same_as):
    # Huber with δ = 1 and log-cosh see errors of 1e-300 as ½e²: least squares
    x, y = tiny()
    small, big = solve(x, y, loss), solve(x * 1e300, y * 1e300, same_as)
    assert small.converged
    np.testing.assert_allclose(small.coefficients[1], big.coefficients[1], rtol=1e-10)
    np.testing.assert_allclose(small.coefficients[0], big.coefficients[0] * 1e-300, rtol=1e-9)


def test_fit_statistics_near_1e_300_are_right_and_say_the_sums_of_squares_underflow():
    x, y = tiny()
    s = solve(x, y)
    got = fit_stats(y, s.predict(x))
    ref = stats.linregress(x * 1e300, y * 1e300)
    assert got.r2 == pytest.approx(ref.rvalue**2, rel=1e-12)
    assert got.r == pytest.approx(ref.rvalue, rel=1e-12)
    assert got.out_of_range("rss") and got.out_of_range("tss")
    tss = np.sum((y * 1e300 - np.mean(y * 1e300)) ** 2)
    assert got.tss_log10 == pytest.approx(math.log10(tss) - 600, rel=1e-12)
    assert got.as_dict()["rss"] is None and got.as_dict()["tss"] is None


def test_a_polynomial_whose_coefficients_floats_cannot_hold_is_refused_in_one_line():
    x, y = tiny()
    with pytest.raises(InputError) as info:
        solve(x, y, "mse", "poly:3")
    message = str(info.value)
    assert "\n" not in message and "x^3" in message and "rescale x" in message


def test_a_penalty_that_swamps_a_loss_near_1e_300_holds_the_slope_at_zero_and_says_it_is_exact():
    x, y = tiny()
    for options in ({"l1": 0.5}, {"l2": 0.5}):
        s = solve(x, y, "mse", **options)
        assert s.converged and s.coefficients[1] == pytest.approx(0.0, abs=1e-290)


# --- values near 1e150 ------------------------------------------------------------------------------


def huge(seed=3):
    rng = np.random.default_rng(seed)
    k = np.arange(1, 21.0)
    return k * 1e150, (2 * k + 1) * 1e150 + rng.normal(0, 0.5e150, 20)


def test_pearson_r_near_1e150_matches_corrcoef_of_the_rescaled_data():
    x, y = huge()
    want = np.corrcoef(x / 1e150, y / 1e150)[0, 1]
    assert pearson(x, y) == pytest.approx(want, rel=1e-12)
    assert data_facts(make_model("line"), x, y).r_linregress == pytest.approx(want, rel=1e-12)


def test_the_line_and_its_statistics_near_1e150_match_linregress_on_the_rescaled_data():
    x, y = huge()
    s = solve(x, y)
    ref = stats.linregress(x / 1e150, y / 1e150)
    assert s.coefficients[1] == pytest.approx(ref.slope, rel=1e-12)
    assert s.coefficients[0] == pytest.approx(ref.intercept * 1e150, rel=1e-10)
    got = fit_stats(y, s.predict(x))
    assert got.r == pytest.approx(ref.rvalue, rel=1e-12)
    assert got.r2 == pytest.approx(ref.rvalue**2, rel=1e-12)
    rss = np.sum((ref.intercept + ref.slope * x / 1e150 - y / 1e150) ** 2) * 1e300
    assert got.rss == pytest.approx(rss, rel=1e-9)
    obj = make_objective(x, y)
    assert s.objective == pytest.approx(obj.value(s.coefficients), rel=1e-9)


@pytest.mark.parametrize("scale", [1e-300, 1e-150, 1.0, 1e150, 1e300])
def test_r_and_r2_do_not_depend_on_the_scale_of_the_data(scale):
    rng = np.random.default_rng(4)
    x = np.linspace(-1, 1, 30)
    y = 0.7 * x + 0.2 * rng.standard_normal(30)
    unit = fit_stats(y, 0.7 * x)
    scaled = fit_stats(y * scale, 0.7 * x * scale)
    assert scaled.r == pytest.approx(unit.r, rel=1e-14)
    assert scaled.r2 == pytest.approx(unit.r2, rel=1e-13)
    assert pearson(x * scale, y * scale) == pytest.approx(pearson(x, y), rel=1e-14)
