"""`lossexplorer score` (my J against the best J) and `fit`'s sign descent, schedules and stop rule
on the command line: text and JSON equal the core's numbers, bad input is one line and status 2."""

import json
import re

import numpy as np
import pytest

from lossexplorer.cli import main
from lossexplorer.core import Exponential, InverseTime, StopRule, fit, preset, solve


def run(argv, capsys):
    try:
        code = main(argv)
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def above(tmp_path):
    """Four points above the line y = 0: sign descent from (0, 0) rises for 14 epochs."""
    path = tmp_path / "above.csv"
    path.write_text("x,y\n1,3\n2,5\n3,8\n4,9\n")
    return str(path)


# --- score ------------------------------------------------------------------------------------


def test_score_of_my_line_matches_a_hand_computation_and_solve(capsys, above):
    code, out, err = run(["score", above, "--line", "0,2", "--loss", "mae"], capsys)
    assert code == 0 and err == ""
    # p = 2x = 2, 4, 6, 8 against y = 3, 5, 8, 9: |e| = 1, 1, 2, 1, MAE = 5/4; the line 2x + 1 has
    # |e| = 0, 0, 1, 0 (MAE 1/4) and no line passes through more than two of the points, so 1/4 is best
    best = solve(np.array([1.0, 2, 3, 4]), np.array([3.0, 5, 8, 9]), "mae")
    assert best.objective == pytest.approx(0.25, rel=1e-9)
    lines = out.splitlines()
    assert lines[0] == f"my line for mae on line ({above}): m = 2.0; c = 0.0"
    assert lines[1] == "my MAE = 1.25"
    assert lines[2].startswith(f"best MAE = {best.objective!r} (the exact answer by {best.method}: m = ")
    assert lines[3] == "my MAE is 400% above the best"


def test_score_json_holds_both_values_and_their_ratio(capsys):
    code, out, _ = run(["score", "--preset", "outliers", "--line", "1,0.8", "--loss", "huber", "--json"], capsys)
    assert code == 0
    got = json.loads(out)
    p = preset("outliers")
    best = solve(p.x, p.y, "huber")
    e = (0.8 * p.x + 1.0) - p.y
    mine = float(np.mean(np.where(np.abs(e) <= 1.0, 0.5 * e * e, np.abs(e) - 0.5)))
    assert got["objective"] == pytest.approx(mine, rel=1e-14)
    assert got["coefficients"] == [1.0, 0.8] and got["slope"] == 0.8
    assert got["best"]["objective"] == best.objective
    assert got["best"]["coefficients"] == best.coefficients.tolist()
    assert got["ratio"] == pytest.approx(mine / best.objective, rel=1e-14)
    assert got["percent_above"] == pytest.approx(100 * (mine / best.objective - 1), rel=1e-12)
    assert re.fullmatch(r"my Huber is \d+(\.\d+)?% above the best", got["summary"])


def test_score_of_the_best_line_says_it_equals_the_best(capsys):
    p = preset("noisy-line")
    c, m = solve(p.x, p.y).coefficients.tolist()
    code, out, _ = run(["score", "--preset", "noisy-line", f"--line={c!r},{m!r}"], capsys)  # = for a minus sign
    assert code == 0
    assert out.splitlines()[-1] == "my MSE equals the best"


def test_score_takes_coefficients_for_other_models_and_penalties(capsys):
    code, out, _ = run(
        ["score", "--preset", "outliers", "--model", "poly:2", "--coefficients", "1,0.5,0.02", "--l2", "0.1", "--json"],
        capsys,
    )
    assert code == 0
    got = json.loads(out)
    p = preset("outliers")
    b = np.array([1.0, 0.5, 0.02])
    mine = float(np.mean((b[0] + b[1] * p.x + b[2] * p.x**2 - p.y) ** 2)) + 0.1 * (0.5**2 + 0.02**2)
    assert got["label"] == "J"
    assert got["objective"] == pytest.approx(mine, rel=1e-13)
    assert got["best"]["objective"] == solve(p.x, p.y, "mse", "poly:2", l2=0.1).objective


def test_score_says_when_there_is_no_best_to_compare_with(capsys):
    code, out, _ = run(["score", "--preset", "separable", "--loss", "bce", "--coefficients", "0,1,1"], capsys)
    assert code == 0
    assert not any(line.startswith("best ") for line in out.splitlines())
    assert out.splitlines()[-1].startswith("there is no best BCE to compare with: no finite minimum")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--preset", "outliers"], "one of the arguments --line --coefficients is required"),
        (["--preset", "outliers", "--line", "1,2", "--coefficients", "1,2"], "not allowed with argument"),
        (["--preset", "outliers", "--line", "1,2,3"], "--line takes two numbers C,M (intercept, slope), got 3"),
        (["--preset", "outliers", "--line", "1,x"], "'1,x' is not a comma-separated list of numbers"),
        (["--preset", "outliers", "--model", "poly:2", "--line", "1,2"], "for model poly:2 give --coefficients"),
        (["--preset", "outliers", "--model", "poly:2", "--coefficients", "1,2"], "poly:2 needs 3 coefficients"),
        (["--preset", "outliers", "--line", "1,2", "--loss", "ridge"], "unknown loss 'ridge'"),
        (["no-such-file.csv", "--line", "1,2"], "no-such-file.csv"),
    ],
)
def test_bad_score_input_is_one_line_and_exit_status_2(capsys, argv, message):
    code, out, err = run(["score", *argv], capsys)
    assert code == 2 and out == ""
    assert len(err.splitlines()) == 1 and message in err


