"""Issue 16, my boundary: in classification M places a boundary z = 0 with two handles; a drag of
its body moves it, a drag of a handle turns it about the other, both at the same steepness |w|;
each point wears a ring in my colour as large as its loss, and the bar compares my mean loss
with the best. Real input: the Presets menu, keys, drags on the canvas."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from qt_helpers import choose, data_of, drag, key, menu_item, pixel_of

from lossexplorer.core import CLASSIFICATION_LOSSES, LOSSES, make_objective, preset
from lossexplorer.core.losses import LOSS_PARAMETERS
from lossexplorer.core.solve import solve_objective
from lossexplorer.gui.my_line import ring_sizes
from lossexplorer.gui.score_bar import shown


@pytest.fixture
def blobs(qtbot, window):
    menu_item(window, "Presets", "blobs (classification)").trigger()
    key(qtbot, window, Qt.Key.Key_M)
    window.flush()
    assert window.my_line.panel.isVisible()
    return window


def objective_of(window, loss: str | None = None):
    """J as the core builds it from the preset's points and the panel's settings."""
    p, settings = preset("blobs"), window.lesson.settings
    loss = loss or settings.loss
    params = {n: getattr(settings, n) for n in LOSS_PARAMETERS.get(loss, ()) if hasattr(settings, n)}
    return make_objective(p.x, p.y, loss=loss, model="logistic", **params)


def free_pixel_on_boundary(window) -> QPoint:
    """A pixel of my boundary at least 25 px from every point and handle."""
    b0, b1, b2 = window.lesson.my_line
    _, (y0, y1) = window.canvas.viewbox.viewRange()
    hx, hy = window.my_line.layer.handle_points()
    points = window.lesson.points
    avoid = [pixel_of(window, float(a), float(b)) for a, b in zip([*points.x, *hx], [*points.y, *hy])]
    for x2 in np.linspace(y0, y1, 201)[20:-20]:
        p = pixel_of(window, float(-(b0 + b2 * x2) / b1), float(x2))
        if all((p - q).manhattanLength() > 25 for q in avoid):
            return p
    raise AssertionError("no free pixel on my boundary")


def test_m_places_an_upright_boundary_with_its_handles_and_rings(blobs):
    window = blobs
    b0, b1, b2 = window.lesson.my_line
    assert b2 == 0 and b1 != 0  # upright: x1 = −β0/β1
    x, _ = window.my_line.layer.curve.getData()
    np.testing.assert_allclose(x, -b0 / b1, rtol=1e-12)
    hx, hy = window.my_line.layer.handle_points()
    np.testing.assert_allclose(b0 + b1 * hx + b2 * hy, 0.0, atol=1e-9)
    _, losses, _ = objective_of(window).per_point(window.lesson.my_line)
    sizes = window.my_line.layer.rings.data["size"]
    np.testing.assert_allclose(sizes, ring_sizes(losses), rtol=1e-12)
    assert window.my_line.panel.heading.text() == "My boundary"
    assert not window.my_line.panel.tabs.isTabEnabled(1)  # residuals y − p are regression's


def test_dragging_a_handle_turns_my_boundary_about_the_other_at_the_same_steepness(blobs):
    window = blobs
    before = window.lesson.my_line.copy()
    hx, hy = window.my_line.layer.handle_points()
    start = pixel_of(window, hx[1], hy[1])
    end = start + QPoint(90, 0)
    (ax, ay), (bx, by) = data_of(window, start), data_of(window, end)
    drag(window, start, end)
    b0, b1, b2 = window.lesson.my_line
    assert b0 + b1 * hx[0] + b2 * hy[0] == pytest.approx(0.0, abs=1e-9)  # still through the other handle
    assert b0 + b1 * (hx[1] + bx - ax) + b2 * (hy[1] + by - ay) == pytest.approx(0.0, abs=1e-9)
    assert np.hypot(b1, b2) == pytest.approx(np.hypot(*before[1:]), rel=1e-12)  # as steep as before
    assert b1 * before[1] + b2 * before[2] > 0  # class 1 stays on its side
    assert b2 != 0  # turned: no longer upright


def test_dragging_my_boundary_moves_it_by_the_drag_and_undo_puts_it_back(qtbot, blobs):
    window = blobs
    before = window.lesson.my_line.copy()
    start = free_pixel_on_boundary(window)
    end = start + QPoint(70, 30)
    (ax, ay), (bx, by) = data_of(window, start), data_of(window, end)
    drag(window, start, end)
    b0, b1, b2 = window.lesson.my_line
    assert (b1, b2) == (before[1], before[2])
    assert b0 == pytest.approx(before[0] - before[1] * (bx - ax) - before[2] * (by - ay), rel=1e-9, abs=1e-12)
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    np.testing.assert_array_equal(window.lesson.my_line, before)


BOUNDARY_LOSSES = [name for name in CLASSIFICATION_LOSSES if not LOSSES[name].multiclass]


@pytest.mark.parametrize("loss", BOUNDARY_LOSSES)
def test_the_bar_shows_my_mean_loss_and_the_best_for_every_classification_loss(qtbot, blobs, loss):
    window = blobs
    choose(qtbot, window.panel.loss, loss)
    bar = window.my_line.panel.bar
    qtbot.waitUntil(lambda: bar.best is not None, timeout=30_000)
    window.flush()
    objective = objective_of(window, loss)
    mine = objective.value(window.lesson.my_line)
    best = solve_objective(objective).objective
    assert bar.mine == pytest.approx(mine, rel=1e-12)
    assert bar.best == pytest.approx(best, rel=1e-6, abs=1e-9)
    assert bar.texts() == [(f"my {objective.label}", shown(mine)), (f"best {objective.label}", shown(best))]


def test_the_cross_entropys_softmax_model_ends_my_boundary_mode_and_m_stays_off(qtbot, blobs):
    window = blobs
    choose(qtbot, window.panel.loss, "crossentropy")  # the softmax model: one score per class, no one boundary
    window.flush()
    assert window.lesson.settings.model == "softmax:2"
    assert not window.lesson.my_line_mode and not window.my_line.panel.isVisible()
    assert not menu_item(window, "Run", "Pin my boundary").isEnabled()
    key(qtbot, window, Qt.Key.Key_M)
    assert not window.lesson.my_line_mode


def test_my_boundary_can_be_pinned_and_is_drawn_as_a_boundary(blobs):
    window = blobs
    menu_item(window, "Run", "Pin my boundary").trigger()
    pin = window.lesson.pins[-1]
    assert pin.label == "my boundary"
    np.testing.assert_array_equal(pin.coefficients, window.lesson.my_line)


def test_the_screenshot_takes_my_boundary_as_three_coefficients(qtbot, tmp_path, monkeypatch):
    from lossexplorer.cli import main
    from lossexplorer.gui import app

    seen = []
    real = app.screenshot

    def spy(window, path, size, epochs):
        real(window, path, size, epochs)
        seen.append((window.my_line.panel.heading.text(), tuple(window.lesson.my_line), window.equations.texts()))

    monkeypatch.setattr(app, "screenshot", spy)
    out = str(tmp_path / "s.png")
    assert main(["--screenshot", out, "--preset", "blobs", "--my-line", "0.5,1,-2", "--size", "1280x720"]) == 0
    assert seen == [("My boundary", (0.5, 1.0, -2.0), {"my line": "z = x1 − 2·x2 + 0.5"})]
