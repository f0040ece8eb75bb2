"""The worked epoch: for every loss, model, optimizer and penalty its gradient and new β equal
the core's and a computation written out here to 1e-12; its sums add up; it reads as the blog."""

import numpy as np
import pytest
from loss_cases import CLASSIFICATION, REGRESSION, labels, takes_cap

from lossexplorer.core import (
    LOSSES,
    OPTIMIZER_NAMES,
    Descent,
    GradientDescent,
    StopRule,
    make_objective,
    make_optimizer,
    work_descent,
    work_epoch,
)

RTOL = 1e-12
RNG = np.random.default_rng(16)
N = 11
X = np.sort(RNG.uniform(-3.0, 5.0, N))
Y = 0.7 * X + 1.5 + RNG.gamma(2.0, 0.8, N) - 1.6
X2 = RNG.normal(0.0, 1.0, (N, 2))
LABELS = (X2[:, 0] + 0.5 * X2[:, 1] + RNG.normal(0.0, 0.7, N) > 0).astype(float)
COUNTS = RNG.poisson(np.exp(0.3 * X)).astype(float)
CLASSES = labels(N, 3, seed=16)
PARAMS = {"delta": 0.6, "quantile": 0.3, "alpha": 2.5, "gamma": 1.5, "label_smoothing": 0.1}
LOSS_PARAMETER = {"huber": "delta", "quantile": "quantile", "asymmetric": "alpha", "focal": "gamma",
                  "bce": "label_smoothing", "crossentropy": "label_smoothing"}
SUMMED = ("sse", "half-sse", "sae")


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def dl_dp(loss, p, y):
    """Each loss's derivative, written from its definition."""
    eps = PARAMS["label_smoothing"]
    if loss == "crossentropy":  # p̂_k − t_k, t_k = (1 − ε)·[y = k] + ε/K
        prob = np.exp(p) / np.exp(p).sum(axis=1, keepdims=True)
        return prob - ((1 - eps) * (np.arange(p.shape[1]) == y[:, None]) + eps / p.shape[1])
    if loss == "poisson":  # d/dp [exp(p) − y·p]
        return np.exp(p) - y
    e = p - y
    if loss in ("mse", "sse"):
        return 2.0 * e
    if loss == "half-sse":
        return e
    if loss in ("mae", "sae"):
        return np.sign(e)
    if loss == "huber":
        return np.clip(e, -PARAMS["delta"], PARAMS["delta"])
    if loss == "logcosh":
        return np.tanh(e)
    if loss == "quantile":  # q·max(r, 0) + (1 − q)·max(−r, 0), r = −e
        q = PARAMS["quantile"]
        return np.where(e > 0, 1.0 - q, np.where(e < 0, -q, 0.0))
    if loss == "asymmetric":  # α|e| when p < y
        return np.where(e > 0, 1.0, np.where(e < 0, -PARAMS["alpha"], 0.0))
    t = 2.0 * y - 1.0
    if loss == "bce":
        return sigmoid(p) - ((1 - eps) * y + eps / 2)
    if loss == "brier":  # d/dz (σ − y)² = 2(σ − y)·σ(1 − σ)
        return 2 * (sigmoid(p) - y) * sigmoid(p) * (1 - sigmoid(p))
    if loss == "hinge":
        return np.where(t * p < 1.0, -t, 0.0)
    # focal: ℓ = −(1 − p_t)^γ·log p_t with p_t = σ(t·z); dℓ/du = (1 − p_t)^γ·[γ·p_t·log p_t − (1 − p_t)]
    g = PARAMS["gamma"]
    pt = sigmoid(t * p)
    return t * (1.0 - pt) ** g * (g * pt * np.log(pt) - (1.0 - pt))


def columns(model, x):
    if model in ("logistic", "softmax"):
        return np.column_stack([np.ones(len(x)), x[:, 0], x[:, 1]])
    degree = {"bias": 0, "line": 1, "poly:2": 2}[model]
    return np.column_stack([x**j for j in range(degree + 1)])


def gradient_by_hand(loss, model, x, y, beta, penalty, idx=None, n=None):
    """∇J written out: (1/n or 1)·Σ (dℓ/dp + cap term)·∂p/∂β_j + L2 + L1 (not on the intercept)."""
    idx = np.arange(len(y)) if idx is None else idx
    a = columns(model, x)[idx]
    if model == "softmax":  # K rows of (β_k0, β_k1, β_k2): D β_kj = Σ x_j·(dℓ/dz_k)
        rows = beta.reshape(-1, 3)
        d = dl_dp(loss, a @ rows.T, y[idx])
        weight = 1.0 / len(idx)
        b = rows.copy()
        b[:, 0] = 0.0
        return (weight * (d.T @ a) + 2.0 * penalty.get("l2", 0.0) * b + penalty.get("l1", 0.0) * np.sign(b)).ravel()
    p = a @ beta
    d = dl_dp(loss, p, y[idx])
    if "cap" in penalty:
        d = d + 2.0 * penalty["cap_weight"] * np.maximum(p - penalty["cap"], 0.0)
    full = len(y)
    weight = (1.0 if loss not in SUMMED else float(full)) / len(idx)
    grad = weight * (a.T @ d)
    b = beta.copy()
    b[0] = 0.0
    grad += 2.0 * penalty.get("l2", 0.0) * b + penalty.get("l1", 0.0) * np.sign(b)
    return grad


