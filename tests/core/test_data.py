"""Reading and writing points: separators, headers, comments, and one-line errors naming file, row and column."""

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lossexplorer.core import InputError, check_enough, make_model, parse_points, read_points, write_points
from lossexplorer.core.data import _checked_table, _plain_table

X3 = [1.0, 2.5, -3.0]
Y3 = [4.0, 0.5, 6.25]


@pytest.mark.parametrize(
    "text",
    [
        "x,y\n1,4\n2.5,0.5\n-3,6.25\n",
        "1,4\n2.5,0.5\n-3,6.25\n",
        "x, y\n1, 4\n 2.5 ,0.5\n-3 , 6.25\n",
        "x;y\n1;4\n2,5;0,5\n-3;6,25\n",  # semicolons with decimal commas
        "x;y\n1;4\n2.5;0.5\n-3;6.25\n",  # semicolons with decimal points
        "x\ty\n1\t4\n2.5\t0.5\n-3\t6.25\n",
        "1\t4\n2.5\t0.5\n-3\t6.25\n",
        "x y\n1 4\n2.5   0.5\n  -3 6.25  \n",
        "1 4\n2.5 0.5\n-3 6.25",
        "# my points\n\nx,y\n\n1,4\n# a comment\n2.5,0.5\n   \n-3,6.25\n\n",
        '"x","y"\n"1","4"\n2.5,0.5\n-3,6.25\n',
        "x,y\r\n1,4\r\n2.5,0.5\r\n-3,6.25\r\n",
        "x,y\n1e0,4.0E0\n25e-1,.5\n-3.00,625e-2\n",
    ],
)
def test_parse_points_reads_every_supported_layout(text):
    x, y = parse_points(text)
    np.testing.assert_array_equal(x, X3)
    np.testing.assert_array_equal(y, Y3)
    assert x.dtype == np.float64 and y.dtype == np.float64


def test_read_points_reads_a_file_with_a_byte_order_mark(tmp_path):
    path = tmp_path / "points.csv"
    path.write_bytes("\ufeffx;y\n1;4\n2,5;0,5\n-3;6,25\n".encode())
    x, y = read_points(path)
    np.testing.assert_array_equal(x, X3)
    np.testing.assert_array_equal(y, Y3)


def test_read_points_reads_classification_columns(tmp_path):
    path = tmp_path / "classes.csv"
    path.write_text("x1,x2,label\n0.5,1,0\n-1,2,1\n3,-4,1\n")
    x, y = read_points(path, classification=True)
    np.testing.assert_array_equal(x, [[0.5, 1.0], [-1.0, 2.0], [3.0, -4.0]])
    np.testing.assert_array_equal(y, [0.0, 1.0, 1.0])


# --- one-line errors ----------------------------------------------------------------------


def error_of(text, name="points.csv", classification=False):
    with pytest.raises(InputError) as info:
        parse_points(text, name, classification)
    message = str(info.value)
    assert "\n" not in message
    return message


def test_non_numeric_cell_names_file_row_and_column():
    text = "x,y\n1,2\n2,3\n3,4\n4,5\n5,6\n6,abc\n"
    assert error_of(text) == "points.csv, row 7, column y: 'abc' is not a number"


def test_non_numeric_cell_uses_the_headers_column_name():
    assert error_of("time;height\n1;2\nnoon;3\n") == "points.csv, row 3, column time: 'noon' is not a number"


def test_non_numeric_cell_without_header_uses_x_and_y():
    assert error_of("1,2\n3,4\n5,?\n") == "points.csv, row 3, column y: '?' is not a number"


def test_rows_count_from_the_top_of_the_file_including_comments_and_blank_lines():
    assert error_of("# data\n\nx,y\n1,2\n\n# more\nz,3\n").startswith("points.csv, row 7, column x:")


@pytest.mark.parametrize("cell", ["nan", "NaN", "inf", "-inf", "Infinity"])
def test_nan_and_inf_cells_are_refused(cell):
    message = error_of(f"x,y\n1,2\n2,{cell}\n")
    assert message == f"points.csv, row 3, column y: '{cell}' is not a finite number"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("x,y\n1,2\n3,4,5\n", "points.csv, row 3: expected 2 columns (x, y), found 3"),
        ("x,y\n1,2\n3\n", "points.csv, row 3: expected 2 columns (x, y), found 1"),
        ("1,2,3\n", "points.csv, row 1: expected 2 columns (x, y), found 3"),
        ("1 2 3\n", "points.csv, row 1: expected 2 columns (x, y), found 3"),
    ],
)
def test_wrong_column_count_is_refused(text, expected):
    assert error_of(text) == expected


