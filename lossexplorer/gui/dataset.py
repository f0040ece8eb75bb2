"""The data set as one immutable value: the points in the canvas's plane, their labels and the mode.

In regression a point is (x, y); in classification it is (x1, x2) with a class label, an
integer 0 … K − 1 for K = 2 … MAX_CLASSES classes (all 0 in regression, where it is unused). Whether the data is for
classification belongs to the data, so undoing a switch of mode brings back both. An edit
makes a new value with new arrays: arrays are never changed in place, so a value handed to
a view, a worker or an undo command stays what it was. A hand edit also says what it changed
(`origin`: which points went and came, in the data set it was made from), so J's statistics and
the canvas's markers follow it in O(1) rather than going over the million points again.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import ArrayLike, NDArray

from lossexplorer.core import InputError, preset, read_points
from lossexplorer.core.models import MAX_CLASSES

from .limits import check_regular_file

Array = NDArray[np.float64]
Labels = NDArray[np.int64]
_TOKENS = itertools.count(1)
Row = tuple[int, float, float]  # a point's index, x and y


@dataclass(frozen=True)
class Edit:
    """How a data set was made by hand from the one whose `token` is `parent`: the points
    `removed` (index there, x, y) and `added` (index here, x, y). A move is one of each, at one index."""

    parent: int
    removed: tuple[Row, ...] = ()
    added: tuple[Row, ...] = ()

    @property
    def moved(self) -> int | None:
        """The index of the one point a move put elsewhere, else None."""
        if len(self.removed) == len(self.added) == 1 and self.removed[0][0] == self.added[0][0]:
            return self.added[0][0]
        return None


@dataclass(frozen=True, eq=False)
class Points:
    """x, y and labels of every point, in the order they were added, and the mode."""

    x: Array
    y: Array
    labels: Labels
    classification: bool = False
    origin: Edit | None = field(default=None, repr=False)  # a hand edit: what changed from which points
    token: int = field(init=False, repr=False, default_factory=lambda: next(_TOKENS))  # unique per value

    def __len__(self) -> int:
        return len(self.x)

    def data(self) -> tuple[Array, Array]:
        """The core's (x, y): (x, y) in regression, ((x1, x2) columns, labels) in classification."""
        if self.classification:
            return np.column_stack([self.x, self.y]), self.labels.astype(float)
        return self.x, self.y

    def same_as(self, other: Points) -> bool:
        return (self.classification == other.classification and np.array_equal(self.x, other.x)
                and np.array_equal(self.y, other.y) and np.array_equal(self.labels, other.labels))

    @property
    def classes(self) -> int:
        """The fewest classes its labels need: the largest label + 1, at least 2 (0 in regression)."""
        if not self.classification:
            return 0
        return max(2, int(self.labels.max()) + 1) if len(self.labels) else 2

    def of_classes(self, classes: int) -> Points:
        """The points whose labels exist among K classes (labels 0 … K − 1): a new data set."""
        keep = self.labels < classes
        return Points(self.x[keep], self.y[keep], self.labels[keep], self.classification)

    def row(self, index: int) -> tuple[float, float, int]:
        return float(self.x[index]), float(self.y[index]), int(self.labels[index])

    def inserted(self, index: int, x: float, y: float, label: int = 0) -> Points:
        return Points(np.insert(self.x, index, x), np.insert(self.y, index, y), np.insert(self.labels, index, label),
                      self.classification, Edit(self.token, added=((index, x, y),)))

    def moved(self, index: int, x: float, y: float) -> Points:
        xs, ys = self.x.copy(), self.y.copy()
        was = (index, float(xs[index]), float(ys[index]))
        xs[index], ys[index] = x, y
        return Points(xs, ys, self.labels, self.classification, Edit(self.token, (was,), ((index, x, y),)))

    def without(self, indices: list[int]) -> Points:
        keep = np.ones(len(self.x), bool)
        keep[indices] = False
        gone = tuple((int(i), float(self.x[i]), float(self.y[i])) for i in sorted(set(indices)))
        return Points(self.x[keep], self.y[keep], self.labels[keep], self.classification, Edit(self.token, gone))

    def with_rows(self, indices: list[int], rows: list[tuple[float, float, int]]) -> Points:
        """The points `without(indices)` took away, back at their places (indices ascending)."""
        x, y, labels = self.x.tolist(), self.y.tolist(), self.labels.tolist()
        for i, (px, py, label) in zip(indices, rows):
            x.insert(i, px)
            y.insert(i, py)
            labels.insert(i, label)
        back = make_points(x, y, labels, self.classification)
        came = tuple((i, px, py) for i, (px, py, _label) in zip(indices, rows))
        return Points(back.x, back.y, back.labels, self.classification, Edit(self.token, added=came))


def make_points(x: ArrayLike, y: ArrayLike, labels: ArrayLike | None = None, classification: bool = False) -> Points:
    """A data set of copies of x, y and the labels (all 0 when not given)."""
    xs, ys = np.array(x, float).reshape(-1), np.array(y, float).reshape(-1)
    marks = np.zeros(len(xs), np.int64) if labels is None else np.asarray(labels).astype(np.int64).reshape(-1)
    return Points(xs, ys, marks, classification)


def empty(classification: bool = False) -> Points:
    return make_points([], [], None, classification)


def preset_points(name: str) -> Points:
    """A preset's points: (x, y), or (x1, x2) and labels for a classification preset."""
    p = preset(name)
    if p.classification:  # x holds the columns x1, x2 and y the labels
        return make_points(p.x[:, 0], p.x[:, 1], p.y, classification=True)
    return make_points(p.x, p.y)


def read_points_file(path: str, classification: bool) -> Points:
    """A CSV of points: x, y, or x1, x2, label. The columns decide the mode: a file of the other
    mode's columns is read in that mode, and when neither reading works the error of
    `classification`'s reading is the one raised (InputError). Labels are 0 … MAX_CLASSES − 1.
    Only a regular file is read."""
    check_regular_file(path)
    try:
        x, y = read_points(path, classification=classification, classes=MAX_CLASSES)
    except InputError as first:
        try:
            x, y = read_points(path, classification=not classification, classes=MAX_CLASSES)
        except InputError:
            raise first from None
        classification = not classification
    return make_points(x[:, 0], x[:, 1], y, True) if classification else make_points(x, y)
