"""The command line's choice of a spreadsheet's columns (--x/--y, --x1/--x2/--label) on fit, solve,
score and simulate, and `lossexplorer presets` with the real data sets and their sources."""

import codecs
import json

import numpy as np
import pytest
from test_cli import run  # exit status, stdout and stderr of `lossexplorer argv`

from lossexplorer.core import DATASETS, REAL_DATASET_NAMES, preset, solve

SHEET = "name,height,weight,age,sex\nAnn,150,50.5,12,f\nBob,160,60,13,m\nCid,170,71.25,14,m\nDee,155,52,12,f\n"


@pytest.fixture
def sheet(tmp_path):
    path = tmp_path / "class.csv"
    path.write_text(SHEET)
    return str(path)


@pytest.mark.parametrize("columns", [["--x", "height", "--y", "weight"], ["--x", "2", "--y", "3"],
                                     ["--x", "Height", "--y", "3"]])
def test_solve_takes_the_columns_by_name_or_number(capsys, sheet, columns):
    code, out, err = run(["solve", sheet, *columns, "--json"], capsys)
    assert code == 0, err
    got = json.loads(out)
    want = solve(np.array([150, 160, 170, 155.0]), np.array([50.5, 60, 71.25, 52]), "mse", "line")
    np.testing.assert_allclose(got["coefficients"], want.coefficients, rtol=1e-12)


def test_fit_score_and_simulate_take_the_columns_too(capsys, sheet):
    code, out, _ = run(["fit", sheet, "--x", "age", "--y", "height", "--lr", "0.001", "--epochs", "3", "--json"],
                       capsys)
    assert code == 0 and json.loads(out)["epochs_run"] == 3
    code, out, _ = run(["score", sheet, "--x", "age", "--y", "height", "--line", "0,12", "--json"], capsys)
    assert code == 0 and json.loads(out)["objective"] == pytest.approx(np.mean((np.array([150, 160, 170, 155])
                                                                               - 12 * np.array([12, 13, 14, 12])) ** 2))
    code, out, _ = run(["simulate", sheet, "--x", "2", "--y", "3", "--time", "1", "--json"], capsys)
    assert code == 0 and json.loads(out)["data"] == sheet


def test_a_label_column_of_two_words_classifies(capsys, sheet):
    code, out, err = run(["solve", sheet, "--x1", "height", "--x2", "weight", "--label", "sex", "--loss", "bce",
                          "--l2", "0.1", "--json"], capsys)
    assert code == 0, err
    x = np.array([[150, 50.5], [160, 60], [170, 71.25], [155, 52]])
    want = solve(x, np.array([0, 1, 1, 0.0]), "bce", "logistic", l2=0.1)
    np.testing.assert_allclose(json.loads(out)["coefficients"], want.coefficients, rtol=1e-6)


@pytest.mark.parametrize(("argv", "says"), [
    (["--x", "height", "--y", "wieght"], "--y 'wieght' names no column; the columns are: 1 name, 2 height, 3 weight"),
    (["--x", "height", "--y", "9"], "'9' names no column"),
    (["--x", "height"], "give --x and --y together: --y is missing"),
    (["--x", "name", "--y", "height"],
     "no row has numbers in the columns name, height (row 2, column name: 'Ann' is not a number)"),
    (["--x", "sex", "--y", "height"], "row 2, column sex: 'f' is not a number"),
    (["--x1", "2", "--x2", "3", "--label", "5"], "--x1 chooses a column for classification"),
    ([], "expected 2 columns (x, y), found 5; choose the columns with --x and --y"),
])
def test_a_wrong_column_choice_is_one_line_naming_file_row_and_column(capsys, sheet, argv, says):
    code, out, err = run(["fit", sheet, *argv], capsys)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("lossexplorer: ")
    if "row" in says or "names no column" in says:
        assert err.startswith(f"lossexplorer: {sheet}")
    assert says in err


