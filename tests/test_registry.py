"""The loss registry: every loss says what it is called, its formula, its parameters and their
ranges, and what each part of the app asks of it; the command line and the window's tables
read it, and its texts are written once in the package."""

from __future__ import annotations

import ast
import json
import math
import re
import sys
from pathlib import Path

import numpy as np
import pytest

from lossexplorer.cli import main
from lossexplorer.core import (
    CLASSIFICATION_LOSSES,
    LOSS_NAMES,
    LOSS_PARAMETERS,
    LOSSES,
    MODEL_NAMES,
    REGRESSION_LOSSES,
    SPRING_LOSSES,
    InputError,
    make_loss,
)
from lossexplorer.core.losses import TASK_LOSSES, TASKS, ErrorLoss, parameters_of
from lossexplorer.core.objective import REDUCTIONS
from lossexplorer.core.springs import BarScale, SpringLaw

PACKAGE = Path(__file__).resolve().parents[1] / "lossexplorer"
PRESET_OF = {"regression": "noisy-line", "classification": "blobs"}


def preset_of(name):
    """A preset the loss takes: counts for Poisson, three classes for the cross-entropy."""
    cls = LOSSES[name]
    if cls.link == "log":
        return "horse-kicks"
    return "iris" if cls.multiclass else PRESET_OF[cls.kind]


def outside(parameter):
    """A value just outside the parameter's range."""
    if parameter.high < math.inf:
        return parameter.high + 1.0
    return parameter.low - 1.0


# --- what every loss says about itself -------------------------------------------------------


@pytest.mark.parametrize("name", LOSS_NAMES)
def test_every_loss_says_what_it_is_called_its_formula_its_tip_and_its_task(name):
    cls = LOSSES[name]
    assert cls.name == name
    for text in (cls.title, cls.short, cls.formula, cls.tip, cls.slope_formula, cls.curve_axis):
        assert text and text == text.strip() and "\n" not in text
    assert cls.kind in ("regression", "classification")
    assert cls.reduction in REDUCTIONS
    assert cls.default_model in MODEL_NAMES or cls.default_model == "logistic"
    loss = make_loss(name)
    assert type(loss) is cls and loss.curve_formula
    assert loss.label.startswith(cls.short)


def test_names_titles_and_short_names_are_each_one_losss():
    for attribute in ("name", "title", "short"):
        values = [getattr(cls, attribute) for cls in LOSSES.values()]
        assert len(set(values)) == len(values), attribute


@pytest.mark.parametrize("name", [name for name in LOSS_NAMES if LOSSES[name].parameters])
def test_every_parameter_has_a_range_holding_its_default_and_a_span_for_a_number_box(name):
    loss = make_loss(name)
    for p in LOSSES[name].parameters:
        assert p.symbol and p.tip and p.step > 0
        assert p.contains(p.default) and getattr(loss, p.name) == p.default
        low, high = p.shown
        assert p.contains(low) and p.contains(high) and low < high
        assert low <= p.default <= high
        assert p.option == "--" + p.name.replace("_", "-")
        if p.off == p.default:  # a parameter that is off by default is left out of the label
            assert loss.label == LOSSES[name].short
            assert make_loss(name, **{p.name: high}).label.endswith(f"{p.symbol}={high:g}")
        else:
            assert loss.label.endswith(f"{p.symbol}={p.default:g}")
        assert make_loss(name, **{p.name: high}).params()[p.name] == high


@pytest.mark.parametrize("name", [name for name in LOSS_NAMES if LOSSES[name].parameters])
def test_a_parameter_outside_its_range_is_refused_in_one_line_naming_it_and_the_range(name, capsys):
    for p in LOSSES[name].parameters:
        bad = outside(p)
        with pytest.raises(InputError, match=re.escape(f"{p.name} must {p.must}, got {bad:g}")):
            make_loss(name, **{p.name: bad})
        code = main(["solve", "--preset", preset_of(name), "--loss", name, p.option, str(bad)])
        err = capsys.readouterr().err
        assert code == 2 and err.count("\n") == 1 and p.name in err and p.must in err


def test_a_parameter_two_losses_share_is_one_parameter():
    seen = {}
    for cls in LOSSES.values():
        for p in cls.parameters:
            assert seen.setdefault(p.name, p) is p
    assert {name: p for name, (p, _) in parameters_of().items()} == seen


