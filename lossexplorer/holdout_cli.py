"""`--hold-out F --seed S` for `fit` and `solve`: a seeded share of the points held out of J, and
J and R² on the training points and on the held-out points (JSON keys `train` and `test`)."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from typing import Any

import numpy as np

from lossexplorer.cli_args import finite_float, with_default
from lossexplorer.cli_i18n import translate


def add_arguments(p: argparse.ArgumentParser, seed: bool) -> None:
    """--hold-out (and --seed, where the command has none yet)."""
    p.add_argument("--hold-out", type=finite_float, metavar="F",
                   help=translate("holdout_cli", "hold out a random share F of the points (0 ≤ F < 1): J and the "
                                  "fit use the rest, and J and R² are reported on both (seeded by --seed)"))
    if seed:
        p.add_argument("--seed", type=int, default=0, help=with_default(
            translate("holdout_cli", "seed of the points --hold-out draws"), 0))


@dataclass(frozen=True)
class HeldOut:
    """The points held out, and the whole data set they came from."""

    held: np.ndarray
    x: np.ndarray
    y: np.ndarray
    seed: int

    def scores(self, beta: np.ndarray, options: dict[str, Any]) -> dict[str, Any]:
        """{"train": {n, objective, r2}, "test": {...}} of the fit β (test null without held-out points)."""
        from lossexplorer.core.holdout import score_of, split_objectives

        train, test = split_objectives(self.x, self.y, self.held, **options)
        return {"train": score_of(train, beta).as_dict(),
                "test": score_of(test, beta).as_dict() if test is not None else None,
                "seed": self.seed}

    def lines(self, beta: np.ndarray, options: dict[str, Any], label: str) -> list[str]:
        """Both sets' J and R² in words."""
        scores = self.scores(beta, options)
        out = []
        for key, name in (("train", "training points"), ("test", "held-out points")):
            score = scores[key]
            if score is None:
                out.append(f"{key}: no {name}")
                continue
            parts = [f"{label} = {_number(score['objective'])}"]
            if self._regression(options):
                parts.append(f"R² = {_number(score['r2'])}")
            out.append(f"{key} ({score['n']} {name}): " + "; ".join(parts))
        return out

    @staticmethod
    def _regression(options: dict[str, Any]) -> bool:
        from lossexplorer.core import make_model

        return not make_model(options["model"]).classification


def _number(value: float | None) -> str:
    return "undefined" if value is None else repr(value)


def split_points(args: argparse.Namespace, x: np.ndarray, y: np.ndarray, source: str, model: Any
                 ) -> tuple[np.ndarray, np.ndarray, str, HeldOut | None]:
    """The training points (all of them without --hold-out), where they came from, and the split."""
    if args.hold_out is None:
        return x, y, source, None
    from lossexplorer.core import InputError, check_enough
    from lossexplorer.core.holdout import hold_out

    try:
        held = hold_out(len(y), args.hold_out, args.seed)
    except InputError as exc:
        raise InputError(f"--hold-out {args.hold_out:g}: {exc}") from None
    keep = ~held
    where = f"{source}; {int(keep.sum())} training points, {int(held.sum())} held out by seed {args.seed}"
    check_enough(x[keep], model.for_labels(y[keep]), f"the training points of {source}")
    return x[keep], y[keep], where, HeldOut(held, x, y, args.seed)
