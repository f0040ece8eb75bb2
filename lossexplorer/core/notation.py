"""Numbers and symbols as the worked epoch writes them: 5 significant digits, a true minus sign,
negative numbers in brackets after an operator, superscript powers. `digits(FULL_DIGITS)` writes
every number written meanwhile (in this thread or task) with the digits that give back its double."""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

SUPERSCRIPTS = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")
DIGITS = 5
#: the significant digits that give back every double
FULL_DIGITS = 17
_DIGITS: ContextVar[int] = ContextVar("digits", default=DIGITS)


@contextmanager
def digits(count: int) -> Iterator[None]:
    """Write numbers with `count` significant digits inside the block (`num`'s default)."""
    token = _DIGITS.set(count)
    try:
        yield
    finally:
        _DIGITS.reset(token)


def num(value: float, digits: int | None = None) -> str:
    """`-869.0912` as `−869.09`; integers stay short (`0`, `1`, `100`)."""
    if digits is None:
        digits = _DIGITS.get()
    if not math.isfinite(value):
        return str(value).replace("-", "−")
    if value == 0:
        return "0"
    # every digit: the shortest text that gives back this double (0.0005, not 0.00050000000000000001)
    text = repr(float(value)) if digits >= FULL_DIGITS else f"{value:.{digits}g}"
    if "e" in text:  # 1e-08 as 1e−8
        mantissa, exponent = text.split("e")
        text = f"{mantissa}e{int(exponent)}"
    return text.replace("-", "−")


def operand(value: float) -> str:
    """A number after an operator: negative ones in brackets, `(−869.09)`."""
    text = num(value)
    return f"({text})" if text.startswith("−") else text


def power(base: str, exponent: int) -> str:
    """`xᵢ` to the power j: `1` for j = 0, `xᵢ` for 1, `xᵢ²` and so on."""
    if exponent == 0:
        return "1"
    return base if exponent == 1 else base + str(exponent).translate(SUPERSCRIPTS)


@dataclass(frozen=True)
class Quantity:
    """One line of an update: `symbol ← formula: numbers = value` (← or = as `assign` says)."""

    symbol: str
    formula: str
    numbers: str
    value: float
    assign: bool = True  # ← (a new value of a coefficient or state) rather than = (a definition)

    def text(self) -> str:
        arrow = "←" if self.assign else "="
        return f"{self.symbol} {arrow} {self.formula}: {self.numbers} = {num(self.value)}"
