"""`lossexplorer presets`: every preset data set, real and made up, with its number of points, its
task, the units of its axes and its source (`--json`: one object a set, with the context and
the licence too). The catalogue is core/datasets.py's; resources/DATASETS.md says the same."""

from __future__ import annotations

import argparse
import json
from typing import Any

from lossexplorer.cli_args import PROG, Parser, add_json_option, add_lang_option
from lossexplorer.cli_i18n import translate
from lossexplorer.core.datasets import GROUPS, Dataset
from lossexplorer.core.presets import DATASETS

HEADINGS = {"real": "Real data", "made up": "Made up"}


def _parser() -> argparse.ArgumentParser:
    p = Parser(prog=f"{PROG} presets", description=translate(
        "presets_cli", "`lossexplorer presets`: every preset data set, real and made up, with its number of points, "
        "its task, the units of its axes and its source (`--json`: one object a set, with the context and the "
        "licence too). The catalogue is core/datasets.py's; resources/DATASETS.md says the same."))
    p.add_argument("--group", choices=GROUPS, help=translate("presets_cli", "only the real or only the made-up sets"))
    add_json_option(p)
    add_lang_option(p)
    return p


def as_json(d: Dataset) -> dict[str, Any]:
    return {
        "name": d.name,
        "group": d.group,
        "task": d.task,
        "n": d.n,
        "title": d.title,
        "x": {"label": d.x.label, "unit": d.x.unit},
        "y": {"label": d.y.label, "unit": d.y.unit},
        "classes": list(d.classes),
        "context": d.context,
        "cite": d.cite,
        "source": d.source,
        "licence": d.licence,
    }


def _units(d: Dataset) -> str:
    return f"{d.x.title} against {d.y.title}" if d.x.unit or d.y.unit else "no units"


def as_text(sets: list[Dataset]) -> str:
    """Each group under its heading: name, n, task, the axes with their units, then the source."""
    lines: list[str] = []
    width = max(len(d.name) for d in sets)
    for group in GROUPS:
        members = [d for d in sets if d.group == group]
        if not members:
            continue
        if lines:
            lines.append("")
        lines.append(f"{HEADINGS[group]} ({len(members)}):")
        for d in members:
            task = "classes" if d.classification else "regression"
            lines.append(f"  {d.name:<{width}}  n = {d.n:<4}  {task:<10}  {_units(d)}")
            lines.append(f"  {'':<{width}}  source: {d.source}")
    return "\n".join(lines)


def run_presets(argv: list[str]) -> int:
    """Print the presets (after the word 'presets')."""
    args = _parser().parse_args(argv)
    sets = [d for d in DATASETS.values() if args.group in (None, d.group)]
    if args.json:
        print(json.dumps([as_json(d) for d in sets], indent=2, ensure_ascii=False))
    else:
        print(as_text(sets))
    return 0
