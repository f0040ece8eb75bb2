"""Spreadsheets as they come (core/table.py): the separator, the decimal mark and the encoding
are found, a header is seen, quoted cells are unquoted, the chosen columns give exactly their
points, a label column of two words becomes 0/1, and a bad row is listed by its line."""

import codecs

import numpy as np
import pytest

from lossexplorer.core import InputError
from lossexplorer.core.table import choose, decode, first_guess, is_spreadsheet, load_table, number, parse

FIVE = "name,height,weight,age,sex\nAnn,150,50.5,12,f\nBob,160,60,13,m\nCid,170,71.25,14,m\nDee,155,52,12,f\n"


def table_of(raw: bytes, name="sheet.csv"):
    return parse(decode(raw, name))


def test_a_five_column_file_with_a_header_gives_its_names_and_rows():
    t = table_of(FIVE.encode())
    assert t.header and t.names == ("name", "height", "weight", "age", "sex")
    assert t.separator == "," and t.decimal == "." and t.source.encoding == "UTF-8"
    assert len(t.rows) == 4 and t.lines == (2, 3, 4, 5)
    assert is_spreadsheet(t)


def test_choosing_columns_gives_exactly_those_points():
    t = table_of(FIVE.encode())
    chosen = choose(t, [t.resolve("height"), t.resolve("4")])
    np.testing.assert_array_equal(chosen.x, [150, 160, 170, 155])
    np.testing.assert_array_equal(chosen.y, [12, 13, 14, 12])
    assert chosen.columns == ("height", "age") and not chosen.left_out


def test_a_decimal_comma_with_semicolons_is_read_as_a_point():
    t = table_of("Größe;Gewicht;Alter\n1,62;55,5;12\n1,80;80;13\n-0,5;1.234,5;14\n".encode())
    assert (t.separator, t.decimal) == (";", ",")
    chosen = choose(t, [0, 1])
    np.testing.assert_array_equal(chosen.x, [1.62, 1.80, -0.5])
    np.testing.assert_array_equal(chosen.y, [55.5, 80, 1234.5])


def test_quoted_cells_may_hold_the_separator():
    t = table_of(b'"city","temp, C","rain"\n"Oslo, NO","1,5","7"\n"Rome","12,5","3"\n')
    assert t.names == ("city", "temp, C", "rain") and t.decimal == ","
    chosen = choose(t, [1, 2])
    np.testing.assert_array_equal(chosen.x, [1.5, 12.5])
    np.testing.assert_array_equal(chosen.y, [7, 3])


@pytest.mark.parametrize("bom", [True, False])
def test_excel_utf16_with_tabs_is_decoded(bom):
    text = "Länge\tBreite\tArt\n1,5\t2,5\tA\n3,5\t4\tB\n"
    raw = (codecs.BOM_UTF16_LE if bom else b"") + text.encode("utf-16-le")
    t = table_of(raw)
    assert t.source.encoding == "UTF-16" and t.separator == "\t" and t.decimal == ","
    assert t.names == ("Länge", "Breite", "Art")
    chosen = choose(t, [0, 1, 2], classification=True)
    np.testing.assert_array_equal(chosen.x, [[1.5, 2.5], [3.5, 4.0]])
    np.testing.assert_array_equal(chosen.y, [0, 1])
    assert chosen.mapping == "A → 0, B → 1"


def test_a_utf8_bom_is_not_part_of_the_first_name():
    t = table_of(codecs.BOM_UTF8 + FIVE.encode())
    assert t.names[0] == "name" and t.source.encoding == "UTF-8 with BOM"


def test_rows_with_a_missing_or_non_numeric_cell_are_listed_by_their_line():
    t = table_of(b"a,b,c\n1,2,3\n\n# a comment\n4,,6\n7,x,9\n10,11,12\n")
    chosen = choose(t, [0, 1])
    np.testing.assert_array_equal(chosen.x, [1, 10])
    assert [(r.line, r.column) for r in chosen.left_out] == [(5, "b"), (6, "b")]
    assert chosen.left_out[1].sentence() == "row 6, column b: 'x' is not a number"
    assert chosen.left_out[0].sentence() == "row 5, column b: the cell is empty"


