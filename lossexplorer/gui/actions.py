"""The window's commands as QActions, each made once and shared by the menus, the toolbar, the
panel's buttons and the keyboard: run, step, reset, undo, redo, delete, pin, the view's
framing, and an action per overlay. Each keeps itself in step with the lesson and the runner
(enabled, checked, its text in the mode shown)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QSignalBlocker, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QMainWindow,
    QMenu,
    QMenuBar,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lossexplorer.core import DATASETS, Dataset

from . import theme
from .dataset import window_takes
from .i18n import core_tr, dataset_description, dataset_summary, translate
from .modes import CLASS_OVERLAY_TITLES, OVERLAY_TITLES, OVERLAYS
from .random_dialog import ask_for_random_points

if TYPE_CHECKING:
    from .canvas import Canvas
    from .files import FileController
    from .help import Help
    from .lesson import Lesson
    from .loss_keys import LossKeys
    from .projector import Projector
    from .runner import Runner

RUN_TIP = str(QT_TRANSLATE_NOOP("actions", "Run the optimizer (Space)"))
STEP_TIP = str(QT_TRANSLATE_NOOP("actions", "Run one epoch (→)"))


def make_action(window: QWidget, text: str, slot: Callable[..., object], shortcut: Any = None, tip: str = "",
                checkable: bool = False) -> QAction:
    """A window-wide action: its shortcut works wherever the focus is in the window (menus may
    share it), its tooltip and status tip say what it does."""
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.setToolTip(tip or text)
    action.setStatusTip(tip or text)
    action.setCheckable(checkable)
    (action.toggled if checkable else action.triggered).connect(slot)
    window.addAction(action)
    return action


def action_checkbox(action: QAction) -> QCheckBox:
    """A check box that shows and sets a checkable action (menu, shortcut and box stay in step)."""
    box = QCheckBox(action.text())
    box.setToolTip(action.toolTip())
    box.setChecked(action.isChecked())
    box.toggled.connect(action.setChecked)

    def follow(on: bool) -> None:
        with QSignalBlocker(box):
            box.setChecked(on)

    action.toggled.connect(follow)
    return box


class Actions(QObject):
    def __init__(self, window: QMainWindow, lesson: Lesson, runner: Runner, canvas: Canvas,
                 focus_view: Callable[[], None]) -> None:
        super().__init__(window)
        self.window, self.lesson, self.runner = window, lesson, runner
        self.run = self._action(translate("actions", "Run"), runner.toggle, Qt.Key.Key_Space,
                                translate("actions", "Run the optimizer (Space pauses)"))
        self.step = self._action(translate("actions", "Step"), runner.step, Qt.Key.Key_Right,
                                 translate("actions", STEP_TIP))
        self.reset = self._action(translate("actions", "Reset"), runner.reset, Qt.Key.Key_R,
                                  translate("actions", "Back to the start: β = 0, epoch 0 (R)"))
        self.undo = lesson.undo_stack.createUndoAction(self, translate("actions", "Undo"))
        self.undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo = lesson.undo_stack.createRedoAction(self, translate("actions", "Redo"))
        self.redo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Shift+Z")])
        window.addActions([self.undo, self.redo])  # they work with the menu bar hidden too
        self.delete = self._action(translate("actions", "Delete point"), lesson.delete_selected,
                                   QKeySequence.StandardKey.Delete,
                                   translate("actions", "Remove the selected point (Delete)"))
        self.pin = self._action(translate("actions", "Pin this fit"), lesson.pin, Qt.Key.Key_P,
                                translate("actions", "Keep the current fit as a labelled line to compare with "
                                                     "others (P)"))
        self.clear = self._action(translate("actions", "Clear all points"), lesson.clear_points, None,
                                  translate("actions", "Remove every point (undoable)"))
        self.quit = self._action(translate("actions", "Quit"), window.close, QKeySequence.StandardKey.Quit)
        # fields keep the keys typed in them (Space, →, R, 1–9); Escape gives them back to the view
        self.leave_field = self._action(translate("actions", "Back to the view"), focus_view, Qt.Key.Key_Escape,
                                        translate("actions", "Leave a field: Space, →, R and 1–9 work again (Esc)"))
        self.fit_view = self._action(translate("actions", "Fit view to data"), canvas.fit_view_to_data, "Ctrl+0",
                                     translate("actions", "Frame all the points and their squares (Ctrl+0)"))
        self.keyboard_cursor = self._action(
            translate("actions", "Keyboard cursor"), canvas.keyboard.toggle, Qt.Key.Key_K,
            translate("actions", "A crosshair on the canvas: arrows move it, Enter adds a point, Tab walks the "
                                 "points, Esc ends (K)"))
        self.aspect = self._action(translate("actions", "Lock aspect (squares look square)"),
                                   canvas.set_aspect_locked, None,
                                   translate("actions", "One unit of x as long as one unit of y: the squares look "
                                                        "square, and points far wider than tall (or taller than "
                                                        "wide) leave part of the canvas empty"),
                                   checkable=True)
        self.grid = self._action(translate("actions", "Grid"),
                                 lambda on: canvas.plot.showGrid(x=on, y=on, alpha=theme.GRID_ALPHA),
                                 "Ctrl+G", translate("actions", "Show the grid"), checkable=True)
        for action in (self.aspect, self.grid):
            action.setChecked(True)
        self.overlays: dict[str, QAction] = {}
        for name in OVERLAYS:
            title, tip = (translate("modes", text) for text in OVERLAY_TITLES[name])
            self.overlays[name] = self._action(title, lambda on, n=name: lesson.set_overlay(n, on), None, tip,
                                               checkable=True)
        self.exact = self.overlays["exact"]
        self.exact.setShortcut(QKeySequence(Qt.Key.Key_E))  # reveal the answer when the class has guessed
        self.overlay_boxes = {name: action_checkbox(self.overlays[name]) for name in OVERLAYS if name != "exact"}
        self.random = self._action(translate("actions", "random…"), lambda: ask_for_random_points(window, lesson),
                                   None,
                                   translate("actions", "n points on a line you choose, with the noise you choose"))
        self.full_precision = self._action(translate("actions", "Full precision"), lambda _on: None, None,
                                           translate("actions", "Every significant figure in the readouts, not the "
                                                                "classroom's four"),
                                           checkable=True)
        lesson.overlaysChanged.connect(self._show_overlays)
        lesson.modeChanged.connect(self._show_mode)
        lesson.problemChanged.connect(self._enable_run)
        runner.runningChanged.connect(self._show_running)
        self._show_overlays()
        self._show_mode(lesson.classification)
        self._enable_run()

    def _action(self, text: str, slot, shortcut=None, tip: str = "", checkable: bool = False) -> QAction:
        return make_action(self.window, text, slot, shortcut, tip, checkable)

    # --- in step with the lesson ------------------------------------------------------------

    @Slot()
    def _show_overlays(self) -> None:
        for name, on in self.lesson.overlays.items():
            action = self.overlays[name]
            if action.isChecked() != on:
                with QSignalBlocker(action):  # the lesson has it already
                    action.setChecked(on)
                if name in self.overlay_boxes:
                    with QSignalBlocker(self.overlay_boxes[name]):
                        self.overlay_boxes[name].setChecked(on)

    @Slot(bool)
    def _show_mode(self, classification: bool) -> None:
        """Each overlay's name in the mode shown; those that do not apply are hidden."""
        titles = {**OVERLAY_TITLES, **(CLASS_OVERLAY_TITLES if classification else {})}
        for name, action in self.overlays.items():
            text, tip = (translate("modes", t) for t in titles[name])
            action.setText(text)
            action.setToolTip(tip)
            box = self.overlay_boxes.get(name)
            if box is not None:
                box.setText(text)
                box.setToolTip(tip)
                box.setVisible(not classification or name in CLASS_OVERLAY_TITLES)

    @Slot()
    def _enable_run(self, _reason: str = "") -> None:
        """Run and Step need an objective: without one they are off, and their tooltips say why."""
        problem = self.lesson.problem
        on = problem.objective is not None
        for action, tip in ((self.run, translate("actions", RUN_TIP)), (self.step, translate("actions", STEP_TIP))):
            action.setEnabled(on)
            action.setToolTip(tip if on else problem.why_not)
            action.setStatusTip(tip if on else problem.why_not)
        if on:
            self._show_running(self.runner.running)

    @Slot(bool)
    def _show_running(self, on: bool) -> None:
        self.run.setText(translate("actions", "Pause") if on else translate("actions", "Run"))
        self.run.setToolTip(translate("actions", "Pause the run (Space)") if on else translate("actions", RUN_TIP))

    # --- where they are shown ---------------------------------------------------------------

    def run_buttons(self) -> QWidget:
        """Run, Step and Reset in a row, and the exact answer's toggle (the panel's Run group)."""
        widget = QWidget()
        column = QVBoxLayout(widget)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        for action in (self.run, self.step, self.reset):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setMinimumWidth(70)
            row.addWidget(button)
        column.addLayout(row)
        exact = QToolButton()
        exact.setDefaultAction(self.exact)
        column.addWidget(exact)
        return widget

    def fill_menus(self, bar: QMenuBar, files: FileController, projector: Projector, loss_keys: LossKeys,
                   help_: Help, animation: QAction | None = None) -> None:
        file_menu = bar.addMenu(translate("actions", "&File"))
        file_menu.addActions([files.new_action, files.open_action])
        file_menu.addMenu(files.recent_menu)
        file_menu.addActions([files.save_action, files.save_as_action])
        file_menu.addSeparator()
        file_menu.addActions([files.export_view_action, files.export_points_action, files.export_log_action])
        if animation is not None:
            file_menu.addAction(animation)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        bar.addMenu(translate("actions", "&Edit")).addActions([self.undo, self.redo, self.delete, self.clear])
        bar.addMenu(translate("actions", "&Run")).addActions([self.run, self.step, self.reset, self.pin])
        view = bar.addMenu(translate("actions", "&View"))
        view.addActions([self.fit_view, self.keyboard_cursor, self.aspect, self.grid, self.full_precision])
        view.addSeparator()
        view.addActions(list(self.overlays.values()))
        view.addSeparator()
        view.addActions([projector.projector_action, projector.fullscreen_action])
        bar.addMenu(translate("actions", "&Loss")).addActions(loss_keys.actions)
        self.fill_presets(bar.addMenu(translate("actions", "&Presets")))
        help_menu = bar.addMenu(translate("actions", "&Help"))
        help_menu.addActions([help_.guide_action, help_.shortcuts_action, help_.about_action])

    def fill_presets(self, menu: QMenu) -> None:
        """Real data and made-up sets in a submenu each, regression then classes; random points."""
        menu.setToolTipsVisible(True)
        self.preset_menus: list[QMenu] = []  # kept: a.menu() of a menu made by addMenu(str) may be a dead wrapper
        for group, title in (("real", translate("actions", "&Real data")),
                             ("made up", translate("actions", "&Made up"))):
            sub = QMenu(title, menu)
            menu.addMenu(sub)
            self.preset_menus.append(sub)
            sub.setToolTipsVisible(True)
            for task, heading in (("regression", translate("actions", "Regression")),
                                  ("classification", translate("actions", "Classes"))):
                sub.addSection(heading)
                for d in DATASETS.values():
                    if d.group == group and d.task == task:
                        sub.addAction(self._preset_action(d))
        menu.addSeparator()
        menu.addAction(self.random)

    def _preset_action(self, d: Dataset) -> QAction:
        """A preset's entry: a real set by its title and source, a made-up one by its name; its
        tooltip and status tip the set's context, n and source."""
        if d.group == "real":
            text = translate("actions", "{title} ({source})").format(title=core_tr(d.title), source=d.cite)
        elif d.classification:
            text = translate("actions", "{name} (classification)").format(name=d.name)
        else:
            text = d.name
        action = QAction(text.replace("&", "&&"), self.window)
        why_not = window_takes(d.name)
        about = (dataset_description(d) if d.group == "real" else
                 translate("actions", "{summary}. {context}").format(summary=dataset_summary(d),
                                                                     context=core_tr(d.context)))
        tip = why_not or about
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.setEnabled(not why_not)
        action.setData(d.name)
        action.triggered.connect(lambda _=False, name=d.name: self.lesson.load_preset(name))
        return action

    def fill_toolbar(self, toolbar: QToolBar, projector: Projector) -> None:
        """Run, step, reset; undo, redo; framing and pins; projector mode. Undo and redo keep their
        one word there (what they undo is in the tooltip): "Undo preset anscombe-1" in projector
        mode's font would push the projector button behind the toolbar's » on a small screen."""
        stack = self.lesson.undo_stack
        undo = self._short(self.undo, translate("actions", "Undo"), stack.undo, stack.canUndoChanged,
                           stack.undoTextChanged)
        redo = self._short(self.redo, translate("actions", "Redo"), stack.redo, stack.canRedoChanged,
                           stack.redoTextChanged)
        for group in ((self.run, self.step, self.reset), (undo, redo), (self.fit_view, self.pin),
                      (projector.projector_action,)):
            if toolbar.actions():
                toolbar.addSeparator()
            toolbar.addActions(list(group))

    def _short(self, full: QAction, word: str, slot: Callable[[], None], can: Any, text: Any) -> QAction:
        """A toolbar twin of `full` that reads one word; no shortcut of its own (the menu's has it)."""
        action = QAction(word, self)
        action.triggered.connect(lambda _=False: slot())
        keys = full.shortcut().toString(QKeySequence.SequenceFormat.NativeText)

        def show(what: str = "") -> None:
            action.setToolTip(translate("actions", "{action} {what} ({keys})").format(action=word, what=what, keys=keys)
                              if what else translate("actions", "{action} ({keys})").format(action=word, keys=keys))

        can.connect(action.setEnabled)
        text.connect(show)
        action.setEnabled(full.isEnabled())
        show()
        return action
