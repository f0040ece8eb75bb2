"""Many points stay interactive (issue 15, item 8): a click or a drag changes one point, so J's
sufficient statistics, the exact answer and the readouts follow it in O(k²), the canvas moves or
adds one marker, and J is gathered afresh from the points when the drag ends. (The times, on 10⁶
points, are in benchmarks/bench_gui.py; here the proof is that nothing goes over the points.)"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from qt_helpers import drag, pixel_of

from lossexplorer.core import data_facts, fit_stats, make_model, solve
from lossexplorer.gui import problem as problems
from lossexplorer.gui import readings as readouts
from lossexplorer.gui.readings import read

N = 50_000


@pytest.fixture
def many(qtbot, window):
    rng = np.random.default_rng(9)
    x = rng.uniform(-5, 5, N)
    window.lesson.replace_points(x, 0.7 * x + 1 + rng.standard_normal(N), "many points")
    window.commands.exact.setChecked(True)
    qtbot.waitUntil(lambda: not window.busy(), timeout=30_000)
    window.flush()
    QApplication.processEvents()
    return window


@pytest.fixture
def passes(monkeypatch):
    """Counts what goes over all the points: building J, the readouts' data facts, redrawing every marker."""
    counts = {"objectives": 0, "facts": 0, "markers": 0}
    real_make, real_facts = problems.make_objective, readouts.data_facts

    def make(*args, **kwargs):
        counts["objectives"] += 1
        return real_make(*args, **kwargs)

    def facts(*args, **kwargs):
        counts["facts"] += 1
        return real_facts(*args, **kwargs)

    monkeypatch.setattr(problems, "make_objective", make)
    monkeypatch.setattr(readouts, "data_facts", facts)
    return counts


def assert_exact_and_readouts_follow_the_points(window, rtol):
    lesson = window.lesson
    x, y = lesson.points.x, lesson.points.y
    np.testing.assert_allclose(lesson.exact, solve(x, y).coefficients, rtol=rtol)
    window.flush()
    shown = window.readouts.readings
    slow = read(make_model("line"), lesson.descent.coefficients, x, y, 0, 0.0, "MSE")
    assert shown.rss == pytest.approx(fit_stats(y, lesson.model.predict(lesson.descent.coefficients, x)).rss, rel=rtol)
    assert shown.r2 == pytest.approx(slow.r2, rel=rtol) and shown.tss == pytest.approx(slow.tss, rel=rtol)
    assert shown.r.data == pytest.approx(data_facts(lesson.model, x, y).r_linregress, rel=rtol)
    assert [p.holds for p in shown.properties] == [p.holds for p in slow.properties]


def test_a_drag_moves_one_marker_and_j_the_exact_answer_and_the_readouts_follow_without_a_pass(qtbot, many,
                                                                                               passes, monkeypatch):
    window = many
    markers = window.canvas.markers
    set_data = []
    monkeypatch.setattr(markers, "setData", lambda *a, **k: set_data.append(a))
    mx, my = markers.getData()  # a point the canvas draws, near x = 1
    at = int(np.argmin(np.abs(mx - 1.0)))
    points = window.lesson.points
    i = int(np.flatnonzero((points.x == mx[at]) & (points.y == my[at]))[0])
    x0, y0 = points.row(i)[:2]
    moves = []
    window.lesson.problemChanged.connect(lambda _why: moves.append(window.lesson.objective.edits))
    drag(window, pixel_of(window, x0, y0), pixel_of(window, x0 + 1.0, y0 + 6.0), steps=6)
    assert moves == [*range(1, len(moves)), 0] and len(moves) >= 7  # updated at each move, gathered at the end
    assert set_data == [] and passes["facts"] == 0  # one marker moved; the readouts came from J
    assert passes["objectives"] == 1  # only when the drag ended: J gathered afresh
    assert window.lesson.objective.edits == 0
    mx, my = markers.getData()
    assert (mx[at], my[at]) == window.lesson.points.row(i)[:2]  # its marker moved with it
    assert window.lesson.points.x[i] == pytest.approx(x0 + 1.0, abs=0.2)
    assert_exact_and_readouts_follow_the_points(window, rtol=1e-9)
    window.lesson.undo_stack.undo()
    assert window.lesson.points.row(i)[:2] == (x0, y0)
    assert_exact_and_readouts_follow_the_points(window, rtol=1e-9)


def test_a_click_adds_one_marker_and_the_fit_follows_without_a_pass(qtbot, many, passes, monkeypatch):
    window = many
    set_data = []
    monkeypatch.setattr(window.canvas.markers, "setData", lambda *a, **k: set_data.append(a))
    drawn = window.canvas.drawn
    (x0, x1), (y0, y1) = window.canvas.viewbox.viewRange()
    empty = next((x, y) for x in np.linspace(x0, x1, 40)[5:-5] for y in np.linspace(y1, y0, 40)[5:-5]
                 if window.canvas.point_at(x, y) is None)
    qtbot.mouseClick(window.canvas.plot_widget.viewport(), Qt.MouseButton.LeftButton, pos=pixel_of(window, *empty))
    assert len(window.lesson.points) == N + 1
    assert window.lesson.objective.edits == 1 and passes == {"objectives": 0, "facts": 0, "markers": 0}
    assert set_data == [] and window.canvas.drawn == drawn + 1
    mx, my = window.canvas.markers.getData()
    assert (mx[-1], my[-1]) == window.lesson.points.row(N)[:2]
    assert_exact_and_readouts_follow_the_points(window, rtol=1e-9)


def test_hundreds_of_edits_in_a_row_are_gathered_afresh_now_and_then(qtbot, many):
    lesson = many.lesson
    rng = np.random.default_rng(2)
    for _ in range(problems.Objectives.MOST_EDITS + 10):
        lesson.add_point(float(rng.uniform(-5, 5)), float(rng.uniform(-5, 5)))
    assert 0 < lesson.objective.edits <= 10
    assert_exact_and_readouts_follow_the_points(many, rtol=1e-9)


def test_a_drag_with_mae_starts_one_solve_when_it_ends_and_a_switch_to_mse_stops_it_at_once(qtbot, many,
                                                                                            monkeypatch):
    window = many
    started = []
    real = problems.solve_isolated
    monkeypatch.setattr(problems, "solve_isolated", lambda *a: started.append(a) or real(*a))
    window.lesson.change_settings(window.lesson.settings.with_(loss="mae"))
    qtbot.waitUntil(lambda: len(started) == 1, timeout=5_000)  # in its own process: 50,000 points
    i = int(np.argmin(np.abs(window.lesson.points.x)))
    x0, y0 = window.lesson.points.row(i)[:2]
    drag(window, pixel_of(window, x0, y0), pixel_of(window, x0 + 0.5, y0 + 3.0), steps=8)
    assert window.runner.busy
    qtbot.waitUntil(lambda: len(started) == 2, timeout=5_000)  # not one per mouse move: one once it stood still
    assert window.runner.solver.busy
    window.lesson.change_settings(window.lesson.settings.with_(loss="mse"))  # a closed form: the solve goes
    qtbot.waitUntil(lambda: not window.runner.solver.busy, timeout=2_000)
    assert len(started) == 2
