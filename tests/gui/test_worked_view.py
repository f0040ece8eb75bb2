"""The worked-epoch view: its numbers, read from the text it shows, are the descent's gradient
and update, for every loss of the window, each model and each optimizer (the test steps its own
plain loop to the same epoch and compares to 1e-12)."""

from __future__ import annotations

import re

import numpy as np
import pytest
from PySide6.QtCore import Qt
from qt_helpers import choose, click_tab, key, menu_item, run_to_end, type_into

from lossexplorer.core import CLASSIFICATION_LOSSES, LOSSES, REGRESSION_LOSSES, make_objective

STEPS = 2  # the test steps twice, then reads epoch 3: momentum and Adam carry a state by then


def number(text: str) -> float:
    """A number as the view writes it: a true minus sign, e−8 exponents."""
    return float(text.strip().replace("−", "-"))


def shown(window) -> dict[str, object]:
    """The view's visible text read back: the first step's gradient, each coefficient's new value
    (the update's last line) and the coefficients after the epoch."""
    text = window.worked.text.toPlainText()
    lines = text.splitlines()
    names = window.lesson.model.coefficient_names
    gradient, updated = {}, {}
    for name in names:
        at = next(k for k, line in enumerate(lines) if line.startswith(f"D{name} = "))
        assert lines[at + 1].lstrip().startswith("= ") and lines[at + 2].lstrip().startswith("= ")
        gradient[name] = number(lines[at + 2].lstrip()[2:])
        update = next(line for line in lines if line.startswith(f"{name} ← "))  # the first step's last line
        updated[name] = number(update.rsplit(" = ", 1)[1])
    after = re.search(r"^J = (\S+) after \((.*)\)$", text, re.MULTILINE)
    assert after is not None, text
    coefficients = dict(pair.split(" = ") for pair in after.group(2).split(", "))
    return {"gradient": gradient, "updated": updated, "J after": number(after.group(1)),
            "after": {name: number(value) for name, value in coefficients.items()}, "text": text}


def plain_loop(window, epochs: int):
    """The descent the test computes itself: the core's J and ∇J of the points, the update rules
    written out here, `epochs` epochs from the start; then ∇J and the next β, J after it."""
    lesson = window.lesson
    s = lesson.settings
    x, y = lesson.points.data()
    objective = make_objective(x, y, **s.objective_options())
    beta = np.zeros(objective.n_coefficients)
    v = np.zeros_like(beta)
    m2 = np.zeros_like(beta)
    rng = np.random.default_rng(s.seed)
    rates = s.schedule_()

    def epoch(beta, v, m2, t):
        rate = rates.rate(s.lr, t)
        if s.optimizer == "sgd":
            order = rng.permutation(objective.n)
            for i in range(0, objective.n, s.batch_size):
                _, g = objective.batch_value_and_grad(beta, order[i:i + s.batch_size])
                beta = beta - rate * g
            return beta, v, m2, None
        _, g = objective.value_and_grad(beta)
        if s.optimizer == "gd":
            beta = beta - rate * g
        elif s.optimizer == "sign":
            beta = beta - rate * np.sign(g)
        elif s.optimizer == "momentum":
            v = s.momentum * v - rate * g
            beta = beta + v
        elif s.optimizer == "adam":
            v = s.beta1 * v + (1 - s.beta1) * g
            m2 = s.beta2 * m2 + (1 - s.beta2) * g * g
            k = t + 1
            beta = beta - rate * (v / (1 - s.beta1**k)) / (np.sqrt(m2 / (1 - s.beta2**k)) + 1e-8)
        return beta, v, m2, g

    for t in range(epochs):
        beta, v, m2, _ = epoch(beta, v, m2, t)
    start = beta
    after, _, _, gradient = epoch(beta, v, m2, epochs)
    return start, gradient, after, objective.value(after)


def close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-12 * max(1.0, abs(a), abs(b))


