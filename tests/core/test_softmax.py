"""The softmax model and the categorical cross-entropy: scikit-learn's multinomial logistic
regression, two classes as the binary model, label smoothing by hand, what has no minimum,
the per-point Hessian, the landscape over any two weights, predictions and the confusion matrix."""

from __future__ import annotations

import math

import numpy as np
import pytest
from sklearn.linear_model import LogisticRegression

from lossexplorer.core import InputError, fit, make_loss, make_model, make_objective, parse_points, preset, solve
from lossexplorer.core.landscape import landscape
from lossexplorer.core.softmax import accuracy, class_probabilities, confusion_matrix, predicted_classes


def rows(beta):
    return np.asarray(beta).reshape(-1, 3)


# --- independent references ------------------------------------------------------------------


@pytest.mark.parametrize(("name", "lam"), [("iris", 0.01), ("iris", 0.001), ("penguins", 0.002)])
def test_the_penalised_answer_matches_scikit_learns_multinomial_logistic_regression(name, lam):
    """Our J = (1/n)·Σℓ + λ·Σ_k Σ_{j≥1} β_kj²; scikit-learn's C·Σℓ + ½·Σ_k Σ_{j≥1} w_kj² is C·n
    times (1/n)·Σℓ + (1/(2Cn))·Σ w², so C = 1/(2nλ). Both leave the intercepts unpenalised and
    give the answer whose rows sum to zero (adding one vector to every row changes nothing)."""
    p = preset(name)
    n = len(p.y)
    s = solve(p.x, p.y, "crossentropy", l2=lam)
    ref = LogisticRegression(C=1.0 / (2 * n * lam), tol=1e-12, max_iter=10_000, solver="newton-cholesky")
    ref.fit(p.x, p.y)
    theirs = np.column_stack([ref.intercept_, ref.coef_])
    assert s.converged and s.kkt_violation <= 1e-12
    np.testing.assert_allclose(np.sum(rows(s.coefficients), axis=0), 0.0, atol=1e-12)
    np.testing.assert_allclose(rows(s.coefficients), theirs, rtol=0, atol=1e-6)
    np.testing.assert_allclose(class_probabilities(make_model("softmax:3"), s.coefficients, p.x),
                               ref.predict_proba(p.x), atol=1e-9)


def test_two_classes_give_the_binary_logistic_models_boundary():
    """Row 1 − row 0 is the logistic model's β; with the rows ±b/2, the softmax's L2 weighs
    2·(b/2)² = b²/2: λ on the softmax is λ/2 on the logistic model."""
    p = preset("blobs")
    for lam in (0.0, 0.02):
        softmax = solve(p.x, p.y, "crossentropy", l2=lam)
        binary = solve(p.x, p.y, "bce", l2=lam / 2)
        assert softmax.converged and binary.converged
        b = rows(softmax.coefficients)
        np.testing.assert_allclose(b[1] - b[0], binary.coefficients, rtol=1e-9, atol=1e-12)
        np.testing.assert_allclose(b[0] + b[1], 0.0, atol=1e-12)
        assert softmax.objective == pytest.approx(binary.objective, rel=1e-12)


def test_two_classes_with_label_smoothing_are_bce_with_label_smoothing():
    p = preset("separable")  # a line separates them: only the smoothing gives a minimum
    softmax = solve(p.x, p.y, "crossentropy", label_smoothing=0.2)
    binary = solve(p.x, p.y, "bce", label_smoothing=0.2)
    assert softmax.converged and binary.converged
    b = rows(softmax.coefficients)
    np.testing.assert_allclose(b[1] - b[0], binary.coefficients, rtol=1e-9)


# --- label smoothing, by hand ------------------------------------------------------------------


