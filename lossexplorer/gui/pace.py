"""The pace of a run a class can watch: a learning rate, a number of epochs and a speed, chosen
from the data, under which the descent takes a few seconds to reach the exact answer.

Gradient descent on a squared loss is a linear map: with the Hessian H = Σ λ_k·v_k·v_kᵀ and the
start's offset from the minimum d = Σ c_k·v_k, after t epochs at rate η

    J(t) − J* = Σ ½·λ_k·c_k²·(1 − η·λ_k)^(2t),

so the epochs it takes to come within 1% of J* are known for any η without running. The pace
takes the rate at which that is about TARGET_EPOCHS (or, when even the fastest rate
2/(λ_min + λ_max) needs more, that fastest rate, rounded), and the speed at which those epochs
last about WATCH_SECONDS. Where plain gradient descent would need more than MAX_GD_EPOCHS
(x far from 0: a long, narrow valley), Adam is chosen, and the pace says why.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from lossexplorer.core import Descent, Objective, make_optimizer, solve_objective

from .i18n import number, translate

Array = NDArray[np.float64]

CLOSE = 0.01  # "on the answer": J within 1% of the exact J
TARGET_EPOCHS = 120  # epochs the descent should take to come close: enough to watch and talk over
WATCH_SECONDS = 5.0  # about this long on screen
MIN_SECONDS = 2.5  # and never shorter
MAX_GD_EPOCHS = 20_000  # beyond this gradient descent is not a lesson any more: Adam
MAX_EPOCHS = 1_000_000
#: the speeds (epochs per second) a pace may choose: each is one of the panel's choices
SPEEDS = (10, 30, 60, 250, 1000)
ADAM_TRIAL_EPOCHS = 20_000


def tolerance(exact_value: float, start_value: float) -> float:
    """How far above the exact J counts as on the answer: 1% of it, or, when the points lie
    (nearly) on the fit and J* is (nearly) 0, 1% of 1% of J at the start."""
    return CLOSE * max(exact_value, CLOSE * abs(start_value))


def first_close(values: Array, exact_value: float) -> int | None:
    """The first record (epoch) whose J is within the tolerance of the exact J, or None."""
    values = np.asarray(values, float)
    if not len(values):
        return None
    close = np.nonzero(values - exact_value <= tolerance(exact_value, values[0]))[0]
    return int(close[0]) if len(close) else None


@dataclass(frozen=True)
class Pace:
    """What a run should use on this data, and what to say about it."""

    optimizer: str
    lr: float
    epochs: int
    speed: float
    close_at: int  # the epoch at which J comes within 1% of the exact J
    stable: float | None = None  # 2/L, the largest stable rate for gradient descent
    why: str = ""  # why not gradient descent, when it is not

    def sentence(self) -> str:
        """What was chosen, for the status bar (in the window's language, its numbers the locale's)."""
        if self.optimizer == "adam":
            text = translate("pace", "Adam, learning rate {lr}, {epochs} epochs at {speed}/s: "
                                     "about {seconds} s to the answer")
        else:
            text = translate("pace", "Learning rate {lr}, {epochs} epochs at {speed}/s: "
                                     "about {seconds} s to the answer")
        text = text.format(lr=number(self.lr, "g"), epochs=number(self.epochs, ","), speed=number(self.speed, "g"),
                           seconds=number(self.close_at / self.speed, ".0f"))
        return f"{text}; {self.why}" if self.why else text


def nice_down(value: float) -> float:
    """`value` rounded down to one significant figure: 0.0047 → 0.004."""
    exp = math.floor(math.log10(value))
    mantissa = math.floor(value / 10.0**exp + 1e-9)
    return float(f"{max(mantissa, 1) * 10.0**exp:.1g}")


def nice_epochs(value: float) -> int:
    """The first of 100, 150, 200, 300, 400, 500, 600, 800, 1000, 1500, … not below `value`."""
    exp = max(2, math.floor(math.log10(max(value, 1.0))))
    for e in (exp, exp + 1):
        for mantissa in (1.0, 1.5, 2.0, 3.0, 4.0, 5.0, 6.0, 8.0):
            if mantissa * 10**e >= value:
                return min(int(mantissa * 10**e), MAX_EPOCHS)
    return MAX_EPOCHS


def watch_speed(epochs: int) -> float:
    """The one of SPEEDS at which `epochs` last nearest WATCH_SECONDS, and not under MIN_SECONDS."""
    fitting = [s for s in SPEEDS if epochs / s >= MIN_SECONDS] or [SPEEDS[0]]
    return float(min(fitting, key=lambda s: abs(math.log(epochs / s / WATCH_SECONDS))))


class Quadratic:
    """J of a squared loss (no cap, no L1) around its minimum, in the Hessian's eigenbasis."""

    def __init__(self, objective: Objective, start: Array) -> None:
        start = np.asarray(start, float)
        solution = solve_objective(objective)
        self.exact = float(solution.objective)
        self.start_value = float(objective.value(start))
        lam, vectors = np.linalg.eigh(objective.hessian(start))
        c = vectors.T @ (start - np.asarray(solution.coefficients, float))
        weight = 0.5 * np.maximum(lam, 0.0) * c * c
        self.tol = tolerance(self.exact, self.start_value)
        keep = weight > 1e-6 * self.tol  # directions the start is already on do not count
        self.lam, self.weight = lam[keep], weight[keep]

    def fastest_lr(self) -> float:
        """The rate that comes close in the fewest epochs: near 2/(λ_min + λ_max), lower when the
        steep direction's oscillation would outlast the slow one (searched on a log grid)."""
        if not len(self.lam):
            return math.inf
        rates = 2.0 / float(self.lam.max()) * np.geomspace(1e-4, 1.0, 400, endpoint=False)
        return float(rates[int(np.argmin(self.epochs_to_close_all(rates)))])

    def epochs_to_close_all(self, rates: Array) -> NDArray[np.int64]:
        """For each rate, the first epoch at which J − J* ≤ tol (MAX_EPOCHS + 1: never, or
        not within MAX_EPOCHS). The gap falls with t, so a bisection finds it for all at once."""
        rates = np.asarray(rates, float)
        with np.errstate(all="ignore"):
            log_factor = 2.0 * np.log(np.abs(1.0 - rates[:, None] * self.lam[None, :]))  # (rates, directions)

        def closed(t: NDArray[np.int64]) -> NDArray[np.bool_]:
            with np.errstate(all="ignore"):
                gap = np.sum(self.weight * np.exp(np.minimum(t[:, None] * log_factor, 700.0)), axis=1)
            return gap <= self.tol

        low = np.full(len(rates), -1, np.int64)  # not close at low (−1: before the start)
        high = np.full(len(rates), MAX_EPOCHS, np.int64)
        never = ~closed(high)
        while np.any(high - low > 1):
            mid = (low + high) // 2
            ok = closed(mid)
            high, low = np.where(ok, mid, high), np.where(ok, low, mid)
        return np.where(never, MAX_EPOCHS + 1, high)

    def epochs_to_close(self, lr: float) -> int | None:
        """The first epoch at which J − J* ≤ tol, or None (never, or past MAX_EPOCHS)."""
        epochs = int(self.epochs_to_close_all(np.array([lr]))[0])
        return None if epochs > MAX_EPOCHS else epochs


