"""The classifier's picture on the canvas, apart from Qt: each region in its predicted class's
colour (stronger where the model is surer) and the boundaries between the classes.

For K classes the model predicts the class of the largest score z_k = β_k0 + β_k1·x1 + β_k2·x2;
classes k and l meet on the line z_k = z_l, where it runs above every other class's score. The
logistic model is the case K = 2 with the single score z (the classes' scores −z/2 and z/2).
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from lossexplorer.core import Model

from . import theme

Array = NDArray[np.float64]
Rect = tuple[float, float, float, float]  # x0, x1, y0, y1
#: the wash's opacity (of 255) where the model is sure of a class
WASH = 70
#: points along each pair's line: where it meets a third class is found to a 1/BOUNDARY_SAMPLES of the view
BOUNDARY_SAMPLES = 600


def cell_centres(rect: Rect, size: int) -> tuple[Array, Array]:
    """The x1 and x2 of the centres of a size × size grid of cells over rect."""
    x0, x1, y0, y1 = rect
    return x0 + (np.arange(size) + 0.5) * (x1 - x0) / size, y0 + (np.arange(size) + 0.5) * (y1 - y0) / size


def score_rows(model: Model, beta: Array) -> Array:
    """The classes' rows (β_k0, β_k1, β_k2): the softmax model's K, or the logistic model's two,
    −β/2 and β/2, whose softmax is (1 − σ(z), σ(z))."""
    beta = np.asarray(beta, float)
    return model.rows(beta) if model.softmax else np.vstack([-0.5 * beta[:3], 0.5 * beta[:3]])


def predicted_grid(model: Model, beta: Array, rect: Rect, size: int) -> tuple[NDArray[np.intp], Array]:
    """The class predicted at each cell's centre ([i along x1, j along x2]) and how sure the model is
    there: (p̂_max − 1/K)/(1 − 1/K), 0 where every class is as likely, 1 where one is certain.

    The scores are laid out class by class (K, size, size): the maximum over the classes is then
    an elementwise maximum of K planes, not a reduction along a short last axis (10× slower)."""
    gx, gy = cell_centres(rect, size)
    rows = score_rows(model, beta)
    k = len(rows)
    with np.errstate(all="ignore"):
        scores = rows[:, 0, None, None] + rows[:, 1, None, None] * gx[None, :, None] + rows[:, 2, None, None] * gy
        top = np.max(scores, axis=0)
        p_max = 1.0 / np.sum(np.exp(scores - top), axis=0)  # the largest score's own exp is 1
    label = np.argmax(scores, axis=0)  # the lower label on a tie, as the core's predicted_classes
    sure = (p_max - 1.0 / k) / (1.0 - 1.0 / k)
    return label, np.nan_to_num(sure, nan=0.0)


def class_image(model: Model, beta: Array, rect: Rect, size: int = 96) -> NDArray[np.uint8]:
    """RGBA (size, size, 4) over rect: each cell in its predicted class's colour, stronger the surer
    the model is; row 0 at y0 (pyqtgraph's image axes)."""
    label, sure = predicted_grid(model, beta, rect, size)
    colours = np.array([[theme.colour(c).red(), theme.colour(c).green(), theme.colour(c).blue()]
                        for c in theme.CLASS_COLOURS], np.uint8)
    rgba = np.empty((size, size, 4), np.uint8)
    rgba[..., :3] = colours[label]
    rgba[..., 3] = (WASH * np.clip(sure, 0.0, 1.0)).astype(np.uint8)
    return rgba


def class_boundaries(model: Model, beta: Array, rect: Rect, samples: int = BOUNDARY_SAMPLES) -> tuple[Array, Array]:
    """The boundaries between the predicted classes across rect as one polyline whose pieces a NaN
    separates (draw with connect="finite"); empty where there is none or β is not finite."""
    beta = np.asarray(beta, float)
    if not np.all(np.isfinite(beta)):
        return np.zeros(0), np.zeros(0)
    rows = score_rows(model, beta)
    x0, x1, y0, y1 = rect
    xs: list[Array] = []
    ys: list[Array] = []
    k = len(rows)
    for a in range(k):
        for b in range(a + 1, k):
            c0, c1, c2 = rows[a] - rows[b]  # z_a − z_b = c0 + c1·x1 + c2·x2 = 0 on their line
            if c1 == c2 == 0.0:
                continue
            if abs(c2) >= abs(c1):
                px = np.linspace(x0, x1, samples)
                py = -(c0 + c1 * px) / c2
            else:
                py = np.linspace(y0, y1, samples)
                px = -(c0 + c2 * py) / c1
            scores = rows[:, 0] + px[:, None] * rows[:, 1] + py[:, None] * rows[:, 2]
            on_top = scores[:, a] >= np.max(scores, axis=1) - 1e-12 * (1.0 + np.abs(scores[:, a]))
            keep = on_top & (py >= y0) & (py <= y1) & (px >= x0) & (px <= x1)
            if np.any(keep):
                gap = np.array([np.nan])
                xs += [np.where(keep, px, np.nan), gap]
                ys += [np.where(keep, py, np.nan), gap]
    if not xs:
        return np.zeros(0), np.zeros(0)
    return np.concatenate(xs), np.concatenate(ys)
