"""The race: gd, sgd, momentum and adam from one start, each with its own path and J per epoch,
and the epoch at which each came within 1% of the exact J (its finish)."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

from lossexplorer.core import Descent, Objective, solve_objective

from .pace import first_close
from .palette import GREEN, PURPLE, SKY_BLUE, VERMILLION
from .settings import FitSettings

Array = NDArray[np.float64]
RACE = (("gd", VERMILLION), ("sgd", SKY_BLUE), ("momentum", GREEN), ("adam", PURPLE))


@dataclass(frozen=True)
class Race:
    """The four optimizers' paths from one start, each with its own J per epoch."""

    start: Array
    paths: dict[str, Array]
    objective: dict[str, Array]
    exact: float | None = None  # the exact answer's J: the finish line (None when there is none)
    finish: dict[str, int | None] = field(default_factory=dict)  # the epoch each came within 1% of it
    speed: float = 0.0  # epochs per second to replay it at (the lesson's speed; 0: as fast as is watchable)


def run_race(objectives: list[Objective], settings: FitSettings, start: Array,
             cancel: threading.Event | None = None, exact: float | None = None) -> Race | None:
    """gd, sgd, momentum and adam, each with the panel's settings, from the same start, each on
    its own copy of the objective (one per optimizer, made on the GUI thread). `exact`: the
    exact J when the lesson knows it, else it is solved here (None when there is no minimum).

    `cancel`, polled every epoch, ends the race early with None (a close or a new problem
    must not wait for a million epochs).
    """
    paths, values = {}, {}
    for (name, _colour), objective in zip(RACE, objectives):
        s = settings.with_(optimizer=name)
        if name == "sgd":
            s = s.with_(batch_size=max(1, min(settings.batch_size, objective.n)))
        run = Descent(objective, s.optimizer_(), start, s.seed)
        path = np.empty((s.epochs + 1, run.objective.n_coefficients))
        value = np.empty(s.epochs + 1)
        path[0], value[0] = run.coefficients, run.value
        for record in run.records(s.epochs):
            if cancel is not None and cancel.is_set():
                return None
            path[record.epoch], value[record.epoch] = record.coefficients, record.objective
        paths[name], values[name] = path[: run.epoch + 1].copy(), value[: run.epoch + 1].copy()
    if exact is None:
        solution = solve_objective(objectives[0], cancel)
        exact = float(solution.objective) if np.all(np.isfinite(solution.coefficients)) else None
    if cancel is not None and cancel.is_set():
        return None
    finish = {name: None if exact is None else first_close(v, exact) for name, v in values.items()}
    return Race(start, paths, values, exact, finish, settings.speed)
