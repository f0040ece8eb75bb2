"""`lossexplorer simulate`: let the spring-hung bar settle and say where it came to rest.

Bad input raises InputError with a one-line message; `lossexplorer.cli.main` turns it into
exit status 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from lossexplorer.cli_args import (
    PROG,
    Parser,
    add_data_options,
    add_json_option,
    add_lang_option,
    add_loss_options,
    finite_float,
    load_points,
    loss_parameters,
    with_default,
)
from lossexplorer.cli_i18n import translate
from lossexplorer.core.losses import SPRING_LOSSES

DEFAULTS = {"damping": 0.1, "mass": 0.1, "stiffness": 2.0, "time": 60.0, "samples": 200}


def add_arguments(p: argparse.ArgumentParser) -> None:
    """The options of `lossexplorer simulate`: the data, a loss the bar hangs on springs of, the bar's settings."""
    p.description = translate(
        "simulate_cli",
        "Hang a bar from springs on the points, let it go from the horizontal at the mean of y, and print where it "
        "comes to rest. Spring i stores (k/2)·ℓ(e_i), so with k = 2 and squared error the springs' energy is the SSE.")
    add_data_options(p, classification=False)
    add_loss_options(p, SPRING_LOSSES)
    p.add_argument(
        "--damping", type=finite_float, default=DEFAULTS["damping"], metavar="B",
        help=with_default(translate("simulate_cli", "drag per point, b ≥ 0"), 0.1),
    )
    p.add_argument(
        "--mass", type=finite_float, default=DEFAULTS["mass"], metavar="M",
        help=with_default(translate("simulate_cli", "the bar's mass per point"), 0.1),
    )
    p.add_argument(
        "--stiffness",
        type=finite_float,
        default=DEFAULTS["stiffness"],
        metavar="K",
        help=with_default(translate("simulate_cli", "spring constant k"), 2),
    )
    p.add_argument(
        "--time", type=finite_float, default=DEFAULTS["time"], metavar="T",
        help=with_default(translate("simulate_cli", "seconds to run"), 60)
    )
    p.add_argument(
        "--samples", type=int, default=DEFAULTS["samples"], metavar="N",
        help=with_default(translate("simulate_cli", "energy samples, 2 to 1000"), 200)
    )
    add_json_option(p)
    add_lang_option(p)


def _parser() -> argparse.ArgumentParser:
    p = Parser(prog=f"{PROG} simulate")
    add_arguments(p)
    return p


def run_simulate(argv: list[str]) -> int:
    """Run `lossexplorer simulate` with the arguments after the word 'simulate'."""
    from lossexplorer.core.physics import check_settings, simulate, spring_loss

    args = _parser().parse_args(argv)
    params: dict[str, Any] = loss_parameters(args, SPRING_LOSSES)
    spring_loss(args.loss, **params)  # the loss and the settings are checked before the data is read
    check_settings(args.stiffness, args.mass, args.damping, args.time)
    x, y, source = load_points(args, classification=False)
    from lossexplorer.progress import Progress

    with Progress(sys.stderr, "simulating", f"{args.time:g} s") as progress:
        run = simulate(
            x,
            y,
            args.loss,
            damping=args.damping,
            mass=args.mass,
            stiffness=args.stiffness,
            time=args.time,
            samples=args.samples,
            per_point=True,  # the window's convention: the motion does not depend on the number of points
            progress=progress.update,
            **params,
        )
    if args.json:
        out = {
            "data": source,
            "loss": args.loss,
            "stiffness": args.stiffness,
            "mass": args.mass,
            "damping": args.damping,
            **run.as_dict(),
        }
        print(json.dumps(out, indent=2))
        return 0
    first, last = run.energy[0], run.energy[-1]
    print(
        f"spring bar for {args.loss} ({source}): stiffness {args.stiffness:g}, mass {args.mass:g}, "
        f"damping {args.damping:g}, {run.time:g} s from the horizontal at ȳ (mass and damping per point)"
    )
    print(f"m = {run.slope!r}; c = {run.intercept!r}")
    print(f"net force = {run.net_force!r}; net torque = {run.net_torque!r}")
    if run.at_rest:
        print(translate("simulate_cli", "the bar came to rest"))
    else:
        still = translate("simulate_cli",
                          "the bar is still moving after {time} s (try a longer --time or more --damping)")
        print(still.format(time=f"{run.time:g}"))
    print(
        f"energy: kinetic {last.kinetic:.6g}, potential {last.potential:.6g}, total {last.total:.6g} "
        f"(at the start {first.total:.6g})"
    )
    return 0
