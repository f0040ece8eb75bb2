"""The stop rule: end a descent early when it has settled. Off unless a tolerance is given.

- J has settled: over the last K epochs (K + 1 records) J stayed within a band of relative
  width `tol`: max J − min J ≤ tol·max |J|. A band, not J_t against J_(t−K): a zig-zag
  that repeats every K epochs would pass that test without settling.
- The gradient is flat: ‖∇J‖ ≤ `grad_tol` (checked at the start too).
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass
from typing import ClassVar

import numpy as np
from numpy.typing import NDArray

from .parameters import Parameter, count, positive, short

Array = NDArray[np.float64]

STOP_TOL = positive("stop_tol", "tol", 1e-9, (1e-15, 1.0),
                    "stop when J changes by less than this (relative) over K epochs", "stop tolerance")
STOP_WINDOW = count("stop_window", "K", 10, 1_000_000, "the number of epochs J must stay settled", "stop window")
GRAD_TOL = positive("grad_tol", "‖∇J‖", 1e-8, (1e-15, 1e6), "stop when the gradient's norm falls to this",
                    "gradient tolerance")


@dataclass(frozen=True)
class StopRule:
    """When to stop early: J settled to `tol` over `window` epochs, or ‖∇J‖ ≤ `grad_tol`."""

    parameters: ClassVar[tuple[Parameter, ...]] = (STOP_TOL, STOP_WINDOW, GRAD_TOL)
    tol: float | None = None
    window: int = 10
    grad_tol: float | None = None

    def __post_init__(self) -> None:
        if self.tol is not None:
            STOP_TOL.check(self.tol)
        STOP_WINDOW.check(self.window)
        if self.grad_tol is not None:
            GRAD_TOL.check(self.grad_tol)

    @property
    def active(self) -> bool:
        return self.tol is not None or self.grad_tol is not None

    def watch(self) -> StopWatch:
        """A fresh watcher of one descent's records."""
        return StopWatch(self)


class StopWatch:
    """Follows J and ∇J record by record and says why to stop (or "")."""

    def __init__(self, rule: StopRule) -> None:
        self.rule = rule
        self.recent: deque[float] = deque(maxlen=rule.window + 1)

    def reason(self, value: float, grad: Array) -> str:
        """Take the next record's J and ∇J; the reason to stop after it, or ""."""
        rule = self.rule
        if rule.grad_tol is not None:
            norm = math.sqrt(float(np.dot(grad, grad)))
            if norm <= rule.grad_tol:
                return f"the gradient's norm {norm:.3g} fell below {short(rule.grad_tol)}"
        if rule.tol is not None:
            recent = self.recent
            recent.append(value)
            if len(recent) == recent.maxlen:
                high, low = max(recent), min(recent)
                if high - low <= rule.tol * max(abs(high), abs(low)):
                    epochs = "epoch" if rule.window == 1 else "epochs"
                    return f"J changed by less than {short(rule.tol)} (relative) over {rule.window} {epochs}"
        return ""
