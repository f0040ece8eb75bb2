"""Fuzz tests of the two file readers, seeded so every run feeds the same inputs.

Points (`parse_points`, `read_points`) and sessions (`from_json`, `read_session`) get random
bytes, random text and mutations of a valid file. Every input must give a valid result or an
InputError whose message is one line and names the file; any other exception is a bug. Each
test prints how many inputs it fuzzed (visible with -s) and checks that both outcomes occurred.
"""

import collections
import copy
import functools
import json
import math
import random
import string

import numpy as np
import pytest

from lossexplorer.core import InputError, fit, make_model
from lossexplorer.core.data import format_points, parse_points, read_points
from lossexplorer.gui.session import Session, from_json, read_session, to_json
from lossexplorer.gui.settings import FitSettings

#: inputs fuzzed per reader, filled in by the tests and printed by each
FUZZED: collections.Counter[str] = collections.Counter()

@pytest.fixture(scope="module", autouse=True)
def _report_fuzzed():
    yield
    print(f"\ninputs fuzzed per reader: {dict(sorted(FUZZED.items()))}, {sum(FUZZED.values())} in all")


# --- byte- and text-level mutations -------------------------------------------------------------

NASTY_NUMBERS = [
    "nan", "NaN", "-nan", "inf", "-inf", "Infinity", "1e999", "-1e400", "1e308", "1.7976931348623157e308",
    "4.9e-324", "1e-400", "9" * 400, "0x10", "1_000", "١٢٣", "½", "--1", "1e", ".", "-", "+", "''", '""',
    '"3"', "'4'", "1,5", "1.5.5", "0", "-0", "1", "2",
]
BREAKS = ["\n", "\r\n", "\r", "\x0b", "\x0c", "\x1c", "\x85", "\u2028"]
SEPARATORS = [",", ";", "\t", " ", "  ", ", ", " ;"]


def _flip(rng: random.Random, b: bytes) -> bytes:
    if not b:
        return b
    i = rng.randrange(len(b))
    return b[:i] + bytes([b[i] ^ (1 << rng.randrange(8))]) + b[i + 1 :]


def _insert(rng: random.Random, b: bytes) -> bytes:
    i = rng.randrange(len(b) + 1)
    return b[:i] + bytes(rng.randrange(256) for _ in range(rng.randint(1, 4))) + b[i:]


def _delete(rng: random.Random, b: bytes) -> bytes:
    if not b:
        return b
    i = rng.randrange(len(b))
    return b[:i] + b[i + rng.randint(1, 8) :]


def _swap_separator(rng: random.Random, b: bytes) -> bytes:
    old, new = rng.choice(SEPARATORS).encode(), rng.choice(SEPARATORS).encode()
    return b.replace(old, new, -1 if rng.random() < 0.5 else 1)


def _inject_number(rng: random.Random, b: bytes) -> bytes:
    """Put a nasty number in place of a cell (or anywhere)."""
    token = rng.choice(NASTY_NUMBERS).encode()
    cells = [m for m in range(len(b)) if b[m : m + 1].isdigit()]
    if not cells:
        return b + token
    i = rng.choice(cells)
    j = i
    while j < len(b) and b[j : j + 1] not in (b",", b";", b"\t", b" ", b"\n", b"\r"):
        j += 1
    return b[:i] + token + b[j:]


def _bom(rng: random.Random, b: bytes) -> bytes:
    return b"\xef\xbb\xbf" + b


def _nul(rng: random.Random, b: bytes) -> bytes:
    i = rng.randrange(len(b) + 1)
    return b[:i] + b"\x00" + b[i:]


def _long_line(rng: random.Random, b: bytes) -> bytes:
    filler = rng.choice([b"1", b"1,", b" ", b"9" * 9 + b".", b"a"])
    return b + filler * rng.randint(10_000, 100_000) + b"\n"


def _line_breaks(rng: random.Random, b: bytes) -> bytes:
    return b.replace(b"\n", rng.choice(BREAKS).encode())


def _not_utf8(rng: random.Random, b: bytes) -> bytes:
    i = rng.randrange(len(b) + 1)
    return b[:i] + rng.choice([b"\xff", b"\xc3(", b"\xe2\x82", b"\xed\xa0\x80", b"\x80"]) + b[i:]


