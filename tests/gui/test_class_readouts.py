"""The classification readouts: accuracy, mean loss, the worst point and the confidence table
against hand computations, and the widget switching between the regression and classification groups."""

from __future__ import annotations

import math

import numpy as np
import pytest
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from lossexplorer.core import make_model, make_objective
from lossexplorer.gui import theme
from lossexplorer.gui.readouts import CONFIDENCE_LEVELS, Readouts, read, read_classification

# four points, two of each class; with β = (−0.5, 1, −1) the logits are z = −0.5, 0.5, −1.5, −0.5
X = np.array([[0.0, 0.0], [1.0, 0.0], [0.0, 1.0], [2.0, 2.0]])
LABELS = np.array([0.0, 1.0, 0.0, 1.0])
BETA = np.array([-0.5, 1.0, -1.0])


def plain(label) -> str:
    """A label's text as a reader sees it: no markup, plain spaces."""
    doc = QTextDocument()
    doc.setHtml(label.text())
    return doc.toPlainText().replace("\xa0", " ")


def readings(loss="bce", beta=BETA, x=X, labels=LABELS, **params):
    obj = make_objective(x, labels, loss=loss, model="logistic", **params)
    with np.errstate(over="ignore", invalid="ignore"):  # J of an overflowing β is not finite, as it should be
        value = obj.value(beta)
    return obj, read_classification(obj, beta, 7, value, loss.upper())


def random_points(n=500, seed=3):
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(n, 2))
    labels = (x[:, 0] - x[:, 1] + rng.normal(size=n) > 0).astype(float)
    return x, labels


def test_accuracy_mean_loss_and_worst_point_match_a_hand_computation():
    _, r = readings(l2=0.1)
    assert r is not None
    z = np.array([-0.5, 0.5, -1.5, -0.5])
    # predicted classes (z ≥ 0 → 1): 0, 1, 0, 0; the last point (class 1) is wrong
    assert r.n == 4
    assert r.n_wrong == 1
    assert r.accuracy == 0.75
    # BCE by hand: −log σ(z) for class 1, −log(1 − σ(z)) for class 0
    bce = [-math.log(1 - 1 / (1 + math.exp(-v))) if y == 0 else -math.log(1 / (1 + math.exp(-v)))
           for v, y in zip(z, LABELS)]
    assert r.mean_loss == pytest.approx(sum(bce) / 4, rel=1e-12)
    # the mean loss has no penalty; J does
    assert r.objective == pytest.approx(sum(bce) / 4 + 0.1 * (1.0 + 1.0), rel=1e-12)
    assert r.worst.point == 3
    assert r.worst.label == 1
    assert r.worst.loss == pytest.approx(max(bce), rel=1e-12)
    assert r.worst.p_true == pytest.approx(1 / (1 + math.exp(0.5)), rel=1e-12)
    assert r.names == ("β0", "β1", "β2")
    assert r.epoch == 7 and r.objective_label == "BCE"


def test_each_point_counts_in_the_row_nearest_in_log_odds():
    # own-class logits 0.5, 0.5, 1.5, −0.5; row logits 4.6, 2.2, 0.85, 0, −0.85, −2.2, −4.6
    _, r = readings()
    assert [row.points for row in r.confidence] == [0, 0, 3, 0, 1, 0, 0]


def test_the_counts_add_up_to_n_and_agree_with_a_brute_force_nearest_row():
    x, labels = random_points()
    beta = np.array([0.3, 2.5, -1.7])
    obj, r = readings(x=x, labels=labels, beta=beta)
    counts = [row.points for row in r.confidence]
    assert sum(counts) == r.n == 500
    z = obj.predict(beta)
    own = np.where(labels == 1, z, -z)
    rows = np.argmin(np.abs(own[:, None] - np.log(np.array(CONFIDENCE_LEVELS) / (1 - np.array(CONFIDENCE_LEVELS)))),
                     axis=1)
    assert counts == np.bincount(rows, minlength=len(CONFIDENCE_LEVELS)).tolist()
    assert r.n_wrong == int(np.sum((z >= 0) != (labels == 1)))


def test_bce_rows_are_minus_log_p():
    _, r = readings("bce")
    assert [row.p_true for row in r.confidence] == list(CONFIDENCE_LEVELS)
    for row in r.confidence:
        assert row.loss == pytest.approx(-math.log(row.p_true), rel=1e-12)
    assert r.confidence[1].loss == pytest.approx(0.1053605156578263, rel=1e-12)  # p = 0.9


@pytest.mark.parametrize("gamma", [2.0, 0.5])
def test_focal_rows_are_the_down_weighted_log_loss(gamma):
    _, r = readings("focal", gamma=gamma)
    for row in r.confidence:
        p = row.p_true
        assert row.loss == pytest.approx(-((1 - p) ** gamma) * math.log(p), rel=1e-10)


def test_hinge_rows_are_one_minus_the_logit_clipped_at_zero():
    _, r = readings("hinge")
    for row in r.confidence:
        p = row.p_true
        assert row.loss == pytest.approx(max(0.0, 1.0 - math.log(p / (1 - p))), rel=1e-12, abs=1e-12)
    assert [row.loss for row in r.confidence][:2] == [0.0, 0.0]  # past the margin: no cost at all
    assert r.confidence[3].loss == pytest.approx(1.0)  # p = ½ sits on the boundary


