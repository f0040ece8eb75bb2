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
from functools import cached_property

import numpy as np
from numpy.typing import ArrayLike, NDArray

from lossexplorer.core import DATASETS, InputError, preset, read_points
from lossexplorer.core.models import MAX_CLASSES

from .i18n import core_tr, translate
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
    #: True where a point is held out of J (train and test); None: every point trains
    held: NDArray[np.bool_] | None = field(default=None, repr=False)
    #: a hand edit of a split: the parent's training points when the edit left them as they were,
    #: else how it changed them (an Edit of the parent's training points), so J follows in O(k²)
    trained: Points | Edit | None = field(default=None, repr=False)
    #: what the canvas's axes say, with units ('temperature (°F)'); None: x and y (x1 and x2)
    axes: tuple[str, str] | None = None
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
                and np.array_equal(self.y, other.y) and np.array_equal(self.labels, other.labels)
                and np.array_equal(self.held_out, other.held_out))

    # --- train and test -----------------------------------------------------------------------

    @property
    def held_out(self) -> NDArray[np.bool_]:
        """The mask of the points held out (all False when none is)."""
        return np.zeros(len(self.x), bool) if self.held is None else self.held

    @property
    def split(self) -> bool:
        """True when some point is held out."""
        return self.held is not None and bool(self.held.any())

    @cached_property
    def training(self) -> Points:
        """The points J is built on: these points themselves when none is held out (the same value,
        so J's cache and a hand edit's O(k²) update still work), else a new value of those kept."""
        if not self.split:
            return self
        if isinstance(self.trained, Points):
            return self.trained
        keep = ~self.held_out
        edit = self.trained if isinstance(self.trained, Edit) else None
        return Points(self.x[keep], self.y[keep], self.labels[keep], self.classification, edit, axes=self.axes)

    def _child(self, x: Array, y: Array, labels: Labels, edit: Edit, held: NDArray[np.bool_] | None) -> Points:
        """The points a hand edit made of these, and, with a split, how it changed the training points."""
        trained: Points | Edit | None = None
        if self.split and held is not None and held.any():
            def kept(rows: tuple[Row, ...], mask: NDArray[np.bool_]) -> tuple[Row, ...]:
                """The rows of training points, at their index among the training points."""
                return tuple((i - int(np.count_nonzero(mask[:i])), px, py) for i, px, py in rows if not mask[i])

            removed, added = kept(edit.removed, self.held_out), kept(edit.added, held)
            parent = self.training
            trained = parent if not removed and not added else Edit(parent.token, removed, added)
        return Points(x, y, labels, self.classification, edit, held, trained, self.axes)

    @cached_property
    def test(self) -> Points:
        """The points held out (none when there is no split)."""
        held = self.held_out
        return Points(self.x[held], self.y[held], self.labels[held], self.classification, axes=self.axes)

    def with_held(self, held: NDArray[np.bool_] | None) -> Points:
        """The same points with another split (None or all False: none held out)."""
        mask = None if held is None or not np.any(held) else np.array(held, bool)
        return Points(self.x, self.y, self.labels, self.classification, None, mask, axes=self.axes)

    def _held_where(self, mask: NDArray[np.bool_] | None) -> NDArray[np.bool_] | None:
        return None if mask is None or not mask.any() else mask

    @property
    def classes(self) -> int:
        """The fewest classes its labels need: the largest label + 1, at least 2 (0 in regression)."""
        if not self.classification:
            return 0
        return max(2, int(self.labels.max()) + 1) if len(self.labels) else 2

    def of_classes(self, classes: int) -> Points:
        """The points whose labels exist among K classes (labels 0 … K − 1): a new data set."""
        keep = self.labels < classes
        held = None if self.held is None else self._held_where(self.held[keep])
        return Points(self.x[keep], self.y[keep], self.labels[keep], self.classification, None, held, axes=self.axes)

    def row(self, index: int) -> tuple[float, float, int]:
        return float(self.x[index]), float(self.y[index]), int(self.labels[index])

    def inserted(self, index: int, x: float, y: float, label: int = 0) -> Points:
        held = None if self.held is None else np.insert(self.held, index, False)
        return self._child(np.insert(self.x, index, x), np.insert(self.y, index, y),
                           np.insert(self.labels, index, label), Edit(self.token, added=((index, x, y),)), held)

    def moved(self, index: int, x: float, y: float) -> Points:
        xs, ys = self.x.copy(), self.y.copy()
        was = (index, float(xs[index]), float(ys[index]))
        xs[index], ys[index] = x, y
        return self._child(xs, ys, self.labels, Edit(self.token, (was,), ((index, x, y),)), self.held)

    def without(self, indices: list[int]) -> Points:
        keep = np.ones(len(self.x), bool)
        keep[indices] = False
        gone = tuple((int(i), float(self.x[i]), float(self.y[i])) for i in sorted(set(indices)))
        held = None if self.held is None else self._held_where(self.held[keep])
        return self._child(self.x[keep], self.y[keep], self.labels[keep], Edit(self.token, gone), held)

    def with_rows(self, indices: list[int], rows: list[tuple[float, float, int]],
                  held: list[bool] | None = None) -> Points:
        """The points `without(indices)` took away, back at their places (indices ascending),
        held out again where `held` says they were."""
        x, y, labels = self.x.tolist(), self.y.tolist(), self.labels.tolist()
        for i, (px, py, label) in zip(indices, rows):
            x.insert(i, px)
            y.insert(i, py)
            labels.insert(i, label)
        back = make_points(x, y, labels, self.classification)
        came = tuple((i, px, py) for i, (px, py, _label) in zip(indices, rows))
        mask = self.held_out.tolist()
        for i, was in zip(indices, held or [False] * len(indices)):
            mask.insert(i, was)
        return self._child(back.x, back.y, back.labels, Edit(self.token, added=came),
                           self._held_where(np.array(mask, bool)))


def make_points(x: ArrayLike, y: ArrayLike, labels: ArrayLike | None = None, classification: bool = False,
                axes: tuple[str, str] | None = None) -> Points:
    """A data set of copies of x, y and the labels (all 0 when not given)."""
    xs, ys = np.array(x, float).reshape(-1), np.array(y, float).reshape(-1)
    marks = np.zeros(len(xs), np.int64) if labels is None else np.asarray(labels).astype(np.int64).reshape(-1)
    return Points(xs, ys, marks, classification, axes=axes)


def empty(classification: bool = False) -> Points:
    return make_points([], [], None, classification)


def window_takes(name: str) -> str:
    """Why the window cannot show the preset `name` ('' when it can): more classes than it draws."""
    d = DATASETS.get(name)
    if d is not None and len(d.classes) > MAX_CLASSES:
        return translate("dataset", "{title} has {n} classes and the window draws {most} at most; "
                                    "try 'lossexplorer fit --preset {name} --loss crossentropy'").format(
            title=core_tr(d.title), n=len(d.classes), most=MAX_CLASSES, name=name)
    return ""


def preset_points(name: str) -> Points:
    """A preset's points: (x, y), or (x1, x2) and labels for a classification preset; a set of
    the catalogue brings its axes' names and units."""
    why_not = window_takes(name)
    if why_not:
        raise InputError(why_not)
    p = preset(name)
    d = DATASETS.get(name)
    axes = (d.x.title, d.y.title) if d is not None and d.group == "real" else None
    if p.classification:  # x holds the columns x1, x2 and y the labels
        return make_points(p.x[:, 0], p.x[:, 1], p.y, classification=True, axes=axes)
    return make_points(p.x, p.y, axes=axes)


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
