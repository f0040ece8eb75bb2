"""The command line's shared argument definitions: one parser class, the number parsers, the
problem options that `fit`, `solve`, `simulate` and the window share, and the data they load.

The lists of names in `--help` come from the core's tables (the loss registry `LOSSES`,
`MODEL_NAMES`, `OPTIMIZER_NAMES`, the presets) and the window's `VIEW_NAMES`, so the help
cannot drift from what the commands accept; so do the losses' parameter options (--delta, ...),
their help and their ranges. The names are checked where they always were (the core's own
one-line messages), not by argparse's `choices`.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from lossexplorer.core.fitting import EPOCHS, SEED
from lossexplorer.core.losses import CLASSIFICATION_LOSSES, LOSS_NAMES, LOSSES, REGRESSION_LOSSES, parameters_of
from lossexplorer.core.models import MODEL_NAMES
from lossexplorer.core.optimizers import OPTIMIZER_NAMES, OPTIMIZER_PARAMETERS
from lossexplorer.core.parameters import Parameter
from lossexplorer.core.penalties import CAP, CAP_WEIGHT, L1, L2
from lossexplorer.core.presets import CLASSIFICATION_PRESET_NAMES, DATASETS, PRESET_NAMES
from lossexplorer.core.schedules import SCHEDULE_NAMES, SCHEDULES
from lossexplorer.core.stopping import StopRule

if TYPE_CHECKING:
    import numpy as np

    from lossexplorer.core.table import LeftOut

PROG = "lossexplorer"
EXIT_BAD_INPUT = 2

#: every preset, made up and real (the catalogue's real sets after the made-up ones)
ALL_PRESETS = tuple(dict.fromkeys((*PRESET_NAMES, *CLASSIFICATION_PRESET_NAMES, *DATASETS)))
REGRESSION_PRESETS = tuple(name for name in ALL_PRESETS
                           if name in PRESET_NAMES or (name in DATASETS and not DATASETS[name].classification))
#: the options that choose a file's columns, by task
COLUMN_OPTIONS = {False: ("--x", "--y"), True: ("--x1", "--x2", "--label")}
#: the losses and models the window can draw (its task menus'); the commands take every one
WINDOW_LOSSES = (*REGRESSION_LOSSES, *CLASSIFICATION_LOSSES)
WINDOW_MODELS = MODEL_NAMES

#: the headless sub-commands, with the line `--help` shows for each
COMMANDS = {
    "fit": "run gradient descent and print the epoch log",
    "solve": "print the exact minimizer of the objective",
    "score": "score my line (or coefficients): my J against the best J",
    "simulate": "let the bar on springs settle and print where it comes to rest",
    "presets": "list the preset data sets: n, task, units and source",
}


class Parser(argparse.ArgumentParser):
    """argparse that reports a usage error as one line and exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_BAD_INPUT, f"{PROG}: {message} (see '{self.prog} --help')\n")


class VersionAction(argparse.Action):
    """`--version`: this version and those of Python and the libraries it runs on (for a bug report)."""

    LIBRARIES = ("NumPy", "SciPy", "PySide6-Essentials", "pyqtgraph")

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help="print the versions and exit")

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        if sys.stdout is not None:  # a windowed build on Windows has none
            print(versions())
        parser.exit()


def versions() -> str:
    """`lossexplorer 0.1.0 (Python 3.11.7, NumPy 2.4.6, ...)`, read without importing the libraries."""
    import platform
    from importlib.metadata import PackageNotFoundError, version

    from lossexplorer import __version__

    def of(name: str) -> str:
        try:
            return version(name)
        except PackageNotFoundError:
            return "not installed"

    libraries = ", ".join(f"{name} {of(name)}" for name in VersionAction.LIBRARIES)
    return f"{PROG} {__version__} (Python {platform.python_version()}, {libraries})"


def one_of(names: Iterable[str]) -> str:
    return "one of: " + ", ".join(names)


# --- numbers ---------------------------------------------------------------------------------


