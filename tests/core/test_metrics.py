"""RSS, TSS, R², Pearson r and the five least-squares properties."""

import math

import numpy as np
import pytest
from scipy import stats

from lossexplorer.core import (
    data_facts,
    fit_stats,
    least_squares_properties,
    make_model,
    pearson,
    pearson_three_ways,
    preset,
    solve,
)

LINE = make_model("line")
PROPERTY_KEYS = ["sum", "mean", "cov", "var", "centre"]


def test_fit_stats_on_a_hand_case():
    y = np.array([1.0, 2.0, 3.0, 4.0])
    p = np.array([1.5, 1.5, 3.5, 3.5])
    # r = y − p = [−½, ½, −½, ½]; ȳ = 2.5
    stats = fit_stats(y, p)
    assert stats.rss == 1.0
    assert stats.tss == 5.0
    assert stats.r2 == pytest.approx(0.8, rel=1e-15)
    assert stats.tss_log10 == pytest.approx(math.log10(5.0), rel=1e-15)
    # deviations of y: [−1.5, −.5, .5, 1.5], of p: [−1, −1, 1, 1]: r = 4/√(5·4)
    assert stats.r == pytest.approx(4 / math.sqrt(20), rel=1e-15)
    assert stats.as_dict() == {
        "rss": 1.0, "tss": 5.0, "r2": stats.r2, "r": stats.r, "rss_log10": 0.0, "tss_log10": stats.tss_log10
    }


def test_r2_is_negative_when_the_fit_is_worse_than_the_mean():
    y = np.array([1.0, 2.0, 3.0])
    stats = fit_stats(y, np.array([3.0, 2.0, 1.0]))
    assert stats.rss == 8.0
    assert stats.tss == 2.0
    assert stats.r2 == -3.0
    assert stats.r == pytest.approx(-1.0, rel=1e-15)


def test_r2_and_r_are_undefined_without_spread():
    stats = fit_stats(np.array([2.0, 2.0, 2.0]), np.array([1.0, 2.0, 3.0]))
    assert stats.tss == 0.0
    assert math.isnan(stats.r2)
    assert math.isnan(stats.r)
    assert stats.as_dict()["r2"] is None
    assert stats.as_dict()["r"] is None
    assert math.isnan(pearson(np.array([1.0, 2.0]), np.array([5.0, 5.0])))


def test_pearson_is_the_correlation_coefficient():
    rng = np.random.default_rng(0)
    a, b = rng.normal(size=50), rng.normal(size=50)
    assert pearson(a, b) == pytest.approx(np.corrcoef(a, b)[0, 1], rel=1e-12)
    assert pearson(a, -3 * a + 1) == pytest.approx(-1.0, rel=1e-15)


@pytest.mark.parametrize(
    "name", ["noisy-line", "outliers", "anscombe-1", "anscombe-2", "anscombe-3", "anscombe-4", "stack-loss", "capped"]
)
def test_all_five_least_squares_properties_hold_at_the_least_squares_line(name):
    p = preset(name)
    beta = solve(p.x, p.y, "mse").coefficients
    props = least_squares_properties(LINE, beta, p.x, p.y)
    assert [q.key for q in props] == PROPERTY_KEYS
    assert all(q.holds for q in props), [(q.key, q.value) for q in props if not q.holds]


def test_property_values_at_the_least_squares_line_are_their_targets():
    p = preset("outliers")
    beta = solve(p.x, p.y).coefficients
    props = {q.key: q for q in least_squares_properties(LINE, beta, p.x, p.y)}
    r = p.y - LINE.predict(beta, p.x)
    scale = np.std(p.y)
    for key in ("sum", "mean", "cov", "centre"):
        assert props[key].target == 0.0
        assert abs(props[key].value) <= 1e-9 * scale
    assert props["var"].value == pytest.approx(np.var(r), rel=1e-12)
    assert props["var"].target == pytest.approx(np.var(r), rel=1e-9)


def test_least_squares_properties_do_not_all_hold_at_the_mae_line_on_outliers():
    p = preset("outliers")
    beta = solve(p.x, p.y, "mae").coefficients
    props = {q.key: q for q in least_squares_properties(LINE, beta, p.x, p.y)}
    assert not all(q.holds for q in props.values())
    # the outliers sit above the line: the MAE line leaves positive residuals that do not cancel
    assert not props["sum"].holds
    assert props["sum"].value > 1.0
    assert not props["mean"].holds
    assert not props["centre"].holds
    assert not props["var"].holds
    assert props["var"].value > props["var"].target