def test_no_readings_without_a_finite_beta_or_an_objective():
    obj, _ = readings()
    assert read_classification(obj, np.array([0.0, math.nan, 1.0]), 0, 0.0, "BCE") is None
    assert read_classification(obj, np.array([0.0, math.inf, 1.0]), 0, 0.0, "BCE") is None
    assert read_classification(None, BETA, 0, 0.0, "BCE") is None


def test_a_regression_objective_is_refused():
    obj = make_objective(np.array([0.0, 1.0]), np.array([1.0, 2.0]))
    with pytest.raises(ValueError, match="classification"):
        read_classification(obj, np.zeros(2), 0, 0.0, "MSE")


def test_an_overflowing_logit_neither_warns_nor_breaks_the_widget(qtbot):
    # z overflows to ±∞ (or NaN, as the product's rounding falls): no warning, no row for a NaN
    x = np.array([[1.0, -1.0], [2.0, 0.0], [0.0, 1.0], [2.0, -2.0]])
    beta = np.array([0.0, 1e308, 1e308])
    obj, r = readings(x=x, labels=np.array([1.0, 0.0, 1.0, 1.0]), beta=beta)
    assert r is not None
    with np.errstate(all="ignore"):
        z = obj.predict(beta)
    assert sum(row.points for row in r.confidence) == np.count_nonzero(~np.isnan(z))
    assert r.confidence[0].points >= 1  # class 1 at z = 1e308: sure and right
    assert r.n_wrong >= 1  # class 0 at z = ∞: sure and wrong
    ro = Readouts()
    qtbot.addWidget(ro)
    ro.show_class_readings(r)
    assert plain(ro.labels["mean_loss"]) == ("—" if math.isnan(r.mean_loss) else f"{r.mean_loss:.6g}")


def test_the_widget_shows_the_readings(qtbot):
    ro = Readouts()
    qtbot.addWidget(ro)
    _, r = readings("bce")
    ro.show_class_readings(r)
    assert ro.class_readings is r
    assert plain(ro.labels["class_epoch"]) == "7"
    assert [plain(ro.labels[f"beta{i}"]) for i in range(3)] == ["-0.5", "1", "-1"]
    assert plain(ro.labels["class_J"]).startswith("BCE = 0.")
    assert plain(ro.labels["accuracy"]) == "3 of 4 (75.0 %)"
    assert plain(ro.labels["mean_loss"]) == f"{r.mean_loss:.4g}"  # four significant figures: a class reads them
    assert plain(ro.labels["worst"]).startswith("point 4 (class 1)")  # numbered from 1
    assert [plain(c) for c in ro.confidence_header] == ["P(true class)", "loss", "points"]
    assert [plain(row[0]) for row in ro.confidence_cells] == ["0.99", "0.9", "0.7", "0.5", "0.3", "0.1", "0.01"]
    assert plain(ro.confidence_cells[1][1]) == "0.105"  # −log 0.9
    assert plain(ro.confidence_cells[6][1]) == "4.61"  # −log 0.01: confident and wrong costs most
    assert [int(plain(row[2])) for row in ro.confidence_cells] == [0, 0, 3, 0, 1, 0, 0]


def test_classification_and_regression_layouts_take_turns(qtbot):
    ro = Readouts()
    qtbot.addWidget(ro)
    ro.show()
    regression, classification = (ro.fit_box, ro.prop_box), (ro.class_box, ro.confidence_box)
    assert all(box.isVisible() for box in regression)  # the regression layout by default
    assert not any(box.isVisible() for box in classification)
    _, r = readings()
    ro.show_class_readings(r)
    assert all(box.isVisible() for box in classification)
    assert not any(box.isVisible() for box in regression)
    assert ro.readings is None
    x, y = np.array([0.0, 1.0, 2.0]), np.array([1.0, 2.0, 2.5])
    ro.show_readings(read(make_model("line"), np.array([1.0, 0.75]), x, y, 3, 0.1, "MSE"))
    assert all(box.isVisible() for box in regression)
    assert not any(box.isVisible() for box in classification)
    assert ro.class_readings is None
    assert plain(ro.labels["epoch"]) == "3"


def test_none_shows_dashes(qtbot):
    ro = Readouts()
    qtbot.addWidget(ro)
    _, r = readings()
    ro.show_class_readings(r)
    ro.show_class_readings(None)
    assert ro.class_readings is None
    assert ro.class_box.isVisibleTo(ro)
    for key in ("class_epoch", "beta0", "beta1", "beta2", "class_J", "accuracy", "mean_loss", "worst"):
        assert ro.labels[key].text() == "—"
    for row in ro.confidence_cells:
        assert [c.text() for c in row[1:]] == ["—", "—"]


@pytest.mark.parametrize("projector", [False, True])
def test_the_classification_layout_fits_a_300_pixel_dock(qtbot, projector):
    """The window gives the readouts at least 300 px; the classification groups wrap rather than clip there."""
    app = QApplication.instance()
    font = app.font()
    try:
        theme.set_projector(projector)
        theme.apply(app)
        ro = Readouts()
        qtbot.addWidget(ro)
        x, labels = random_points(n=100_000)  # long counts and a long "k of n"
        _, r = readings("focal", x=x, labels=labels, beta=np.array([0.3, 2.5, -1.7]))
        ro.show_class_readings(r)
        assert ro.minimumSizeHint().width() <= 300
    finally:
        theme.set_projector(False)
        app.setFont(font)
