"""Gradient descent epoch by epoch: `Descent` (a run that can be stepped) and `fit`.

An epoch record holds the coefficients and J after that epoch; record 0 is the start.
When J or a coefficient stops being finite, or J grows past 1e12 times its start, the run
stops, says why, and keeps its last finite state. A learning-rate schedule sets each
epoch's rate; a stop rule (off by default) ends a settled run early and says why.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import numpy as np
from numpy.typing import NDArray

from .errors import InputError
from .losses import make_loss
from .models import make_model
from .objective import Objective
from .optimizers import Optimizer, make_optimizer
from .parameters import INF, Parameter
from .penalties import Penalties
from .schedules import Constant, Schedule, make_schedule
from .softmax import objective_of
from .stopping import StopRule

Array = NDArray[np.float64]
GROWTH_LIMIT = 1e12
#: the history `fit` keeps (β and J of every epoch) may take at most this many bytes
MAX_HISTORY_BYTES = 2**31
#: a run's settings: how many epochs (a window's run takes at least one), and the seed of the sgd shuffle
EPOCHS = Parameter("epochs", "E", 1000, 0, INF, "how many epochs a run performs (one epoch: one pass over the data)",
                   (1, 1_000_000), 1, (True, False), True)
SEED = Parameter("seed", "seed", 0, 0, INF, "the seed of the sgd shuffle", (0, 2**63 - 1), 1, (True, False), True)


def make_objective(
    x: Any,
    y: Any,
    loss: str = "mse",
    model: str | None = None,
    *,
    reduction: str | None = None,
    cap: float | None = None,
    cap_weight: float | None = None,
    l1: float = 0.0,
    l2: float = 0.0,
    **loss_params: float | None,
) -> Objective:
    """The objective J for a data set, by the names used on the command line.

    `loss_params` are the loss's parameters (delta, quantile, ...: see `LOSS_PARAMETERS`); a
    cap C without a weight gets weight 1. The model is the loss's own (`default_model`) unless
    another is named.
    """
    the_loss = make_loss(loss, **loss_params)
    if cap is None:
        cap_weight = 0.0
    elif cap_weight is None:
        cap_weight = 1.0
    penalties = Penalties(cap=cap, cap_weight=cap_weight, l1=l1, l2=l2)
    the_model = make_model(the_loss.default_model if model is None else model)
    return objective_of(the_loss, the_model, x, y, reduction, penalties)


class Record(NamedTuple):
    """The state after an epoch (epoch 0: the start)."""

    epoch: int
    coefficients: Array
    objective: float


def start_coefficients(init: Sequence[float] | Array | None, k: int) -> Array:
    """The starting β: all zeros unless given; its length must match the model."""
    if init is None:
        return np.zeros(k)
    beta = np.array(init, dtype=float).reshape(-1)
    if beta.shape != (k,):
        raise InputError(f"the start needs {k} coefficients, got {beta.size}")
    if not np.all(np.isfinite(beta)):
        raise InputError("the start coefficients must be finite numbers")
    return beta


class Descent:
    """One optimizer run on one objective, advanced an epoch at a time with `step`.

    Epoch t + 1 steps at the schedule's rate for t (t = `epoch`, the epochs run so far).
    `switch` goes on with another optimizer, rate, schedule or stop rule.
    """

    def __init__(
        self,
        objective: Objective,
        optimizer: Optimizer,
        init: Sequence[float] | Array | None = None,
        seed: int = 0,
        schedule: Schedule | None = None,
        stop: StopRule | None = None,
    ) -> None:
        self.objective = objective
        self.rng = np.random.default_rng(seed)
        self.coefficients = start_coefficients(init, objective.n_coefficients)
        with np.errstate(all="ignore"):
            self.value, self._grad = objective.value_and_grad(self.coefficients)
        if not math.isfinite(self.value):
            raise InputError("the objective is not finite at the start; try a start closer to the data")
        self.start_value = self.value
        self._limit = GROWTH_LIMIT * self.value if self.value > 0 else math.inf
        self.epoch = 0
        self.optimizer = optimizer
        self.schedule: Schedule = schedule or Constant()
        self.stop = stop or StopRule()
        self.switch(optimizer)

    @property
    def record(self) -> Record:
        return Record(self.epoch, self.coefficients, self.value)  # β arrays are never changed in place

    @property
    def gradient(self) -> Array:
        """∇J at the current coefficients (the direction of the next full-batch step)."""
        return self._grad

    @property
    def state(self) -> Any:
        """The optimizer's own state (velocity, running averages), as `optimizer.update` takes it."""
        return self._state

    @property
    def rate(self) -> float:
        """The learning rate of the next epoch."""
        return float(self.schedule.rate(self.optimizer.lr, self.epoch))

    def switch(
        self, optimizer: Optimizer | None = None, schedule: Schedule | None = None, stop: StopRule | None = None
    ) -> None:
        """Go on from the current coefficients with what is given, the rest unchanged.

        The epoch counter, the coefficients and J carry on (the schedule's t too); the
        optimizer's own state (velocity, running averages) starts afresh when an optimizer
        is given. A run that diverged or stopped can go on: it restarts from its last kept
        record. Call it between steps, never during one.
        """
        if optimizer is not None:
            self.optimizer = optimizer
            self._state = optimizer.init(self.coefficients)
        if schedule is not None:
            self.schedule = schedule
        if stop is not None:
            self.stop = stop
        self._scheduled = not self.schedule.constant
        self.diverged = self.stopped = False
        self.message = self.stop_reason = ""
        self._watch = self.stop.watch() if self.stop.active else None
        if self._watch is not None:
            self._check_stop(self.value, self._grad)

    def step(self) -> bool:
        """Run one epoch. False when the run cannot go on: it diverged (keeping its last
        finite state) or the stop rule ended it."""
        with np.errstate(all="ignore"):
            return self._advance()

    def records(self, epochs: int) -> Iterator[Record]:
        """Step up to `epochs` times, yielding each new record; ends early on divergence or a stop."""
        for _ in range(epochs):
            if not self.step():
                return
            yield self.record

    def _advance(self) -> bool:
        """`step` without its floating-point error state (callers set it once for a loop)."""
        if self.diverged or self.stopped:
            return False
        opt, obj = self.optimizer, self.objective
        beta, state = self.coefficients, self._state
        lr = self.schedule.rate(opt.lr, self.epoch) if self._scheduled else None
        if opt.stochastic:
            for idx in opt.batches(obj.n, self.rng):
                _, grad = obj.batch_value_and_grad(beta, idx)
                beta, state = opt.update(beta, grad, state, lr)
        else:
            beta, state = opt.update(beta, self._grad, state, lr)
        value, grad = obj.value_and_grad(beta)
        if not (math.isfinite(value) and math.isfinite(float(np.add.reduce(beta))) and value <= self._limit):
            self.diverged = True
            self.message = self._divergence_message(self._divergence(beta, value))
            return False
        self.coefficients, self._state, self.value, self._grad = beta, state, value, grad
        self.epoch += 1
        if self._watch is not None:
            self._check_stop(value, grad)
        return True

    def _check_stop(self, value: float, grad: Array) -> None:
        assert self._watch is not None
        reason = self._watch.reason(value, grad)
        if reason:
            self.stopped = True
            self.stop_reason = reason
            self.message = f"stopped after epoch {self.epoch}: {reason}"

    def _divergence(self, beta: Array, value: float) -> str:
        if not np.all(np.isfinite(beta)):
            return "a coefficient stopped being finite"
        if not math.isfinite(value):
            return "J stopped being finite"
        return "J grew past 1e12 times its start"

    def _divergence_message(self, reason: str) -> str:
        text = f"diverged in epoch {self.epoch + 1}: {reason}; kept epoch {self.epoch}"
        limit = self.objective.max_stable_lr()
        if limit is not None and self.optimizer.name == "gd":
            text += f" (largest stable learning rate for gd: {limit:.4g}; this run used {self.optimizer.lr:g})"
        return text


