"""Pins: fits kept as labelled lines to compare with others, on the data they were fitted on."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from lossexplorer.core import Model

from .palette import PIN_COLOURS

Array = NDArray[np.float64]
MAX_PINS = 6


@dataclass(frozen=True, eq=False)
class Pin:
    label: str
    colour: str
    model: Model
    coefficients: Array


def free_colour(pins: tuple[Pin, ...]) -> str:
    """The first pin colour no pin has (there are MAX_PINS of them)."""
    used = {p.colour for p in pins}
    return next(c for c in PIN_COLOURS if c not in used)