def test_the_derived_tables_follow_the_registry_grouped_by_task():
    assert tuple(LOSSES) == LOSS_NAMES
    assert sum((TASK_LOSSES[task] for task in TASKS), ()) == LOSS_NAMES  # regression first, then classification
    for task in TASKS:
        assert all(LOSSES[n].kind == task for n in TASK_LOSSES[task])
    # the window's menus: the losses it can draw, in the same order
    for task, menu in (("regression", REGRESSION_LOSSES), ("classification", CLASSIFICATION_LOSSES)):
        assert menu == tuple(n for n in TASK_LOSSES[task] if LOSSES[n].window)
    assert tuple(n for n in LOSS_NAMES if LOSSES[n].springs) == SPRING_LOSSES
    assert {n: tuple(p.name for p in c.parameters) for n, c in LOSSES.items() if c.parameters} == LOSS_PARAMETERS


def string_constants(path):
    """Every string literal in a module (implicitly joined ones as one), as the parser reads them."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [node.value for node in ast.walk(tree) if isinstance(node, ast.Constant) and isinstance(node.value, str)]


def test_each_title_tip_formula_and_noise_sentence_is_written_once_in_the_package():
    """A title, a tip or a sentence written in a second place (a table of the window's, a help
    text) is a second copy to keep in step; one-word titles are the losses' names as well. The
    translators' catalogue gui/core_text.py is no copy to keep: i18n/core_strings.py generates it
    and tests/test_core_text.py fails while it is stale."""
    catalogue = PACKAGE / "gui" / "core_text.py"
    strings = [text for path in PACKAGE.rglob("*.py") if path != catalogue for text in string_constants(path)]
    texts = {p.tip for cls in LOSSES.values() for p in cls.parameters}
    for cls in LOSSES.values():
        texts |= {cls.tip, cls.formula, cls.noise_sentence} | ({cls.title} if " " in cls.title else set())
    for text in texts - {""}:
        assert strings.count(text) == 1, f"{text!r} is written {strings.count(text)} times"


# --- what each part of the app asks of a loss -----------------------------------------------


@pytest.mark.parametrize("name", LOSS_NAMES)
def test_every_loss_draws_its_curve_and_slope_on_the_shape_views_axis(name):
    loss = make_loss(name)
    low, high = loss.curve_span
    u = np.linspace(low, high, 61)
    value, slope = loss.curve(u)
    assert value.shape == slope.shape == u.shape and np.all(np.isfinite(value)) and np.all(np.isfinite(slope))
    assert np.all(value >= 0.0)
    mid = 0.5 * (u[1:] + u[:-1])
    inner = np.abs(mid) > 0.2  # clear of the kinks at 0 (and of −log p̂'s steep start)
    differences = np.diff(value) / np.diff(u)
    np.testing.assert_allclose(differences[inner], loss.curve(mid)[1][inner], atol=0.1)


@pytest.mark.parametrize("name", [name for name in LOSS_NAMES if make_loss(name).piecewise_linear])
def test_a_piecewise_linear_loss_is_up_times_its_slack_above_and_down_times_it_below(name):
    loss = make_loss(name)
    pieces = loss.pieces
    rng = np.random.default_rng(0)
    p = rng.normal(size=50)
    y = (rng.random(50) < 0.5).astype(float) if loss.kind == "classification" else rng.normal(size=50)
    a, b = pieces.rows(np.eye(50), y)
    slack = a @ p - b
    np.testing.assert_allclose(loss.value(p, y), pieces.up * np.maximum(slack, 0) + pieces.down * np.maximum(-slack, 0),
                               rtol=1e-14, atol=1e-15)


@pytest.mark.parametrize("name", [name for name in LOSS_NAMES if isinstance(make_loss(name), ErrorLoss)])
@pytest.mark.parametrize("exponent", [-70, -40, -3, 5, 40, 60])
def test_a_loss_of_the_error_keeps_its_scaling_law(name, exponent):
    """ℓ(s·e') = 2^k·ℓ'(e') + ℓ0, the solvers' scaled loss, for s = 2^exponent."""
    loss = make_loss(name)
    s = math.ldexp(1.0, exponent)
    scaled, k, constant = loss.scaled(s)
    e = np.array([-2.5, -0.3, 0.01, 0.7, 4.0])
    expected = loss.value(s * e, np.zeros(5))
    got = np.ldexp(scaled.value(e, np.zeros(5)), k) + constant
    np.testing.assert_allclose(got, expected, rtol=1e-12, atol=1e-15)  # ℓ itself rounds to ~1e-16 near 0


@pytest.mark.parametrize("name", LOSS_NAMES)
def test_the_spring_bar_hangs_on_the_losses_that_say_it_can(name):
    loss = make_loss(name)
    if not loss.springs:
        with pytest.raises(InputError, match=f"does not know the loss {name}"):
            loss.spring(BarScale(0, lambda: 1.0))
        # a regression loss says why its picture does not apply
        assert loss.kind == "classification" or len(loss.springs_sentence) > 40
        return
    law = loss.spring(BarScale(0, lambda: 1.0))
    assert isinstance(law, SpringLaw)
    e = np.array([-2.0, -0.5, 0.3, 1.7])  # clear of a kinked band
    g = np.empty(4)
    law.slope(e, g)
    np.testing.assert_allclose(g, loss.gradient(e, np.zeros(4)), rtol=1e-12)
    np.testing.assert_allclose(law.values(e), loss.value(e, np.zeros(4)), rtol=1e-4)


# --- the command line and the window read the registry ----------------------------------------


def help_text(argv, capsys):
    with pytest.raises(SystemExit):
        main([*argv, "--help"])
    return " ".join(capsys.readouterr().out.split())  # argparse wraps lines


COMMANDS = [("fit", LOSS_NAMES), ("solve", LOSS_NAMES), ("simulate", SPRING_LOSSES)]


@pytest.mark.parametrize(("command", "names"), COMMANDS)
def test_the_command_lines_help_lists_the_registrys_losses_and_their_parameters(command, names, capsys):
    text = help_text([command], capsys)
    assert "--loss LOSS one of: " + ", ".join(names) in text
    offered = parameters_of(names)
    for p, users in offered.values():
        assert f"{p.option} {p.name.upper()} {p.condition} for --loss {', '.join(users)}: {p.tip}" in text
    for p, _ in parameters_of().values():
        assert (p.option in text) == (p.name in offered)


@pytest.mark.parametrize("name", LOSS_NAMES)
def test_j_has_one_name_in_the_window_and_on_the_command_line(name, capsys):
    from lossexplorer.gui.settings import FitSettings

    cls = LOSSES[name]
    main(["fit", "--preset", preset_of(name), "--loss", name, "--epochs", "0"])
    first = capsys.readouterr().out.splitlines()[0]
    window = FitSettings(loss=name, model=cls.default_model).objective_label()
    assert window == cls.short
    assert f"; {window} = " in first


def test_the_windows_tables_are_views_of_the_registry():
    from lossexplorer.gui import settings

    assert settings.LOSSES is LOSSES
    pin = settings.FitSettings(loss="quantile", quantile=0.3).label()
    assert pin == make_loss("quantile", quantile=0.3).label == "pinball q=0.3"


def test_the_panels_loss_menu_lists_the_registrys_titles(qtbot):
    from lossexplorer.gui.lesson import Lesson
    from lossexplorer.gui.panel import SidePanel

    panel = SidePanel(Lesson())
    qtbot.addWidget(panel)
    shown = [panel.loss.itemText(i) for i in range(panel.loss.count())]
    data = [panel.loss.itemData(i) for i in range(panel.loss.count())]
    assert data == list(REGRESSION_LOSSES)
    assert shown == [LOSSES[name].title for name in REGRESSION_LOSSES]


# --- one table: the panel, the command line and the session reader read the registry's Parameters ---


def pick(qtbot, combo, data) -> None:
    """Choose the entry `data` of a drop-down with the arrow keys, as a person does (tests/gui's
    `choose`; pytest puts tests/gui on the path only for the tests in it)."""
    folder = str(Path(__file__).parent / "gui")
    if folder not in sys.path:
        sys.path.insert(0, folder)
    from qt_helpers import choose

    choose(qtbot, combo, data)


def test_the_windows_settings_table_holds_the_registrys_parameter_objects_themselves():
    from lossexplorer.core.optimizers import OPTIMIZER_PARAMETERS
    from lossexplorer.core.penalties import PENALTY_PARAMETERS
    from lossexplorer.gui.settings import PARAMETERS, FitSettings

    for name, (p, users) in parameters_of((*REGRESSION_LOSSES, *CLASSIFICATION_LOSSES)).items():
        assert PARAMETERS[name] is p and all(p in LOSSES[user].parameters for user in users)
        assert getattr(FitSettings(), name) == p.default
    for p in PENALTY_PARAMETERS:
        assert PARAMETERS[p.name] is p
    for name in ("lr", "batch_size", "momentum", "beta1", "beta2"):
        assert PARAMETERS[name] is OPTIMIZER_PARAMETERS[name]
    fields = set(FitSettings.__dataclass_fields__)
    assert set(PARAMETERS) <= fields


@pytest.mark.parametrize("task", TASKS)
def test_the_panel_shows_each_losss_parameters_with_the_registrys_symbol_range_step_default_and_tip(qtbot, task):
    """Each loss of the task's menu chosen with the keys: exactly its parameters' rows are shown,
    each labelled with the symbol, its box offering the Parameter's span with its step and tip."""
    from lossexplorer.gui.lesson import Lesson
    from lossexplorer.gui.panel import SidePanel

    panel = SidePanel(Lesson())
    qtbot.addWidget(panel)
    panel.show()
    pick(qtbot, panel.mode, task == "classification")
    menu = REGRESSION_LOSSES if task == "regression" else CLASSIFICATION_LOSSES
    assert [panel.loss.itemData(i) for i in range(panel.loss.count())] == list(menu)
    for name in menu:
        pick(qtbot, panel.loss, name)
        assert panel.lesson.settings.loss == name
        own = {p.name: p for p in LOSSES[name].parameters}
        shown = {n for n, box in panel.loss_boxes.items() if box.isVisibleTo(panel)}
        assert shown == set(own), name
        for p in own.values():
            box = panel.loss_boxes[p.name]
            assert panel.loss_form.labelForField(box).text() == p.symbol
            assert (box.minimum(), box.maximum()) == p.span and box.singleStep() == p.step
            assert p.tip in box.toolTip() and box.value() == getattr(panel.lesson.settings, p.name)
        assert panel.loss.toolTip() == LOSSES[name].tip


def test_a_parameter_changed_in_the_registry_reaches_the_panel_the_command_lines_help_and_the_session_reader(
        qtbot, capsys):
    """Huber's δ given another span and tip in its one place: a new panel's box, `fit --help` and the
    session reader follow it; nothing else held a copy."""
    from lossexplorer.gui.lesson import Lesson
    from lossexplorer.gui.panel import SidePanel
    from lossexplorer.gui.session import from_json

    delta = LOSSES["huber"].parameters[0]
    was = (delta.shown, delta.tip)
    object.__setattr__(delta, "shown", (0.25, 8.0))  # a frozen Parameter, changed in place for the test
    object.__setattr__(delta, "tip", "a tip written for this test")
    try:
        panel = SidePanel(Lesson())
        qtbot.addWidget(panel)
        assert (panel.delta.minimum(), panel.delta.maximum()) == (0.25, 8.0)
        assert "a tip written for this test" in panel.delta.toolTip()
        assert "a tip written for this test" in help_text(["fit"], capsys)

        def session(value):
            return json.dumps({"format": "lossexplorer-session", "version": 1, "points": {"x": [0, 1], "y": [1, 2]},
                               "settings": {"loss": "huber", "delta": value}})

        assert from_json(session(8.0)).settings.delta == 8.0
        with pytest.raises(InputError, match=r"setting delta is 9\.0, outside the window's range 0\.25 to 8"):
            from_json(session(9.0))
    finally:
        object.__setattr__(delta, "shown", was[0])
        object.__setattr__(delta, "tip", was[1])


@pytest.mark.parametrize("name", LOSS_NAMES)
def test_every_loss_says_how_the_worked_epoch_writes_its_slope(name):
    loss = make_loss(name)
    written = loss.written_slope
    assert written.scale != 0 and written.factor
    smoothing = [p for p in loss.parameters if p.name == "label_smoothing"]
    if smoothing:  # with ε > 0 the targets are the smoothed ỹ
        smoothed = make_loss(name, label_smoothing=0.1).written_slope
        assert smoothed is not written and "ỹ" in smoothed.factor
