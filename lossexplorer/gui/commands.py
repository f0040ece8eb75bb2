"""The undo commands: every change of a lesson's document is one of these on its undo stack.

A command holds what it needs to go both ways and applies it with `Lesson.apply(Change)`, the
one primitive that changes the document; the lesson then rebuilds the problem once and starts
the descent by the rules of the lesson. A hand edit keeps only the point it touched, so a
million points cost no memory per edit; a drag is one command, pushed when it ends.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray
from PySide6.QtGui import QUndoCommand

from .dataset import Points
from .i18n import number, translate
from .modes import ModeMemory
from .my_line_model import MyLine
from .pins import Pin
from .settings import FitSettings, changed_fields

if TYPE_CHECKING:
    from .lesson import Lesson

Array = NDArray[np.float64]


@dataclass(frozen=True, eq=False)
class Change:
    """What one step changes, all at once: None leaves a part as it is."""

    points: Points | None = None
    settings: FitSettings | None = None
    pins: tuple[Pin, ...] | None = None
    memory: ModeMemory | None = None
    #: a hand edit of the points (rule 3: the descent goes on from the current coefficients);
    #: otherwise new points are a new data set (rule 1: the selection goes, the view reframes)
    edit: bool = False
    #: where the new descent starts and stands (a session): the start point and the coefficients
    start: Array | None = None
    coefficients: Array | None = None
    #: the student's own line (my-line mode); NO_LINE takes it away
    mine: MyLine | None = None

    def parts(self) -> set[str]:
        return {f.name for f in fields(self) if f.name != "edit" and getattr(self, f.name) is not None}


class AddPoint(QUndoCommand):
    def __init__(self, lesson: Lesson, x: float, y: float, label: int = 0) -> None:
        at = {"x": number(x, ".3g"), "y": number(y, ".3g")}
        super().__init__(translate("commands", "add a class-{label} point ({x}, {y})").format(label=label, **at)
                         if lesson.classification else translate("commands", "add point ({x}, {y})").format(**at))
        self.lesson, self.x, self.y, self.label = lesson, x, y, label
        self.index = len(lesson.points)

    def redo(self) -> None:
        points = self.lesson.points.inserted(self.index, self.x, self.y, self.label)
        self.lesson.apply(Change(points=points, edit=True))

    def undo(self) -> None:
        self.lesson.apply(Change(points=self.lesson.points.without([self.index]), edit=True))


class MovePoint(QUndoCommand):
    """A whole drag: from where the point was to where it was let go."""

    def __init__(self, lesson: Lesson, index: int, old: tuple[float, float], new: tuple[float, float]) -> None:
        super().__init__(translate("commands", "move point {n}").format(n=index + 1))
        self.lesson, self.index, self.old, self.new = lesson, index, old, new

    def _put(self, at: tuple[float, float]) -> None:
        points = self.lesson.points
        if (float(points.x[self.index]), float(points.y[self.index])) != at:  # a drag has put it there already
            self.lesson.apply(Change(points=points.moved(self.index, *at), edit=True))

    def redo(self) -> None:
        self._put(self.new)

    def undo(self) -> None:
        self._put(self.old)


class RemovePoints(QUndoCommand):
    def __init__(self, lesson: Lesson, indices: list[int]) -> None:
        self.indices = sorted(set(indices))
        n = len(self.indices)
        super().__init__(translate("commands", "remove point {n}").format(n=self.indices[0] + 1) if n == 1 else
                         translate("commands", "remove {n} points").format(n=n))
        self.lesson = lesson
        self.rows = [lesson.points.row(i) for i in self.indices]
        self.held = [bool(lesson.points.held_out[i]) for i in self.indices]

    def redo(self) -> None:
        self.lesson.apply(Change(points=self.lesson.points.without(self.indices), edit=True))

    def undo(self) -> None:
        points = self.lesson.points.with_rows(self.indices, self.rows, self.held)
        self.lesson.apply(Change(points=points, edit=True))


class ChangeSplit(QUndoCommand):
    """Points held out of J, or back in it (train and test): one step per toggle or per draw."""

    def __init__(self, lesson: Lesson, text: str, old: NDArray[np.bool_] | None, new: NDArray[np.bool_] | None) -> None:
        super().__init__(text)
        self.lesson, self.old, self.new = lesson, old, new

    def redo(self) -> None:
        self.lesson.apply(Change(points=self.lesson.points.with_held(self.new), edit=True))

    def undo(self) -> None:
        self.lesson.apply(Change(points=self.lesson.points.with_held(self.old), edit=True))


class ChangeDocument(QUndoCommand):
    """A new data set (a preset, a file, clearing, a mode switch): points, settings, pins and the
    other mode's memory, from one state to another."""

    def __init__(self, lesson: Lesson, text: str, before: Change, after: Change) -> None:
        super().__init__(text)
        self.lesson, self.before, self.after = lesson, before, after

    def redo(self) -> None:
        self.lesson.apply(self.after)

    def undo(self) -> None:
        self.lesson.apply(self.before)


class ChangeSettings(QUndoCommand):
    """New settings. Edits of one setting in a row (a slider's drag, a spin box's steps) merge
    into one step."""

    ID = 1

    def __init__(self, lesson: Lesson, old: FitSettings, new: FitSettings) -> None:
        self.fields = changed_fields(old, new)
        names = ", ".join(sorted(self.fields))
        super().__init__(translate("commands", "change {settings}").format(settings=names))
        self.lesson, self.old, self.new = lesson, old, new

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ChangeSettings) or len(self.fields) != 1 or other.fields != self.fields:
            return False
        self.new = other.new
        if self.new == self.old:  # back where it was: the step goes
            self.setObsolete(True)
        return True

    def redo(self) -> None:
        self.lesson.apply(Change(settings=self.new))

    def undo(self) -> None:
        self.lesson.apply(Change(settings=self.old))


class ChangePins(QUndoCommand):
    def __init__(self, lesson: Lesson, text: str, old: tuple[Pin, ...], new: tuple[Pin, ...]) -> None:
        super().__init__(text)
        self.lesson, self.old, self.new = lesson, old, new

    def redo(self) -> None:
        self.lesson.apply(Change(pins=self.new))

    def undo(self) -> None:
        self.lesson.apply(Change(pins=self.old))


class ChangeMyLine(QUndoCommand):
    """My line from one place to another: a whole drag, or a typed coefficient."""

    def __init__(self, lesson: Lesson, text: str, old: MyLine, new: MyLine) -> None:
        super().__init__(text)
        self.lesson, self.old, self.new = lesson, old, new

    def redo(self) -> None:
        self.lesson.apply(Change(mine=self.new))

    def undo(self) -> None:
        self.lesson.apply(Change(mine=self.old))