def _shuffle_lines(rng: random.Random, b: bytes) -> bytes:
    lines = b.split(b"\n")
    rng.shuffle(lines)
    if rng.random() < 0.5:
        lines.insert(rng.randrange(len(lines) + 1), rng.choice(lines))
    return b"\n".join(lines)


def _truncate(rng: random.Random, b: bytes) -> bytes:
    return b[: rng.randrange(len(b) + 1)]


def _as_latin1_text(rng: random.Random, b: bytes) -> bytes:
    return b.decode("latin-1").encode("utf-8")


MUTATIONS = [
    _flip, _insert, _delete, _swap_separator, _inject_number, _bom, _nul, _long_line, _line_breaks,
    _not_utf8, _shuffle_lines, _truncate, _as_latin1_text,
]


def mutate(rng: random.Random, b: bytes) -> bytes:
    for _ in range(rng.choice([1, 1, 1, 2, 3, 4])):
        b = rng.choice(MUTATIONS)(rng, b)
    return b


def random_bytes(rng: random.Random) -> bytes:
    return bytes(rng.randrange(256) for _ in range(rng.randint(0, 200)))


def random_text(rng: random.Random, alphabet: str = string.printable) -> str:
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 200)))


def one_line_naming(exc: InputError, name: str) -> None:
    message = str(exc)
    assert len(message.splitlines()) == 1, f"not one line: {message!r}"
    assert name in message, f"does not name {name!r}: {message!r}"


def fail_on(data: object, exc: BaseException) -> None:
    shown = repr(data)
    pytest.fail(f"{type(exc).__name__}: {exc} on input {shown[:300]}{'...' if len(shown) > 300 else ''}")


# --- points -------------------------------------------------------------------------------------

POINT_FILES = [
    (format_points(np.array([0.0, 1.5, 3.0, -2.25]), np.array([1.0, -1e-3, 2e5, 4.0])).encode(), False),
    (b"# a comment\nx;y\n1,5;2,25\n2;3\n\n3,0;-4\n", False),
    (b"1\t2\n3\t4\n5\t6\n", False),
    (b"  1   2\n3 4 \n  5 6\n", False),
    (b'"x","y"\r\n"1","2"\r\n"3","4"\r\n', False),
    (format_points(np.array([[0.0, 1.0], [2.5, -1.0], [3.0, 3.0]]), np.array([0.0, 1.0, 1.0])).encode(), True),
    (b"a,b,label\n1,2,0\n3,4,1\n", True),
]


def check_points(call, data: object, name: str, classification: bool) -> str:
    """Run one reader call; 'valid' or 'error', failing the test on anything else."""
    try:
        x, y = call()
    except InputError as exc:
        one_line_naming(exc, name)
        return "error"
    except Exception as exc:
        fail_on(data, exc)
    assert isinstance(x, np.ndarray) and isinstance(y, np.ndarray)
    assert x.dtype == np.float64 and y.dtype == np.float64
    assert len(x) == len(y) >= 1
    assert np.all(np.isfinite(x)) and np.all(np.isfinite(y))
    if classification:
        assert x.shape == (len(y), 2) and set(y.tolist()) <= {0.0, 1.0}
    else:
        assert x.shape == y.shape
    return "valid"


def point_inputs(seed: int, count: int):
    """(bytes, classification): random bytes, random text, and mutated valid files."""
    rng = random.Random(seed)
    for i in range(count):
        kind = i % 4
        if kind == 0:
            yield "random bytes", random_bytes(rng), rng.random() < 0.5
        elif kind == 1:
            alphabet = rng.choice([string.printable, "0123456789.,;\t -e\n#", "01,.\n", "nainf0123456789,\n"])
            yield "random text", random_text(rng, alphabet).encode(), rng.random() < 0.5
        else:
            base, classification = rng.choice(POINT_FILES)
            yield "mutated file", mutate(rng, base), classification


@pytest.mark.parametrize("seed", [1, 2])
def test_parse_points_on_fuzzed_text_gives_points_or_a_one_line_error_naming_the_file(seed):
    name = "fuzzed-input.csv"
    outcomes: collections.Counter[str] = collections.Counter()
    for kind, data, classification in point_inputs(seed, 1000):
        for text in (data.decode("utf-8", "replace"), data.decode("latin-1")):
            parse = functools.partial(parse_points, text, name, classification)
            outcome = check_points(parse, text, name, classification)
            outcomes[f"{kind}: {outcome}"] += 1
            FUZZED["parse_points"] += 1
    print(f"\nparse_points, seed {seed}: {sum(outcomes.values())} inputs fuzzed: {dict(sorted(outcomes.items()))}")
    assert sum(outcomes.values()) == 2000
    # not vacuous: the mutations kept many files readable and broke many others
    assert outcomes["mutated file: valid"] >= 100 and outcomes["mutated file: error"] >= 100
    assert outcomes["random bytes: error"] >= 100