def finite_float(text: str) -> float:
    """A finite number; anything else is an argparse error naming the text."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number") from None
    if not math.isfinite(value):
        raise argparse.ArgumentTypeError(f"'{text}' is not a finite number")
    return value


def coefficients(text: str) -> list[float]:
    """`1,2.5,-3` (or `1;2.5;-3`) as a list of finite numbers."""
    try:
        values = [float(part) for part in text.replace(";", ",").split(",")]
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a comma-separated list of numbers") from None
    if not all(math.isfinite(v) for v in values):
        raise argparse.ArgumentTypeError(f"'{text}' holds a number that is not finite")
    return values


# --- the problem: data, loss, model, penalties ------------------------------------------------


def add_data_options(p: argparse.ArgumentParser, classification: bool = True) -> None:
    """DATA.csv or --preset NAME; the columns of a spreadsheet (--x, --y; --x1, --x2, --label)."""
    columns = "columns x,y (x1,x2,label to classify)" if classification else "columns x,y"
    presets = ALL_PRESETS if classification else REGRESSION_PRESETS
    p.add_argument("data", nargs="?", metavar="DATA.csv", help=f"points: {columns}, or choose columns below")
    p.add_argument("--preset", metavar="NAME", help=f"use a preset data set instead of a file: {one_of(presets)}")
    what = {"--x": "x", "--y": "y", "--x1": "x1 (to classify)", "--x2": "x2 (to classify)",
            "--label": "the class label (to classify; two text values become 0 and 1)"}
    for option in (*COLUMN_OPTIONS[False], *(COLUMN_OPTIONS[True] if classification else ())):
        p.add_argument(option, metavar="COLUMN",
                       help=f"the column of DATA.csv for {what[option]}: its header name or its number from 1")
    p.add_argument("--leave-out-bad-rows", action="store_true",
                   help="with chosen columns: leave out rows whose cell there is empty or not a number "
                        "(stderr says which); without it such a row is an error")


def add_loss_option(p: argparse.ArgumentParser, names: Sequence[str] = LOSS_NAMES, default: str | None = "mse") -> None:
    after = f" (default {default})" if default else ""
    p.add_argument("--loss", default=default, metavar="LOSS", help=f"{one_of(names)}{after}")


def add_loss_options(p: argparse.ArgumentParser, names: Sequence[str] = LOSS_NAMES) -> None:
    """--loss (one of `names`) and the parameters those losses take, each once."""
    add_loss_option(p, names)
    for parameter, users in parameters_of(tuple(names)).values():
        text = f"{parameter.condition} for --loss {', '.join(users)}: {parameter.tip} (default {parameter.default:g})"
        p.add_argument(parameter.option, type=finite_float, help=text)


def loss_parameters(args: argparse.Namespace, names: Sequence[str] = LOSS_NAMES) -> dict[str, float | None]:
    """The loss parameters given on the command line (None where not given), each checked against its range."""
    values: dict[str, float | None] = {}
    for parameter, _ in parameters_of(tuple(names)).values():
        value = getattr(args, parameter.name)
        values[parameter.name] = None if value is None else parameter.check(value)
    return values


def add_model_option(p: argparse.ArgumentParser, default: str | None = "line",
                     models: Sequence[str] = MODEL_NAMES) -> None:
    others: dict[str, list[str]] = {}
    for name, cls in LOSSES.items():
        if cls.default_model != default:
            others.setdefault(cls.default_model, []).append(name)
    for_others = "".join(f"; {model} for {', '.join(names)}" for model, names in others.items())
    after = f" (default {default}{for_others})" if default else ""
    classes = "; softmax:K fixes K classes (2 to 5)" if "softmax" in models else ""
    p.add_argument("--model", metavar="MODEL", help=f"{one_of(models)}{classes}{after}")


def add_penalty_options(p: argparse.ArgumentParser) -> None:
    """--reduction and the penalties' settings (core/penalties.py), with their tips."""
    p.add_argument("--reduction", choices=("mean", "sum"), help="R in J = R(ℓ) + penalties (default: the loss's own)")
    p.add_argument(CAP.option, type=finite_float, metavar="C", help=CAP.tip)
    p.add_argument(CAP_WEIGHT.option, type=finite_float, metavar="W", help=f"{CAP_WEIGHT.tip} (default 1)")
    for weight in (L1, L2):
        p.add_argument(weight.option, type=finite_float, default=0.0, metavar="W", help=weight.tip)


def add_json_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="print one JSON object instead of text")


def add_problem_options(p: argparse.ArgumentParser) -> None:
    """Data, loss, model, reduction and penalties: what `fit` and `solve` share."""
    add_data_options(p)
    add_loss_options(p)
    add_model_option(p)
    add_penalty_options(p)
    add_json_option(p)


def add_optimizer_option(p: argparse.ArgumentParser, default: str | None = "gd") -> None:
    after = f" (default {default})" if default else ""
    p.add_argument("--optimizer", default=default, metavar="NAME", help=f"{one_of(OPTIMIZER_NAMES)}{after}")


def _metavar(p: Parameter) -> str:
    return p.symbol.upper() if p.symbol.isascii() and p.symbol.isalpha() else p.name.upper()


def _number_option(p: argparse.ArgumentParser, param: Parameter, help: str, default: object = None) -> None:
    kind = int if param.integer else finite_float
    p.add_argument(param.option, type=kind, default=default, metavar=_metavar(param), help=help)


def add_run_options(p: argparse.ArgumentParser) -> None:
    """The optimizers' settings, the epochs and the seed, from the core's tables (sgd's batch size
    defaults to the rule's own)."""
    for param in (*OPTIMIZER_PARAMETERS.values(), EPOCHS, SEED):
        if param.name != "eps":
            default = None if param.name == "batch_size" else param.default
            _number_option(p, param, f"{param.tip} (default {param.default:g})", default)


