"""`lossexplorer simulate`: let the spring-hung bar settle and say where it came to rest.

Bad input raises InputError with a one-line message; `lossexplorer.cli.main` turns it into
exit status 2.
"""

from __future__ import annotations

import argparse
import json

from lossexplorer.cli import PROG, _float, _load, _Parser

DEFAULTS = {"damping": 1.0, "mass": 1.0, "stiffness": 2.0, "time": 60.0, "samples": 200}


def _parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog=f"{PROG} simulate",
        description="Hang a bar from springs on the points, let it go from the horizontal at the mean of y, "
        "and print where it comes to rest. Spring i stores (k/2)·ℓ(e_i), so with k = 2 and squared error "
        "the springs' energy is the SSE.",
    )
    p.add_argument("data", nargs="?", metavar="DATA.csv", help="points: columns x,y")
    p.add_argument("--preset", metavar="NAME", help="use a preset data set instead of a file")
    p.add_argument("--loss", default="mse", help="mse sse half-sse mae sae huber logcosh quantile asymmetric")
    p.add_argument("--delta", type=_float, help="Huber's δ > 0 (default 1)")
    p.add_argument("--quantile", type=_float, help="pinball loss q in (0, 1) (default 0.5)")
    p.add_argument("--alpha", type=_float, help="asymmetric loss: under-prediction costs α times more (default 2)")
    p.add_argument("--damping", type=_float, default=DEFAULTS["damping"], metavar="B", help="drag b ≥ 0 (default 1)")
    p.add_argument("--mass", type=_float, default=DEFAULTS["mass"], metavar="M", help="the bar's mass (default 1)")
    p.add_argument(
        "--stiffness", type=_float, default=DEFAULTS["stiffness"], metavar="K", help="spring constant k (default 2)"
    )
    p.add_argument("--time", type=_float, default=DEFAULTS["time"], metavar="T", help="seconds to run (default 60)")
    p.add_argument(
        "--samples", type=int, default=DEFAULTS["samples"], metavar="N", help="energy samples, 2 to 1000 (default 200)"
    )
    p.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    return p


def run_simulate(argv: list[str]) -> int:
    """Run `lossexplorer simulate` with the arguments after the word 'simulate'."""
    from lossexplorer.core.physics import check_settings, simulate, spring_loss

    args = _parser().parse_args(argv)
    params = {"delta": args.delta, "quantile": args.quantile, "alpha": args.alpha}
    spring_loss(args.loss, **params)  # the loss and the settings are checked before the data is read
    check_settings(args.stiffness, args.mass, args.damping, args.time)
    x, y, source = _load(args, classification=False)
    import sys

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
        print("the bar came to rest")
    else:
        print(f"the bar is still moving after {run.time:g} s (try a longer --time or more --damping)")
    print(
        f"energy: kinetic {last.kinetic:.6g}, potential {last.potential:.6g}, total {last.total:.6g} "
        f"(at the start {first.total:.6g})"
    )
    return 0