@pytest.mark.parametrize("seed", [3])
def test_read_points_on_fuzzed_files_gives_points_or_a_one_line_error_naming_the_file(seed, tmp_path):
    path = tmp_path / "fuzzed input.csv"
    outcomes: collections.Counter[str] = collections.Counter()
    for kind, data, classification in point_inputs(seed, 1500):
        path.write_bytes(data)
        outcome = check_points(functools.partial(read_points, path, classification), data, str(path), classification)
        outcomes[f"{kind}: {outcome}"] += 1
        FUZZED["read_points"] += 1
    print(f"\nread_points, seed {seed}: {sum(outcomes.values())} files fuzzed: {dict(sorted(outcomes.items()))}")
    assert sum(outcomes.values()) == 1500
    assert outcomes["mutated file: valid"] >= 100 and outcomes["mutated file: error"] >= 100


def test_read_points_names_the_file_when_it_is_missing_or_a_folder(tmp_path):
    for path, says in ((tmp_path / "gone.csv", "no such file"), (tmp_path, "is a folder")):
        with pytest.raises(InputError) as info:
            read_points(path)
        one_line_naming(info.value, str(path))
        assert says in str(info.value)


# --- sessions -----------------------------------------------------------------------------------


def base_sessions() -> list[Session]:
    pins = [{"label": "MSE", "colour": "#d62728", "model": "line", "coefficients": [0.5, 1.25]}]
    view = {"tab": "fit", "overlays": {"squares": True, "mean": False}, "range": [-1.0, 5.0, -2.0, 8.0]}
    return [
        Session(np.array([0.0, 1.0, 2.0, 3.5]), np.array([1.0, 2.5, 2.0, 5.0]), FitSettings(), [0.0, 0.0],
                [0.75, 1.1], pins, view),
        Session(np.array([-1.0, 0.0, 1.0]), np.array([1.0, 0.0, 1.0]),
                FitSettings(loss="huber", delta=0.5, model="poly:2", optimizer="sgd", batch_size=2, seed=7),
                [0.0, 0.0, 0.0], [0.1, 0.0, 0.9], [], {}),
        Session(np.array([]), np.array([]), FitSettings(loss="quantile", quantile=0.3, model="bias"), [0.0], [0.0]),
        Session(np.array([0.0, 1.0, -1.0, 2.0]), np.array([1.0, -0.5, 0.5, 2.0]),
                FitSettings(loss="focal", gamma=1.5, model="logistic", l2=0.01), [0.0, 0.0, 0.0], [0.1, 1.2, -0.4],
                [{"label": "BCE", "colour": "#009E73", "model": "logistic", "coefficients": [0.0, 1.0, 1.0]}],
                {"tab": "fit"}, np.array([0.0, 1.0, 0.0, 1.0])),
    ]


def random_json(rng: random.Random, depth: int = 0) -> object:
    """A random JSON value, leaning to the values that break readers."""
    choice = rng.randrange(12 if depth < 4 else 8)
    if choice == 0:
        return None
    if choice == 1:
        return rng.random() < 0.5
    if choice == 2:
        return rng.choice([0, 1, -1, 2, 10**6, 10**400, -(10**30), 2**63])
    if choice == 3:
        return rng.choice([0.0, -0.0, 0.5, 1e-300, 5e-324, 1e308, -1e308, 120.0, float("nan"), float("inf")])
    if choice == 4:
        return rng.uniform(-1e6, 1e6)
    if choice in (5, 6):
        return rng.choice(["", "mse", "poly:2", "poly:99", "logistic", "bce", "a\nb", "x\u2028y", "é" * 50, "\x00",
                           "default", "sum", "momentum", "lossexplorer-session", "#00ff00", "line"])
    if choice == 7:
        return random_text(rng)[:20]
    if choice in (8, 9):
        return [random_json(rng, depth + 1) for _ in range(rng.randint(0, 5))]
    return {random_text(rng, string.ascii_lowercase + "_")[:8]: random_json(rng, depth + 1)
            for _ in range(rng.randint(0, 5))}


