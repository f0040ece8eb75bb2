"""The registry's losses as test cases, so that a loss is tested as soon as it is registered."""

from __future__ import annotations

from collections.abc import Iterable

from lossexplorer.core import LOSSES, REGRESSION_LOSSES, SPRING_LOSSES

#: a value for each parameter, away from its default
OFF_DEFAULT = {"delta": 0.7, "quantile": 0.3, "alpha": 3.0, "gamma": 1.5}


def params_of(name: str, **values: float) -> dict[str, float]:
    """The parameters the loss `name` takes, at `values`, else OFF_DEFAULT, else their defaults."""
    return {p.name: values.get(p.name, OFF_DEFAULT.get(p.name, p.default)) for p in LOSSES[name].parameters}


def cases(names: Iterable[str], **values: float) -> list[tuple[str, dict[str, float]]]:
    """(name, parameters) for each loss in `names`."""
    return [(name, params_of(name, **values)) for name in names]


SMOOTH = tuple(name for name, cls in LOSSES.items() if not cls().piecewise_linear)
PIECEWISE_LINEAR = tuple(name for name, cls in LOSSES.items() if cls().piecewise_linear)
SMOOTH_SPRINGS = tuple(name for name in SPRING_LOSSES if name in SMOOTH)
KINKED_SPRINGS = tuple(name for name in SPRING_LOSSES if name in PIECEWISE_LINEAR)
WITH_NOISE = tuple(name for name in REGRESSION_LOSSES if LOSSES[name].noise)