def test_label_smoothing_on_a_tiny_set_gives_the_hand_derived_answer():
    """Each class's points sit symmetrically about 0, so the slopes are 0 at the answer and the
    intercepts give p̂ = the mean target t̄_k = (1 − ε)·n_k/n + ε/K: here n_k = 2, 4, 2 and
    ε = 0.3, so t̄ = (0.275, 0.45, 0.275), J = −Σ t̄_k·log t̄_k, and β_k0 = log t̄_k − mean log t̄."""
    x = np.array([(1, 0), (-1, 0), (0, 1), (0, -1), (0, 1), (0, -1), (1, 1), (-1, -1)], dtype=float)
    y = np.array([0, 0, 1, 1, 1, 1, 2, 2], dtype=float)
    s = solve(x, y, "crossentropy", label_smoothing=0.3)
    t = np.array([0.275, 0.45, 0.275])
    assert s.converged
    assert s.objective == pytest.approx(-np.sum(t * np.log(t)), rel=1e-14)
    np.testing.assert_allclose(rows(s.coefficients)[:, 0], np.log(t) - np.mean(np.log(t)), rtol=1e-13)
    np.testing.assert_allclose(rows(s.coefficients)[:, 1:], 0.0, atol=1e-14)


def test_label_smoothing_on_bce_gives_the_hand_derived_answer():
    """Class 1 at (±1, 0) and (0, ±1), class 0 at ±(1, 1): slopes 0 at the answer, σ(β0) = t̄ =
    (1 − ε)·4/6 + ε/2 = 0.616̅ for ε = 0.3, and J = −t̄·log t̄ − (1 − t̄)·log(1 − t̄)."""
    x = np.array([(1, 0), (-1, 0), (0, 1), (0, -1), (1, 1), (-1, -1)], dtype=float)
    y = np.array([1, 1, 1, 1, 0, 0], dtype=float)
    s = solve(x, y, "bce", label_smoothing=0.3)
    t = 0.7 * 4 / 6 + 0.15
    assert s.converged
    assert s.objective == pytest.approx(-t * math.log(t) - (1 - t) * math.log(1 - t), rel=1e-14)
    np.testing.assert_allclose(s.coefficients, [math.log(t / (1 - t)), 0.0, 0.0], atol=1e-14)


def test_smoothing_caps_the_loss_of_a_sure_right_prediction_away_from_zero():
    """ε > 0: the least loss of a point is the entropy of its targets, reached at p̂ = t, not at p̂ = 1."""
    loss = make_loss("crossentropy", label_smoothing=0.1)
    sure = np.array([[30.0, 0.0, 0.0]])
    best = np.log(np.array([[0.9 + 0.1 / 3, 0.1 / 3, 0.1 / 3]]))
    assert loss.value(best, np.zeros(1))[0] < loss.value(sure, np.zeros(1))[0]
    assert make_loss("crossentropy").value(sure, np.zeros(1))[0] < 1e-12


# --- what has no finite minimum ----------------------------------------------------------------


def test_separated_classes_without_a_penalty_have_no_finite_minimum_and_say_so():
    p = preset("iris")  # setosa lies apart from the other two
    s = solve(p.x, p.y, "crossentropy")
    assert not s.converged and np.all(np.isnan(s.coefficients))
    assert s.message.startswith("no finite minimum") and "L2" in s.message
    assert s.method == "existence check (linear program)"
    for options in ({"l2": 0.01}, {"label_smoothing": 0.05}):
        assert solve(p.x, p.y, "crossentropy", **options).converged


def test_overlapping_classes_have_a_minimum_without_a_penalty():
    p = preset("penguins")
    s = solve(p.x, p.y, "crossentropy")
    assert s.converged and s.kkt_violation <= 1e-12


def test_a_class_without_points_has_no_minimum_even_with_a_penalty():
    p = preset("penguins")
    s = solve(p.x, p.y, "crossentropy", "softmax:4", l2=0.1)
    assert not s.converged and "class 3 has no points" in s.message
    assert solve(p.x, p.y, "crossentropy", "softmax:4", l2=0.1, label_smoothing=0.1).converged


