"""Train and test in the window (issue 17), with real input: a point selected and T pressed
leaves J and the gradient those of the other points alone; Data → Hold out 30% is one undo
step and draws other points again; the readouts, the loss curve and the Validation view show
J on both sets, as the core computes them on each set alone; sessions keep the split."""

from __future__ import annotations

import re

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication
from qt_helpers import click_tab, drag, key, menu_item, pixel_of, run_to_end

from lossexplorer.core import make_objective, solve
from lossexplorer.gui.readings import fmt
from lossexplorer.gui.session import read_session

HELD = 3  # the point T holds out


def plain(html: str) -> str:
    doc = QTextDocument()
    doc.setHtml(html)
    return doc.toPlainText()


def shown_j(window) -> float:
    return float(window.readouts.labels["J"].text().split("= ")[1])


def click_point(qtbot, window, i: int, button=Qt.MouseButton.LeftButton, modifier=Qt.KeyboardModifier.NoModifier):
    points = window.lesson.points
    qtbot.mouseClick(window.canvas.plot_widget.viewport(), button, modifier,
                     pixel_of(window, points.x[i], points.y[i]))


def hollow(window) -> list[bool]:
    """Which markers the canvas draws hollow (filled with the background)."""
    brushes = window.canvas.markers.data["brush"]
    return [b is not None and b.color().name() == "#ffffff" for b in brushes]  # None: the item's own, filled


def test_t_on_a_selected_point_holds_it_out_of_j_and_the_gradient(qtbot, window):
    x, y = window.lesson.points.x.copy(), window.lesson.points.y.copy()
    key(qtbot, window, Qt.Key.Key_Right)  # off β = 0: the gradient at a fit, not at the start
    qtbot.waitUntil(lambda: window.lesson.descent.epoch == 1, timeout=10_000)
    beta = window.lesson.descent.coefficients.copy()
    click_point(qtbot, window, HELD)
    key(qtbot, window, Qt.Key.Key_T)
    window.flush()
    alone = make_objective(np.delete(x, HELD), np.delete(y, HELD), loss="mse", model="line")
    assert hollow(window) == [i == HELD for i in range(len(x))]
    assert shown_j(window) == pytest.approx(float(fmt(alone.value(beta))), rel=1e-12)
    cells = window.train_test.cells
    assert cells["train"]["points"].text() == str(len(x) - 1) and cells["test"]["points"].text() == "1"
    on_it = make_objective(x[[HELD]], y[[HELD]], loss="mse", model="line").value(beta)
    assert float(cells["test"]["J"].text()) == pytest.approx(float(fmt(on_it)), rel=1e-12)
    # one epoch of gradient descent steps along the gradient of the other points alone
    lr = window.lesson.settings.lr
    key(qtbot, window, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: window.lesson.descent.epoch == 1, timeout=10_000)  # a new descent from β: its epoch 1
    np.testing.assert_allclose(window.lesson.descent.coefficients, beta - lr * alone.value_and_grad(beta)[1],
                               rtol=1e-12)
    # moving the held-out point changes nothing of J
    before = window.lesson.descent.value
    drag(window, pixel_of(window, x[HELD], y[HELD]), pixel_of(window, x[HELD], y[HELD] + 3.0))
    assert window.lesson.points.y[HELD] == pytest.approx(y[HELD] + 3.0, abs=0.1)
    assert window.lesson.descent.value == pytest.approx(before, rel=1e-12)
    # T again: the point trains again, in one more undo step, and Ctrl+Z holds it out again
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    key(qtbot, window, Qt.Key.Key_T)
    window.flush()
    assert not any(hollow(window)) and not window.train_test.isVisible()
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    window.flush()
    assert hollow(window)[HELD] and window.train_test.isVisible()


def test_hold_out_30_percent_is_one_undo_step_and_again_draws_other_points(qtbot, window):
    menu_item(window, "Data", "Hold out 30%").trigger()
    window.flush()
    first = hollow(window)
    assert sum(first) == 3
    menu_item(window, "Data", "Hold out 30%").trigger()
    window.flush()
    second = hollow(window)
    assert sum(second) == 3 and second != first
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    window.flush()
    assert hollow(window) == first
    menu_item(window, "Data", "Hold out none").trigger()
    window.flush()
    assert not any(hollow(window))
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    window.flush()
    assert hollow(window) == first


def test_shift_right_click_opens_the_points_menu_that_holds_it_out(qtbot, window):
    n = len(window.lesson.points)
    click_point(qtbot, window, 5, Qt.MouseButton.RightButton, Qt.KeyboardModifier.ShiftModifier)
    menu = window.split.point_menu_shown
    qtbot.waitUntil(menu.isVisible)
    action = next(a for a in menu.actions() if a.text().startswith("Hold out point 6"))
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
    window.flush()
    assert len(window.lesson.points) == n  # the right click did not remove it
    assert hollow(window) == [i == 5 for i in range(n)]


def test_a_new_data_set_clears_the_split(qtbot, window):
    menu_item(window, "Data", "Hold out 30%").trigger()
    menu_item(window, "Presets", "outliers").trigger()
    window.flush()
    assert not any(hollow(window)) and not window.train_test.isVisible()
    assert not menu_item(window, "Data", "Hold out none").isEnabled()


