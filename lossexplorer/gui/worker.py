"""Background work: the optimizer run and the exact solves, each on its own QThread.

The fit worker advances a `core.Descent` epoch by epoch, checks a stop flag between
epochs, paces itself to the requested epochs per second, and sends the new records in
chunks at most about 60 times a second, always sending the last one. Widgets are touched
only on the GUI thread: the signals arrive there queued.

Stopping waits at most STOP_WAIT_MS for a run's thread to end (an epoch of stochastic descent with
batch size 1 on 10⁶ points takes 20 s) and JOB_WAIT_MS for a cancelled job's (the exact solve in
a child process ends at once; an iteration of one in this process, or a race's epoch, may not). A thread
still busy then is let go of: its signals are cut, it is kept in `_DETACHED` (a running QThread
must not be destroyed) and `join_detached` waits for it before the process ends; if it is
still running then, `exit_now` ends the process without destroying it (no abort).
"""

from __future__ import annotations

import atexit
import contextlib
import copy
import itertools
import os
import sys
import threading
import time
import weakref
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QThread, Signal, Slot

from lossexplorer.core import Descent

Array = NDArray[np.float64]
FRAME = 1.0 / 60.0
#: the worker's pause after each chunk: the GUI thread takes the GIL to draw it (~6% of a run)
YIELD = 0.001
#: every QThread this module started and has not yet joined (tests check it is empty)
LIVE_THREADS: weakref.WeakSet[QThread] = weakref.WeakSet()
#: how long a stop waits for a run's thread, and for a cancelled job's, to end before it lets go of it
STOP_WAIT_MS = 250
JOB_WAIT_MS = 100
#: stopped threads let go of while they finish their current epoch or iteration (with what runs on
#: them): held here, since a running QThread must not be destroyed, and joined by `join_detached`
_DETACHED: dict[QThread, object] = {}


def join_detached(timeout_ms: int = 10_000) -> bool:
    """Wait, `timeout_ms` in all, for the stopped threads still finishing; True when none is left."""
    deadline = time.monotonic() + timeout_ms / 1000
    for job in list(_DETACHED):
        left = max(0, round((deadline - time.monotonic()) * 1000))
        if job.wait(left):
            _DETACHED.pop(job, None)
    return not _DETACHED


def exit_now(status: int) -> None:
    """End the process with `status` at once, without tearing down Python (whose end would destroy
    a QThread still running and abort): for when `join_detached` found one that would not end."""
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:
            with contextlib.suppress(Exception):
                stream.flush()
    os._exit(status)


atexit.register(join_detached)  # any script that closed a window: Python must not destroy a running QThread


@dataclass(frozen=True)
class Snapshot:
    """Where a descent stands after a record: what its next epoch starts from (the worked epoch
    writes that epoch out from it on the GUI thread while the run goes on)."""

    epoch: int
    coefficients: Array
    state: Any  # the optimizer's state (velocity, running averages), a copy
    rng: Mapping[str, Any]  # the mini-batch generator's state (`bit_generator.state`)

    @staticmethod
    def of(descent: Descent) -> Snapshot:
        return Snapshot(descent.epoch, descent.coefficients, copy.deepcopy(descent.state),
                        descent.rng.bit_generator.state)

    def generator(self) -> np.random.Generator:
        """A generator in the state the next epoch draws its mini-batches from."""
        rng = np.random.default_rng()
        rng.bit_generator.state = dict(self.rng)
        return rng


@dataclass(frozen=True)
class Chunk:
    """Records produced since the last chunk (immutable once sent)."""

    generation: int
    epochs: NDArray[np.int64]
    coefficients: Array  # (m, k)
    objective: Array  # (m,)
    last: Snapshot | None = None  # the descent after the last record


@dataclass(frozen=True)
class RunEnd:
    run_id: int
    generation: int
    epoch: int
    diverged: bool
    message: str
    stopped: bool  # ended by stop() rather than by reaching its last epoch
    reason: str = ""  # why the stop rule ended it ("" when it did not)


class FitWorker(QObject):
    chunk = Signal(object)
    done = Signal(object)

    def __init__(self, descent: Descent, last_epoch: int, speed: float, generation: int, run_id: int) -> None:
        super().__init__()
        self.run_id = run_id
        self.descent = descent
        self.last_epoch = last_epoch
        self.speed = speed
        self.generation = generation
        self._stop = threading.Event()

    def request_stop(self) -> None:
        self._stop.set()

    @Slot()
    def run(self) -> None:
        run, stop = self.descent, self._stop
        epochs: list[int] = []
        coefs: list[Array] = []
        values: list[float] = []
        start_epoch, t0 = run.epoch, time.perf_counter()
        last_emit = t0
        while run.epoch < self.last_epoch and not stop.is_set():
            now = time.perf_counter()
            if self.speed > 0:
                due_at = t0 + (run.epoch + 1 - start_epoch) / self.speed
                if now < due_at:
                    stop.wait(min(due_at - now, FRAME))  # wakes at once on stop
                    continue
            if not run.step():
                break
            epochs.append(run.epoch)
            coefs.append(run.coefficients)
            values.append(run.value)
            if now - last_emit >= FRAME:
                self._send(epochs, coefs, values)
                epochs, coefs, values = [], [], []
                last_emit = now
                stop.wait(YIELD)  # leave the GIL to the GUI thread for a moment each frame
        self._send(epochs, coefs, values)
        self.done.emit(RunEnd(self.run_id, self.generation, run.epoch, run.diverged, run.message, stop.is_set(),
                              run.stop_reason))

    def _send(self, epochs: list[int], coefs: list[Array], values: list[float]) -> None:
        if epochs:
            last = Snapshot.of(self.descent)  # between two epochs: state and coefficients agree
            self.chunk.emit(Chunk(self.generation, np.array(epochs), np.array(coefs), np.array(values), last))