def step_and_read(qtbot, window, steps: int = STEPS):
    for _ in range(steps):
        with qtbot.waitSignal(window.runner.finished, timeout=10_000):
            qtbot.mouseClick(window.worked.step, Qt.MouseButton.LeftButton)
    window.worked.refresh()  # what the paced update writes a moment later
    assert window.lesson.descent.epoch == steps
    return shown(window)


def check(window, view) -> None:
    names = window.lesson.model.coefficient_names
    start, gradient, after, j_after = plain_loop(window, STEPS)
    np.testing.assert_array_equal(window.lesson.descent.coefficients, start)  # the same descent
    for j, name in enumerate(names):
        if gradient is not None:  # full-batch: the first step's sums are ∇J
            assert close(view["gradient"][name], gradient[j]), (name, view["gradient"][name], gradient[j])
            assert close(view["updated"][name], after[j]), (name, view["updated"][name], after[j])
        assert close(view["after"][name], after[j]), (name, view["after"][name], after[j])
    assert close(view["J after"], j_after)


@pytest.fixture
def worked(qtbot, window):
    """The worked-epoch tab on show, every digit written, a rate every loss takes."""
    click_tab(qtbot, window, "Worked epoch")
    qtbot.mouseClick(window.worked.all_digits, Qt.MouseButton.LeftButton)
    assert window.worked.all_digits.isChecked()
    type_into(qtbot, window.panel.lr, "0.002")
    return window


@pytest.mark.parametrize("loss", REGRESSION_LOSSES)
def test_each_regression_losss_worked_epoch_is_the_descents_gradient_and_update(qtbot, worked, loss):
    if LOSSES[loss].link == "log":  # counts (Poisson): noisy-line's negative y are no counts
        menu_item(worked, "Presets", "counts").trigger()
        type_into(qtbot, worked.panel.lr, "0.002")
    choose(qtbot, worked.panel.loss, loss)
    view = step_and_read(qtbot, worked)
    check(worked, view)
    assert "… " in view["text"]  # the sums are cut after the first terms


@pytest.mark.parametrize("loss", CLASSIFICATION_LOSSES)
def test_each_classification_losss_worked_epoch_is_the_descents_gradient_and_update(qtbot, worked, loss):
    choose(qtbot, worked.panel.mode, True)
    choose(qtbot, worked.panel.loss, loss)
    view = step_and_read(qtbot, worked)
    check(worked, view)


@pytest.mark.parametrize("model", ["bias", "line", "poly:2", "poly:5"])
def test_each_models_worked_epoch_is_the_descents_gradient_and_update(qtbot, worked, model):
    type_into(qtbot, worked.panel.lr, "1e-05")
    choose(qtbot, worked.panel.model_box, model)
    check(worked, step_and_read(qtbot, worked))


@pytest.mark.parametrize("optimizer", ["gd", "sgd", "momentum", "adam", "sign"])
def test_each_optimizers_worked_epoch_is_the_descents_update(qtbot, worked, optimizer):
    choose(qtbot, worked.panel.loss, "huber")
    choose(qtbot, worked.panel.optimizer, optimizer)
    view = step_and_read(qtbot, worked)
    check(worked, view)
    velocity = {"momentum": "v_m ← μ·v_m − L·Dm", "adam": "M_m ← β₁·M_m + (1 − β₁)·Dm", "sign": "s_m = sign(Dm)"}
    if optimizer in velocity:
        assert velocity[optimizer] in view["text"]
    if optimizer == "sgd":
        assert "mini-batch 1 of " in view["text"] and "more mini-batches" in view["text"]


def test_penalties_and_a_decaying_rate_are_in_the_worked_numbers(qtbot, worked):
    type_into(qtbot, worked.panel.l2, "0.5")
    qtbot.mouseClick(worked.panel.cap_on, Qt.MouseButton.LeftButton)
    type_into(qtbot, worked.panel.cap, "3")
    choose(qtbot, worked.panel.rate_group.schedule, "exponential")
    type_into(qtbot, worked.panel.rate_group.decay, "0.5")
    view = step_and_read(qtbot, worked)
    check(worked, view)
    assert "2λ₂·m" in view["text"] and "max(0, ŷᵢ − C)" in view["text"]
    assert "L = 0.0005," in view["text"]  # epoch 3's rate: 0.002 × 0.5²
    assert worked.worked.caption.text().endswith("Its rate L = 0.002·0.5^t at t = 2")


