"""Packaging: the icon, the desktop entry, the metainfo, an installed wheel's resources (the data sets
among them), the PyInstaller app."""

from __future__ import annotations

import configparser
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from lossexplorer.core import DATASETS
from lossexplorer.gui.icon import DESKTOP_FILE, ICON_FILE, ICON_SIZES, METAINFO_FILE, app_icon, resource_files

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
APP_ID = "io.github.lossexplorer.LossExplorer"
BLUE, VERMILLION = (0x00, 0x72, 0xB2), (0xD5, 0x5E, 0x00)


def count_near(image, rgb: tuple[int, int, int], tolerance: int = 24) -> int:
    """How many opaque pixels of a QImage lie within `tolerance` of the colour."""
    from PySide6.QtGui import QColor

    pixels = (QColor.fromRgba(image.pixel(x, y)) for y in range(image.height()) for x in range(image.width()))
    return sum(
        1 for c in pixels if c.alpha() > 200 and max(abs(a - b) for a, b in zip(c.getRgb()[:3], rgb)) <= tolerance
    )


# --- the icon ----------------------------------------------------------------------------


def test_resources_are_found_where_the_package_looks() -> None:
    names = {p.name for p in resource_files().iterdir()}
    assert {ICON_FILE, DESKTOP_FILE, METAINFO_FILE, "DATASETS.md", "datasets"} <= names


@pytest.mark.parametrize("size", [16, 256])
def test_icon_renders_at_small_and_large_sizes(qapp, size: int) -> None:
    icon = app_icon()
    assert not icon.isNull()
    assert [s.width() for s in icon.availableSizes()] == list(ICON_SIZES)
    pixmap = icon.pixmap(size, size)
    assert (pixmap.width(), pixmap.height()) == (size, size)
    image = pixmap.toImage()
    # the points are blue and the line and square vermillion, at every size
    assert count_near(image, BLUE) >= (3 if size == 16 else 1000)
    assert count_near(image, VERMILLION) >= (3 if size == 16 else 1000)


# --- the desktop entry ---------------------------------------------------------------------


def read_desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(RESOURCES / DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_has_the_required_keys() -> None:
    entry = read_desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] and entry["Comment"]
    assert entry["Exec"] == "lossexplorer %f"  # one file per program: the app opens one document
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    assert entry["Categories"].split(";")[:3] == ["Education", "Science", "Math"]
    assert entry["Categories"].endswith(";")
    assert "text/csv" in entry["MimeType"].split(";")
    assert DESKTOP_FILE == APP_ID + ".desktop"


