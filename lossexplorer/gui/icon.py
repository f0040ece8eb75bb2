"""The application icon, drawn from resources/lossexplorer.svg at every size a desktop asks for.

The SVG is read through importlib.resources from the package `lossexplorer.resources` (the
top-level folder resources/, which pyproject.toml installs under that name), so the same code
finds it in a wheel install, an editable install and a PyInstaller bundle.
"""

from __future__ import annotations

import importlib.resources
from importlib.resources.abc import Traversable
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

RESOURCE_PACKAGE = "lossexplorer.resources"
ICON_FILE = "lossexplorer.svg"
DESKTOP_FILE = "io.github.lossexplorer.LossExplorer.desktop"
METAINFO_FILE = "io.github.lossexplorer.LossExplorer.metainfo.xml"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def resource_files() -> Traversable:
    """The folder of the installed resources."""
    try:
        return importlib.resources.files(RESOURCE_PACKAGE)
    except ModuleNotFoundError:
        # An editable install made before resources/ became a package (rerun `pip install -e .`
        # to fix it): the checkout's own folder still serves.
        checkout = Path(__file__).resolve().parents[2] / "resources"
        if (checkout / ICON_FILE).is_file():
            return checkout
        raise


def icon_svg() -> bytes:
    """The icon's SVG source."""
    return resource_files().joinpath(ICON_FILE).read_bytes()


def render_icon(size: int, svg: bytes | None = None) -> QPixmap:
    """The icon as a size × size pixmap with a transparent background (needs a QGuiApplication)."""
    renderer = QSvgRenderer(QByteArray(svg if svg is not None else icon_svg()))
    if not renderer.isValid():
        raise ValueError(f"{ICON_FILE}: not a valid SVG")
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return pixmap


def app_icon() -> QIcon:
    """The window and taskbar icon, rendered for 16 to 256 px (needs a QGuiApplication)."""
    svg = icon_svg()
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addPixmap(render_icon(size, svg))
    return icon