def test_show_all_writes_every_term_and_the_classroom_digits_are_five(qtbot, worked):
    n = len(worked.lesson.points)
    qtbot.mouseClick(worked.worked.all_digits, Qt.MouseButton.LeftButton)  # back to five digits
    text = worked.worked.text.toPlainText()
    assert " more]" in text
    gradient = next(line for line in text.splitlines() if line.startswith("   = ") and "[" not in line)
    assert len(gradient.strip("= −").replace(".", "")) <= 5
    qtbot.mouseClick(worked.worked.show_all, Qt.MouseButton.LeftButton)
    text = worked.worked.text.toPlainText()
    assert " more]" not in text
    sums = [line for line in text.splitlines() if line.lstrip().startswith("= −(2/")]
    assert len(sums) == 2 and all(line.split("[")[1].count(" + ") + 1 == n for line in sums)  # n terms each


def test_the_arrow_key_steps_the_worked_epoch_on(qtbot, worked):
    first = worked.worked.text.toPlainText()
    assert first.startswith("Epoch 1: ")
    qtbot.mouseClick(worked.worked.text.viewport(), Qt.MouseButton.LeftButton)  # a click in the text
    assert worked.worked.text.hasFocus()
    with qtbot.waitSignal(worked.runner.finished, timeout=10_000):
        qtbot.keyClick(worked.worked.text, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: worked.worked.text.toPlainText().startswith("Epoch 2: "), timeout=5000)
    assert "next epoch, 2, " in worked.worked.caption.text()


def test_the_view_follows_a_run_and_is_not_written_while_hidden(qtbot, worked):
    lesson, view = worked.lesson, worked.worked
    type_into(qtbot, worked.panel.epochs, "60")
    choose(qtbot, worked.panel.speed, 60)
    seen = []  # (running, the epoch the text writes, the lesson's epoch then) at each writing

    def written() -> None:
        head = re.match(r"Epoch (\d+): ", view.text.toPlainText())
        if head:
            seen.append((worked.runner.running, int(head.group(1)), lesson.descent.epoch))

    view.text.textChanged.connect(written)
    run_to_end(qtbot, worked)
    qtbot.waitUntil(lambda: view.text.toPlainText().startswith(f"Epoch {lesson.descent.epoch + 1}: "), timeout=5000)
    during = [(shown, epoch) for running, shown, epoch in seen if running and 1 < shown <= 60]
    assert during and all(shown == epoch + 1 for shown, epoch in during)  # the next epoch, as the run went
    click_tab(qtbot, worked, "Fit")
    hidden = view.text.toPlainText()
    with qtbot.waitSignal(worked.runner.finished, timeout=10_000):
        key(qtbot, worked, Qt.Key.Key_Right)
    assert view.text.toPlainText() == hidden  # not computed while nobody sees it
    click_tab(qtbot, worked, "Worked epoch")
    assert view.text.toPlainText().startswith(f"Epoch {lesson.descent.epoch + 1}: ")


def test_in_projector_mode_the_worked_epoch_reads_at_the_projector_size(qtbot, window):
    from PySide6.QtWidgets import QWidget
    from test_projector_sizes import FONT_PT, projector

    window.resize(1280, 720)
    projector(qtbot, window)
    click_tab(qtbot, window, "Worked epoch")
    view = window.worked
    qtbot.waitUntil(lambda: view.text.font().pointSizeF() > FONT_PT, timeout=2000)
    shown = [w for w in view.findChildren(QWidget) if w.isVisible() and w.font().pointSizeF() > 0]
    assert shown and all(w.font().pointSizeF() >= FONT_PT for w in shown), [
        (type(w).__name__, w.font().pointSizeF()) for w in shown]
    assert view.text.toPlainText().startswith("Epoch 1: ")
    assert not view.text.horizontalScrollBar().isVisible()  # long sums wrap: nothing read sideways
