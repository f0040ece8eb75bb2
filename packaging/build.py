"""Build the double-click lossexplorer app for this system with PyInstaller (one folder).

    .venv/bin/python packaging/build.py            # build into dist/ and print where the program is
    .venv/bin/python packaging/build.py --check    # then run the built program offscreen, check its picture

Run it with the Python of the environment that has lossexplorer installed (`pip install -e '.[test]'`
brings PyInstaller); another Python is told which one to use. The spec, packaging/lossexplorer.spec,
takes its icons from make_icons() here.
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "lossexplorer.spec"
NAME = "lossexplorer"
MAC_BUNDLE = "Loss Explorer.app"
SVG = ROOT / "resources" / "lossexplorer.svg"

#: what --check asks the built program for, and what the picture must then be
CHECK_SIZE = (1280, 720)
CHECK_EPOCHS = 5
CHECK_TIMEOUT_S = 300

# --- icons: PNG, Windows .ico and macOS .icns, drawn from the one SVG --------------------

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: the PNG-carrying .icns entry types, by pixel size
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09", 1024: b"ic10"}

_RENDER = """
import sys
from pathlib import Path
from PySide6.QtGui import QGuiApplication
app = QGuiApplication([])
from lossexplorer.gui.icon import render_icon
svg = Path(sys.argv[1]).read_bytes()
out = Path(sys.argv[2])
for size in map(int, sys.argv[3:]):
    if not render_icon(size, svg).save(str(out / f"icon-{size}.png")):
        sys.exit(f"cannot write icon-{size}.png")
"""


def make_icons(out: Path) -> dict[str, Path]:
    """Render the SVG to PNGs (icon-SIZE.png) in `out` and pack them as icon.ico and icon.icns."""
    out.mkdir(parents=True, exist_ok=True)
    sizes = sorted(set(ICO_SIZES) | set(ICNS_TYPES))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    cmd = [sys.executable, "-c", _RENDER, str(SVG), str(out), *map(str, sizes)]
    subprocess.run(cmd, check=True, env=env, cwd=ROOT)  # cwd: this checkout's lossexplorer
    pngs = {size: (out / f"icon-{size}.png").read_bytes() for size in sizes}
    ico, icns = out / "icon.ico", out / "icon.icns"
    ico.write_bytes(pack_ico({s: pngs[s] for s in ICO_SIZES}))
    icns.write_bytes(pack_icns({s: pngs[s] for s in ICNS_TYPES}))
    return {"png": out / "icon-256.png", "ico": ico, "icns": icns}


def pack_ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding one PNG per size (Vista and later read PNG entries)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    entries, offset = b"", 6 + 16 * len(pngs)
    for size, data in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return header + entries + b"".join(data for _, data in sorted(pngs.items()))


def pack_icns(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding one PNG per size."""
    body = b"".join(ICNS_TYPES[s] + struct.pack(">I", 8 + len(d)) + d for s, d in sorted(pngs.items()))
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


# --- build ---------------------------------------------------------------------------------


def app_dir(dist: Path) -> Path:
    """What to hand a person: the folder (Linux, Windows) or the .app (macOS)."""
    return dist / MAC_BUNDLE if sys.platform == "darwin" else dist / NAME


def executable(dist: Path) -> Path:
    if sys.platform == "darwin":
        return dist / MAC_BUNDLE / "Contents" / "MacOS" / NAME
    return dist / NAME / (NAME + ".exe" if sys.platform == "win32" else NAME)


def tree_size(path: Path) -> int:
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def preflight() -> str | None:
    """Why this environment cannot build, or None."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        venv = ROOT / ".venv" / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
        if venv.is_file() and Path(sys.prefix).resolve() != venv.parent.parent.resolve():
            here = Path.cwd()
            python, script = (p.relative_to(here) if p.is_relative_to(here) else p for p in (venv, Path(__file__)))
            return f"PyInstaller is not installed for {sys.executable}; build with the project's: {python} {script}"
        return "PyInstaller is not installed here: pip install -e '.[test]' (or pip install 'pyinstaller>=6.10')"
    try:
        import lossexplorer.gui.icon  # noqa: F401
    except ImportError as exc:
        return f"cannot import lossexplorer ({exc}): install the project with pip install -e '.[test]'"
    return None


def build(dist: Path, work: Path, clean: bool, verbose: bool) -> Path:
    if clean:
        shutil.rmtree(work, ignore_errors=True)
        shutil.rmtree(app_dir(dist), ignore_errors=True)
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--distpath", str(dist), "--workpath", str(work)]
    cmd += ["--log-level", "INFO" if verbose else "WARN", str(SPEC)]
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, cwd=ROOT)
    return app_dir(dist)


def run_screenshot(exe: Path, png: Path, epochs: int) -> float:
    """Run the built program in screenshot mode offscreen; the seconds it took."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    cmd = [str(exe), "--screenshot", str(png), "--size", "{}x{}".format(*CHECK_SIZE), "--epochs", str(epochs)]
    start = time.perf_counter()
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=CHECK_TIMEOUT_S)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited {done.returncode}:\n{done.stdout}{done.stderr}")
    return elapsed


def check_picture(png: Path) -> str | None:
    """What is wrong with the screenshot, or None."""
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    if image.isNull():
        return f"{png} is not a picture"
    if (image.width(), image.height()) != CHECK_SIZE:
        return f"{png} is {image.width()}x{image.height()}, not {CHECK_SIZE[0]}x{CHECK_SIZE[1]}"
    colours = {image.pixel(x, y) for x in range(0, image.width(), 16) for y in range(0, image.height(), 16)}
    if len(colours) < 8:
        return f"{png} looks blank ({len(colours)} colours)"
    return None


def check(dist: Path) -> int:
    exe = executable(dist)
    if not exe.is_file():
        print(f"build.py: no program at {exe}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="lossexplorer-check-") as tmp:
        first = run_screenshot(exe, Path(tmp) / "start.png", 0)
        png = Path(tmp) / "check.png"
        seconds = run_screenshot(exe, png, CHECK_EPOCHS)
        problem = check_picture(png) or check_picture(Path(tmp) / "start.png")
        if problem:
            print(f"build.py: check failed: {problem}", file=sys.stderr)
            return 1
    print(f"check passed: start to saved screenshot {first:.2f} s (0 epochs), {seconds:.2f} s ({CHECK_EPOCHS} epochs)")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="run the built program offscreen and check its picture")
    parser.add_argument("--clean", action="store_true", help="start from an empty work folder")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the app goes (default dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller", help="PyInstaller's work folder")
    parser.add_argument("--verbose", action="store_true", help="show PyInstaller's full log")
    args = parser.parse_args(argv)
    problem = preflight()
    if problem:
        print(f"build.py: {problem}", file=sys.stderr)
        return 1
    dist, work = args.dist.resolve(), args.work.resolve()
    start = time.perf_counter()
    try:
        app = build(dist, work, args.clean, args.verbose)
    except subprocess.CalledProcessError as exc:
        print(f"build.py: PyInstaller failed (exit {exc.returncode})", file=sys.stderr)
        return 1
    seconds = time.perf_counter() - start
    print(f"built {app} in {seconds:.0f} s, {tree_size(app) / 1e6:.0f} MB")
    print(f"run it: {executable(dist)}")
    return check(dist) if args.check else 0


if __name__ == "__main__":
    sys.exit(main())
