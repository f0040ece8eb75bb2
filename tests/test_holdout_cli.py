"""`--hold-out F --seed S` on fit and solve: J and R² on the training and the held-out points,
recomputed here from the core on each set alone."""

import json

import numpy as np
import pytest
from test_cli import run  # exit status, stdout and stderr of `lossexplorer argv`

from lossexplorer.core import fit, fit_stats, make_objective, preset, solve
from lossexplorer.core.holdout import hold_out


def sets(name, fraction, seed):
    p = preset(name)
    held = hold_out(len(p.y), fraction, seed)
    return (p.x[~held], p.y[~held]), (p.x[held], p.y[held])


def test_fit_hold_out_json_gives_train_and_test_j_recomputed_on_each_set(capsys):
    code, out, err = run(["fit", "--preset", "noisy-line", "--hold-out", "0.3", "--seed", "1", "--json"], capsys)
    assert code == 0, err
    data = json.loads(out)
    (xa, ya), (xb, yb) = sets("noisy-line", 0.3, 1)
    beta = fit(xa, ya, lr=0.01, epochs=1000).coefficients  # the fit never saw the held-out points
    assert data["coefficients"] == pytest.approx(beta.tolist(), rel=1e-12)
    assert data["train"]["n"] == 7 and data["test"]["n"] == 3
    assert data["train"]["objective"] == pytest.approx(np.mean((ya - beta[0] - beta[1] * xa) ** 2), rel=1e-12)
    assert data["test"]["objective"] == pytest.approx(np.mean((yb - beta[0] - beta[1] * xb) ** 2), rel=1e-12)
    assert data["test"]["r2"] == pytest.approx(fit_stats(yb, beta[0] + beta[1] * xb).r2, rel=1e-12)
    assert data["train"]["r2"] == pytest.approx(data["stats"]["r2"], rel=1e-12)


def test_solve_hold_out_reports_both_sets_in_words(capsys):
    code, out, err = run(["solve", "--preset", "stack-loss", "--loss", "mae", "--hold-out", "0.3", "--seed", "2"],
                         capsys)
    assert code == 0, err
    (xa, ya), (xb, yb) = sets("stack-loss", 0.3, 2)
    answer = solve(xa, ya, loss="mae")
    test_j = make_objective(xb, yb, loss="mae").value(answer.coefficients)
    assert "15 training points, 6 held out by seed 2" in out
    train_line = next(line for line in out.splitlines() if line.startswith("train (15 training points): MAE = "))
    test_line = next(line for line in out.splitlines() if line.startswith("test (6 held-out points): MAE = "))
    assert float(train_line.split("MAE = ")[1].split(";")[0]) == pytest.approx(answer.objective, rel=1e-9)
    assert float(test_line.split("MAE = ")[1].split(";")[0]) == pytest.approx(test_j, rel=1e-9)
    assert "R² = " in test_line


def test_the_same_seed_holds_out_the_same_points_and_another_does_not(capsys):
    runs = [json.loads(run(["solve", "--preset", "noisy-line", "--hold-out", "0.3", "--seed", s, "--json"],
                           capsys)[1]) for s in ("1", "1", "2")]
    assert runs[0]["test"] == runs[1]["test"]
    assert runs[0]["test"] != runs[2]["test"]


def test_classification_hold_out_has_j_and_no_r2(capsys):
    code, out, _ = run(["solve", "--preset", "blobs", "--loss", "bce", "--l2", "0.1", "--hold-out", "0.25",
                        "--json"], capsys)
    data = json.loads(out)
    assert code == 0 and data["test"]["r2"] is None and data["test"]["objective"] > 0


@pytest.mark.parametrize("argv, said", [
    (["--hold-out", "1"], "--hold-out 1: the share held out must be at least 0 and below 1"),
    (["--hold-out", "0.5", "--model", "poly:6"], "the training points of preset noisy-line: model poly:6 needs"),
])
def test_a_bad_hold_out_is_one_line(argv, said, capsys):
    code, out, err = run(["solve", "--preset", "noisy-line", *argv], capsys)
    assert code == 2 and out == ""
    assert err.startswith(f"lossexplorer: {said}") and err.count("\n") == 1