def test_an_l1_penalty_is_not_solved_and_says_why():
    p = preset("penguins")
    s = solve(p.x, p.y, "crossentropy", l1=0.01)
    assert not s.converged and "L2" in s.message and "not L1" in s.message
    r = fit(p.x, p.y, "crossentropy", l1=0.01, lr=0.01, epochs=5)  # gradient descent takes it
    assert np.all(np.isfinite(r.coefficients))


# --- the model, its labels and its derivatives -----------------------------------------------------


def test_k_comes_from_the_labels_or_the_model_name():
    p = preset("iris")
    assert make_objective(p.x, p.y, "crossentropy").n_coefficients == 9
    assert make_objective(p.x, p.y, "crossentropy", "softmax:5", l2=0.1).model.classes == 5
    assert make_model("softmax:4").coefficient_names[-3:] == ("β₃₀", "β₃₁", "β₃₂")


@pytest.mark.parametrize(
    ("labels", "model", "message"),
    [
        ([0, 1, 5], "softmax", "label of point 3 is 5; the softmax model takes at most 5 classes, labels 0 … 4"),
        ([0, 1.5, 2], "softmax", "label of point 2 is 1.5; labels must be whole numbers 0 … 2"),
        ([0, -1, 2], "softmax", "label of point 2 is -1; labels must be whole numbers 0 … 2"),
        ([0, 1, 3], "softmax:3", "label of point 3 is 3; labels must be whole numbers 0 … 2"),
        ([0, 1, 2], "logistic", "loss 'crossentropy' needs the softmax model, not 'logistic'"),
    ],
)
def test_labels_past_the_classes_are_refused_in_one_line_naming_the_point(labels, model, message):
    x = np.zeros((3, 2))
    with pytest.raises(InputError) as info:
        make_objective(x, np.array(labels, float), "crossentropy", model)
    assert str(info.value) == message


@pytest.mark.parametrize("name", ["softmax:1", "softmax:6", "softmax:x"])
def test_a_softmax_model_of_other_than_2_to_5_classes_is_refused(name):
    with pytest.raises(InputError, match="the softmax model takes 2 to 5 classes"):
        make_model(name)


def test_binary_losses_refuse_the_softmax_model_and_three_labels():
    p = preset("iris")
    with pytest.raises(InputError, match="loss 'bce' needs the logistic model, not 'softmax'"):
        make_objective(p.x, (p.y > 0).astype(float), "bce", "softmax")
    with pytest.raises(InputError, match="labels must be 0 or 1"):
        make_objective(p.x, p.y, "bce")


def test_the_cross_entropy_takes_no_cap():
    p = preset("iris")
    with pytest.raises(InputError, match="loss 'crossentropy' takes no cap penalty"):
        make_objective(p.x, p.y, "crossentropy", cap=1.0)


def test_the_per_point_hessian_matches_differences_of_the_gradient():
    loss = make_loss("crossentropy", label_smoothing=0.2)
    rng = np.random.default_rng(3)
    z = rng.normal(scale=3.0, size=(20, 4))
    y = rng.integers(0, 4, 20).astype(float)
    h = 1e-6
    fd = np.stack([(loss.gradient(z + h * e, y) - loss.gradient(z - h * e, y)) / (2 * h) for e in np.eye(4)], axis=2)
    np.testing.assert_allclose(loss.curvature(z, y), fd, rtol=1e-6, atol=1e-9)


def test_huge_scores_neither_overflow_nor_lose_the_loss():
    loss = make_loss("crossentropy")
    z = np.array([[1000.0, 0.0, -1000.0], [-800.0, 800.0, 0.0]])
    value, grad = loss.loss_gradient(z, np.array([2.0, 1.0]))
    np.testing.assert_allclose(value, [2000.0, 0.0], atol=1e-12)
    np.testing.assert_allclose(grad, [[1.0, 0.0, -1.0], [0.0, 0.0, 0.0]], atol=1e-12)