def _paths(value: object, prefix: tuple = ()) -> list[tuple]:
    out = [prefix]
    if isinstance(value, dict):
        for key, v in value.items():
            out += _paths(v, (*prefix, key))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out += _paths(v, (*prefix, i))
    return out


def mutate_tree(rng: random.Random, data: dict) -> dict:
    """Delete, replace, re-type, grow or shrink one place of a parsed session."""
    data = copy.deepcopy(data)
    for _ in range(rng.choice([1, 1, 2, 3])):
        path = rng.choice(_paths(data)[1:] or [("x",)])
        parent = data
        for key in path[:-1]:
            parent = parent[key]
        key = path[-1]
        what = rng.randrange(5)
        if what == 0:
            del parent[key]
        elif what == 1:
            parent[key] = random_json(rng)
        elif what == 2 and isinstance(parent[key], list):
            parent[key] = parent[key] + parent[key][: rng.randint(1, 3)]
        elif what == 3 and isinstance(parent[key], (int, float)) and not isinstance(parent[key], bool):
            v = parent[key]
            grown = v * 10 ** rng.randint(1, 400) if isinstance(v, int) else v * 10.0 ** rng.randint(1, 300) * 1e20
            parent[key] = rng.choice([-v, grown, 0, -1, float("nan")])
        else:
            parent[key] = rng.choice([None, [], {}, "", 0, True, [parent[key]], {"a": parent[key]}])
    return data


def session_inputs(seed: int, count: int):
    rng = random.Random(seed)
    texts = [to_json(s) for s in base_sessions()]
    trees = [json.loads(t) for t in texts]
    for i in range(count):
        kind = i % 6
        if kind == 0:
            yield "random bytes", random_bytes(rng)
        elif kind == 1:
            value = random_json(rng)
            if isinstance(value, dict) and rng.random() < 0.7:  # get past the format check
                value.update({"format": "lossexplorer-session", "version": rng.choice([1, 1, 1, 0, 2, "1"])})
            yield "random JSON", json.dumps(value).encode()
        elif kind in (2, 3):
            yield "mutated JSON tree", json.dumps(mutate_tree(rng, rng.choice(trees))).encode()
        elif kind == 4:
            yield "mutated JSON text", mutate(rng, rng.choice(texts).encode())
        else:
            depth = rng.choice([10, 500, 990, 5000, 100_000])
            nest = "[" * depth + "]" * depth
            yield "deep nesting", rng.choice(texts).replace('"view": {', f'"view": {{"deep": {nest}, ', 1).encode()


def check_session(call, data: object, name: str) -> str:
    try:
        s = call()
    except InputError as exc:
        one_line_naming(exc, name)
        return "error"
    except Exception as exc:
        fail_on(data, exc)
    assert isinstance(s, Session) and isinstance(s.settings, FitSettings)
    assert isinstance(s.x, np.ndarray) and s.x.dtype == np.float64 and s.x.ndim == 1 and s.x.shape == s.y.shape
    assert np.all(np.isfinite(s.x)) and np.all(np.isfinite(s.y))
    k = make_model(s.settings.model).n_coefficients
    for values in (s.start, s.coefficients):
        assert len(values) == k and all(isinstance(v, float) and math.isfinite(v) for v in values)
    for pin in s.pins:
        assert isinstance(pin["label"], str) and isinstance(pin["colour"], str)
        assert len(pin["coefficients"]) == make_model(pin["model"]).n_coefficients
    assert isinstance(s.view, dict)
    # what was read can be written, and reads back the same
    again = from_json(to_json(s), name)
    assert again.settings == s.settings and again.pins == s.pins and again.view == s.view
    np.testing.assert_array_equal(again.x, s.x)
    assert again.start == s.start and again.coefficients == s.coefficients
    # the settings drive a run: it goes, or it says why in one line
    if len(s.x):
        try:
            fit(s.x, s.y, **{**s.settings.fit_options(), "epochs": 2}, init=s.start)
        except InputError as exc:
            assert len(str(exc).splitlines()) == 1, str(exc)
        except Exception as exc:
            fail_on(data, exc)
    return "valid"