def choose_pace(objective: Objective, start: Array, stable: float | None) -> Pace | None:
    """The pace for this objective from `start` (None when it is not a plain squared loss,
    or when the start is already on the answer)."""
    if not objective.loss.squared or objective.penalties.capped or objective.penalties.l1:
        return None
    q = Quadratic(objective, start)
    fastest = q.fastest_lr()
    if not math.isfinite(fastest):
        return None
    quickest = q.epochs_to_close(fastest)
    if quickest is None or quickest == 0:
        return None if quickest == 0 else _adam_pace(objective, start, q, stable, None)
    if quickest <= TARGET_EPOCHS:
        rates = fastest * np.geomspace(1e-4, 1.0, 400)  # below the fastest, fewer epochs at a higher rate
        slow_enough = rates[q.epochs_to_close_all(rates) >= TARGET_EPOCHS]
        lr = nice_down(float(slow_enough[-1]) if len(slow_enough) else float(rates[0]))
    else:
        lr = nice_down(fastest * (1 - 1e-9))
    close_at = q.epochs_to_close(lr)
    if close_at is None or close_at > MAX_GD_EPOCHS:
        return _adam_pace(objective, start, q, stable, close_at)
    return Pace("gd", lr, nice_epochs(1.3 * close_at), watch_speed(close_at), close_at, stable)


def _adam_pace(objective: Objective, start: Array, q: Quadratic, stable: float | None,
               gd_epochs: int | None) -> Pace | None:
    """Adam, at a rate that crosses the distance to the answer in about a thousand steps."""
    exact = np.asarray(solve_objective(objective).coefficients, float)
    distance = float(np.max(np.abs(exact - np.asarray(start, float))))
    if not distance > 0:
        return None
    lr = nice_down(distance / 1000)
    run = Descent(objective.copy(), make_optimizer("adam", lr), start)
    last_far = 0
    for record in run.records(ADAM_TRIAL_EPOCHS):
        if record.objective - q.exact > q.tol:
            last_far = record.epoch
        elif record.epoch - last_far >= 200:  # close, and staying close
            break
    else:
        return None
    close_at = last_far + 1
    if gd_epochs is None:
        why = translate("pace", "gradient descent would need over a million epochs here "
                                "(x lies far from 0: a long, narrow valley)")
    else:
        why = translate("pace", "gradient descent would need about {n} epochs here "
                                "(x lies far from 0: a long, narrow valley)").format(
            n=number(float(f"{gd_epochs:.2g}"), ",.0f"))
    return Pace("adam", lr, nice_epochs(1.3 * close_at), watch_speed(close_at), close_at, stable, why)
