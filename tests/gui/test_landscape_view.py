"""The landscape view: the map, a click that starts the descent, the optimizer race."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication

from lossexplorer.core import fit, make_objective, preset, solve


@pytest.fixture
def landscape_window(qtbot, window):
    window.show_view("landscape")
    qtbot.waitUntil(lambda: window.landscape.grid is not None and not window.landscape.jobs.busy, timeout=20_000)
    return window


def test_the_map_is_centred_on_the_exact_answer_and_holds_the_start(qtbot, landscape_window):
    grid = landscape_window.landscape.grid
    p = preset("noisy-line")
    c, m = solve(p.x, p.y).coefficients
    assert grid.axis_i[0] < c < grid.axis_i[-1] and grid.axis_j[0] < m < grid.axis_j[-1]
    assert (grid.axis_i[0] + grid.axis_i[-1]) / 2 == pytest.approx(c)
    assert grid.axis_i[0] < 0 < grid.axis_i[-1] and grid.axis_j[0] < 0 < grid.axis_j[-1]
    p = preset("noisy-line")
    obj = make_objective(p.x, p.y, "mse", "line")
    assert grid.values[17, 123] == pytest.approx(obj.value(np.array([grid.axis_i[123], grid.axis_j[17]])), rel=1e-9)


def test_clicking_on_the_landscape_starts_a_run_from_the_clicked_point(qtbot, landscape_window):
    w = landscape_window
    w.lesson.change_settings(w.lesson.settings.with_(speed=0.0))
    vb = w.landscape.plot.getViewBox()
    grid = w.landscape.grid
    c, m = grid.axis_i[30], grid.axis_j[160]
    pixel = w.landscape.plot_widget.mapFromScene(vb.mapViewToScene(QPointF(c, m)))
    with qtbot.waitSignal(w.runner.finished, timeout=20_000):
        qtbot.mouseClick(w.landscape.plot_widget.viewport(), Qt.MouseButton.LeftButton, pos=pixel)
    start = w.lesson.descent.history.coefficients[0]
    dx, dy = vb.viewPixelSize()
    assert abs(start[0] - c) <= 1.5 * dx and abs(start[1] - m) <= 1.5 * dy
    assert w.lesson.descent.history.last_epoch == w.lesson.settings.epochs
    p = preset("noisy-line")
    want = fit(p.x, p.y, **w.lesson.settings.fit_options() | {"init": start})
    np.testing.assert_allclose(w.lesson.descent.coefficients, want.coefficients, rtol=1e-12)


def test_the_race_runs_four_optimizers_from_one_start_each_with_its_own_path(qtbot, landscape_window):
    w = landscape_window
    w.lesson.change_settings(w.lesson.settings.with_(epochs=60))
    with qtbot.waitSignal(w.runner.race_job.result, timeout=20_000):
        w.landscape.race_button.click()
    race = w.landscape.race
    assert race is not None and set(race.paths) == {"gd", "sgd", "momentum", "adam"}
    p = preset("noisy-line")
    for name, path in race.paths.items():
        assert path.shape == (61, 2)
        np.testing.assert_array_equal(path[0], race.start)
        want = fit(p.x, p.y, **w.lesson.settings.fit_options() | {"optimizer": name, "init": race.start})
        np.testing.assert_allclose(path[-1], want.coefficients, rtol=1e-12)
    ends = {tuple(np.round(path[-1], 12)) for path in race.paths.values()}
    assert len(ends) == 4
    standings = w.landscape.race_view.standings.text()
    assert all(name in standings for name in ("gd", "sgd", "momentum", "adam"))


def test_a_polynomial_slices_through_two_chosen_coefficients(qtbot, window):
    window.lesson.change_settings(window.lesson.settings.with_(model="poly:3"))
    window.show_view("landscape")
    view = window.landscape
    assert view.axis_i.count() == 4 and view.axis_i.isEnabled()
    view.axis_i.setCurrentIndex(1)
    view.axis_j.setCurrentIndex(3)
    qtbot.waitUntil(lambda: view.grid is not None and (view.grid.i, view.grid.j) == (1, 3) and not view.jobs.busy,
                    timeout=10_000)
    obj = window.lesson.objective
    beta = view.grid.base.copy()
    beta[1], beta[3] = view.grid.axis_i[50], view.grid.axis_j[70]
    assert view.grid.values[70, 50] == pytest.approx(obj.value(beta), rel=1e-9)


def test_closing_during_a_slow_landscape_ends_within_a_second(qtbot):
    import time

    from lossexplorer.gui.window import MainWindow

    rng = np.random.default_rng(2)
    x = rng.uniform(-5, 5, 20_000)
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    w.lesson.replace_points(x, 0.5 * x + rng.standard_normal(len(x)), "many points")
    w.lesson.change_settings(w.lesson.settings.with_(loss="logcosh"))  # its exact answer is quick, its grid is not
    qtbot.waitUntil(lambda: not w.runner.solver.busy, timeout=20_000)
    w.show_view("landscape")
    w.landscape._recompute_framed()
    assert w.landscape.jobs.busy
    start = time.perf_counter()
    w.close()
    assert time.perf_counter() - start < 1.0
    assert not w.landscape.jobs.busy


def test_the_map_follows_a_descent_that_leaves_it(qtbot, window):
    window.lesson.load_preset("single-point")
    window.show_view("landscape")
    window.lesson.change_settings(window.lesson.settings.with_(epochs=30, speed=0.0))
    with qtbot.waitSignal(window.runner.finished, timeout=20_000):
        window.runner.run()
    window.flush()
    view = window.landscape

    def framed():
        g = view.grid
        c, m = window.lesson.descent.coefficients
        return g is not None and g.axis_i[0] < c < g.axis_i[-1] and g.axis_j[0] < m < g.axis_j[-1]

    qtbot.waitUntil(lambda: framed() and not view.jobs.busy, timeout=20_000)


def test_a_hidden_landscape_computes_nothing_on_edits_and_draws_the_latest_problem_when_shown(qtbot, window):
    """A drag on the fit view is an edit per mouse move: the hidden map waits until it is shown."""
    assert not window.landscape.isVisible()
    started = []
    window.landscape.jobs.result.connect(lambda *_: started.append(1))
    window.lesson.add_point(3.0, 9.0)
    window.lesson.add_point(-3.0, -9.0)
    QApplication.processEvents()
    assert not window.landscape.jobs.busy and not started
    window.show_view("landscape")
    qtbot.waitUntil(lambda: window.landscape.grid is not None and not window.landscape.jobs.busy, timeout=20_000)
    x, y = window.lesson.points.data()
    obj = make_objective(x, y, "mse", "line")
    grid = window.landscape.grid
    assert len(x) == 12  # the preset's ten and the two added
    assert grid.values[40, 60] == pytest.approx(obj.value(np.array([grid.axis_i[60], grid.axis_j[40]])), rel=1e-9)
