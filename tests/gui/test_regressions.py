"""One test per bug the monkey (test_monkey.py) and the extreme data (test_extreme.py) found."""

from __future__ import annotations

import time

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from qt_helpers import pixel_of


def use(window, **changes):
    s = window.lesson.settings.with_(**changes)
    window.lesson.change_settings(s)


def wait_for_grid(qtbot, window):
    qtbot.waitUntil(lambda: not window.landscape.jobs.busy, timeout=20_000)
    QApplication.processEvents()


def test_a_late_exact_answer_after_a_model_change_does_not_draw_the_old_models_path(qtbot, window):
    """The landscape kept the path of the old model (one coefficient for bias); when the
    solver's answer for the new model (two) arrived, it indexed that path's second column."""
    use(window, model="bias", loss="huber", speed=0.0, epochs=5)
    qtbot.waitUntil(lambda: not window.busy(), timeout=20_000)
    window.show_view("landscape")
    with qtbot.waitSignal(window.runner.finished, timeout=10_000):
        window.runner.run()
    window.flush()
    assert window.landscape.path.shape[1] == 1
    window.show_view("noise")  # the landscape is not redrawn while hidden
    with qtbot.captureExceptions() as exceptions:
        use(window, model="line")
        qtbot.waitUntil(lambda: window.lesson.exact is not None, timeout=20_000)
        QApplication.processEvents()
    assert not exceptions, exceptions
    window.show_view("landscape")
    window.flush()
    assert window.landscape.path.shape[1] == 2


def test_closing_during_a_long_race_does_not_wait_for_it(qtbot):
    """The race ran four million-epoch fits that nothing could stop: closing waited minutes."""
    from lossexplorer.gui.window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    use(w, epochs=1_000_000)
    w.runner.race()
    assert w.runner.race_job.busy
    t0 = time.perf_counter()
    w.close()
    assert not w.runner.race_job.busy
    assert time.perf_counter() - t0 < 5.0  # the four fits alone take over a minute


def test_a_new_problem_stops_the_race_on_the_old_one(qtbot, window):
    """A race whose points or settings changed is thrown away; it must not keep a core busy."""
    use(window, epochs=1_000_000)
    window.runner.race()
    assert window.runner.race_job.busy
    window.lesson.add_point(1.0, 1.0)
    qtbot.waitUntil(lambda: not window.runner.race_job.busy, timeout=5_000)


def test_a_race_that_ends_matches_the_core_and_shows_its_paths(qtbot, window):
    from lossexplorer.core import fit, preset

    use(window, epochs=40)
    with qtbot.waitSignal(window.runner.race_job.result, timeout=20_000):
        window.runner.race()
    race = window.landscape.race
    p = preset("noisy-line")
    for name, path in race.paths.items():
        want = fit(p.x, p.y, **window.lesson.settings.fit_options() | {"optimizer": name, "init": race.start})
        np.testing.assert_array_equal(path, want.path)
        np.testing.assert_array_equal(race.objective[name], want.objective)


def _levels(window):
    grid = window.landscape.grid
    values = grid.values
    finite = np.isfinite(values)
    low = float(np.min(values[finite]))
    shown = np.log10(np.where(finite, values, np.nan) - low + 1e-12 * max(1.0, abs(low)) + 1e-300)
    lo, hi = np.nanpercentile(shown, [0.5, 99.5])
    from lossexplorer.gui.landscape_view import CONTOURS

    return np.nan_to_num(shown, nan=hi), np.linspace(lo, hi, CONTOURS + 2)[1:-1]


def test_the_landscape_shows_only_the_current_grids_contours(qtbot, window):
    """Old contour items were never removed from the image: each new grid added twelve more,
    drawn over the new map, and every paint grew slower."""
    window.show_view("landscape")
    wait_for_grid(qtbot, window)
    for k in range(3):
        window.lesson.add_point(float(k), 5.0 + k)
        wait_for_grid(qtbot, window)
    children = window.landscape.image.childItems()
    assert len(children) == 1
    xs, ys = children[0].getData()
    assert len(xs) > 0
    data, levels = _levels(window)
    rows, cols = data.shape
    # bilinear interpolation at each vertex (pixel centres at +½) gives one of the levels
    u, v = np.clip(xs - 0.5, 0, cols - 1), np.clip(ys - 0.5, 0, rows - 1)
    c0, r0 = np.minimum(u.astype(int), cols - 2), np.minimum(v.astype(int), rows - 2)
    fu, fv = u - c0, v - r0
    at = (data[r0, c0] * (1 - fu) * (1 - fv) + data[r0, c0 + 1] * fu * (1 - fv)
          + data[r0 + 1, c0] * (1 - fu) * fv + data[r0 + 1, c0 + 1] * fu * fv)
    assert np.max(np.min(np.abs(at[:, None] - levels[None, :]), axis=1)) < 1e-9 * np.ptp(levels)