def test_a_bad_row_in_a_chosen_column_names_its_row(capsys, tmp_path):
    path = tmp_path / "gaps.csv"
    path.write_text("a;b;c\n1;2;3\n4;;6\n7;8;9\n")
    code, _, err = run(["solve", str(path), "--x", "a", "--y", "b"], capsys)
    assert code == 2 and err == (f"lossexplorer: {path}, row 3, column b: the cell is empty "
                                 "(--leave-out-bad-rows leaves such rows out)\n")
    code, out, err = run(["solve", str(path), "--x", "a", "--y", "b", "--leave-out-bad-rows", "--json"], capsys)
    assert code == 0 and err == f"lossexplorer: {path}: left out row 3 (column b: the cell is empty)\n"
    np.testing.assert_allclose(json.loads(out)["coefficients"], [1, 1], atol=1e-12)  # (1, 2) and (7, 8): y = 1 + x


def test_utf16_and_a_decimal_comma_are_read_on_the_command_line(capsys, tmp_path):
    path = tmp_path / "excel.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + "x\tz\ty\n1,5\t0\t4\n2,5\t0\t6\n3,5\t0\t8,5\n".encode("utf-16-le"))
    code, out, err = run(["solve", str(path), "--x", "x", "--y", "y", "--json"], capsys)
    assert code == 0, err
    want = solve(np.array([1.5, 2.5, 3.5]), np.array([4, 6, 8.5]), "mse", "line")
    np.testing.assert_allclose(json.loads(out)["coefficients"], want.coefficients, rtol=1e-12)


def test_a_preset_takes_no_columns_and_a_class_preset_needs_a_class_loss(capsys):
    code, _, err = run(["fit", "--preset", "crickets", "--x", "1", "--y", "2"], capsys)
    assert code == 2 and "not of a preset" in err
    code, _, err = run(["fit", "--preset", "challenger"], capsys)
    assert code == 2 and "preset challenger is a classification data set" in err


@pytest.mark.parametrize("name", REAL_DATASET_NAMES)
def test_every_real_set_is_a_preset_of_the_command_line(capsys, name):
    d = DATASETS[name]
    loss = "crossentropy" if len(d.classes) > 2 else "bce" if d.classification else "mse"
    code, out, err = run(["solve", "--preset", name, "--loss", loss, "--l2", "0.01", "--json"], capsys)
    assert code == 0, err
    assert json.loads(out)["data"] == f"preset {name}"
    x, _ = preset(name).x, None
    assert len(x) == d.n


def test_presets_lists_every_real_set_with_n_units_and_source(capsys):
    code, out, _ = run(["presets"], capsys)
    assert code == 0
    real = out.split("Made up")[0]
    assert real.startswith(f"Real data ({len(REAL_DATASET_NAMES)}):") and len(REAL_DATASET_NAMES) >= 14
    for name in REAL_DATASET_NAMES:
        d = DATASETS[name]
        line = next(line for line in real.splitlines() if line.strip().startswith(f"{name} "))
        assert f"n = {d.n}" in line and d.x.title in line and d.y.title in line
        assert f"source: {d.source}" in real
    assert "crickets" in real and "chirp rate (chirps/s) against temperature (°F)" in real


def test_presets_json_gives_each_set_its_fields(capsys):
    code, out, _ = run(["presets", "--json"], capsys)
    sets = {d["name"]: d for d in json.loads(out)}
    assert code == 0 and set(sets) == set(DATASETS)
    assert sum(d["group"] == "real" for d in sets.values()) >= 14
    hubble = sets["hubble"]
    assert hubble["n"] == 24 and hubble["task"] == "regression" and hubble["x"] == {"label": "distance",
                                                                                   "unit": "Mpc"}
    assert "Hubble, E. (1929)" in hubble["source"]
    code, out, _ = run(["presets", "--group", "real", "--json"], capsys)
    assert {d["group"] for d in json.loads(out)} == {"real"}