def test_the_loss_curve_draws_held_out_j_per_epoch_dashed(qtbot, window):
    menu_item(window, "Data", "Hold out 30%").trigger()
    run_to_end(qtbot, window)
    window.flush()
    points = window.lesson.points
    test = make_objective(points.x[points.held_out], points.y[points.held_out], loss="mse", model="line")
    history = window.lesson.descent.history
    epochs, values = window.loss_curve.test_curve.getData()
    assert window.loss_curve.test_curve.opts["pen"].style() == Qt.PenStyle.DashLine
    assert len(epochs) == len(history)
    np.testing.assert_allclose(values, [test.value(b) for b in history.coefficients], rtol=1e-12)
    assert [label.text for _sample, label in window.loss_curve.legend.items] == ["training J", "held-out J"]


def table_rows(window) -> list[list[str]]:
    """The Validation view's table as shown: degree, training J, held-out J per row."""
    rows = re.findall(r"<tr>(.*?)</tr>", window.validation.table.text())
    return [[plain(cell).strip() for cell in re.findall(r"<td[^>]*>(.*?)</td>", row)] for row in rows[1:]]


@pytest.mark.parametrize("l2", [0.0, 0.01])
def test_the_validation_view_is_solve_per_degree_on_the_training_points(qtbot, window, l2):
    if l2:
        window.lesson.change_settings(window.lesson.settings.with_(l2=l2))
    menu_item(window, "Data", "Hold out 30%").trigger()
    click_tab(qtbot, window, "Validation")
    qtbot.waitUntil(lambda: len(table_rows(window)) == 10, timeout=10_000)
    points = window.lesson.points
    held = points.held_out
    xa, ya, xb, yb = points.x[~held], points.y[~held], points.x[held], points.y[held]
    rows = table_rows(window)
    logged = window.validation.log_y  # a log axis draws log10 J
    drawn_train, drawn_test = (10 ** c.getData()[1] if logged else c.getData()[1]
                               for c in (window.validation.train_curve, window.validation.test_curve))
    floor = window.validation.floor
    for degree, model in enumerate(["bias", "line", *(f"poly:{d}" for d in range(2, 10))]):
        answer = solve(xa, ya, model=model, l2=l2).coefficients
        train = make_objective(xa, ya, model=model, l2=l2).value(answer)
        test = make_objective(xb, yb, model=model, l2=l2).value(answer)
        assert rows[degree][0].rstrip("*") == str(degree)
        assert rows[degree][2] == fmt(test)
        if train >= floor:
            assert rows[degree][1] == fmt(train)
            assert drawn_train[degree] == pytest.approx(train, rel=1e-9)
        else:  # a curve through every training point: 0 to rounding
            assert rows[degree][1] == "≈ 0"
        assert drawn_test[degree] == pytest.approx(test, rel=1e-9)
    assert window.validation.current.value() == 1  # the lesson's line


def test_a_session_keeps_the_split_and_an_old_session_opens_with_none(qtbot, window, tmp_path):
    click_point(qtbot, window, 2)
    key(qtbot, window, Qt.Key.Key_T)
    path = str(tmp_path / "split.lossx")
    assert window.files.save_to(path)
    assert np.flatnonzero(read_session(path).held).tolist() == [2]
    menu_item(window, "Presets", "outliers").trigger()
    assert window.files.open_path(path)
    window.flush()
    assert hollow(window) == [i == 2 for i in range(len(window.lesson.points))]
    text = (tmp_path / "split.lossx").read_text(encoding="utf-8")
    old = re.sub(r',\s*"held": \[\s*2\s*\]', "", text)
    assert old != text
    (tmp_path / "old.lossx").write_text(old, encoding="utf-8")
    assert window.files.open_path(str(tmp_path / "old.lossx"))
    window.flush()
    assert not any(hollow(window))
    QApplication.processEvents()


def test_the_validation_view_reads_at_the_projector_size(qtbot, window):
    from test_projector_sizes import projector, small_texts

    window.resize(1920, 1080)
    projector(qtbot, window)
    menu_item(window, "Data", "Hold out 30%").trigger()
    click_tab(qtbot, window, "Validation")
    qtbot.waitUntil(lambda: len(table_rows(window)) == 10, timeout=10_000)
    window.flush()
    QApplication.processEvents()
    assert small_texts(window) == []


def test_held_out_j_a_frame_had_no_time_for_follows_at_once(qtbot, window, monkeypatch):
    from lossexplorer.gui.train_test import HeldOutPath

    monkeypatch.setattr(HeldOutPath, "BUDGET", 9)  # three epochs of three held-out points a call
    menu_item(window, "Data", "Hold out 30%").trigger()
    run_to_end(qtbot, window)
    window.flush()
    history = window.lesson.descent.history
    qtbot.waitUntil(lambda: len(window.loss_curve.test_curve.getData()[0]) == len(history), timeout=10_000)
    assert not window.loss_curve.held_out.pending


@pytest.mark.parametrize("preset", ["noisy-line", "blobs"])
def test_every_view_draws_a_split_from_the_training_points(qtbot, window, preset):
    menu_item(window, "Presets", preset if preset == "noisy-line" else f"{preset} (classification)").trigger()
    menu_item(window, "Data", "Hold out 30%").trigger()
    key(qtbot, window, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: window.lesson.descent.epoch == 1, timeout=10_000)
    n_train = int((~window.lesson.points.held_out).sum())
    for i in range(window.views.count()):
        if not window.views.isTabEnabled(i):
            continue
        click_tab(qtbot, window, window.views.tabText(i))
        qtbot.waitUntil(lambda: not window.busy(), timeout=20_000)
        window.flush()
        if window.views.tabText(i) == "Loss shape":  # a tick per training point's error (or margin)
            assert all(len(tick.getData()[0]) == n_train for tick in window.loss_shape.ticks)