@dataclass(frozen=True)
class FitResult:
    """The outcome of `fit`: the final coefficients and the history of every epoch."""

    coefficients: Array
    path: Array  # (epochs_run + 1, k); row 0 is the start
    objective: Array  # (epochs_run + 1,)
    diverged: bool
    message: str
    max_stable_lr: float | None
    problem: Objective
    optimizer: Optimizer | None = None
    schedule: Schedule = field(default_factory=Constant)
    stop_reason: str = ""  # why the stop rule ended the run early; "" when it did not

    @property
    def epochs_run(self) -> int:
        return len(self.objective) - 1

    @property
    def final_objective(self) -> float:
        return float(self.objective[-1])

    @property
    def stopped(self) -> bool:
        return bool(self.stop_reason)

    def rates(self) -> Array:
        """The learning rate of each epoch 1 … epochs_run (for the loss curve's rate axis)."""
        lr = self.optimizer.lr if self.optimizer is not None else math.nan
        return np.asarray(self.schedule.rate(lr, np.arange(self.epochs_run)), dtype=float)


def check_history_size(epochs: int, k: int) -> None:
    """Refuse, before allocating it, a history of (epochs + 1)·(k + 1) floats past MAX_HISTORY_BYTES."""
    size = (int(epochs) + 1) * (k + 1) * 8
    if size > MAX_HISTORY_BYTES:
        most = MAX_HISTORY_BYTES // ((k + 1) * 8) - 1
        raise InputError(
            f"{epochs} epochs would keep a history of {size / 2**30:.3g} GiB (β and J of every epoch); "
            f"at most {most} epochs for {k} coefficients"
        )


