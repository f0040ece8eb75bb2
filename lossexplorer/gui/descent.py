"""The descent the lesson shows: where it started, where it is, and every record since."""

from __future__ import annotations

import math

import numpy as np
from numpy.typing import NDArray

from .history import History

Array = NDArray[np.float64]


class DescentState:
    """One descent on one problem: the start point, the coefficients and J now, the records
    since epoch 0 and how it diverged, if it did. The lesson starts it; the runner's records
    come in through `Lesson.record`."""

    def __init__(self, k: int) -> None:
        self.start = np.zeros(k)  # β = 0, or the start picked on the landscape
        self.coefficients = np.zeros(k)
        self.value = math.nan  # J at the coefficients
        self.history = History(k)
        self.diverged = ""  # how the run diverged, once it has
        self.verdict = ""  # what the last run's end said of it (until the descent moves on)

    @property
    def epoch(self) -> int:
        return self.history.last_epoch

    @property
    def generation(self) -> int:
        """Which descent this is: records of an older one are not taken."""
        return self.history.generation

    def begin(self, beta: Array, value: float) -> None:
        """A new descent at β, where J is `value`: epoch 0."""
        self.coefficients = np.array(beta, float)
        self.value = value
        self.history.reset(len(self.coefficients), self.coefficients, value)
        self.diverged = self.verdict = ""

    def record(self, generation: int, epochs: NDArray[np.int64], coefficients: Array, values: Array) -> bool:
        """Take a run's records when they belong to this descent and are new."""
        if generation != self.history.generation or not len(epochs):
            return False
        new = epochs > self.history.last_epoch  # a chunk may arrive after a pause took the state
        if not new.any():
            return False
        self.history.append(epochs[new], coefficients[new], values[new])
        self.verdict = ""
        self.coefficients, self.value = np.array(coefficients[-1], float), float(values[-1])
        return True
