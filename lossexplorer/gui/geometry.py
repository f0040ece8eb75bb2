"""The canvas's geometry, apart from Qt's items: which markers to draw, which point a click
hits, curves cut to the view, the classification boundary and σ(z) shading, the squares."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

from . import theme

Array = NDArray[np.float64]
#: markers drawn at most; past it a random sample (with the extremes) stands for the rest,
#: which the model keeps: 10⁶ markers would take seconds to draw each time
MAX_MARKERS = 20_000


def clip_to_band(x: Array, y: Array, lo: float, hi: float) -> tuple[Array, Array]:
    """The polyline through (x, y) cut to lo ≤ y ≤ hi: where it leaves the band it ends at the
    crossing (interpolated on its own segment, so the drawn line is unchanged inside), and a
    NaN separates the pieces (draw with connect="finite").

    A fit of degree 9 zoomed far out reaches 1e30 and more: Qt strokes a dashed line that long
    one dash at a time, which froze the window for 15 s in the monkey test.
    """
    with np.errstate(invalid="ignore"):
        inside = (y >= lo) & (y <= hi)  # NaN is outside
    if inside.all():
        return x, y  # the usual case, and the loop below costs milliseconds a frame
    out_x: list[float] = []
    out_y: list[float] = []
    open_piece = False  # the last point written ends a piece that goes on into the next segment
    for i in range(len(x) - 1):
        xa, ya, xb, yb = float(x[i]), float(y[i]), float(x[i + 1]), float(y[i + 1])
        if not (math.isfinite(ya) and math.isfinite(yb)):
            open_piece = False
            continue
        ta, tb = 0.0, 1.0
        ya_cut, yb_cut = ya, yb  # where the piece starts and ends: a crossing lies on the bound itself
        dy = yb - ya
        for bound, entering in ((lo, dy > 0), (hi, dy < 0)):  # Liang–Barsky in y only
            if dy == 0.0:
                if not lo <= ya <= hi:
                    ta, tb = 1.0, 0.0
                continue
            t = (bound - ya) / dy
            if entering and t > ta:
                ta, ya_cut = t, bound
            elif not entering and t < tb:
                tb, yb_cut = t, bound
        if ta > tb:
            open_piece = False
            continue
        if not (open_piece and ta == 0.0):
            if out_x:
                out_x.append(math.nan)
                out_y.append(math.nan)
            out_x.append(xa + ta * (xb - xa))
            out_y.append(ya_cut)
        out_x.append(xa + tb * (xb - xa))
        out_y.append(yb_cut)
        open_piece = tb == 1.0
    return np.array(out_x), np.array(out_y)


def boundary(beta: Array, level: float, rect: tuple[float, float, float, float]) -> tuple[Array, Array]:
    """The line β0 + β1·x1 + β2·x2 = level across rect (x0, x1, y0, y1), as two end points;
    empty when β1 = β2 = 0 (z is the same everywhere: no boundary) or beta is not finite."""
    b0, b1, b2 = (float(v) for v in beta[:3])
    x0, x1, y0, y1 = rect
    if not all(map(math.isfinite, (b0, b1, b2))) or b1 == b2 == 0.0:
        return np.zeros(0), np.zeros(0)
    if abs(b2) >= abs(b1):  # |slope| ≤ 1 as x2 against x1: sweep x1 (else sweep x2)
        xs = np.array([x0, x1])
        return xs, (level - b0 - b1 * xs) / b2
    ys = np.array([y0, y1])
    return (level - b0 - b2 * ys) / b1, ys


def probability_image(beta: Array, rect: tuple[float, float, float, float], size: int = 96) -> NDArray[np.uint8]:
    """RGBA (size, size, 4) over rect: σ(z) as a faint wash of class 1's colour where σ > ½ and
    class 0's where σ < ½, stronger the surer the model is; row 0 at y0 (pyqtgraph's image axes)."""
    from scipy.special import expit

    x0, x1, y0, y1 = rect
    gx = np.linspace(x0, x1, size)
    gy = np.linspace(y0, y1, size)
    z = beta[0] + beta[1] * gx[:, None] + beta[2] * gy[None, :]  # [i along x, j along y]
    with np.errstate(all="ignore"):
        sigma = expit(z)
    sure = np.abs(2.0 * sigma - 1.0)
    rgba = np.empty((size, size, 4), np.uint8)
    c0, c1 = (theme.colour(c) for c in theme.CLASS_COLOURS)
    for k, (a, b) in enumerate(((c0.red(), c1.red()), (c0.green(), c1.green()), (c0.blue(), c1.blue()))):
        rgba[..., k] = np.where(sigma >= 0.5, b, a)
    rgba[..., 3] = np.nan_to_num(60.0 * sure, nan=0.0).astype(np.uint8)
    return rgba


def thinned(x: Array, y: Array, most: int = MAX_MARKERS) -> NDArray[np.intp] | None:
    """Indices of at most `most` points: a fixed random sample (the same for the same number
    of points, so a drag does not reshuffle it) plus the extremes of x and y, so the subset
    spans the data; None when every point can be drawn."""
    n = len(x)
    if n <= most:
        return None
    sample = np.random.default_rng(0).choice(n, most - 4, replace=False)
    extremes = [int(np.argmin(x)), int(np.argmax(x)), int(np.argmin(y)), int(np.argmax(y))]
    return np.union1d(sample, extremes)


def point_at(x: Array, y: Array, px: float, py: float, pixel: tuple[float, float], radius_px: float) -> int | None:
    """Index of the point nearest (px, py) within `radius_px` pixels, or None."""
    if len(x) == 0:
        return None
    dx, dy = pixel
    d2 = ((x - px) / dx) ** 2 + ((y - py) / dy) ** 2
    i = int(np.argmin(d2))
    return i if d2[i] <= radius_px**2 else None


#: the margin around the framed points and squares, as a share of their extent on each side
FRAME_MARGIN = 0.08
#: squares far larger than the points' extent and distance from 0 (a diverging fit's) are not
#: framed: they would shrink the points to a dot
FRAMED_SQUARES_REACH = 20.0


def frame(x: Array, y: Array, boxes: Sequence[tuple[Array, ...]] = ()) -> tuple[float, float, float, float]:
    """(x0, y0, width, height) that shows the points and the squares (left, bottom, side) drawn on
    them, with a margin; a square of side 1 (or the data's scale) around one point, or around
    points all in one place. Empty data: the square around the origin, 10 wide."""
    if len(x) == 0:
        return -5.0, -5.0, 10.0, 10.0
    lo_x, hi_x, lo_y, hi_y = float(x.min()), float(x.max()), float(y.min()), float(y.max())
    scale = max(hi_x - lo_x, hi_y - lo_y, abs(lo_x), abs(hi_x), abs(lo_y), abs(hi_y))
    reach = FRAMED_SQUARES_REACH * scale
    for left, bottom, side in boxes:
        ok = np.isfinite(side) & (side > 0) & (side <= reach)
        if np.any(ok):
            lo_x, hi_x = min(lo_x, float(left[ok].min())), max(hi_x, float((left + side)[ok].max()))
            lo_y, hi_y = min(lo_y, float(bottom[ok].min())), max(hi_y, float((bottom + side)[ok].max()))
    least = 1e-12 * max(abs(lo_x), abs(hi_x), abs(lo_y), abs(hi_y))  # relative: data at 1e-150 keeps its shape
    w, h = max(hi_x - lo_x, least), max(hi_y - lo_y, least)
    if max(hi_x - lo_x, hi_y - lo_y) <= least:  # one point, or all of them in one place: centred
        w = h = max(1.0, least)
        lo_x, lo_y = 0.5 * (lo_x + hi_x) - 0.5 * w, 0.5 * (lo_y + hi_y) - 0.5 * h
    return lo_x - FRAME_MARGIN * w, lo_y - FRAME_MARGIN * h, (1 + 2 * FRAME_MARGIN) * w, (1 + 2 * FRAME_MARGIN) * h


def empty_share(width: float, height: float, pixels: tuple[float, float]) -> float:
    """The share of a canvas of `pixels` (w, h) left empty when a width × height extent is shown
    with one unit of x as long as one unit of y."""
    pw, ph = pixels
    if width <= 0 or height <= 0 or pw <= 0 or ph <= 0:
        return 0.0
    scale = min(pw / width, ph / height)
    return max(0.0, 1.0 - (width * scale) * (height * scale) / (pw * ph))


def squares(x: Array, y: Array, p: Array, right: bool) -> tuple[Array, Array, Array]:
    """Squares with side |y − p| on each vertical segment, to its right or left: (left, bottom, side)."""
    side = np.abs(y - p)
    bottom = np.minimum(y, p)
    return (x if right else x - side), bottom, side
