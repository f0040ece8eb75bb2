"""Issue 16, my line: the student places a line by hand (M), drags it and its handles, types m
and c, and the score bar compares its J with the best; the best line stays hidden until E;
undo, sessions and pins keep it. Real input throughout: keys, drags on the canvas, typing."""

from __future__ import annotations

import json

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from qt_helpers import choose, click_tab, data_of, drag, key, menu_item, pixel_of, type_into

from lossexplorer.core import LOSSES, REGRESSION_LOSSES, make_objective, preset, solve
from lossexplorer.core.losses import LOSS_PARAMETERS
from lossexplorer.core.solve import solve_objective
from lossexplorer.gui.my_line_model import equation
from lossexplorer.gui.score_bar import shown


def my_line_on(qtbot, window):
    key(qtbot, window, Qt.Key.Key_M)
    window.flush()
    QApplication.processEvents()
    assert window.my_line.panel.isVisible()


def type_line(qtbot, window, m: float, c: float) -> None:
    boxes = window.my_line.panel.boxes
    type_into(qtbot, boxes["m"], f"{m:g}")
    type_into(qtbot, boxes["c"], f"{c:g}")
    window.flush()


def shown_line(window) -> tuple[float, float]:
    """(m, c) as the panel's boxes show them."""
    boxes = window.my_line.panel.boxes
    return boxes["m"].value(), boxes["c"].value()


def body_pixel(window, m: float, c: float) -> QPoint:
    """A pixel on my line at least 25 px from every point and handle (a drag there takes the body)."""
    (x0, x1), _ = window.canvas.viewbox.viewRange()
    hx, hy = window.my_line.layer.handle_points()
    avoid = [pixel_of(window, float(a), float(b)) for a, b in
             zip([*window.lesson.points.x, *hx], [*window.lesson.points.y, *hy])]
    for x in np.linspace(x0, x1, 201)[20:-20]:
        p = pixel_of(window, float(x), m * float(x) + c)
        if all((p - q).manhattanLength() > 25 for q in avoid) and window.canvas.rect().contains(p):
            return p
    raise AssertionError("no free pixel on my line")


def test_m_shows_my_line_its_handles_and_its_panel(qtbot, window):
    assert not window.my_line.layer.curve.isVisible()
    my_line_on(qtbot, window)
    assert window.my_line.action.isChecked()
    layer = window.my_line.layer
    assert layer.curve.isVisible() and len(layer.handles.getData()[0]) == 2
    y = preset("noisy-line").y
    assert shown_line(window) == (0.0, float(f"{np.mean(y):.3g}"))  # the first guess: the flat p = ȳ, as written
    assert "my line" in [label.text for _, label in window.canvas.legend.items]
    key(qtbot, window, Qt.Key.Key_M)
    assert not window.my_line.panel.isVisible() and not layer.curve.isVisible()


def test_typing_m_and_c_places_my_line_and_draws_its_residuals(qtbot, window):
    my_line_on(qtbot, window)
    type_line(qtbot, window, 0.5, 1.0)
    x, y = window.lesson.points.x, window.lesson.points.y
    sx, sy = window.my_line.layer.curve.getData()
    np.testing.assert_allclose(sy, 0.5 * sx + 1.0, rtol=1e-12, atol=1e-12)
    _, ry = window.my_line.layer.residuals.getData()
    np.testing.assert_allclose(ry[1::2], 0.5 * x + 1.0, rtol=1e-12)  # each segment from the point to my line
    np.testing.assert_allclose(ry[0::2], y)
    assert window.equations.texts()["my line"] == "p = 0.5·x + 1"


def test_dragging_the_body_moves_my_line_by_the_drag(qtbot, window):
    my_line_on(qtbot, window)
    type_line(qtbot, window, 0.5, 1.0)
    steps = window.lesson.undo_stack.count()
    start = body_pixel(window, 0.5, 1.0)
    end = start + QPoint(60, -45)
    (ax, ay), (bx, by) = data_of(window, start), data_of(window, end)
    drag(window, start, end)
    m, c = shown_line(window)
    assert m == pytest.approx(0.5, abs=1e-12)
    assert c == pytest.approx(1.0 + (by - ay) - 0.5 * (bx - ax), rel=1e-9, abs=1e-9)
    assert window.lesson.undo_stack.count() == steps + 1  # one drag, one step
    assert len(window.lesson.points) == 10  # and no point added or moved
    np.testing.assert_array_equal(window.lesson.points.x, preset("noisy-line").x)


