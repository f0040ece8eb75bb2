"""`lossexplorer simulate`: text and JSON output, and one-line errors with exit status 2."""

import json

import numpy as np
import pytest

from lossexplorer.cli import main
from lossexplorer.core import preset, solve


def _run(capsys, *argv):
    status = main(["simulate", *argv])
    out, err = capsys.readouterr()
    return status, out, err


def test_text_output_names_the_line_the_forces_and_the_rest(capsys):
    status, out, err = _run(capsys, "--preset", "noisy-line")
    assert status == 0
    assert err == ""
    c, m = solve(preset("noisy-line").x, preset("noisy-line").y).coefficients
    lines = out.splitlines()
    assert lines[0].startswith("spring bar for mse (preset noisy-line): stiffness 2, mass 0.1, damping 0.1, 60 s")
    slope, intercept = (float(part.split("=")[1]) for part in lines[1].split(";"))
    assert (intercept, slope) == pytest.approx((c, m), rel=1e-6)
    assert lines[2].startswith("net force = ") and "; net torque = " in lines[2]
    assert lines[3] == "the bar came to rest"
    assert lines[4].startswith("energy: kinetic ")


def test_json_output_has_the_answer_and_the_energy_over_time(capsys):
    status, out, _ = _run(
        capsys, "--preset", "outliers", "--loss", "huber", "--delta", "0.5", "--samples", "21", "--json"
    )
    assert status == 0
    data = json.loads(out)
    for key in ("intercept", "slope", "net_force", "net_torque", "at_rest", "time", "energy"):
        assert key in data
    p = preset("outliers")
    exact = solve(p.x, p.y, loss="huber", delta=0.5).coefficients
    assert [data["intercept"], data["slope"]] == pytest.approx(list(exact), rel=1e-6)
    assert data["at_rest"] is True
    assert data["time"] == pytest.approx(60.0)
    energy = data["energy"]
    assert len(energy) == 21
    assert set(energy[0]) == {"t", "kinetic", "potential", "total"}
    assert energy[0]["t"] == 0.0 and energy[0]["kinetic"] == 0.0
    assert energy[-1]["total"] < energy[0]["total"]


def test_a_csv_file_and_the_physics_settings_are_used(capsys, tmp_path):
    data = tmp_path / "points.csv"
    data.write_text("x,y\n0,1\n1,3\n2,2\n3,5\n4,4\n")
    status, out, _ = _run(
        capsys, str(data), "--loss", "mae", "--damping", "0", "--stiffness", "4", "--mass", "2", "--time", "3", "--json"
    )
    assert status == 0
    result = json.loads(out)
    assert result["damping"] == 0.0 and result["stiffness"] == 4.0 and result["mass"] == 2.0
    assert result["time"] == pytest.approx(3.0)
    assert result["at_rest"] is False  # undamped: it keeps swinging
    totals = [sample["total"] for sample in result["energy"]]
    assert np.ptp(totals) < 0.01 * totals[0]


def test_an_undamped_run_says_the_bar_is_still_moving(capsys):
    status, out, _ = _run(capsys, "--preset", "noisy-line", "--damping", "0", "--time", "5")
    assert status == 0
    assert "still moving after 5 s" in out


def test_one_point_is_enough(capsys):
    status, out, _ = _run(capsys, "--preset", "single-point", "--json")
    assert status == 0
    data = json.loads(out)
    assert data["intercept"] + data["slope"] * 1.0 == pytest.approx(2.0)
    assert data["at_rest"] is True


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--preset", "noisy-line", "--damping", "-1"], "damping must be 0 or more"),
        (["--preset", "noisy-line", "--mass", "-2"], "mass must be a positive number"),
        (["--preset", "noisy-line", "--stiffness", "-2"], "stiffness must be a positive number"),
        (["--preset", "noisy-line", "--time", "-5"], "time must be 0 or more"),
        (["--preset", "noisy-line", "--loss", "wobbly"], "unknown loss 'wobbly'"),
        (["--preset", "noisy-line", "--loss", "hinge"], "hinge is a classification loss"),
        (["--preset", "noisy-line", "--loss", "quantile", "--quantile", "1.5"], "quantile must lie strictly"),
        (["--preset", "noisy-line", "--samples", "5000"], "samples must be between 2 and 1000"),
        (["--preset", "nowhere"], "unknown preset 'nowhere'"),
        ([], "no data"),
    ],
)
def test_bad_input_ends_with_status_2_and_one_line(capsys, argv, message):
    status, out, err = _run(capsys, *argv)
    assert status == 2
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith("lossexplorer: ") and message in err


def test_too_few_points_is_one_line(capsys, tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_text("x,y\n")
    status, out, err = _run(capsys, str(empty))
    assert status == 2
    assert out == ""
    assert err.count("\n") == 1 and "no points" in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [(["--frobnicate"], "unrecognized arguments"), (["--damping", "lots"], "'lots' is not a number")],
)
def test_argument_errors_exit_2_in_one_line_naming_the_subcommand(capsys, argv, message):
    with pytest.raises(SystemExit) as info:  # argparse's own exit, as for fit and solve
        main(["simulate", "--preset", "noisy-line", *argv])
    assert info.value.code == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1 and message in err and "lossexplorer simulate --help" in err


def test_progress_goes_to_stderr_and_the_json_on_stdout_stays_one_object(capsys, monkeypatch):
    import lossexplorer.progress

    monkeypatch.setattr(lossexplorer.progress, "QUIET_FOR", 0.0)  # as if the run were long
    monkeypatch.setattr(lossexplorer.progress, "EVERY", 0.0)
    status, out, err = _run(capsys, "--preset", "noisy-line", "--samples", "11", "--json")
    assert status == 0
    assert json.loads(out)["time"] == pytest.approx(60.0)
    assert "\r" not in out
    assert err.startswith("\rsimulating:  10% of 60 s") and err.endswith("\n")
    assert err.count("\r") == 10 and "100% of 60 s" in err


def test_mass_and_damping_are_per_point_so_copies_of_the_points_move_the_bar_alike(capsys, tmp_path):
    rng = np.random.default_rng(3)
    x = np.linspace(-5, 5, 10)
    y = 2 * x + 1 + 0.5 * rng.standard_normal(10)
    runs = []
    for copies in (1, 2000):  # every point 2000 times over: twice the springs, twice the mass, the same motion
        path = tmp_path / f"copies{copies}.csv"
        rows = "".join(f"{a!r},{b!r}\n" for a, b in zip(x.tolist(), y.tolist(), strict=True))
        path.write_text("x,y\n" + rows * copies)
        status, out, _ = _run(capsys, str(path), "--loss", "logcosh", "--damping", "0.2", "--time", "5", "--json")
        assert status == 0
        runs.append(json.loads(out))
    few, many = runs
    assert many["slope"] == pytest.approx(few["slope"], rel=1e-9)
    assert many["intercept"] == pytest.approx(few["intercept"], rel=1e-9)
    assert many["energy"][-1]["total"] == pytest.approx(2000 * few["energy"][-1]["total"], rel=1e-9)
    assert few["at_rest"] is many["at_rest"] is False
    assert "per point" in _run(capsys, str(tmp_path / "copies1.csv"), "--time", "1")[1].splitlines()[0]
