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

from lossexplorer.cli_i18n import QT_TRANSLATE_NOOP, core_text, translate
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

#: the headless sub-commands, with the line `--help` shows for each (`command_help` translates it)
COMMANDS = {
    "fit": QT_TRANSLATE_NOOP("cli_args", "run gradient descent and print the epoch log"),
    "solve": QT_TRANSLATE_NOOP("cli_args", "print the exact minimizer of the objective"),
    "score": QT_TRANSLATE_NOOP("cli_args", "score my line (or coefficients): my J against the best J"),
    "simulate": QT_TRANSLATE_NOOP("cli_args", "let the bar on springs settle and print where it comes to rest"),
    "presets": QT_TRANSLATE_NOOP("cli_args", "list the preset data sets: n, task, units and source"),
}


def command_help(name: str) -> str:
    """The line `--help` shows for the command `name`, in the chosen language."""
    return translate("cli_args", COMMANDS[name])


class Parser(argparse.ArgumentParser):
    """argparse that reports a usage error as one line and exit status 2."""

    def error(self, message: str) -> NoReturn:
        line = translate("cli_args", "{prog}: {message} (see '{command} --help')")
        self.exit(EXIT_BAD_INPUT, line.format(prog=PROG, message=message, command=self.prog) + "\n")


class VersionAction(argparse.Action):
    """`--version`: this version and those of Python and the libraries it runs on (for a bug report)."""

    LIBRARIES = ("NumPy", "SciPy", "PySide6-Essentials", "pyqtgraph")

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS,
                         help=translate("cli_args", "print the versions and exit"))

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
    return translate("cli_args", "one of: {names}").format(names=", ".join(names))


def with_default(text: str, default: object) -> str:
    """'TEXT (default DEFAULT)' in the chosen language."""
    return translate("cli_args", "{text} (default {default})").format(text=text, default=default)


# --- numbers ---------------------------------------------------------------------------------