def test_dragging_a_handle_tilts_my_line_about_the_other_handle(qtbot, window):
    my_line_on(qtbot, window)
    type_line(qtbot, window, 0.5, 1.0)
    (x0, x1), (y0, y1) = window.my_line.layer.handle_points()
    start = pixel_of(window, x1, y1)
    end = start + QPoint(0, -80)
    (ax, ay), (bx, by) = data_of(window, start), data_of(window, end)
    drag(window, start, end)
    m, c = shown_line(window)
    assert m * x0 + c == pytest.approx(y0, rel=1e-9, abs=1e-9)  # still through the other handle
    assert m * (x1 + bx - ax) + c == pytest.approx(y1 + by - ay, rel=1e-9, abs=1e-9)  # and through the dragged one
    assert m > 0.5  # dragged up on the right: steeper
    hx, hy = window.my_line.layer.handles.getData()
    assert hx[0] == pytest.approx(x0) and hy[0] == pytest.approx(y0)


def test_a_curve_has_a_handle_per_coefficient_that_moves_up_and_down(qtbot, window):
    choose(qtbot, window.panel.model_box, "poly:2")
    my_line_on(qtbot, window)
    layer = window.my_line.layer
    xs, ys = layer.handle_points()
    assert len(xs) == 3
    start = pixel_of(window, xs[1], ys[1])
    drag(window, start, start + QPoint(30, -60))
    _, dy = np.subtract(data_of(window, start + QPoint(30, -60)), data_of(window, start))
    beta = window.lesson.my_line
    model = window.lesson.model
    np.testing.assert_allclose(model.predict(beta, xs), [ys[0], ys[1] + dy, ys[2]], rtol=1e-9, atol=1e-9)
    assert set(window.my_line.panel.boxes) == {"β0", "β1", "β2"}


@pytest.mark.parametrize("loss", REGRESSION_LOSSES)
def test_the_bar_shows_my_j_and_the_best_j_for_every_regression_loss(qtbot, window, loss):
    data = "counts" if LOSSES[loss].link == "log" else "noisy-line"  # Poisson: noisy-line's negative y are no counts
    if data != "noisy-line":
        menu_item(window, "Presets", data).trigger()
    choose(qtbot, window.panel.loss, loss)
    my_line_on(qtbot, window)
    type_line(qtbot, window, 0.8, 1.5)
    bar = window.my_line.panel.bar
    qtbot.waitUntil(lambda: bar.best is not None, timeout=20_000)  # the solver's answer, off the GUI thread
    window.flush()
    p, settings = preset(data), window.lesson.settings
    objective = make_objective(p.x, p.y, loss=loss, **{n: getattr(settings, n) for n in LOSS_PARAMETERS.get(loss, ())})
    mine, best = objective.value(np.array([1.5, 0.8])), solve_objective(objective).objective
    assert bar.mine == pytest.approx(mine, rel=1e-12)
    assert bar.best == pytest.approx(best, rel=1e-7, abs=1e-12)
    assert bar.texts() == [(f"my {objective.label}", shown(mine)), (f"best {objective.label}", shown(best))]
    high, low = bar.heights()
    floor = min(0.0, best)  # one scale from 0 (or from a negative best: Poisson's J lacks log y!)
    assert high == 1.0 and low == pytest.approx((best - floor) / (mine - floor), rel=1e-7, abs=1e-12)
    if best > 0:
        percent = 100 * (mine / best - 1)
        assert f"{percent:.0f}% above the best" in window.my_line.panel.sentence.text() or percent < 10
    else:
        assert f"{mine - best:.3g} above the best" in window.my_line.panel.sentence.text()


