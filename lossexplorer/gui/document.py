"""The points being fitted, and the undoable edits that change them.

`PointsModel` holds the points in the canvas's plane and announces every change; views
redraw on `changed`. In regression a point is (x, y); in classification it is (x1, x2)
with a class label 0 or 1, kept in `labels` (all 0 in regression, where it is unused).
Whether the data is for classification belongs to the data, so undoing a switch of mode
brings back both. Every edit by the user is a `QUndoCommand` pushed on the window's
`QUndoStack`; a drag is one command, pushed when the drag ends.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand

Array = NDArray[np.float64]


class Points(NamedTuple):
    """A data set as one value: the plane's coordinates, the labels and the mode."""

    x: Array
    y: Array
    labels: Array
    classification: bool = False


def points(x: Array, y: Array, labels: Array | None = None, classification: bool = False) -> Points:
    x, y = np.asarray(x, float).copy(), np.asarray(y, float).copy()
    labels = np.zeros(len(x)) if labels is None else np.asarray(labels, float).copy()
    return Points(x, y, labels, classification)


class PointsModel(QObject):
    """The data set: x, y and labels as float arrays, in the order the points were added."""

    changed = Signal()

    def __init__(self, x: Array | None = None, y: Array | None = None) -> None:
        super().__init__()
        self._x = np.zeros(0) if x is None else np.asarray(x, float).copy()
        self._y = np.zeros(0) if y is None else np.asarray(y, float).copy()
        self._labels = np.zeros(len(self._x))
        self._classification = False

    @property
    def x(self) -> Array:
        return self._x

    @property
    def y(self) -> Array:
        return self._y

    @property
    def labels(self) -> Array:
        """The class of each point, 0 or 1 (classification only)."""
        return self._labels

    @property
    def classification(self) -> bool:
        return self._classification

    def __len__(self) -> int:
        return len(self._x)

    def snapshot(self) -> tuple[Array, Array]:
        """A copy of the points that later edits cannot touch (for the worker thread)."""
        return self._x.copy(), self._y.copy()

    def state(self) -> Points:
        """A copy of everything: points, labels and mode."""
        return Points(self._x.copy(), self._y.copy(), self._labels.copy(), self._classification)

    def data(self) -> tuple[Array, Array]:
        """The core's (x, y): (x, y) in regression, ((x1, x2) columns, labels) in classification."""
        if self._classification:
            return np.column_stack([self._x, self._y]), self._labels.copy()
        return self.snapshot()

    def set_points(self, x: Array, y: Array, labels: Array | None = None, classification: bool | None = None) -> None:
        """New points; labels default to class 0 and the mode stays unless given."""
        mode = self._classification if classification is None else classification
        self.set_state(points(x, y, labels, mode))

    def set_state(self, state: Points) -> None:
        self._x, self._y = state.x.copy(), state.y.copy()
        self._labels, self._classification = state.labels.copy(), state.classification
        self.changed.emit()

    def insert(self, index: int, x: float, y: float, label: float = 0.0) -> None:
        self._x = np.insert(self._x, index, x)
        self._y = np.insert(self._y, index, y)
        self._labels = np.insert(self._labels, index, label)
        self.changed.emit()

    def move(self, index: int, x: float, y: float) -> None:
        self._x = self._x.copy()
        self._y = self._y.copy()
        self._x[index], self._y[index] = x, y
        self.changed.emit()

    def remove(self, indices: list[int]) -> None:
        keep = np.ones(len(self._x), bool)
        keep[indices] = False
        self._x, self._y, self._labels = self._x[keep], self._y[keep], self._labels[keep]
        self.changed.emit()


class AddPoint(QUndoCommand):
    def __init__(self, model: PointsModel, x: float, y: float, label: float = 0.0) -> None:
        what = f"add a class-{label:g} point" if model.classification else "add point"
        super().__init__(f"{what} ({x:.3g}, {y:.3g})")
        self.model, self.x, self.y, self.label = model, x, y, label
        self.index = len(model)

    def redo(self) -> None:
        self.model.insert(self.index, self.x, self.y, self.label)

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
        self.points = [(float(model.x[i]), float(model.y[i]), float(model.labels[i])) for i in self.indices]

    def redo(self) -> None:
        self.model.remove(self.indices)

    def undo(self) -> None:
        x, y, labels = self.model.x.tolist(), self.model.y.tolist(), self.model.labels.tolist()
        for i, (px, py, label) in zip(self.indices, self.points):
            x.insert(i, px)
            y.insert(i, py)
            labels.insert(i, label)
        self.model.set_points(np.array(x), np.array(y), np.array(labels))


class ReplacePoints(QUndoCommand):
    """Load a preset or a file, or switch mode: the whole data set at once."""

    def __init__(
        self,
        model: PointsModel,
        x: Array,
        y: Array,
        text: str,
        labels: Array | None = None,
        classification: bool | None = None,
    ) -> None:
        super().__init__(text)
        self.model = model
        self.old = model.state()
        mode = model.classification if classification is None else classification
        self.new = points(x, y, labels, mode)

    def redo(self) -> None:
        self.model.set_state(self.new)

    def undo(self) -> None:
        self.model.set_state(self.old)