def update_by_hand(optimizer, beta, grad, state, lr):
    """Each update rule written out, with the settings of `make_optimizer(name, lr)`."""
    if optimizer in ("gd", "sgd"):
        return beta - lr * grad, state
    if optimizer == "sign":
        return beta - lr * np.sign(grad), state
    if optimizer == "momentum":
        v = 0.9 * state - lr * grad
        return beta + v, v
    m, v, t = state
    m = 0.9 * m + 0.1 * grad
    v = 0.999 * v + 0.001 * grad**2
    m_hat, v_hat = m / (1 - 0.9 ** (t + 1)), v / (1 - 0.999 ** (t + 1))
    return beta - lr * m_hat / (np.sqrt(v_hat) + 1e-8), (m, v, t + 1)


def some_state(optimizer, k):
    """A state from earlier epochs (not the fresh one), so its terms count."""
    if optimizer == "momentum":
        return np.linspace(-0.3, 0.2, k)
    if optimizer == "adam":
        return np.linspace(-0.5, 0.4, k), np.linspace(0.1, 0.9, k), 3
    return None


REGRESSION_CASES = [
    (loss, model, penalty)
    for loss in REGRESSION
    for model in ("bias", "line", "poly:2")
    for penalty in ({}, {"cap": 2.5, "cap_weight": 0.7, "l2": 0.2} if takes_cap(loss) else {"l2": 0.2}, {"l1": 0.15})
]
CLASSIFICATION_CASES = [
    (loss, LOSSES[loss].default_model, p) for loss in CLASSIFICATION for p in ({}, {"l2": 0.1, "l1": 0.05})
]


def data_of(model, loss="mse"):
    if model == "softmax":
        return X2, CLASSES
    if model == "logistic":
        return X2, LABELS
    return (X, COUNTS) if loss == "poisson" else (X, Y)


@pytest.mark.parametrize("optimizer", OPTIMIZER_NAMES)
@pytest.mark.parametrize(("loss", "model", "penalty"), REGRESSION_CASES + CLASSIFICATION_CASES)
def test_the_worked_gradient_and_new_beta_equal_the_core_and_a_hand_computation(loss, model, penalty, optimizer):
    x, y = data_of(model, loss)
    options = {LOSS_PARAMETER[loss]: PARAMS[LOSS_PARAMETER[loss]]} if loss in LOSS_PARAMETER else {}
    obj = make_objective(x, y, loss, model, **options, **penalty)
    k = obj.n_coefficients
    beta = np.linspace(0.4, -0.35, k)
    opt = make_optimizer(optimizer, 0.05, batch_size=4)
    state = some_state(optimizer, k)
    batches = [np.array([3, 0, 7, 5]), np.array([1, 10, 2, 9]), np.array([8, 4, 6])]
    worked = work_epoch(obj, opt, beta, state, rate=0.03, batches=batches)

    # by hand
    expected_beta, hand_state = beta, state
    steps = batches if optimizer == "sgd" else [None]
    for step, idx in zip(worked.steps, steps):
        grad = gradient_by_hand(loss, model, x, y, expected_beta, penalty, idx)
        np.testing.assert_allclose(step.gradient, grad, rtol=RTOL, atol=1e-14)
        expected_beta, hand_state = update_by_hand(optimizer, expected_beta, grad, hand_state, 0.03)
        np.testing.assert_allclose(step.after, expected_beta, rtol=RTOL, atol=1e-14)
    assert len(worked.steps) == len(steps)

    # the core's own numbers, exactly: the gradient of value_and_grad, the optimizer's update
    if optimizer != "sgd":
        value, core_grad = obj.value_and_grad(beta)
        np.testing.assert_array_equal(worked.gradient, core_grad)
        core_beta, _ = opt.update(beta, core_grad, state, 0.03)
        np.testing.assert_array_equal(worked.after, core_beta)
        assert worked.objective_before == value
    assert worked.objective_after == obj.value(worked.after)