def test_the_sentence_is_the_score_command_s(qtbot, window, tmp_path, capsys):
    from lossexplorer.cli import main

    my_line_on(qtbot, window)
    type_line(qtbot, window, 0.8, 1.5)
    window.flush()
    path = tmp_path / "points.csv"
    p = preset("noisy-line")
    path.write_text("x,y\n" + "".join(f"{float(a)!r},{float(b)!r}\n" for a, b in zip(p.x, p.y)))
    assert main(["score", str(path), "--line", "1.5,0.8", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)["summary"]
    said = window.my_line.panel.sentence.text()
    assert said == summary[0].upper() + summary[1:]
    assert said.startswith("My MSE is ") and said.endswith("% above the best")


def test_e_reveals_the_best_line_beside_mine(qtbot, window):
    key(qtbot, window, Qt.Key.Key_E)  # revealed before: my-line mode hides it again, for the guess
    window.flush()
    assert len(window.canvas.exact_curve.getData()[0])
    my_line_on(qtbot, window)
    type_line(qtbot, window, 0.8, 1.5)
    window.flush()
    x, _ = window.canvas.exact_curve.getData()
    assert x is None or not len(x)  # hidden until revealed
    key(qtbot, window, Qt.Key.Key_E)
    window.flush()
    p = preset("noisy-line")
    c, m = solve(p.x, p.y).coefficients
    ex, ey = window.canvas.exact_curve.getData()
    np.testing.assert_allclose(ey, m * ex + c, rtol=1e-9, atol=1e-9)
    assert window.my_line.layer.curve.isVisible()


def test_undo_restores_my_line_and_redo_puts_it_back(qtbot, window):
    my_line_on(qtbot, window)
    type_line(qtbot, window, 0.5, 1.0)
    start = body_pixel(window, 0.5, 1.0)
    drag(window, start, start + QPoint(0, -70))
    moved = shown_line(window)
    assert moved[1] > 1.0
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert shown_line(window) == (0.5, 1.0)
    sy = window.my_line.layer.curve.getData()
    np.testing.assert_allclose(sy[1], 0.5 * sy[0] + 1.0, rtol=1e-12, atol=1e-12)
    key(qtbot, window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert shown_line(window) == moved
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the typed c
    assert shown_line(window) == (0.5, float(f"{np.mean(preset('noisy-line').y):.3g}"))


def test_a_session_keeps_my_line_and_its_mode(qtbot, window, tmp_path):
    my_line_on(qtbot, window)
    type_line(qtbot, window, 0.7, 2.0)
    path = tmp_path / "mine.lossx"
    assert window.files.save_to(str(path))
    assert json.loads(path.read_text())["my_line"] == {"model": "line", "coefficients": [2.0, 0.7], "shown": True}
    choose(qtbot, window.panel.model_box, "poly:2")
    window.lesson.load_preset("outliers")  # new data: my line goes with the old
    assert set(window.my_line.panel.boxes) == {"β0", "β1", "β2"}
    key(qtbot, window, Qt.Key.Key_M)
    assert window.files.open_path(str(path))
    assert window.my_line.panel.isVisible() and shown_line(window) == (0.7, 2.0)


def test_a_session_from_before_my_line_still_opens(qtbot, window, tmp_path):
    path = tmp_path / "old.lossx"
    assert window.files.save_to(str(path))
    data = json.loads(path.read_text())
    data.pop("my_line", None)
    path.write_text(json.dumps(data))
    assert window.files.open_path(str(path))
    assert not window.my_line.panel.isVisible()
    my_line_on(qtbot, window)
    assert shown_line(window)[0] == 0.0


def test_my_line_can_be_pinned(qtbot, window):
    my_line_on(qtbot, window)
    type_line(qtbot, window, 0.6, 1.2)
    menu_item(window, "Run", "Pin my line").trigger()
    pin = window.lesson.pins[-1]
    assert pin.label == "my line" and list(pin.coefficients) == [1.2, 0.6]
    window.flush()
    assert "my line" in [label.text for _, label in window.canvas.legend.items]


def test_the_residual_plot_is_one_click_away(qtbot, window):
    my_line_on(qtbot, window)
    type_line(qtbot, window, 0.5, 1.0)
    click_tab(qtbot, window, "Residuals")
    assert window.my_line.panel.residuals.isVisible()
    drawn = window.my_line.panel.residuals.drawn()
    x, y = window.lesson.points.x, window.lesson.points.y
    np.testing.assert_allclose(drawn["my line"][1], y - (0.5 * x + 1.0), rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(drawn["current fit"][1], y)  # the fit starts at β = 0


def test_the_fit_s_equation_is_drawn_and_larger_in_projector_mode(qtbot, window):
    key(qtbot, window, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: window.lesson.descent.epoch == 1, timeout=5000)
    window.flush()
    beta = window.lesson.descent.coefficients
    assert window.equations.texts() == {"current fit": equation(window.lesson.model, beta)}
    small = window.equations.fit.textItem.font().pointSizeF()
    key(qtbot, window, Qt.Key.Key_F5)
    window.flush()
    assert window.equations.fit.textItem.font().pointSizeF() >= 1.5 * small


def test_a_click_on_my_line_adds_no_point(qtbot, window):
    my_line_on(qtbot, window)
    type_line(qtbot, window, 0.5, 1.0)
    qtbot.mouseClick(window.canvas.plot_widget.viewport(), Qt.MouseButton.LeftButton,
                     pos=body_pixel(window, 0.5, 1.0))
    assert len(window.lesson.points) == 10


def test_the_screenshot_opens_in_my_line_mode_with_the_line_given(qtbot, tmp_path, monkeypatch):
    from lossexplorer.cli import main
    from lossexplorer.gui import app

    seen = []
    real = app.screenshot

    def spy(window, path, size, epochs):
        real(window, path, size, epochs)
        seen.append((window.my_line.panel.isVisible(), tuple(window.lesson.my_line), window.equations.texts()))

    monkeypatch.setattr(app, "screenshot", spy)
    assert main(["--screenshot", str(tmp_path / "s.png"), "--my-line", "1,0.5", "--size", "1280x720"]) == 0
    assert seen == [(True, (1.0, 0.5), {"current fit": "p = 0", "my line": "p = 0.5·x + 1"})]


def test_a_wrong_my_line_is_one_line_on_stderr(qtbot, tmp_path, capsys):
    from lossexplorer.cli import main

    assert main(["--screenshot", str(tmp_path / "s.png"), "--my-line", "1,2,3"]) == 2
    err = capsys.readouterr().err
    assert err.strip().count("\n") == 0 and "--my-line" in err and "got 3" in err


def test_in_projector_mode_the_panel_reads_from_the_back(qtbot, window):
    from test_projector_sizes import projector, small_texts

    window.resize(1280, 720)
    projector(qtbot, window)
    my_line_on(qtbot, window)
    click_tab(qtbot, window, "Readouts")
    window.flush()
    assert small_texts(window) == []
    click_tab(qtbot, window, "Residuals")
    window.flush()
    assert small_texts(window) == []
    assert window.my_line.panel.width() <= 0.34 * window.canvas.width() + 1  # the points keep most of the room


def test_m_is_listed_on_the_shortcut_sheet_after_p(window):
    rows = window.help.shortcut_rows()
    keys = [k for k, _ in rows]
    assert "M" in keys and keys.index("M") == keys.index("P") + 1
    assert "my own line" in dict(rows)["M"].lower()


def test_a_line_stays_the_same_curve_when_the_model_becomes_a_polynomial(qtbot, window):
    my_line_on(qtbot, window)
    type_line(qtbot, window, 0.5, 1.0)
    choose(qtbot, window.panel.model_box, "poly:3")
    window.flush()
    assert [box.value() for box in window.my_line.panel.boxes.values()] == [1.0, 0.5, 0.0, 0.0]
    sx, sy = window.my_line.layer.curve.getData()
    np.testing.assert_allclose(sy, 0.5 * sx + 1.0, rtol=1e-12, atol=1e-12)


def test_the_fit_s_equation_moves_below_the_legend_rather_than_under_it(qtbot, window):
    """On a narrow canvas in projector mode a steep fit's equation, kept at the top, reached the
    legend's box (a long translation of 'current fit' made it happen at 1280×720)."""
    from qt_helpers import menu_item, run_to_end

    menu_item(window, "Presets", "outliers").trigger()
    window.lesson.change_settings(window.lesson.settings.with_(loss="huber", lr=0.03, epochs=1000, speed=0.0))
    run_to_end(qtbot, window)
    key(qtbot, window, Qt.Key.Key_F5)
    item, legend = window.equations.fit, window.canvas.legend
    for width in range(1400, 1000, -40):  # the canvas narrows: the equation meets the legend somewhere
        window.resize(width, 720)
        qtbot.waitUntil(lambda w=width: window.width() == w, timeout=5000)
        window.flush()
        assert item.isVisible() and legend.isVisible()
        drawn = item.mapRectToScene(item.boundingRect())
        box = legend.mapRectToScene(legend.boundingRect())
        assert not drawn.intersects(box), (width, drawn, box)
