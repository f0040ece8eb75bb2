"""A generator of hostile files for the window (issue 15): values past the limits the command line
keeps, settings the panel cannot show, markup and control characters in labels, huge counts,
links to devices, pipes and loops.

`write_hostile_set(folder)` writes them and returns one `Hostile` per file: what the window must
do with it (refuse it, naming `says`, or open it) and, for opened ones, what it keeps.
Run as a script to write the set into a folder and try them by hand:
`python tests/gui/hostile_files.py /tmp/hostile`.
"""

from __future__ import annotations

import json
import math
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


def largest(n: int, power: int = 2) -> float:
    """The largest |value| a line fit on n points takes: n·v^power below the core's 1e306."""
    return 10 ** ((306 - math.log10(n)) / power)


MARKUP_LABELS = [
    '<img src="file:///etc/hostname">',
    '<span style="font-size:120pt">HUGE</span>',
    "<b>bold</b> &amp; <i>italic</i> <a href='https://example.com'>link</a>",
    "<table><tr><td>" * 50,
    "line one\nline two\r\x00\x1b[31mred\x07 \u202eevil\u2028",
    "W" * 10_000,
]


@dataclass
class Hostile:
    name: str
    opens: bool  # False: refused with one line, nothing changes
    says: str = ""  # part of the status line (or refusal) it must give
    pins: int | None = None  # opened sessions: how many pins are kept
    labels: list[str] = field(default_factory=list)  # the labels as the window must show them


def session(x: list[float], y: list[float], settings: dict[str, Any] | None = None, **extra: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"format": "lossexplorer-session", "version": 1, "points": {"x": x, "y": y},
                            "settings": {"loss": "mse", "model": "line", **(settings or {})}}
    data.update(extra)
    return data