def fit(
    x: Any,
    y: Any,
    loss: str = "mse",
    model: str | None = None,
    optimizer: str = "gd",
    lr: float = 0.01,
    epochs: int = 100,
    init: Sequence[float] | Array | None = None,
    seed: int = 0,
    *,
    batch_size: int | None = None,
    momentum: float = 0.9,
    beta1: float = 0.9,
    beta2: float = 0.999,
    eps: float = 1e-8,
    schedule: Schedule | str | None = None,
    stop: StopRule | None = None,
    **objective_options: Any,
) -> FitResult:
    """Run `optimizer` for `epochs` epochs on the objective named by `loss`, `model` and options.

    Options are those of `make_objective`: reduction, cap, cap_weight, l1, l2 and the loss's
    parameters (delta, quantile, alpha, gamma). `schedule` is a `Schedule` or a schedule's name
    (with its defaults); `stop` a `StopRule` that may end the run before `epochs`.
    """
    if isinstance(epochs, bool) or not isinstance(epochs, (int, np.integer)) or epochs < 0:
        raise InputError(f"epochs must be a whole number, 0 or more, got {epochs!r}")
    objective = make_objective(x, y, loss, model, **objective_options)
    check_history_size(epochs, objective.n_coefficients)
    opt = make_optimizer(optimizer, float(lr), batch_size=batch_size, momentum=momentum, beta1=beta1, beta2=beta2,
                         eps=eps)
    the_schedule = make_schedule(schedule) if isinstance(schedule, str) else schedule
    run = Descent(objective, opt, init, seed, the_schedule, stop)
    path = np.empty((epochs + 1, objective.n_coefficients))
    values = np.empty(epochs + 1)
    path[0], values[0] = run.coefficients, run.value
    with np.errstate(all="ignore"):
        for epoch in range(1, epochs + 1):
            if not run._advance():
                break
            path[epoch], values[epoch] = run.coefficients, run.value
            if run.stopped:
                break
    done = run.epoch + 1
    return FitResult(
        coefficients=run.coefficients.copy(),
        path=path[:done].copy() if done < len(path) else path,
        objective=values[:done].copy() if done < len(values) else values,
        diverged=run.diverged,
        message=run.message,
        max_stable_lr=objective.max_stable_lr(),
        problem=objective,
        optimizer=opt,
        schedule=run.schedule,
        stop_reason=run.stop_reason,
    )