@pytest.mark.parametrize(("loss", "model", "penalty"), REGRESSION_CASES + CLASSIFICATION_CASES)
def test_each_component_is_the_sum_of_its_written_terms(loss, model, penalty):
    x, y = data_of(model, loss)
    options = {LOSS_PARAMETER[loss]: PARAMS[LOSS_PARAMETER[loss]]} if loss in LOSS_PARAMETER else {}
    obj = make_objective(x, y, loss, model, **options, **penalty)
    beta = np.linspace(0.4, -0.35, obj.n_coefficients)
    step = work_epoch(obj, GradientDescent(lr=0.1), beta).steps[0]
    assert len(step.points.index) == N
    design = columns(model, x)
    softmax = model == "softmax"
    p = design @ beta.reshape(-1, 3).T if softmax else design @ beta
    for j, partial in enumerate(step.partials):
        k, column = divmod(j, 3) if softmax else (0, j)
        np.testing.assert_allclose(partial.features, design[:, column], rtol=1e-15)
        parts = [partial.loss_part, partial.cap_part, partial.penalty]
        size = sum(abs(p) for p in parts) + 1e-300
        assert abs(sum(parts) - partial.value) <= RTOL * size
        # each term is the feature times the loss's own factor: dℓ/dp = scale·n·factor (or scale·factor);
        # a softmax model's component sums class k's factor
        weight = 1.0 if loss in SUMMED else 1.0 / N
        factor = partial.factors if softmax else step.points.factor
        slope = dl_dp(loss, p, y)[:, k] if softmax else dl_dp(loss, p, y)
        np.testing.assert_allclose(partial.scale / weight * factor, slope, rtol=RTOL, atol=1e-15)


# --- how it reads ------------------------------------------------------------------------------

LINE = make_objective(X, Y, "mse", "line")


def test_mse_on_a_line_is_written_as_the_blog_writes_it():
    worked = work_epoch(LINE, GradientDescent(lr=0.0001), np.array([0.02, 1.303]))
    dm, dc = worked.steps[0].partials[1], worked.steps[0].partials[0]
    assert dm.formula == "Dm = −(2/n)·Σ xᵢ(yᵢ − ŷᵢ)"
    assert dc.formula == "Dc = −(2/n)·Σ(yᵢ − ŷᵢ)"
    m_line = worked.steps[0].updates[1][-1]
    assert (m_line.symbol, m_line.formula) == ("m", "m − L·Dm")
    text = worked.text()
    lines = text.splitlines()
    assert lines[0] == f"Epoch 1: MSE on line by gradient descent, L = 0.0001, n = {N}"
    assert lines[1].startswith("J = ") and lines[1].endswith(" before (m = 1.303, c = 0.02)")
    assert "Dm = −(2/n)·Σ xᵢ(yᵢ − ŷᵢ)" in lines
    assert lines.index("Dm = −(2/n)·Σ xᵢ(yᵢ − ŷᵢ)") < lines.index("Dc = −(2/n)·Σ(yᵢ − ŷᵢ)")  # m first
    assert f"   = −(2/{N})·[" in text and f"… {N - 3} more]" in text
    dm, new_m = f"{worked.gradient[1]:.5g}".replace("-", "−"), f"{worked.after[1]:.5g}"
    dm = f"({dm})" if dm.startswith("−") else dm
    assert f"m ← m − L·Dm: 1.303 − 0.0001 × {dm} = {new_m}" in lines
    assert lines[-1].startswith("J = ") and " after (m = " in lines[-1]


def test_every_term_is_shown_on_demand():
    worked = work_epoch(LINE, GradientDescent(lr=0.01), np.zeros(2))
    assert "more]" not in worked.text(points=None)
    assert worked.text(points=None).count("·") > worked.text(points=3).count("·")


@pytest.mark.parametrize(
    ("loss", "options", "factor", "where"),
    [
        ("mae", {}, "Dm = −(1/n)·Σ xᵢ·sign(yᵢ − ŷᵢ)", ""),
        ("sae", {}, "Dm = −Σ xᵢ·sign(yᵢ − ŷᵢ)", ""),
        ("sse", {}, "Dm = −2·Σ xᵢ(yᵢ − ŷᵢ)", ""),
        ("half-sse", {}, "Dm = −Σ xᵢ(yᵢ − ŷᵢ)", ""),
        ("huber", {"delta": 0.6}, "Dm = −(1/n)·Σ xᵢ·clip(yᵢ − ŷᵢ, −δ, δ)", "δ = 0.6"),
        ("logcosh", {}, "Dm = −(1/n)·Σ xᵢ·tanh(yᵢ − ŷᵢ)", ""),
        ("quantile", {"quantile": 0.3}, "Dm = −(1/n)·Σ xᵢ·τᵢ", "τᵢ = q where yᵢ > ŷᵢ"),
        ("asymmetric", {"alpha": 2.5}, "Dm = −(1/n)·Σ xᵢ·aᵢ", "(α = 2.5)"),
    ],
)
def test_each_loss_writes_its_own_derivative(loss, options, factor, where):
    worked = work_epoch(make_objective(X, Y, loss, **options), GradientDescent(lr=0.1), np.zeros(2))
    assert worked.steps[0].partials[1].formula == factor
    assert where in worked.loss_where


