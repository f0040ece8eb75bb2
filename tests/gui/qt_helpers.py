"""Real input for the tests: click and drag on the canvas in data coordinates (pixels from the
view's own mapping), keys with the canvas focused, menus found by their text, typing in the panel."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication


def pixel_of(window, x: float, y: float) -> QPoint:
    """The canvas viewport pixel showing the data point (x, y)."""
    canvas = window.canvas
    scene = canvas.viewbox.mapViewToScene(QPointF(x, y))
    return canvas.plot_widget.mapFromScene(scene)


def data_of(window, pixel: QPoint) -> tuple[float, float]:
    canvas = window.canvas
    pos = canvas.viewbox.mapSceneToView(canvas.plot_widget.mapToScene(pixel))
    return pos.x(), pos.y()


def _send(widget, kind, pos: QPoint, button, buttons) -> None:
    event = QMouseEvent(kind, QPointF(pos), QPointF(widget.mapToGlobal(pos)), button, buttons,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def drag(window, start: QPoint, end: QPoint, steps: int = 8) -> None:
    """Press at `start`, move in steps with the left button held, release at `end`."""
    viewport = window.canvas.plot_widget.viewport()
    left = Qt.MouseButton.LeftButton
    _send(viewport, QEvent.Type.MouseMove, start, Qt.MouseButton.NoButton, Qt.MouseButton.NoButton)
    _send(viewport, QEvent.Type.MouseButtonPress, start, left, left)
    for k in range(1, steps + 1):
        p = start + (end - start) * (k / steps)
        _send(viewport, QEvent.Type.MouseMove, p, Qt.MouseButton.NoButton, left)
    _send(viewport, QEvent.Type.MouseButtonRelease, end, left, Qt.MouseButton.NoButton)


def key(qtbot, window, k, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed with the canvas focused, as a teacher does after a click on the plot."""
    window.canvas.plot_widget.setFocus()
    qtbot.keyClick(window.canvas.plot_widget, k, modifier)


def menu_item(window, menu: str, text: str):
    """The action of the menu bar's `menu` (or of one of its submenus) whose visible text is `text`."""
    def find(actions):
        for action in actions:
            if action.menu() is not None:
                found = find(action.menu().actions())
                if found is not None:
                    return found
            elif action.text().replace("&", "") == text.replace("&", ""):
                return action
        return None

    for top in window.menuBar().actions():
        if top.text().replace("&", "") == menu:
            found = find(top.menu().actions())
            if found is not None:
                return found
    raise LookupError(f"no {menu} → {text}")


def preset_item(window, name: str):
    """The Presets menu's entry for the preset `name`, by the text it shows: a real set's title
    and source ('Cricket chirps and temperature (Pierce 1948)'), a made-up one's name."""
    from lossexplorer.core import DATASETS

    d = DATASETS[name]
    text = f"{d.title} ({d.cite})" if d.group == "real" else f"{name} (classification)" if d.classification else name
    return menu_item(window, "Presets", text)


def type_into(qtbot, box, text: str) -> None:
    """Select what a number box shows, type `text` and press Enter."""
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def choose(qtbot, combo, data) -> None:
    """Pick the entry of a drop-down with the arrow keys."""
    combo.setFocus()
    want = combo.findData(data)
    assert want >= 0, data
    for _ in range(combo.count()):
        if combo.currentIndex() == want:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < want else Qt.Key.Key_Up)
    assert combo.currentIndex() == want


def run_to_end(qtbot, window, timeout=30_000) -> None:
    with qtbot.waitSignal(window.runner.finished, timeout=timeout):
        key(qtbot, window, Qt.Key.Key_Space)


def logged_objective(window):
    """J per epoch as the epoch log shows it (its last column, at full precision)."""
    window.flush()
    table = window.epoch_log.table
    last = table.columnCount() - 1
    return np.array([float(table.data(table.index(r, last))) for r in range(table.rowCount())])


def click_tab(qtbot, window, text: str) -> None:
    """Click the tab that reads `text`, in any tab bar of the window (the views, tabbed docks)."""
    from PySide6.QtWidgets import QTabBar

    def find():
        for bar in window.findChildren(QTabBar):
            for i in range(bar.count()):
                if bar.tabText(i).replace("&", "") == text and bar.isVisible():
                    return bar, i
        return None

    try:
        qtbot.waitUntil(lambda: find() is not None, timeout=2000)  # docks are tabbed once the new font is in
    except Exception:
        raise AssertionError(f"no tab reads {text!r}") from None
    bar, i = find()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(i).center())
    QApplication.processEvents()


def drawn_tick_labels(axis) -> list[tuple[str, float]]:
    """Each tick label the axis draws now, with the data value at the label's centre (read from
    the view the axis is linked to, through the scene: what a person reading the axis sees)."""
    from PySide6.QtGui import QImage, QPainter

    image = QImage(max(1, int(axis.width())), max(1, int(axis.height())), QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    if specs is None:
        return []
    view = axis.linkedView()
    labels = []
    for rect, _flags, text in specs[2]:
        if view is None:  # an axis of its own (a colour bar's): the text alone
            labels.append((text, float("nan")))
            continue
        at = view.mapSceneToView(axis.mapToScene(rect.center()))
        labels.append((text, at.x() if axis.orientation in ("top", "bottom") else at.y()))
    return labels


def tick_texts(axis) -> list[str]:
    """The tick labels' strings only, as `drawn_tick_labels` reads them."""
    return [text for text, _ in drawn_tick_labels(axis)]