def add_schedule_options(p: argparse.ArgumentParser) -> None:
    """--schedule NAME and each schedule's settings, from the schedules' tables."""
    p.add_argument(
        "--schedule",
        default="constant",
        metavar="NAME",
        help=f"the learning rate by epoch t: {one_of(SCHEDULE_NAMES)} (default constant)",
    )
    for cls in SCHEDULES.values():
        for param in cls.parameters:
            _number_option(p, param, f"{cls.name}: {param.tip} (default {param.default:g})")


def add_stop_options(p: argparse.ArgumentParser) -> None:
    """The stop rule: off unless --stop-tol or --grad-tol is given."""
    tol, window, grad_tol = StopRule.parameters
    _number_option(p, tol, f"{tol.tip} (e.g. 1e-9; default: off)")
    _number_option(p, window, f"K of --stop-tol (default {window.default:g})", default=int(window.default))
    _number_option(p, grad_tol, f"{grad_tol.tip} (default: off)")


def load_points(args: argparse.Namespace, classification: bool, classes: int = 2
                ) -> tuple[np.ndarray, np.ndarray, str]:
    """The points of `args.data` or `args.preset`, and where they came from; class labels
    0 … `classes` − 1 in a file."""
    from lossexplorer.core import InputError, preset, read_points

    if args.preset and args.data:
        raise InputError("give either DATA.csv or --preset, not both")
    specs = _column_specs(args, classification)
    if args.preset:
        if specs:
            options = " and ".join(COLUMN_OPTIONS[classification])
            raise InputError(f"{options} choose columns of DATA.csv, not of a preset")
        p = preset(args.preset)
        if p.classification != classification:
            task = "classification" if p.classification else "regression"
            raise InputError(f"preset {p.name} is a {task} data set; choose a {task} loss "
                             f"(e.g. --loss {'bce' if p.classification else 'mse'})")
        return p.x, p.y, f"preset {p.name}"
    if not args.data:
        raise InputError("no data: give a DATA.csv file or --preset NAME")
    if specs:
        from lossexplorer.core.table import read_columns

        chosen = read_columns(args.data, specs, COLUMN_OPTIONS[classification], classification, classes,
                              args.leave_out_bad_rows)
        if chosen.left_out and sys.stderr is not None:
            print(f"{PROG}: {args.data}: {left_out_note(chosen.left_out)}", file=sys.stderr)
        return chosen.x, chosen.y, args.data
    try:
        x, y = read_points(args.data, classification=classification, classes=classes)
    except InputError as exc:
        if "columns (" not in str(exc):
            raise
        options = " and ".join(COLUMN_OPTIONS[classification])
        raise InputError(f"{exc}; choose the columns with {options} (a header name or a number)") from None
    return x, y, args.data


def left_out_note(rows: Sequence[LeftOut]) -> str:
    """'left out row 5 (column b: 'NA' is not a number)', or 'left out 3 rows: 5, 9, 12 (row 5, …)'."""
    first = rows[0].sentence()
    if len(rows) == 1:
        return f"left out {first.replace(', column', ' (column', 1)})"
    lines = ", ".join(str(bad.line) for bad in rows[:20]) + (", …" if len(rows) > 20 else "")
    return f"left out {len(rows)} rows: {lines} ({first})"


def _column_specs(args: argparse.Namespace, classification: bool) -> list[str]:
    """The columns the options choose (none: the file is read as x,y or x1,x2,label)."""
    from lossexplorer.core import InputError

    wanted, other = COLUMN_OPTIONS[classification], COLUMN_OPTIONS[not classification]
    given = [option for option in other if getattr(args, option[2:], None) is not None]
    if given:
        task = "regression" if classification else "classification"
        raise InputError(f"{given[0]} chooses a column for {task}; for this loss give {' and '.join(wanted)}")
    specs = [getattr(args, option[2:], None) for option in wanted]
    if all(spec is None for spec in specs):
        return []
    missing = [option for option, spec in zip(wanted, specs) if spec is None]
    if missing:
        raise InputError(f"give {' and '.join(wanted)} together: {', '.join(missing)} is missing")
    return [str(spec) for spec in specs]


# --- telling a mistyped command from a file ---------------------------------------------------


def looks_like_a_command(word: str) -> bool:
    """A bare word (no path separator, no suffix) that names no file is meant as a command.

    `simulat` is a typo of a command; `points.csv`, `./points` and an existing file `points` are files.
    """
    if not word or word.startswith("-") or "/" in word or "\\" in word or Path(word).suffix:
        return False
    return not Path(word).exists()


def add_command_list(p: argparse.ArgumentParser, commands: Sequence[str] = tuple(COMMANDS)) -> None:
    """Name the headless commands under the window's options in `--help`."""
    width = max(len(name) for name in commands)
    lines = [f"  {name:<{width}}  {COMMANDS[name]}" for name in commands]
    p.epilog = (
        "commands (each has its own --help):\n"
        + "\n".join(lines)
        + f"\n\ne.g. {PROG} fit --preset noisy-line --loss huber"
    )
