"""Points from and to CSV files, with one-line errors that name the file, row and column.

Columns are x, y (regression) or x1, x2, label (classification: labels 0 or 1, or 0 … K−1
for a multi-class loss, K ≤ 5: `classes`); an optional header;
cells separated by commas, semicolons, tabs or spaces (with semicolons a decimal comma is
read as a point). Blank lines and lines starting with # are skipped. Rows end at \n, \r\n
or \r only. A cell is a number in the ordinary ASCII form (sign, digits, one decimal point,
exponent), nothing else: not 1_000, not a full-width １, not inf or nan. Messages show a
cell or a file name with its control characters escaped (a cell holding ESC[2J must not
clear the user's terminal, a newline in a name must not make two lines).
"""

from __future__ import annotations

import io
import math
import os
import re
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from .errors import InputError
from .models import ROW, Model

Array = NDArray[np.float64]
REGRESSION_COLUMNS = ("x", "y")
CLASSIFICATION_COLUMNS = ("x1", "x2", "label")
#: a file larger than this is refused before it is read (about 40 million points of "x,y")
MAX_FILE_BYTES = 2**30
#: at most this many points
MAX_POINTS = 20_000_000
_SPACES = re.compile(r"[ \t]+")
_LINE_END = re.compile(r"\r\n|\r|\n")
_NUMBER = re.compile(r"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_NOT_FINITE = re.compile(r"[+-]?(?:inf|infinity|nan)", re.IGNORECASE)
#: what the body of a plain file may hold for NumPy's parser to read it
_NOT_PLAIN = re.compile(r"[^0-9eE+\-.,\t \n]")
#: control characters and the space-like ones Python's str.strip would take but the reader does not
_ODD = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\xa0\u1680\u2000-\u200f\u2028-\u202f\u205f\u3000]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def shown(text: str, most: int = 0) -> str:
    """`text` for a one-line message: control characters as escapes (\x1b, \n, \u2028),
    cut to `most` characters (0: not cut)."""
    if most and len(text) > most:
        text = text[: most - 3] + "..."
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def _separator(line: str) -> str | None:
    for sep in (";", ",", "\t"):
        if sep in line:
            return sep
    return None  # whitespace


def _strip(text: str) -> str:
    return text.strip(" \t")


def _cells(line: str, sep: str | None) -> list[str]:
    if sep is None:
        return _SPACES.split(_strip(line))
    return [_strip(cell) for cell in line.split(sep)]


def _number(cell: str, sep: str | None) -> float | None:
    """The cell's value when it is a number in the ordinary ASCII form (inf and nan included:
    the caller refuses them as not finite), else None."""
    text = _strip(cell)
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
        text = _strip(text[1:-1])
    if sep == ";" and "," in text and "." not in text:
        text = text.replace(",", ".", 1) if text.count(",") == 1 else text
    if _NUMBER.fullmatch(text) or _NOT_FINITE.fullmatch(text):
        return float(text)
    return None


def read_points(path: str | os.PathLike[str], classification: bool = False, classes: int = 2) -> tuple[Array, Array]:
    """x (n,) or (n, 2) and y from a CSV file; InputError with file, row and column if bad.
    Class labels are whole numbers 0 … `classes` − 1."""
    raw = file_bytes(path)
    name = shown(str(path))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not a text file (byte {exc.start + 1} is not UTF-8)") from None
    return parse_points(text, name, classification, classes)


def file_bytes(path: str | os.PathLike[str]) -> bytes:
    """The bytes of the file at `path`; InputError naming it when it is missing, a folder, too
    large or unreadable."""
    name = shown(str(path))
    try:
        size = Path(path).stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(
                f"{name}: too many points: the file holds {size / 2**30:.3g} GiB, more than the "
                f"{MAX_FILE_BYTES / 2**30:.3g} GiB (at most {MAX_POINTS} points) the reader takes"
            )
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a folder, not a file") from None
    except MemoryError:
        raise InputError(f"{name}: too many points to hold in memory (at most {MAX_POINTS})") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot be read ({shown(str(exc.strerror or exc))})") from None
    return raw


