"""The records of the current descent, kept in growable arrays (no per-point data)."""

from __future__ import annotations

import csv
import io

import numpy as np
from numpy.typing import NDArray

Array = NDArray[np.float64]


class History:
    """Epoch numbers, coefficients and J of every record since the last start."""

    def __init__(self, k: int) -> None:
        self.generation = 0
        self.reset(k, np.zeros(k), float("nan"))

    def reset(self, k: int, start: Array, value: float) -> None:
        """Start again from `start` (record 0); chunks of earlier runs are ignored from now on."""
        self.generation += 1
        self._epochs = np.zeros(1024, dtype=np.int64)
        self._coefs = np.zeros((1024, k))
        self._values = np.zeros(1024)
        self._n = 0
        self.append(np.array([0]), np.asarray(start, float)[None, :], np.array([value]))

    def append(self, epochs: NDArray[np.int64], coefs: Array, values: Array) -> None:
        m = len(epochs)
        if self._n + m > len(self._epochs):
            size = max(2 * len(self._epochs), self._n + m)
            self._epochs = np.resize(self._epochs, size)
            self._coefs = np.resize(self._coefs, (size, self._coefs.shape[1]))
            self._values = np.resize(self._values, size)
        self._epochs[self._n : self._n + m] = epochs
        self._coefs[self._n : self._n + m] = coefs
        self._values[self._n : self._n + m] = values
        self._n += m

    def __len__(self) -> int:
        return self._n

    @property
    def epochs(self) -> NDArray[np.int64]:
        return self._epochs[: self._n]

    @property
    def coefficients(self) -> Array:
        return self._coefs[: self._n]

    @property
    def objective(self) -> Array:
        return self._values[: self._n]

    @property
    def last_epoch(self) -> int:
        return int(self._epochs[self._n - 1])


def coefficient_order(names: tuple[str, ...]) -> list[int]:
    """The columns' order: m before c for a line, as the blog writes it; β0, β1, … otherwise."""
    return [1, 0] if names == ("c", "m") else list(range(len(names)))


def history_csv(history: History, names: tuple[str, ...], label: str) -> str:
    """The epoch log at full precision (repr), with a header: epoch, each coefficient, J."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    order = coefficient_order(names)
    writer.writerow(["epoch", *(names[i] for i in order), label])
    for e, row, v in zip(history.epochs.tolist(), history.coefficients.tolist(), history.objective.tolist()):
        writer.writerow([e, *(repr(row[i]) for i in order), repr(v)])
    return out.getvalue()
