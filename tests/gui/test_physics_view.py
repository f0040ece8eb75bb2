"""The physics view: the bar settles on the answer after a drag; anchors follow the points."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF
from qt_helpers import drag

from lossexplorer.cli import main
from lossexplorer.core import preset, solve
from lossexplorer.gui.physics_view import COIL_SAMPLES, TURNS, coils


def bar_pixel(window, x: float):
    view = window.physics
    c, m = view.line()
    scene = view.viewbox.mapViewToScene(QPointF(x, c + m * x))
    return view.plot_widget.mapFromScene(scene)


def settle(view, seconds: float = 80.0) -> None:
    for _ in range(int(seconds * 60)):
        view.advance(1 / 60)
        if view.resting:
            return


@pytest.fixture
def physics_window(qtbot, window):
    window.show_view("physics")
    window.physics.play.setChecked(False)  # the test steps the bar itself
    window.physics.damping.setValue(0.3)
    return window


@pytest.mark.parametrize("kind_x", [0.3, 4.5])  # the middle lifts the bar, an end tilts it
def test_dragging_the_bar_and_letting_go_ends_at_rest_on_the_answer(qtbot, physics_window, kind_x):
    view = physics_window.physics
    before = view.line()
    start = bar_pixel(physics_window, kind_x)
    drag(_Wrap(view), start, start + (start - start) + type(start)(0, -120))
    after = view.line()
    assert after != before and not view.held
    settle(view)
    assert view.resting
    p = preset("noisy-line")
    np.testing.assert_allclose(view.line(), solve(p.x, p.y).coefficients, rtol=1e-6)


class _Wrap:
    """qt_helpers.drag works on `window.canvas.plot_widget`; point it at the physics plot."""

    def __init__(self, view):
        self.canvas = type("C", (), {"plot_widget": view.plot_widget})()


def test_the_anchors_follow_edits_of_the_points(qtbot, physics_window):
    physics_window.lesson.add_point(2.0, 7.5)
    x, y = physics_window.physics.anchors.getData()
    np.testing.assert_array_equal(x, physics_window.lesson.points.x)
    np.testing.assert_array_equal(y, physics_window.lesson.points.y)


@pytest.mark.parametrize("loss", ["huber", "logcosh"])
def test_the_bar_rests_on_the_chosen_losses_answer(qtbot, physics_window, loss):
    physics_window.lesson.change_settings(physics_window.lesson.settings.with_(loss=loss))
    view = physics_window.physics
    settle(view)
    p = preset("noisy-line")
    np.testing.assert_allclose(view.line(), solve(p.x, p.y, loss=loss).coefficients, rtol=1e-6)


def test_potential_energy_is_the_sse_for_squared_error_with_k_two(qtbot, physics_window):
    view = physics_window.physics
    for _ in range(30):
        view.advance(1 / 60)
    c, m = view.line()
    p = preset("noisy-line")
    assert view.system.potential(view.state) == pytest.approx(np.sum((c + m * p.x - p.y) ** 2), rel=1e-12)
    view.redraw()
    assert "(= SSE)" in view.readout["potential"].text()


def test_each_spring_is_a_coil_of_fixed_turns_from_anchor_to_bar():
    xs, ys = coils(np.array([1.0, 2.0]), np.array([0.0, 5.0]), np.array([3.0, 1.0]), 0.2)
    assert len(xs) == 2 * (COIL_SAMPLES + 1)
    first = ys[:COIL_SAMPLES]
    assert first[0] == 0.0 and first[-1] == 3.0
    assert np.sum(np.abs(np.diff(np.sign(xs[:COIL_SAMPLES] - 1.0))) > 0) >= TURNS


def test_screenshot_mode_renders_the_physics_view(qtbot, tmp_path):
    out = tmp_path / "physics.png"
    assert main(["--screenshot", str(out), "--view", "physics", "--preset", "outliers", "--size", "1280x720"]) == 0
    assert out.stat().st_size > 10_000


def test_a_hidden_physics_view_builds_the_bar_for_the_latest_points_when_shown(qtbot, window):
    # while another view is shown, edits do not rebuild the bar (a third of a second at 10⁶ points)
    window.show_view("fit")
    window.lesson.add_point(2.0, 7.5)
    window.lesson.change_settings(window.lesson.settings.with_(loss="huber"))
    assert window.physics.system is None and len(window.physics.anchors.getData()[0]) == 0  # nothing built yet
    window.show_view("physics")
    x, y = window.physics.anchors.getData()
    np.testing.assert_array_equal(x, window.lesson.points.x)
    np.testing.assert_array_equal(y, window.lesson.points.y)
    assert window.physics.system.loss.name == "huber"
