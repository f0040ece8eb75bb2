"""Preset data sets: made-up ones (fixed seeds, described in one line) and real, sourced ones.

`DATASETS` is the catalogue of both (see `datasets`): each entry's group ('real' or
'made up'), task, axes with units, context, source, licence and `load()`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial

import numpy as np
from numpy.typing import NDArray

from .datasets import Dataset, catalogue
from .errors import InputError

Array = NDArray[np.float64]


@dataclass(frozen=True)
class Preset:
    name: str
    description: str
    x: Array
    y: Array
    classification: bool = False


def _noisy_line() -> tuple[Array, Array]:
    x = np.linspace(-5.0, 5.0, 10)
    return x, x + np.random.default_rng(7).standard_normal(10)


def _outliers() -> tuple[Array, Array]:
    rng = np.random.default_rng(11)
    x = np.sort(rng.uniform(0.0, 10.0, 24))
    y = 0.8 * x + 1.0 + rng.gamma(2.0, 0.6, 24) - 1.2
    y[[5, 14, 21]] += (9.0, 11.0, 13.0)  # a few large outliers above the line
    return x, y


# Anscombe (1973), "Graphs in statistical analysis", The American Statistician 27(1)
_ANSCOMBE_X = (10.0, 8.0, 13.0, 9.0, 11.0, 14.0, 6.0, 4.0, 12.0, 7.0, 5.0)
_ANSCOMBE = {
    1: (_ANSCOMBE_X, (8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68)),
    2: (_ANSCOMBE_X, (9.14, 8.14, 8.74, 8.77, 9.26, 8.10, 6.13, 3.10, 9.13, 7.26, 4.74)),
    3: (_ANSCOMBE_X, (7.46, 6.77, 12.74, 7.11, 7.81, 8.84, 6.08, 5.39, 8.15, 6.42, 5.73)),
    4: (
        (8.0, 8.0, 8.0, 8.0, 8.0, 8.0, 8.0, 19.0, 8.0, 8.0, 8.0),
        (6.58, 5.76, 7.71, 8.84, 8.47, 7.04, 5.25, 12.50, 5.56, 7.91, 6.89),
    ),
}

# Brownlee (1965), stack-loss plant data: air flow against stack loss, 21 days
_AIR_FLOW = (80, 80, 75, 62, 62, 62, 62, 62, 58, 58, 58, 58, 58, 58, 50, 50, 50, 50, 50, 56, 70)
_STACK_LOSS = (42, 37, 37, 28, 18, 18, 19, 20, 15, 14, 14, 13, 11, 12, 8, 7, 8, 8, 9, 15, 15)


def _anscombe(k: int) -> tuple[Array, Array]:
    return np.array(_ANSCOMBE[k][0]), np.array(_ANSCOMBE[k][1])


def _capped() -> tuple[Array, Array]:
    rng = np.random.default_rng(3)
    x = np.sort(rng.uniform(0.0, 100.0, 30))
    return x, 1.4 * x + rng.gamma(2.0, 6.0, 30) - 12.0


_MAKERS: dict[str, tuple[str, Callable[[], tuple[Array, Array]]]] = {
    "noisy-line": ("10 points on y = x with standard normal noise", _noisy_line),
    "outliers": ("heavy-tailed gamma noise and a few large outliers: MSE against MAE", _outliers),
    "single-point": ("one point: every line through it is a best fit", lambda: (np.array([1.0]), np.array([2.0]))),
    **{
        f"anscombe-{k}": (
            f"Anscombe's quartet, set {k}: same line, same R², different story (Anscombe 1973)",
            partial(_anscombe, k),
        )
        for k in (1, 2, 3, 4)
    },
    "stack-loss": (
        "Brownlee's stack-loss plant: air flow against stack loss, the classic robust set (Brownlee 1965)",
        lambda: (np.array(_AIR_FLOW, float), np.array(_STACK_LOSS, float)),
    ),
    "capped": ("the blog's multi-objective example: predictions above 120 are penalised", _capped),
}

PRESET_NAMES = tuple(_MAKERS)


def _blobs() -> tuple[Array, Array]:
    rng = np.random.default_rng(5)
    a = rng.normal((-1.0, -0.5), 1.0, (40, 2))
    b = rng.normal((1.2, 0.8), 1.0, (40, 2))
    return np.vstack([a, b]), np.r_[np.zeros(40), np.ones(40)]


def _separable() -> tuple[Array, Array]:
    rng = np.random.default_rng(6)
    a = rng.normal((-2.0, -1.5), 0.7, (25, 2))
    b = rng.normal((2.0, 1.5), 0.7, (25, 2))
    return np.vstack([a, b]), np.r_[np.zeros(25), np.ones(25)]


def _xor_ish() -> tuple[Array, Array]:
    rng = np.random.default_rng(8)
    centres = np.array([(-1.5, -1.5), (1.5, 1.5), (-1.5, 1.5), (1.5, -1.5)])
    x = np.vstack([rng.normal(c, 0.6, (15, 2)) for c in centres])
    return x, np.r_[np.zeros(30), np.ones(30)]


_CLASSIFICATION: dict[str, tuple[str, Callable[[], tuple[Array, Array]]]] = {
    "blobs": ("two overlapping Gaussian clouds: no line separates them", _blobs),
    "separable": ("two clouds a line separates: without a penalty BCE has no finite minimum", _separable),
    "xor-ish": ("four clouds in an XOR pattern: what a linear boundary cannot do", _xor_ish),
}
CLASSIFICATION_PRESET_NAMES = tuple(_CLASSIFICATION)


def _five_classes() -> tuple[Array, Array]:
    """Five clouds on a pentagon, each of 16 points: neighbours overlap a little."""
    rng = np.random.default_rng(11)
    angles = np.pi / 2 + 2 * np.pi * np.arange(5) / 5
    centres = 2.2 * np.column_stack([np.cos(angles), np.sin(angles)])
    x = np.vstack([rng.normal(c, 0.9, (16, 2)) for c in centres])
    return x, np.repeat(np.arange(5.0), 16)


def _counts() -> tuple[Array, Array]:
    """40 counts y ~ Poisson(exp(0.2 + 0.5·x)) at x in [0, 4]: the mean grows from 1.2 to 9, and the spread with it."""
    rng = np.random.default_rng(12)
    x = np.sort(rng.uniform(0.0, 4.0, 40))
    return x, rng.poisson(np.exp(0.2 + 0.5 * x)).astype(float)


#: made-up sets for the losses past the first lessons: five classes (the softmax model's) and counts
#: (the Poisson loss's); in the catalogue, not in the lists of the first presets
_MORE_CLASSES: dict[str, Callable[[], tuple[Array, Array]]] = {"five-classes": _five_classes, "counts": _counts}


def _bind(d: Dataset) -> Dataset:
    """The catalogue entry with its generator as loader, for a set that has no file."""
    if d.file is not None:
        return d
    made = _MAKERS.get(d.name) or _CLASSIFICATION.get(d.name)
    if made is None and d.name in _MORE_CLASSES:
        return replace(d, loader=_MORE_CLASSES[d.name])
    return d if made is None else replace(d, loader=made[1])


# Every preset, real or made up, in the catalogue's order (made up first).
DATASETS: dict[str, Dataset] = {d.name: _bind(d) for d in catalogue()}
REAL_DATASET_NAMES = tuple(name for name, d in DATASETS.items() if d.group == "real")


def preset(name: str) -> Preset:
    """The preset called `name`: a made-up one or a set from the catalogue."""
    if name in _CLASSIFICATION:
        description, make = _CLASSIFICATION[name]
        x, y = make()
        return Preset(name, description, x, y, classification=True)
    if name in _MAKERS:
        description, make = _MAKERS[name]
        x, y = make()
        return Preset(name, description, x, y)
    if name not in DATASETS:
        names = ", ".join(dict.fromkeys((*PRESET_NAMES, *CLASSIFICATION_PRESET_NAMES, *DATASETS)))
        raise InputError(f"unknown preset '{name}'; choose one of: {names}")
    d = DATASETS[name]
    x, y = d.load()
    return Preset(name, d.summary, x, y, classification=d.classification)


NOISES = ("gaussian", "laplace", "gamma", "student-t")


def random_points(
    n: int = 30,
    slope: float = 1.0,
    intercept: float = 0.0,
    noise: str = "gaussian",
    scale: float = 1.0,
    outliers: float = 0.0,
    seed: int = 0,
    x_range: tuple[float, float] = (-5.0, 5.0),
) -> tuple[Array, Array]:
    """n points on y = slope·x + intercept plus noise of the given kind and scale.

    Gaussian (σ = scale), Laplace (b = scale), gamma (shape 2, centred, heavy on one side)
    or Student-t with 3 degrees of freedom; a fraction `outliers` of the points is pushed
    up by 8 to 15 scales. The same seed gives the same points.
    """
    if not 1 <= n <= 1_000_000:
        raise InputError(f"n must lie between 1 and 1000000, got {n}")
    if noise not in NOISES:
        raise InputError(f"unknown noise '{noise}'; choose one of: {', '.join(NOISES)}")
    if not (scale >= 0 and np.isfinite(scale)):
        raise InputError(f"the noise scale must be 0 or more, got {scale:g}")
    if not 0.0 <= outliers <= 0.5:
        raise InputError(f"the outlier fraction must lie between 0 and 0.5, got {outliers:g}")
    rng = np.random.default_rng(seed)
    x = np.sort(rng.uniform(*x_range, n))
    if noise == "gaussian":
        eps = rng.standard_normal(n)
    elif noise == "laplace":
        eps = rng.laplace(0.0, 1.0, n)
    elif noise == "gamma":
        eps = rng.gamma(2.0, 1.0, n) - 2.0
    else:
        eps = rng.standard_t(3, n)
    y = slope * x + intercept + scale * eps
    k = round(outliers * n)
    if k:
        idx = rng.choice(n, k, replace=False)
        y[idx] += scale * rng.uniform(8.0, 15.0, k)
    return x, y
