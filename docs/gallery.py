"""Every view of the window at 1280×720 and 1920×1080, normal and projector mode, as PNGs in
docs/gallery/ and a page that shows them (docs/gallery.md).

    .venv/bin/python docs/gallery.py [--only fit] [--out docs]

Each picture is one run of the app's own screenshot mode (`lossexplorer --screenshot`), so
the gallery shows what a teacher sees, not a mock-up. The views are the ones `--view` takes
(lossexplorer.gui.view_names), so a new view appears here without a change to this script,
plus the fit view in classification.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from lossexplorer.gui.view_names import VIEW_NAMES

SIZES = ("1280x720", "1920x1080")
#: the lesson each view is shown with: a preset and a loss where the view has something to say
SCENES: dict[str, list[str]] = {
    "fit": ["--preset", "outliers", "--loss", "huber", "--epochs", "300"],
    "classification": ["--preset", "blobs", "--loss", "bce", "--epochs", "300", "--view", "fit"],
    "landscape": ["--preset", "noisy-line", "--epochs", "60"],
    "loss-shape": ["--preset", "outliers", "--loss", "huber", "--epochs", "300"],
    "noise": ["--preset", "outliers", "--loss", "mae", "--epochs", "300"],
    "physics": ["--preset", "outliers", "--epochs", "300"],
}
DEFAULT_SCENE = ["--preset", "noisy-line", "--epochs", "3"]


def scene(name: str) -> list[str]:
    args = SCENES.get(name, DEFAULT_SCENE)
    return args if "--view" in args else [*args, "--view", name]


def shoot(name: str, size: str, projector: bool, out: Path) -> Path:
    path = out / "gallery" / f"{name}-{size}{'-projector' if projector else ''}.png"
    command = [sys.executable, "-m", "lossexplorer", "--screenshot", str(path), "--size", size, *scene(name)]
    if projector:
        command.append("--projector")
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    subprocess.run(command, check=True, env=env, timeout=300)
    return path


def page(names: list[str], out: Path) -> str:
    lines = ["# Every view, as a class sees it", "",
             "Made by `docs/gallery.py` with the app's screenshot mode; each row one view at 1280×720 and",
             "1920×1080, in normal and in projector mode (F5).", ""]
    for name in names:
        lines += [f"## {name}", ""]
        for projector in (False, True):
            for size in SIZES:
                file = f"gallery/{name}-{size}{'-projector' if projector else ''}.png"
                mode = "projector" if projector else "normal"
                lines.append(f"![{name}, {size.replace('x', '×')}, {mode}]({file})")
            lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=[*VIEW_NAMES, "classification"], help="one view only")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent, help="the docs folder")
    args = parser.parse_args(argv)
    names = [args.only] if args.only else [*VIEW_NAMES[:1], "classification", *VIEW_NAMES[1:]]
    (args.out / "gallery").mkdir(parents=True, exist_ok=True)
    for name in names:
        for projector in (False, True):
            for size in SIZES:
                print(shoot(name, size, projector, args.out), flush=True)
    if not args.only:
        (args.out / "gallery.md").write_text(page(names, args.out) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
