"""A spreadsheet as it comes: any number of columns, a header, quoted cells, a decimal comma, a
byte-order mark or Excel's UTF-16, and the choice of the columns that become the points.

`read_source` decodes a file, `sniff` guesses its separator and decimal mark, `parse` cuts it
into rows of cells, `choose` takes the chosen columns as numbers (a label column of a few text
values becomes 0, 1, …) and lists the rows it leaves out, by their line in the file. The plain
files of core/data.py never come here: its strict reader stays the reader of x,y files.
"""

from __future__ import annotations

import codecs
import csv
import io
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

from .data import _NUMBER, file_bytes, shown
from .errors import InputError

Array = NDArray[np.float64]
#: the separators a file may use, in the order a tie is settled; " " stands for any run of spaces
SEPARATORS = ("\t", ";", ",", "|", " ")
SEPARATOR_NAMES = {"\t": "tab", ";": "semicolon", ",": "comma", "|": "bar", " ": "spaces"}
DECIMALS = (".", ",")
DECIMAL_NAMES = {".": "point (1.5)", ",": "comma (1,5)"}
#: how many rows the separator is guessed from, and the columns for x and y
SNIFF_ROWS = 50
GUESS_ROWS = 200
_COMMA_DECIMAL = re.compile(r"[+-]?[0-9]*,[0-9]+(?:[eE][+-]?[0-9]+)?")
_POINT_DECIMAL = re.compile(r"[+-]?[0-9]*\.[0-9]+(?:[eE][+-]?[0-9]+)?")
_THOUSANDS = re.compile(r"[+-]?[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]*)?")
#: what a column of plain numbers, one a line, may not hold (the fast path of `Table.values`)
_NOT_PLAIN = re.compile(r"[^0-9eE+\-.\n]")
_MINUS = str.maketrans({"\u2212": "-", "\u00a0": "", "\u202f": ""})


@dataclass(frozen=True)
class Source:
    """A file's text and what it was encoded in ('UTF-8', 'UTF-8 with BOM', 'UTF-16', 'Windows-1252')."""

    name: str
    text: str
    encoding: str


