"""The canvas frames the points and the squares drawn on them, and says what the aspect lock
costs (issue 14, item 11)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QApplication
from qt_helpers import drag, pixel_of, preset_item

from lossexplorer.core import PRESET_NAMES


def preset_action(window, name):
    return preset_item(window, name)


def load(qtbot, window, name) -> None:
    preset_action(window, name).trigger()  # the menu entry a click picks
    qtbot.waitUntil(lambda: not window.busy(), timeout=20_000)
    window.flush()
    QApplication.processEvents()


def view_rect(window) -> QRectF:
    (x0, x1), (y0, y1) = window.canvas.viewbox.viewRange()
    return QRectF(x0, y0, x1 - x0, y1 - y0)


def outside(window) -> list[str]:
    """What the canvas draws beyond its view: points, and the squares (their bounding box)."""
    view, canvas = view_rect(window), window.canvas
    eps = 1e-9 * max(view.width(), view.height())
    grown = view.adjusted(-eps, -eps, eps, eps)
    missing = []
    points = canvas.markers.getData()
    for x, y in zip(*points):
        if not grown.contains(float(x), float(y)):
            missing.append(f"point ({x:.3g}, {y:.3g})")
    for name, item in (("RSS squares", canvas.rss_squares), ("TSS squares", canvas.tss_squares)):
        box = item.path().boundingRect()
        if not box.isEmpty() and not grown.contains(box):
            missing.append(f"{name} {box.getCoords()} in {view.getCoords()}")
    return missing


@pytest.mark.parametrize("name", PRESET_NAMES)
def test_after_loading_a_preset_every_point_and_every_square_is_in_view(qtbot, window, name):
    load(qtbot, window, name)
    assert window.canvas.rss_squares.isVisible() and window.lesson.overlays["rss"]
    assert outside(window) == [], name
    window.lesson.set_overlay("tss", True)  # the squares of the deviations from ȳ too, framed anew
    load(qtbot, window, name)
    assert outside(window) == [], f"{name} with TSS"


def test_the_squares_of_the_start_are_framed_at_start_up(qtbot, window):
    assert window.lesson.descent.epoch == 0 and not window.canvas.rss_squares.path().isEmpty()
    assert outside(window) == []


def test_dragging_a_point_out_widens_the_view_to_its_square_once_let_go(qtbot, window):
    i = 9
    x, y = float(window.lesson.points.x[i]), float(window.lesson.points.y[i])
    (_, _), (_, top) = window.canvas.viewbox.viewRange()
    before = view_rect(window)
    drag(window, pixel_of(window, x, y), pixel_of(window, x, top - 0.02 * before.height()))
    window.flush()
    QApplication.processEvents()
    assert window.lesson.points.y[i] > y + 2
    assert outside(window) == []
    assert view_rect(window).contains(before)  # widened, never narrowed


def test_after_the_person_pans_an_edit_leaves_the_view_alone(qtbot, window):
    drag(window, pixel_of(window, 4.0, -4.0), pixel_of(window, 3.0, -4.0))  # a pan by hand
    chosen = view_rect(window)
    i = 9
    x, y = float(window.lesson.points.x[i]), float(window.lesson.points.y[i])
    drag(window, pixel_of(window, x, y), pixel_of(window, x, y + 3.0))
    window.flush()
    QApplication.processEvents()
    assert view_rect(window) == chosen


def test_the_status_line_says_when_the_locked_aspect_leaves_much_of_the_canvas_empty(qtbot, window):
    window.resize(1000, 900)  # a tall canvas
    load(qtbot, window, "capped")  # points far wider than tall
    share = window.canvas.empty_share()
    assert share >= 0.5
    assert f"lock aspect leaves {share:.0%} of the canvas empty" in window.status.text()
    aspect = window.commands.aspect
    aspect.trigger()  # View → Lock aspect off: the points are framed to fill the canvas
    window.flush()
    assert not aspect.isChecked() and window.canvas.empty_share() == 0.0
    assert "lock aspect" not in window.status.text()
    assert outside(window) == []
