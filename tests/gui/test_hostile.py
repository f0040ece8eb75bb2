"""Hostile files against the window (issue 15, items 1, 5's panel bugs and 6): each is opened the
way a person opens or drops one. Nothing may raise, hang past 5 s, render markup, change the
points when refused, or show other settings than the run uses."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hostile_files import MARKUP_LABELS, largest, write_hostile_set
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from lossexplorer.gui import limits, panel
from lossexplorer.gui.limits import plain_label
from lossexplorer.gui.session import read_session
from lossexplorer.gui.settings import PARAMETERS

VIEWS = ("fit", "landscape", "loss-shape", "noise", "physics")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    return folder, {case.name: case for case in write_hostile_set(folder)}


def drop(window, path) -> None:
    """Drop the file on the window as a file manager does."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)


def visit_every_view(qtbot, window) -> None:
    """Show each view, let its background work end, and draw it (the physics bar swings a second)."""
    window.canvas.fit_view_to_data()
    for name in VIEWS:
        if not window.views.isTabEnabled(window.view_names.index(name)):
            continue
        window.show_view(name)
        qtbot.waitUntil(lambda: not window.busy(), timeout=30_000)
        QApplication.processEvents()
        window.flush()
        if name == "physics":
            for _ in range(60):
                window.physics.advance(1 / 60)
            window.physics.redraw()
    window.show_view("fit")
    window.flush()


def legend_texts(window) -> list[str]:
    return [label.item.toPlainText() for _sample, label in window.canvas.legend.items]


def case_names() -> list[str]:
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        return [case.name for case in write_hostile_set(Path(folder) / "set")]


@pytest.mark.parametrize("name", case_names())
def test_a_hostile_file_is_refused_in_one_line_or_opened_as_the_window_can_show_it(qtbot, window, hostile, name):
    folder, cases = hostile
    case = cases[name]
    before = window.lesson.points
    errors = []
    window.show_error = errors.append  # the window's box; checked for plain text below
    with qtbot.captureExceptions() as exceptions:
        drop(window, folder / name)  # how fast: benchmarks/, never a timed assertion here
        if case.opens:
            visit_every_view(qtbot, window)
    assert not exceptions, exceptions
    status = window.statusBar().currentMessage()
    if not case.opens:
        assert len(errors) == 1 and "\n" not in errors[0], errors
        assert case.says in errors[0]
        assert window.lesson.points is before  # nothing changed
        return
    assert not errors, errors
    assert window.lesson.points is not before
    assert case.says in status
    assert window.panel.shown() == window.lesson.settings  # the panel shows what the run uses
    if case.pins is not None:
        assert len(window.lesson.pins) == case.pins
        assert window.pin_list.labels() == [p.label for p in window.lesson.pins]
        # the legend shows each label as plain text, exactly as kept
        assert legend_texts(window)[-case.pins:] == [p.label for p in window.lesson.pins]
    (x0, x1), (y0, y1) = window.canvas.viewbox.viewRange()
    assert all(map(math.isfinite, (x0, x1, y0, y1, x1 - x0, y1 - y0)))


def test_markup_in_a_pins_label_is_shown_as_text_at_the_legends_size(qtbot, window, hostile):
    folder, _cases = hostile
    assert window.files.open_path(str(folder / "pins-markup.lossx"))
    window.flush()
    kept = [plain_label(text)[0] for text in MARKUP_LABELS]
    assert [p.label for p in window.lesson.pins] == kept
    shown = legend_texts(window)
    assert shown[0] == "current fit" and shown[-len(kept):] == kept
    for _sample, label in window.canvas.legend.items:
        document = label.item.document()
        assert not any(fmt.isImageFormat() for fmt in _formats(document)), "an <img> became an image"
        height = label.item.boundingRect().height()
        assert height < 60, f"a legend row {height:.0f} px high: the label's own font size was used"
    assert all(len(text) <= limits.MAX_LABEL for text in kept)
    assert "\n" not in "".join(kept) and "\x00" not in "".join(kept)
    assert window.pin_list.labels() == kept


def _formats(document):
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            yield it.fragment().charFormat()
            it += 1
        block = block.next()


def test_refusals_and_questions_quote_file_names_as_plain_text(qtbot, window, tmp_path, monkeypatch):
    name = tmp_path / "<img src=x>[*]&.lossx"
    name.write_text("not json")
    boxes = []
    monkeypatch.setattr(QMessageBox, "open", lambda self: boxes.append(self))
    assert not window.files.open_path(str(name))
    assert boxes and boxes[-1].textFormat() == Qt.TextFormat.PlainText
    assert "<img src=x>" in boxes[-1].text()
    good = tmp_path / "<b>lesson<i>[*].lossx"
    assert window.files.save_to(str(good))
    window.lesson.add_point(0.5, 0.5)
    assert window.windowHandle().title() == "<b>lesson<i>[*].lossx* — lossexplorer"  # the name, then Qt's mark
    window.lesson.undo_stack.undo()
    assert window.windowHandle().title() == "<b>lesson<i>[*].lossx — lossexplorer"