def test_the_landscape_over_any_two_weights_is_j_there():
    p = preset("penguins")
    obj = make_objective(p.x, p.y, "crossentropy", l2=0.01)
    s = solve(p.x, p.y, "crossentropy", l2=0.01)
    for i, j in ((0, 3), (1, 8), (5, 7)):
        grid = landscape(obj, s.coefficients, i, j, (s.coefficients[i] - 1, s.coefficients[i] + 1),
                         (s.coefficients[j] - 1, s.coefficients[j] + 1), size=(9, 7))
        for r, c in ((0, 0), (3, 4), (6, 8)):
            beta = s.coefficients.copy()
            beta[i], beta[j] = grid.axis_i[c], grid.axis_j[r]
            assert grid.values[r, c] == pytest.approx(obj.value(beta), rel=1e-12)
        assert grid.values.min() >= s.objective - 1e-12


def test_gradient_descent_keeps_the_rows_summing_to_zero():
    """From zeros, every step's gradient sums to zero over the classes (Σ_k (p̂_k − t_k) = 0), so
    plain gradient descent moves within the answers whose rows sum to zero."""
    p = preset("penguins")
    r = fit(p.x, p.y, "crossentropy", lr=1e-4, epochs=50)
    np.testing.assert_allclose(np.sum(r.path.reshape(len(r.path), 3, 3), axis=1), 0.0, atol=1e-12)


# --- predictions and the confusion matrix -------------------------------------------------------


def test_predicted_classes_and_the_confusion_matrix():
    p = preset("iris")
    s = solve(p.x, p.y, "crossentropy", l2=0.01)
    model = make_objective(p.x, p.y, "crossentropy").model
    label, sure = predicted_classes(model, s.coefficients, p.x)
    prob = class_probabilities(model, s.coefficients, p.x)
    np.testing.assert_allclose(prob.sum(axis=1), 1.0, rtol=1e-15)
    np.testing.assert_array_equal(label, np.argmax(rows(s.coefficients)[:, 0] + p.x @ rows(s.coefficients)[:, 1:].T,
                                                   axis=1))
    assert np.all((sure >= 1 / 3) & (sure <= 1))
    c = confusion_matrix(p.y, label, 3)
    assert c.sum() == 150 and np.all(c.sum(axis=1) == 50)
    assert accuracy(p.y, label) == pytest.approx(np.trace(c) / 150)
    assert accuracy(p.y, label) > 0.9


def test_the_logistic_models_probabilities_are_one_minus_sigma_and_sigma():
    beta = np.array([0.5, -1.0, 2.0])
    x = np.array([[0.0, 0.0], [1.0, 1.0]])
    prob = class_probabilities(make_model("logistic"), beta, x)
    z = 0.5 - x[:, 0] + 2 * x[:, 1]
    np.testing.assert_allclose(prob[:, 1], 1 / (1 + np.exp(-z)), rtol=1e-15)
    np.testing.assert_allclose(prob.sum(axis=1), 1.0, rtol=1e-15)


# --- files --------------------------------------------------------------------------------------


def test_the_reader_takes_labels_up_to_k_minus_one_when_asked():
    text = "x1,x2,label\n0,0,0\n1,0,1\n0,1,2\n1,1,4\n"
    _, y = parse_points(text, "three.csv", classification=True, classes=5)
    np.testing.assert_array_equal(y, [0, 1, 2, 4])
    with pytest.raises(InputError, match=r"^three.csv, row 4, column label: '2' is not a class label \(0 or 1\)$"):
        parse_points(text, "three.csv", classification=True)
    with pytest.raises(InputError, match=r"row 5, column label: '4' is not a class label \(0 … 2\)$"):
        parse_points(text, "three.csv", classification=True, classes=3)
    with pytest.raises(InputError, match=r"row 2, column label: '0.5' is not a class label \(0 … 4\)$"):
        parse_points("x1,x2,label\n0,0,0.5\n", "half.csv", classification=True, classes=5)
