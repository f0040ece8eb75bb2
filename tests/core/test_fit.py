"""Gradient descent: convergence to `solve`, the blog's loop reproduced exactly, the records,
seeded mini-batches, and divergence with the largest stable learning rate."""

import math

import numpy as np
import pytest

from lossexplorer.core import Descent, InputError, fit, make_objective, make_optimizer, preset, solve

NOISY = preset("noisy-line")
X, Y = NOISY.x, NOISY.y


def top_eigenvalue(matrix):
    return float(np.linalg.eigvalsh(matrix)[-1])


def gram(model_powers, x):
    X_ = np.vander(x, model_powers + 1, increasing=True)
    return X_.T @ X_


# --- convergence to the exact answer ---------------------------------------------------------


@pytest.mark.parametrize(
    ("loss", "options"),
    [("mse", {}), ("sse", {}), ("half-sse", {}), ("huber", {"delta": 1.0}), ("huber", {"delta": 0.3}), ("logcosh", {})],
)
def test_gd_on_a_smooth_loss_converges_to_the_exact_answer(loss, options):
    # ℓ'' ≤ 2·(square weight) for squared losses and ≤ 1 otherwise, so 1/L from XᵀX bounds the step
    n = len(X)
    weight = {"mse": 2 / n, "sse": 2.0, "half-sse": 1.0}.get(loss, 1 / n)
    lr = 1.0 / (weight * top_eigenvalue(gram(1, X)))
    exact = solve(X, Y, loss, **options).coefficients
    r = fit(X, Y, loss, lr=lr, epochs=3000, **options)
    assert not r.diverged
    np.testing.assert_allclose(r.coefficients, exact, rtol=1e-6)


@pytest.mark.parametrize(
    ("loss", "options", "lr"),
    [
        ("mae", {}, 1e-3),
        ("sae", {}, 1e-4),
        ("quantile", {"quantile": 0.3}, 1e-3),
        ("quantile", {"quantile": 0.5}, 1e-3),
        ("asymmetric", {"alpha": 3.0}, 1e-3),
    ],
)
def test_gd_on_a_piecewise_linear_loss_gets_within_a_thousandth_of_the_exact_objective(loss, options, lr):
    exact = solve(X, Y, loss, **options).objective
    r = fit(X, Y, loss, lr=lr, epochs=20000, **options)
    assert exact <= r.final_objective <= exact * (1 + 1e-3)


@pytest.mark.parametrize(
    ("optimizer", "lr", "extra", "rtol"),
    [
        ("momentum", 0.01, {"momentum": 0.9}, 1e-6),
        ("adam", 0.05, {}, 1e-6),
        ("sgd", 0.005, {}, 0.05),
        ("sgd", 0.01, {"batch_size": 5}, 0.05),
    ],
)
def test_other_optimizers_converge_near_the_least_squares_answer(optimizer, lr, extra, rtol):
    exact = solve(X, Y).coefficients
    r = fit(X, Y, optimizer=optimizer, lr=lr, epochs=2000, **extra)
    np.testing.assert_allclose(r.coefficients, exact, rtol=rtol)


def test_gd_on_a_cubic_converges_to_the_exact_answer():
    x = X / 5.0
    exact = solve(x, Y, "mse", "poly:3").coefficients
    r = fit(x, Y, "mse", "poly:3", lr=0.25, epochs=20000)
    np.testing.assert_allclose(r.coefficients, exact, rtol=1e-6, atol=1e-9)


# --- the blog's loop ------------------------------------------------------------------------


def blog_loop(x, y, lr, epochs, m=0.0, c=0.0):
    """The hand-written loop of the blog post, record by record."""
    n = float(len(x))
    records = [(m, c, float(np.mean((y - (m * x + c)) ** 2)))]
    for _ in range(epochs):
        y_pred = m * x + c
        D_m = (-2 / n) * sum(x * (y - y_pred))
        D_c = (-2 / n) * sum(y - y_pred)
        m = m - lr * D_m
        c = c - lr * D_c
        records.append((m, c, float(np.mean((y - (m * x + c)) ** 2))))
    return np.array(records)


@pytest.mark.parametrize(
    ("name", "lr"), [("noisy-line", 0.01), ("noisy-line", 0.09), ("anscombe-1", 0.001), ("stack-loss", 1e-4)]
)
def test_gd_on_mse_reproduces_the_blogs_loop(name, lr):
    p = preset(name)
    expected = blog_loop(p.x, p.y, lr, 50)
    r = fit(p.x, p.y, "mse", "line", "gd", lr=lr, epochs=50)
    assert r.path.shape == (51, 2)
    np.testing.assert_allclose(r.path[:, 1], expected[:, 0], rtol=1e-12, atol=0)  # m
    np.testing.assert_allclose(r.path[:, 0], expected[:, 1], rtol=1e-12, atol=0)  # c
    np.testing.assert_allclose(r.objective, expected[:, 2], rtol=1e-12)