def test_landscape_contours_are_not_traced_in_python_on_the_gui_thread(qtbot, window, monkeypatch):
    """pyqtgraph's IsocurveItem traces in pure Python: ~0.4 s of GUI thread per grid (1 s with a
    run going), after every edit of a point even with the landscape hidden."""
    calls = []
    original = pg.functions.isocurve

    def traced(*args, **kwargs):  # counts, and still answers: raising inside a paint would crash Qt
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(pg.functions, "isocurve", traced)
    window.show_view("landscape")
    window.lesson.add_point(2.0, 2.0)
    wait_for_grid(qtbot, window)
    window.landscape.grab()  # paints
    assert not calls, f"pyqtgraph's isocurve ran {len(calls)} times on the GUI thread"
    assert len(window.landscape.contours.getData()[0]) > 0


def test_contour_segments_follow_the_level_sets_of_a_known_function():
    from lossexplorer.gui.landscape_view import contour_segments

    yy, xx = np.mgrid[0:60, 0:80]
    values = np.hypot(xx + 0.5 - 30.0, yy + 0.5 - 25.0)  # circles around (30, 25) in pixel coordinates
    xs, ys = contour_segments(values, np.array([5.0, 10.0, 20.0]))
    radius = np.hypot(xs - 30.0, ys - 25.0)
    assert len(xs) % 2 == 0 and len(xs) > 100
    for r in (5.0, 10.0, 20.0):  # every level is there, and the lines lie on it (within the chord error)
        assert np.sum(np.abs(radius - r) < 0.1) > 20
    assert np.all(np.min(np.abs(radius[:, None] - np.array([5.0, 10.0, 20.0])[None, :]), axis=1) < 0.1)
    saddle = np.array([[1.0, 0.0], [0.0, 1.0]])
    sx, _ = contour_segments(saddle, np.array([0.5]))
    assert len(sx) == 4  # two segments, one around each low corner


@pytest.mark.parametrize("scale", [1e-30, 1e-150])
def test_tiny_data_is_framed_so_points_stay_apart_and_clicks_add(qtbot, window, scale):
    """Framing clamped the view to at least 1e-9 wide: data at 1e-30 collapsed onto one pixel,
    so a click anywhere near it selected a point instead of adding one."""
    x = np.linspace(-1.0, 1.0, 9) * scale
    y = np.linspace(1.0, -1.0, 9) * scale
    window.lesson.replace_points(x, y, "tiny")
    pixels = [pixel_of(window, a, b) for a, b in zip(x, y)]
    assert len({(p.x(), p.y()) for p in pixels}) == 9
    assert abs(pixels[0].x() - pixels[-1].x()) > 200
    n = len(window.lesson.points)
    qtbot.mouseClick(window.canvas.plot_widget.viewport(), Qt.MouseButton.LeftButton,
                     pos=pixel_of(window, 0.5 * scale, 0.5 * scale))
    assert len(window.lesson.points) == n + 1
    assert window.lesson.points.x[-1] == pytest.approx(0.5 * scale, rel=0.02, abs=0)


@pytest.mark.parametrize("value", [3.0, 1e150, 0.0])
def test_identical_points_are_framed_in_a_box_around_them(qtbot, window, value):
    window.lesson.replace_points(np.full(5, value), np.full(5, value), "identical")
    (x0, x1), (y0, y1) = window.canvas.viewbox.viewRange()
    assert x0 < value < x1 and y0 < value < y1
    assert x1 - x0 >= 1.0 and np.isfinite(x1 - x0)


def test_data_the_core_refuses_leaves_the_readouts_empty_without_an_error(qtbot, window):
    """With x = 1e150 a cubic's x⁶ overflows; the core refuses the objective, but every frame
    still computed the readouts from the overflowing predictions and raised LinAlgError."""
    window.lesson.replace_points(np.array([-1e150, 0.0, 1e150]), np.array([1.0, 2.0, 3.0]), "huge x")
    with qtbot.captureExceptions() as exceptions:
        use(window, model="poly:3")
        window.flush()
        QApplication.processEvents()
    assert not exceptions, exceptions
    assert window.lesson.objective is None
    assert window.readouts.readings is None
    assert window.readouts.labels["coefs"].text() == "—"