def finite_float(text: str) -> float:
    """A finite number; anything else is an argparse error naming the text."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(translate("cli_args", "'{text}' is not a number").format(text=text)) from None
    if not math.isfinite(value):
        raise argparse.ArgumentTypeError(translate("cli_args", "'{text}' is not a finite number").format(text=text))
    return value


def coefficients(text: str) -> list[float]:
    """`1,2.5,-3` (or `1;2.5;-3`) as a list of finite numbers."""
    try:
        values = [float(part) for part in text.replace(";", ",").split(",")]
    except ValueError:
        message = translate("cli_args", "'{text}' is not a comma-separated list of numbers")
        raise argparse.ArgumentTypeError(message.format(text=text)) from None
    if not all(math.isfinite(v) for v in values):
        message = translate("cli_args", "'{text}' holds a number that is not finite")
        raise argparse.ArgumentTypeError(message.format(text=text))
    return values


# --- the problem: data, loss, model, penalties ------------------------------------------------


def add_data_options(p: argparse.ArgumentParser, classification: bool = True) -> None:
    """DATA.csv or --preset NAME; the columns of a spreadsheet (--x, --y; --x1, --x2, --label)."""
    data = (translate("cli_args", "points: columns x,y (x1,x2,label to classify), or choose columns below")
            if classification else translate("cli_args", "points: columns x,y, or choose columns below"))
    presets = ALL_PRESETS if classification else REGRESSION_PRESETS
    p.add_argument("data", nargs="?", metavar="DATA.csv", help=data)
    p.add_argument("--preset", metavar="NAME", help=translate(
        "cli_args", "use a preset data set instead of a file: {choices}").format(choices=one_of(presets)))
    what = {"--x": "x", "--y": "y", "--x1": translate("cli_args", "x1 (to classify)"),
            "--x2": translate("cli_args", "x2 (to classify)"),
            "--label": translate("cli_args", "the class label (to classify; two text values become 0 and 1)")}
    column = translate("cli_args", "the column of DATA.csv for {what}: its header name or its number from 1")
    for option in (*COLUMN_OPTIONS[False], *(COLUMN_OPTIONS[True] if classification else ())):
        p.add_argument(option, metavar="COLUMN", help=column.format(what=what[option]))
    p.add_argument("--leave-out-bad-rows", action="store_true",
                   help=translate("cli_args", "with chosen columns: leave out rows whose cell there is empty or "
                                  "not a number (stderr says which); without it such a row is an error"))


def add_loss_option(p: argparse.ArgumentParser, names: Sequence[str] = LOSS_NAMES, default: str | None = "mse") -> None:
    text = with_default(one_of(names), default) if default else one_of(names)
    p.add_argument("--loss", default=default, metavar="LOSS", help=text)


def add_loss_options(p: argparse.ArgumentParser, names: Sequence[str] = LOSS_NAMES) -> None:
    """--loss (one of `names`) and the parameters those losses take, each once."""
    add_loss_option(p, names)
    for parameter, users in parameters_of(tuple(names)).values():
        text = translate("cli_args", "{condition} for --loss {losses}: {tip}").format(
            condition=core_text(parameter.condition), losses=", ".join(users), tip=core_text(parameter.tip))
        text = with_default(text, f"{parameter.default:g}")
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
    model_for = translate("cli_args", "{model} for {losses}")
    for_others = "".join("; " + model_for.format(model=model, losses=", ".join(names))
                         for model, names in others.items())
    classes = "; " + translate("cli_args", "softmax:K fixes K classes (2 to 5)") if "softmax" in models else ""
    text = one_of(models) + classes
    p.add_argument("--model", metavar="MODEL", help=with_default(text, default + for_others) if default else text)


def add_penalty_options(p: argparse.ArgumentParser) -> None:
    """--reduction and the penalties' settings (core/penalties.py), with their tips."""
    p.add_argument("--reduction", choices=("mean", "sum"),
                   help=translate("cli_args", "R in J = R(ℓ) + penalties (default: the loss's own)"))
    p.add_argument(CAP.option, type=finite_float, metavar="C", help=core_text(CAP.tip))
    p.add_argument(CAP_WEIGHT.option, type=finite_float, metavar="W", help=with_default(core_text(CAP_WEIGHT.tip), 1))
    for weight in (L1, L2):
        p.add_argument(weight.option, type=finite_float, default=0.0, metavar="W", help=core_text(weight.tip))


def add_json_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help=translate("cli_args", "print one JSON object instead of text"))


def add_lang_option(p: argparse.ArgumentParser) -> None:
    """--lang: the language of the help and the messages (`cli_i18n.start` reads it before parsing)."""
    p.add_argument("--lang", metavar="CODE", help=translate(
        "cli_args", "the language of this help and of the messages: en, de, es or fr (default: the system's)"))


def add_problem_options(p: argparse.ArgumentParser) -> None:
    """Data, loss, model, reduction and penalties: what `fit` and `solve` share."""
    add_data_options(p)
    add_loss_options(p)
    add_model_option(p)
    add_penalty_options(p)
    add_json_option(p)
    add_lang_option(p)


def add_optimizer_option(p: argparse.ArgumentParser, default: str | None = "gd") -> None:
    text = with_default(one_of(OPTIMIZER_NAMES), default) if default else one_of(OPTIMIZER_NAMES)
    p.add_argument("--optimizer", default=default, metavar="NAME", help=text)


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
            _number_option(p, param, with_default(core_text(param.tip), f"{param.default:g}"), default)


def add_schedule_options(p: argparse.ArgumentParser) -> None:
    """--schedule NAME and each schedule's settings, from the schedules' tables."""
    p.add_argument(
        "--schedule",
        default="constant",
        metavar="NAME",
        help=with_default(translate("cli_args", "the learning rate by epoch t: {choices}").format(
            choices=one_of(SCHEDULE_NAMES)), "constant"),
    )
    for cls in SCHEDULES.values():
        for param in cls.parameters:
            _number_option(p, param, with_default(f"{cls.name}: {core_text(param.tip)}", f"{param.default:g}"))


