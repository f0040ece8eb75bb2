"""What to say when a run ends: how far J is from the exact answer's J, whether it zig-zags,
why, and what helps.

A loss with corners (MAE, SAE, quantile, asymmetric, hinge) has a slope of the same size
however close the fit is, so gradient descent takes a constant-size (subgradient) step and
steps over the answer again and again: J zig-zags above J* instead of settling. A smaller
rate, one that shrinks each epoch, or Adam get closer.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from .pace import tolerance

Array = NDArray[np.float64]
TAIL = 40  # the epochs whose J is looked at for a zig-zag
#: J that rises and falls this many times over TAIL epochs zig-zags
ZIGZAG_TURNS = 4
#: coefficients this far from the exact ones (relative to their size, at least 1) are visibly off
OFF = 0.02


@dataclass(frozen=True)
class Verdict:
    """How a run ended, against the exact answer's J (when there is one)."""

    epoch: int
    value: float
    exact: float | None
    close: bool = False
    zigzag: bool = False
    falling: bool = False
    off: bool = False  # the coefficients are still visibly away from the exact ones

    @property
    def gap(self) -> float:
        """How far J is above the exact J, as a fraction of it (NaN without one)."""
        if self.exact is None:
            return math.nan
        return (self.value - self.exact) / self.exact if self.exact > 0 else math.inf

    def gap_text(self) -> str:
        """'6.5% above the exact 0.4371', '0.0012 above the exact 0' when J* is 0, or 'the exact
        0.4164 to four figures'."""
        if self.exact is None:
            return ""
        if f"{self.value:.4g}" == f"{self.exact:.4g}":
            return f"the exact {self.exact:.4g} to four figures"
        if self.exact > 0 and math.isfinite(self.gap):
            percent = 100 * self.gap
            amount = f"{percent:.2g}%" if abs(percent) < 10 else f"{percent:.0f}%"
        else:
            amount = f"{self.value - (self.exact or 0.0):.2g}"
        return f"{amount} above the exact {self.exact:.4g}"


def judge(values: Array, exact: float | None, epoch: int, beta: Array | None = None,
          exact_beta: Array | None = None) -> Verdict:
    """The verdict on a run whose J per epoch (from epoch 0) is `values`, ending at the
    coefficients `beta` (the exact ones: `exact_beta`)."""
    values = np.asarray(values, float)
    value = float(values[-1]) if len(values) else math.nan
    if exact is None or not math.isfinite(exact) or not math.isfinite(value):
        return Verdict(epoch, value, None)
    close = value - exact <= tolerance(exact, float(values[0]))
    tail = np.diff(values[-TAIL - 1:])
    moves = tail[np.abs(tail) > 1e-12 * max(abs(value), 1e-300)]
    turns = int(np.count_nonzero(np.sign(moves[1:]) != np.sign(moves[:-1])))
    falling = bool(len(moves)) and float(values[-1]) < float(values[-len(tail) - 1])
    off = False
    if beta is not None and exact_beta is not None:
        scale = max(1.0, float(np.max(np.abs(exact_beta))))
        off = float(np.max(np.abs(np.asarray(beta) - np.asarray(exact_beta)))) > OFF * scale
    return Verdict(epoch, value, exact, close, turns >= ZIGZAG_TURNS, falling, off)


def sentences(verdict: Verdict, loss_label: str, corners: bool, optimizer: str) -> tuple[str, str]:
    """What to say at the end of a run: a short sentence for the status bar (the gap, and for a
    zig-zag why and what helps, in one line) and a longer one for the readouts, which wrap."""
    v, name = verdict, loss_label
    head = f"Done, epoch {v.epoch}"
    if v.exact is None:
        text = f"{head}: {name} = {v.value:.4g}"
        return text, text
    gap = v.gap_text()
    if v.close and v.off:
        return (f"{head}: {name} within 1% of the exact J, but the fit is still a little off: Run again",
                f"{head}: {name} = {v.value:.4g} is within 1% of the exact {v.exact:.4g}, but the fit is still a"
                " little off: near the answer J is nearly flat, so the last stretch is slow. Run again to settle"
                " it onto the answer")
    if v.close:
        text = f"{head}: on the answer, {name} = {v.value:.4g} is {gap}"
        return text, text
    short_gap = gap.rsplit(" ", 1)[0] + " J" if "%" in gap else gap  # '6.5% above the exact J'
    where = f"{head}: {name} = {v.value:.4g} is {gap}"
    if v.zigzag and corners and optimizer != "adam":
        return (f"{head}: {name} {short_gap}, zig-zagging (constant-size subgradient steps): try a smaller rate,"
                " a decaying one, or Adam",
                f"{where} and zig-zags: {name}'s slope keeps its size however close the fit is, so each step"
                " (a constant-size subgradient step) overshoots. A smaller learning rate, a rate that shrinks each"
                " epoch, or Adam gets closer")
    if v.zigzag:
        why = "each mini-batch pulls its own way" if optimizer == "sgd" else "the steps overshoot"
        return (f"{head}: {name} {short_gap}, zig-zagging ({why}): try a smaller learning rate",
                f"{where} and zig-zags ({why}): a smaller learning rate calms it")
    if v.falling:
        return (f"{head}: {name} {short_gap} and still falling: Run again, or raise the learning rate",
                f"{where} and still falling: Run again for more epochs, or raise the learning rate")
    return (f"{head}: {name} {short_gap} and stopped: try a smaller learning rate, or Adam",
            f"{where} and has stopped: try a smaller learning rate, or Adam")