def test_penalties_add_their_own_terms_to_the_formula():
    obj = make_objective(X, Y, "mse", "poly:2", cap=2.5, cap_weight=0.7, l2=0.2, l1=0.1)
    partials = work_epoch(obj, GradientDescent(lr=0.1), np.array([0.1, 0.2, 0.3])).steps[0].partials
    assert partials[0].formula == "Dβ0 = −(2/n)·Σ(yᵢ − ŷᵢ) + (2/n)·λ·Σ max(0, ŷᵢ − C)"
    assert partials[2].formula == "Dβ2 = −(2/n)·Σ xᵢ²(yᵢ − ŷᵢ) + (2/n)·λ·Σ xᵢ²·max(0, ŷᵢ − C) + 2λ₂·β2 + λ₁·sign(β2)"
    assert partials[2].penalty_numbers == "2 × 0.2 × 0.3 + 0.1 × 1"


def test_the_logistic_model_sums_over_both_features():
    obj = make_objective(X2, LABELS, "bce", "logistic")
    partials = work_epoch(obj, GradientDescent(lr=0.1), np.zeros(3)).steps[0].partials
    assert [p.formula for p in partials] == [
        "Dβ0 = (1/n)·Σ(σ(zᵢ) − yᵢ)",
        "Dβ1 = (1/n)·Σ x1ᵢ(σ(zᵢ) − yᵢ)",
        "Dβ2 = (1/n)·Σ x2ᵢ(σ(zᵢ) − yᵢ)",
    ]


@pytest.mark.parametrize(
    ("optimizer", "symbols"),
    [
        ("momentum", ["v_m", "m"]),
        ("adam", ["M_m", "V_m", "M̂_m", "V̂_m", "m"]),
        ("sign", ["s_m", "m"]),
        ("gd", ["m"]),
    ],
)
def test_each_optimizer_writes_its_own_update_terms(optimizer, symbols):
    worked = work_epoch(LINE, make_optimizer(optimizer, 0.1), np.array([0.5, 0.5]))
    assert [q.symbol for q in worked.steps[0].updates[1]] == symbols
    assert worked.steps[0].updates[1][-1].value == worked.after[1]


def test_the_worked_epoch_of_a_descent_is_its_next_epoch_and_leaves_it_where_it_was():
    for name in OPTIMIZER_NAMES:
        run = Descent(LINE, make_optimizer(name, 0.02, batch_size=3), seed=4, stop=StopRule(grad_tol=1e-30))
        list(run.records(3))
        worked = work_descent(run)
        assert run.epoch == 3 and worked.epoch == 4
        assert worked.objective_before == run.value
        run.step()
        np.testing.assert_array_equal(worked.after, run.coefficients)
        assert worked.objective_after == run.value


def test_every_digit_written_gives_back_the_doubles_and_five_are_the_classroom_default():
    from lossexplorer.core.notation import FULL_DIGITS, digits, num

    worked = work_epoch(make_objective(X, Y, "mse"), GradientDescent(lr=0.01), np.zeros(2))
    short = worked.text()
    with digits(FULL_DIGITS):
        full = worked.text()
    assert num(1 / 3) == "0.33333" and num(0.0005) == "0.0005"
    with digits(FULL_DIGITS):
        assert num(1 / 3) == "0.3333333333333333" and num(-2e-8) == "−2e−8" and num(0.0005) == "0.0005"
    last = full.splitlines()[-1]  # J = … after (m = …, c = …)
    m = float(last.split("m = ")[1].split(",")[0].replace("−", "-"))
    assert m == worked.after[1] and full != short


def test_a_stochastic_epoch_written_in_part_ends_where_the_whole_epoch_does():
    obj = make_objective(X, Y, "huber", delta=0.6)
    sgd = make_optimizer("sgd", 0.05, batch_size=2)
    run = Descent(obj, sgd, seed=3)
    list(run.records(2))
    whole, part = work_descent(run), work_descent(run, written=2)
    assert len(whole.steps) == whole.batches == part.batches == 6 and len(part.steps) == 2
    np.testing.assert_array_equal(part.after, whole.after)
    assert part.objective_after == whole.objective_after
    run.step()
    np.testing.assert_array_equal(part.after, run.coefficients)
    assert "mini-batch 2 of 6" in part.text() and "… 4 more mini-batches" in part.text()