# --- fit: sign descent, schedules, the stop rule --------------------------------------------------

EPOCH = re.compile(r"^Epoch #(\d+): m = (\S+); c = (\S+); MAE = (\S+)$")


def test_fit_by_sign_descent_moves_each_coefficient_by_exactly_the_rate_each_epoch(capsys, above):
    code, out, _ = run(["fit", above, "--loss", "mae", "--optimizer", "sign", "--lr", "0.1", "--epochs", "14"], capsys)
    assert code == 0
    rows = [EPOCH.match(line) for line in out.splitlines() if line.startswith("Epoch #")]
    assert [int(r.group(1)) for r in rows] == list(range(15))
    m = np.array([float(r.group(2)) for r in rows])
    c = np.array([float(r.group(3)) for r in rows])
    np.testing.assert_allclose(np.diff(m), 0.1, rtol=0, atol=1e-15)
    np.testing.assert_allclose(np.diff(c), 0.1, rtol=0, atol=1e-15)
    assert (m[-1], c[-1]) == pytest.approx((1.4, 1.4), abs=1e-15)
    assert "mae on line by sign, learning rate 0.1, 14 epochs" in out


def test_fit_with_a_schedule_and_a_stop_rule_prints_both_and_equals_core_fit(capsys):
    argv = ["fit", "--preset", "outliers", "--loss", "mae", "--lr", "0.05", "--epochs", "3000"]
    argv += ["--schedule", "inverse-time", "--tau", "50", "--stop-tol", "1e-9", "--stop-window", "20"]
    code, out, _ = run(argv, capsys)
    assert code == 0
    p = preset("outliers")
    r = fit(p.x, p.y, "mae", lr=0.05, epochs=3000, schedule=InverseTime(50.0), stop=StopRule(1e-9, 20))
    assert f"learning rate 0.05/(1 + t/50) (1/t decay), {r.epochs_run} epochs" in out
    if r.stopped:
        assert r.message in out.splitlines()
    code, out, _ = run([*argv, "--json"], capsys)
    got = json.loads(out)
    assert got["schedule"] == {"name": "inverse-time", "rate": "0.05/(1 + t/50)", "tau": 50.0}
    assert got["coefficients"] == r.coefficients.tolist()
    assert got["stopped"] == r.stopped and got["stop_reason"] == r.stop_reason


def test_fit_stops_on_a_flat_gradient_and_says_why_in_text_and_json(capsys):
    argv = ["fit", "--preset", "noisy-line", "--lr", "0.05", "--epochs", "5000", "--grad-tol", "1e-8"]
    code, out, _ = run(argv, capsys)
    assert code == 0
    p = preset("noisy-line")
    r = fit(p.x, p.y, lr=0.05, epochs=5000, stop=StopRule(grad_tol=1e-8))
    assert 0 < r.epochs_run < 5000
    assert out.splitlines()[-2] == r.message
    assert r.message.startswith(f"stopped after epoch {r.epochs_run}: the gradient's norm ")
    got = json.loads(run([*argv, "--json"], capsys)[1])
    assert got["epochs_run"] == r.epochs_run and got["stopped"] is True
    assert got["stop_reason"].endswith("fell below 1e-8")
    assert got["history"][-1]["epoch"] == r.epochs_run


def test_fit_with_exponential_decay_equals_core_fit(capsys):
    argv = ["fit", "--preset", "noisy-line", "--optimizer", "momentum", "--lr", "0.02", "--epochs", "60"]
    code, out, _ = run([*argv, "--schedule", "exponential", "--decay", "0.9", "--json"], capsys)
    assert code == 0
    p = preset("noisy-line")
    r = fit(p.x, p.y, optimizer="momentum", lr=0.02, epochs=60, schedule=Exponential(0.9))
    got = json.loads(out)
    assert got["coefficients"] == r.coefficients.tolist()
    assert got["stopped"] is False and got["stop_reason"] == ""


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--schedule", "weekly"], "unknown schedule 'weekly'; choose one of: constant, step, inverse-time"),
        (["--schedule", "exponential", "--decay", "1.5"], "decay must lie in (0, 1], got 1.5"),
        (["--schedule", "step", "--step-every", "0"], "epochs between drops must be 1 or more, got 0"),
        (["--step-every", "2.5"], "invalid int value: '2.5'"),
        (["--tau", "nan"], "'nan' is not a finite number"),
        (["--stop-tol", "-1"], "stop tolerance must be a positive number, got -1"),
        (["--stop-tol", "1e-9", "--stop-window", "0"], "stop window must be 1 or more, got 0"),
        (["--grad-tol", "0"], "gradient tolerance must be a positive number, got 0"),
        (["--optimizer", "signum"], "unknown optimizer 'signum'; choose one of: gd, sgd, momentum, adam, sign"),
    ],
)
def test_bad_schedule_and_stop_options_are_one_line_and_exit_status_2(capsys, argv, message):
    code, out, err = run(["fit", "--preset", "noisy-line", *argv], capsys)
    assert code == 2 and out == ""
    assert len(err.splitlines()) == 1 and message in err


def test_fit_help_lists_the_schedules_and_the_stop_options(capsys):
    with pytest.raises(SystemExit):
        main(["fit", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "--schedule NAME the learning rate by epoch t: one of: constant, step, inverse-time, exponential" in text
    for option in ("--step-factor F", "--step-every K", "--tau TAU", "--decay DECAY", "--stop-tol TOL", "--grad-tol"):
        assert option in text
    assert "sign (default gd)" in text
