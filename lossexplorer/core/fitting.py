"""Gradient descent epoch by epoch: `Descent` (a run that can be stepped) and `fit`.

An epoch record holds the coefficients and J after that epoch; record 0 is the start.
When J or a coefficient stops being finite, or J grows past 1e12 times its start, the run
stops, says why, and keeps its last finite state.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

import numpy as np
from numpy.typing import NDArray

from .errors import InputError
from .losses import make_loss
from .models import make_model
from .objective import Objective
from .optimizers import Optimizer
from .penalties import Penalties

Array = NDArray[np.float64]
GROWTH_LIMIT = 1e12
#: the history `fit` keeps (β and J of every epoch) may take at most this many bytes
MAX_HISTORY_BYTES = 2**31


def make_objective(
    x: Any,
    y: Any,
    loss: str = "mse",
    model: str = "line",
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
    cap C without a weight gets weight 1.
    """
    the_loss = make_loss(loss, **loss_params)
    if cap is None:
        cap_weight = 0.0
    elif cap_weight is None:
        cap_weight = 1.0
    penalties = Penalties(cap=cap, cap_weight=cap_weight, l1=l1, l2=l2)
    return Objective(the_loss, make_model(model), x, y, reduction, penalties)


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
    """One optimizer run on one objective, advanced an epoch at a time with `step`."""

    def __init__(
        self,
        objective: Objective,
        optimizer: Optimizer,
        init: Sequence[float] | Array | None = None,
        seed: int = 0,
    ) -> None:
        self.objective = objective
        self.optimizer = optimizer
        self.rng = np.random.default_rng(seed)
        self.coefficients = start_coefficients(init, objective.n_coefficients)
        with np.errstate(all="ignore"):
            self.value, self._grad = objective.value_and_grad(self.coefficients)
        if not math.isfinite(self.value):
            raise InputError("the objective is not finite at the start; try a start closer to the data")
        self.start_value = self.value
        self._limit = GROWTH_LIMIT * self.value if self.value > 0 else math.inf
        self.epoch = 0
        self.diverged = False
        self.message = ""
        self._state = optimizer.init(self.coefficients)

    @property
    def record(self) -> Record:
        return Record(self.epoch, self.coefficients, self.value)  # β arrays are never changed in place

    def step(self) -> bool:
        """Run one epoch. On divergence keep the last finite state and return False."""
        with np.errstate(all="ignore"):
            return self._advance()

    def records(self, epochs: int) -> Iterator[Record]:
        """Step up to `epochs` times, yielding each new record; stops early on divergence."""
        for _ in range(epochs):
            if not self.step():
                return
            yield self.record

    def _advance(self) -> bool:
        """`step` without its floating-point error state (callers set it once for a loop)."""
        if self.diverged:
            return False
        opt, obj = self.optimizer, self.objective
        beta, state = self.coefficients, self._state
        if opt.stochastic:
            for idx in opt.batches(obj.n, self.rng):
                _, grad = obj.batch_value_and_grad(beta, idx)
                beta, state = opt.update(beta, grad, state)
        else:
            beta, state = opt.update(beta, self._grad, state)
        value, grad = obj.value_and_grad(beta)
        if not (math.isfinite(value) and math.isfinite(float(np.add.reduce(beta))) and value <= self._limit):
            self.diverged = True
            self.message = self._divergence_message(self._divergence(beta, value))
            return False
        self.coefficients, self._state, self.value, self._grad = beta, state, value, grad
        self.epoch += 1
        return True

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

    @property
    def epochs_run(self) -> int:
        return len(self.objective) - 1

    @property
    def final_objective(self) -> float:
        return float(self.objective[-1])


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
    model: str = "line",
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
    **objective_options: Any,
) -> FitResult:
    """Run `optimizer` for `epochs` epochs on the objective named by `loss`, `model` and options.

    Options are those of `make_objective`: reduction, cap, cap_weight, l1, l2 and the loss's
    parameters (delta, quantile, alpha, gamma).
    """
    if isinstance(epochs, bool) or not isinstance(epochs, (int, np.integer)) or epochs < 0:
        raise InputError(f"epochs must be a whole number, 0 or more, got {epochs!r}")
    objective = make_objective(x, y, loss, model, **objective_options)
    check_history_size(epochs, objective.n_coefficients)
    opt = Optimizer(optimizer, float(lr), batch_size, momentum, beta1, beta2, eps)
    run = Descent(objective, opt, init, seed)
    path = np.empty((epochs + 1, objective.n_coefficients))
    values = np.empty(epochs + 1)
    path[0], values[0] = run.coefficients, run.value
    with np.errstate(all="ignore"):
        for epoch in range(1, epochs + 1):
            if not run._advance():
                break
            path[epoch], values[epoch] = run.coefficients, run.value
    done = run.epoch + 1
    return FitResult(
        coefficients=run.coefficients.copy(),
        path=path[:done].copy() if done < len(path) else path,
        objective=values[:done].copy() if done < len(values) else values,
        diverged=run.diverged,
        message=run.message,
        max_stable_lr=objective.max_stable_lr(),
        problem=objective,
    )