def decode(raw: bytes, name: str) -> Source:
    """The text of `raw`: a BOM says UTF-8 or UTF-16; every other byte NUL is UTF-16 without one;
    else UTF-8, and failing that Windows-1252 (what Excel's plain "CSV" writes on Windows)."""
    name = shown(name)
    boms = ((codecs.BOM_UTF8, "utf-8-sig", "UTF-8 with BOM"), (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
            (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"))
    encoding, label = "utf-8", "UTF-8"
    for bom, codec, what in boms:
        if raw.startswith(bom):
            encoding, label = codec, what
            break
    else:
        head = raw[:400]
        if len(head) >= 4 and head[1::2].count(0) >= 0.9 * len(head[1::2]) and head[0::2].count(0) == 0:
            encoding, label = "utf-16-le", "UTF-16"
        elif len(head) >= 4 and head[0::2].count(0) >= 0.9 * len(head[0::2]) and head[1::2].count(0) == 0:
            encoding, label = "utf-16-be", "UTF-16"
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        if encoding != "utf-8":
            raise InputError(f"{name}: not a text file (byte {exc.start + 1} is not {label})") from None
        try:
            text, label = raw.decode("cp1252"), "Windows-1252"
        except UnicodeDecodeError:
            raise InputError(f"{name}: not a text file (byte {exc.start + 1} is not UTF-8)") from None
    if "\x00" in text:
        raise InputError(f"{name}: not a text file (it holds NUL bytes)")
    return Source(name, text, label)


def read_source(path: str) -> Source:
    """The decoded text of the file at `path`; InputError (one line) if it cannot be read."""
    return decode(file_bytes(path), str(path))


# --- cutting the text into cells ------------------------------------------------------------


def _rows(text: str, separator: str) -> list[tuple[int, list[str]]]:
    """(line number, cells) of every row that is not blank and not a # comment; quoted cells
    unquoted (a quoted cell may hold the separator, or span lines)."""
    if separator == " ":
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=" ", skipinitialspace=True)
    else:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    rows = []
    line = 0
    try:
        for cells in reader:
            start, line = line + 1, reader.line_num
            cells = [c.strip(" \t") for c in cells]
            if separator == " ":
                cells = [c for c in cells if c]
            if not any(cells) or cells[0].startswith("#"):
                continue
            rows.append((start, cells))
    except csv.Error as exc:
        raise InputError(f"row {line + 1}: {exc}") from None
    return rows


def sniff(text: str) -> tuple[str, str]:
    """The separator and decimal mark `text` most likely uses: the separator that cuts the first
    rows into the same number (≥ 2) of cells most often; a decimal comma when cells read 1,5
    and none 1.5 (never with a comma separator, unless the cells are quoted)."""
    head = "\n".join(text.splitlines()[: 4 * SNIFF_ROWS])
    best, score = ",", (0, 0)
    for separator in SEPARATORS:
        try:
            rows = _rows(head, separator)[:SNIFF_ROWS]
        except InputError:
            continue
        widths = [len(cells) for _, cells in rows]
        if not widths:
            continue
        width = max(set(widths), key=widths.count)
        if width < 2:
            continue
        candidate = (widths.count(width) * 2 - len(widths), 1 if width > 1 else 0)
        if candidate > score:
            best, score = separator, candidate
    cells = [c for _, row in _rows(head, best) for c in row]
    commas = sum(1 for c in cells if _COMMA_DECIMAL.fullmatch(c) or _THOUSANDS.fullmatch(c))
    points = sum(1 for c in cells if _POINT_DECIMAL.fullmatch(c) and not _THOUSANDS.fullmatch(c))
    decimal = "," if commas and not points else "."
    return best, decimal


def number(cell: str, decimal: str = ".") -> float | None:
    """The cell's value, or None when it is empty or not a finite number. With a decimal comma,
    1,5 is 1.5 and 1.234,5 is 1234.5 (a point then only separates thousands)."""
    text = cell.strip().translate(_MINUS)
    if decimal == ",":
        if "." in text:
            if not _THOUSANDS.fullmatch(text):
                return None
            text = text.replace(".", "")
        text = text.replace(",", ".", 1) if text.count(",") == 1 else text
    if not _NUMBER.fullmatch(text):
        return None
    value = float(text)
    return value if math.isfinite(value) else None


@dataclass(frozen=True)
class Table:
    """The rows of a file as cells, cut by one separator: column names (the header's, or
    'column 1', … without one), and each row's line in the file."""

    source: Source
    separator: str
    decimal: str
    header: bool
    names: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    lines: tuple[int, ...]
    _values: dict[tuple[int, str], Array] = field(default_factory=dict, compare=False, repr=False)

    @property
    def width(self) -> int:
        return len(self.names)

    def cell(self, row: int, column: int) -> str:
        cells = self.rows[row]
        return cells[column] if column < len(cells) else ""

    def cells(self, column: int) -> list[str]:
        return [row[column] if column < len(row) else "" for row in self.rows]

    def values(self, column: int) -> Array:
        """The column's numbers, NaN where a cell is empty or not a number (kept once worked out).
        A column of plain numbers is checked by one regular expression and converted by NumPy:
        100 000 rows in milliseconds rather than a second cell by cell."""
        key = (column, self.decimal)
        if key not in self._values:
            cells = self.cells(column)
            text = "\n".join(cells)
            if self.decimal == "," and "." not in text:
                text = text.replace(",", ".")
            values = None
            if cells and not _NOT_PLAIN.search(text):  # digits, signs, points, exponents only
                try:
                    values = np.array(text.split("\n"), dtype=float)  # NumPy refuses '', '1e', '+-1'
                except ValueError:
                    values = None
            if values is None:
                plain = text.split("\n") if cells else []
                match = _NUMBER.fullmatch
                values = np.array([float(p) if match(p) else self._slow(c) for p, c in zip(plain, cells)], float)
            values[~np.isfinite(values)] = np.nan  # 1e999
            self._values[key] = values
        return self._values[key]

    def _slow(self, cell: str) -> float:
        """A cell the plain forms did not match: a minus sign, a thousands point, spaces; else NaN."""
        if not any(ch.isdigit() for ch in cell):
            return math.nan
        value = number(cell, self.decimal)
        return math.nan if value is None else value

    def numeric(self, column: int) -> bool:
        """True when most filled cells among the column's first GUESS_ROWS are numbers (a column to
        offer for x or y first)."""
        filled = [row[column] for row in self.rows[:GUESS_ROWS] if column < len(row) and row[column]]
        return bool(filled) and sum(number(c, self.decimal) is not None for c in filled) * 2 > len(filled)

    def resolve(self, spec: str, option: str = "") -> int:
        """The column a name or a 1-based number gives (0-based); InputError naming the columns."""
        text = spec.strip()
        if text in self.names:
            return self.names.index(text)
        folded = [n.casefold() for n in self.names]
        if text.casefold() in folded and folded.count(text.casefold()) == 1:
            return folded.index(text.casefold())
        if text.isdigit() and 1 <= int(text) <= self.width:
            return int(text) - 1
        where = f"{option} " if option else ""
        columns = ", ".join(f"{k} {n}" for k, n in enumerate(self.names, start=1))
        raise InputError(f"{self.source.name}: {where}'{shown(spec, 40)}' names no column; the columns are: {columns}")


def looks_like_header(cells: Sequence[str], decimal: str) -> bool:
    """A first row is a header when none of its cells is a number and one is filled."""
    return any(cells) and all(number(c, decimal) is None for c in cells)


def parse(source: Source, separator: str | None = None, decimal: str | None = None,
          header: bool | None = None) -> Table:
    """The table of `source`, with the separator and decimal mark given (else sniffed) and a header
    when asked (else when the first row looks like one); InputError when it holds no rows."""
    guessed = sniff(source.text) if separator is None or decimal is None else ("", "")
    separator = separator or guessed[0]
    decimal = decimal or guessed[1]
    try:
        rows = _rows(source.text, separator)
    except InputError as exc:
        raise InputError(f"{source.name}, {exc}") from None
    if not rows:
        raise InputError(f"{source.name}: no rows (the file is empty)")
    if header is None:
        header = looks_like_header(rows[0][1], decimal)
    width = max(len(cells) for _, cells in rows)
    if header:
        given = [shown(c, 40) for c in rows[0][1]]
        names = [given[k] if k < len(given) and given[k] else f"column {k + 1}" for k in range(width)]
        rows = rows[1:]
    else:
        names = [f"column {k + 1}" for k in range(width)]
    return Table(source, separator, decimal, header, tuple(names), tuple(tuple(c) for _, c in rows),
                 tuple(n for n, _ in rows))


def load_table(path: str) -> Table:
    """The file at `path` as a table, its layout sniffed."""
    return parse(read_source(path))


# --- the chosen columns ------------------------------------------------------------------------


@dataclass(frozen=True)
class LeftOut:
    """A row the chosen columns cannot take: its line in the file, the column and the cell."""

    line: int
    column: str
    cell: str

    def sentence(self) -> str:
        what = f"'{shown(self.cell, 40)}' is not a number" if self.cell else "the cell is empty"
        return f"row {self.line}, column {self.column}: {what}"


@dataclass(frozen=True)
class Chosen:
    """The points the chosen columns give: x (n,) and y (n,), or x (n, 2) and labels 0 … K−1;
    `classes`: what each label stands for when the file's labels were not 0 … K−1."""

    x: Array
    y: Array
    classification: bool
    columns: tuple[str, ...]
    classes: tuple[str, ...]
    left_out: tuple[LeftOut, ...]

    @property
    def mapping(self) -> str:
        """'Adélie → 0, Gentoo → 1', or '' when the labels were taken as they are."""
        return ", ".join(f"{name} → {k}" for k, name in enumerate(self.classes))


def _labels(table: Table, column: int, rows: list[int], most: int) -> tuple[Array, tuple[str, ...]]:
    """The label column's cells as 0 … K−1: whole numbers 0 … most−1 as they are, else the
    distinct values in order (numbers by size, text alphabetically) mapped to 0, 1, …"""
    values = table.values(column)[rows]
    if np.isfinite(values).all():
        if np.all((values >= 0) & (values < most) & (values == np.floor(values))):
            return values, ()
        distinct = np.unique(values)
        names = tuple(f"{v:g}" for v in distinct.tolist())
        labels = np.searchsorted(distinct, values).astype(float)
    else:
        cells = table.cells(column)
        chosen = [cells[r] for r in rows]
        names = tuple(sorted(set(chosen), key=str.casefold))
        index = {name: k for k, name in enumerate(names)}
        labels = np.array([index[c] for c in chosen], dtype=float)
    if len(names) > most:
        shown_names = ", ".join(shown(n, 20) for n in names[:6]) + (", …" if len(names) > 6 else "")
        raise InputError(f"{table.source.name}, column {table.names[column]}: {len(names)} different labels "
                         f"({shown_names}); at most {most} classes")
    return labels, names


def choose(table: Table, columns: Sequence[int], classification: bool = False, most_classes: int = 2) -> Chosen:
    """The points of the chosen columns: (x, y), or (x1, x2, label) to classify. A row with an
    empty or non-numeric cell in a chosen number column (or an empty label) is left out and listed."""
    need = 3 if classification else 2
    if len(columns) != need:
        raise ValueError(f"choose {need} columns, got {len(columns)}")
    values = np.column_stack([table.values(c) for c in columns[:2]])
    good = np.isfinite(values).all(axis=1)
    if classification:
        good &= np.array([bool(c) for c in table.cells(columns[2])], dtype=bool)
    keep = np.flatnonzero(good).tolist()
    left_out: list[LeftOut] = []
    for r in np.flatnonzero(~good).tolist():
        bad = [c for j, c in enumerate(columns[:2]) if not np.isfinite(values[r, j])] or [columns[2]]
        left_out.append(LeftOut(table.lines[r], table.names[bad[0]], table.cell(r, bad[0])))
    names = tuple(table.names[c] for c in columns)
    if not keep:
        first = f" ({left_out[0].sentence()})" if left_out else ""
        raise InputError(f"{table.source.name}: no row has numbers in the columns {', '.join(names)}{first}")
    kept = values[keep]
    if classification:
        labels, classes = _labels(table, columns[2], keep, most_classes)
        return Chosen(kept.copy(), labels, True, names, classes, tuple(left_out))
    return Chosen(kept[:, 0].copy(), kept[:, 1].copy(), False, names, (), tuple(left_out))


def first_guess(table: Table, classification: bool, most_classes: int = 2) -> list[int]:
    """The columns to offer first: the first number columns for x (x1, x2), the next for y; for a
    label the last column of at most `most_classes` different values (else the first that is not
    a number, else the last column)."""
    numeric = [k for k in range(table.width) if table.numeric(k)]
    order = numeric + [k for k in range(table.width) if k not in numeric]
    if not classification:
        return order[:2] if len(order) >= 2 else [0, 0]
    few = [k for k in range(table.width)
           if 2 <= len({row[k] for row in table.rows[:GUESS_ROWS] if k < len(row)} - {""}) <= most_classes
           and 2 <= len(set(table.cells(k)) - {""}) <= most_classes]
    label = few[-1] if few else (order[len(numeric)] if len(numeric) < len(order) else order[-1])
    features = [k for k in numeric if k != label][:2]
    while len(features) < 2:
        features.append(0)
    return [*features, label]


def read_columns(path: str, specs: Sequence[str], options: Sequence[str], classification: bool = False,
                 most_classes: int = 2, leave_out: bool = False) -> Chosen:
    """The points of the columns `specs` names (header names or 1-based numbers; `options` are the
    command-line options they came from, for the message) in the file at `path`. A row the
    columns cannot take is an InputError naming the file, the row and the column, unless
    `leave_out`: then it is left out (and listed in `Chosen.left_out`)."""
    table = load_table(path)
    columns = [table.resolve(spec, option) for spec, option in zip(specs, options)]
    chosen = choose(table, columns, classification, most_classes)
    if chosen.left_out and not leave_out:
        more = len(chosen.left_out) - 1
        also = f" (and {more} more row{'s' if more != 1 else ''})" if more else ""
        raise InputError(f"{table.source.name}, {chosen.left_out[0].sentence()}{also} "
                         "(--leave-out-bad-rows leaves such rows out)")
    return chosen


def is_spreadsheet(table: Table) -> bool:
    """True when a file the strict reader of x,y files refused is one to import column by column:
    more columns than x, y (but not a file headed x1, x2, label), or two columns whose every cell
    is a number in a layout the strict reader does not take (UTF-16, a tab and a decimal comma, …)."""
    if table.width > 3:
        return True
    if table.width == 3:
        return not (table.header and tuple(n.casefold() for n in table.names) == ("x1", "x2", "label"))
    if table.width == 2:
        return all(number(table.cell(r, k), table.decimal) is not None
                   for r in range(len(table.rows)) for k in (0, 1)) and bool(table.rows)
    return False
