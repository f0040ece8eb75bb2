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