def test_a_label_column_of_two_words_maps_to_0_and_1_and_three_are_refused():
    t = table_of(FIVE.encode())
    assert first_guess(t, True) == [1, 2, 4]
    chosen = choose(t, [1, 2, 4], classification=True)
    np.testing.assert_array_equal(chosen.y, [0, 1, 1, 0])
    assert chosen.classes == ("f", "m")
    with pytest.raises(InputError, match=r"column age: 3 different labels \(12, 13, 14\); at most 2 classes"):
        choose(t, [1, 2, 3], classification=True)


def test_labels_minus_one_and_one_are_mapped_and_0_1_are_kept():
    t = table_of(b"a,b,t\n1,2,-1\n3,4,1\n")
    assert choose(t, [0, 1, 2], True).mapping == "-1 → 0, 1 → 1"
    t = table_of(b"a,b,t\n1,2,0\n3,4,1\n")
    assert choose(t, [0, 1, 2], True).mapping == ""


def test_columns_are_named_by_header_or_number_and_a_wrong_one_lists_them():
    t = table_of(FIVE.encode())
    assert t.resolve("Weight") == 2 and t.resolve("5") == 4
    with pytest.raises(InputError, match=r"--y 'wieght' names no column; the columns are: 1 name, 2 height"):
        t.resolve("wieght", "--y")
    with pytest.raises(InputError, match="'6' names no column"):
        t.resolve("6")


def test_plain_files_and_xy_files_with_bad_cells_are_left_to_the_strict_reader():
    assert not is_spreadsheet(table_of(b"x,y\n1,2\n2,oops\n"))
    assert not is_spreadsheet(table_of(b"x1,x2,label\n0,1,1\n2,3,7\n"))
    assert is_spreadsheet(table_of(b"x\ty\n1,5\t2\n"))
    assert is_spreadsheet(table_of(b"1,2,3\n4,5,6\n"))


def test_numbers_in_the_forms_spreadsheets_write():
    assert number("1,5", ",") == 1.5 and number("\u22122,5", ",") == -2.5 and number("1.5", ",") is None
    assert number("1e3") == 1000 and number("inf") is None and number("") is None and number("1_0") is None


def test_files_that_are_not_text_or_not_there_say_so_in_one_line(tmp_path):
    with pytest.raises(InputError, match=r"nowhere\.csv: no such file"):
        load_table(str(tmp_path / "nowhere.csv"))
    binary = tmp_path / "binary.csv"
    binary.write_bytes(b"\x00\xff\xfe" * 100)
    with pytest.raises(InputError, match="not a text file"):
        load_table(str(binary))
    cp1252 = tmp_path / "excel.csv"
    cp1252.write_bytes("Größe;Gewicht\n1,5;2\n".encode("cp1252"))
    t = load_table(str(cp1252))
    assert t.source.encoding == "Windows-1252" and t.names == ("Größe", "Gewicht")


def test_a_column_reads_the_same_by_numpy_and_cell_by_cell():
    plain = table_of(b"a,b\n1,0\n-2.5e3,0\n+.5,0\n7.,0\n")
    np.testing.assert_array_equal(plain.values(0), [1, -2500, 0.5, 7])
    mixed = table_of("a;b\n1;0\n-2,5e3;0\n;0\nx;0\n1e999;0\n\u22123;0\n1.234,5;0\n1_0;0\ninf;0\n".encode())
    np.testing.assert_array_equal(mixed.values(0), [1, -2500, np.nan, np.nan, np.nan, -3, 1234.5, np.nan, np.nan])
    assert [number(c, mixed.decimal) for c in mixed.cells(0)][:2] == [1, -2500]