@pytest.mark.parametrize("model", ["poly:5", "poly:9"])
def test_new_data_never_lowers_the_learning_rate_below_what_the_panel_can_show(qtbot, window, model):
    """For a high degree on x up to 80 the largest stable rate is ~1e-34; the window set
    lr = 5e-35 while the panel (1e-6 … 10) showed 1e-06, and the next edit of any control
    silently put 1e-06 back."""
    use(window, model=model)
    window.lesson.load_preset("stack-loss")
    assert window.lesson.settings.lr == pytest.approx(window.panel.lr.value(), rel=1e-12)
    assert window.lesson.settings.lr >= window.panel.lr.minimum()
    message = window.statusBar().currentMessage()
    assert "smallest learning rate" in message and "Adam" in message
    window.panel.epochs.setValue(7)  # an edit of another control keeps the rate
    settings = window.lesson.settings
    assert settings.epochs == 7 and settings.lr == pytest.approx(window.panel.lr.value(), rel=1e-12)


def test_curves_are_cut_to_the_band_around_the_view_exactly_on_their_own_segments():
    # a degree-9 fit zoomed out reached 1e30: Qt stroked the dashed exact curve for 15 s
    from lossexplorer.gui.canvas import clip_to_band

    x = np.linspace(-3.0, 3.0, 61)
    y = x**9
    cx, cy = clip_to_band(x, y, -50.0, 50.0)
    finite = np.isfinite(cy)
    assert np.all((cy[finite] >= -50.0) & (cy[finite] <= 50.0))
    inside = (y >= -50) & (y <= 50)
    np.testing.assert_array_equal(np.intersect1d(cx[finite], x[inside]), x[inside])  # every inside sample kept
    for px, py in zip(cx[finite], cy[finite]):  # every point lies on the polyline through the samples
        assert py == pytest.approx(np.interp(px, x, y), abs=1e-9 * 50)
    assert np.sum(~finite) == 0 and cy[finite].min() == -50.0 and cy[finite].max() == 50.0  # one piece
    wave_x, wave_y = clip_to_band(np.linspace(0, 1, 5), np.array([0.0, 2.0, 0.0, -2.0, 0.0]), -1.0, 1.0)
    np.testing.assert_array_equal(wave_y, [0.0, 1.0, np.nan, 1.0, 0.0, -1.0, np.nan, -1.0, 0.0])
    np.testing.assert_allclose(wave_x[np.isfinite(wave_x)], [0.0, 0.125, 0.375, 0.5, 0.625, 0.875, 1.0])


def test_a_steep_fit_zoomed_far_out_is_drawn_within_the_view(qtbot, window):
    window.lesson.change_settings(window.lesson.settings.with_(model="poly:9"))
    window.commands.exact.setChecked(True)
    window.flush()
    window.canvas.viewbox.setRange(xRange=(-1e4, 1e4), yRange=(-10.0, 10.0), padding=0)
    window.flush()
    (_, x1), (y0, y1) = window.canvas.viewbox.viewRange()  # the aspect lock widens y
    h = y1 - y0
    for curve in (window.canvas.fit_curve, window.canvas.exact_curve):
        _, y = curve.getData()
        assert len(y) and np.nanmin(y) >= y0 - h and np.nanmax(y) <= y1 + h  # the view ± its height, not 1e30
    uncut = window.lesson.model.predict(window.lesson.exact, np.array([x1]))[0]
    assert abs(uncut) > 1e6 * h  # uncut, the exact curve would reach far beyond


def test_the_autosave_folder_falls_back_when_the_data_folder_cannot_be_made(tmp_path, monkeypatch):
    # a script without an application name got its own file's path as the data folder, and
    # MainWindow() raised FileExistsError
    import tempfile

    from PySide6.QtCore import QStandardPaths

    from lossexplorer.gui import autosave

    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _where: str(blocker))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))  # the fallback, inside this test's folder
    (tmp_path / "tmp").mkdir()
    path = autosave.folder()
    assert path.is_dir() and path != blocker
    assert path.parent == tmp_path / "tmp"
