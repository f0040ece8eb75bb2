"""An exact solve that can be stopped at once: `solve_objective` in a child process.

HiGHS cannot be interrupted in the middle of a call, and the exact linear program of MAE on
10⁶ points takes minutes. `IsolatedSolve.run()` blocks until the answer is there, solving in
a child process when the problem is large enough to be worth the child's start-up (see
ISOLATE_ABOVE); `cancel()`, from any thread, kills the child at once and joins it, and
`run()` then returns the Solution `solve_objective` gives when cancelled (method
"cancelled", coefficients NaN). Small solves run in this process, where the cancel event
stops the iterative solvers at their next iteration.

The child is started with the spawn method (a fresh interpreter: forking a process that
runs Qt threads is unsafe) and gets the objective's inputs (x, y, the loss's name and
parameters, the model with its K classes, the reduction, the penalties), never its work
buffers. It points its stdin, stdout and stderr at the null device as its first act, and on
Linux it is killed with its parent, so it never holds a closing app's pipes or outlives it.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import numpy as np

from .losses import make_loss
from .models import Model
from .objective import Objective
from .penalties import Penalties
from .softmax import objective_of
from .solve import Solution, solve_objective

#: solves that may call HiGHS run in a child process from this many points on: below it the
#: linear program takes less time than the child takes to start (see benchmarks/README.md)
ISOLATE_ABOVE = 20_000
#: how often `run()` looks at a cancel event it was given (cancel() itself needs no wait)
POLL_SECONDS = 0.05


@dataclass(frozen=True)
class _Inputs:
    """What the child needs to build the same Objective: plain arrays, names and numbers."""

    x: np.ndarray
    y: np.ndarray
    loss: str
    loss_params: dict[str, float]
    model: Model
    reduction: str
    penalties: Penalties

    @classmethod
    def of(cls, obj: Objective) -> _Inputs:
        return cls(obj.x, obj.y, obj.loss.name, obj.loss.params(), obj.model, obj.reduction, obj.penalties)

    def objective(self) -> Objective:
        loss = make_loss(self.loss, **self.loss_params)
        return objective_of(loss, self.model, self.x, self.y, self.reduction, self.penalties)


def calls_highs(obj: Objective) -> bool:
    """True when `solve_objective` may spend its time in HiGHS, which no cancel event can stop:
    the linear (and, to start from, quadratic) programs of piecewise-linear losses, and the
    existence checks of an unpenalised classification loss (is it separable?) or of counts
    (`existence`). The others stop at their next iteration when cancelled."""
    pen, loss = obj.penalties, obj.loss
    return loss.piecewise_linear or ((loss.unbounded_when_separable or loss.link == "log") and not pen.on_coefficients)


def worth_isolating(obj: Objective) -> bool:
    """True when a solve may run long enough in HiGHS that it must be stoppable at once."""
    return obj.n >= ISOLATE_ABOVE and calls_highs(obj)


def cancelled(obj: Objective) -> Solution:
    """The Solution of a solve that was stopped: what `solve_objective` returns when cancelled."""
    return Solution(np.full(obj.n_coefficients, np.nan), float("nan"), "cancelled", False, "cancelled")


class IsolatedSolve:
    """One solve of `obj`: `run()` blocks until its Solution; `cancel()` stops it at once.

    `isolate` forces the child process on or off (default: `worth_isolating(obj)`). A
    `cancel_event` set by someone else stops the solve too, within POLL_SECONDS.
    """

    def __init__(self, obj: Objective, *, isolate: bool | None = None, cancel_event: threading.Event | None = None):
        self.obj = obj
        self.isolate = worth_isolating(obj) if isolate is None else isolate
        self.event = cancel_event or threading.Event()
        self._lock = threading.Lock()
        self._process: Any = None
        #: set once the child has its inputs and is solving (never set for an in-process solve)
        self.started = threading.Event()
        #: the child's process id once it runs, and its exit code once it is reaped
        self.pid: int | None = None
        self.exit_code: int | None = None

    @property
    def cancelled(self) -> bool:
        return self.event.is_set()

    def cancel(self) -> None:
        """Stop the solve now: kill the child (if any) and reap it. Safe from any thread, twice."""
        self.event.set()
        with self._lock:
            process = self._process
            if process is not None:
                process.kill()  # SIGKILL: HiGHS holds nothing that needs a clean exit
                process.join()
                self.exit_code = process.exitcode

    def run(self) -> Solution:
        """The Solution, or `cancelled(obj)` once cancelled. Exceptions of the solve are raised here."""
        if self.cancelled:
            return cancelled(self.obj)
        if not self.isolate:
            solution = solve_objective(self.obj, self.event)
            return cancelled(self.obj) if self.cancelled else solution
        return self._run_in_child()

    def _run_in_child(self) -> Solution:
        import multiprocessing
        from multiprocessing.connection import wait

        context = multiprocessing.get_context("spawn")
        ours, theirs = context.Pipe(duplex=True)
        process = context.Process(target=_child, args=(theirs, os.getpid()), name="lossexplorer-solve", daemon=True)
        with self._lock:
            if self.cancelled:
                return cancelled(self.obj)
            with _main_script_hidden():
                process.start()
            self._process = process
            self.pid = process.pid
        theirs.close()
        try:
            ours.send(_Inputs.of(self.obj))
            while True:
                ready = wait([ours, process.sentinel], timeout=POLL_SECONDS)
                if self.cancelled:
                    self.cancel()
                    return cancelled(self.obj)
                if ours in ready:
                    kind, value = ours.recv()
                    if kind != "started":
                        break
                    self.started.set()
                    continue
                if process.sentinel in ready:
                    raise RuntimeError(f"the exact solve's process ended without an answer (exit {process.exitcode})")
        except (EOFError, OSError):  # the child was killed while we talked to it
            if self.cancelled:
                return cancelled(self.obj)
            raise RuntimeError(f"the exact solve's process ended without an answer (exit {process.exitcode})") from None
        finally:
            ours.close()
            with self._lock:
                process.join()
                self.exit_code = process.exitcode
                self._process = None
        if kind == "error":
            raise value
        assert isinstance(value, Solution)
        return value


def solve_isolated(obj: Objective, cancel: threading.Event | None = None) -> Solution:
    """`solve_objective(obj, cancel)`, in a child process when large: setting `cancel` ends it at once."""
    return IsolatedSolve(obj, cancel_event=cancel).run()


@contextmanager
def _main_script_hidden() -> Iterator[None]:
    """While a child starts: spawn runs the parent's main script again in the child unless the
    main module was started by name (python -m) or its script guards itself with `if __name__ ==
    "__main__"`. The child needs nothing from it, so a script without the guard (one that opens
    the window) is hidden from it rather than run twice."""
    main = sys.modules.get("__main__")
    path = getattr(main, "__file__", None)
    if main is None or getattr(main, "__spec__", None) is not None or path is None:
        yield
        return
    del main.__file__
    try:
        yield
    finally:
        main.__file__ = path


def _child(connection: Any, parent: int) -> None:
    """The child process: detach from the parent's terminal and pipes, solve, send the answer."""
    devnull = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(devnull, fd)
    os.close(devnull)
    _die_with(parent)
    try:
        inputs = connection.recv()
        connection.send(("started", None))
        result: tuple[str, Any] = ("ok", solve_objective(inputs.objective()))
    except Exception as exc:  # sent back and raised in the parent, as an in-process solve would
        try:
            import pickle

            pickle.dumps(exc)
            result = ("error", exc)
        except Exception:
            result = ("error", RuntimeError(f"{type(exc).__name__}: {exc}"))
    connection.send(result)
    connection.close()


def _die_with(parent: int) -> None:
    """Ask Linux to kill this process when its parent dies (a crashed or killed app)."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes
            import signal

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # the parent is already gone
        os._exit(1)