class FitThread(QObject):
    """Owns at most one running `FitWorker` and its thread; forwards their signals."""

    chunk = Signal(object)
    finished = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: QThread | None = None
        self._worker: FitWorker | None = None
        self._runs = itertools.count(1)

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self, descent: Descent, last_epoch: int, speed: float, generation: int) -> int:
        """Run `descent` up to `last_epoch` on a new thread; returns the run's id (see RunEnd)."""
        self.stop()
        thread = QThread()
        worker = FitWorker(descent, last_epoch, speed, generation, next(self._runs))
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.chunk.connect(self.chunk)
        worker.done.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        worker.done.connect(self._on_done)
        self._thread, self._worker = thread, worker
        LIVE_THREADS.add(thread)
        thread.start()
        return worker.run_id

    def stop(self, wait_ms: int = STOP_WAIT_MS) -> bool:
        """Ask the worker to stop between epochs and wait up to `wait_ms` for its thread to end;
        True when it did. Else the thread is let go of in the middle of an epoch: nothing it
        sends arrives, and its descent must not be used again (it is still stepping)."""
        thread, worker = self._thread, self._worker
        if thread is None or worker is None:
            return True
        worker.request_stop()
        thread.quit()
        joined = thread.wait(wait_ms)
        self._thread = self._worker = None
        if not joined:
            worker.chunk.disconnect(self.chunk)
            worker.done.disconnect(self._on_done)
            _DETACHED[thread] = worker  # its done signal still quits the thread
        # the worker's last chunks are already posted to us: deliver them now, so that when
        # stop() returns every record of the run (up to its last whole chunk) has arrived
        QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)
        return joined

    @Slot(object)
    def _on_done(self, end: RunEnd) -> None:
        if self._worker is not None and end.run_id == self._worker.run_id:
            thread = self._thread
            if thread is not None:
                thread.quit()
                thread.wait()
            self._thread = self._worker = None
        self.finished.emit(end)


class _Job(QThread):
    result = Signal(object, object)  # (token, value or exception)

    def __init__(self, fn: Callable[[], Any], token: object, cancel: threading.Event | None) -> None:
        super().__init__()
        self.fn, self.token, self.cancel = fn, token, cancel

    def run(self) -> None:
        try:
            value = self.fn()
        except Exception as exc:  # reported to the GUI thread, never lost
            value = exc
        self.result.emit(self.token, value)


class LatestJob(QObject):
    """Runs one function at a time off the GUI thread; a new request replaces a waiting one.

    A job submitted with a `cancel` event (that its function watches) is cancelled as soon as
    a newer request arrives or the owner stops: its answer would be thrown away anyway.
    """

    result = Signal(object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job: _Job | None = None
        self._pending: tuple[Callable[[], Any], object, threading.Event | None] | None = None
        self._stopped = False

    @property
    def busy(self) -> bool:
        return self._job is not None

    def submit(self, fn: Callable[[], Any], token: object, cancel: threading.Event | None = None) -> None:
        if self._stopped:  # the window is closing: a result that arrives late must not start more work
            return
        if self._job is not None:
            self._pending = (fn, token, cancel)
            if self._job.cancel is not None:
                self._job.cancel.set()
            return
        job = _Job(fn, token, cancel)
        job.result.connect(self._on_result)
        self._job = job
        LIVE_THREADS.add(job)
        job.start()

    def cancel(self) -> None:
        """Drop what is waiting and cancel the running job: no answer of theirs is wanted any more."""
        self._pending = None
        if self._job is not None and self._job.cancel is not None:
            self._job.cancel.set()

    @Slot(object, object)
    def _on_result(self, token: object, value: object) -> None:
        if self._stopped or self.sender() is not self._job:
            return  # posted before stop() joined its job: nobody wants it now
        if self._job is not None:
            self._job.wait()
            self._job.deleteLater()
        self._job = None
        pending, self._pending = self._pending, None
        if pending is not None:
            self.submit(*pending)
        else:
            self.result.emit(token, value)

    def stop(self) -> None:
        """For good (the window is closing): drop what is waiting, cancel the running job, wait up
        to JOB_WAIT_MS for it and take no more work. An exact solve in a child process ends at
        once; a job still busy then (an iteration of a solve, an epoch of a race) is let go of and
        `join_detached` waits for it."""
        self._stopped = True
        self._pending = None
        job, self._job = self._job, None
        if job is None:
            return
        job.result.disconnect(self._on_result)
        if job.cancel is not None:
            job.cancel.set()
        if job.wait(JOB_WAIT_MS):
            job.deleteLater()
        else:
            _DETACHED[job] = None
