"""A setting's row in the one table of settings: keyword, symbol, default, the interval it must
lie in, the span a number box offers, a one-line tip.

One `Parameter` describes one number of a loss (δ, q, α, γ, ε), a penalty, an optimizer, a
learning-rate schedule, the stop rule or a run, so that the panel's number boxes, the session
reader and the command line take names, ranges, defaults, tips and checks from one place.
`check` refuses a value outside the interval with a one-line `InputError` naming the setting:
"momentum must lie in [0, 1), got 1.5".
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .errors import InputError

INF = math.inf


@dataclass(frozen=True)
class Parameter:
    """One number setting: `name` is the keyword (and, with - for _, the command-line option),
    `symbol` its label, [`low`, `high`] the interval it must lie in (`closed` says which ends
    belong to it), `shown` the span a number box offers (inside the interval; the interval
    itself when None), `step` an arrow's step, `off` the value at which it is off (a label
    then leaves it out), `label` the words of an error message (the name by default)."""

    name: str
    symbol: str
    default: float
    low: float
    high: float
    tip: str
    shown: tuple[float, float] | None = None
    step: float = 0.1
    closed: tuple[bool, bool] = (False, False)
    integer: bool = False
    off: float | None = None
    label: str = ""

    @property
    def span(self) -> tuple[float, float]:
        """The range a number box offers: `shown`, else the interval."""
        return self.shown if self.shown is not None else (self.low, self.high)

    @property
    def words(self) -> str:
        """What an error message calls it: 'batch size', 'delta'."""
        return self.label or self.name

    @property
    def option(self) -> str:
        """The command line's option: --delta, --label-smoothing, --step-every."""
        return "--" + self.name.replace("_", "-")

    def contains(self, value: object) -> bool:
        """True when `value` is a finite number in the interval (and whole, for a count). Python
        compares an int with a float exactly: 2⁶³ lies past a bound of 2⁶³ − 1."""
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return False
        if isinstance(value, float) and not math.isfinite(value):
            return False
        above = value >= self.low if self.closed[0] else value > self.low
        below = value <= self.high if self.closed[1] else value < self.high
        whole = isinstance(value, int) or value.is_integer()
        return above and below and (whole or not self.integer)

    @property
    def must(self) -> str:
        """What a value must do, in words: 'be a positive number', 'lie in [0, 1)'."""
        low, high = self.closed
        if self.low == -INF and self.high == INF:
            return "be a finite number"
        if self.high == INF:
            if self.low == 0.0:
                return "be 0 or more" if low else "be a positive number"
            return f"be {self.low:g} or more" if low else f"be more than {self.low:g}"
        if not (low or high):
            return f"lie strictly between {self.low:g} and {self.high:g}"
        return f"lie in {self.interval}"

    @property
    def condition(self) -> str:
        """The range as a condition on the symbol: 'δ > 0', 'γ ≥ 0', 'q in (0, 1)', 'C finite'."""
        if self.low == -INF and self.high == INF:
            return f"{self.symbol} finite"
        if self.high == INF:
            return f"{self.symbol} {'≥' if self.closed[0] else '>'} {self.low:g}"
        return f"{self.symbol} in {self.interval}"

    @property
    def interval(self) -> str:
        """The interval as the maths writes it: (0, 1), [0, 0.5), (0, ∞)."""
        left = "[" if self.closed[0] else "("
        right = "]" if self.closed[1] else ")"
        high = "∞" if self.high == INF else f"{self.high:g}"
        return f"{left}{self.low:g}, {high}{right}"

    def check(self, value: object) -> float:
        """`value` (an int for a count) when it lies in the interval; else an InputError that
        names the setting and what it must be."""
        if not self.contains(value):
            raise InputError(f"{self.words} must {self.must}, got {_show(value)}")
        assert isinstance(value, (int, float))
        return int(value) if self.integer else float(value)


def positive(name: str, symbol: str, default: float, shown: tuple[float, float], tip: str, label: str = "",
             step: float = 0.1) -> Parameter:
    """A setting that must be a positive number (0 < v < ∞), offered over `shown`."""
    return Parameter(name, symbol, default, 0.0, INF, tip, shown, step, label=label)


def finite(name: str, symbol: str, default: float, shown: tuple[float, float], tip: str, step: float = 0.1
           ) -> Parameter:
    """A setting that may be any finite number, offered over `shown`."""
    return Parameter(name, symbol, default, -INF, INF, tip, shown, step)


def non_negative(name: str, symbol: str, default: float, shown: tuple[float, float], tip: str, label: str = "",
                 step: float = 0.1) -> Parameter:
    """A setting that must be 0 or more, offered over `shown`."""
    return Parameter(name, symbol, default, 0.0, INF, tip, shown, step, (True, False), label=label)


def unit(name: str, symbol: str, default: float, high: float, tip: str, step: float = 0.1) -> Parameter:
    """A decay of a running average: in [0, 1), offered up to `high`."""
    return Parameter(name, symbol, default, 0.0, 1.0, tip, (0.0, high), step, (True, False))


def fraction(name: str, symbol: str, default: float, low: float, tip: str, label: str = "") -> Parameter:
    """A factor that shrinks a rate: in (0, 1], offered from `low`."""
    return Parameter(name, symbol, default, 0.0, 1.0, tip, (low, 1.0), closed=(False, True), label=label)


def count(name: str, symbol: str, default: int, high: int, tip: str, label: str = "") -> Parameter:
    """A whole number, 1 or more, offered up to `high`."""
    return Parameter(name, symbol, default, 1, INF, tip, (1, high), 1, (True, False), True, label=label)


def _show(value: object) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def short(value: float) -> str:
    """A number as people write it: 1e-9, 0.001, 250 (no `1e-09`)."""
    text = f"{value:g}"
    if "e" in text:
        mantissa, exponent = text.split("e")
        text = f"{mantissa}e{int(exponent)}"
    return text
