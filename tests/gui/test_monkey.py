"""A seeded monkey: thousands of random actions on the main window, checking after each one
that nothing raised, that the canvas draws the points the model holds, that the shown
coefficients are finite and that the Run button tells the truth; at the end no thread runs.

    LOSSEXPLORER_MONKEY_ACTIONS=20000 LOSSEXPLORER_MONKEY_SEED=7 \
        QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest tests/gui/test_monkey.py -s

LOSSEXPLORER_MONKEY_ACTIONS (default 2000) is the number of actions in all, shared by the
fixed seeds; LOSSEXPLORER_MONKEY_SEED runs that one seed with all of them. A failure names
the seed, the action number and the last actions, so it reproduces with that seed.
LOSSEXPLORER_MONKEY_STALL=3 writes every thread's stack to stderr when an action (or the
close) takes longer than 3 s, to show where the time goes.
"""

from __future__ import annotations

import faulthandler
import math
import os
import random
import time
import traceback
from collections import deque
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication
from qt_helpers import drag, pixel_of

from lossexplorer.core import CLASSIFICATION_PRESET_NAMES, PRESET_NAMES

#: actions in all, shared evenly by the seeds of the run (one seed, if chosen, gets them all)
ACTIONS = int(os.environ.get("LOSSEXPLORER_MONKEY_ACTIONS", "2000"))
#: seconds an action (or the close) may take before every thread's stack is written to stderr
STALL = float(os.environ.get("LOSSEXPLORER_MONKEY_STALL", "0"))
SEEDS = [int(os.environ["LOSSEXPLORER_MONKEY_SEED"])] if "LOSSEXPLORER_MONKEY_SEED" in os.environ else [1, 2]
PER_SEED = -(-ACTIONS // len(SEEDS))
LOG_TAIL = 30
VIEWS = ("fit", "landscape", "loss-shape", "noise")


def drawn_points_match(window) -> str | None:
    """None when the canvas's markers are the model's points (or an even thinning of them)."""
    from lossexplorer.gui import canvas

    MAX_MARKERS = getattr(canvas, "MAX_MARKERS", 10**9)
    dx, dy = window.canvas.markers.getData()
    x, y = window.lesson.points.x, window.lesson.points.y
    if len(x) <= MAX_MARKERS:
        if not (np.array_equal(dx, x) and np.array_equal(dy, y)):
            return f"the canvas draws {len(dx)} markers, the model holds {len(x)} points (or they differ)"
        return None
    if not 0 < len(dx) <= MAX_MARKERS:
        return f"{len(dx)} markers drawn for {len(x)} points"
    return None


def panel_mismatch(window) -> str | None:
    """None when the side panel shows the settings the window uses."""
    p, s = window.panel, window.lesson.settings
    shown = {"loss": p.loss.currentData(), "model": p.model_box.currentData(), "optimizer": p.optimizer.currentData(),
             "reduction": p.reduction.currentData(), "cap_on": p.cap_on.isChecked(), "epochs": p.epochs.value(),
             "batch_size": p.batch.value(), "speed": float(p.speed.currentData())}
    wrong = [f"{name} shown {value!r}, used {getattr(s, name)!r}" for name, value in shown.items()
             if value != getattr(s, name)]
    for name, box in (("lr", p.lr), ("delta", p.delta), ("quantile", p.quantile), ("alpha", p.alpha),
                      ("gamma", p.gamma),
                      ("cap", p.cap), ("cap_weight", p.cap_weight), ("l1", p.l1), ("l2", p.l2),
                      ("momentum", p.momentum), ("beta1", p.beta1), ("beta2", p.beta2)):
        if not math.isclose(box.value(), getattr(s, name), rel_tol=1e-9, abs_tol=1e-10):
            wrong.append(f"{name} shown {box.value()!r}, used {getattr(s, name)!r}")
    return "the panel does not show the settings in use: " + "; ".join(wrong) if wrong else None


def mode_mismatch(window) -> str | None:
    """None when the data, the settings, the panel and the drawn symbols agree on the mode."""
    points, s = window.lesson.points, window.lesson.settings
    if not (points.classification == s.classification == bool(window.panel.mode.currentData())):
        return (f"mode: the points say classification={points.classification}, the settings {s.classification},"
                f" the panel {window.panel.mode.currentData()}")
    if len(points.labels) != len(points.x) or not np.all((points.labels == 0) | (points.labels == 1)):
        return f"{len(points.labels)} labels for {len(points.x)} points, or a label other than 0 and 1"
    if points.classification and len(points.x) <= 20_000:
        symbols = window.canvas.markers.data["symbol"]
        want = np.where(points.labels == 1, "t1", "o")
        if len(symbols) != len(want) or not np.array_equal(symbols.astype(str), want):
            return "the canvas draws a class with the other class's symbol"
    return None


class Monkey:
    def __init__(self, qtbot, window, seed: int, tmp_path) -> None:
        self.qtbot, self.w, self.seed = qtbot, window, seed
        self.rng = random.Random(seed)
        self.log: deque[str] = deque(maxlen=LOG_TAIL)
        self.session = str(tmp_path / "monkey.lossx")
        self.counts: dict[str, int] = {}
        self.slowest: list[tuple[float, str]] = []
        self.actions = [
            (12, self.click_add),
            (8, self.drag_point),
            (4, self.right_click_point),
            (4, self.select_and_delete),
            (6, self.undo),
            (4, self.redo),
            (5, self.change_loss),
            (3, self.change_model),
            (3, self.change_optimizer),
            (5, self.change_lr),
            (4, self.change_epochs),
            (2, self.change_speed),
            (3, self.change_loss_parameter),
            (8, self.run),
            (3, self.pause),
            (5, self.step),
            (3, self.reset),
            (2, self.wait_for_run),
            (3, self.load_preset),
            (4, self.show_view),
            (2, self.pin),
            (2, self.remove_pin),
            (2, self.toggle_exact),
            (2, self.toggle_overlay),
            (1, self.toggle_projector),
            (1, self.save_and_reopen),
            (2, self.race),
            (1, self.clear_points),
            (2, self.key),
            (1, self.fit_view),
            (2, self.wheel),
            (1, self.click_landscape),
            (2, self.switch_mode),
            (4, self.shift_click_add),
            (1, self.toggle_class),
        ]
        self.weights = [w for w, _ in self.actions]

    # --- helpers -------------------------------------------------------------------------

    def note(self, text: str) -> None:
        self.log.append(text)

    def viewport(self):
        return self.w.canvas.plot_widget.viewport()

    def plot_rect(self):
        """The viewbox's area in viewport pixels."""
        canvas = self.w.canvas
        return canvas.plot_widget.mapFromScene(canvas.viewbox.sceneBoundingRect()).boundingRect()

    def random_pixel(self, outside: bool = False) -> QPoint:
        r = self.plot_rect()
        if outside:  # anywhere, including over the axes and beyond the widget
            return QPoint(self.rng.randint(r.left() - 400, r.right() + 400), self.rng.randint(r.top() - 300,
                                                                                             r.bottom() + 300))
        return QPoint(self.rng.randint(r.left() + 2, r.right() - 2), self.rng.randint(r.top() + 2, r.bottom() - 2))

    def visible_point(self) -> int | None:
        """A random point whose marker is inside the plot area, or None."""
        x, y = self.w.lesson.points.x, self.w.lesson.points.y
        if len(x) == 0:
            return None
        r = self.plot_rect().adjusted(4, 4, -4, -4)
        order = list(range(len(x)))
        self.rng.shuffle(order)
        for i in order[:20]:
            if math.isfinite(x[i]) and math.isfinite(y[i]) and r.contains(pixel_of(self.w, x[i], y[i])):
                return i
        return None

    def combo(self, box) -> None:
        box.setCurrentIndex(self.rng.randrange(box.count()))

    # --- actions -------------------------------------------------------------------------

    def click_add(self) -> None:
        p = self.random_pixel()
        self.note(f"left click at pixel ({p.x()}, {p.y()})")
        self.qtbot.mouseClick(self.viewport(), Qt.MouseButton.LeftButton, pos=p)

    def shift_click_add(self) -> None:
        p = self.random_pixel()
        self.note(f"Shift+click at pixel ({p.x()}, {p.y()})")
        self.qtbot.mouseClick(self.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, pos=p)

    def switch_mode(self) -> None:
        box = self.w.panel.mode
        box.setCurrentIndex(1 - box.currentIndex())  # as a person picks it in the Task box
        self.note(f"mode {'classification' if box.currentData() else 'regression'}")

    def toggle_class(self) -> None:
        label = self.rng.randrange(2)
        self.note(f"new points of class {label}")
        self.w.panel.set_class(label)

    def drag_point(self) -> None:
        i = self.visible_point()
        outside = self.rng.random() < 0.3
        end = self.random_pixel(outside=outside)
        if i is None:
            start = self.random_pixel()
            self.note(f"drag empty space from ({start.x()}, {start.y()}) to ({end.x()}, {end.y()})")
        else:
            start = pixel_of(self.w, self.w.lesson.points.x[i], self.w.lesson.points.y[i])
            self.note(f"drag point {i} to pixel ({end.x()}, {end.y()}){' off the plot' if outside else ''}")
        drag(self.w, start, end, steps=self.rng.randint(1, 6))

    def right_click_point(self) -> None:
        i = self.visible_point()
        p = self.random_pixel() if i is None else pixel_of(self.w, self.w.lesson.points.x[i], self.w.lesson.points.y[i])
        self.note(f"right click on point {i} at ({p.x()}, {p.y()})")
        self.qtbot.mouseClick(self.viewport(), Qt.MouseButton.RightButton, pos=p)

    def select_and_delete(self) -> None:
        i = self.visible_point()
        if i is not None and self.rng.random() < 0.8:
            p = pixel_of(self.w, self.w.lesson.points.x[i], self.w.lesson.points.y[i])
            self.note(f"click point {i}, then Delete")
            self.qtbot.mouseClick(self.viewport(), Qt.MouseButton.LeftButton, pos=p)
        else:
            self.note("Delete")
        self.qtbot.keyClick(self.w, Qt.Key.Key_Delete)

    def undo(self) -> None:
        self.note("undo")
        self.w.commands.undo.trigger()

    def redo(self) -> None:
        self.note("redo")
        self.w.commands.redo.trigger()

    def change_loss(self) -> None:
        self.combo(self.w.panel.loss)
        self.note(f"loss {self.w.panel.loss.currentData()}")

    def change_model(self) -> None:
        self.combo(self.w.panel.model_box)
        self.note(f"model {self.w.panel.model_box.currentData()}")

    def change_optimizer(self) -> None:
        self.combo(self.w.panel.optimizer)
        self.note(f"optimizer {self.w.panel.optimizer.currentData()}")

    def change_lr(self) -> None:
        panel = self.w.panel
        if self.rng.random() < 0.5:
            value = self.rng.choice([1e-6, 10.0, 10 ** self.rng.uniform(-6, 1)])
            self.note(f"lr box {value:g}")
            panel.lr.setValue(value)
        else:
            position = self.rng.randint(0, panel.lr_slider.maximum())
            self.note(f"lr slider at {position}")
            panel.lr_slider.setValue(position)

    def change_epochs(self) -> None:
        value = self.rng.choice([1, 1_000_000, int(10 ** self.rng.uniform(0, 6))])
        self.note(f"epochs {value}")
        self.w.panel.epochs.setValue(value)

    def change_speed(self) -> None:
        self.combo(self.w.panel.speed)
        self.note(f"speed {self.w.panel.speed.currentText()}")

    def change_loss_parameter(self) -> None:
        panel = self.w.panel
        name, box, values = self.rng.choice([
            ("delta", panel.delta, [1e-6, 0.05, 1.0, 30.0, 1e6]),
            ("quantile", panel.quantile, [0.01, 0.1, 0.5, 0.9, 0.99]),
            ("alpha", panel.alpha, [1e-3, 0.5, 2.0, 1e3]),
            ("gamma", panel.gamma, [0.0, 0.5, 2.0, 20.0]),
            ("l2", panel.l2, [0.0, 0.01, 1.0, 1e6]),
            ("l1", panel.l1, [0.0, 0.01, 1.0, 1e6]),
            ("cap", panel.cap, [-1e9, 0.0, 5.0, 1e9]),
            ("cap weight", panel.cap_weight, [0.0, 1.0, 1e6]),
            ("batch", panel.batch, [1, 3, 1_000_000]),
            ("momentum", panel.momentum, [0.0, 0.9, 0.999]),
            ("beta1", panel.beta1, [0.0, 0.9]),
            ("beta2", panel.beta2, [0.0, 0.999, 0.99999]),
            ("cap on", panel.cap_on, [True, False]),
            ("reduction", panel.reduction, [0, 1, 2]),
        ])
        value = self.rng.choice(values)
        self.note(f"{name} {value}")
        if name == "cap on":
            box.setChecked(value)
        elif name == "reduction":
            box.setCurrentIndex(value)
        else:
            box.setValue(value)

    def run(self) -> None:
        how = self.rng.choice(["action", "space", "call"])
        self.note(f"run/pause ({how}) while {'running' if self.w.runner.running else 'idle'}")
        if how == "action":
            self.w.commands.run.trigger()
        elif how == "space":
            self.qtbot.keyClick(self.w, Qt.Key.Key_Space)
        else:
            self.w.runner.run()

    def pause(self) -> None:
        self.note("pause")
        self.w.runner.pause()

    def step(self) -> None:
        self.note("step")
        self.w.commands.step.trigger()

    def reset(self) -> None:
        self.note("reset")
        self.w.commands.reset.trigger()

    def wait_for_run(self) -> None:
        """Let a run that ends soon end (waiting on its signal); pause one that would not."""
        w = self.w
        if not w.runner.running:
            self.note("wait (idle)")
            return
        left = w.lesson.settings.epochs - w.lesson.descent.epoch
        soon = (w.lesson.settings.speed == 0 and left < 20_000) or 0 < left / max(w.lesson.settings.speed, 1e-9) < 1.5
        self.note(f"wait for the run ({left} epochs left)" if soon else "pause a long run")
        if soon:
            with self.qtbot.waitSignal(w.runner.finished, timeout=10_000, raising=False):
                pass
        w.runner.pause()  # a no-op once the run has ended

    def load_preset(self) -> None:
        name = self.rng.choice([*PRESET_NAMES, *CLASSIFICATION_PRESET_NAMES])
        self.note(f"preset {name}")
        self.w.lesson.load_preset(name)

    def show_view(self) -> None:
        name = self.rng.choice(VIEWS)
        self.note(f"view {name}")
        self.w.show_view(name)

    def pin(self) -> None:
        self.note("pin")
        self.w.commands.pin.trigger()

    def remove_pin(self) -> None:
        items = self.w.pin_list.items
        if items.count() and self.rng.random() < 0.5:
            items.setCurrentRow(self.rng.randrange(items.count()))
        self.note(f"remove pin {items.currentRow()}")
        self.w.pin_list.remove_button.click()

    def toggle_exact(self) -> None:
        self.note("toggle exact answer")
        self.w.commands.exact.toggle()

    def toggle_overlay(self) -> None:
        name = self.rng.choice(list(self.w.commands.overlays))
        self.note(f"toggle overlay {name}")
        self.w.commands.overlays[name].toggle()

    def toggle_projector(self) -> None:
        self.note("toggle projector mode")
        self.w.projector.projector_action.toggle()

    def save_and_reopen(self) -> None:
        self.note("save and reopen the session")
        before = self.w.lesson.points
        assert self.w.files.save_to(self.session), self.w.statusBar().currentMessage()
        assert self.w.files.open_path(self.session, show_errors=False), self.w.statusBar().currentMessage()
        after = self.w.lesson.points
        assert before.classification == after.classification, "the reopened session changed mode"
        assert before.same_as(after), "reopened points or labels differ"

    def race(self) -> None:
        self.note("race")
        self.w.runner.race()

    def clear_points(self) -> None:
        self.note("clear points")
        self.w.commands.clear.trigger()

    def key(self) -> None:
        key = self.rng.choice([Qt.Key.Key_Right, Qt.Key.Key_R, Qt.Key.Key_P, Qt.Key.Key_1, Qt.Key.Key_5,
                               Qt.Key.Key_9])
        self.note(f"key {key.name}")
        self.qtbot.keyClick(self.w, key)

    def wheel(self) -> None:
        """Zoom the canvas in or out, far at times (the fit is drawn over whatever range is shown)."""
        p = self.random_pixel()
        steps = self.rng.choice([-1, 1]) * self.rng.choice([1, 3, 10, 40])
        self.note(f"wheel {steps:+d} notches at ({p.x()}, {p.y()})")
        viewport = self.viewport()
        event = QWheelEvent(QPointF(p), QPointF(viewport.mapToGlobal(p)), QPoint(0, 0), QPoint(0, 120 * steps),
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                            False)
        QApplication.sendEvent(viewport, event)

    def click_landscape(self) -> None:
        """A click on the landscape map: the descent starts there and runs."""
        self.w.show_view("landscape")
        widget = self.w.landscape.plot_widget
        rect = widget.mapFromScene(self.w.landscape.plot.getViewBox().sceneBoundingRect()).boundingRect()
        p = QPoint(self.rng.randint(rect.left() + 2, rect.right() - 2), self.rng.randint(rect.top() + 2,
                                                                                         rect.bottom() - 2))
        self.note(f"click the landscape at ({p.x()}, {p.y()})")
        self.qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=p)

    def fit_view(self) -> None:
        self.note("fit view to data")
        self.w.commands.fit_view.trigger()

    # --- checks --------------------------------------------------------------------------

    def check(self) -> str | None:
        w = self.w
        QApplication.processEvents()
        w.flush()
        problem = drawn_points_match(w) or panel_mismatch(w)
        if problem:
            return problem
        if not np.all(np.isfinite(w.lesson.descent.coefficients)):
            return f"the coefficients are not finite: {w.lesson.descent.coefficients}"
        if len(w.lesson.descent.coefficients) != w.lesson.model.n_coefficients:
            return f"{len(w.lesson.descent.coefficients)} coefficients for the model {w.lesson.model.name}"
        problem = mode_mismatch(w)
        if problem:
            return problem
        if w.lesson.objective is not None and w.lesson.settings.classification:
            readings = w.readouts.class_readings
            if readings is None or not np.all(np.isfinite(readings.beta)) or not 0 <= readings.accuracy <= 1:
                return "the classification readouts show no finite coefficients or accuracy"
        elif w.lesson.objective is not None:  # None: no points, or data the core refuses (too large for the model)
            readings = w.readouts.readings
            if readings is None or not np.all(np.isfinite(readings.beta)):
                return "the readouts show no finite coefficients"
            shown = w.readouts.labels["coefs"].text()
            if any(bad in shown.lower() for bad in ("nan", "inf", "—")):
                return f"the readouts show {shown!r}"
        if (w.commands.run.text() == "Pause") != w.runner.running:
            return f"the Run button says {w.commands.run.text()!r} while running is {w.runner.running}"
        selected = w.lesson.selected
        if selected is not None and not 0 <= selected < len(w.lesson.points):
            return f"point {selected} is selected but there are {len(w.lesson.points)}"
        return None

    def go(self, n: int) -> None:
        with self.qtbot.captureExceptions() as exceptions:
            for k in range(n):
                _, action = self.rng.choices(self.actions, weights=self.weights)[0]
                self.counts[action.__name__] = self.counts.get(action.__name__, 0) + 1
                t0 = time.perf_counter()
                if STALL:
                    faulthandler.dump_traceback_later(STALL)
                try:
                    action()
                    problem = self.check()
                    if STALL:
                        faulthandler.cancel_dump_traceback_later()
                    took = time.perf_counter() - t0
                    self.slowest = sorted([*self.slowest, (took, f"action {k + 1}: {self.log[-1]}")])[-5:]
                except Exception as exc:  # reported with the seed, the log and where it was raised
                    frames = traceback.extract_tb(exc.__traceback__)[-4:]
                    where = " < ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(frames))
                    problem = f"{type(exc).__name__}: {exc} (at {where})"
                if exceptions and not problem:
                    from pytestqt.exceptions import format_captured_exceptions

                    problem = "exception in a Qt slot or virtual:\n" + format_captured_exceptions(exceptions)
                if problem:
                    pytest.fail(self.report(k, problem), pytrace=False)

    def report(self, k: int, problem: str) -> str:
        tail = "\n".join(f"  {line}" for line in self.log)
        return (f"monkey seed {self.seed}, action {k + 1}: {problem}\n"
                f"reproduce: LOSSEXPLORER_MONKEY_SEED={self.seed} LOSSEXPLORER_MONKEY_ACTIONS={k + 1}\n"
                f"last {len(self.log)} actions:\n{tail}")


@pytest.mark.slow
@pytest.mark.parametrize("seed", SEEDS)
def test_random_actions_never_break_the_window(qtbot, window, seed, tmp_path):
    monkey = Monkey(qtbot, window, seed, tmp_path)
    t0 = time.perf_counter()
    monkey.go(PER_SEED)
    took = time.perf_counter() - t0
    t0 = time.perf_counter()
    if STALL:
        faulthandler.dump_traceback_later(STALL)
    window.close()  # stops and joins every worker; the conftest checks that none is left running
    closed = time.perf_counter() - t0
    faulthandler.cancel_dump_traceback_later()
    assert not window.busy()
    print(f"\nmonkey seed {seed}: {PER_SEED} actions in {took:.1f} s, closed in {closed:.2f} s; "
          + ", ".join(f"{name} {n}" for name, n in sorted(monkey.counts.items()))
          + "\nslowest: " + "; ".join(f"{t:.2f} s {what}" for t, what in reversed(monkey.slowest)))
