"""The rules of the lesson, each driven with real input (keys, clicks, menus found by their
text, typing in the panel) and read from what the window shows: the epoch counter, the loss
curve, the epoch log, the canvas's curves and legend, the pin list, the status bar.

1. Pins belong to the data they were fitted on.
2. A change of the problem (loss, its parameters, model, penalty, reduction) starts a new
   descent from the start point.
3. A hand edit of the points starts a new descent from the current coefficients.
4. A change of the optimizer, learning rate, epochs or speed continues the descent.
5. Counter, coefficients, loss curve and epoch log describe one descent on one problem;
   a mode switch is one problem change: one Objective, one exact solve.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from qt_helpers import choose, drag, key, menu_item, pixel_of, run_to_end, type_into

from lossexplorer.core import Objective, fit, preset
from lossexplorer.gui import palette
from lossexplorer.gui import problem as problems

# --- real input -----------------------------------------------------------------------------


def settle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.busy(), timeout=30_000)
    QApplication.processEvents()
    window.flush()


# --- what is shown ----------------------------------------------------------------------------


def shown_epoch(window) -> int:
    """The epoch the readouts show (regression's or classification's group, whichever is on show)."""
    window.flush()
    readouts = window.readouts
    label = readouts.labels["class_epoch" if readouts.class_box.isVisibleTo(readouts) else "epoch"]
    return int(label.text())


def curve_epochs(window) -> list[int]:
    """The epochs the loss curve draws."""
    window.flush()
    x, _ = window.loss_curve.curve.getData()
    return [int(e) for e in x]


def log_rows(window) -> list[list[str]]:
    window.flush()
    table = window.epoch_log.table
    return [[table.data(table.index(r, c)) for c in range(table.columnCount())] for r in range(table.rowCount())]


def shown_line(window) -> tuple[float, float]:
    """(c, m) of the fit the canvas draws, from two points of its curve."""
    window.flush()
    x, y = window.canvas.fit_curve.getData()
    m = (y[-1] - y[0]) / (x[-1] - x[0])
    return float(y[0] - m * x[0]), float(m)


def legend(window) -> list[str]:
    window.flush()
    return [label.text for _, label in window.canvas.legend.items]


def pin_colour_pixels(window, tmp_path, name: str) -> int:
    """Pixels of the first pin's colour in an exported picture of the fit view."""
    path = str(tmp_path / f"{name}.png")
    window.flush()
    assert window.files.export_view_to(path)
    image = QImage(path).convertToFormat(QImage.Format.Format_RGB32)
    pixels = np.frombuffer(image.constBits(), np.uint32, image.width() * image.height())
    sky_blue = 0xFF000000 | int(palette.SKY_BLUE[1:], 16)
    return int(np.count_nonzero(pixels == sky_blue))


# --- rule 1 -----------------------------------------------------------------------------------


def test_pins_go_with_their_data_set_and_undo_brings_them_back(qtbot, window, tmp_path):
    viewport = window.canvas.plot_widget.viewport()
    points = window.lesson.points
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=pixel_of(window, points.x[2], points.y[2]))
    for k in (Qt.Key.Key_1, Qt.Key.Key_4, Qt.Key.Key_6):  # MSE, MAE, Huber: each from the start, pinned
        key(qtbot, window, k)
        run_to_end(qtbot, window)
        key(qtbot, window, Qt.Key.Key_P)
    pins = ["MSE", "MAE", "Huber δ=1"]
    assert window.pin_list.labels() == pins
    assert all(label in legend(window) for label in pins)
    assert pin_colour_pixels(window, tmp_path, "with-pins") > 50
    assert len(window.canvas.selection.getData()[0]) == 1

    menu_item(window, "Presets", "outliers").trigger()
    settle(qtbot, window)
    assert window.pin_list.labels() == []
    assert not set(pins) & set(legend(window))
    assert all(len(curve.getData()[0]) == 0 for curve in window.canvas.pin_curves)
    assert len(window.canvas.selection.getData()[0]) == 0  # no ring on a point of the new data
    assert pin_colour_pixels(window, tmp_path, "outliers") == 0
    saved = tmp_path / "outliers.lossx"
    assert window.files.save_to(str(saved))
    assert json.loads(saved.read_text())["pins"] == []

    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # one step takes it all back
    settle(qtbot, window)
    np.testing.assert_array_equal(window.canvas.markers.getData()[0], preset("noisy-line").x)
    assert window.pin_list.labels() == pins
    assert all(label in legend(window) for label in pins)
    assert pin_colour_pixels(window, tmp_path, "undone") > 50
    assert window.files.save_to(str(saved))
    assert [p["label"] for p in json.loads(saved.read_text())["pins"]] == pins


