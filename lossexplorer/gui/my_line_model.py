"""My line as a value, and the maths of placing it by hand (no Qt).

A student's line (or curve) is the model's coefficients; on the canvas it carries k handles,
one per coefficient, and the curve always passes through them. Every gesture moves handles
and asks for the curve through them:

- a drag of the body by (dx, dy) moves every handle by it: p'(x) = p(x − dx) + dy
  (a line: m' = m, c' = c + dy − m·dx);
- a drag of one handle moves that one only: a line tilts about the other handle.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.polynomial import polynomial
from numpy.typing import NDArray

from lossexplorer.core import Model, make_model
from lossexplorer.core.notation import num

from .my_boundary import first_boundary, round_to

Array = NDArray[np.float64]


@dataclass(frozen=True)
class MyLine:
    """The coefficients a student chose, for the model named `model` ('' when there is none:
    the lesson then offers the flat line p = ȳ)."""

    model: str
    coefficients: tuple[float, ...]

    @property
    def placed(self) -> bool:
        return bool(self.model)

    @staticmethod
    def of(model: Model, beta: Array) -> MyLine:
        return MyLine(model.name, tuple(float(b) for b in np.asarray(beta, float).reshape(-1)))


NO_LINE = MyLine("", ())


def flat_line(model: Model, y: Array) -> Array:
    """The first guess: p = ȳ (p = 0 without points)."""
    beta = np.zeros(model.n_coefficients)
    if len(y):
        beta[0] = round_to(float(np.mean(y)))
    return beta


def coefficients_for(line: MyLine, model: Model, x: Array, y: Array, labels: NDArray[np.int64]) -> Array:
    """My coefficients for `model`: the line placed for it (a line placed for a polynomial of
    lower degree is the same curve with zeros for the higher powers), else the first guess (the
    flat line p = ȳ, or an upright boundary through the middle of the points: `first_boundary`)."""
    k = model.n_coefficients
    if line.model == model.name and len(line.coefficients) == k:
        return np.array(line.coefficients, float)
    if not placeable(model):  # softmax's K scores: no line to guess, only the model's length of zeros
        return np.zeros(k)
    if line.placed and not model.classification and not make_model(line.model).classification \
            and 0 < len(line.coefficients) <= k:
        return np.concatenate([line.coefficients, np.zeros(k - len(line.coefficients))])
    if model.classification:
        return first_boundary(x, y, labels)
    return flat_line(model, y)


def placeable(model: Model) -> bool:
    """Whether a line (or a boundary) of this model can be placed by hand: not softmax's K of them."""
    return not model.softmax


def handle_xs(model: Model, x_low: float, x_high: float) -> Array:
    """Where the k handles sit along x: inside [x_low, x_high], evenly apart (one: the middle)."""
    k = model.n_coefficients
    width = x_high - x_low if x_high > x_low else 1.0
    if k == 1:
        return np.array([(x_low + x_high) / 2])
    inset = 0.2 if k == 2 else 0.1
    return np.linspace(x_low + inset * width, x_high - inset * width, k)


def through(model: Model, xs: Array, ys: Array) -> Array:
    """The coefficients of the model's curve through the k points (xs, ys), xs distinct."""
    xs, ys = np.asarray(xs, float), np.asarray(ys, float)
    if model.n_coefficients == 1:
        return np.array([float(np.mean(ys))])
    if model.n_coefficients == 2:  # a line: exact, not a solve
        m = (ys[1] - ys[0]) / (xs[1] - xs[0])
        return np.array([ys[0] - m * xs[0], m])
    return np.asarray(polynomial.polyfit(xs, ys, model.degree), float)


def moved(model: Model, beta: Array, xs: Array, dx: float, dy: float) -> tuple[Array, Array]:
    """The curve moved by (dx, dy), and its handles' new x: p'(x) = p(x − dx) + dy."""
    beta = np.asarray(beta, float)
    if model.n_coefficients == 2:
        return np.array([beta[0] + dy - beta[1] * dx, beta[1]]), np.asarray(xs, float) + dx
    if model.n_coefficients == 1:
        return np.array([beta[0] + dy]), np.asarray(xs, float) + dx
    new_xs = np.asarray(xs, float) + dx
    return through(model, new_xs, model.predict(beta, xs) + dy), new_xs


def tilted(model: Model, beta: Array, xs: Array, index: int, x: float, y: float) -> tuple[Array, Array] | None:
    """Handle `index` taken to (x, y), the others kept: the curve through them and the handles'
    x (a line's handle follows x; a polynomial's stay at their x). None when two handles would
    share an x (no line passes through both)."""
    xs = np.array(xs, float)
    ys = model.predict(np.asarray(beta, float), xs)
    if model.n_coefficients == 2:
        xs[index] = x
        if not np.isfinite(x) or abs(xs[1] - xs[0]) <= 1e-9 * max(1.0, float(np.max(np.abs(xs)))):
            return None
    ys[index] = y
    return through(model, xs, ys), xs


def equation(model: Model, beta: Array, digits: int = 3) -> str:
    """`p = 1.02·x − 0.2`: the curve's equation, highest power first, with a true minus sign; a
    classifier's score `z = 1.5·x1 − 0.8·x2 + 0.3` (its boundary is z = 0)."""
    beta = np.asarray(beta, float)
    terms: list[tuple[float, str]] = []
    if model.classification:
        return _written("z", [(float(beta[1]), "x1"), (float(beta[2]), "x2"), (float(beta[0]), "")], digits)
    for j in range(len(beta) - 1, -1, -1):
        power = "" if j == 0 else "x" if j == 1 else "x" + str(j).translate(str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹"))
        terms.append((float(beta[j]), power))
    return _written("p", terms, digits)


def _written(name: str, terms: list[tuple[float, str]], digits: int) -> str:
    """`name = a·u + b·v + c`, terms rounding to 0 left out (all of them: `name = 0`)."""
    shown = [(v, p) for v, p in terms if num(v, digits) != "0" or not p] or [(0.0, "")]
    text = ""
    for i, (value, power) in enumerate(shown):
        size = num(abs(value), digits)
        part = size if not power else f"{size}·{power}" if size != "1" else power
        if i == 0:
            text = ("−" if value < 0 and num(value, digits) != "0" else "") + part
        elif num(value, digits) == "0" and not power:
            continue  # the constant rounds to 0: p = 1.02·x
        else:
            text += (" − " if value < 0 else " + ") + part
    return f"{name} = {text}"
