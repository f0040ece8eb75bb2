"""The lesson: everything a lesson is made of, owned in one place, with no widgets.

One owner, views that subscribe (napari's ViewerModel is the pattern): the points with their
labels and mode, the settings, the pins, the other mode's memory, the problem built from them,
its exact answer, the descent (start, coefficients, epoch, history), the overlays, the
selection and the undo stack. Every change of the document is an undo command (commands.py)
that calls `apply`, which changes everything a step changes at once, rebuilds the problem at
most once, and starts the descent by the rules of the lesson:

1. a new data set (a preset, a file, clearing, a mode switch) takes the pins with it;
2. a change of the loss, its parameters, the model, a penalty or the reduction starts a new
   descent from the start point;
3. a hand edit of the points starts a new descent from the current coefficients;
4. a change of the optimizer, the learning rate, the epochs or the speed continues the descent
   (`paceChanged`: the runner goes on with a fresh optimizer state);
5. the history, the coefficients and the epoch always belong to one descent on one problem.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QUndoStack

from lossexplorer.core import InputError, Model, Objective, Solution, make_model, preset
from lossexplorer.core.holdout import hold_out

from . import verdict
from .commands import (
    AddPoint,
    Change,
    ChangeDocument,
    ChangeMyLine,
    ChangePins,
    ChangeSettings,
    ChangeSplit,
    MovePoint,
    RemovePoints,
)
from .dataset import Points, empty, make_points, preset_points, read_points_file
from .descent import DescentState
from .i18n import core_tr, preset_description, translate
from .limits import check_data, point_problem
from .modes import CLASS_OVERLAY_TITLES, CLASSIFICATION_START, FIRST_OVERLAYS, FIRST_PRESETS, ModeMemory
from .my_line_model import NO_LINE, MyLine, coefficients_for
from .pins import MAX_PINS, Pin, free_colour
from .problem import Objectives, Problem, adapted_rate, build_problem, pace_of
from .session import Session, pins_from_json, pins_to_json
from .settings import LOSSES, OPTIMIZER_FIELDS, PACED_FIELDS, PROBLEM_FIELDS, FitSettings, changed_fields

Array = NDArray[np.float64]


def paced(settings: FitSettings) -> tuple[object, ...]:
    """The settings a pace chooses."""
    return tuple(getattr(settings, name) for name in PACED_FIELDS)


class Lesson(QObject):
    """The lesson's state and the only way to change it; its signals say precisely what changed."""

    pointsChanged = Signal(bool)  # True: a new data set (rule 1); False: a hand edit (rule 3)
    settingsChanged = Signal(object, object)  # (old, new)
    pinsChanged = Signal()
    modeChanged = Signal(bool)  # True: classification
    problemChanged = Signal(str)  # a new problem (a new Objective), and why: a run on the old one must stop
    paceChanged = Signal(object, object)  # (old, new): only the optimizer or the pace changed (rule 4)
    descentReset = Signal()  # a new descent: epoch 0, a fresh history
    progressed = Signal()  # a run appended records
    exactChanged = Signal()  # the exact answer arrived from the solver (or there is none)
    overlaysChanged = Signal()
    selectionChanged = Signal(object)  # the selected point's index, or None
    newClassChanged = Signal(int)  # the class a left click adds
    message = Signal(str)  # a sentence for the status bar
    modifiedChanged = Signal(bool)  # the document differs from the last save
    myLineChanged = Signal()  # my line moved (a drag, a typed coefficient, undo) or went with its data
    myLineModeChanged = Signal(bool)  # my-line mode on or off

    def __init__(self, settings: FitSettings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        settings = settings or FitSettings()
        mode = settings.classification
        self.undo_stack = QUndoStack(self)
        self._points = empty(mode)
        self._settings = settings
        self._pins: tuple[Pin, ...] = ()
        self._mine = NO_LINE
        self._my_line_mode = False
        self._memory = ModeMemory(None, CLASSIFICATION_START if not mode else FitSettings())
        regression_overlays = dict(FIRST_OVERLAYS)
        class_overlays = {**FIRST_OVERLAYS, **dict.fromkeys(CLASS_OVERLAY_TITLES, True)}  # all of its own
        self._overlays, self._other_overlays = (class_overlays, regression_overlays) if mode else (
            regression_overlays, class_overlays)
        self._version = 0
        self._objectives = Objectives()
        self._problem = build_problem(self._points, settings, self._version, self._objectives)
        self._exact: Array | None = None
        self._exact_solution: Solution | None = None
        self.no_exact = ""  # why there is no exact answer, when the solver found none
        self.descent = DescentState(self._problem.model.n_coefficients)
        self._selected: int | None = None
        self._new_class = 0
        self._unsaved = False  # restored from an autosave: unsaved although the undo stack is clean
        self._was_modified = False
        self._edits = 0
        #: every pace the lesson chose (and the defaults): settings still at one of them follow new data
        self._paces = {paced(FitSettings())}
        self.split_seed = 0  # the seed of the last draw of held-out points: each draw takes the next
        self.said = ""  # the last sentence for the status bar
        self.message.connect(self._remember_said)
        self.undo_stack.cleanChanged.connect(self._announce_modified)
        self.load_preset(FIRST_PRESETS[mode], undoable=False)

    # --- the state ----------------------------------------------------------------------

    @property
    def points(self) -> Points:
        return self._points

    @property
    def classification(self) -> bool:
        return self._points.classification

    @property
    def settings(self) -> FitSettings:
        return self._settings

    @property
    def classes(self) -> int:
        """K, the number of classes in classification (0 in regression)."""
        return self._settings.classes

    @property
    def pins(self) -> tuple[Pin, ...]:
        return self._pins

    @property
    def problem(self) -> Problem:
        return self._problem

    @property
    def model(self) -> Model:
        return self._problem.model

    @property
    def objective(self) -> Objective | None:
        """J for the GUI thread (a worker takes `objective.copy()`)."""
        return self._problem.objective

    @property
    def exact(self) -> Array | None:
        return self._exact

    @property
    def generation(self) -> int:
        """Which descent this is (records of an older one are not taken)."""
        return self.descent.generation

    @property
    def overlays(self) -> dict[str, bool]:
        return dict(self._overlays)

    @property
    def selected(self) -> int | None:
        return self._selected

    @property
    def new_class(self) -> int:
        return self._new_class

    # --- the one primitive: the undo commands apply changes with it ----------------------

    def apply(self, change: Change) -> None:
        """Change points, settings, pins and the other mode's memory at once; rebuild the problem
        at most once and start the descent by the rules. Edits go through the editing methods,
        which push the undo commands that call this."""
        old_points, old_settings, old_pins = self._points, self._settings, self._pins
        points = old_points if change.points is None else change.points
        settings = old_settings if change.settings is None else change.settings
        if settings.classification != points.classification:
            raise ValueError(f"the model {settings.model} does not fit this data set")
        self._points, self._settings = points, settings
        if change.pins is not None:
            self._pins = change.pins
        if change.memory is not None:
            self._memory = change.memory
        self._edits += 1
        if points.classification != old_points.classification:
            self._overlays, self._other_overlays = self._other_overlays, self._overlays
            self.modeChanged.emit(points.classification)
            self.overlaysChanged.emit()
        if change.points is not None:
            selected = self._selected
            if not change.edit or (selected is not None and selected >= len(points)):
                self.select(None)
            self.pointsChanged.emit(not change.edit)
        fields = changed_fields(old_settings, settings)
        if fields:
            if self._new_class >= max(settings.classes, 2):  # that class went: new points go to class 0
                self._new_class = 0
                self.newClassChanged.emit(0)
            self.settingsChanged.emit(old_settings, settings)
        if change.pins is not None and change.pins != old_pins:
            self.pinsChanged.emit()
        new_problem = bool(fields & set(PROBLEM_FIELDS))
        if change.points is not None or new_problem:
            self._new_problem(change, from_current=change.edit and not new_problem)
        elif fields:
            if fields & set(OPTIMIZER_FIELDS):
                self.descent.diverged = ""  # a fresh optimizer goes on from the last finite state
            self.paceChanged.emit(old_settings, settings)
        if change.mine is not None and change.mine != self._mine:
            self._mine = change.mine
            self.myLineChanged.emit()
        self._announce_modified()

    def _new_problem(self, change: Change, from_current: bool) -> None:
        old_model = self._problem.model
        self._version += 1
        problem = self._problem = build_problem(self._points, self._settings, self._version, self._objectives)
        descent = self.descent
        if change.start is not None:
            descent.start = np.array(change.start, float)
        elif problem.model != old_model:  # another model, or the softmax model of another K
            descent.start = np.zeros(problem.model.n_coefficients)
        if change.coefficients is not None:
            beta = change.coefficients
        else:
            beta = descent.coefficients if from_current else descent.start
        self._set_exact_solution(None)
        try:
            self._set_exact_solution(problem.exact_now())
        except InputError as exc:  # an answer floats cannot hold
            self.no_exact = translate("lesson", "No exact answer: {why}").format(why=exc)
        descent.begin(beta, problem.value(beta))
        if change.edit:  # the reason, as a sentence of its own and after "Run stopped because"
            said = translate("lesson", "The points changed: a new descent starts from the current fit, epoch 0")
            reason = translate("lesson", "the points changed: a new descent starts from the current fit, epoch 0")
        elif change.points is not None:
            said = translate("lesson", "The data set changed: a new descent starts from the start, epoch 0")
            reason = translate("lesson", "the data set changed: a new descent starts from the start, epoch 0")
        else:
            said = translate("lesson", "The settings changed: a new descent starts from the start, epoch 0")
            reason = translate("lesson", "the settings changed: a new descent starts from the start, epoch 0")
        self.message.emit(said)
        if problem.objective is None and len(self._points):
            self.message.emit(problem.why_not)  # the core refused the data (or every point is held out): say why
        self.problemChanged.emit(reason)
        self.descentReset.emit()

    # --- the descent (not undoable: the runner drives it) ----------------------------------

    def reset_descent(self) -> None:
        """Back to the start point: epoch 0."""
        self.descent.begin(self.descent.start, self._problem.value(self.descent.start))
        self.descentReset.emit()

    def start_at(self, beta: Array) -> None:
        """A new start point (a click on the landscape), and a new descent from it."""
        self.descent.start = np.array(beta, float)
        self.reset_descent()

    def record(self, generation: int, epochs: NDArray[np.int64], coefficients: Array, values: Array) -> None:
        """A run's records (see `DescentState.record`)."""
        if self.descent.record(generation, epochs, coefficients, values):
            self.progressed.emit()

    def _set_exact_solution(self, solution: Solution | None) -> None:
        self._exact_solution, self.no_exact = solution, ""
        self._exact = None if solution is None else np.asarray(solution.coefficients, float)

    @property
    def exact_solution(self) -> Solution | None:
        """The exact answer with its stable predictions (`Solution.predict`) and KKT violation."""
        return self._exact_solution

    def end_run(self) -> None:
        """A run ended at its last epoch: say how far J is from the exact answer's, whether it
        zig-zags and why, and what helps (verdict.py); the readouts show it too."""
        d, problem = self.descent, self._problem
        exact = self._exact if self._exact is not None and np.all(np.isfinite(self._exact)) else None
        exact_value = problem.value(exact) if exact is not None else None
        objective = problem.objective
        corners = objective is not None and objective.loss.piecewise_linear
        judged = verdict.judge(d.history.objective, exact_value, d.epoch, d.coefficients, exact)
        said, d.verdict = verdict.sentences(judged, problem.label, corners, self._settings.optimizer)
        self.message.emit(said)

    def set_exact(self, version: int, value: object) -> None:
        """The solver's answer for problem `version` (an exception when it failed)."""
        if version != self._problem.version:
            return
        if isinstance(value, Exception):
            self.message.emit(translate("lesson", "The exact answer could not be found: {why}").format(why=value))
            return
        assert isinstance(value, Solution)
        if np.all(np.isfinite(value.coefficients)):
            self._set_exact_solution(value)
        else:  # separable classes without a penalty: there is none
            self.no_exact = translate("lesson", "No exact answer: {why}").format(why=value.message)
            self.message.emit(self.no_exact)
        self.exactChanged.emit()

    # --- editing the points ---------------------------------------------------------------

    def add_point(self, x: float, y: float, other_class: bool = False) -> None:
        """A point at (x, y); in classification of the chosen class (the next one with `other_class`)."""
        label = (self._new_class + int(other_class)) % self.classes if self.classification else 0
        if self._refused(x, y, len(self._points) + 1):
            return
        self.undo_stack.push(AddPoint(self, x, y, label))
        self.select(len(self._points) - 1)

    def drag_point(self, index: int, x: float, y: float) -> None:
        """A drag in progress: the point follows the mouse (one undo step when it ends); it stops
        where the core's limits would refuse it."""
        if self._refused(x, y, len(self._points)):
            return
        self.apply(Change(points=self._points.moved(index, x, y), edit=True))

    def _refused(self, x: float, y: float, n: int) -> bool:
        """True (and said) when a point at (x, y) among n would take the data past the core's limits."""
        problem = point_problem(x, y, n, self._settings.model)
        if problem:
            self.message.emit(translate("lesson", "No point there: {why}").format(why=problem))
        return bool(problem)

    def finish_drag(self, index: int, old: tuple[float, float], new: tuple[float, float]) -> None:
        if point_problem(*new, len(self._points), self._settings.model):
            new = self._points.row(index)[:2]  # where the drag stopped
        if old != new:
            self.undo_stack.push(MovePoint(self, index, old, new))
        objective = self._problem.objective
        if objective is not None and objective.edits:  # J followed the drag by updates: gather it afresh
            self._objectives.exact()
            self._new_problem(Change(points=self._points, edit=True), from_current=True)

    def remove_points(self, indices: list[int]) -> None:
        if indices:
            self.undo_stack.push(RemovePoints(self, indices))
            self.select(None)

    def delete_selected(self) -> bool:
        if self._selected is None:
            self.message.emit(translate("lesson", "Click a point first to select it, or right-click a point to "
                                                  "remove it"))
            return False
        self.remove_points([self._selected])
        return True

    def select(self, index: int | None) -> None:
        index = index if index is not None and 0 <= index < len(self._points) else None
        if index != self._selected:
            self._selected = index
            self.selectionChanged.emit(index)

    # --- train and test (each one undo step; a new data set has no split) ----------------------

    def hold_out(self, fraction: float) -> None:
        """Hold out a random `fraction` of the points, drawn afresh (a new seed) each time."""
        if len(self._points) < 2:
            self.message.emit(translate("lesson", "Holding out points needs at least two: one to train on, one "
                                                  "to test"))
            return
        self.split_seed += 1
        held = hold_out(len(self._points), fraction, self.split_seed)
        self._push_split(translate("lesson", "hold out {share}").format(share=f"{fraction:.0%}"), held)
        test = self._points.test
        self.message.emit(translate("lesson", "Held out {held} of {n} points (seed {seed}): hollow, they never enter J "
                                              "or the gradient").format(held=len(test), n=len(self._points),
                                                                        seed=self.split_seed))

    def hold_out_none(self) -> None:
        """Every point back in J."""
        if self._points.split:
            self._push_split(translate("lesson", "hold out none"), None)
            self.message.emit(translate("lesson", "Every point is a training point again"))

    def toggle_held(self, index: int | None = None) -> None:
        """Hold point `index` (the selected one when None) out of J, or take it back in."""
        index = self._selected if index is None else index
        if index is None or not 0 <= index < len(self._points):
            self.message.emit(translate("lesson", "Select a point first (click it), then T holds it out"))
            return
        held = self._points.held_out.copy()
        held[index] = not held[index]
        n = index + 1
        if held[index]:
            self._push_split(translate("lesson", "hold out point {n}").format(n=n), held)
            self.message.emit(translate("lesson", "Point {n} held out: it no longer enters J or the "
                                                  "gradient").format(n=n))
        else:
            self._push_split(translate("lesson", "train on point {n}").format(n=n), held)
            self.message.emit(translate("lesson", "Point {n} a training point again").format(n=n))

    def _push_split(self, text: str, held: NDArray[np.bool_] | None) -> None:
        self.undo_stack.push(ChangeSplit(self, text, self._points.held, held))

    # --- new data sets ------------------------------------------------------------------------

    def clear_points(self) -> None:
        if len(self._points):
            self._new_data(empty(self.classification), translate("lesson", "clear points"), undoable=True,
                           adapt_lr=False)

    def load_preset(self, name: str, undoable: bool = True, adapt_lr: bool = True) -> None:
        said = self._new_data(preset_points(name), translate("lesson", "preset {name}").format(name=name), undoable,
                              adapt_lr)
        self.message.emit(translate("lesson", "Preset {name}: {description}{said}").format(
            name=name, description=preset_description(name, preset(name).description), said=said))

    def open_points_file(self, path: str, undoable: bool = True, adapt_lr: bool = True) -> None:
        """A CSV of points (see `read_points_file`: its columns decide the mode); a bad file
        raises InputError and changes nothing."""
        self.open_points(read_points_file(path, self.classification), path, undoable, adapt_lr)

    def open_points(self, points: Points, path: str, undoable: bool = True, adapt_lr: bool = True) -> None:
        """Points read from the file `path`: refused (InputError) past the limits, else the new data set."""
        self.check_limits(points, path)
        said = self._new_data(points, translate("lesson", "open {path}").format(path=path), undoable, adapt_lr)
        self.message.emit(translate("lesson", "Opened {path}: {n} points{said}").format(path=path, n=len(points),
                                                                                      said=said))

    def replace_points(self, x: Array, y: Array, text: str, labels: Array | None = None,
                       undoable: bool = True, axes: tuple[str, str] | None = None) -> None:
        """New data (random points, a script's, an imported sheet's columns): with labels, (x1, x2)
        points of classes; `axes` names the axes."""
        points = make_points(x, y, labels, labels is not None, axes)
        self.check_limits(points, text)
        said = self._new_data(points, text, undoable, adapt_lr=True)
        self.message.emit(f"{text}{said}")

    def check_limits(self, points: Points, source: str) -> None:
        """Refuse (InputError naming `source`) points the core would refuse for the model they get."""
        same = points.classification == self.classification
        settings = self._settings if same else self._memory.settings
        check_data(*points.data(), settings.model, source)

    def switch_mode(self, classification: bool) -> None:
        """Regression or classification, as one undoable step: the other mode's points come back
        (the first time, its preset), and its settings."""
        if classification == self.classification:
            return
        kept = self._memory.points
        points = kept if kept is not None and len(kept) else preset_points(FIRST_PRESETS[classification])
        if classification:
            self._new_data(points, translate("lesson", "switch to classification"), True, False)
            self.message.emit(translate("lesson", "Classification: left-click adds a point of the chosen class, "
                                                  "Shift+click the next"))
        else:
            self._new_data(points, translate("lesson", "switch to regression"), True, False)
            self.message.emit(translate("lesson", "Regression: left-click adds a point (x, y)"))

    def set_classes(self, classes: int) -> None:
        """K classes, as one undoable step: the points whose labels still exist stay (a new data
        set: the pins go), and the model becomes softmax:K (the cross-entropy past two classes)."""
        if not self.classification or classes == self.classes:
            return
        before = Change(points=self._points, settings=self._settings, pins=self._pins)
        points = self._points.of_classes(classes)
        gone = len(self._points) - len(points)
        after = Change(points=points, settings=self._settings.with_classes(classes), pins=())
        self.undo_stack.push(ChangeDocument(self, translate("lesson", "{k} classes").format(k=classes), before, after))
        if self._new_class >= classes:
            self.set_new_class(0)
        loss = core_tr(LOSSES[self._settings.loss].title)
        if gone:
            self.message.emit(translate("lesson", "{k} classes: {loss}; {gone} points of the classes past {last} went "
                                                  "(Undo brings them back)").format(k=classes, loss=loss, gone=gone,
                                                                                    last=classes - 1))
        else:
            self.message.emit(translate("lesson", "{k} classes: {loss}").format(k=classes, loss=loss))

    def _new_data(self, points: Points, text: str, undoable: bool, adapt_lr: bool) -> str:
        """A new data set: one step that drops the pins and, when the mode changes, brings that
        mode's settings and keeps this one's. Returns what a lowered learning rate has to say."""
        before = Change(points=self._points, settings=self._settings, pins=self._pins, memory=self._memory,
                        mine=self._mine)
        if points.classification != self.classification:
            settings, memory = self._memory.settings, ModeMemory(self._points, self._settings)
        else:
            settings, memory = self._settings, self._memory
        if points.classification and len(points):  # K: as many classes as the new labels need
            settings = settings.with_classes(points.classes)
        said = ""
        if adapt_lr:
            settings, said = self._pace(points, settings)
        after = Change(points=points, settings=settings, pins=(), memory=memory, mine=NO_LINE)  # my guess goes too
        command = ChangeDocument(self, text, before, after)
        if undoable:
            self.undo_stack.push(command)
        else:
            command.redo()
        return said

    def _pace(self, points: Points, settings: FitSettings) -> tuple[FitSettings, str]:
        """The settings for new data, and what to say of them: a pace a class can watch (pace.py)
        while the person has not chosen their own; else theirs, with a rate lowered if it would
        diverge."""
        if paced(settings) in self._paces:
            pace = pace_of(points, settings, self._objectives)
            if pace is not None:
                settings = settings.with_(optimizer=pace.optimizer, lr=pace.lr, epochs=pace.epochs, speed=pace.speed)
                self._paces.add(paced(settings))
                return settings, f". {pace.sentence()}"
        return adapted_rate(points, settings, self._objectives)

    # --- settings and pins ----------------------------------------------------------------

    def change_settings(self, settings: FitSettings, undoable: bool = True) -> None:
        if settings == self._settings:
            return
        if settings.classification != self.classification:  # a mode is switched with its data
            raise ValueError(f"the model {settings.model} does not fit this data set")
        command = ChangeSettings(self, self._settings, settings)
        if undoable:
            self.undo_stack.push(command)
        else:
            command.redo()

    def pin(self, mine: bool = False) -> None:
        """Keep the current fit (or, with `mine`, my line) as a labelled line to compare with others."""
        if len(self._pins) >= MAX_PINS:
            self.message.emit(translate("lesson", "At most {n} pins: remove one first").format(n=MAX_PINS))
            return
        label, beta = self._settings.label(), self.descent.coefficients.copy()
        if mine:
            label = translate("lesson", "my boundary") if self.classification else translate("lesson", "my line")
            beta = self.my_line
        pin = Pin(label, free_colour(self._pins), self.model, beta)
        self.undo_stack.push(ChangePins(self, translate("lesson", "pin {label}").format(label=pin.label), self._pins,
                                        (*self._pins, pin)))

    def unpin(self, row: int | None = None) -> None:
        """Remove pin `row` (the last one when None)."""
        if not self._pins:
            return
        row = len(self._pins) - 1 if row is None or row < 0 else row
        if row < len(self._pins):
            new = self._pins[:row] + self._pins[row + 1 :]
            text = translate("lesson", "remove pin {label}").format(label=self._pins[row].label)
            self.undo_stack.push(ChangePins(self, text, self._pins, new))

    # --- my line: the student's own guess (issue 16) -----------------------------------------

    @property
    def mine(self) -> MyLine:
        """My line as placed (NO_LINE before the first placing, and after new data)."""
        return self._mine

    @property
    def my_line(self) -> Array:
        """My coefficients for the current model: as placed, else the flat first guess p = ȳ."""
        points = self._points
        return coefficients_for(self._mine, self.model, points.x, points.y, points.labels)

    @property
    def my_line_mode(self) -> bool:
        return self._my_line_mode

    def set_my_line(self, beta: Array, text: str = "") -> None:
        """My line at `beta` (for the current model), one undo step (`text`, else "place my line")."""
        new = MyLine.of(self.model, beta)
        if new != self._mine and np.all(np.isfinite(beta)):
            self.undo_stack.push(ChangeMyLine(self, text or translate("lesson", "place my line"), self._mine, new))

    def drag_my_line(self, beta: Array) -> None:
        """A drag in progress: my line follows the mouse (one undo step when it ends)."""
        if np.all(np.isfinite(beta)):
            self.apply(Change(mine=MyLine.of(self.model, beta)))

    def finish_my_line_drag(self, old: MyLine, text: str) -> None:
        if old != self._mine:
            self.undo_stack.push(ChangeMyLine(self, text, old, self._mine))  # its redo finds it there already

    def set_my_line_mode(self, on: bool) -> None:
        if on != self._my_line_mode:
            self._my_line_mode = on
            self.myLineModeChanged.emit(on)

    # --- what the views show (not part of the undo history) ---------------------------------

    def set_overlay(self, name: str, on: bool) -> None:
        if self._overlays.get(name) != on:
            self._overlays[name] = on
            self.overlaysChanged.emit()

    def set_new_class(self, label: int) -> None:
        """The class a left click adds (one of the K shown)."""
        if label != self._new_class and 0 <= label < max(self.classes, 2):
            self._new_class = label
            self.newClassChanged.emit(label)
            other = (label + 1) % max(self.classes, 2)
            self.message.emit(translate("lesson", "A left click now adds a class-{label} point (Shift+click: class "
                                                  "{other})").format(label=label, other=other))

    def say(self, text: str) -> None:
        """A sentence for the status bar, from anyone working on the lesson."""
        self.message.emit(text)

    @Slot(str)
    def _remember_said(self, text: str) -> None:
        self.said = text

    # --- sessions and the modified mark --------------------------------------------------

    def to_session(self, view: dict[str, Any], copy: bool = True) -> Session:
        """The document as a session; `view` is the window's part (tab, range). Without `copy` it
        holds the points' own arrays (never changed in place: another thread may write them)."""
        points = self._points
        labels = points.labels.astype(float) if points.classification else None
        d = self.descent
        x, y = (points.x.copy(), points.y.copy()) if copy else (points.x, points.y)
        mine = self._mine
        my_line = ({"model": mine.model, "coefficients": list(mine.coefficients), "shown": self._my_line_mode}
                   if mine.placed or self._my_line_mode else None)
        return Session(x, y, self._settings, d.start.tolist(), d.coefficients.tolist(),
                       pins_to_json(self._pins), {**view, "overlays": self.overlays}, labels, my_line=my_line,
                       held=points.held_out.copy() if points.split else None)

    def open_session(self, session: Session) -> None:
        """Everything a session holds: points, settings, pins, the fit and the overlays (the window
        restores the view). The undo history starts again."""
        self.undo_stack.clear()
        memory = self._memory
        if session.classification != self.classification:
            memory = ModeMemory(self._points, self._settings)
        points = make_points(session.x, session.y, session.labels, session.classification).with_held(session.held)
        my_line = session.my_line or {}
        mine = MyLine(my_line.get("model", ""), tuple(my_line.get("coefficients", ())))
        self.apply(Change(points=points, settings=session.settings, pins=pins_from_json(session.pins), memory=memory,
                          start=np.array(session.start, float), coefficients=np.array(session.coefficients, float),
                          mine=mine))
        self.set_my_line_mode(bool(my_line.get("shown", False)))
        for name, on in (session.view.get("overlays") or {}).items():
            if name in self._overlays and name != "exact" and isinstance(on, bool):  # revealed by the teacher only
                self._overlays[name] = on
        self.overlaysChanged.emit()
        self.mark_saved()

    def new_lesson(self) -> None:
        """A fresh lesson, as the window opens: the first regression preset at its pace, no pins,
        nothing kept of the other mode. The undo history starts again."""
        self.undo_stack.clear()
        name = FIRST_PRESETS[False]
        points, settings = preset_points(name), FitSettings()
        self._paces = {paced(settings)}
        k = make_model(settings.model).n_coefficients
        self.apply(Change(points=points, settings=settings, pins=(), memory=ModeMemory(None, CLASSIFICATION_START),
                          start=np.zeros(k), coefficients=np.zeros(k), mine=NO_LINE))
        self.mark_saved()
        pace = pace_of(points, settings, self._objectives)
        said = f". {pace.sentence()}" if pace is not None else ""
        self.message.emit(translate("lesson", "A new lesson: preset {name}, {description}{said}").format(
            name=name, description=preset_description(name, preset(name).description), said=said))

    def is_modified(self) -> bool:
        return self._unsaved or not self.undo_stack.isClean()

    def edit_version(self) -> int:
        """Counts every change, so the autosave knows when there is something new."""
        return self._edits

    def mark_saved(self) -> None:
        self._unsaved = False
        self.undo_stack.setClean()
        self._announce_modified()

    def mark_unsaved(self) -> None:
        """Restored work that no file holds yet."""
        self._unsaved = True
        self._announce_modified()

    @Slot()
    def _announce_modified(self) -> None:
        modified = self.is_modified()
        if modified != self._was_modified:
            self._was_modified = modified
            self.modifiedChanged.emit(modified)