@pytest.mark.parametrize("how", ["clear", "mode switch", "file"])
def test_every_new_data_set_takes_the_pins_in_the_same_undo_step(qtbot, window, tmp_path, how):
    key(qtbot, window, Qt.Key.Key_P)
    key(qtbot, window, Qt.Key.Key_4)
    key(qtbot, window, Qt.Key.Key_P)
    assert window.pin_list.labels() == ["MSE", "MAE"]
    if how == "clear":
        menu_item(window, "Edit", "Clear all points").trigger()
    elif how == "mode switch":
        choose(qtbot, window.panel.mode, True)  # classification
    else:
        path = tmp_path / "three.csv"
        path.write_text("x,y\n0,1\n1,2\n2,2.5\n")
        assert window.files.open_path(str(path))
    settle(qtbot, window)
    assert window.pin_list.labels() == [] and not {"MSE", "MAE"} & set(legend(window))
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert window.pin_list.labels() == ["MSE", "MAE"] and {"MSE", "MAE"} <= set(legend(window))
    assert len(window.canvas.markers.getData()[0]) == 10


# --- rule 2 -------------------------------------------------------------------------------------


def test_a_new_loss_starts_from_the_start_at_epoch_0_with_a_fresh_curve(qtbot, window):
    run_to_end(qtbot, window)  # MSE, 200 epochs
    assert shown_epoch(window) == 200
    key(qtbot, window, Qt.Key.Key_4)  # MAE
    assert shown_epoch(window) == 0 and curve_epochs(window) == [0] and len(log_rows(window)) == 1
    assert shown_line(window) == pytest.approx((0.0, 0.0))  # the start, β = 0: not the MSE line
    run_to_end(qtbot, window)
    p = preset("noisy-line")
    want = fit(p.x, p.y, **window.lesson.settings.fit_options())  # MAE's own descent from the start
    assert shown_line(window) == pytest.approx(tuple(want.coefficients), rel=1e-9)
    assert curve_epochs(window) == list(range(201))


@pytest.mark.parametrize("change", ["delta", "model", "l2", "reduction"])
def test_a_change_of_the_problem_in_the_panel_starts_from_the_start(qtbot, window, change):
    panel = window.panel
    key(qtbot, window, Qt.Key.Key_6)  # Huber, so δ is shown
    key(qtbot, window, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: shown_epoch(window) == 1, timeout=10_000)
    key(qtbot, window, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: shown_epoch(window) == 2, timeout=10_000)
    if change == "delta":
        type_into(qtbot, panel.delta, "0.4")
    elif change == "model":
        choose(qtbot, panel.model_box, "bias")
    elif change == "l2":
        type_into(qtbot, panel.l2, "0.5")
    else:
        choose(qtbot, panel.reduction, "sum")
    assert shown_epoch(window) == 0 and curve_epochs(window) == [0]
    assert window.readouts.labels["coefs"].text().count("= 0") == (1 if change == "model" else 2)


def test_a_new_loss_starts_from_the_start_picked_on_the_landscape(qtbot, window):
    from PySide6.QtCore import QPointF

    window.show_view("landscape")
    view = window.landscape
    qtbot.waitUntil(lambda: view.grid is not None and not view.jobs.busy, timeout=20_000)
    vb = view.plot.getViewBox()
    c, m = view.grid.axis_i[30], view.grid.axis_j[160]
    with qtbot.waitSignal(window.runner.finished, timeout=20_000):
        qtbot.mouseClick(view.plot_widget.viewport(), Qt.MouseButton.LeftButton,
                         pos=view.plot_widget.mapFromScene(vb.mapViewToScene(QPointF(c, m))))
    start = window.lesson.descent.history.coefficients[0].copy()
    key(qtbot, window, Qt.Key.Key_4)
    window.show_view("fit")
    assert shown_epoch(window) == 0
    assert shown_line(window) == pytest.approx(tuple(start), rel=1e-9)


# --- rule 3 -------------------------------------------------------------------------------------


@pytest.mark.parametrize("edit", ["add", "move", "delete"])
def test_a_hand_edit_starts_from_the_current_fit_and_the_status_bar_says_so(qtbot, window, edit):
    run_to_end(qtbot, window)
    before = shown_line(window)
    coefs = window.readouts.labels["coefs"].text()
    viewport = window.canvas.plot_widget.viewport()
    points = window.lesson.points
    if edit == "add":
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=pixel_of(window, 1.0, 6.0))
    elif edit == "move":
        drag(window, pixel_of(window, points.x[4], points.y[4]), pixel_of(window, points.x[4], points.y[4] + 3))
    else:
        qtbot.mouseClick(viewport, Qt.MouseButton.RightButton, pos=pixel_of(window, points.x[4], points.y[4]))
    assert shown_epoch(window) == 0 and curve_epochs(window) == [0] and len(log_rows(window)) == 1
    assert shown_line(window) == pytest.approx(before, rel=1e-12)  # where the fit was
    assert window.readouts.labels["coefs"].text() == coefs
    said = "The points changed: a new descent starts from the current fit, epoch 0"
    assert window.statusBar().currentMessage() == said


