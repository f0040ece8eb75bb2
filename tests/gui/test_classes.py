"""K classes, counts and the fourth binary loss in the window, with real input: the classes
choice and the palette, the softmax model's regions and boundaries, files and sessions of K
classes, Poisson's exp(f), Brier beside bce, hinge and focal, and label smoothing's ε."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QFileDialog
from qt_helpers import choose, click_tab, data_of, key, menu_item, pixel_of, run_to_end, type_into

from lossexplorer.core import make_loss, preset, read_points
from lossexplorer.core.data import write_points
from lossexplorer.core.losses import poisson_probabilities, softmax
from lossexplorer.core.softmax import class_probabilities, confusion_matrix
from lossexplorer.gui import theme
from lossexplorer.gui.regions import WASH
from lossexplorer.gui.session import read_session


def settle(qtbot, window, timeout=60_000):
    qtbot.waitUntil(lambda: not window.busy(), timeout=timeout)
    QApplication.processEvents()
    window.flush()


def open_preset(qtbot, window, text):
    menu_item(window, "Presets", text).trigger()
    settle(qtbot, window)


@pytest.fixture
def classes(qtbot, window):
    choose(qtbot, window.panel.mode, True)  # as a person picks it in the Task box
    settle(qtbot, window)
    return window


def palette_button(window, label):
    return window.panel.class_buttons.button(label)


def drawn_marker(window, index):
    """The symbol and the fill colour the canvas draws point `index` with."""
    spot = window.canvas.markers.data[index]
    return spot["symbol"], spot["brush"].color().name().upper()


def test_clicks_add_points_of_the_class_chosen_among_five(qtbot, classes):
    w = classes
    choose(qtbot, w.panel.class_count, 5)
    assert w.lesson.settings.model == "softmax:5" and w.lesson.settings.loss == "crossentropy"
    assert [palette_button(w, k).isVisible() for k in range(5)] == [True] * 5
    viewport = w.canvas.plot_widget.viewport()
    for label in range(5):
        button = palette_button(w, label)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=button.rect().center())
        n = len(w.lesson.points)
        at = (-3.0 + 1.5 * label, -3.5)
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=pixel_of(w, *at))
        assert len(w.lesson.points) == n + 1 and w.lesson.points.labels[-1] == label
        w.flush()
        assert drawn_marker(w, n) == (theme.CLASS_SYMBOLS[label], theme.CLASS_COLOURS[label].upper())
    # a key picks the class too (Ctrl+3: class 2), and Shift+click adds the next one
    key(qtbot, w, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert palette_button(w, 2).isChecked() and w.lesson.new_class == 2
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=pixel_of(w, 0.5, 3.0))
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, pos=pixel_of(w, 1.5, 3.0))
    assert w.lesson.points.labels[-2:].tolist() == [2, 3]
    assert set(np.unique(w.lesson.points.labels)) == {0, 1, 2, 3, 4}


def test_fewer_classes_keep_the_points_whose_labels_still_exist_in_one_undo_step(qtbot, classes):
    w = classes
    open_preset(qtbot, w, "five-classes (classification)")
    five = w.lesson.points
    assert len(five) == 80 and w.panel.class_count.currentData() == 5 and w.lesson.settings.model == "softmax:5"
    key(qtbot, w, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert w.lesson.new_class == 4
    steps = w.lesson.undo_stack.count()
    w.panel.class_count.setFocus()
    qtbot.keyClicks(w.panel.class_count, "3")  # the box jumps to "3 classes": one choice
    settle(qtbot, w)
    points = w.lesson.points
    assert w.lesson.undo_stack.count() == steps + 1  # one step
    keep = five.labels < 3
    np.testing.assert_array_equal(points.x, five.x[keep])
    np.testing.assert_array_equal(points.labels, five.labels[keep])
    assert len(points) == 48 and w.canvas.drawn == 48
    assert w.lesson.settings.model == "softmax:3" and len(w.lesson.descent.coefficients) == 9
    assert w.lesson.new_class == 0 and not palette_button(w, 4).isVisible()  # class 4 went: new points are class 0
    assert w.loss_keys.losses() == ("crossentropy",)  # past two classes only the cross-entropy
    key(qtbot, w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, w)
    back = w.lesson.points
    np.testing.assert_array_equal(back.x, five.x)
    np.testing.assert_array_equal(back.labels, five.labels)
    assert w.panel.class_count.currentData() == 5 and w.lesson.settings.model == "softmax:5"
    assert palette_button(w, 4).isVisible() and w.canvas.drawn == 80


def test_two_classes_offer_every_binary_loss_and_the_cross_entropy_on_the_softmax_model(qtbot, classes):
    w = classes
    choose(qtbot, w.panel.loss, "crossentropy")
    assert w.lesson.settings.model == "softmax:2" and w.panel.model_box.currentData() == "softmax:2"
    choose(qtbot, w.panel.loss, "brier")
    assert w.lesson.settings.model == "logistic" and w.lesson.settings.loss == "brier"


def test_a_session_round_trips_five_classes(qtbot, classes, tmp_path):
    w = classes
    open_preset(qtbot, w, "five-classes (classification)")
    key(qtbot, w, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(w.canvas.plot_widget.viewport(), Qt.MouseButton.LeftButton, pos=pixel_of(w, 0.2, -0.3))
    type_into(qtbot, w.panel.label_smoothing, "0.1")
    saved_points, saved_settings = w.lesson.points, w.lesson.settings
    assert saved_points.labels[-1] == 4 and saved_settings.label_smoothing == 0.1
    path = tmp_path / "five.lossx"
    assert w.files.save_to(str(path))
    assert read_session(path).labels.tolist() == saved_points.labels.tolist()
    choose(qtbot, w.panel.class_count, 2)
    w.lesson.switch_mode(False)
    assert w.files.open_path(str(path), show_errors=False)
    settle(qtbot, w)
    np.testing.assert_array_equal(w.lesson.points.labels, saved_points.labels)
    np.testing.assert_array_equal(w.lesson.points.x, saved_points.x)
    assert w.lesson.settings == saved_settings
    assert w.panel.class_count.currentData() == 5 and palette_button(w, 4).isVisible()
    assert w.panel.label_smoothing.value() == 0.1


@pytest.mark.parametrize("count", [2, 5])
def test_a_pin_of_the_softmax_model_survives_save_and_reopen(qtbot, classes, tmp_path, count):
    """A pin keeps its model's K: softmax:2's 6 coefficients read back as softmax:2, not as the
    bare 'softmax' (the monkey saved such a pin and could not open its own session)."""
    w = classes
    choose(qtbot, w.panel.class_count, count)
    choose(qtbot, w.panel.loss, "crossentropy")
    run_to_end(qtbot, w)
    key(qtbot, w, Qt.Key.Key_P)
    (pin,) = w.lesson.pins
    assert pin.coefficients.size == 3 * count
    path = tmp_path / "pinned.lossx"
    assert w.files.save_to(str(path))
    w.lesson.switch_mode(False)
    assert w.files.open_path(str(path), show_errors=False), w.statusBar().currentMessage()
    settle(qtbot, w)
    (back,) = w.lesson.pins
    assert back.model.classes == count and back.label == pin.label
    np.testing.assert_array_equal(back.coefficients, pin.coefficients)


def test_a_session_with_a_label_past_its_classes_is_refused_naming_it(tmp_path):
    from lossexplorer.core import InputError
    from lossexplorer.gui.session import Session, from_json, to_json
    from lossexplorer.gui.settings import FitSettings

    s = Session(np.zeros(2), np.ones(2), FitSettings(loss="crossentropy", model="softmax:3"), [0.0] * 9, [0.0] * 9,
                labels=np.array([0.0, 3.0]))
    with pytest.raises(InputError, match=r"points.labels\[1\] is 3.0, not a whole number 0 … 2 \(softmax:3\)"):
        from_json(to_json(s), "bad.lossx")


def test_a_csv_of_four_classes_opens_with_four_and_exports_back(qtbot, window, tmp_path, monkeypatch):
    rng = np.random.default_rng(3)
    x = rng.normal(size=(40, 2)) * 2
    t = np.repeat(np.arange(4.0), 10)
    path = tmp_path / "four.csv"
    write_points(path, x, t)
    assert window.files.open_path(str(path), show_errors=False)
    settle(qtbot, window)
    assert window.lesson.settings.model == "softmax:4" and window.panel.class_count.currentData() == 4
    out = tmp_path / "back.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "CSV files (*.csv)"))
    menu_item(window, "File", "Export points…").trigger()
    x_back, t_back = read_points(out, classification=True, classes=5)
    np.testing.assert_array_equal(x_back, x)
    np.testing.assert_array_equal(t_back, t)


def test_the_shaded_class_at_a_pixel_is_the_models_most_probable_class(qtbot, classes):
    w = classes
    open_preset(qtbot, w, "five-classes (classification)")
    w.lesson.change_settings(w.lesson.settings.with_(epochs=60, speed=0.0))
    run_to_end(qtbot, w)
    settle(qtbot, w)
    for text in ("Grid", "decision boundary", "per-point loss (rings)"):  # leave the wash alone on the canvas
        menu_item(w, "View", text).trigger()
    w.flush()
    QApplication.processEvents()
    model, beta = w.lesson.model, w.lesson.descent.coefficients
    widget = w.canvas.plot_widget
    image = widget.grab().toImage()
    ratio = image.devicePixelRatio()
    marks = [pixel_of(w, x, y) for x, y in zip(w.lesson.points.x, w.lesson.points.y)]
    marks_x, marks_y = np.array([p.x() for p in marks]), np.array([p.y() for p in marks])
    rect = widget.mapFromScene(w.canvas.viewbox.sceneBoundingRect()).boundingRect()  # the plot, not its axes
    legend = w.canvas.legend.sceneBoundingRect()
    colours = np.array([[QColor(c).red(), QColor(c).green(), QColor(c).blue()] for c in theme.CLASS_COLOURS], float)
    toward = 255.0 - colours  # what each class's wash takes away from the white
    checked = 0
    for px in range(rect.left() + 20, rect.right() - 20, 23):
        for py in range(rect.top() + 20, rect.bottom() - 20, 23):
            if legend.contains(widget.mapToScene(px, py)):
                continue
            if np.min(np.hypot(marks_x - px, marks_y - py)) < 2 * theme.Sizes.marker:
                continue  # a marker covers it
            here = np.array([data_of(w, QPoint(px + dx, py + dy)) for dx, dy in ((0, 0), (-8, -8), (8, -8), (-8, 8),
                                                                                  (8, 8))])
            prob = class_probabilities(model, beta, here)
            label = np.argmax(prob, axis=1)
            if len(set(label.tolist())) > 1:
                continue  # a boundary runs within a cell of this pixel
            at = widget.viewport().mapTo(widget, QPoint(px, py))
            pixel = image.pixelColor(int(at.x() * ratio), int(at.y() * ratio))
            seen = 255.0 - np.array([pixel.red(), pixel.green(), pixel.blue()], float)
            if seen.sum() < 12:
                continue  # too faint to tell: the model is nearly as sure of two classes there
            similar = toward @ seen / (np.linalg.norm(toward, axis=1) * np.linalg.norm(seen))
            assert int(np.argmax(similar)) == int(label[0]), (px, py, pixel.name())
            sure = (prob[0].max() - 0.2) / 0.8  # (p̂_max − 1/K)/(1 − 1/K), K = 5
            assert seen.sum() == pytest.approx(WASH / 255 * sure * toward[label[0]].sum(), abs=25)
            checked += 1
    assert checked >= 100


def test_two_softmax_classes_draw_the_logistic_models_boundary(qtbot, classes):
    w = classes
    key(qtbot, w, Qt.Key.Key_E)  # reveal the exact boundary
    settle(qtbot, w)
    logistic = w.lesson.exact.copy()  # bce on blobs: a finite minimum
    assert len(w.canvas.exact_curve.getData()[0]) == 2  # the logistic model's boundary: one straight line
    choose(qtbot, w.panel.loss, "crossentropy")
    settle(qtbot, w)
    assert w.lesson.settings.model == "softmax:2"
    rows = w.lesson.exact.reshape(2, 3)
    np.testing.assert_allclose(rows[1] - rows[0], logistic, rtol=1e-7, atol=1e-9)
    sx, sy = w.canvas.exact_curve.getData()
    ok = np.isfinite(sx)
    assert ok.sum() > 100
    z = logistic[0] + logistic[1] * sx[ok] + logistic[2] * sy[ok]
    assert np.max(np.abs(z)) < 1e-9 * (1 + np.max(np.abs(logistic)) * np.max(np.abs(sx[ok])))


def test_separable_classes_have_an_exact_answer_only_with_l2_or_label_smoothing(qtbot, classes):
    w = classes
    choose(qtbot, w.panel.class_count, 3)
    open_preset(qtbot, w, "Anderson's irises (Anderson 1935, Fisher 1936)")  # setosa stands apart
    key(qtbot, w, Qt.Key.Key_E)
    settle(qtbot, w)
    assert w.lesson.exact is None and "no finite minimum" in w.lesson.no_exact
    assert "label smoothing" in w.statusBar().currentMessage()
    type_into(qtbot, w.panel.label_smoothing, "0.05")
    settle(qtbot, w)
    assert w.lesson.exact is not None and np.all(np.isfinite(w.lesson.exact))
    assert len(w.canvas.exact_curve.getData()[0]) > 0


def test_the_readouts_give_the_accuracy_and_the_confusion_matrix(qtbot, classes):
    w = classes
    open_preset(qtbot, w, "Anderson's irises (Anderson 1935, Fisher 1936)")
    w.lesson.change_settings(w.lesson.settings.with_(lr=0.05, epochs=100, speed=0.0))
    run_to_end(qtbot, w)
    settle(qtbot, w)
    x, t = w.lesson.points.data()
    predicted = np.argmax(class_probabilities(w.lesson.model, w.lesson.descent.coefficients, x), axis=1)
    matrix = confusion_matrix(t, predicted, 3)
    box = w.readouts.confusion_box
    assert box.isVisibleTo(w.readouts) and box.texts() == [[str(v) for v in row] for row in matrix]
    right = int(np.trace(matrix))
    assert f"{right} of&nbsp;150" in w.readouts.labels["accuracy"].text()


def test_the_loss_shape_view_draws_the_cross_entropy_against_the_true_class_probability(qtbot, classes):
    w = classes
    open_preset(qtbot, w, "Anderson's irises (Anderson 1935, Fisher 1936)")
    type_into(qtbot, w.panel.label_smoothing, "0.2")
    click_tab(qtbot, w, "Loss shape")
    w.flush()
    view = w.loss_shape
    assert view.value_widget.getPlotItem().getAxis("bottom").labelText == "probability p of the true class"
    p, value = view.curves["chosen"][0].getData()
    want, _ = make_loss("crossentropy", label_smoothing=0.2).curve(p, 3)
    np.testing.assert_allclose(value, want, rtol=1e-12)
    assert p[np.argmin(value)] == pytest.approx(1 - 0.2 + 0.2 / 3, abs=2e-3)  # least short of sure
    ticks, _ = view.ticks[0].getData()
    scores = w.lesson.objective.predict(w.lesson.descent.coefficients)
    mine = softmax(scores)[np.arange(150), w.lesson.points.labels]
    np.testing.assert_allclose(np.sort(ticks), np.sort(mine), rtol=1e-12)


def test_label_smoothing_keeps_a_sure_right_prediction_from_costing_nothing(qtbot, classes):
    w = classes
    rows = w.readouts.confidence_cells
    sure_plain = float(rows[0][1].text())  # P = 0.99 under bce
    assert sure_plain < 0.011
    assert w.panel.loss_form.isRowVisible(w.panel.label_smoothing)
    type_into(qtbot, w.panel.label_smoothing, "0.1")
    settle(qtbot, w)
    assert w.lesson.settings.label_smoothing == 0.1
    want = make_loss("bce", label_smoothing=0.1).value(np.log(np.array([0.99, 0.9]) / np.array([0.01, 0.1])),
                                                        np.ones(2))
    sure, less = float(rows[0][1].text()), float(rows[1][1].text())
    assert sure == pytest.approx(want[0], rel=5e-3) and less == pytest.approx(want[1], rel=5e-3)
    assert sure > less > sure_plain  # with ε a surer right answer costs more, never nothing
    choose(qtbot, w.panel.loss, "hinge")
    assert not w.panel.loss_form.isRowVisible(w.panel.label_smoothing)


def test_the_loss_shape_view_compares_the_four_binary_losses(qtbot, classes):
    w = classes
    click_tab(qtbot, w, "Loss shape")
    w.flush()
    view = w.loss_shape
    names = [item[1].text for item in view.legend.items]
    for name in ("bce", "hinge", "focal γ=2", "brier"):
        assert name in names
    m, value = view.curves["brier"][0].getData()
    want, _ = make_loss("brier").curve(m)
    np.testing.assert_allclose(value, want, rtol=1e-12)
    assert value[0] < 1.0 and value[-1] < 1e-3  # bounded: a sure, wrong point costs at most 1


@pytest.fixture
def counts(qtbot, window):
    open_preset(qtbot, window, "counts")
    choose(qtbot, window.panel.loss, "poisson")
    settle(qtbot, window)
    return window


def test_the_poisson_fit_is_drawn_as_exp_of_the_linear_predictor(qtbot, counts):
    w = counts
    run_to_end(qtbot, w)
    key(qtbot, w, Qt.Key.Key_E)
    settle(qtbot, w)
    c, m = w.lesson.descent.coefficients
    (_, _), (y0, y1) = w.canvas.viewbox.viewRange()
    band = (y0 - (y1 - y0), y1 + (y1 - y0))  # the curve is cut where it leaves a view's height above or below

    def inside(xs, ys):
        ok = np.isfinite(ys) & (ys != band[0]) & (ys != band[1])
        return xs[ok], ys[ok]

    xs, ys = inside(*w.canvas.fit_curve.getData())
    assert len(xs) > 100
    np.testing.assert_allclose(ys, np.exp(c + m * xs), rtol=1e-12)
    ec, em = w.lesson.exact
    xs, ys = inside(*w.canvas.exact_curve.getData())
    assert len(xs) > 100
    np.testing.assert_allclose(ys, np.exp(ec + em * xs), rtol=1e-9)
    j = w.lesson.descent.history.objective
    assert j[-1] < j[0]  # the run went down toward the answer


def test_the_noise_view_shows_each_counts_poisson_probability(qtbot, counts):
    w = counts
    run_to_end(qtbot, w)
    click_tab(qtbot, w, "Noise")
    w.flush()
    bars = w.noise.bars.opts
    c, m = w.lesson.descent.coefficients
    x, y = w.lesson.points.x, w.lesson.points.y
    np.testing.assert_allclose(bars["x"], x)
    np.testing.assert_allclose(bars["height"], poisson_probabilities(np.exp(c + m * x), y), rtol=1e-9)
    assert "Poisson" in w.noise.sentence.text()


def test_the_physics_view_says_its_springs_do_not_fit_poisson(qtbot, counts):
    w = counts
    click_tab(qtbot, w, "Physics")
    w.flush()
    label = w.physics.no_springs
    qtbot.waitUntil(label.isVisible, timeout=5000)
    assert "does not apply" in label.text() and "exp(f)" in label.text()
    choose(qtbot, w.panel.loss, "mse")
    qtbot.waitUntil(lambda: not label.isVisible(), timeout=5000)


def test_counts_below_zero_are_refused_in_one_line(qtbot, counts):
    w = counts
    n = len(w.lesson.points)
    w.lesson.add_point(1.0, -2.0)
    assert len(w.lesson.points) == n + 1
    assert "y ≥ 0" in w.lesson.problem.why_not and "point 41" in w.lesson.problem.why_not


def test_the_three_and_five_class_and_counts_presets_are_in_the_menu(window):
    for text, name in (("Anderson's irises (Anderson 1935, Fisher 1936)", "iris"),
                       ("five-classes (classification)", "five-classes"), ("counts", "counts"),
                       ("Deaths by horse kicks (von Bortkiewicz 1898)", "horse-kicks")):
        action = menu_item(window, "Presets", text)
        assert action.isEnabled() and preset(name).description.split(",")[0] in action.toolTip()


def test_the_landscape_slices_j_over_any_two_of_the_k_classes_weights(qtbot, classes):
    w = classes
    open_preset(qtbot, w, "Anderson's irises (Anderson 1935, Fisher 1936)")
    w.show_view("landscape")
    view = w.landscape
    assert [view.axis_i.itemText(k) for k in range(view.axis_i.count())] == list(w.lesson.model.coefficient_names)
    assert view.axis_i.count() == 9
    for box, want in ((view.axis_j, 7), (view.axis_i, 5)):  # β₂₁ against β₁₂, with the arrow keys
        box.setFocus()
        while box.currentIndex() != want:
            qtbot.keyClick(box, Qt.Key.Key_Down if box.currentIndex() < want else Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: view.grid is not None and (view.grid.i, view.grid.j) == (5, 7) and not view.jobs.busy,
                    timeout=30_000)
    grid = view.grid
    beta = grid.base.copy()
    beta[5], beta[7] = grid.axis_i[40], grid.axis_j[60]
    assert grid.values[60, 40] == pytest.approx(w.lesson.objective.value(beta), rel=1e-9)
    assert view.axis_i.currentText() == "β₁₂" and view.axis_j.currentText() == "β₂₁"


def test_the_loss_shape_view_draws_poisson_against_the_linear_predictor(qtbot, counts):
    w = counts
    click_tab(qtbot, w, "Loss shape")
    w.flush()
    view = w.loss_shape
    assert view.value_widget.getPlotItem().getAxis("bottom").labelText == "linear predictor f, for a count y = 1"
    f, value = view.curves["chosen"][0].getData()
    _, slope = view.curves["chosen"][1].getData()
    np.testing.assert_allclose(value, np.exp(f) - f, rtol=1e-12)
    np.testing.assert_allclose(slope, np.exp(f) - 1.0, rtol=1e-12, atol=1e-15)
    assert f[np.argmin(value)] == pytest.approx(0.0, abs=0.01)  # least where the mean exp(f) is the count
