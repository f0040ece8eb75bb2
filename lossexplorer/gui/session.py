"""Sessions (.lossx): the points, every setting, the pins and the view, as versioned JSON.

Format 1 holds regression sessions; format 2 adds classification (a "mode" and the points'
labels) and is written only for classification, so older versions still read regression
sessions and refuse classification ones as newer rather than misreading them; format 3 is
written for K classes (the softmax model, labels 0 … K − 1), which format 2's readers refuse.

Reading checks everything and fails with one line that says what is wrong and where; a
file from a newer format version is refused rather than half-read, and so is a setting the
side panel could not show (limits.py: the panel shows exactly what a run uses) or data the
core refuses. What the window only trims (pins past the six it keeps, a label's control
characters or length, a view range it cannot show) it says in `Session.notes`. Writing is atomic.
"""

from __future__ import annotations

import json
import math
import os
import re
import threading
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from lossexplorer.core import InputError, make_model
from lossexplorer.core.data import atomic_file, write_atomic

from .i18n import number, translate
from .limits import check_data, check_regular_file, finite_span, plain_label, setting_problem
from .palette import PIN_COLOURS
from .pins import MAX_PINS, Pin
from .settings import FitSettings

Array = NDArray[np.float64]
FORMAT = "lossexplorer-session"
VERSION = 3
CLASSIFICATION_VERSION = 2
CLASSES_VERSION = 3
SUFFIX = ".lossx"
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
_LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


@dataclass
class Session:
    x: Array
    y: Array
    settings: FitSettings
    start: list[float]
    coefficients: list[float]
    pins: list[dict[str, Any]] = field(default_factory=list)  # label, colour, model, coefficients
    view: dict[str, Any] = field(default_factory=dict)  # tab, overlays, range
    labels: Array | None = None  # classification: the class of each point, 0 … K − 1
    notes: list[str] = field(default_factory=list)  # what the reader trimmed, to say once opened
    #: my line (issue 16): {"model", "coefficients", "shown"}; None in sessions from before it
    my_line: dict[str, Any] | None = None
    held: NDArray[np.bool_] | None = None  # train and test: True where a point is held out of J

    def noted(self) -> str:
        """The notes as the end of a status line ('' without any)."""
        return "".join(f"; {note}" for note in self.notes)

    @property
    def classification(self) -> bool:
        return self.settings.classification


def pins_to_json(pins: tuple[Pin, ...]) -> list[dict[str, Any]]:
    return [{"label": p.label, "colour": p.colour, "model": p.model.spec, "coefficients": p.coefficients.tolist()}
            for p in pins]


def pins_from_json(raw: list[dict[str, Any]]) -> tuple[Pin, ...]:
    """The pins of a session that `read_session` checked."""
    return tuple(Pin(p["label"], p["colour"], make_model(p["model"]), np.array(p["coefficients"], float)) for p in raw)


def to_json(s: Session) -> str:
    points: dict[str, Any] = {"x": [float(v) for v in s.x], "y": [float(v) for v in s.y]}
    if s.classification:
        labels = np.zeros(len(s.x)) if s.labels is None else s.labels
        points["labels"] = [int(v) for v in labels]
    if s.held is not None and s.held.any():  # older versions ignore it: every point trains there
        points["held"] = [int(i) for i in np.flatnonzero(s.held)]
    data = {
        "format": FORMAT,
        "version": (CLASSES_VERSION if make_model(s.settings.model).softmax else
                    CLASSIFICATION_VERSION if s.classification else 1),
        "mode": "classification" if s.classification else "regression",
        "points": points,
        "settings": asdict(s.settings),
        "start": [float(v) for v in s.start],
        "coefficients": [float(v) for v in s.coefficients],
        "pins": s.pins,
        "view": s.view,
    }
    if s.my_line is not None:  # an optional field: older versions read the rest as before
        data["my_line"] = s.my_line
    return json.dumps(data, indent=1, allow_nan=False) + "\n"


def write_session(path: str | os.PathLike[str], s: Session) -> None:
    write_atomic(path, to_json(s))


#: numbers formatted at once by `write_session_in_pieces`: another thread waits at most for one piece
PIECE = 16_384


class Stopped(Exception):
    """A write in pieces was stopped before its end (nothing was written)."""