@pytest.mark.parametrize("seed", [11, 12])
def test_from_json_on_fuzzed_sessions_gives_a_session_or_a_one_line_error_naming_the_file(seed):
    name = "fuzzed.lossx"
    outcomes: collections.Counter[str] = collections.Counter()
    for kind, data in session_inputs(seed, 600):
        text = data.decode("utf-8", "replace")
        outcome = check_session(functools.partial(from_json, text, name), text, name)
        outcomes[f"{kind}: {outcome}"] += 1
        FUZZED["from_json"] += 1
    print(f"\nfrom_json, seed {seed}: {sum(outcomes.values())} inputs fuzzed: {dict(sorted(outcomes.items()))}")
    assert sum(outcomes.values()) == 600
    assert outcomes["mutated JSON tree: valid"] >= 15 and outcomes["mutated JSON tree: error"] >= 100


@pytest.mark.parametrize("seed", [13])
def test_read_session_on_fuzzed_files_gives_a_session_or_a_one_line_error_naming_the_file(seed, tmp_path):
    path = tmp_path / "fuzzed session.lossx"
    outcomes: collections.Counter[str] = collections.Counter()
    for kind, data in session_inputs(seed, 600):
        path.write_bytes(data)
        outcomes[f"{kind}: {check_session(lambda: read_session(path), data, str(path))}"] += 1
        FUZZED["read_session"] += 1
    print(f"\nread_session, seed {seed}: {sum(outcomes.values())} files fuzzed: {dict(sorted(outcomes.items()))}")
    assert sum(outcomes.values()) == 600
    assert outcomes["mutated JSON text: valid"] >= 10 and outcomes["mutated JSON text: error"] >= 30


# --- regression tests of the bugs the fuzzing found -------------------------------------------------


def _session_text(**changes) -> str:
    data = json.loads(to_json(base_sessions()[0]))
    for dotted, value in changes.items():
        parent = data
        *keys, last = dotted.split(".")
        for key in keys:
            parent = parent[key]
        parent[last] = value
    return json.dumps(data)


@pytest.mark.parametrize(
    ("change", "says"),
    [
        ({"points.x": [10**400, 1.0, 2.0, 3.0]}, "points.x[0] is 1000"),  # was OverflowError
        ({"settings.lr": 10**400}, "setting lr is 1000"),  # was OverflowError
        (
            {"pins": [{"label": "a", "colour": "b", "model": "li\nne", "coefficients": [1, 2]}]},
            r"pin 1: unknown model 'li\nne'",  # was a message of two lines
        ),
        ({"settings.loss": "ms\u2028e"}, r"unknown loss 'ms\u2028e'"),  # was a message of two lines
        ({"settings.seed": -1}, "setting seed is -1"),  # fit then raised ValueError from NumPy
        ({"settings.epochs": -5}, "setting epochs is -5"),
        ({"settings.epochs": 10**12}, "setting epochs is 1000000000000"),
        ({"settings.batch_size": 0}, "setting batch_size is 0"),
        ({"settings.speed": -60}, "setting speed is -60"),
        ({"view.overlays": ["squares"]}, "view.overlays must map names to true or false"),  # window: AttributeError
        ({"view.range": [0, 1, 2, 10**400]}, "view.range[3] is 1000"),
        ({"view.range": [0, 1]}, "view.range must be a list of 4 numbers"),
    ],
)
def test_a_session_with_an_impossible_value_is_refused_in_one_line(change, says):
    with pytest.raises(InputError) as info:
        from_json(_session_text(**change), "class.lossx")
    one_line_naming(info.value, "class.lossx")
    assert says in str(info.value)


def test_a_session_nested_too_deep_is_refused_in_one_line():
    text = _session_text().replace('"view": {', '"view": {"deep": ' + "[" * 100_000 + "]" * 100_000 + ", ", 1)
    with pytest.raises(InputError, match=r"^deep\.lossx: damaged session \(maximum recursion depth exceeded"):
        from_json(text, "deep.lossx")  # was RecursionError


def test_a_session_file_with_a_byte_order_mark_reads(tmp_path):
    path = tmp_path / "notepad.lossx"
    path.write_bytes(b"\xef\xbb\xbf" + to_json(base_sessions()[0]).encode())
    s = read_session(path)  # was "damaged session (Unexpected UTF-8 BOM ...)"
    np.testing.assert_array_equal(s.x, base_sessions()[0].x)


def test_the_sessions_the_fuzzer_starts_from_are_valid():
    for s in base_sessions():
        assert check_session(lambda s=s: from_json(to_json(s), "base.lossx"), s, "base.lossx") == "valid"