def test_the_largest_values_the_reader_takes_work_in_every_view_and_just_past_them_are_refused(qtbot, window,
                                                                                               tmp_path):
    n = 5
    big = largest(n)
    x = np.linspace(-1, 1, n) * 0.999 * big
    path = tmp_path / "largest.csv"
    path.write_text("x,y\n" + "".join(f"{a!r},{b!r}\n" for a, b in zip(x.tolist(), (-x).tolist())))
    for loss in ("mse", "mae", "huber", "quantile", "logcosh"):
        with qtbot.captureExceptions() as exceptions:
            assert window.files.open_path(str(path))
            window.lesson.change_settings(window.lesson.settings.with_(loss=loss))
            visit_every_view(qtbot, window)
            window.runner.step()
            qtbot.waitUntil(lambda: not window.runner.running, timeout=10_000)
            window.flush()
        assert not exceptions, (loss, exceptions)
    # a model whose powers overflow on these points: the core refuses it and every view still draws
    with qtbot.captureExceptions() as exceptions:
        window.lesson.change_settings(window.lesson.settings.with_(model="poly:3"))
        visit_every_view(qtbot, window)
    assert not exceptions, exceptions
    assert window.lesson.objective is None and "rescale x" in window.lesson.problem.why_not
    window.lesson.change_settings(window.lesson.settings.with_(model="line"))
    before = window.lesson.points
    past = tmp_path / "past.csv"
    past.write_text("x,y\n" + "".join(f"{a!r},{b!r}\n" for a, b in zip(x.tolist(), (-x * 1.002).tolist())))
    errors = []
    window.show_error = errors.append
    assert not window.files.open_path(str(past))
    assert window.lesson.points is before and len(errors) == 1 and "too large" in errors[0]


def test_a_click_or_drag_past_the_limits_is_refused_and_said(qtbot, window):
    points = window.lesson.points
    window.lesson.add_point(0.0, 1e200)
    assert window.lesson.points is points
    assert "too large" in window.statusBar().currentMessage()
    x0, y0 = float(points.x[0]), float(points.y[0])
    window.lesson.drag_point(0, 1.0, 2.0)
    window.lesson.drag_point(0, 1e300, 2.0)  # the point stops where it last could be
    window.lesson.finish_drag(0, (x0, y0), (1e300, 2.0))
    assert window.lesson.points.row(0)[:2] == (1.0, 2.0)
    window.lesson.undo_stack.undo()
    assert window.lesson.points.row(0)[:2] == (x0, y0)


# --- the panel shows what the run uses ----------------------------------------------------------------


def test_the_panels_boxes_have_the_ranges_the_session_reader_checks(qtbot, window):
    p = window.panel
    boxes = {"delta": p.delta, "quantile": p.quantile, "alpha": p.alpha, "gamma": p.gamma, "cap": p.cap,
             "cap_weight": p.cap_weight, "l1": p.l1, "l2": p.l2, "lr": p.lr, "momentum": p.momentum,
             "beta1": p.beta1, "beta2": p.beta2, "epochs": p.epochs, "batch_size": p.batch}
    for name, box in boxes.items():
        assert (box.minimum(), box.maximum()) == PARAMETERS[name].span, name
    assert tuple(value for value, _label in panel.SPEEDS) == limits.SPEEDS
    assert [p.speed.itemData(i) for i in range(p.speed.count())] == list(limits.SPEEDS)


@pytest.mark.parametrize("text", ["nan", "NaN", "inf", "-inf", "1e400", "50", "-1"])
def test_typing_a_number_the_box_cannot_take_keeps_its_value(qtbot, window, text):
    box = window.panel.lr
    window.lesson.change_settings(window.lesson.settings.with_(lr=0.05))
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), text)
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)
    box.clearFocus()
    QApplication.processEvents()
    assert box.value() == 0.05
    assert window.lesson.settings.lr == 0.05
    assert box.text() == "0.05"


def test_typed_numbers_are_taken_and_shown_with_every_digit(qtbot, window):
    box = window.panel.l2
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), "1.23456789e-7")
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)
    assert window.lesson.settings.l2 == 1.23456789e-7
    assert box.text() == "1.23456789e-07"
    box.stepBy(1)  # an arrow: 0.1 more, without a binary tail
    assert window.lesson.settings.l2 == float(f"{1.23456789e-7 + 0.1:.12g}")


def test_a_session_within_the_ranges_shows_exactly_its_values_and_runs_them(qtbot, window, hostile):
    folder, _cases = hostile
    saved = read_session(folder / "settings-exact.lossx").settings
    assert window.files.open_path(str(folder / "settings-exact.lossx"))
    assert window.lesson.settings == saved
    assert window.panel.shown() == saved
    assert window.panel.lr.text() == "1.23456789e-06" and window.panel.quantile.value() == saved.quantile
    window.panel.alpha.setValue(3.0)  # editing another box keeps every other value as it was
    assert window.lesson.settings == saved.with_(alpha=3.0)