def write_session_in_pieces(path: str | os.PathLike[str], s: Session, stop: threading.Event | None = None) -> None:
    """`write_session` for a thread of its own: the same document, compact, with the points
    formatted a piece at a time. Formatting holds the interpreter, so between pieces the GUI
    thread gets it back; a set `stop` ends the write (Stopped) and leaves the file as it was."""
    data = json.loads(to_json(Session(s.x[:0], s.y[:0], s.settings, s.start, s.coefficients, s.pins, s.view,
                                      None if s.labels is None else s.labels[:0], my_line=s.my_line)))
    points = data.pop("points")
    columns: list[tuple[str, NDArray[Any]]] = [("x", s.x), ("y", s.y)]
    if "labels" in points:
        labels = np.zeros(len(s.x)) if s.labels is None else s.labels
        columns.append(("labels", np.asarray(labels).astype(np.int64)))
    if s.held is not None and s.held.any():
        columns.append(("held", np.flatnonzero(s.held)))
    with atomic_file(path) as tmp, open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write('{"points": {')
        for k, (name, values) in enumerate(columns):
            f.write(f'{", " if k else ""}"{name}": [')
            for start in range(0, len(values), PIECE):
                if stop is not None and stop.is_set():
                    raise Stopped(str(path))
                piece = values[start:start + PIECE].tolist()
                f.write(("," if start else "") + ",".join(map(repr, piece)))
            f.write("]")
        f.write("}, " + json.dumps(data, allow_nan=False)[1:] + "\n")
        f.flush()
        os.fsync(f.fileno())


def read_session(path: str | os.PathLike[str]) -> Session:
    name = str(path)
    check_regular_file(path)
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(translate("session", "{name}: no such file").format(name=name)) from None
    except OSError as exc:
        why = exc.strerror or exc
        raise InputError(translate("session", "{name}: cannot be read ({why})").format(name=name, why=why)) from None
    try:
        text = raw.decode("utf-8-sig")  # an editor may have added a byte-order mark
    except UnicodeDecodeError:
        raise InputError(translate("session", "{name}: not a lossexplorer session (not UTF-8 text)").format(name=name)
                         ) from None
    return from_json(text, name)


def from_json(text: str, name: str = "<session>") -> Session:
    try:
        data = json.loads(text, parse_constant=lambda c: (_ for _ in ()).throw(ValueError(f"{c} is not allowed")))
    except (json.JSONDecodeError, ValueError, RecursionError) as exc:  # RecursionError: nested too deep
        if isinstance(exc, json.JSONDecodeError):
            raise InputError(translate("session", "{name}, line {line}, column {column}: damaged session ({why})")
                             .format(name=name, line=exc.lineno, column=exc.colno, why=_first_line(exc))) from None
        raise InputError(damaged(name, _first_line(exc))) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InputError(translate("session", "{name}: not a lossexplorer session").format(name=name))
    version = data.get("version")
    if not isinstance(version, int) or version < 1:
        raise InputError(translate("session", "{name}: damaged session (format version {version})")
                         .format(name=name, version=repr(version)))
    if version > VERSION:
        raise InputError(translate("session", "{name}: written by a newer lossexplorer (format {version}; this one "
                                              "reads up to {newest})")
                         .format(name=name, version=version, newest=VERSION))
    return _session(data, name)


def damaged(name: str, why: str) -> str:
    """'NAME: damaged session (WHY)', translated."""
    return translate("session", "{name}: damaged session ({why})").format(name=name, why=why)


def _first_line(exc: Exception) -> str:
    text = str(exc)
    return text.split(" (char")[0] if isinstance(exc, json.JSONDecodeError) else text


def _one_line(exc: Exception) -> str:
    """The message with its line breaks escaped: a name read from the file may hold any."""
    return "".join(repr(c)[1:-1] if c in _LINE_BREAKS else c for c in str(exc))


def _finite(v: Any) -> bool:
    """A JSON number that is a finite float (an integer too large for a float is not)."""
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return False
    try:
        return math.isfinite(v)
    except OverflowError:
        return False


def _column(value: Any, where: str, name: str) -> Array:
    """A long list of finite numbers as an array, checked at NumPy's speed (the refusal as
    `_numbers` words it)."""
    if isinstance(value, list) and set(map(type, value)) <= {float, int}:
        try:
            column = np.array(value, dtype=float)
        except OverflowError:  # an integer past the floats: `_numbers` names it
            column = None
        if column is not None and np.isfinite(column).all():
            return column
    return np.array(_numbers(value, where, name), dtype=float)


def _numbers(value: Any, where: str, name: str) -> list[float]:
    if not isinstance(value, list):
        raise InputError(translate("session", "{name}: damaged session ({where} must be a list of numbers)")
                         .format(name=name, where=where))
    for i, v in enumerate(value):
        if not _finite(v):
            raise InputError(translate("session", "{name}: damaged session ({where}[{i}] is {value}, not a finite "
                                                  "number)").format(name=name, where=where, i=i, value=repr(v)))
    return [float(v) for v in value]


