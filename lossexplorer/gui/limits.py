"""What the window can show and use: each setting's range (the side panel's: the span of its
`Parameter` in settings.PARAMETERS, the losses' from the core's registry), the speeds it offers,
the precision of its number boxes, and the size of the data and the texts it takes from a file.
A session's value outside these is refused in one line naming it, so the panel always shows
exactly what a run uses; data the core would refuse is refused when it is read.
"""

from __future__ import annotations

import math
import os
import stat
import unicodedata
from typing import Any

import numpy as np
from numpy.typing import NDArray

from lossexplorer.core import InputError, make_model
from lossexplorer.core.objective import LARGEST_SUM, check_magnitude

from .i18n import number, translate
from .settings import PARAMETERS

Array = NDArray[np.float64]

#: the speeds (epochs per second) the panel offers; 0 is as fast as possible
SPEEDS = (1, 2, 5, 10, 30, 60, 250, 1000, 0)
#: decimals a number box keeps: every double from 1e-308 up survives (Qt rounds to these)
DECIMALS = 323
#: the characters of a pin's label the window keeps
MAX_LABEL = 80


def held(value: float) -> float:
    """What a number box holds after `setValue(value)`: Qt rounds to DECIMALS places."""
    return float(f"{value:.{DECIMALS}f}")


def check_regular_file(path: str | os.PathLike[str]) -> None:
    """Refuse, before reading it, what is not a regular file (through links): a folder, a device
    such as /dev/zero that never ends, a pipe that would block, a loop of links. InputError."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise InputError(translate("limits", "{path}: no such file").format(path=path)) from None
    except OSError as exc:
        raise InputError(translate("limits", "{path}: cannot be read ({reason})").format(
            path=path, reason=exc.strerror or exc)) from None
    if stat.S_ISDIR(mode):
        raise InputError(translate("limits", "{path}: is a folder, not a file").format(path=path))
    if not stat.S_ISREG(mode):
        raise InputError(translate("limits", "{path}: not a regular file (a device, pipe or socket)").format(path=path))


def setting_problem(name: str, value: Any) -> str:
    """Why the panel could not show this value of the setting `name` ('' when it can)."""
    if name == "speed":
        if value not in SPEEDS:
            return translate("limits", "setting speed is {value}; the window offers {speeds} epochs per second, or 0"
                                       " (as fast as possible)").format(
                value=repr(value), speeds=", ".join(str(s) for s in SPEEDS if s))
        return ""
    if name not in PARAMETERS:
        return ""
    low, high = PARAMETERS[name].span
    if not low <= value <= high:
        return translate("limits", "setting {name} is {value}, outside the window's range {low} to {high}").format(
            name=name, value=repr(value), low=number(low, "g"), high=number(high, "g"))
    if isinstance(value, float) and held(value) != value:
        return translate("limits", "setting {name} is {value}, too small to show (use 0)").format(
            name=name, value=repr(value))
    return ""


def check_data(x: Array, y: Array, model: str, source: str) -> None:
    """Refuse points the core refuses for `model` (values whose powers overflow), with at least
    the line's limits: every view draws y against x. InputError names `source`."""
    if len(y) == 0:
        return
    chosen = make_model(model)
    checked = chosen if chosen.degree >= 1 else make_model("line")
    try:
        check_magnitude(np.asarray(x, float), np.asarray(y, float), checked)
    except InputError as exc:
        raise InputError(f"{source}: {exc}") from None


def point_problem(x: float, y: float, n: int, model: str) -> str:
    """Why a point at (x, y) among n points could not be fitted with `model` ('' when it can):
    `check_data`'s limits for one new point (in classification x and y are x1 and x2)."""
    chosen = make_model(model)
    degree = max(chosen.degree, 1)
    powers = (("x1", x, 2), ("x2", y, 2)) if chosen.classification else (("x", x, 2 * degree), ("y", y, 2))
    for name, value, power in powers:
        big = abs(value)
        if not math.isfinite(big) or (big > 0 and power * math.log10(big) + math.log10(n) > math.log10(LARGEST_SUM)):
            return translate("limits", "{name} = {value} is too large here ({name}^{power} overflows): zoom in").format(
                name=name, value=number(value, ".3g"), power=power)
    return ""


def plain_label(text: str) -> tuple[str, bool]:
    """A label from a file as the window shows it: control and formatting characters (line
    breaks, bidirectional overrides) replaced by U+FFFD, at most MAX_LABEL characters. The
    second value says whether anything changed."""
    kept = "".join("\ufffd" if unicodedata.category(c) in ("Cc", "Cf", "Cs", "Zl", "Zp") else c for c in text)
    if len(kept) > MAX_LABEL:
        kept = kept[: MAX_LABEL - 1] + "…"
    return kept, kept != text


def finite_span(low: float, high: float) -> bool:
    """True when low < high and the span between them is a finite number."""
    return low < high and math.isfinite(high - low)
