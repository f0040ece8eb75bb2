"""The runner: runs, pauses, steps and resets the lesson's descent on a worker thread, finds the
exact answer off the GUI thread when it has no closed form, starts from a click on the
landscape and races the four optimizers. It works from `lesson.problem` and writes what it
finds back into the lesson (`record`, `set_exact`): it owns threads, not state.

Each thread gets `objective.copy()`, never the GUI thread's objective: an Objective keeps
work buffers. A change of the optimizer, its rate or the pace continues the descent where it
is (rule 4): the same epoch counter, a fresh optimizer state, and a run that was going goes on.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal, Slot

from lossexplorer.core import Descent, InputError, Objective
from lossexplorer.core.isolated import worth_isolating

from . import problem as problems
from .i18n import number, translate
from .race import RACE, Race, run_race
from .settings import SCHEDULE_FIELDS, STOP_FIELDS, FitSettings, changed_fields
from .worker import Chunk, FitThread, LatestJob, RunEnd, Snapshot

if TYPE_CHECKING:
    from .lesson import Lesson

#: how long a problem that needs a solve in a child process stands still before the solve starts
SETTLE_MS = 250


class Runner(QObject):
    """Drives the worker threads for one lesson."""

    runningChanged = Signal(bool)
    finished = Signal(object)  # the RunEnd of a run that ended by itself: at its last epoch, or diverged
    raceFinished = Signal(object)  # a Race

    def __init__(self, lesson: Lesson, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lesson = lesson
        self._fit = FitThread(self)
        self._fit.chunk.connect(self._on_chunk)
        self._fit.finished.connect(self._on_run_end)
        self.solver = LatestJob(self)
        self.solver.result.connect(self._on_solved)
        self.race_job = LatestJob(self)
        self.race_job.result.connect(self._on_race)
        self._race_cancel = threading.Event()  # set: the running race is no longer wanted
        self._descent: Descent | None = None  # what the worker advances; keeps the optimizer's state
        self._generation = 0  # the lesson's descent it belongs to
        self._objective: Objective | None = None  # the worker's copy of the problem's objective
        self._run_id = 0
        self._first_epoch = 0  # where this Run began: its last epoch follows the epochs setting
        self._step_to: int | None = None  # a Step's one epoch, which no setting moves
        self._running = False
        self._last: Snapshot | None = None  # where the running descent stood at its last record
        self._solve_later = QTimer(self)
        self._solve_later.setSingleShot(True)
        self._solve_later.setInterval(SETTLE_MS)
        self._solve_later.timeout.connect(self._submit_solve)
        lesson.problemChanged.connect(self._on_problem)
        lesson.descentReset.connect(self._on_descent_reset)
        lesson.paceChanged.connect(self._on_pace)
        self._solve()  # the first problem's exact answer, when it needs the solver

    @property
    def running(self) -> bool:
        return self._fit.running

    @property
    def busy(self) -> bool:
        """True while any background work (run, exact solve, race) is going."""
        return self.running or self.solver.busy or self.race_job.busy or self._solve_later.isActive()

    @property
    def descent(self) -> Descent | None:
        """The core's descent the worker advances (None until a run needs one)."""
        return self._descent

    # --- runs -----------------------------------------------------------------------------

    def toggle(self) -> None:
        if self.running:
            self.pause()
        else:
            self.run()

    def run(self) -> None:
        descent = self._ensure_descent()
        if descent is None:
            return
        if descent.diverged:
            self.lesson.say(translate("runner", "{what}. Reset, or lower the learning rate.").format(
                what=descent.message))
            return
        if self._ended(descent):
            return
        self._first_epoch, self._step_to = descent.epoch, None
        target = self._target()
        self._start(descent, target, self.lesson.settings.speed)
        self.lesson.say(translate("runner", "Running to epoch {epoch}…").format(epoch=target))

    def pause(self) -> None:
        if self.running:
            self._stop(take=True)
            self.lesson.say(translate("runner", "Paused at epoch {epoch}").format(epoch=self.lesson.descent.epoch))

    def step(self) -> None:
        """One epoch (a run going is paused instead)."""
        if self.running:
            self.pause()
            return
        descent = self._ensure_descent()
        if descent is not None and not descent.diverged and not self._ended(descent):
            self._step_to = descent.epoch + 1
            self._start(descent, self._step_to, 0.0)

    def _ended(self, descent: Descent) -> bool:
        """The stop rule ended this descent: say so rather than run (it would stop at once)."""
        if descent.stopped:
            self.lesson.say(translate("runner", "The stop rule ended the run: {why}. Reset, or turn the stop rule "
                                                "off.").format(why=descent.stop_reason))
        return descent.stopped

    def next_from(self) -> Snapshot | None:
        """Where the lesson's next epoch starts: the running descent's last record, the paused
        one's state, or a fresh optimizer state where the next run starts a descent afresh
        (None while a run's state at the lesson's epoch has not arrived). For the worked epoch."""
        lesson = self.lesson
        epoch = lesson.descent.epoch
        if self.running:
            last = self._last
            return last if last is not None and last.epoch == epoch else None
        d, settings = self._descent, lesson.settings
        if d is not None and d.epoch == epoch and d.optimizer == settings.optimizer_():  # not another optimizer's
            return Snapshot.of(d)
        beta = lesson.descent.coefficients
        rng = np.random.default_rng(settings.seed)
        return Snapshot(epoch, beta, settings.optimizer_().init(beta), rng.bit_generator.state)

    def reset(self) -> None:
        """Back to the start: β = 0 (or the start picked on the landscape), epoch 0."""
        self._stop(take=False)
        self.lesson.reset_descent()
        self.lesson.say(translate("runner", "Back to the start: epoch 0"))

    def start_from(self, chosen: tuple[float, float, int, int]) -> None:
        """A click on the landscape: start the descent at (β_i, β_j) and run from there."""
        bi, bj, i, j = chosen
        self._stop(take=False)
        beta = self.lesson.descent.coefficients.copy()
        beta[i], beta[j] = bi, bj
        self.lesson.start_at(beta)
        names = self.lesson.model.coefficient_names
        self.lesson.say(translate("runner", "Start set to {a} = {va}, {b} = {vb}").format(
            a=names[i], va=number(bi, ".4g"), b=names[j], vb=number(bj, ".4g")))
        self.run()

    def _target(self) -> int:
        """The run's last epoch: the epochs setting, or that many more once the descent is past it
        (a Step's: the one epoch after where it began)."""
        if self._step_to is not None:
            return self._step_to
        epochs = self.lesson.settings.epochs
        return epochs if self._first_epoch < epochs else self._first_epoch + epochs

    def _ensure_descent(self) -> Descent | None:
        """The core's descent from where the lesson's stands (made anew after a change of the
        problem or the optimizer: the epoch counter goes on, the optimizer's state starts afresh)."""
        if self._descent is None:
            problem, state, settings = self.lesson.problem, self.lesson.descent, self.lesson.settings
            if problem.objective is None:
                self.lesson.say(problem.why_not)
                return None
            if self._objective is None:
                self._objective = problem.objective.copy()
            try:
                descent = Descent(self._objective, settings.optimizer_(), state.coefficients, settings.seed,
                                  settings.schedule_(), settings.stop_())
            except InputError as exc:
                self.lesson.say(str(exc))
                return None
            descent.epoch = state.epoch
            self._descent, self._generation = descent, state.generation
        return self._descent

    def _start(self, descent: Descent, last_epoch: int, speed: float) -> None:
        self._last = Snapshot.of(descent)
        self._run_id = self._fit.start(descent, last_epoch, speed, self._generation)
        self._set_running(True)

    def _stop(self, take: bool) -> None:
        """Stop the worker (its last records arrive first); `take`: the lesson takes its state."""
        joined = self._halt()
        self._set_running(False)
        if take and joined:
            self._take_state()

    def _halt(self) -> bool:
        """Stop and join the worker; an end it had already posted is not taken as the run's end.
        A worker in the middle of a long epoch is let go of (False): the lesson keeps the last
        records it sent, and the next run starts a descent of its own from there."""
        self._run_id = 0
        if self._fit.stop():
            return True
        self._descent = self._objective = None  # the worker let go of still steps them
        return False

    def _take_state(self) -> None:
        """After the worker ended, its descent is the truth: the lesson takes its last state."""
        d = self._descent
        if d is not None:
            self.lesson.record(self._generation, np.array([d.epoch]), d.coefficients[None, :], np.array([d.value]))

    def _set_running(self, on: bool) -> None:
        if on != self._running:
            self._running = on
            self.runningChanged.emit(on)

    @Slot(object)
    def _on_chunk(self, chunk: Chunk) -> None:
        if chunk.generation == self._generation and chunk.last is not None:
            self._last = chunk.last
        self.lesson.record(chunk.generation, chunk.epochs, chunk.coefficients, chunk.objective)

    @Slot(object)
    def _on_run_end(self, end: RunEnd) -> None:
        if end.run_id != self._run_id or end.stopped:
            return
        self._stop(take=True)
        if end.diverged:
            self.lesson.descent.diverged = end.message
            self.lesson.say(translate("runner", "The run {what}. Lower the learning rate, then Reset.").format(
                what=end.message))
        elif end.reason:  # the stop rule: the verdict, then why it stopped (the status bar's last word)
            self.lesson.end_run()
            self.lesson.say(translate("runner", "The stop rule ended the run at epoch {epoch}: {why}").format(
                epoch=end.epoch, why=end.reason))
        elif self._step_to is not None:  # one epoch: where it stands, not a verdict on a run
            d = self.lesson.descent
            self.lesson.say(translate("runner", "Epoch {epoch}: {label} = {value}").format(
                epoch=d.epoch, label=self.lesson.problem.label, value=number(d.value, ".4g")))
        else:
            self.lesson.end_run()
        self.finished.emit(end)

    # --- what the lesson says -------------------------------------------------------------

    @Slot(str)
    def _on_problem(self, reason: str) -> None:
        """A new problem: the run on the old one stops, and so does a race; solve the new one."""
        if self.running:
            self._stop(take=False)
            self.lesson.say(translate("runner", "Run stopped because {reason}").format(reason=reason))
        self._descent = self._objective = None
        self._race_cancel.set()  # a race on the old problem would only be thrown away
        self._solve()

    @Slot()
    def _on_descent_reset(self) -> None:
        self._stop(take=False)
        self._descent = None

    @Slot(object, object)
    def _on_pace(self, old: FitSettings, new: FitSettings) -> None:
        """Rule 4: the same descent goes on, with a fresh optimizer state when the optimizer or
        its rate changed, and a run that was going keeps going, to the new last epoch."""
        fresh = old.optimizer_() != new.optimizer_() or old.seed != new.seed
        ruled = bool(changed_fields(old, new) & {*SCHEDULE_FIELDS, *STOP_FIELDS})
        if not self.running:
            if fresh:
                self._descent = None
            elif ruled:
                self._rule(new)
            return
        if self._halt():  # between two epochs; the run goes on below, so it stays "running"
            self._take_state()
        if fresh:
            self._descent = None
        elif ruled:
            self._rule(new)
        descent = self._ensure_descent()
        target = self._target()
        if descent is None or descent.epoch >= target:
            self._set_running(False)
            if descent is not None:
                self.lesson.end_run()
                self.finished.emit(RunEnd(self._run_id, self.lesson.generation, descent.epoch, False, "", False))
            return
        self._start(descent, target, 0.0 if self._step_to is not None else new.speed)

    def _rule(self, settings: FitSettings) -> None:
        """The same descent goes on under the new schedule and stop rule (its epoch is the schedule's t)."""
        if self._descent is not None:
            self._descent.switch(schedule=settings.schedule_(), stop=settings.stop_())

    # --- the exact answer and the race -------------------------------------------------------

    def _solve(self) -> None:
        """The exact answer on the solver thread when it has no closed form (the lesson has
        that one already); a newer problem or closing the window cancels it. A solve in a child
        process (HiGHS on many points) starts once the problem has stood still for SETTLE_MS:
        a drag would otherwise start, and kill, a process at every mouse move."""
        problem = self.lesson.problem
        self._solve_later.stop()
        self.solver.cancel()  # an answer for an older problem is not wanted: a child solving it ends now
        if problem.objective is None or problem.closed_form:
            return
        if worth_isolating(problem.objective):
            self._solve_later.start()
        else:
            self._submit_solve()

    def _submit_solve(self) -> None:
        problem = self.lesson.problem
        if problem.objective is None or problem.closed_form:
            return
        objective, cancel = problem.objective.copy(), threading.Event()
        self.solver.submit(lambda: problems.solve_exact(objective, cancel), problem.version, cancel)

    @Slot(object, object)
    def _on_solved(self, version: object, value: object) -> None:
        if isinstance(version, int):
            self.lesson.set_exact(version, value)

    def race(self) -> None:
        """gd, sgd, momentum and adam from the current start, computed off the GUI thread."""
        problem = self.lesson.problem
        if problem.objective is None:
            if len(self.lesson.points):
                self.lesson.say(problem.why_not)
            return
        settings, start = self.lesson.settings, self.lesson.descent.history.coefficients[0].copy()
        self._race_cancel.set()
        self._race_cancel = cancel = threading.Event()
        copies = [problem.objective.copy() for _ in RACE]
        exact = self.lesson.exact
        known = problem.value(exact) if exact is not None and np.all(np.isfinite(exact)) else None
        self.race_job.submit(lambda: run_race(copies, settings, start, cancel, known), problem.version)
        self.lesson.say(translate("runner", "Racing gd, sgd, momentum and adam…"))

    @Slot(object, object)
    def _on_race(self, version: object, value: object) -> None:
        if version != self.lesson.problem.version or value is None:  # None: cancelled
            return
        if isinstance(value, Exception):
            self.lesson.say(translate("runner", "The race could not run: {why}").format(why=value))
            return
        assert isinstance(value, Race)
        self.raceFinished.emit(value)
        self.lesson.say(translate("runner", "The race: gd, sgd, momentum and adam, {epochs} epochs from one "
                                            "start").format(epochs=self.lesson.settings.epochs))

    def stop(self) -> None:
        """For good (the window closes): stop and join the run; cancel the solve and the race."""
        self._solve_later.stop()
        self._stop(take=False)
        self.solver.stop()
        self._race_cancel.set()
        self.race_job.stop()