def _session(data: dict[str, Any], name: str) -> Session:
    points = data.get("points")
    if not isinstance(points, dict):
        raise InputError(translate("session", "{name}: damaged session (no points)").format(name=name))
    x = _column(points.get("x"), "points.x", name)
    y = _column(points.get("y"), "points.y", name)
    if len(x) != len(y):
        raise InputError(translate("session", "{name}: damaged session (points.x has {nx} values, points.y {ny})")
                         .format(name=name, nx=len(x), ny=len(y)))
    settings = _settings(data.get("settings"), name)
    mode = data.get("mode", "regression")
    if mode not in ("regression", "classification") or (mode == "classification") != settings.classification:
        raise InputError(translate("session", "{name}: damaged session (mode {mode} with the model {model})")
                         .format(name=name, mode=repr(mode), model=repr(settings.model)))
    labels = None
    if settings.classification:
        labels = _column(points.get("labels"), "points.labels", name)
        if len(labels) != len(x):
            raise InputError(translate("session", "{name}: damaged session (points.labels has {nl} values, points.x "
                                                  "{nx})").format(name=name, nl=len(labels), nx=len(x)))
        k = settings.classes
        bad = np.flatnonzero((labels != np.floor(labels)) | (labels < 0) | (labels >= k))
        if bad.size:
            i = int(bad[0])
            if k == 2:
                why = translate("session", "{name}: damaged session (points.labels[{i}] is {value}, not 0 or 1)")
            else:
                why = translate("session", "{name}: damaged session (points.labels[{i}] is {value}, not a whole number "
                                           "0 … {top} ({model}))")
            raise InputError(why.format(name=name, i=i, value=repr(float(labels[i])), top=k - 1, model=settings.model))
    held = _held(points.get("held", []), len(x), name)
    k = make_model(settings.model).n_coefficients
    start = _numbers(data.get("start", [0.0] * k), "start", name)
    coefficients = _numbers(data.get("coefficients", start), "coefficients", name)
    for where, values in (("start", start), ("coefficients", coefficients)):
        if len(values) != k:
            raise InputError(translate("session", "{name}: damaged session ({where} has {n} values; {model} needs {k})")
                             .format(name=name, where=where, n=len(values), model=settings.model, k=k))
    notes: list[str] = []
    if settings.classification:  # x and y are the plane's x1 and x2: both go into the model
        check_data(np.column_stack([x, y]), np.zeros(len(x)), settings.model, name)
    else:
        check_data(x, y, settings.model, name)
    pins = _pins(data.get("pins", []), name, notes)
    view = data.get("view", {})
    if not isinstance(view, dict):
        raise InputError(translate("session", "{name}: damaged session (view must be an object)").format(name=name))
    overlays = view.get("overlays") or {}
    if not isinstance(overlays, dict) or not all(isinstance(on, bool) for on in overlays.values()):
        raise InputError(translate("session", "{name}: damaged session (view.overlays must map names to true or false)")
                         .format(name=name))
    if "range" in view and not (isinstance(view["range"], list) and len(view["range"]) == 4):
        raise InputError(translate("session", "{name}: damaged session (view.range must be a list of 4 numbers)")
                         .format(name=name))
    x0, x1, y0, y1 = _numbers(view.get("range", [0.0, 1.0, 0.0, 1.0]), "view.range", name)
    if not (finite_span(x0, x1) and finite_span(y0, y1)):
        view = {k: v for k, v in view.items() if k != "range"}
        notes.append(translate("session", "its view range could not be shown, so the view frames the points"))
    my_line = _my_line(data.get("my_line"), name)
    return Session(x, y, settings, start, coefficients, pins, view, labels, notes, my_line=my_line, held=held)


def _my_line(raw: Any, name: str) -> dict[str, Any] | None:
    """My line, checked: a model by name ('' before it was placed), its coefficients, shown or not."""
    if raw is None:
        return None
    if not isinstance(raw, dict) or not isinstance(raw.get("model", ""), str) or \
            not isinstance(raw.get("shown", False), bool):
        raise InputError(translate("session", "{name}: damaged session (my_line needs a model name and shown true or "
                                              "false)").format(name=name))
    model = raw.get("model", "")
    beta = _numbers(raw.get("coefficients", []), "my_line.coefficients", name)
    if model:
        try:
            k = make_model(model).n_coefficients
        except InputError as exc:
            raise InputError(translate("session", "{name}: damaged session (my_line: {why})")
                             .format(name=name, why=_one_line(exc))) from None
        if len(beta) != k:
            raise InputError(translate("session", "{name}: damaged session (my_line has {n} coefficients; {model} "
                                                  "needs {k})").format(name=name, n=len(beta), model=model, k=k))
    elif beta:
        raise InputError(translate("session", "{name}: damaged session (my_line has coefficients but no model)")
                         .format(name=name))
    return {"model": model, "coefficients": beta, "shown": raw.get("shown", False)}
