"""A setting's table row: keyword, symbol, default, the range a panel offers, a one-line tip.

One `Parameter` describes one number of an optimizer, a learning-rate schedule or the stop
rule, so that the panel, the session reader and the command line take names, ranges and
checks from one place. `check` refuses a value outside the setting's domain with a one-line
`InputError` naming the setting.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .errors import InputError

#: the domains a setting can have, and how a message states them
DOMAINS = {
    "positive": "must be a positive number",  # 0 < v < ∞
    "unit": "must lie in [0, 1)",  # 0 ≤ v < 1 (a decay of a running average)
    "fraction": "must lie in (0, 1]",  # 0 < v ≤ 1 (a factor that shrinks a rate)
    "count": "must be 1 or more",  # a whole number ≥ 1
    "non-negative": "must be 0 or more",  # 0 ≤ v < ∞
}


@dataclass(frozen=True)
class Parameter:
    """One setting: `name` is the keyword (and, with - for _, the command-line option)."""

    name: str
    symbol: str
    default: float
    low: float  # the range a panel offers (the domain may be wider: `domain`)
    high: float
    tip: str
    domain: str = "positive"
    label: str = ""  # the words of an error message; the name by default

    def __post_init__(self) -> None:
        if self.domain not in DOMAINS:
            raise ValueError(f"unknown domain {self.domain!r}")

    @property
    def option(self) -> str:
        """The command-line option: `--step-every` for `step_every`."""
        return "--" + self.name.replace("_", "-")

    @property
    def integer(self) -> bool:
        return self.domain == "count"

    def accepts(self, value: float) -> bool:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            return False
        return {
            "positive": value > 0.0,
            "unit": 0.0 <= value < 1.0,
            "fraction": 0.0 < value <= 1.0,
            "count": value >= 1 and float(value).is_integer(),
            "non-negative": value >= 0.0,
        }[self.domain]

    def check(self, value: float) -> float:
        """`value` when it lies in the domain; else an `InputError` such as
        "momentum must lie in [0, 1), got 1.5"."""
        if not self.accepts(value):
            raise InputError(f"{self.label or self.name} {DOMAINS[self.domain]}, got {_show(value)}")
        return int(value) if self.integer else float(value)


def _show(value: object) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def short(value: float) -> str:
    """A number as people write it: 1e-9, 0.001, 250 (no `1e-09`)."""
    text = f"{value:g}"
    if "e" in text:
        mantissa, exponent = text.split("e")
        text = f"{mantissa}e{int(exponent)}"
    return text