@pytest.mark.parametrize("text", ["", "\n\n", "# only a comment\n", "  \n# x,y\n"])
def test_empty_file_is_refused(text):
    assert error_of(text) == "points.csv: no points (the file is empty)"


def test_header_only_is_refused():
    assert error_of("x,y\n\n") == "points.csv: no points (the file has a header but no points)"


def test_missing_file_is_refused(tmp_path):
    path = tmp_path / "missing.csv"
    with pytest.raises(InputError) as info:
        read_points(path)
    assert str(info.value) == f"{path}: no such file"


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(InputError, match="is a folder, not a file"):
        read_points(tmp_path)


def test_a_binary_file_is_refused(tmp_path):
    path = tmp_path / "image.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    with pytest.raises(InputError) as info:
        read_points(path)
    assert str(info.value).startswith(f"{path}: not a text file")


@pytest.mark.parametrize("label", ["2", "-1", "0.5", "yes"])
def test_labels_other_than_0_and_1_are_refused_for_classification(label):
    message = error_of(f"x1,x2,label\n0,0,1\n1,1,{label}\n", classification=True)
    assert message.startswith("points.csv, row 3, column label: ")
    assert f"'{label}'" in message


def test_classification_needs_three_columns():
    assert error_of("1,2\n", classification=True) == "points.csv, row 1: expected 3 columns (x1, x2, label), found 2"


# --- enough points --------------------------------------------------------------------------


@pytest.mark.parametrize(("model", "n"), [("line", 1), ("poly:2", 2), ("poly:3", 3), ("logistic", 2)])
def test_check_enough_refuses_too_few_points(model, n):
    m = make_model(model)
    x = np.arange(float(n)) if model != "logistic" else np.zeros((n, 2))
    with pytest.raises(InputError) as info:
        check_enough(x, m, "points.csv")
    assert str(info.value) == f"points.csv: model {m.name} needs at least {m.n_coefficients} points, got {n}"


def test_check_enough_refuses_x_with_zero_spread():
    with pytest.raises(InputError) as info:
        check_enough(np.full(5, 3.0), make_model("line"), "points.csv")
    assert str(info.value) == "points.csv: model line needs x values that differ, but every x is 3"


def test_check_enough_refuses_a_cubic_through_three_distinct_x():
    with pytest.raises(InputError, match="needs at least 4 different x values, got 3"):
        check_enough(np.array([1.0, 1.0, 2.0, 3.0, 3.0]), make_model("poly:3"))


@pytest.mark.parametrize(("model", "x"), [("bias", [5.0]), ("line", [1.0, 2.0]), ("poly:2", [0.0, 1.0, 2.0, 2.0])])
def test_check_enough_accepts_just_enough(model, x):
    check_enough(np.array(x), make_model(model))


# --- writing --------------------------------------------------------------------------------


def test_write_points_round_trips_exactly(tmp_path):
    rng = np.random.default_rng(0)
    x = np.concatenate([[0.1, 1 / 3, -0.0, 1e-300, 5e-324, 1.7976931348623157e308, -2.5], rng.normal(size=20) * 1e6])
    y = np.concatenate([[0.2, 2 / 3, 7.0, -1e300, 123456789.123456789, 0.0, np.pi], rng.normal(size=20)])
    path = tmp_path / "out.csv"
    write_points(path, x, y)
    x2, y2 = read_points(path)
    assert x2.tobytes() == x.tobytes()
    assert y2.tobytes() == y.tobytes()


def test_write_points_round_trips_classification(tmp_path):
    x = np.array([[0.1, -2.0], [1 / 7, 3e-8], [4.0, 5.5]])
    y = np.array([0.0, 1.0, 1.0])
    path = tmp_path / "classes.csv"
    write_points(path, x, y)
    assert path.read_text().splitlines()[0] == "x1,x2,label"
    x2, y2 = read_points(path, classification=True)
    assert x2.tobytes() == x.tobytes()
    np.testing.assert_array_equal(y2, y)


def test_write_points_replaces_the_file_and_leaves_no_temporary_file(tmp_path):
    path = tmp_path / "out.csv"
    path.write_text("old contents\n")
    write_points(path, np.array([1.0, 2.0]), np.array([3.0, 4.0]))
    assert path.read_text() == "x,y\n1.0,3.0\n2.0,4.0\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


# --- the fast reader agrees with the row-by-row one ---------------------------------------------

CELLS = ["0", "1", "-2.5", "1e5", " 3 ", "7.25E-3", "x", "y", "label", "", "nan", "inf", "1_0", "0x1", "1,5", "+4",
         ".5", "５", "1\x0c", "\xa03", "5.", "1e", "--1", "\u2028"]