def _held(raw: Any, n: int, name: str) -> NDArray[np.bool_] | None:
    """points.held: the indices (from 0) of the points held out of J, each once; None for none."""
    if not isinstance(raw, list) or not all(isinstance(i, int) and not isinstance(i, bool) for i in raw):
        raise InputError(translate("session", "{name}: damaged session (points.held must be a list of point indices)")
                         .format(name=name))
    mask = np.zeros(n, bool)
    for k, i in enumerate(raw):
        if not 0 <= i < n or mask[i]:
            why = (translate("session", "{name}: damaged session (points.held[{k}] is {i}, twice)") if 0 <= i < n else
                   translate("session", "{name}: damaged session (points.held[{k}] is {i}, not one of the {n} points)"))
            raise InputError(why.format(name=name, k=k, i=i, n=n))
        mask[i] = True
    return mask if mask.any() else None


def _pins(raw_pins: Any, name: str, notes: list[str]) -> list[dict[str, Any]]:
    """The first MAX_PINS pins, checked; labels as the window shows them, colours it can draw."""
    if not isinstance(raw_pins, list):
        raise InputError(translate("session", "{name}: damaged session (pins must be a list)").format(name=name))
    if len(raw_pins) > MAX_PINS:
        notes.append(translate("session", "kept the first {kept} of its {count} pins (the window holds {kept})")
                     .format(kept=MAX_PINS, count=number(len(raw_pins), ",")))
    pins: list[dict[str, Any]] = []
    for i, pin in enumerate(raw_pins[:MAX_PINS]):
        if not isinstance(pin, dict) or not isinstance(pin.get("label"), str) or not isinstance(pin.get("colour"), str):
            raise InputError(translate("session", "{name}: damaged session (pin {pin} needs a label and a colour)")
                             .format(name=name, pin=i + 1))
        try:
            model = make_model(str(pin.get("model")))
        except InputError as exc:
            raise InputError(translate("session", "{name}: damaged session (pin {pin}: {why})")
                             .format(name=name, pin=i + 1, why=_one_line(exc))) from None
        beta = _numbers(pin.get("coefficients"), f"pins[{i}].coefficients", name)
        if len(beta) != model.n_coefficients:
            raise InputError(translate("session", "{name}: damaged session (pin {pin} has {n} coefficients)")
                             .format(name=name, pin=i + 1, n=len(beta)))
        label, trimmed = plain_label(pin["label"])
        if trimmed:
            notes.append(translate("session", "pin {pin}'s label was shortened or had control characters replaced")
                         .format(pin=i + 1))
        colour = pin["colour"]
        if not _COLOUR.fullmatch(colour) or colour.lower() in {p["colour"].lower() for p in pins}:
            colour = next(c for c in PIN_COLOURS if c.lower() not in {p["colour"].lower() for p in pins})
        pins.append({"label": label, "colour": colour, "model": model.spec, "coefficients": beta})
    return pins


def _settings(raw: Any, name: str) -> FitSettings:
    if not isinstance(raw, dict):
        raise InputError(translate("session", "{name}: damaged session (no settings)").format(name=name))
    defaults = FitSettings()
    values: dict[str, Any] = {}
    for f in fields(FitSettings):
        if f.name not in raw:
            continue  # a setting added after the file was written keeps its default
        value, default = raw[f.name], getattr(defaults, f.name)
        if isinstance(default, bool):
            ok = isinstance(value, bool)
        elif isinstance(default, int):
            ok = isinstance(value, int) and not isinstance(value, bool)
        elif isinstance(default, float):
            ok = _finite(value)
            value = float(value) if ok else value
        else:
            ok = isinstance(value, str)
        if not ok:
            raise InputError(translate("session", "{name}: damaged session (setting {setting} is {value})")
                             .format(name=name, setting=f.name, value=repr(value)))
        problem = setting_problem(f.name, value)
        if problem:
            raise InputError(f"{name}: {problem}")
        values[f.name] = value
    settings = FitSettings(**values)
    try:
        two = np.array([0.0, 1.0])
        settings.objective(np.column_stack([two, two]) if settings.classification else two, two)
        settings.optimizer_()
        settings.schedule_()
        settings.stop_()
    except InputError as exc:
        raise InputError(damaged(name, _one_line(exc))) from None
    return settings
