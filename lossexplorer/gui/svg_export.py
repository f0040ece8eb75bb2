"""A widget as an SVG drawing whose lines are as thick in every viewer as on screen.

The plots draw with cosmetic pens (widths in pixels whatever the zoom). Qt's SVG generator
writes such a line as a path in the plot's data coordinates inside a group that scales them,
and marks it `vector-effect: non-scaling-stroke`. librsvg 2.54 (GNOME's viewers, LibreOffice,
rsvg-convert) ignores that property and scales the width with the data: a 3-pixel line came
out about 50 times too thick. So the drawing is rewritten: each such group's coordinates are
mapped through its transform into the drawing's own pixels and the transform is dropped, so
the stroke width means pixels without help from the property.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QWidget

SVG = "http://www.w3.org/2000/svg"
XLINK = "http://www.w3.org/1999/xlink"
NUMBER = r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?"
MATRIX = re.compile(rf"matrix\(\s*({NUMBER})\s*,\s*({NUMBER})\s*,\s*({NUMBER})\s*,\s*({NUMBER})\s*,\s*({NUMBER})"
                    rf"\s*,\s*({NUMBER})\s*\)")
PATH_TOKEN = re.compile(rf"([MLCZ])\s*|({NUMBER})\s*,\s*({NUMBER})")
SHAPES = ("path", "polyline", "polygon", "rect", "line", "ellipse", "circle")
KAPPA = 0.5522847498  # a quarter circle as one cubic Bézier: its control points' distance

Matrix = tuple[float, float, float, float, float, float]


def render_svg(widget: QWidget, title: str = "lossexplorer") -> str:
    """The widget drawn into Qt's own SVG generator (pyqtgraph's exporter breaks with PySide6
    6.11+), its strokes made independent of `vector-effect`."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    size = widget.size()
    generator.setSize(QSize(size.width(), size.height()))
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setTitle(title)
    generator.setResolution(96)  # CSS pixels: its size in mm is the widget's size in every viewer
    painter = QPainter(generator)
    try:
        widget.render(painter, QPoint(0, 0))
    finally:
        painter.end()  # a generator destroyed mid-paint takes the process down
    buffer.close()
    return flatten_strokes(bytes(data.data()).decode("utf-8"), (size.width(), size.height()))


def flatten_strokes(svg: str, pixels: tuple[int, int] | None = None) -> str:
    """`svg` with every group of non-scaling strokes drawn in the drawing's own coordinates;
    `pixels`: its size in CSS pixels (Qt writes millimetres, which viewers round up a pixel)."""
    ET.register_namespace("", SVG)
    ET.register_namespace("xlink", XLINK)
    root = ET.fromstring(svg)
    if pixels is not None:
        root.set("width", f"{pixels[0]}px")
        root.set("height", f"{pixels[1]}px")
    for group in root.iter(f"{{{SVG}}}g"):
        _flatten(group)
    return '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n' + ET.tostring(root, encoding="unicode")


def _flatten(group: ET.Element) -> None:
    """Map the group's shapes through its transform, when all of them can be (a group with
    text, an image or a gradient keeps its transform: none of those has a stroke to fix)."""
    found = MATRIX.fullmatch(group.get("transform", "").strip())
    children = list(group)
    if found is None or not children:
        return
    if not any(child.get("vector-effect") == "non-scaling-stroke" for child in children):
        return
    if any(child.tag.rpartition("}")[2] not in SHAPES for child in children):
        return
    if any(group.get(key, "").startswith("url(") for key in ("fill", "stroke")):
        return
    m: Matrix = tuple(float(v) for v in found.groups())  # type: ignore[assignment]
    mapped = []
    for child in children:
        kind = child.tag.rpartition("}")[2]
        try:
            if kind in ("polyline", "polygon"):
                new, key = _map_points(child.get("points", ""), m), "points"
            else:
                new, key = _map_path(_as_path(kind, child), m), "d"
        except (TypeError, ValueError):
            new = None
        if new is None:
            return  # something this does not read: leave the group as Qt wrote it
        mapped.append((child, kind, key, new))
    for child, kind, key, value in mapped:
        if key == "d" and kind != "path":  # a rectangle or an ellipse, sheared or not, as a path
            for name in ("x", "y", "width", "height", "x1", "y1", "x2", "y2", "cx", "cy", "rx", "ry", "r"):
                child.attrib.pop(name, None)
            child.tag = f"{{{SVG}}}path"
        child.set(key, value)
        child.attrib.pop("vector-effect", None)
    del group.attrib["transform"]


def _as_path(kind: str, e: ET.Element) -> str:
    """A shape's outline as a path of M, L, C and Z (ValueError or TypeError when it lacks a size)."""
    if kind == "path":
        return e.get("d", "")
    if kind == "rect":
        x, y, w, h = (float(e.get(k, "0")) for k in ("x", "y", "width", "height"))
        return f"M{x},{y} L{x + w},{y} L{x + w},{y + h} L{x},{y + h} Z"
    if kind == "line":
        x1, y1, x2, y2 = (float(e.get(k, "0")) for k in ("x1", "y1", "x2", "y2"))
        return f"M{x1},{y1} L{x2},{y2}"
    cx, cy = float(e.get("cx", "0")), float(e.get("cy", "0"))
    rx = float(e.get("r") if kind == "circle" else e.get("rx"))  # type: ignore[arg-type]
    ry = float(e.get("r") if kind == "circle" else e.get("ry"))  # type: ignore[arg-type]
    kx, ky = KAPPA * rx, KAPPA * ry
    return (f"M{cx + rx},{cy} C{cx + rx},{cy + ky} {cx + kx},{cy + ry} {cx},{cy + ry} "
            f"C{cx - kx},{cy + ry} {cx - rx},{cy + ky} {cx - rx},{cy} "
            f"C{cx - rx},{cy - ky} {cx - kx},{cy - ry} {cx},{cy - ry} "
            f"C{cx + kx},{cy - ry} {cx + rx},{cy - ky} {cx + rx},{cy} Z")


def _apply(m: Matrix, x: float, y: float) -> str:
    a, b, c, d, e, f = m
    return f"{a * x + c * y + e:.6g},{b * x + d * y + f:.6g}"


def _map_points(points: str, m: Matrix) -> str | None:
    numbers = re.findall(NUMBER, points)
    if len(numbers) % 2:
        return None
    values = [float(v) for v in numbers]
    return " ".join(_apply(m, x, y) for x, y in zip(values[::2], values[1::2]))


def _map_path(d: str, m: Matrix) -> str | None:
    """A path of absolute M, L, C and Z commands (what Qt writes) mapped through m."""
    out: list[str] = []
    at = 0
    for token in PATH_TOKEN.finditer(d):
        if d[at:token.start()].strip():
            return None  # a command this does not know
        at = token.end()
        command, x, y = token.groups()
        out.append(command if command else _apply(m, float(x), float(y)))
    if d[at:].strip():
        return None
    return " ".join(out)