# --- rule 4 -------------------------------------------------------------------------------------


def test_a_new_rate_optimizer_and_speed_mid_run_keep_the_run_going_and_the_counter_counting(qtbot, window):
    panel = window.panel
    choose(qtbot, panel.speed, 30)
    key(qtbot, window, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: shown_epoch(window) >= 5, timeout=10_000)
    type_into(qtbot, panel.lr, "0.02")
    assert window.commands.run.text() == "Pause" and window.runner.running
    at = shown_epoch(window)
    qtbot.waitUntil(lambda: shown_epoch(window) > at + 3, timeout=10_000)
    choose(qtbot, panel.optimizer, "momentum")
    assert window.runner.running
    with qtbot.waitSignal(window.runner.finished, timeout=30_000):
        choose(qtbot, panel.speed, 0)  # as fast as possible
        assert window.runner.running
    assert shown_epoch(window) == 200
    assert curve_epochs(window) == list(range(201))  # one descent: no epoch lost, none repeated
    epochs = [int(row[0]) for row in log_rows(window)]
    assert epochs == list(range(201))


def test_more_epochs_after_a_run_go_on_from_where_it_ended(qtbot, window):
    run_to_end(qtbot, window)
    type_into(qtbot, window.panel.epochs, "300")
    assert shown_epoch(window) == 200  # the pace changed, the descent did not
    run_to_end(qtbot, window)
    assert shown_epoch(window) == 300 and curve_epochs(window) == list(range(301))
    p = preset("noisy-line")
    want = fit(p.x, p.y, **window.lesson.settings.fit_options())
    assert shown_line(window) == pytest.approx(tuple(want.coefficients), rel=1e-9)


# --- rule 5 and the counting probe ------------------------------------------------------------


@pytest.fixture
def probe(monkeypatch):
    """Counts Objectives built and exact solves asked for (closed form or on the solver thread)."""
    counts = {"objectives": 0, "solves": 0}
    real_init, real_solve = Objective.__init__, problems.solve_objective

    def init(self, *args, **kwargs):
        counts["objectives"] += 1
        real_init(self, *args, **kwargs)

    def solve(*args, **kwargs):
        counts["solves"] += 1
        return real_solve(*args, **kwargs)

    monkeypatch.setattr(Objective, "__init__", init)
    monkeypatch.setattr(problems, "solve_objective", solve)
    return counts


def test_one_point_edit_builds_one_objective_and_at_most_one_solve(qtbot, window, probe):
    # closed form (MSE), then the solver thread (MAE)
    for loss_key, at in ((Qt.Key.Key_1, (2.0, 2.0)), (Qt.Key.Key_4, (-2.0, 3.0))):
        key(qtbot, window, loss_key)
        settle(qtbot, window)
        probe.update(objectives=0, solves=0)
        qtbot.mouseClick(window.canvas.plot_widget.viewport(), Qt.MouseButton.LeftButton, pos=pixel_of(window, *at))
        settle(qtbot, window)
        assert probe == {"objectives": 1, "solves": 1}, loss_key


def test_one_setting_edit_builds_one_objective(qtbot, window, probe):
    key(qtbot, window, Qt.Key.Key_6)
    settle(qtbot, window)
    assert probe["objectives"] == 1 and probe["solves"] == 1


def test_a_mode_switch_is_one_problem_one_objective_one_solve_and_one_descent(qtbot, window, probe):
    run_to_end(qtbot, window)
    settle(qtbot, window)
    problems_seen = []
    window.lesson.problemChanged.connect(problems_seen.append)
    probe.update(objectives=0, solves=0)
    choose(qtbot, window.panel.mode, True)  # the Task box: classification
    settle(qtbot, window)
    assert probe == {"objectives": 1, "solves": 1} and len(problems_seen) == 1
    # the counter, the coefficients, the curve and the log: one new descent on the new problem
    assert shown_epoch(window) == 0 and curve_epochs(window) == [0]
    rows = log_rows(window)
    assert len(rows) == 1 and rows[0][0] == "0" and all(float(v) == 0.0 for v in rows[0][1:-1])
    assert [window.readouts.labels[f"beta{i}"].text() for i in range(3)] == ["0", "0", "0"]
    probe.update(objectives=0, solves=0)
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undoing it is one change too
    settle(qtbot, window)
    assert probe == {"objectives": 1, "solves": 1}


def test_a_preset_is_one_problem_with_one_objective_and_one_solve(qtbot, window, probe):
    problems_seen = []
    window.lesson.problemChanged.connect(problems_seen.append)
    menu_item(window, "Presets", "outliers").trigger()  # its learning-rate check and its problem share one
    settle(qtbot, window)
    assert probe == {"objectives": 1, "solves": 1} and len(problems_seen) == 1