def test_gd_from_a_given_start_reproduces_the_blogs_loop():
    expected = blog_loop(X, Y, 0.02, 50, m=-3.0, c=4.0)
    r = fit(X, Y, lr=0.02, epochs=50, init=[4.0, -3.0])
    np.testing.assert_allclose(r.path[:, 1], expected[:, 0], rtol=1e-12)
    np.testing.assert_allclose(r.path[:, 0], expected[:, 1], rtol=1e-12)


# --- records --------------------------------------------------------------------------------


def test_record_zero_is_the_zero_start_by_default():
    r = fit(X, Y, epochs=5)
    np.testing.assert_array_equal(r.path[0], [0.0, 0.0])
    assert r.objective[0] == pytest.approx(np.mean(Y**2), rel=1e-14)


@pytest.mark.parametrize(("model", "init"), [("line", [2.0, -1.0]), ("poly:2", [1.0, 0.5, -0.25]), ("bias", [7.0])])
def test_record_zero_is_the_given_start(model, init):
    r = fit(X, Y, "huber", model, lr=0.01, epochs=3, init=init)
    np.testing.assert_array_equal(r.path[0], init)
    assert r.objective[0] == make_objective(X, Y, "huber", model).value(np.array(init))


@pytest.mark.parametrize("epochs", [0, 1, 7])
@pytest.mark.parametrize(("model", "k"), [("bias", 1), ("line", 2), ("poly:3", 4)])
def test_path_holds_the_start_and_every_epoch(epochs, model, k):
    r = fit(X / 5, Y, "logcosh", model, lr=0.01, epochs=epochs)
    assert r.epochs_run == epochs
    assert r.path.shape == (epochs + 1, k)
    assert r.objective.shape == (epochs + 1,)
    np.testing.assert_array_equal(r.path[-1], r.coefficients)
    assert r.final_objective == r.objective[-1]


def test_each_record_holds_the_objective_at_its_coefficients():
    r = fit(X, Y, "mae", "poly:2", lr=0.001, epochs=10, l2=0.1)
    obj = make_objective(X, Y, "mae", "poly:2", l2=0.1)
    for beta, value in zip(r.path, r.objective):
        assert value == pytest.approx(obj.value(beta), rel=1e-14)


def test_descent_steps_match_fit():
    obj = make_objective(X, Y, "huber")
    run = Descent(obj, make_optimizer("momentum", lr=0.02))
    records = list(run.records(6))
    r = fit(X, Y, "huber", optimizer="momentum", lr=0.02, epochs=6)
    assert [rec.epoch for rec in records] == [1, 2, 3, 4, 5, 6]
    np.testing.assert_allclose([rec.coefficients for rec in records], r.path[1:], rtol=1e-15)
    np.testing.assert_allclose([rec.objective for rec in records], r.objective[1:], rtol=1e-15)


def test_momentum_is_the_heavy_ball_rule():
    obj = make_objective(X, Y)
    lr, mu = 0.01, 0.8
    r = fit(X, Y, optimizer="momentum", lr=lr, momentum=mu, epochs=3)
    beta, v = np.zeros(2), np.zeros(2)
    for k in range(1, 4):
        v = mu * v - lr * obj.value_and_grad(beta)[1]
        beta = beta + v
        np.testing.assert_allclose(r.path[k], beta, rtol=1e-13)


def test_adam_first_step_moves_every_coefficient_by_the_learning_rate():
    r = fit(X, Y + 5.0, optimizer="adam", lr=0.1, epochs=1)
    np.testing.assert_allclose(np.abs(r.path[1]), [0.1, 0.1], rtol=1e-6)


def test_sgd_with_one_batch_of_all_points_is_gd():
    a = fit(X, Y, optimizer="sgd", batch_size=len(X), lr=0.03, epochs=40)
    b = fit(X, Y, optimizer="gd", lr=0.03, epochs=40)
    np.testing.assert_allclose(a.path, b.path, rtol=1e-12, atol=1e-15)


def test_sgd_with_the_same_seed_is_reproducible_and_another_seed_differs():
    a = fit(X, Y, optimizer="sgd", lr=0.01, epochs=20, seed=3)
    b = fit(X, Y, optimizer="sgd", lr=0.01, epochs=20, seed=3)
    c = fit(X, Y, optimizer="sgd", lr=0.01, epochs=20, seed=4)
    np.testing.assert_array_equal(a.path, b.path)
    assert np.max(np.abs(a.path[1:] - c.path[1:])) > 1e-6
    np.testing.assert_array_equal(a.path[0], c.path[0])