def test_a_slightly_moved_least_squares_line_breaks_the_properties():
    p = preset("noisy-line")
    beta = solve(p.x, p.y).coefficients + np.array([0.01, 0.0])
    props = {q.key: q for q in least_squares_properties(LINE, beta, p.x, p.y)}
    assert not props["sum"].holds
    assert not props["centre"].holds
    assert props["cov"].holds  # moving c alone keeps the residuals uncorrelated with x


@pytest.mark.parametrize("name", ["noisy-line", "outliers", "anscombe-1", "anscombe-3", "stack-loss"])
def test_pearson_r_three_ways_agree_for_the_least_squares_line(name):
    p = preset(name)
    c, m = solve(p.x, p.y).coefficients
    pred = c + m * p.x
    three = pearson_three_ways(p.x, p.y, pred, m)
    assert three.from_r2 == pytest.approx(three.from_predictions, rel=1e-9)
    assert three.from_linregress == pytest.approx(three.from_predictions, rel=1e-9)
    assert three.from_predictions == pytest.approx(np.corrcoef(p.x, p.y)[0, 1], rel=1e-9)


def test_pearson_r_from_r2_takes_the_sign_of_a_negative_slope():
    rng = np.random.default_rng(1)
    x = np.linspace(0, 10, 20)
    y = 5 - 0.7 * x + rng.standard_normal(20)
    c, m = solve(x, y).coefficients
    assert m < 0
    three = pearson_three_ways(x, y, c + m * x, m)
    r = np.corrcoef(x, y)[0, 1]
    assert r < 0
    assert three.from_r2 == pytest.approx(r, rel=1e-9)
    # corr(y, p) is |r|: p is a decreasing function of x
    assert three.from_predictions == pytest.approx(-r, rel=1e-9)
    assert three.from_linregress == pytest.approx(r, rel=1e-9)


def test_r2_is_r_squared_for_the_least_squares_line():
    p = preset("anscombe-2")
    c, m = solve(p.x, p.y).coefficients
    stats = fit_stats(p.y, c + m * p.x)
    assert stats.r2 == pytest.approx(stats.r**2, rel=1e-12)
    assert stats.r2 == pytest.approx(1 - stats.rss / stats.tss, rel=1e-15)


def test_facts_of_the_data_give_the_same_properties_and_r_as_computing_them_each_time():
    rng = np.random.default_rng(4)
    x = rng.uniform(-3, 3, 50)
    y = 1.0 - 0.5 * x + 0.3 * x**2 + rng.normal(0, 0.4, 50)
    model = make_model("poly:2")
    beta = np.array([0.9, -0.4, 0.25])
    facts = data_facts(model, x, y)
    assert facts.r_linregress == pytest.approx(stats.linregress(x, y).rvalue, rel=1e-12)
    assert least_squares_properties(model, beta, x, y, facts) == least_squares_properties(model, beta, x, y)
    p = model.predict(beta, x)
    assert pearson_three_ways(x, y, p, -0.4, facts) == pearson_three_ways(x, y, p, -0.4)


def test_the_readouts_numbers_need_no_scipy():
    # importing scipy.stats for linregress's r cost 0.6 s of the window's start-up
    import subprocess
    import sys

    code = (
        "import sys, numpy as np\n"
        "from lossexplorer.core import data_facts, fit_stats, make_model, pearson_three_ways\n"
        "x = np.arange(10.0); y = 2 * x + np.sin(x)\n"
        "facts = data_facts(make_model('line'), x, y)\n"
        "pearson_three_ways(x, y, 2 * x, 2.0, facts); fit_stats(y, 2 * x)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'scipy'))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_r_of_x_and_y_is_linregress_rvalue():
    rng = np.random.default_rng(8)
    x = rng.uniform(0, 10, 40)
    y = -0.3 * x + rng.standard_normal(40)
    assert data_facts(LINE, x, y).r_linregress == pytest.approx(stats.linregress(x, y).rvalue, rel=1e-13)
