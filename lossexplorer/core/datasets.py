"""The catalogue of data sets: what each one is, where it comes from, and its numbers.

The metadata lives in resources/datasets/datasets.json; a real set's numbers in a CSV file
beside it (a header row, then one row a point). A made-up set has no file: `presets` binds
its generator as the loader.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import NDArray

from .errors import InputError

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

Array = NDArray[np.float64]
CATALOGUE = "datasets.json"
GROUPS = ("real", "made up")
TASKS = ("regression", "classification")


@dataclass(frozen=True)
class Axis:
    """What an axis shows and in which unit ('' for a made-up, unitless axis)."""

    label: str
    unit: str

    @property
    def title(self) -> str:
        """'temperature (°F)'; the bare label when there is no unit, or the unit is the label ('year')."""
        return f"{self.label} ({self.unit})" if self.unit and self.unit != self.label else self.label


@dataclass(frozen=True)
class Dataset:
    """One data set: its story, its axes, its source and licence, and how to load it.

    A classification set's x holds the two features (x1 on the x axis, x2 on the y axis)
    and y the class labels 0, 1, … in the order of `classes`.
    """

    name: str
    title: str
    cite: str  # the source in a few words: 'Pierce 1948'
    group: str  # 'real' or 'made up'
    task: str  # 'regression' or 'classification'
    n: int
    x: Axis
    y: Axis
    context: str  # what a class should notice about losses here
    source: str  # author, year, where it was published
    licence: str
    copied_from: str  # where our copy of the numbers was taken from
    checked: str = ""  # the published statistic our copy was checked against
    classes: tuple[str, ...] = ()
    file: str | None = None
    columns: tuple[str, ...] = ()
    loader: Callable[[], tuple[Array, Array]] | None = field(default=None, compare=False, repr=False)

    @property
    def classification(self) -> bool:
        return self.task == "classification"

    @property
    def summary(self) -> str:
        """One line for a menu or a status bar: 'Cricket chirps and temperature (Pierce 1948), 15 points'."""
        return f"{self.title} ({self.cite}), {self.n} points"

    @property
    def description(self) -> str:
        """One paragraph for a tooltip or the About box: title, context and the full source."""
        return f"{self.summary}. {self.context} Source: {self.source}"

    def load(self) -> tuple[Array, Array]:
        """The points: x (n,) and y (n,) for regression, x (n, 2) and labels (n,) for classification."""
        if self.loader is not None:
            return self.loader()
        if self.file is None:
            raise InputError(f"data set '{self.name}' has neither a file nor a generator")
        return read_table(self.file, self.columns, self.classification)


def folder() -> Traversable:
    """The installed resources/datasets folder (the checkout's own for an old editable install)."""
    try:
        return resources.files("lossexplorer.resources.datasets")
    except ModuleNotFoundError:
        return Path(__file__).resolve().parents[2] / "resources" / "datasets"


def read_table(file: str, columns: Iterable[str], classification: bool) -> tuple[Array, Array]:
    """The named columns of a shipped CSV file: (x, y), or ((x1, x2), label)."""
    import csv  # only when a set is loaded: it is not needed to start the program

    names = tuple(columns)
    text = folder().joinpath(file).read_text(encoding="utf-8")
    reader = csv.reader(io.StringIO(text))
    header = next(reader, [])
    missing = [c for c in names if c not in header]
    if missing:
        raise InputError(f"{file}: no column '{missing[0]}' in the header {header}")
    where = [header.index(c) for c in names]
    rows = []
    for number, row in enumerate(reader, start=2):
        try:
            rows.append([float(row[i]) for i in where])
        except (ValueError, IndexError):
            raise InputError(f"{file}, row {number}: expected numbers in columns {', '.join(names)}") from None
    table = np.array(rows, dtype=float).reshape(len(rows), len(names))
    if classification:
        return table[:, :2].copy(), table[:, 2].copy()
    return table[:, 0].copy(), table[:, 1].copy()


def _dataset(entry: dict[str, Any]) -> Dataset:
    return Dataset(
        name=entry["name"],
        title=entry["title"],
        cite=entry["cite"],
        group=entry["group"],
        task=entry["task"],
        n=int(entry["n"]),
        x=Axis(*entry["x"]),
        y=Axis(*entry["y"]),
        context=entry["context"],
        source=entry["source"],
        licence=entry["licence"],
        copied_from=entry["copy"],
        checked=entry.get("checked", ""),
        classes=tuple(entry.get("classes") or ()),
        file=entry.get("file"),
        columns=tuple(entry.get("columns") or ()),
    )


@cache
def catalogue() -> tuple[Dataset, ...]:
    """Every data set described in datasets.json, in its order (no loaders bound)."""
    entries = json.loads(folder().joinpath(CATALOGUE).read_text(encoding="utf-8"))
    return tuple(_dataset(e) for e in entries)


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def datasets_markdown(datasets: Iterable[Dataset]) -> str:
    """resources/DATASETS.md: a table of every set, then each set's context, source and licence."""
    sets = list(datasets)
    lines = [
        "# The data sets",
        "",
        "Every preset of lossexplorer, real or made up, with the number of points, what it teaches,",
        "where it comes from and under which terms. Generated from resources/datasets/datasets.json by",
        "`lossexplorer.core.datasets.datasets_markdown`: tests/core/test_datasets.py says how to renew it.",
        "",
    ]
    for group in GROUPS:
        members = [d for d in sets if d.group == group]
        lines += [f"## {group.capitalize()} ({len(members)})", "", "| name | n | task | x | y | source |"]
        lines.append("| --- | --- | --- | --- | --- | --- |")
        lines += [
            f"| {d.name} | {d.n} | {d.task} | {_cell(d.x.title)} | {_cell(d.y.title)} | {_cell(d.cite)} |"
            for d in members
        ]
        lines.append("")
        for d in members:
            lines += [f"### {d.name}: {d.title} ({d.cite})", "", d.context, ""]
            if d.classes:
                lines += [f"- Classes: {', '.join(f'{k} = {c}' for k, c in enumerate(d.classes))}."]
            lines += [f"- Source: {d.source}", f"- Licence: {d.licence}", f"- Our copy: {d.copied_from}"]
            if d.checked:
                lines.append(f"- Checked: {d.checked}")
            lines.append("")
    return "\n".join(lines)
