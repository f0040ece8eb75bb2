"""Click and drag on the canvas in data coordinates (pixels from the view's own mapping)."""

from __future__ import annotations

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
        at = view.mapSceneToView(axis.mapToScene(rect.center()))
        labels.append((text, at.x() if axis.orientation in ("top", "bottom") else at.y()))
    return labels
