"""The one command: `lossexplorer` opens the window; `lossexplorer fit|solve|score|simulate|presets ...` work headless.

Bad input ends with exit status 2 and one line on stderr, never a traceback. The options are
defined in `lossexplorer.cli_args`, shared with `simulate`.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Sequence
from typing import Any

import numpy as np

from lossexplorer import holdout_cli
from lossexplorer.cli_args import (
    ALL_PRESETS,
    COMMANDS,
    EXIT_BAD_INPUT,
    LOSS_NAMES,
    PROG,
    WINDOW_LOSSES,
    WINDOW_MODELS,
    Parser,
    VersionAction,
    add_command_list,
    add_lang_option,
    add_loss_option,
    add_model_option,
    add_optimizer_option,
    add_problem_options,
    add_run_options,
    add_schedule_options,
    add_stop_options,
    coefficients,
    command_help,
    finite_float,
    load_points,
    looks_like_a_command,
    loss_parameters,
    one_of,
)
from lossexplorer.cli_i18n import translate


def _command_parser() -> argparse.ArgumentParser:
    from lossexplorer.simulate_cli import add_arguments as add_simulate_arguments

    parser = Parser(prog=PROG, description=translate("cli", "Loss functions and gradient descent, headless."))
    sub = parser.add_subparsers(dest="command", required=True, parser_class=Parser)
    fit = sub.add_parser("fit", help=command_help("fit"))
    add_problem_options(fit)
    add_optimizer_option(fit)
    add_run_options(fit)
    fit.add_argument("--init", type=coefficients, metavar="B0,B1,..",
                     help=translate("cli", "start coefficients (default zeros)"))
    fit.add_argument("--every", type=int, metavar="K",
                     help=translate("cli", "log every K-th epoch (default: about 20 lines)"))
    add_schedule_options(fit)
    add_stop_options(fit)
    holdout_cli.add_arguments(fit, seed=False)
    solve = sub.add_parser("solve", help=command_help("solve"))
    add_problem_options(solve)
    holdout_cli.add_arguments(solve, seed=True)
    score = sub.add_parser("score", help=command_help("score"))
    add_problem_options(score)
    mine = score.add_mutually_exclusive_group(required=True)
    mine.add_argument("--line", type=coefficients, metavar="C,M",
                      help=translate("cli", "my line p = m·x + c: its intercept and slope"))
    mine.add_argument(
        "--coefficients", type=coefficients, metavar="B0,B1,..",
        help=translate("cli", "my coefficients for another model (--model)"),
    )
    add_simulate_arguments(sub.add_parser("simulate", help=command_help("simulate")))
    add_lang_option(sub.add_parser("presets", help=command_help("presets")))
    return parser


def _window_parser() -> argparse.ArgumentParser:
    from lossexplorer.gui.view_names import VIEW_NAMES

    parser = Parser(
        prog=PROG,
        description=translate("cli", "Open the lossexplorer window, or run a headless command (below)."),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_command_list(parser)
    parser.add_argument("file", nargs="?", metavar="FILE",
                        help=translate("cli", "a points .csv (or a .lossx session) to open"))
    presets = translate("cli", "start with a preset data set (default noisy-line): {choices}")
    parser.add_argument("--preset", metavar="NAME", help=presets.format(choices=one_of(ALL_PRESETS)))
    add_loss_option(parser, WINDOW_LOSSES, default=None)
    add_model_option(parser, default=None, models=WINDOW_MODELS)
    add_optimizer_option(parser, default=None)
    parser.add_argument("--lr", type=finite_float, help=translate("cli", "the learning rate to start with"))
    parser.add_argument("--epochs", type=int,
                        help=translate("cli", "the number of epochs (screenshot mode runs them all)"))
    parser.add_argument("--view", default="fit", metavar="VIEW",
                        help=translate("cli", "the view to show: {choices}").format(
        choices=one_of(VIEW_NAMES)))
    parser.add_argument("--screenshot", metavar="OUT.png",
                        help=translate("cli", "render the window to OUT.png and exit"))
    parser.add_argument(
        "--animation", "--export-animation", metavar="OUT.gif", dest="animation",
        help=translate("cli", "write the descent from epoch 0 to the end as an animated GIF (needs Pillow: "
                       "pip install 'lossexplorer[export]'), PNG frames (OUT.png: OUT-000.png, ...) or an MP4 "
                       "(ffmpeg), and exit"),
    )
    parser.add_argument("--fps", type=int, default=12,
                        help=translate("cli", "frames a second of --animation (default 12)"))
    parser.add_argument(
        "--size", metavar="WxH", help=translate("cli", "window size in screenshot mode (default 1600x900); frame size "
                                                "of --animation (default 960x540)")
    )
    parser.add_argument("--projector", action="store_true", help=translate("cli", "start in projector mode"))
    parser.add_argument("--lang", metavar="CODE", help=translate("cli", "the window's language: en, de, es or fr "
                        "(default: the one chosen in View → Language, else the system's)"))
    parser.add_argument("--my-line", type=coefficients, metavar="C,M",
                        help=translate("cli", "open in my-line mode with my line p = m·x + c "
                                       "(its intercept and slope)"))
    parser.add_argument("--version", action=VersionAction)
    return parser


# --- fit and solve ------------------------------------------------------------------


def _problem(args: argparse.Namespace) -> tuple[np.ndarray, np.ndarray, str, dict[str, Any]]:
    from lossexplorer.core import check_enough, make_loss, make_model
    from lossexplorer.core.models import MAX_CLASSES

    params = loss_parameters(args)
    loss = make_loss(args.loss, **params)  # names and parameters are checked before the file is read
    model_name = args.model or loss.default_model
    model = make_model(model_name)
    x, y, source = load_points(args, loss.kind == "classification", MAX_CLASSES if loss.multiclass else 2)
    check_enough(x, model.for_labels(y), source)
    cap_weight = args.cap_weight if args.cap_weight is not None else (1.0 if args.cap is not None else 0.0)
    options = dict(
        loss=args.loss,
        model=model_name,
        reduction=args.reduction,
        cap=args.cap,
        cap_weight=cap_weight,
        l1=args.l1,
        l2=args.l2,
        **params,
    )
    return x, y, source, options


def _finite(value: float) -> float | None:
    return float(value) if math.isfinite(value) else None


def _line_parts(model_name: str, beta: np.ndarray) -> list[tuple[str, float]]:
    """Coefficients in the blog's words: m then c for a line, c for bias, β_j otherwise; a
    softmax model's row by row, β_kj for class k's weight of x_j."""
    if model_name == "line":
        return [("m", float(beta[1])), ("c", float(beta[0]))]
    if model_name == "bias":
        return [("c", float(beta[0]))]
    if model_name.startswith("softmax"):
        return list(zip(_softmax(beta).coefficient_names, (float(b) for b in beta)))
    return [(f"β{j}", float(b)) for j, b in enumerate(beta)]


def _parts(model_name: str, beta: np.ndarray) -> str:
    """`m = 2.0; c = 1.0`: the coefficients as one line (a softmax model's, one line per class)."""
    parts = [f"{name} = {value!r}" for name, value in _line_parts(model_name, beta)]
    if model_name.startswith("softmax"):
        width = len(parts) // _softmax(beta).classes
        return ";\n".join("; ".join(parts[i : i + width]) for i in range(0, len(parts), width))
    return "; ".join(parts)


def _softmax(beta: np.ndarray) -> Any:
    """The softmax model of these coefficients (K rows of 3)."""
    from lossexplorer.core import make_model
    from lossexplorer.core.models import ROW

    return make_model(f"softmax:{len(beta) // ROW}")


def _coefficients(model_name: str, beta: np.ndarray) -> list[Any]:
    """β for JSON (no NaN there: null); a softmax model's as K rows (β_k0, β_k1, β_k2)."""
    flat = [_finite(b) for b in beta]
    if model_name.startswith("softmax"):
        width = len(beta) // _softmax(beta).classes
        return [flat[i : i + width] for i in range(0, len(flat), width)]
    return flat


def _named(model_name: str, beta: np.ndarray) -> dict[str, Any]:
    out: dict[str, Any] = {"coefficients": _coefficients(model_name, beta)}
    if model_name in ("line", "bias") or model_name.startswith("poly:"):
        out["intercept"] = _finite(beta[0])
    if model_name == "line":
        out["slope"] = _finite(beta[1])
    return out


def _stats(x: np.ndarray, y: np.ndarray, options: dict[str, Any], beta: np.ndarray, p: np.ndarray | None = None
           ) -> dict[str, float | None] | None:
    """RSS, TSS, R² and r of the fit (p: the predictions, when the caller has them stably); of
    the predicted means exp(f) for Poisson."""
    from lossexplorer.core import LOSSES, fit_stats, make_model

    model = make_model(options["model"])
    if model.classification:
        return None
    f = model.predict(beta, x) if p is None else p
    return fit_stats(y, LOSSES[options["loss"]]().mean(f)).as_dict()


def _show(value: float | None, log10: float | None = None) -> str:
    """A number as repr; one a float cannot hold by its size: 'about 3.2e-601 (below the floats)'."""
    if value is None and log10 is not None and math.isfinite(log10):
        exponent = math.floor(log10)
        where = "below the smallest float" if log10 < 0 else "past the largest float"
        return f"about {10 ** (log10 - exponent):.3g}e{exponent:+d} ({where})"
    return "undefined" if value is None else repr(value)


def _format_stats(stats: dict[str, float | None] | None) -> str:
    if not stats:
        return ""
    rss, tss = _show(stats["rss"], stats.get("rss_log10")), _show(stats["tss"], stats.get("tss_log10"))
    return f"RSS = {rss}; TSS = {tss}; R² = {_show(stats['r2'])}; r = {_show(stats['r'])}"


def _schedule_and_stop(args: argparse.Namespace) -> tuple[Any, Any]:
    """The schedule and the stop rule the options name (checked before the file is read)."""
    from lossexplorer.core import StopRule, make_schedule
    from lossexplorer.core.schedules import SCHEDULE_PARAMETERS

    schedule = make_schedule(args.schedule, **{name: getattr(args, name) for name in SCHEDULE_PARAMETERS})
    return schedule, StopRule(args.stop_tol, args.stop_window, args.grad_tol)


def run_fit(args: argparse.Namespace) -> int:
    from lossexplorer.core import InputError, fit
    from lossexplorer.core.fitting import EPOCHS, SEED

    schedule, stop = _schedule_and_stop(args)
    x, y, source, options = _problem(args)
    x, y, source, held = _split(args, x, y, source, options)
    EPOCHS.check(args.epochs)
    SEED.check(args.seed)
    if args.every is not None and args.every < 1:
        raise InputError(translate("cli", "--every must be 1 or more, got {every}").format(every=args.every))
    result = fit(
        x,
        y,
        optimizer=args.optimizer,
        lr=args.lr,
        epochs=args.epochs,
        init=args.init,
        seed=args.seed,
        batch_size=args.batch_size,
        momentum=args.momentum,
        beta1=args.beta1,
        beta2=args.beta2,
        schedule=schedule,
        stop=stop,
        **options,
    )
    every = args.every or max(1, args.epochs // 20)
    shown = list(range(0, result.epochs_run + 1, every))
    if shown[-1] != result.epochs_run:
        shown.append(result.epochs_run)
    model = options["model"]
    stats = _stats(x, y, options, result.coefficients)
    if args.json:
        out = {
            "data": source,
            "loss": args.loss,
            "model": model,
            "optimizer": args.optimizer,
            "lr": args.lr,
            "epochs": args.epochs,
            "epochs_run": result.epochs_run,
            **_named(model, result.coefficients),
            "objective": result.final_objective,
            "history": [
                {"epoch": k, "objective": float(result.objective[k]),
                 "coefficients": _coefficients(model, result.path[k])}
                for k in shown
            ],
            "diverged": result.diverged,
            "message": result.message,
            "schedule": {"name": schedule.name, "rate": schedule.formula(args.lr), **schedule.settings()},
            "stopped": result.stopped,
            "stop_reason": result.stop_reason,
            "max_stable_lr": result.max_stable_lr,
            "stats": stats,
            **(held.scores(result.coefficients, options) if held else {}),
        }
        print(json.dumps(out, indent=2))
        return 0
    label = result.problem.label
    for k in shown:
        parts = "; ".join(f"{name} = {value!r}" for name, value in _line_parts(model, result.path[k]))
        print(f"Epoch #{k}: {parts}; {label} = {float(result.objective[k])!r}")
    rate = f"{args.lr:g}" if schedule.constant else f"{schedule.formula(args.lr)} ({schedule.title})"
    run = f"learning rate {rate}, {result.epochs_run} epochs"
    print(f"{args.loss} on {model} by {args.optimizer}, {run} ({source})")
    if result.diverged or result.stopped:
        print(result.message)
    elif result.max_stable_lr is not None:
        print(f"largest stable learning rate for gd: {result.max_stable_lr:.6g}")
    if stats:
        print(_format_stats(stats))
    if held:
        print("\n".join(held.lines(result.coefficients, options, label)))
    return 0


def _split(args: argparse.Namespace, x: np.ndarray, y: np.ndarray, source: str, options: dict[str, Any]
           ) -> tuple[np.ndarray, np.ndarray, str, holdout_cli.HeldOut | None]:
    """The training points under --hold-out (see holdout_cli)."""
    from lossexplorer.core import make_model

    return holdout_cli.split_points(args, x, y, source, make_model(options["model"]))


def run_solve(args: argparse.Namespace) -> int:
    from lossexplorer.core import make_objective, solve_objective

    x, y, source, options = _problem(args)
    x, y, source, held = _split(args, x, y, source, options)
    objective = make_objective(x, y, **options)
    solution = solve_objective(objective)
    label = objective.label
    model = options["model"]
    stats = _stats(x, y, options, solution.coefficients, solution.predict(x)) if solution.converged else None
    value = None if solution.objective_out_of_range else _finite(solution.objective)
    if args.json:
        out = {
            "data": source,
            "loss": args.loss,
            "model": model,
            **_named(model, solution.coefficients),
            "objective": value,
            "objective_log10": _finite(solution.objective_log10),
            "method": solution.method,
            "converged": solution.converged,
            "kkt_violation": _finite(solution.kkt_violation),
            "ill_conditioned": solution.ill_conditioned,
            "raw_condition": _finite(solution.raw_condition),
            "message": solution.message,
            "stats": stats,
            **(held.scores(solution.coefficients, options) if held else {}),
        }
        print(json.dumps(out, indent=2))
        return 0
    if not np.all(np.isfinite(solution.coefficients)):
        print(f"{args.loss} on {model} ({source}): {solution.message}")
        return 0
    print(f"exact answer for {args.loss} on {model} ({source}), by {solution.method}:")
    print(f"{_parts(model, solution.coefficients)}; {label} = {_show(value, solution.objective_log10)}")
    verdict = "converged" if solution.converged else "did not converge"
    print(f"{verdict}: KKT violation {solution.kkt_violation:.1e} (exact to rounding is about 1e-15)")
    if not solution.converged:
        print(f"the solver did not converge: {solution.message}")
    elif solution.message:  # what kind of answer a non-convex loss has
        print(solution.message)
    if solution.ill_conditioned:
        print(
            f"the coefficients of the powers of x are ill-conditioned (their terms cancel about "
            f"{solution.raw_condition:.0e}-fold at the data) and do not reproduce the curve by themselves; "
            "the answer was solved and evaluated in a centred, scaled basis"
        )
    if stats:
        print(_format_stats(stats))
    if held:
        print("\n".join(held.lines(solution.coefficients, options, label)))
    return 0


def run_score(args: argparse.Namespace) -> int:
    from lossexplorer.core import InputError, score

    if args.line is not None:
        if args.model not in (None, "line"):
            message = translate("cli", "--line gives a line's c and m; for model {model} give --coefficients")
            raise InputError(message.format(model=args.model))
        if len(args.line) != 2:
            message = translate("cli", "--line takes two numbers C,M (intercept, slope), got {n}")
            raise InputError(message.format(n=len(args.line)))
    x, y, source, options = _problem(args)
    model = options["model"]
    result = score(x, y, args.line if args.line is not None else args.coefficients, **options)
    best = result.best
    if args.json:
        ratio = result.ratio
        out = {
            "data": source,
            "loss": args.loss,
            "model": model,
            "label": result.label,
            **_named(model, result.coefficients),
            "objective": result.mine,
            "best": {
                **_named(model, best.coefficients),
                "objective": result.best_value,
                "method": best.method,
                "converged": best.converged,
                "message": best.message,
            },
            "ratio": _finite(ratio) if ratio is not None else None,
            "percent_above": _finite(100.0 * (ratio - 1.0)) if ratio is not None else None,
            "above": _finite(result.above) if result.above is not None else None,
            "summary": result.sentence(),
        }
        print(json.dumps(out, indent=2))
        return 0
    mine = "my line" if args.line is not None else "my coefficients"
    parts = _parts(model, result.coefficients)
    print(f"{mine} for {args.loss} on {model} ({source}): {parts}")
    print(f"my {result.label} = {result.mine!r}")
    if result.best_value is not None:
        best_parts = _parts(model, best.coefficients)
        print(f"best {result.label} = {result.best_value!r} (the exact answer by {best.method}: {best_parts})")
    print(result.sentence())
    return 0


# --- the window ---------------------------------------------------------------------


def run_window(args: argparse.Namespace) -> int:
    from lossexplorer.core import InputError
    from lossexplorer.gui.display import display_problem

    if args.loss and args.loss not in WINDOW_LOSSES and args.loss in LOSS_NAMES:
        message = translate("cli", "the window does not draw the loss {loss} yet; "
                            "'{prog} fit', 'solve' and 'score' take it")
        raise InputError(message.format(loss=args.loss, prog=PROG))
    if args.model and args.model not in WINDOW_MODELS and args.model.startswith("softmax"):
        message = translate("cli", "the window does not draw the model {model} yet; "
                            "'{prog} fit', 'solve' and 'score' take it")
        raise InputError(message.format(model=args.model, prog=PROG))

    problem = display_problem()  # before Qt starts: without a display Qt aborts the process
    if problem:
        _say(problem)
        return EXIT_BAD_INPUT
    from lossexplorer.gui.app import run

    return run(args)


def _parse_window_args(argv: list[str]) -> argparse.Namespace:
    """The window's arguments; a FILE that is a bare word naming no file is a mistyped command."""
    parser = _window_parser()
    args = parser.parse_args(argv)
    if args.file in COMMANDS:
        parser.error(translate("cli", "the command '{command}' comes first: {prog} {command} [options]").format(
            command=args.file, prog=PROG))
    if args.file and looks_like_a_command(args.file):
        _command_parser().parse_args([args.file])  # argparse's "invalid choice" with the list; exit 2
    return args


def _say(message: str) -> None:
    if sys.stderr is not None:  # a windowed build on Windows has no stderr
        print(f"{PROG}: {message}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    from lossexplorer.cli_i18n import start
    from lossexplorer.core.errors import InputError

    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        start(argv)  # before any parser is made: the help is written in the language chosen
        if argv and argv[0] == "simulate":
            from lossexplorer.simulate_cli import run_simulate

            return run_simulate(argv[1:])
        if argv and argv[0] == "presets":
            from lossexplorer.presets_cli import run_presets

            return run_presets(argv[1:])
        if argv and (argv[0] in COMMANDS or looks_like_a_command(argv[0])):
            args = _command_parser().parse_args(argv)  # a mistyped command ends here with exit 2
            runs = {"fit": run_fit, "solve": run_solve, "score": run_score}
            return runs[args.command](args)
        return run_window(_parse_window_args(argv))
    except InputError as exc:
        _say(str(exc))
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:  # Ctrl+C before the window (or a headless command) could handle it
        return 128 + 2


if __name__ == "__main__":
    sys.exit(main())
