"""The points being fitted, and the undoable edits that change them.

`PointsModel` holds x and y and announces every change; views redraw on `changed`.
Every edit by the user is a `QUndoCommand` pushed on the window's `QUndoStack`; a drag is
one command, pushed when the drag ends.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand

Array = NDArray[np.float64]


class PointsModel(QObject):
    """The data set: x and y as float arrays, in the order the points were added."""

    changed = Signal()

    def __init__(self, x: Array | None = None, y: Array | None = None) -> None:
        super().__init__()
        self._x = np.zeros(0) if x is None else np.asarray(x, float).copy()
        self._y = np.zeros(0) if y is None else np.asarray(y, float).copy()

    @property
    def x(self) -> Array:
        return self._x

    @property
    def y(self) -> Array:
        return self._y

    def __len__(self) -> int:
        return len(self._x)

    def snapshot(self) -> tuple[Array, Array]:
        """A copy of the points that later edits cannot touch (for the worker thread)."""
        return self._x.copy(), self._y.copy()

    def set_points(self, x: Array, y: Array) -> None:
        self._x = np.asarray(x, float).copy()
        self._y = np.asarray(y, float).copy()
        self.changed.emit()

    def insert(self, index: int, x: float, y: float) -> None:
        self._x = np.insert(self._x, index, x)
        self._y = np.insert(self._y, index, y)
        self.changed.emit()

    def move(self, index: int, x: float, y: float) -> None:
        self._x = self._x.copy()
        self._y = self._y.copy()
        self._x[index], self._y[index] = x, y
        self.changed.emit()

    def remove(self, indices: list[int]) -> None:
        keep = np.ones(len(self._x), bool)
        keep[indices] = False
        self._x, self._y = self._x[keep], self._y[keep]
        self.changed.emit()


class AddPoint(QUndoCommand):
    def __init__(self, model: PointsModel, x: float, y: float) -> None:
        super().__init__(f"add point ({x:.3g}, {y:.3g})")
        self.model, self.x, self.y = model, x, y
        self.index = len(model)

    def redo(self) -> None:
        self.model.insert(self.index, self.x, self.y)

    def undo(self) -> None:
        self.model.remove([self.index])


class MovePoint(QUndoCommand):
    """A whole drag: from where the point was to where it was let go."""

    def __init__(self, model: PointsModel, index: int, old: tuple[float, float], new: tuple[float, float]) -> None:
        super().__init__(f"move point {index + 1}")
        self.model, self.index, self.old, self.new = model, index, old, new

    def redo(self) -> None:
        self.model.move(self.index, *self.new)

    def undo(self) -> None:
        self.model.move(self.index, *self.old)


class RemovePoints(QUndoCommand):
    def __init__(self, model: PointsModel, indices: list[int]) -> None:
        n = len(indices)
        super().__init__(f"remove point {indices[0] + 1}" if n == 1 else f"remove {n} points")
        self.model = model
        self.indices = sorted(set(indices))
        self.points = [(float(model.x[i]), float(model.y[i])) for i in self.indices]

    def redo(self) -> None:
        self.model.remove(self.indices)

    def undo(self) -> None:
        x, y = self.model.x.tolist(), self.model.y.tolist()
        for i, (px, py) in zip(self.indices, self.points):
            x.insert(i, px)
            y.insert(i, py)
        self.model.set_points(np.array(x), np.array(y))


class ReplacePoints(QUndoCommand):
    """Load a preset or a file: the whole data set at once."""

    def __init__(self, model: PointsModel, x: Array, y: Array, text: str) -> None:
        super().__init__(text)
        self.model = model
        self.old = model.snapshot()
        self.new = (np.asarray(x, float).copy(), np.asarray(y, float).copy())

    def redo(self) -> None:
        self.model.set_points(*self.new)

    def undo(self) -> None:
        self.model.set_points(*self.old)