def add_stop_options(p: argparse.ArgumentParser) -> None:
    """The stop rule: off unless --stop-tol or --grad-tol is given."""
    tol, window, grad_tol = StopRule.parameters
    off = translate("cli_args", "{tip} (default: off)")
    _number_option(p, tol, translate("cli_args", "{tip} (e.g. 1e-9; default: off)").format(tip=core_text(tol.tip)))
    _number_option(p, window, with_default(translate("cli_args", "K of --stop-tol"), f"{window.default:g}"),
                   default=int(window.default))
    _number_option(p, grad_tol, off.format(tip=core_text(grad_tol.tip)))


def load_points(args: argparse.Namespace, classification: bool, classes: int = 2
                ) -> tuple[np.ndarray, np.ndarray, str]:
    """The points of `args.data` or `args.preset`, and where they came from; class labels
    0 … `classes` − 1 in a file."""
    from lossexplorer.core import InputError, preset, read_points

    if args.preset and args.data:
        raise InputError(translate("cli_args", "give either DATA.csv or --preset, not both"))
    specs = _column_specs(args, classification)
    if args.preset:
        if specs:
            options = " and ".join(COLUMN_OPTIONS[classification])
            raise InputError(translate("cli_args", "{options} choose columns of DATA.csv, not of a preset").format(
                options=options))
        p = preset(args.preset)
        if p.classification != classification:
            message = (translate("cli_args", "preset {name} is a classification data set; choose a classification "
                                 "loss (e.g. --loss bce)") if p.classification else
                       translate("cli_args", "preset {name} is a regression data set; choose a regression loss "
                                 "(e.g. --loss mse)"))
            raise InputError(message.format(name=p.name))
        return p.x, p.y, f"preset {p.name}"
    if not args.data:
        raise InputError(translate("cli_args", "no data: give a DATA.csv file or --preset NAME"))
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
        message = translate("cli_args", "{error}; choose the columns with {options} (a header name or a number)")
        raise InputError(message.format(error=exc, options=options)) from None
    return x, y, args.data


def left_out_note(rows: Sequence[LeftOut]) -> str:
    """'left out row 5 (column b: 'NA' is not a number)', or 'left out 3 rows: 5, 9, 12 (row 5, …)'."""
    first = rows[0].sentence()
    if len(rows) == 1:
        return translate("cli_args", "left out {row}").format(row=f"{first.replace(', column', ' (column', 1)})")
    lines = ", ".join(str(bad.line) for bad in rows[:20]) + (", …" if len(rows) > 20 else "")
    return translate("cli_args", "left out {n} rows: {lines} ({first})").format(n=len(rows), lines=lines, first=first)


def _column_specs(args: argparse.Namespace, classification: bool) -> list[str]:
    """The columns the options choose (none: the file is read as x,y or x1,x2,label)."""
    from lossexplorer.core import InputError

    wanted, other = COLUMN_OPTIONS[classification], COLUMN_OPTIONS[not classification]
    given = [option for option in other if getattr(args, option[2:], None) is not None]
    if given:
        message = (translate("cli_args", "{option} chooses a column for regression; for this loss give {options}")
                   if classification else
                   translate("cli_args", "{option} chooses a column for classification; for this loss give {options}"))
        raise InputError(message.format(option=given[0], options=" and ".join(wanted)))
    specs = [getattr(args, option[2:], None) for option in wanted]
    if all(spec is None for spec in specs):
        return []
    missing = [option for option, spec in zip(wanted, specs) if spec is None]
    if missing:
        message = translate("cli_args", "give {options} together: {missing} is missing")
        raise InputError(message.format(options=" and ".join(wanted), missing=", ".join(missing)))
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
    lines = [f"  {name:<{width}}  {command_help(name)}" for name in commands]
    p.epilog = (
        translate("cli_args", "commands (each has its own --help):") + "\n"
        + "\n".join(lines)
        + "\n\n"
        + translate("cli_args", "e.g. {example}").format(example=f"{PROG} fit --preset noisy-line --loss huber")
    )
