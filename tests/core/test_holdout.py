"""Train and test in the core: a held-out point never enters J or its gradient, the held-out J
is the same J on the held-out points, and the validation curve is `solve` degree by degree."""

import math

import numpy as np
import pytest

from lossexplorer.core import InputError, fit_stats, make_objective, preset, solve
from lossexplorer.core.holdout import hold_out, score_of, split, split_objectives, values_along
from lossexplorer.core.validation import DEGREE_MODELS, validation_curve


def test_hold_out_draws_the_same_points_for_the_same_seed():
    a, b = hold_out(10, 0.3, seed=1), hold_out(10, 0.3, seed=1)
    assert a.sum() == 3
    assert np.array_equal(a, b)
    assert not np.array_equal(a, hold_out(10, 0.3, seed=2))


def test_hold_out_keeps_a_point_for_training_and_refuses_a_whole_fraction():
    assert hold_out(3, 0.9, seed=0).sum() == 2
    assert hold_out(1, 0.5, seed=0).sum() == 0
    with pytest.raises(InputError, match="share held out"):
        hold_out(10, 1.0, seed=0)


@pytest.mark.parametrize("loss", ["mse", "mae", "huber", "quantile"])
def test_a_held_out_point_changes_neither_j_nor_the_gradient(loss):
    p = preset("outliers")
    held = np.zeros(len(p.y), bool)
    held[[2, 5]] = True
    train, _test = split_objectives(p.x, p.y, held, loss=loss, model="line", l2=0.1)
    alone = make_objective(np.delete(p.x, [2, 5]), np.delete(p.y, [2, 5]), loss=loss, model="line", l2=0.1)
    moved_y = p.y.copy()
    moved_y[[2, 5]] += 1e3  # the held-out points anywhere at all
    moved, _ = split_objectives(p.x, moved_y, held, loss=loss, model="line", l2=0.1)
    beta = np.array([0.5, 1.5])
    for objective in (train, moved):
        value, grad = objective.value_and_grad(beta)
        assert value == alone.value(beta)
        assert np.array_equal(grad, alone.value_and_grad(beta)[1])


def test_held_out_j_and_r2_are_those_of_the_held_out_points_alone():
    p = preset("noisy-line")
    held = hold_out(len(p.y), 0.3, seed=1)
    train, test = split_objectives(p.x, p.y, held, loss="mse", model="line")
    beta = solve(*split(p.x, p.y, held)[0], loss="mse", model="line").coefficients
    (_, _), (xb, yb) = split(p.x, p.y, held)
    score = score_of(test, beta)
    residuals = yb - (beta[0] + beta[1] * xb)
    assert score.n == 3
    assert score.objective == pytest.approx(np.mean(residuals**2), rel=1e-12)
    assert score.r2 == pytest.approx(1 - residuals @ residuals / np.sum((yb - yb.mean()) ** 2), rel=1e-12)
    (xa, ya), _ = split(p.x, p.y, held)
    assert score_of(train, beta).r2 == pytest.approx(fit_stats(ya, beta[0] + beta[1] * xa).r2, rel=1e-12)


def test_every_point_held_out_is_refused():
    with pytest.raises(InputError, match="every point is held out"):
        split_objectives([1.0, 2.0], [1.0, 2.0], [True, True], loss="mse", model="line")


@pytest.mark.parametrize("options", [dict(loss="mse"), dict(loss="mae", l1=0.01), dict(loss="huber", l2=0.5)])
def test_values_along_a_path_are_j_at_each_epoch(options):
    p = preset("outliers")
    objective = make_objective(p.x, p.y, model="poly:2", **options)
    path = np.random.default_rng(0).normal(size=(37, 3))
    np.testing.assert_allclose(values_along(objective, path), [objective.value(b) for b in path], rtol=1e-12)


@pytest.mark.parametrize("l2", [0.0, 1e-3])
def test_the_validation_curve_is_solve_per_degree_on_the_training_points(l2):
    rng = np.random.default_rng(4)
    x = np.linspace(0.0, 1.0, 10)
    y = np.sin(2 * np.pi * x) + 0.3 * rng.standard_normal(10)
    held = hold_out(10, 0.3, seed=3)
    (xa, ya), (xb, yb) = split(x, y, held)
    curve = validation_curve(x, y, held, loss="mse", l2=l2)
    assert [c.model for c in curve] == list(DEGREE_MODELS)
    assert [c.degree for c in curve] == list(range(10))
    for point in curve:
        answer = solve(xa, ya, loss="mse", model=point.model, l2=l2)
        assert point.train == pytest.approx(make_objective(xa, ya, model=point.model, l2=l2).value(
            answer.coefficients), rel=1e-9, abs=1e-20)
        assert point.test == pytest.approx(make_objective(xb, yb, model=point.model, l2=l2).value(
            answer.coefficients), rel=1e-9)
    unpenalised = validation_curve(x, y, held, loss="mse")
    assert unpenalised[6].train < 1e-20  # 7 training points: degree 6 passes through them all
    assert unpenalised[6].test > 10 * unpenalised[3].test  # and misses the held-out ones
    assert not unpenalised[9].unique and unpenalised[6].unique


def test_the_validation_curve_without_held_out_points_has_no_held_out_j():
    curve = validation_curve([0.0, 1.0, 2.0], [0.0, 1.0, 4.0], None, loss="mse")
    assert all(math.isnan(c.test) for c in curve)
    assert curve[2].train == pytest.approx(0.0, abs=1e-20)