def test_desktop_entry_validates() -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate is not installed (Debian: apt-get install desktop-file-utils)")
    done = subprocess.run([tool, str(RESOURCES / DESKTOP_FILE)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "error" not in (done.stdout + done.stderr).lower()


# --- the AppStream metainfo ----------------------------------------------------------------


def test_metainfo_is_well_formed_and_complete() -> None:
    root = ET.parse(RESOURCES / METAINFO_FILE).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("name")
    assert root.findtext("summary")
    assert root.find("description") is not None and root.find("description/p") is not None
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP_FILE
    assert root.findtext("metadata_license") and root.findtext("project_license")


def test_metainfo_validates() -> None:
    tool = shutil.which("appstreamcli")
    if tool is None:
        pytest.skip("appstreamcli is not installed (Debian: apt-get install appstream)")
    done = subprocess.run(
        [tool, "validate", "--no-net", str(RESOURCES / METAINFO_FILE)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr


# --- an installed copy finds its resources ---------------------------------------------------

PROBE = """
import importlib.resources, json, pathlib
import lossexplorer
from PySide6.QtGui import QGuiApplication
app = QGuiApplication([])
from lossexplorer.gui.icon import app_icon
from lossexplorer.core import DATASETS
folder = importlib.resources.files("lossexplorer.resources")
icon = app_icon()
package = pathlib.Path(lossexplorer.__file__).parent
print(json.dumps({
    "package": str(package),
    "resources": str(folder),
    "names": sorted(p.name for p in folder.iterdir()),
    "sizes": [s.width() for s in icon.availableSizes()],
    "pixmap16": not icon.pixmap(16, 16).isNull(),
    "modules": sorted(str(p.relative_to(package)) for p in package.rglob("*.py")),
    "datasets": {name: len(d.load()[1]) for name, d in DATASETS.items()},
    "dataset_files": sorted(p.name for p in folder.joinpath("datasets").iterdir()),
    "translations": sorted(p.name for p in importlib.resources.files("lossexplorer.i18n").iterdir()),
}))
"""


def venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")


@pytest.mark.slow
@pytest.mark.parametrize("editable", [False, True], ids=["wheel", "editable"])
def test_installed_package_finds_every_resource(tmp_path: Path, editable: bool) -> None:
    """`pip install .` (and `-e .`) into a fresh venv, then load the icon from there."""
    src = tmp_path / "src"
    junk = (".venv", ".git", "build", "dist", "*.egg-info", "__pycache__", ".*cache", ".hypothesis", "tests")
    shutil.copytree(ROOT, src, ignore=shutil.ignore_patterns(*junk))
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv_python(venv)
    # The dependencies (PySide6 above all) come from this environment instead of a fresh download.
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    import sysconfig

    ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (Path(site) / "outer-environment.pth").write_text("\n".join(sorted(ours)) + "\n")
    install = [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps", "--no-input"]
    install += ["-e", str(src)] if editable else [str(src)]
    done = subprocess.run(install, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr

    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    probe = subprocess.run([str(python), "-I", "-c", PROBE], capture_output=True, text=True, cwd=tmp_path, env=env)
    assert probe.returncode == 0, probe.stdout + probe.stderr
    found = json.loads(probe.stdout.strip().splitlines()[-1])

    if editable:
        assert Path(found["package"]) == src / "lossexplorer"
        assert Path(found["resources"]) == src / "resources"
    else:
        assert Path(found["package"]).is_relative_to(venv), found["package"]
        assert Path(found["resources"]).is_relative_to(venv), found["resources"]
        source = {str(p.relative_to(src / "lossexplorer")) for p in (src / "lossexplorer").rglob("*.py")}
        missing = source - set(found["modules"])
        assert not missing, f"not in the wheel: {sorted(missing)}; list their packages in pyproject.toml"
    assert {ICON_FILE, DESKTOP_FILE, METAINFO_FILE, "DATASETS.md"} <= set(found["names"])
    # every data set loads from the installed copy, with all its points
    assert found["datasets"] == {name: d.n for name, d in DATASETS.items()}
    shipped = {p.name for p in (RESOURCES / "datasets").iterdir() if p.suffix in {".csv", ".json"}}
    assert shipped <= set(found["dataset_files"])
    assert found["sizes"] == list(ICON_SIZES)
    assert found["pixmap16"]
    # the compiled translations the window loads (lossexplorer/gui/i18n.py), without any Qt tool at install
    compiled = {p.name for p in (ROOT / "lossexplorer" / "i18n").glob("*.qm")}
    assert compiled and compiled <= set(found["translations"]), found["translations"]


# --- the desktop entry's command -----------------------------------------------------------


def desktop_command(*files: str) -> list[str]:
    """The entry's Exec line as a launcher expands it (%f: one file), with this environment's program."""
    program, *args = read_desktop_entry()["Exec"].split()
    assert program == "lossexplorer"
    expanded = [a for arg in args for a in (files[:1] if arg == "%f" else [arg])]
    return [str(Path(sys.prefix) / "bin" / program), *expanded]


def test_the_desktop_entry_opens_the_file_it_is_given(tmp_path: Path) -> None:
    if not (Path(sys.prefix) / "bin" / "lossexplorer").exists():
        pytest.skip("no installed lossexplorer program in this environment")
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen", LOSSEXPLORER_REPORT_FIRST_PAINT="1")
    proc = subprocess.Popen(
        desktop_command(str(ROOT / "examples" / "points.csv"), str(ROOT / "examples" / "classes.csv")),
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "first paint"  # the window is up with the first file
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert err == ""


def test_two_files_on_the_command_line_are_refused_in_one_line() -> None:
    """%f never passes two; a person who does gets argparse's one line, before any window."""
    done = subprocess.run(
        [sys.executable, "-m", "lossexplorer", "a.csv", "b.csv"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 2
    assert done.stderr.splitlines() == ["lossexplorer: unrecognized arguments: b.csv (see 'lossexplorer --help')"]


# --- the project's metadata ------------------------------------------------------------------


def test_pyproject_points_at_nothing_outside_the_repository() -> None:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert "../" not in text and "..\\" not in text
    for path in re.findall(r'(?:readme|file)\s*=\s*"([^"]+)"', text):
        assert (ROOT / path).resolve().is_relative_to(ROOT)
        assert (ROOT / path).exists(), path


# The PyInstaller build and its check run as packaging/README.md shows them: tests/test_readme.py.