def parse_points(text: str, name: str = "<text>", classification: bool = False, classes: int = 2
                 ) -> tuple[Array, Array]:
    """Parse CSV text; see `read_points`."""
    name = shown(name)
    try:
        table = _plain_table(text, classification, classes)
        if table is None:
            table = _checked_table(text, name, classification, classes)
    except MemoryError:
        raise InputError(f"{name}: too many points to hold in memory (at most {MAX_POINTS})") from None
    if len(table) > MAX_POINTS:
        raise InputError(f"{name}: too many points: {len(table)}, at most {MAX_POINTS}")
    if classification:
        return table[:, :2], table[:, 2]
    return table[:, 0], table[:, 1]


def _is_label(value: float | Array, classes: int) -> bool | Array:
    """True where `value` is a class label: a whole number 0 … classes − 1."""
    return (value >= 0) & (value < classes) & (value == np.floor(value))


def _plain_table(text: str, classification: bool, classes: int = 2) -> Array | None:
    """The table of a plain file (one separator, an optional header, plain finite numbers) read
    by NumPy's C parser, 5× faster than `_checked_table` on 10⁶ rows; None for anything else,
    which `_checked_table` then reads or explains, so both accept exactly the same files."""
    width = len(CLASSIFICATION_COLUMNS if classification else REGRESSION_COLUMNS)
    if any(mark in text for mark in ("#", '"', "'", ";", "\r")) or _ODD.search(text):
        return None
    start = 0
    for line in io.StringIO(text, newline="\n"):
        if _strip(line.rstrip("\n")):
            break
        start += len(line)
    else:
        return None
    first = line.rstrip("\n")
    sep = _separator(_strip(first))
    cells = _cells(first, sep)
    if all(_number(cell, sep) is None for cell in cells):
        if len(cells) != width:
            return None
        start += len(line)  # a header
    if not _strip(text[start:].replace("\n", "")) or _NOT_PLAIN.search(text, start):
        return None
    try:
        table = np.loadtxt(io.StringIO(text[start:]), delimiter=sep, ndmin=2, dtype=float)
    except ValueError:
        return None
    if table.shape[0] == 0 or table.shape[1] != width or not np.all(np.isfinite(table)):
        return None
    if classification and not np.all(_is_label(table[:, 2], classes)):
        return None
    return np.ascontiguousarray(table)


def _checked_table(text: str, name: str, classification: bool, classes: int = 2) -> Array:
    """The table, row by row, raising InputError with the row and column of the first bad cell."""
    columns = CLASSIFICATION_COLUMNS if classification else REGRESSION_COLUMNS
    width = len(columns)
    rows: list[list[float]] = []
    sep: str | None = None
    seen_line = False
    names: tuple[str, ...] = columns
    lines = _LINE_END.split(text)
    if lines and lines[-1] == "":
        lines.pop()
    for number, line in enumerate(lines, start=1):
        stripped = _strip(line)
        if not stripped or stripped.startswith("#"):
            continue
        if "\x00" in line:
            raise InputError(f"{name}, row {number}: not a text file (it holds NUL bytes)")
        if not seen_line:
            sep = _separator(stripped)
        cells = _cells(stripped, sep)
        if len(cells) != width:
            raise InputError(
                f"{name}, row {number}: expected {width} columns ({', '.join(names)}), found {len(cells)}"
            )
        values = [_number(cell, sep) for cell in cells]
        if not seen_line and any(v is None for v in values):
            seen_line = True
            if all(v is None for v in values):  # a header
                names = tuple(shown(_strip(cell).strip('"'), 40) or default for cell, default in zip(cells, columns))
                continue
        seen_line = True
        for cell, value, column in zip(cells, values, names):
            if value is None:
                raise InputError(f"{name}, row {number}, column {column}: '{shown(cell, 40)}' is not a number")
            if not math.isfinite(value):
                raise InputError(f"{name}, row {number}, column {column}: '{shown(cell, 40)}' is not a finite number")
        if classification and not _is_label(values[2] or 0.0, classes):  # every value is a number here
            allowed = "0 or 1" if classes == 2 else f"0 … {classes - 1}"
            raise InputError(
                f"{name}, row {number}, column {names[2]}: '{shown(cells[2], 40)}' is not a class label ({allowed})"
            )
        rows.append([float(v) for v in values if v is not None])
    if not rows:
        what = "has a header but no points" if seen_line else "is empty"
        raise InputError(f"{name}: no points (the file {what})")
    return np.array(rows, dtype=float)


