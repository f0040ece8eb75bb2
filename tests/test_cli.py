"""The headless command line: `lossexplorer fit` and `lossexplorer solve`, text and JSON,
and one line on stderr with exit status 2 for every kind of bad input."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from lossexplorer.cli import main
from lossexplorer.cli_args import COMMANDS
from lossexplorer.core import fit, fit_stats, preset, solve

EPOCH_LINE = re.compile(r"^Epoch #(\d+): m = (\S+); c = (\S+); MSE = (\S+)$")


def run(argv, capsys):
    """Exit status, stdout and stderr of `lossexplorer argv`."""
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse's usage errors
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def points(tmp_path):
    """A points file on y = 2x + 1 with a little noise."""
    rng = np.random.default_rng(0)
    x = np.linspace(0, 4, 9)
    y = 2 * x + 1 + 0.1 * rng.standard_normal(9)
    path = tmp_path / "points.csv"
    path.write_text("x,y\n" + "".join(f"{a!r},{b!r}\n" for a, b in zip(x.tolist(), y.tolist())))
    return path, x, y


def write(tmp_path, text, name="points.csv"):
    path = tmp_path / name
    path.write_text(text)
    return str(path)


# --- text output --------------------------------------------------------------------------


def test_fit_prints_the_blogs_epoch_log_every_k_epochs(capsys):
    code, out, err = run(["fit", "--preset", "noisy-line", "--lr", "0.05", "--epochs", "50", "--every", "10"], capsys)
    assert code == 0
    assert err == ""
    lines = out.splitlines()
    epoch_lines = [EPOCH_LINE.match(line) for line in lines if line.startswith("Epoch #")]
    assert all(epoch_lines)
    assert [int(m.group(1)) for m in epoch_lines] == [0, 10, 20, 30, 40, 50]
    p = preset("noisy-line")
    r = fit(p.x, p.y, "mse", "line", "gd", lr=0.05, epochs=50)
    for match in epoch_lines:
        k = int(match.group(1))
        assert float(match.group(2)) == r.path[k, 1]  # m
        assert float(match.group(3)) == r.path[k, 0]  # c
        assert float(match.group(4)) == r.objective[k]
    assert lines[0] == f"Epoch #0: m = 0.0; c = 0.0; MSE = {float(r.objective[0])!r}"
    assert r.objective[0] == pytest.approx(np.mean(p.y**2), rel=1e-14)


def test_fit_log_always_ends_with_the_last_epoch(capsys):
    code, out, _ = run(["fit", "--preset", "noisy-line", "--epochs", "25", "--every", "10"], capsys)
    assert code == 0
    assert re.findall(r"^Epoch #(\d+):", out, re.M) == ["0", "10", "20", "25"]


def test_fit_log_shows_about_twenty_lines_by_default(capsys):
    code, out, _ = run(["fit", "--preset", "noisy-line", "--epochs", "1000"], capsys)
    assert code == 0
    shown = [int(k) for k in re.findall(r"^Epoch #(\d+):", out, re.M)]
    assert shown == list(range(0, 1001, 50))


def test_fit_summary_gives_r2_and_the_largest_stable_rate(capsys, points):
    path, x, y = points
    code, out, _ = run(["fit", str(path), "--lr", "0.02", "--epochs", "200"], capsys)
    assert code == 0
    r = fit(x, y, lr=0.02, epochs=200)
    stats = fit_stats(y, r.coefficients[0] + r.coefficients[1] * x)
    assert f"RSS = {stats.rss!r}; TSS = {stats.tss!r}; R² = {stats.r2!r}; r = {stats.r!r}" in out.splitlines()
    assert f"largest stable learning rate for gd: {r.max_stable_lr:.6g}" in out
    assert f"mse on line by gd, learning rate 0.02, 200 epochs ({path})" in out


def test_fit_with_a_penalty_labels_the_objective_j(capsys):
    code, out, _ = run(["fit", "--preset", "noisy-line", "--epochs", "2", "--l2", "0.1"], capsys)
    assert code == 0
    assert re.match(r"^Epoch #0: m = 0\.0; c = 0\.0; J = \S+$", out.splitlines()[0])


def test_fit_on_a_polynomial_names_coefficients_beta_j(capsys):
    code, out, _ = run(["fit", "--preset", "noisy-line", "--model", "poly:2", "--epochs", "1", "--lr", "0.001"], capsys)
    assert code == 0
    assert re.match(r"^Epoch #0: β0 = 0\.0; β1 = 0\.0; β2 = 0\.0; MSE = \S+$", out.splitlines()[0])
    assert re.match(r"^Epoch #1: β0 = \S+; β1 = \S+; β2 = \S+; MSE = \S+$", out.splitlines()[1])


def test_fit_that_diverges_says_so_and_exits_normally(capsys):
    code, out, _ = run(["fit", "--preset", "noisy-line", "--lr", "0.3", "--epochs", "100"], capsys)
    assert code == 0
    assert "diverged in epoch" in out
    assert "largest stable learning rate for gd: 0.09818" in out


def test_solve_prints_the_exact_answer(capsys):
    code, out, err = run(["solve", "--preset", "noisy-line"], capsys)
    assert code == 0
    assert err == ""
    p = preset("noisy-line")
    s = solve(p.x, p.y)
    lines = out.splitlines()
    assert lines[0] == "exact answer for mse on line (preset noisy-line), by closed form (least squares):"
    c, m = s.coefficients.tolist()
    assert lines[1] == f"m = {m!r}; c = {c!r}; MSE = {s.objective!r}"
    assert lines[2] == f"converged: KKT violation {s.kkt_violation:.1e} (exact to rounding is about 1e-15)"
    assert lines[3].startswith("RSS = ")


def test_solve_with_l1_on_unscaled_data_reports_a_converged_answer(capsys):
    code, out, _ = run(["solve", "--preset", "stack-loss", "--l1", "0.5"], capsys)
    assert code == 0
    assert "did not converge" not in out
    assert out.splitlines()[2].startswith("converged: KKT violation")
    assert out.splitlines()[3].startswith("RSS = ")


# --- JSON ---------------------------------------------------------------------------------


def test_fit_json_holds_the_run_and_equals_core_fit_exactly(capsys, points):
    path, x, y = points
    argv = [
        "fit",
        str(path),
        "--loss",
        "huber",
        "--delta",
        "0.5",
        "--lr",
        "0.05",
        "--epochs",
        "30",
        "--every",
        "7",
        "--json",
    ]
    code, out, err = run(argv, capsys)
    assert code == 0
    assert err == ""
    data = json.loads(out)
    assert {"coefficients", "intercept", "slope", "objective", "history", "diverged", "stats"} <= set(data)
    r = fit(x, y, "huber", lr=0.05, epochs=30, delta=0.5)
    assert data["coefficients"] == r.coefficients.tolist()
    assert data["intercept"] == r.coefficients[0]
    assert data["slope"] == r.coefficients[1]
    assert data["objective"] == r.final_objective
    assert data["diverged"] is False
    assert [h["epoch"] for h in data["history"]] == [0, 7, 14, 21, 28, 30]
    for h in data["history"]:
        assert set(h) == {"epoch", "objective", "coefficients"}
        assert h["coefficients"] == r.path[h["epoch"]].tolist()
        assert h["objective"] == r.objective[h["epoch"]]
    stats = fit_stats(y, r.coefficients[0] + r.coefficients[1] * x)
    assert data["stats"] == stats.as_dict()
    assert {"rss", "tss", "r2", "r", "rss_log10", "tss_log10"} == set(data["stats"])


def test_fit_json_of_a_diverging_run(capsys):
    code, out, _ = run(["fit", "--preset", "noisy-line", "--lr", "0.3", "--epochs", "100", "--json"], capsys)
    assert code == 0
    data = json.loads(out)
    assert data["diverged"] is True
    assert data["epochs_run"] < 100
    assert data["history"][-1]["epoch"] == data["epochs_run"]
    assert all(np.isfinite(data["coefficients"]))
    assert "largest stable learning rate" in data["message"]


def test_fit_json_with_sgd_equals_core_fit_with_the_same_seed(capsys):
    argv = ["fit", "--preset", "outliers", "--optimizer", "sgd", "--batch-size", "4", "--seed", "9", "--lr", "0.001"]
    code, out, _ = run([*argv, "--epochs", "20", "--json"], capsys)
    assert code == 0
    p = preset("outliers")
    r = fit(p.x, p.y, optimizer="sgd", batch_size=4, seed=9, lr=0.001, epochs=20)
    assert json.loads(out)["coefficients"] == r.coefficients.tolist()


@pytest.mark.parametrize(
    ("extra", "options"),
    [
        ([], {}),
        (["--loss", "mae"], {"loss": "mae"}),
        (["--loss", "quantile", "--quantile", "0.8"], {"loss": "quantile", "quantile": 0.8}),
        (["--loss", "logcosh", "--l1", "0.1"], {"loss": "logcosh", "l1": 0.1}),
        (["--loss", "mse", "--cap", "8"], {"loss": "mse", "cap": 8.0}),
    ],
)
def test_solve_json_equals_core_solve_exactly(capsys, points, extra, options):
    path, x, y = points
    code, out, err = run(["solve", str(path), *extra, "--json"], capsys)
    assert code == 0
    assert err == ""
    data = json.loads(out)
    assert {"coefficients", "intercept", "slope", "objective", "stats"} <= set(data)
    s = solve(x, y, **options)
    assert data["coefficients"] == s.coefficients.tolist()
    assert data["intercept"] == s.coefficients[0]
    assert data["slope"] == s.coefficients[1]
    assert data["objective"] == s.objective
    assert data["converged"] is True
    assert data["kkt_violation"] == s.kkt_violation <= 1e-13
    assert data["ill_conditioned"] is False
    assert data["stats"] == fit_stats(y, s.predict(x)).as_dict()


def test_solve_json_for_a_polynomial_has_an_intercept_but_no_slope(capsys):
    code, out, _ = run(["solve", "--preset", "anscombe-2", "--model", "poly:2", "--json"], capsys)
    assert code == 0
    data = json.loads(out)
    assert len(data["coefficients"]) == 3
    assert data["intercept"] == data["coefficients"][0]
    assert "slope" not in data


@pytest.mark.parametrize(("loss", "extra"), [("bce", []), ("hinge", ["--l2", "0.1"]), ("focal", ["--gamma", "1.5"])])
def test_solve_classifies_a_file_of_labelled_points(capsys, tmp_path, loss, extra):
    rng = np.random.default_rng(2)
    x = rng.standard_normal((30, 2))
    y = (x[:, 0] - x[:, 1] + rng.standard_normal(30) > 0).astype(int)
    path = write(tmp_path, "x1,x2,label\n" + "".join(f"{a!r},{b!r},{c}\n" for (a, b), c in zip(x.tolist(), y.tolist())))
    code, out, err = run(["solve", path, "--loss", loss, *extra, "--json"], capsys)
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["model"] == "logistic"
    assert data["converged"] is True
    assert data["stats"] is None
    assert len(data["coefficients"]) == 3


# --- bad input: exit status 2 and one line on stderr ------------------------------------------


def assert_one_line_error(code, out, err, *fragments):
    assert code == 2
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("lossexplorer: ")
    assert "Traceback" not in err
    for fragment in fragments:
        assert fragment in lines[0]


BAD_FILES = {
    "empty": ("", "no points (the file is empty)"),
    "header only": ("x,y\n", "no points (the file has a header but no points)"),
    "non-numeric cell": ("x,y\n1,2\n2,3\n3,abc\n", "row 4, column y: 'abc' is not a number"),
    "nan cell": ("x,y\n1,2\nnan,3\n3,4\n", "row 3, column x: 'nan' is not a finite number"),
    "inf cell": ("x,y\n1,2\n2,inf\n3,4\n", "row 3, column y: 'inf' is not a finite number"),
    "wrong column count": ("x,y\n1,2\n2,3,4\n", "row 3: expected 2 columns (x, y), found 3"),
    "too few points": ("x,y\n1,2\n", "model line needs at least 2 points, got 1"),
    "zero spread in x": ("x,y\n2,1\n2,5\n2,3\n", "model line needs x values that differ, but every x is 2"),
}


@pytest.mark.parametrize("command", ["fit", "solve"])
@pytest.mark.parametrize("case", BAD_FILES)
def test_bad_file_gives_one_line_and_exit_status_2(capsys, tmp_path, command, case):
    text, fragment = BAD_FILES[case]
    path = write(tmp_path, text)
    assert_one_line_error(*run([command, path], capsys), f"lossexplorer: {path}", fragment)


@pytest.mark.parametrize("command", ["fit", "solve"])
def test_missing_file_gives_one_line_and_exit_status_2(capsys, tmp_path, command):
    path = str(tmp_path / "nowhere.csv")
    assert_one_line_error(*run([command, path], capsys), f"lossexplorer: {path}: no such file")


@pytest.mark.parametrize("command", ["fit", "solve"])
def test_labels_other_than_0_and_1_give_one_line_and_exit_status_2(capsys, tmp_path, command):
    path = write(tmp_path, "x1,x2,label\n0,1,0\n1,0,1\n2,2,3\n")
    assert_one_line_error(*run([command, path, "--loss", "bce"], capsys), "row 4, column label: '3'")


@pytest.mark.parametrize(
    ("argv", "fragments"),
    [
        (["--loss", "quantile", "--quantile", "1.5"], ["quantile must lie strictly between 0 and 1, got 1.5"]),
        (["--loss", "quantile", "--quantile", "0"], ["quantile must lie strictly between 0 and 1, got 0"]),
        (["--loss", "huber", "--delta", "0"], ["delta must be a positive number, got 0"]),
        (["--loss", "huber", "--delta", "-2"], ["delta must be a positive number, got -2"]),
        (["--loss", "asymmetric", "--alpha", "-1"], ["alpha must be a positive number"]),
        (["--loss", "focal", "--gamma", "-1"], ["gamma must be 0 or more"]),
        (
            ["--loss", "ridge"],
            ["unknown loss 'ridge'", "mse, sse, half-sse, mae, sae, huber, logcosh", "bce, hinge, focal"],
        ),
        (["--model", "cubic"], ["unknown model 'cubic'", "bias, line, poly:2", "logistic"]),
        (["--model", "poly:12"], ["unknown model 'poly:12'"]),
        (["--model", "poly:3"], ["model poly:3 needs at least 4 different x values"]),
        (["--loss", "bce"], ["preset anscombe-4 is a regression data set; choose a regression loss"]),
        (["--loss", "mse", "--model", "logistic"], ["loss 'mse' needs a regression model, not 'logistic'"]),
        (["--l2", "-1"], ["l2 must be 0 or more"]),
        (["--cap", "1", "--cap-weight", "-1"], ["cap-weight must be 0 or more"]),
        (["--delta", "abc"], ["argument --delta: 'abc' is not a number"]),
        (["--cap", "nan"], ["argument --cap: 'nan' is not a finite number"]),
        (["--reduction", "median"], ["argument --reduction: invalid choice: 'median'"]),
        (["--preset", "sunflower"], ["unknown preset 'sunflower'", "noisy-line"]),
    ],
)
@pytest.mark.parametrize("command", ["fit", "solve"])
def test_bad_problem_options_give_one_line_and_exit_status_2(capsys, command, argv, fragments):
    data = ["--preset", "anscombe-4"] if "--preset" not in argv else []
    if "--model" in argv and "poly:3" in argv:
        data = ["--preset", "anscombe-4"]  # x takes only two values
    assert_one_line_error(*run([command, *data, *argv], capsys), *fragments)


@pytest.mark.parametrize(
    ("argv", "fragments"),
    [
        (["--lr", "-0.1"], ["learning rate must be a positive number, got -0.1"]),
        (["--lr", "0"], ["learning rate must be a positive number, got 0"]),
        (["--lr", "abc"], ["argument --lr: 'abc' is not a number"]),
        (["--lr", "inf"], ["argument --lr: 'inf' is not a finite number"]),
        (["--epochs", "-5"], ["epochs must be 0 or more, got -5"]),
        (["--epochs", "ten"], ["argument --epochs: invalid int value: 'ten'"]),
        (["--every", "0"], ["--every must be 1 or more, got 0"]),
        (["--optimizer", "lbfgs"], ["unknown optimizer 'lbfgs'; choose one of: gd, sgd, momentum, adam"]),
        (["--optimizer", "sgd", "--batch-size", "0"], ["batch size must be 1 or more, got 0"]),
        (["--momentum", "1.5", "--optimizer", "momentum"], ["momentum must lie in [0, 1), got 1.5"]),
        (["--init", "1,2,3"], ["the start needs 2 coefficients, got 3"]),
        (["--init", "1,x"], ["argument --init: '1,x' is not a comma-separated list of numbers"]),
        (["--frobnicate"], ["unrecognized arguments: --frobnicate"]),
    ],
)
def test_bad_fit_options_give_one_line_and_exit_status_2(capsys, argv, fragments):
    assert_one_line_error(*run(["fit", "--preset", "noisy-line", *argv], capsys), *fragments)


@pytest.mark.parametrize("command", ["fit", "solve"])
def test_no_data_and_both_data_sources_are_refused(capsys, points, command):
    path, _, _ = points
    assert_one_line_error(*run([command], capsys), "no data: give a DATA.csv file or --preset NAME")
    assert_one_line_error(*run([command, str(path), "--preset", "noisy-line"], capsys), "either DATA.csv or --preset")


def test_lr_is_checked_before_the_optimizer_runs(capsys, tmp_path):
    # the problem is fine, only the rate is bad: nothing may be printed on stdout
    path = write(tmp_path, "x,y\n0,1\n1,3\n2,5\n")
    assert_one_line_error(*run(["fit", path, "--lr", "-1", "--json"], capsys), "learning rate")


# --- the real command -----------------------------------------------------------------------


def command():
    script = Path(sys.executable).parent / "lossexplorer"
    return [str(script)] if script.exists() else [sys.executable, "-m", "lossexplorer"]


def test_the_installed_command_fits_and_prints_json(tmp_path):
    path = write(tmp_path, "x;y\n0;1,5\n1;3,5\n2;5,5\n3;7,5\n")
    done = subprocess.run(
        [*command(), "fit", path, "--lr", "0.05", "--epochs", "40", "--json"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    r = fit(np.array([0.0, 1, 2, 3]), np.array([1.5, 3.5, 5.5, 7.5]), lr=0.05, epochs=40)
    assert data["coefficients"] == r.coefficients.tolist()
    c, m = r.coefficients
    assert data["stats"]["r2"] == fit_stats(np.array([1.5, 3.5, 5.5, 7.5]), c + m * np.arange(4.0)).r2


def test_python_m_lossexplorer_refuses_bad_input_with_one_line_and_status_2(tmp_path):
    path = write(tmp_path, "x,y\n1,2\n2,oops\n")
    done = subprocess.run(
        [sys.executable, "-m", "lossexplorer", "solve", path, "--loss", "mae"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr == f"lossexplorer: {path}, row 3, column y: 'oops' is not a number\n"


def test_python_m_lossexplorer_refuses_a_bad_option_value_with_one_line_and_status_2():
    done = subprocess.run(
        [sys.executable, "-m", "lossexplorer", "fit", "--preset", "noisy-line", "--lr", "fast"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1
    assert done.stderr.startswith("lossexplorer: argument --lr: 'fast' is not a number")


# --- help, mistyped commands, one module of argument definitions --------------------------------


def help_text(argv, capsys):
    with pytest.raises(SystemExit) as info:
        main([*argv, "--help"])
    assert info.value.code == 0
    return " ".join(capsys.readouterr().out.split())  # argparse wraps lines: compare words


def test_help_lists_every_command_and_the_choices_of_view_and_loss(capsys):
    from lossexplorer.cli_args import WINDOW_LOSSES, WINDOW_MODELS
    from lossexplorer.core import OPTIMIZER_NAMES, PRESET_NAMES
    from lossexplorer.gui.view_names import VIEW_NAMES

    text = help_text([], capsys)
    for command in ("fit", "solve", "simulate"):
        assert f" {command} " in text
    assert "the view to show: one of: " + ", ".join(VIEW_NAMES) in text
    # the window's own: the losses and models it draws (the commands take every one)
    assert "--loss LOSS one of: " + ", ".join(WINDOW_LOSSES) + " " in text
    assert "one of: " + ", ".join(WINDOW_MODELS) + "; softmax:K fixes K classes (2 to 5)" in text
    assert "one of: " + ", ".join(OPTIMIZER_NAMES) in text
    assert all(name in text for name in PRESET_NAMES)


def test_each_command_lists_the_names_it_takes(capsys):
    from lossexplorer.core import CLASSIFICATION_LOSSES, LOSS_NAMES, OPTIMIZER_NAMES, SPRING_LOSSES

    fit_help = help_text(["fit"], capsys)
    assert "--loss LOSS one of: " + ", ".join(LOSS_NAMES) + " (default mse)" in fit_help
    assert "--optimizer NAME one of: " + ", ".join(OPTIMIZER_NAMES) + " (default gd)" in fit_help
    assert "--loss LOSS one of: " + ", ".join(LOSS_NAMES) in help_text(["solve"], capsys)
    simulate_help = help_text(["simulate"], capsys)
    assert "--loss LOSS one of: " + ", ".join(SPRING_LOSSES) + " (default mse)" in simulate_help  # not poisson
    assert not any(name in simulate_help for name in CLASSIFICATION_LOSSES)


def test_the_window_lists_every_view_the_window_has(qtbot):
    from lossexplorer.gui.view_names import VIEW_NAMES
    from lossexplorer.gui.window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    tabs = [window.views.tabText(i) for i in range(window.views.count())]
    assert len(tabs) == len(VIEW_NAMES)
    for name in VIEW_NAMES:  # each name of --view shows its own tab
        window.show_view(name)
        assert window.current_view_name() == name
    window.close()


def test_version_names_python_and_the_libraries(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    libraries = r"NumPy \S+, SciPy \S+, PySide6-Essentials \S+, pyqtgraph \S+"
    assert re.fullmatch(rf"lossexplorer \S+ \(Python \S+, {libraries}\)\n", out)


CHOICES = ", ".join(f"'{name}'" for name in COMMANDS)


@pytest.mark.parametrize("argv", [["simulat"], ["simulat", "--time", "3"], ["--projector", "slove"], ["fti"]])
def test_a_mistyped_command_gets_the_list_of_commands_and_status_2(capsys, argv):
    code, out, err = run(argv, capsys)
    assert code == 2
    assert out == ""
    word = next(a for a in argv if not a.startswith("-") and not a.isdigit())
    assert err.splitlines() == [
        f"lossexplorer: argument command: invalid choice: '{word}' (choose from {CHOICES}) "
        "(see 'lossexplorer --help')"
    ]


def test_a_command_after_an_option_is_sent_to_the_front(capsys):
    code, _, err = run(["--projector", "fit"], capsys)
    assert code == 2
    assert "the command 'fit' comes first: lossexplorer fit [options]" in err


@pytest.mark.parametrize(
    ("word", "command"),
    [("simulat", True), ("points.csv", False), ("./points", False), ("data/points", False), ("-x", False)],
)
def test_a_bare_word_that_names_no_file_is_a_command(tmp_path, monkeypatch, word, command):
    from lossexplorer.cli_args import looks_like_a_command

    monkeypatch.chdir(tmp_path)
    assert looks_like_a_command(word) is command
    (tmp_path / "simulat").write_text("x,y\n0,1\n1,2\n")
    assert not looks_like_a_command("simulat")  # an existing file is a file, whatever its name


def test_a_mistyped_command_without_a_display_ends_before_qt_starts():
    """`env -u DISPLAY lossexplorer simulat` aborted in Qt (SIGABRT); now argparse answers."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    code = (
        "import atexit, sys; atexit.register(lambda: print('Qt loaded:', 'PySide6' in sys.modules));"
        "from lossexplorer.cli import main; sys.exit(main(['simulat']))"
    )
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2, done.stderr
    assert done.stdout == "Qt loaded: False\n"
    assert done.stderr.count("\n") == 1 and "invalid choice: 'simulat'" in done.stderr
    done = subprocess.run(
        [sys.executable, "-m", "lossexplorer", "simulat"], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and f"(choose from {CHOICES})" in done.stderr


def test_the_commands_share_one_module_of_argument_definitions():
    """No module imports another's private names, and the command line has no import loop."""
    import ast

    package = Path(__file__).resolve().parent.parent / "lossexplorer"
    for path in [*package.glob("*.py"), *package.glob("*/*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("lossexplorer"):
                private = [a.name for a in node.names if a.name.startswith("_") and not a.name.startswith("__")]
                assert not private, f"{path.name} imports {private} from {node.module}"
    loop = (
        "import sys; import lossexplorer.simulate_cli as s;"
        "print('lossexplorer.cli' in sys.modules, 'lossexplorer.cli_args' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", loop], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "True"]  # simulate needs the definitions, not the other commands
# --- exact answers on awkward data -----------------------------------------------------------------


def test_solve_of_the_issue_case_says_converged_with_its_kkt_violation(capsys):
    code, out, _ = run(["solve", "--preset", "stack-loss", "--model", "poly:2", "--l1", "0.5", "--json"], capsys)
    data = json.loads(out)
    assert code == 0 and data["converged"] is True
    assert data["kkt_violation"] <= 1e-14
    assert data["method"] == "active set with Newton steps"


def test_solve_on_calendar_years_matches_numpy_polynomial_and_warns_of_its_raw_coefficients(capsys, tmp_path):
    from numpy.polynomial import Polynomial

    rng = np.random.default_rng(0)
    x = np.arange(1990, 2021.0)
    y = 0.05 * (x - 2005) ** 2 + 10 + rng.normal(0, 0.7, 31)
    path = write(tmp_path, "x,y\n" + "".join(f"{a!r},{b!r}\n" for a, b in zip(x.tolist(), y.tolist())), "years.csv")
    code, out, _ = run(["solve", path, "--model", "poly:9", "--json"], capsys)
    data = json.loads(out)
    want = np.mean((Polynomial.fit(x, y, 9)(x) - y) ** 2)
    assert code == 0 and data["converged"] is True
    assert data["objective"] == pytest.approx(want, rel=1e-8)
    assert data["ill_conditioned"] is True
    code, out, _ = run(["solve", path, "--model", "poly:9"], capsys)
    assert "ill-conditioned" in out and "centred, scaled basis" in out


def test_solve_near_1e_300_gives_the_slope_and_says_mse_and_rss_underflow(capsys, tmp_path):
    k = np.arange(1, 21.0)
    x, y = k * 1e-300, (2 * k + 1) * 1e-300 + np.sin(k) * 1e-301
    path = write(tmp_path, "x,y\n" + "".join(f"{a!r},{b!r}\n" for a, b in zip(x.tolist(), y.tolist())))
    for loss in ("mse", "mae", "huber"):
        code, out, _ = run(["solve", path, "--loss", loss], capsys)
        assert code == 0
        m = float(re.search(r"^m = (\S+);", out.splitlines()[1]).group(1))
        assert m == pytest.approx(2.0, rel=0.05)
        assert "= 0.0" not in out
        assert "RSS = about" in out and "(below the smallest float)" in out
    code, out, _ = run(["solve", path, "--json"], capsys)
    data = json.loads(out)
    assert data["objective"] is None and data["objective_log10"] < -600
    assert data["stats"]["rss"] is None and data["stats"]["r2"] > 0.99


def test_solve_refuses_in_one_line_a_polynomial_floats_cannot_hold(capsys, tmp_path):
    path = write(tmp_path, "x,y\n1e-300,1e-300\n2e-300,3e-300\n3e-300,2e-300\n4e-300,5e-300\n5e-300,1e-300\n")
    code, out, err = run(["solve", path, "--model", "poly:3"], capsys)
    assert code == 2 and out == ""
    assert len(err.splitlines()) == 1 and "x^3" in err


def test_fit_with_a_history_too_large_to_hold_says_so_in_one_line(capsys):
    code, out, err = run(["fit", "--preset", "noisy-line", "--epochs", "1000000000000"], capsys)
    assert code == 2 and out == ""
    assert len(err.splitlines()) == 1 and "epochs would keep a history of" in err and "at most" in err


def test_a_cell_with_terminal_escapes_is_shown_escaped_and_a_newline_in_a_name_is_one_line(capsys, tmp_path):
    path = tmp_path / "two\nlines.csv"
    path.write_text("x,y\n1,2\n3,\x1b]0;pwned\x07\x1b[2J\n")
    code, _, err = run(["solve", str(path)], capsys)
    assert code == 2
    assert "\x1b" not in err and "\x07" not in err and len(err.splitlines()) == 1
    assert err.endswith("two\\nlines.csv, row 3, column y: '\\x1b]0;pwned\\x07\\x1b[2J' is not a number\n")
