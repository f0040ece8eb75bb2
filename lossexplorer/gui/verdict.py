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

from .i18n import number, translate
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

    def gap_text(self, short: bool = False) -> str:
        """'6.5% above the exact 0.4371' ('6.5% above the exact J' when `short`), '0.0012 above the
        exact 0' when J* is 0, or 'the exact 0.4164 to four figures'."""
        if self.exact is None:
            return ""
        exact = number(self.exact, ".4g")
        if f"{self.value:.4g}" == f"{self.exact:.4g}":
            return translate("verdict", "the exact {exact} to four figures").format(exact=exact)
        if self.exact > 0 and math.isfinite(self.gap):
            percent = 100 * self.gap
            amount = number(percent, ".2g" if abs(percent) < 10 else ".0f")
            if short:
                return translate("verdict", "{percent}% above the exact J").format(percent=amount)
            return translate("verdict", "{percent}% above the exact {exact}").format(percent=amount, exact=exact)
        amount = number(self.value - (self.exact or 0.0), ".2g")
        return translate("verdict", "{amount} above the exact {exact}").format(amount=amount, exact=exact)


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
    v = verdict
    said = {"epoch": v.epoch, "name": loss_label, "value": number(v.value, ".4g")}
    if v.exact is None:
        text = translate("verdict", "Done, epoch {epoch}: {name} = {value}").format(**said)
        return text, text
    said.update(gap=v.gap_text(), short_gap=v.gap_text(short=True), exact=number(v.exact, ".4g"))
    if v.close and v.off:
        return (translate("verdict", "Done, epoch {epoch}: {name} within 1% of the exact J, but the fit is still a"
                                     " little off: Run again").format(**said),
                translate("verdict", "Done, epoch {epoch}: {name} = {value} is within 1% of the exact {exact}, but"
                                     " the fit is still a little off: near the answer J is nearly flat, so the last"
                                     " stretch is slow. Run again to settle it onto the answer").format(**said))
    if v.close:
        text = translate("verdict", "Done, epoch {epoch}: on the answer, {name} = {value} is {gap}").format(**said)
        return text, text
    if v.zigzag and corners and optimizer != "adam":
        return (translate("verdict", "Done, epoch {epoch}: {name} {short_gap}, zig-zagging (constant-size"
                                     " subgradient steps): try a smaller rate, a decaying one, or Adam").format(**said),
                translate("verdict", "Done, epoch {epoch}: {name} = {value} is {gap} and zig-zags: {name}'s slope"
                                     " keeps its size however close the fit is, so each step (a constant-size"
                                     " subgradient step) overshoots. A smaller learning rate, a rate that shrinks"
                                     " each epoch, or Adam gets closer").format(**said))
    if v.zigzag:
        said["why"] = (translate("verdict", "each mini-batch pulls its own way") if optimizer == "sgd"
                       else translate("verdict", "the steps overshoot"))
        return (translate("verdict", "Done, epoch {epoch}: {name} {short_gap}, zig-zagging ({why}): try a smaller"
                                     " learning rate").format(**said),
                translate("verdict", "Done, epoch {epoch}: {name} = {value} is {gap} and zig-zags ({why}): a smaller"
                                     " learning rate calms it").format(**said))
    if v.falling:
        return (translate("verdict", "Done, epoch {epoch}: {name} {short_gap} and still falling: Run again, or raise"
                                     " the learning rate").format(**said),
                translate("verdict", "Done, epoch {epoch}: {name} = {value} is {gap} and still falling: Run again for"
                                     " more epochs, or raise the learning rate").format(**said))
    return (translate("verdict", "Done, epoch {epoch}: {name} {short_gap} and stopped: try a smaller learning rate,"
                                 " or Adam").format(**said),
            translate("verdict", "Done, epoch {epoch}: {name} = {value} is {gap} and has stopped: try a smaller"
                                 " learning rate, or Adam").format(**said))