def write_hostile_set(folder: Path) -> list[Hostile]:
    folder.mkdir(parents=True, exist_ok=True)
    cases: list[Hostile] = []

    def csv(name: str, rows: list[tuple[float, float]], opens: bool, says: str = "") -> None:
        (folder / name).write_text("x,y\n" + "".join(f"{a!r},{b!r}\n" for a, b in rows))
        cases.append(Hostile(name, opens, says))

    def lossx(name: str, data: dict[str, Any] | str, opens: bool, says: str = "", **kw: Any) -> None:
        text = data if isinstance(data, str) else json.dumps(data)
        (folder / name).write_text(text)
        cases.append(Hostile(name, opens, says, **kw))

    # --- values the command line refuses (the core's limits) ---------------------------
    csv("y-1e308.csv", [(0, -1e308), (1, 1e308), (2, 3)], False, "y reaches 1e+308")
    csv("y-1e200.csv", [(0, -1e200), (1, 1e200), (2, 3)], False, "y reaches 1e+200")
    csv("x-1e200.csv", [(-1e200, 0), (1e200, 1), (0, 3)], False, "x reaches 1e+200")
    big = largest(3)
    csv("largest.csv", [(-0.999 * big, -0.999 * big), (0, 0.5 * big), (0.999 * big, 0.999 * big)], True)
    csv("just-past.csv", [(0, -1.001 * big), (1, 1.001 * big), (2, 3)], False, "too large")
    (folder / "labels-1e200.csv").write_text("x1,x2,label\n1e200,1,0\n-1e200,2,1\n0,3,1\n")
    cases.append(Hostile("labels-1e200.csv", False, "reaches 1e+200"))
    lossx("session-y-1e200.lossx", session([0, 1, 2], [1e200, -1e200, 0]), False, "y reaches 1e+200")
    lossx("session-largest.lossx", session([-0.999 * big, 0, 0.999 * big], [0.999 * big, 0, -0.999 * big]), True)

    # --- settings the panel cannot show: refused, naming the setting --------------------
    for key, value in [("lr", 50), ("lr", 1e-9), ("speed", 7), ("l2", 1e300), ("cap", 1e12), ("delta", 1e-300),
                       ("quantile", 1.5), ("epochs", 0), ("batch_size", 10**7), ("seed", -1), ("gamma", 21.0),
                       ("momentum", 1.0), ("l1", -1.0), ("alpha", 1e4), ("beta2", 1.0), ("cap_weight", 1e7),
                       ("l2", 5e-324), ("seed", 10**30)]:
        lossx(f"setting-{key}-{value}.lossx", session([0, 1, 2], [1, 2, 4], {key: value}), False, f"setting {key}")
    # in range, with every digit: the panel must show exactly these
    exact = {"lr": 1.23456789e-6, "l2": 1e-7, "l1": 0.000123456789012345, "quantile": 0.123456789012345,
             "cap": -123.456789012345, "cap_on": True, "delta": 0.3333333333333333, "speed": 0.0,
             "momentum": 0.987654321, "epochs": 999_999}
    lossx("settings-exact.lossx", session([0, 1, 2], [1, 2, 4], exact), True)

    # --- pins: markup, control characters, long labels, huge counts, bad colours ------
    def pin(label: str, colour: str = "#e69f00") -> dict[str, Any]:
        return {"label": label, "colour": colour, "model": "line", "coefficients": [1.0, 2.0]}

    lossx("pins-markup.lossx", session([0, 1, 2], [1, 2, 4], pins=[pin(t, c) for t, c in zip(
        MARKUP_LABELS, ["#e69f00", "#56b4e9", "#009e73", "#cc79a7", "#0072b2", "#d55e00"])]), True, "label", pins=6)
    lossx("pins-10000.lossx", session([0, 1, 2], [1, 2, 4], pins=[pin(f"pin {i}") for i in range(10_000)]), True,
          "kept the first 6 of its 10,000 pins", pins=6)
    lossx("pins-colours.lossx", session([0, 1, 2], [1, 2, 4], pins=[
        pin("a", "red; background: url(x)"), pin("b", "#e69f00"), pin("c", "#E69F00"), pin("d", "<b>")]), True, pins=4)

    # --- views and fits past what can be drawn --------------------------------------------
    lossx("view-range-1e308.lossx", session([0, 1, 2], [1, 2, 4], view={"range": [-1e308, 1e308, 0, 1]}), True,
          "view range")
    lossx("view-range-backwards.lossx", session([0, 1, 2], [1, 2, 4], view={"range": [5, 1, 3, 3]}), True,
          "view range")
    lossx("coefficients-1e300.lossx", session([0, 1, 2], [1, 2, 4], start=[1e300, -1e300],
                                                coefficients=[1e300, 1e300]), True)
    lossx("pin-coefficients-1e308.lossx", session([0, 1, 2], [1, 2, 4], pins=[
        {"label": "far", "colour": "#e69f00", "model": "poly:9", "coefficients": [1e308] * 10}]), True, pins=1)
    lossx("tab-markup.lossx", session([0, 1, 2], [1, 2, 4], view={"tab": "<b>x</b>", "overlays": {"<img>": True}}),
          True)

    # --- damaged JSON -----------------------------------------------------------------
    lossx("nested.lossx", "[" * 100_000 + "]" * 100_000, False, "damaged session")
    lossx("huge-int.lossx", session([0, 1, 2], [1, 2, 10**400]), False, "not a finite number")
    lossx("inf.lossx", json.dumps(session([0, 1, 2], [1, 2, 7])).replace("7", "1e999"), False, "not a finite number")
    lossx("nan.lossx", session([0, 1, 2], [1, 2, math.nan]), False, "NaN is not allowed")
    lossx("unknown-loss.lossx", session([0, 1, 2], [1, 2, 4], {"loss": "<img src=x>"}), False, "<img src=x>")
    (folder / "binary.csv").write_bytes(b"\x00\xff\xfe" * 100)
    cases.append(Hostile("binary.csv", False, "not a text file"))

    # --- names, links, devices, pipes ------------------------------------------------------
    csv("<img src=x>[*]&.csv", [(0, 1), (1, 2), (2, 4)], True)
    if sys.platform != "win32":
        for name in ("zero.csv", "zero.lossx"):
            (folder / name).symlink_to("/dev/zero")
            cases.append(Hostile(name, False, "not a regular file"))
        os.mkfifo(folder / "pipe.csv")
        cases.append(Hostile("pipe.csv", False, "not a regular file"))
        (folder / "loop.csv").symlink_to(folder / "loop2.csv")
        (folder / "loop2.csv").symlink_to(folder / "loop.csv")
        cases.append(Hostile("loop.csv", False, "cannot be read"))
        (folder / "folder.lossx").mkdir()
        cases.append(Hostile("folder.lossx", False, "is a folder"))
        (folder / "link.lossx").symlink_to(folder / "settings-exact.lossx")
        cases.append(Hostile("link.lossx", True))
    return cases


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "hostile")
    for case in write_hostile_set(out):
        print(("opens  " if case.opens else "refused") + f"  {case.name}")