# --- divergence ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("loss", "model", "options", "hessian"),
    [
        ("mse", "line", {}, lambda G, n: 2 / n * G),
        ("sse", "line", {}, lambda G, n: 2 * G),
        ("half-sse", "line", {}, lambda G, n: G),
        ("mse", "poly:2", {}, lambda G, n: 2 / n * G),
        ("mse", "line", {"l2": 3.0}, lambda G, n: 2 / n * G + np.diag([0.0, 6.0])),
    ],
)
def test_max_stable_lr_is_two_over_the_top_eigenvalue_of_the_hessian(loss, model, options, hessian):
    degree = 2 if model == "poly:2" else 1
    expected = 2.0 / top_eigenvalue(hessian(gram(degree, X), len(X)))
    obj = make_objective(X, Y, loss, model, **options)
    assert obj.max_stable_lr() == pytest.approx(expected, rel=1e-12)
    assert fit(X, Y, loss, model, epochs=0, **options).max_stable_lr == pytest.approx(expected, rel=1e-12)


@pytest.mark.parametrize(("loss", "options"), [("mae", {}), ("huber", {}), ("logcosh", {}), ("mse", {"cap": 5.0})])
def test_max_stable_lr_is_only_given_for_squared_losses_without_a_cap(loss, options):
    assert make_objective(X, Y, loss, **options).max_stable_lr() is None


@pytest.mark.parametrize(("loss", "model"), [("mse", "line"), ("sse", "line"), ("mse", "poly:2")])
def test_three_times_the_largest_stable_rate_diverges_and_keeps_the_last_finite_state(loss, model):
    limit = make_objective(X, Y, loss, model).max_stable_lr()
    r = fit(X, Y, loss, model, lr=3 * limit, epochs=500)
    assert r.diverged
    assert r.epochs_run < 500
    assert np.all(np.isfinite(r.coefficients))
    assert np.all(np.isfinite(r.path))
    assert np.all(np.isfinite(r.objective))
    np.testing.assert_array_equal(r.coefficients, r.path[-1])
    assert r.path.shape == (r.epochs_run + 1, len(r.coefficients))
    assert r.objective[-1] <= 1e12 * r.objective[0]
    assert "diverged" in r.message
    assert f"largest stable learning rate for gd: {limit:.4g}" in r.message


def test_just_below_the_largest_stable_rate_converges():
    limit = make_objective(X, Y).max_stable_lr()
    assert limit == pytest.approx(2.0 / top_eigenvalue(2 / len(X) * gram(1, X)), rel=1e-12)
    r = fit(X, Y, lr=0.95 * limit, epochs=400)
    assert not r.diverged
    assert r.message == ""
    np.testing.assert_allclose(r.coefficients, solve(X, Y).coefficients, rtol=1e-9)


def test_just_above_the_largest_stable_rate_grows():
    limit = make_objective(X, Y).max_stable_lr()
    r = fit(X, Y, lr=1.05 * limit, epochs=100)
    assert r.objective[-1] > r.objective[1] > 0


def test_an_overflowing_first_step_keeps_the_start():
    r = fit(X, Y, lr=1e200, epochs=10)
    assert r.diverged
    assert r.epochs_run == 0
    np.testing.assert_array_equal(r.coefficients, [0.0, 0.0])
    assert "kept epoch 0" in r.message
    assert math.isfinite(r.final_objective)


def test_descent_refuses_to_step_after_diverging():
    obj = make_objective(X, Y)
    run = Descent(obj, make_optimizer("gd", lr=3 * obj.max_stable_lr()))
    steps = [run.step() for _ in range(200)]
    assert run.diverged
    assert steps.count(True) == run.epoch
    assert not any(steps[run.epoch :])
    kept = run.coefficients.copy()
    assert run.step() is False
    np.testing.assert_array_equal(run.coefficients, kept)


# --- bad input ----------------------------------------------------------------------------


@pytest.mark.parametrize("epochs", [-1, 2.5, True, "10"])
def test_fit_refuses_epochs_that_are_not_a_whole_number_at_least_zero(epochs):
    with pytest.raises(InputError, match="epochs must be a whole number"):
        fit(X, Y, epochs=epochs)


@pytest.mark.parametrize("lr", [0.0, -0.01, math.nan, math.inf])
def test_fit_refuses_a_learning_rate_that_is_not_positive(lr):
    with pytest.raises(InputError, match="learning rate must be a positive number"):
        fit(X, Y, lr=lr, epochs=1)


def test_fit_refuses_a_start_of_the_wrong_length():
    with pytest.raises(InputError, match="the start needs 2 coefficients, got 3"):
        fit(X, Y, epochs=1, init=[1.0, 2.0, 3.0])


def test_fit_refuses_an_unknown_optimizer_and_lists_the_valid_ones():
    with pytest.raises(InputError, match="unknown optimizer 'newton'; choose one of: gd, sgd, momentum, adam"):
        fit(X, Y, optimizer="newton", epochs=1)