def check_enough(x: Array, model: Model, source: str = "the data") -> None:
    """Refuse data too small for a unique answer: too few points, or x without spread."""
    n = len(x)
    need = ROW if model.classification else model.n_coefficients  # a softmax model's K rows share them
    if n < need:
        raise InputError(f"{source}: model {model.name} needs at least {need} points, got {n}")
    if model.classification:
        return
    distinct = len(np.unique(x))
    if distinct < model.distinct_x_needed:
        if distinct == 1:
            raise InputError(f"{source}: model {model.name} needs x values that differ, but every x is {x[0]:g}")
        raise InputError(
            f"{source}: model {model.name} needs at least {model.distinct_x_needed} different x values, got {distinct}"
        )


def format_points(x: Array, y: Array) -> str:
    """CSV text with a header; full precision, so a round trip is exact."""
    x = np.asarray(x, float)
    if x.ndim == 2:
        lines = ["x1,x2,label"] + [f"{a!r},{b!r},{int(c)}" for (a, b), c in zip(x.tolist(), np.asarray(y).tolist())]
    else:
        lines = ["x,y"] + [f"{a!r},{b!r}" for a, b in zip(x.tolist(), np.asarray(y).tolist())]
    return "\n".join(lines) + "\n"


def write_atomic(path: str | os.PathLike[str], text: str) -> None:
    """Write text to the file `path` names, atomically (see `atomic_file`)."""
    with atomic_file(path) as tmp, open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())


@contextmanager
def atomic_file(path: str | os.PathLike[str], suffix: str = ".tmp") -> Iterator[str]:
    """A temporary file's path for the block to write; when the block ends without an error the
    temporary is renamed over the file `path` names, else removed (the file is then untouched).

    A symbolic link is written through: the temporary goes beside the link's target and replaces
    the target, so the link stays a link. The file keeps its permission bits (and its group, where
    the system allows); a new file gets those of the umask, as `open` would give it.
    """
    target = Path(os.path.realpath(path))
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix, dir=target.parent)
    os.close(fd)
    try:
        yield tmp
        _take_permissions(tmp, target)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _sync_folder(target.parent)


def _take_permissions(tmp: str, target: Path) -> None:
    """Give `tmp` the permission bits (and group) of `target`, or a new file's when there is none."""
    try:
        old = os.stat(target)
    except FileNotFoundError:
        os.chmod(tmp, 0o666 & ~_umask())
        return
    os.chmod(tmp, stat.S_IMODE(old.st_mode) & 0o777)  # never a set-user-id bit on a rewritten file
    if hasattr(os, "chown") and old.st_gid != os.stat(tmp).st_gid:
        with suppress(OSError):  # not a member of that group: the file is ours and readable as before
            os.chown(tmp, -1, old.st_gid)


def _umask() -> int:
    """The process's umask, read without changing it where the system says (Linux), else by
    setting it and putting it back at once."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX: fsync the folder); a no-op where folders cannot be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def write_points(path: str | os.PathLike[str], x: Array, y: Array) -> None:
    write_atomic(path, format_points(x, y))