@settings(derandomize=True, database=None, deadline=None, max_examples=400)
@given(
    rows=st.lists(st.lists(st.sampled_from(CELLS), min_size=1, max_size=4), min_size=0, max_size=6),
    sep=st.sampled_from([",", "\t", " ", "  ", ";"]),
    newline=st.sampled_from(["\n", "\r\n", "\r"]),
    blank=st.sampled_from(["", "\n", "  \n"]),
    classification=st.booleans(),
)
def test_the_numpy_reader_reads_what_the_checked_reader_reads_and_nothing_else(
    rows, sep, newline, blank, classification
):
    # two readers of one format: `_plain_table` (NumPy's C parser, for speed on 10⁶ rows) must give
    # the same table as `_checked_table` or hand the text over to it (None)
    text = blank + newline.join(sep.join(row) for row in rows) + newline
    fast = _plain_table(text, classification)
    try:
        checked = _checked_table(text, "t.csv", classification)
    except InputError:
        assert fast is None, text
        return
    if fast is not None:
        np.testing.assert_array_equal(fast, checked)


def test_a_large_plain_file_reads_exactly(tmp_path):
    rng = np.random.default_rng(3)
    x, y = rng.normal(size=50_000), rng.normal(size=50_000) * 1e-7
    path = tmp_path / "big.csv"
    write_points(path, x, y)
    assert _plain_table(path.read_text(), False) is not None, "the fast reader takes a plain file"
    got_x, got_y = read_points(path)
    np.testing.assert_array_equal(got_x, x)
    np.testing.assert_array_equal(got_y, y)


# --- strict numbers, line ends, escaped messages, size limits ------------------------------------


@pytest.mark.parametrize("cell", ["1_000", "１", "١٢٣", "0x10", "1e", "--1", "1.5.5", "½", "1;5", "\xa01", "1\x0c"])
def test_a_cell_is_a_number_only_in_the_ordinary_ascii_form(cell):
    message = error_of(f"x,y\n1,2\n{cell},3\n")
    assert message.startswith("points.csv, row 3, column x: '") and message.endswith("' is not a number")


@pytest.mark.parametrize("cell", ["1", "-2.5", "+4", ".5", "5.", "1e5", "7.25E-3", '"3"'])
def test_the_ordinary_forms_read(cell):
    x, _ = parse_points(f"x,y\n{cell},1\n")
    assert x[0] == float(cell.strip('"'))


def test_a_decimal_comma_still_reads_with_semicolons():
    x, y = parse_points("x;y\n1,5;-2,25\n")
    assert (x[0], y[0]) == (1.5, -2.25)


@pytest.mark.parametrize("mark", ["\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"])
def test_rows_are_counted_by_line_ends_only(mark):
    # str.splitlines() also breaks at these: a form feed in a comment made line 4 "row 5"
    assert error_of(f"x,y\n# a note{mark}more\n1,2\nz,3\n").startswith("points.csv, row 4, column x:")


@pytest.mark.parametrize("end", ["\n", "\r\n", "\r"])
def test_each_line_end_counts_one_row(end):
    assert error_of(end.join(["x,y", "1,2", "", "z,3"]) + end).startswith("points.csv, row 4, column x:")


def test_messages_show_control_characters_escaped():
    message = error_of("x,y\n1,\x1b]0;title\x07\x1b[2J\n", name="a\nb\x1b[31m.csv")
    assert message == "a\\nb\\x1b[31m.csv, row 2, column y: '\\x1b]0;title\\x07\\x1b[2J' is not a number"
    assert not any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F for c in message)


def test_a_header_with_escapes_names_its_columns_escaped():
    message = error_of("x,\x1b[2Jy\n1,zz\n")
    assert message == "points.csv, row 2, column \\x1b[2Jy: 'zz' is not a number"


def test_a_file_too_large_is_refused_before_it_is_read(tmp_path, monkeypatch):
    import lossexplorer.core.data as data

    path = tmp_path / "big.csv"
    path.write_text("x,y\n" + "1,2\n" * 1000)
    monkeypatch.setattr(data, "MAX_FILE_BYTES", 1000)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read a file it should have refused"))
    with pytest.raises(InputError) as info:
        read_points(path)
    message = str(info.value)
    assert message.startswith(f"{path}: too many points: the file holds") and "\n" not in message


def test_more_points_than_the_limit_are_refused_in_one_line(monkeypatch):
    import lossexplorer.core.data as data

    monkeypatch.setattr(data, "MAX_POINTS", 5)
    assert error_of("x,y\n" + "1,2\n" * 6) == "points.csv: too many points: 6, at most 5"
    assert len(parse_points("x,y\n" + "1,2\n" * 5)[0]) == 5
