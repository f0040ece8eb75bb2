"""Classification mode in the window: two classes on the canvas, a logistic fit with bce,
hinge or focal, the decision boundary at σ(z) = ½, sessions, CSV files and presets."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from qt_helpers import data_of, pixel_of

from lossexplorer.cli import main as gui_main
from lossexplorer.core import CLASSIFICATION_LOSSES, InputError, fit, preset, solve
from lossexplorer.core.data import write_points
from lossexplorer.gui.session import read_session


def settle(qtbot, window, timeout=60_000):
    qtbot.waitUntil(lambda: not window.busy(), timeout=timeout)
    QApplication.processEvents()
    window.flush()


def use(window, **changes):
    s = window.lesson.settings.with_(**changes)
    window.lesson.change_settings(s)


@pytest.fixture
def classes(qtbot, window):
    window.panel.mode.setCurrentIndex(1)  # as a person picks it in the Task box
    settle(qtbot, window)
    return window


def test_the_mode_switch_brings_two_classes_the_logistic_model_and_bce(qtbot, classes):
    w = classes
    blobs = preset("blobs")
    assert w.lesson.points.classification and w.lesson.settings.classification
    np.testing.assert_array_equal(np.column_stack([w.lesson.points.x, w.lesson.points.y]), blobs.x)
    np.testing.assert_array_equal(w.lesson.points.labels, blobs.y)
    assert w.lesson.settings.model == "logistic" and w.lesson.settings.loss == "bce"
    assert [w.panel.loss.itemData(i) for i in range(w.panel.loss.count())] == list(CLASSIFICATION_LOSSES)
    assert w.panel.mode.currentData() is True
    assert not w.views.isTabEnabled(w.view_names.index("physics"))
    assert w.canvas.plot.getAxis("bottom").labelText == "x1"
    # each class its own symbol and colour
    symbols = w.canvas.markers.data["symbol"]
    assert set(symbols[blobs.y == 0]) == {"o"} and set(symbols[blobs.y == 1]) == {"t1"}


def test_undoing_the_switch_brings_back_the_regression_points_and_settings(qtbot, window):
    x, y, settings = window.lesson.points.x.copy(), window.lesson.points.y.copy(), window.lesson.settings
    window.lesson.switch_mode(True)
    assert window.lesson.settings.classification
    window.lesson.undo_stack.undo()
    settle(qtbot, window)
    assert not window.lesson.points.classification and window.lesson.settings == settings
    np.testing.assert_array_equal(window.lesson.points.x, x)
    np.testing.assert_array_equal(window.lesson.points.y, y)
    assert window.panel.loss.currentData() == settings.loss
    window.lesson.undo_stack.redo()
    assert window.lesson.settings.classification and window.panel.loss.currentData() == "bce"
    window.lesson.switch_mode(False)  # switching back by hand brings back the regression points too
    np.testing.assert_array_equal(window.lesson.points.x, x)
    assert window.lesson.settings == settings


def test_a_click_adds_the_chosen_class_and_shift_click_the_other(qtbot, classes):
    w = classes
    viewport = w.canvas.plot_widget.viewport()
    n = len(w.lesson.points)
    for label, shift, at in ((0, False, (2.5, -2.5)), (1, True, (-2.5, 2.5))):
        w.panel.set_class(0)
        pixel = pixel_of(w, *at)
        modifier = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, modifier, pos=pixel)
        assert len(w.lesson.points) == n + 1 and w.lesson.points.labels[-1] == label
        want = data_of(w, pixel)
        assert w.lesson.points.x[-1] == pytest.approx(want[0], abs=abs(w.canvas.viewbox.viewPixelSize()[0]))
        assert w.lesson.points.y[-1] == pytest.approx(want[1], abs=abs(w.canvas.viewbox.viewPixelSize()[1]))
        n += 1
    w.panel.set_class(1)  # the toggle: a plain click now adds class 1
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=pixel_of(w, 0.5, 3.0))
    assert w.lesson.points.labels[-1] == 1
    w.lesson.undo_stack.undo()
    assert len(w.lesson.points) == n


@pytest.mark.parametrize(("loss", "options"), [("bce", {}), ("hinge", {"l2": 0.1}), ("focal", {"gamma": 3.0})])
def test_a_run_ends_where_core_fit_does_and_the_boundary_is_where_sigma_is_one_half(qtbot, classes, loss, options):
    w = classes
    use(w, loss=loss, epochs=150, speed=0.0, **options)
    with qtbot.waitSignal(w.runner.finished, timeout=60_000):
        w.runner.run()
    settle(qtbot, w)
    x, t = w.lesson.points.data()
    want = fit(x, t, **w.lesson.settings.fit_options())
    np.testing.assert_allclose(w.lesson.descent.coefficients, want.coefficients, rtol=1e-12, atol=1e-14)
    x1, x2 = w.canvas.fit_curve.getData()
    assert len(x1) == 2
    b0, b1, b2 = w.lesson.descent.coefficients
    z = b0 + b1 * x1 + b2 * x2
    np.testing.assert_allclose(z, 0.0, atol=1e-9 * (1 + np.abs(b1 * x1).max() + np.abs(b2 * x2).max()))
    # the readouts' accuracy is the share of points on their own side of that line
    predicted = (b0 + b1 * x[:, 0] + b2 * x[:, 1]) >= 0
    assert w.readouts.class_readings.accuracy == pytest.approx(np.mean(predicted == (t == 1)))
    margins = [c.getData() for c in w.canvas.margin_curves]
    if loss == "hinge":  # z = ±1 drawn
        for (m1, m2), level in zip(margins, (1.0, -1.0)):
            np.testing.assert_allclose(b0 + b1 * m1 + b2 * m2, level, atol=1e-9 * (1 + np.abs(b1 * m1).max()))
    else:
        assert all(len(m[0]) == 0 for m in margins)


def test_the_exact_boundary_with_l2_is_the_penalised_maximum_likelihood_answer(qtbot, classes):
    w = classes
    w.commands.exact.setChecked(True)
    use(w, l2=0.05)
    settle(qtbot, w)
    x, t = w.lesson.points.data()
    np.testing.assert_allclose(w.lesson.exact, solve(x, t, "bce", "logistic", l2=0.05).coefficients, rtol=1e-8)
    assert len(w.canvas.exact_curve.getData()[0]) == 2


def test_separable_classes_without_a_penalty_say_there_is_no_finite_minimum(qtbot, window):
    window.commands.exact.setChecked(True)
    window.lesson.load_preset("separable")
    settle(qtbot, window)
    assert window.lesson.exact is None
    assert "no finite minimum" in window.statusBar().currentMessage()
    assert "no finite minimum" in window.lesson.no_exact
    assert len(window.canvas.exact_curve.getData()[0]) == 0  # nothing pretends to be the answer
    use(window, l2=0.1)  # a penalty makes one
    settle(qtbot, window)
    assert window.lesson.exact is not None and np.all(np.isfinite(window.lesson.exact))


def test_sessions_keep_the_mode_the_classes_and_the_settings(qtbot, classes, tmp_path):
    w = classes
    use(w, loss="focal", gamma=1.5, l2=0.01)
    w.lesson.add_point(3.0, 3.0, other_class=True)
    path = tmp_path / "classes.lossx"
    assert w.files.save_to(str(path))
    saved = read_session(path)
    assert saved.classification and saved.settings.gamma == 1.5
    np.testing.assert_array_equal(saved.labels, w.lesson.points.labels)
    w.lesson.switch_mode(False)
    assert not w.lesson.points.classification
    assert w.files.open_path(str(path), show_errors=False)
    assert w.lesson.points.classification and w.lesson.settings == saved.settings
    np.testing.assert_array_equal(w.lesson.points.labels, saved.labels)
    np.testing.assert_array_equal(w.lesson.points.x, saved.x)
    assert w.panel.gamma.value() == 1.5 and w.panel.loss.currentData() == "focal"


def test_a_csv_of_x1_x2_label_opens_in_classification_and_exports_back(qtbot, window, tmp_path):
    rng = np.random.default_rng(4)
    x = rng.normal(size=(30, 2))
    t = (x[:, 0] + 0.3 * rng.normal(size=30) > 0).astype(float)
    path = tmp_path / "two.csv"
    write_points(path, x, t)
    assert window.files.open_path(str(path), show_errors=False)
    assert window.lesson.settings.classification
    np.testing.assert_array_equal(window.lesson.points.labels, t)
    x_back, _ = window.lesson.points.data()
    np.testing.assert_array_equal(x_back, x)
    # a file with a bad label says where, and changes nothing
    bad = tmp_path / "bad.csv"
    bad.write_text("x1,x2,label\n0,1,1\n2,3,7\n")
    with pytest.raises(InputError, match=r"bad.csv, row 3, column label: '7' is not a class label"):
        window.lesson.open_points_file(str(bad))
    assert not window.files.open_path(str(bad), show_errors=False)
    np.testing.assert_array_equal(window.lesson.points.labels, t)


def test_the_loss_keys_pick_classification_losses(qtbot, classes):
    w = classes
    w.loss_keys.pick(2)
    assert w.lesson.settings.loss == "hinge"
    assert not w.loss_keys.actions[5].isEnabled()


def test_the_landscape_slices_over_two_chosen_weights(qtbot, classes):
    w = classes
    w.show_view("landscape")
    view = w.landscape
    qtbot.waitUntil(lambda: view.grid is not None and not view.jobs.busy, timeout=20_000)
    i, j = view.grid.i, view.grid.j
    beta = view.grid.base.copy()
    beta[i], beta[j] = view.grid.axis_i[40], view.grid.axis_j[60]
    assert view.grid.values[60, 40] == pytest.approx(w.lesson.objective.value(beta), rel=1e-9)


@pytest.mark.parametrize("name", ["blobs", "separable", "xor-ish"])
def test_screenshot_mode_renders_each_classification_preset(tmp_path, name):
    out = tmp_path / f"{name}.png"
    assert gui_main(["--screenshot", str(out), "--preset", name, "--size", "1600x900", "--epochs", "50"]) == 0
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert (image.width(), image.height()) == (1600, 900)


def test_a_classification_loss_with_regression_data_is_refused_on_the_command_line(capsys):
    assert gui_main(["--screenshot", "/tmp/never.png", "--preset", "noisy-line", "--loss", "bce"]) == 2
    err = capsys.readouterr().err
    assert "loss 'bce' needs a classification data set; the preset noisy-line is for regression" in err
