"""The main window: the canvas in the middle, the side panel, readouts, loss curve and log.

Data flows one way: the points (edited through undo commands) and the settings make an
objective; Run hands a `core.Descent` built on a copy of the points to the worker thread;
its chunks of records come back to `History`, and the views redraw. Editing points or
settings during a run stops it and leaves the fit where it was.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QToolButton,
    QWidget,
)

from lossexplorer.core import (
    CLASSIFICATION_PRESET_NAMES,
    PRESET_NAMES,
    Descent,
    InputError,
    Model,
    Objective,
    Solution,
    make_model,
    make_objective,
    preset,
    read_points,
)

from . import theme
from .autosave import Autosave
from .canvas import OVERLAYS, Canvas, FitPicture
from .classroom import Classroom
from .document import PointsModel, ReplacePoints
from .files import FileController, dropped_path
from .frames import Frames
from .history import History
from .landscape_view import LandscapeView, Race, run_race
from .losscurve import EpochLog, LossCurve
from .modes import OVERLAY_TITLES, ModeSwitch
from .panel import SidePanel
from .physics_view import PhysicsView
from .readouts import Readouts, read, read_classification
from .session import Session
from .settings import FitSettings
from .shape_views import LossShapeView, NoiseView
from .worker import Chunk, FitRunner, LatestJob, RunEnd

Array = NDArray[np.float64]
MAX_PINS = 6
NO_POINTS = "Add some points first: left-click on the canvas"


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


def nice_below(value: float) -> float:
    """The largest 1, 2 or 5 × 10^k not above `value` (a learning rate a person can read)."""
    exp = math.floor(math.log10(value))
    for mantissa in (5.0, 2.0, 1.0):
        if mantissa * 10.0**exp <= value:
            return float(f"{mantissa * 10.0**exp:.3g}")
    return float(f"{10.0 ** (exp - 1) * 5:.3g}")


@dataclass
class Pin:
    label: str
    colour: str
    model: Model
    beta: Array


class MainWindow(QMainWindow):
    def __init__(self, settings: FitSettings | None = None) -> None:
        super().__init__()
        self.setWindowTitle("lossexplorer")
        self.points = PointsModel()
        self.undo = QUndoStack(self)
        self.settings = settings or FitSettings()
        self.model = make_model(self.settings.model)
        self.start = np.zeros(self.model.n_coefficients)
        self.beta = self.start.copy()
        self.value = float("nan")
        self.objective: Objective | None = None
        self.descent: Descent | None = None
        self.exact: Array | None = None
        self.exact_solution: Solution | None = None  # draws the dashed curve stably
        self.pins: list[Pin] = []
        self.history = History(self.model.n_coefficients)
        # the settings of the mode not shown, and its points, kept for a switch back
        self.modes = ModeSwitch(self)  # the mode not shown: its settings, points and overlays
        self._version = 0
        self._run_id = 0
        self.runner = FitRunner(self)
        self.runner.chunk.connect(self._on_chunk)
        self.runner.finished.connect(self._on_run_end)
        self.solver = LatestJob(self)
        self.solver.result.connect(self._on_solved)
        self.frames = Frames((self._draw_fit, self._draw_panels, self._draw_loss_curve), self)
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._relayout.timeout.connect(self._arrange_for_font)

        self.canvas = Canvas(self.points, self.undo)
        self.landscape = LandscapeView()
        self.loss_shape = LossShapeView()
        self.noise = NoiseView()
        self.physics = PhysicsView()
        self.landscape.startChosen.connect(self.start_from)
        self.landscape.raceRequested.connect(self.race)
        self.race_job = LatestJob(self)
        self.race_job.result.connect(self._on_race)
        self._race_cancel = threading.Event()  # set: the running race is no longer wanted
        self.views = QTabWidget()
        self.views.setDocumentMode(True)
        self.view_names: list[str] = []
        for name, title, widget, tip in (
            ("fit", "Fit", self.canvas, "The points, the fit and its squares"),
            ("landscape", "Landscape", self.landscape, "J over two coefficients, with the path down it"),
            ("loss-shape", "Loss shape", self.loss_shape,
             "ℓ and its slope against the error e, or in classification the margin t·z; the points as ticks"),
            ("noise", "Noise", self.noise, "The residuals and the noise the loss assumes"),
            ("physics", "Physics", self.physics, "A bar on springs that settles where the loss says"),
        ):
            self.views.addTab(widget, title)
            self.views.setTabToolTip(self.views.count() - 1, tip)
            self.view_names.append(name)
        self.views.currentChanged.connect(self._view_changed)
        self.setCentralWidget(self.views)
        self.panel = SidePanel(self.settings)
        self.readouts = Readouts()
        self.loss_curve = LossCurve()
        self.epoch_log = EpochLog(self.history)
        self.files = FileController(self)
        self.classroom = Classroom(self)
        self.epoch_log.exportRequested.connect(self.files.export_epoch_log)
        self._dirty = False  # settings or pins changed since the last save (points: the undo stack)
        self._edits = 0  # counts every change, so the autosave knows when there is something new
        self._make_actions()
        self._make_docks()
        self._make_menus()
        self.status = QLabel()
        self.statusBar().addPermanentWidget(self.status)
        self.panel.settingsChanged.connect(self._on_settings)
        self.panel.modeRequested.connect(self.set_mode)
        self.panel.classChanged.connect(self.modes.pick_class)
        self.points.changed.connect(self._on_points)
        self.undo.cleanChanged.connect(self.files.on_clean_changed)
        self.setAcceptDrops(True)
        classification = self.settings.classification
        if classification:  # start from regression: the blobs then switch the mode, settings and views
            self.modes.other_settings, self.settings = self.settings, FitSettings()
        self.load_preset("blobs" if classification else "noisy-line", undoable=False, adapt_lr=False)
        self.mark_saved()
        self.classroom.restore()
        self.autosave = Autosave(self)

    # --- construction -------------------------------------------------------------------

    def _action(self, text: str, slot, shortcut=None, tip: str = "", checkable: bool = False) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(tip or text)
        action.setStatusTip(tip or text)
        action.setCheckable(checkable)
        (action.toggled if checkable else action.triggered).connect(slot)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        self.run_action = self._action("Run", self.toggle_run, Qt.Key.Key_Space, "Run the optimizer (Space pauses)")
        self.step_action = self._action("Step", self.step, Qt.Key.Key_Right, "Run one epoch (→)")
        self.reset_action = self._action("Reset", self.reset, Qt.Key.Key_R, "Back to the start: β = 0, epoch 0 (R)")
        self.undo_action = self.undo.createUndoAction(self, "Undo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo.createRedoAction(self, "Redo")
        self.redo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Shift+Z")])
        self.addActions([self.undo_action, self.redo_action])  # work even with the menu bar hidden
        self.delete_action = self._action(
            "Delete point", self.delete_selected, QKeySequence.StandardKey.Delete, "Remove the selected point (Delete)"
        )
        self.pin_action = self._action(
            "Pin this fit",
            self.pin_current,
            Qt.Key.Key_P,
            "Keep the current fit as a labelled line to compare with others (P)",
        )
        self.fit_view_action = self._action(
            "Fit view to data", self.canvas.fit_view_to_data, "Ctrl+0", "Frame all the points"
        )
        self.aspect_action = self._action(
            "Lock aspect (squares look square)",
            self._lock_aspect,
            None,
            "One unit of x as long as one unit of y",
            checkable=True,
        )
        self.grid_action = self._action("Grid", self._show_grid, "Ctrl+G", "Show the grid", checkable=True)
        self.clear_action = self._action("Clear all points", self.clear_points, None, "Remove every point (undoable)")
        self.exact_action = self._action(
            "Show exact answer",
            self._toggle_overlay_exact,
            None,
            "Draw the exact minimizer of J for this loss (dashed)",
            checkable=True,
        )
        self.overlay_actions: dict[str, QAction] = {}
        for name in OVERLAYS:
            title, tip = OVERLAY_TITLES[name]
            action = (
                self.exact_action
                if name == "exact"
                else self._action(title, lambda on, n=name: self.canvas.set_overlay(n, on), None, tip, checkable=True)
            )
            action.setChecked(self.canvas.visible[name])
            self.overlay_actions[name] = action
        for action, on in ((self.aspect_action, True), (self.grid_action, True)):
            action.setChecked(on)
        self.run_action.setCheckable(False)

    def _toggle_overlay_exact(self, on: bool) -> None:
        self.canvas.set_overlay("exact", on)

    def _lock_aspect(self, on: bool) -> None:
        self.canvas.viewbox.setAspectLocked(on)

    def _show_grid(self, on: bool) -> None:
        self.canvas.plot.showGrid(x=on, y=on, alpha=theme.GRID_ALPHA)

    def _make_docks(self) -> None:
        run_row = QHBoxLayout()
        for action in (self.run_action, self.step_action, self.reset_action):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setMinimumWidth(70)
            run_row.addWidget(button)
        self.panel.run_layout.addLayout(run_row)
        exact_button = QToolButton()
        exact_button.setDefaultAction(self.exact_action)
        self.panel.run_layout.addWidget(exact_button)
        self.overlay_boxes: dict[str, QCheckBox] = {}
        for name in OVERLAYS:
            if name != "exact":
                self.overlay_boxes[name] = box = action_checkbox(self.overlay_actions[name])
                self.panel.overlay_layout.addWidget(box)
        self.pin_list = QListWidget()
        self.pin_list.setMaximumHeight(130)
        self.pin_list.setToolTip("Pinned fits, drawn in their own colours on the canvas")
        pin_button = QToolButton()
        pin_button.setDefaultAction(self.pin_action)
        remove_pin = QPushButton("Remove pin")
        remove_pin.setToolTip("Remove the selected pin")
        remove_pin.clicked.connect(self.remove_selected_pin)
        row = QHBoxLayout()
        row.addWidget(pin_button)
        row.addWidget(remove_pin)
        self.panel.pin_layout.addLayout(row)
        self.panel.pin_layout.addWidget(self.pin_list)

        self.settings_scroll = scroll = QScrollArea()
        scroll.setWidget(self.panel)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.settings_dock = self._dock("Settings", scroll, Qt.DockWidgetArea.LeftDockWidgetArea)
        readout_scroll = QScrollArea()  # long readouts scroll rather than clip (projector mode, small screens)
        readout_scroll.setWidget(self.readouts)
        readout_scroll.setWidgetResizable(True)
        readout_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.readout_dock = self._dock("Readouts", readout_scroll, Qt.DockWidgetArea.RightDockWidgetArea)
        self.curve_dock = self._dock("Loss curve", self.loss_curve, Qt.DockWidgetArea.RightDockWidgetArea)
        self.log_dock = self._dock("Epoch log", self.epoch_log, Qt.DockWidgetArea.RightDockWidgetArea)
        self._arrange_docks(projector=False)

    def _arrange_docks(self, projector: bool) -> None:
        """Settings left, readouts above the loss curve and log on the right; in projector mode
        all four share one column of tabs, so the canvas gets the width a class needs."""
        settings, readout, curve, log = self.settings_dock, self.readout_dock, self.curve_dock, self.log_dock
        for dock in (settings, readout, curve, log):
            self.removeDockWidget(dock)
        self.settings_scroll.setMinimumWidth(self.panel.sizeHint().width() + 24)
        self.readouts.setMinimumWidth(300)
        titles = ("Curve", "Log") if projector else ("Loss curve", "Epoch log")  # short tabs read whole
        curve.setWindowTitle(titles[0])
        log.setWindowTitle(titles[1])
        if projector:
            for dock in (settings, readout, curve, log):
                self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
                dock.show()
            for a, b in ((settings, readout), (readout, curve), (curve, log)):
                self.tabifyDockWidget(a, b)
            readout.raise_()
            self.resizeDocks([readout], [self.panel.sizeHint().width() + 24], Qt.Orientation.Horizontal)
            return
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, settings)
        for dock in (readout, curve, log):
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        for dock in (settings, readout, curve, log):
            dock.show()
        self.splitDockWidget(readout, curve, Qt.Orientation.Vertical)
        self.tabifyDockWidget(curve, log)
        curve.raise_()
        self.resizeDocks([readout, curve], [430, 300], Qt.Orientation.Vertical)
        self.resizeDocks([settings, readout], [self.panel.sizeHint().width() + 24, 400], Qt.Orientation.Horizontal)

    def _dock(self, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(title.replace(" ", "_"))
        dock.setWidget(widget)
        features = QDockWidget.DockWidgetFeature
        dock.setFeatures(features.DockWidgetMovable | features.DockWidgetFloatable)
        self.addDockWidget(area, dock)
        return dock

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        f = self.files
        file_menu.addAction(f.open_action)
        file_menu.addMenu(f.recent_menu)
        file_menu.addAction(f.save_action)
        file_menu.addAction(f.save_as_action)
        file_menu.addSeparator()
        for action in (f.export_view_action, f.export_points_action, f.export_log_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        quit_action = self._action("Quit", self.close, QKeySequence.StandardKey.Quit)
        file_menu.addAction(quit_action)
        edit = bar.addMenu("&Edit")
        for action in (self.undo_action, self.redo_action, self.delete_action, self.clear_action):
            edit.addAction(action)
        run = bar.addMenu("&Run")
        for action in (self.run_action, self.step_action, self.reset_action, self.pin_action):
            run.addAction(action)
        view = bar.addMenu("&View")
        for action in (self.fit_view_action, self.aspect_action, self.grid_action):
            view.addAction(action)
        view.addSeparator()
        for name in OVERLAYS:
            view.addAction(self.overlay_actions[name])
        view.addSeparator()
        view.addAction(self.classroom.projector_action)
        view.addAction(self.classroom.fullscreen_action)
        losses = bar.addMenu("&Loss")
        for action in self.classroom.loss_actions:
            losses.addAction(action)
        presets = bar.addMenu("&Presets")
        for name in PRESET_NAMES:
            action = QAction(name, self)
            action.setStatusTip(preset(name).description)
            action.setToolTip(preset(name).description)
            action.triggered.connect(lambda _=False, n=name: self.load_preset(n))
            presets.addAction(action)
        presets.addSeparator()
        presets.addAction(self.classroom.random_action)
        presets.addSeparator()
        presets.addSection("Classification")
        for name in CLASSIFICATION_PRESET_NAMES:
            action = QAction(f"{name} (classification)", self)
            action.setStatusTip(preset(name).description)
            action.setToolTip(preset(name).description)
            action.triggered.connect(lambda _=False, n=name: self.load_preset(n))
            presets.addAction(action)
        presets.setToolTipsVisible(True)
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self.classroom.shortcuts_action)
        help_menu.addAction(self.classroom.about_action)
        toolbar = self.addToolBar("Run")
        toolbar.setObjectName("run_toolbar")
        entries: tuple[QAction | None, ...] = (
            self.run_action,
            self.step_action,
            self.reset_action,
            None,
            self.undo_action,
            self.redo_action,
            None,
            self.fit_view_action,
            self.pin_action,
            None,
            self.classroom.projector_action,
        )
        for entry in entries:
            if entry is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(entry)

    # --- loading points -------------------------------------------------------------------

    def load_preset(self, name: str, undoable: bool = True, adapt_lr: bool = True) -> None:
        p = preset(name)
        if name in CLASSIFICATION_PRESET_NAMES:  # x holds the columns x1, x2 and y the labels
            self._replace_points(p.x[:, 0], p.x[:, 1], f"preset {name}", undoable, labels=p.y, classification=True)
        else:
            self._replace_points(p.x, p.y, f"preset {name}", undoable, classification=False)
        self.statusBar().showMessage(f"Preset {name}: {p.description}{self._adapt_lr() if adapt_lr else ''}")

    def load_points_file(self, path: str, undoable: bool = True, adapt_lr: bool = True) -> None:
        """Open a CSV of points (x, y, or x1, x2, label for classification); a bad file raises
        InputError and changes nothing. The columns decide the mode: a file of the other mode's
        columns switches to it, and the error of the current mode's reading is the one shown."""
        mode = self.points.classification
        try:
            x, y = read_points(path, classification=mode)
        except InputError as first:
            try:
                x, y = read_points(path, classification=not mode)
            except InputError:
                raise first from None
            mode = not mode
        if mode:
            self._replace_points(x[:, 0], x[:, 1], f"open {path}", undoable, labels=y, classification=True)
        else:
            self._replace_points(x, y, f"open {path}", undoable, classification=False)
        self.statusBar().showMessage(f"Opened {path}: {len(x)} points{self._adapt_lr() if adapt_lr else ''}")

    def _adapt_lr(self) -> str:
        """On new data, lower a learning rate at which gradient descent on MSE would diverge.

        Returns a sentence for the status bar ('' when the rate was kept).
        """
        if len(self.points) == 0 or self.points.classification:
            return ""
        try:
            stable = make_objective(self.points.x, self.points.y, "mse", self.settings.model).max_stable_lr()
        except InputError:
            return ""
        if stable is None or self.settings.lr < stable:
            return ""
        lowest = self.panel.lr.minimum()  # the panel cannot show (or keep) a smaller rate
        lr = max(nice_below(0.5 * stable), lowest)
        if lr < self.settings.lr:
            s = self.settings.with_(lr=lr)
            self.panel.set_settings(s)
            self._on_settings(s)
        if lr >= stable:
            return (f". Gradient descent on MSE diverges above {stable:.3g} here, below the smallest learning rate"
                    f" ({lowest:g}): try Adam, or a lower degree")
        return f". Learning rate lowered to {lr:g}: gradient descent on MSE diverges above {stable:.3g} here"

    def replace_points(self, x: Array, y: Array, text: str, undoable: bool = True, labels: Array | None = None) -> None:
        """New data (a preset, a file, random points): undoable, and the fit starts again.
        With labels the points are (x1, x2) of two classes, in classification mode."""
        self._replace_points(x, y, text, undoable, labels, None if labels is None else True)
        self.statusBar().showMessage(f"{text}{self._adapt_lr()}")

    def _replace_points(self, x: Array, y: Array, text: str, undoable: bool, labels: Array | None = None,
                        classification: bool | None = None) -> None:
        command = ReplacePoints(self.points, x, y, text, labels, classification)
        if undoable:
            self.undo.push(command)
        else:
            command.redo()
        self.reset()
        self.canvas.fit_view_to_data()

    def clear_points(self) -> None:
        if len(self.points):
            self.undo.push(ReplacePoints(self.points, np.zeros(0), np.zeros(0), "clear points"))

    # --- the mode: regression or classification ------------------------------------------

    @property
    def classification(self) -> bool:
        return self.settings.classification

    def set_mode(self, classification: bool) -> None:
        """Switch between regression and classification (see `ModeSwitch.request`)."""
        self.modes.request(classification)

    def show_error(self, message: str) -> None:
        """The one-line message in the status bar and in a box that does not block."""
        self.statusBar().showMessage(message)
        box = QMessageBox(QMessageBox.Icon.Warning, "lossexplorer", message, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.error_box = box

    # --- edits and settings -------------------------------------------------------------

    def delete_selected(self) -> None:
        if not self.canvas.remove_selected():
            self.statusBar().showMessage("Click a point first to select it, or right-click a point to remove it")

    @Slot()
    def _on_points(self) -> None:
        self._edits += 1
        self._interrupt("the points changed")
        if self.points.classification != self.settings.classification:
            self.modes.remember_left_points()
            self.modes.follow()
        self._restart_from_current()

    def apply_settings(self, s: FitSettings) -> None:
        self._on_settings(s)

    @Slot(object)
    def _on_settings(self, s: FitSettings) -> None:
        old = self.settings
        self.settings = s
        if s != old:
            self._dirty = True
            self._edits += 1
            self.files.update_title()
        only_pace = old.with_(speed=s.speed, epochs=s.epochs) == s
        if only_pace:
            return
        self._interrupt("the settings changed")
        if s.model != old.model:
            self.model = make_model(s.model)
            self.start = np.zeros(self.model.n_coefficients)
            self.beta = self.start.copy()
        self._restart_from_current()

    def _interrupt(self, why: str) -> None:
        if self.runner.running:
            self.runner.stop()
            self.statusBar().showMessage(f"Run stopped because {why}; the fit stays where it was")
            self._set_running(False)

    def _restart_from_current(self) -> None:
        """A new descent starts from the current coefficients on the new points or settings."""
        self.descent = None
        self._version += 1
        self._race_cancel.set()  # a race on the old problem would only be thrown away
        self.objective = self._make_objective()
        self._enable_run()
        self.value = self._value(self.beta)
        self.history.reset(self.model.n_coefficients, self.beta, self.value)
        self.epoch_log.table.set_columns(self.model.coefficient_names, self._objective_label())
        self._update_exact()
        self.panel.set_stable_lr(self.objective.max_stable_lr() if self.objective else None)
        self.landscape.set_problem(self.objective, self.model.coefficient_names, self.exact,
                                   self.history.coefficients[0].copy(), self.beta)
        if not self.classification:
            self.physics.set_problem(self.points.x, self.points.y, self.settings, self.exact)
        self._redraw()

    def _make_objective(self) -> Objective | None:
        self._no_objective = NO_POINTS
        if len(self.points) == 0:
            return None
        try:
            return self.settings.objective(*self.points.data())
        except InputError as exc:
            self._no_objective = str(exc)
            self.statusBar().showMessage(str(exc))
            return None

    def _enable_run(self) -> None:
        """Run and Step need an objective: without one they are off, and their tooltips say why."""
        on = self.objective is not None
        for action, tip in ((self.run_action, "Run the optimizer (Space)"), (self.step_action, "Run one epoch (→)")):
            action.setEnabled(on)
            action.setToolTip(tip if on else self._no_objective)
            action.setStatusTip(tip if on else self._no_objective)
        if on:
            self._set_running(self.runner.running)

    def _value(self, beta: Array) -> float:
        if self.objective is None:
            return float("nan")
        with np.errstate(all="ignore"):
            return float(self.objective.value(beta))

    def _objective_label(self) -> str:
        s = self.settings
        if s.cap_on or s.l1 or s.l2 or s.reduction != "default":
            return "J"
        return {
            "half-sse": "½SSE",
            "logcosh": "log-cosh",
            "huber": "Huber",
            "quantile": "pinball",
            "asymmetric": "asymmetric",
            "hinge": "hinge",
            "focal": "focal",
        }.get(s.loss, s.loss.upper())

    # --- the exact answer ---------------------------------------------------------------

    def _update_exact(self) -> None:
        self.no_exact = ""
        self.exact_solution = None
        obj = self.objective
        if obj is None:
            self.exact = None
            return
        from lossexplorer.core import solve_objective

        pen = obj.penalties
        if obj.loss.squared and not pen.capped and not pen.l1:
            try:
                solution = solve_objective(obj)  # closed form: well under a millisecond
            except InputError as exc:  # an answer floats cannot hold (poly:3 on x near 1e-300)
                self.exact, self.no_exact = None, f"No exact answer: {exc}"
                return
            self.exact, self.exact_solution = solution.coefficients, solution
            return
        self.exact = None
        snapshot = self.settings.objective(*self.points.data())
        cancel = threading.Event()  # a newer problem or closing the window stops a long solve
        self.solver.submit(lambda: solve_objective(snapshot, cancel), self._version, cancel)

    @Slot(object, object)
    def _on_solved(self, token: object, value: object) -> None:
        if token != self._version:
            return
        if isinstance(value, Exception):
            self.statusBar().showMessage(f"The exact answer could not be found: {value}")
            return
        assert isinstance(value, Solution)
        beta = np.asarray(value.coefficients)
        if not np.all(np.isfinite(beta)):  # separable classes without a penalty: there is none
            self.no_exact = f"No exact answer: {value.message}"
            self.statusBar().showMessage(self.no_exact)
            return
        self.exact, self.exact_solution = beta, value
        self.landscape.set_exact(self.exact)
        if not self.classification:
            self.physics.set_exact(self.exact if self.model.name == "line" else None)
        self._redraw()

    # --- running ------------------------------------------------------------------------

    def _ensure_descent(self) -> Descent | None:
        if self.descent is None:
            if self.objective is None:
                self.statusBar().showMessage(self._no_objective)
                return None
            try:
                objective = self.settings.objective(*self.points.data())
                self.descent = Descent(objective, self.settings.optimizer_(), self.beta, self.settings.seed)
            except InputError as exc:
                self.statusBar().showMessage(str(exc))
                return None
        return self.descent

    def toggle_run(self) -> None:
        if self.runner.running:
            self.pause()
        else:
            self.run()

    def run(self) -> None:
        descent = self._ensure_descent()
        if descent is None or descent.diverged:
            if descent is not None:
                self.statusBar().showMessage(descent.message + ". Reset, or lower the learning rate.")
            return
        epochs = self.settings.epochs
        target = epochs if descent.epoch < epochs else descent.epoch + epochs
        self._run_id = self.runner.start(descent, target, self.settings.speed, self.history.generation)
        self._set_running(True)
        self.statusBar().showMessage(f"Running to epoch {target}…")

    def pause(self) -> None:
        if self.runner.running:
            self.runner.stop()
            self._set_running(False)
            self._take_descent_state()
            self.statusBar().showMessage(f"Paused at epoch {self.history.last_epoch}")

    def step(self) -> None:
        if self.runner.running:
            self.pause()
            return
        descent = self._ensure_descent()
        if descent is not None and not descent.diverged:
            self._run_id = self.runner.start(descent, descent.epoch + 1, 0.0, self.history.generation)
            self._set_running(True)

    def reset(self) -> None:
        self._interrupt("of Reset")
        self.beta = self.start.copy()
        self._restart_from_current()
        self.statusBar().showMessage("Back to the start: epoch 0")

    def _set_running(self, on: bool) -> None:
        self.run_action.setText("Pause" if on else "Run")
        self.run_action.setToolTip("Pause the run (Space)" if on else "Run the optimizer (Space)")

    def _take_descent_state(self) -> None:
        """After the worker ended, its descent is the truth: take its last state."""
        d = self.descent
        if d is not None:
            self.beta, self.value = d.coefficients.copy(), float(d.value)
            if len(self.history) and self.history.last_epoch < d.epoch:
                self.history.append(np.array([d.epoch]), d.coefficients[None, :], np.array([d.value]))
            self._redraw()

    @Slot(object)
    def _on_chunk(self, chunk: Chunk) -> None:
        if chunk.generation != self.history.generation:
            return
        new = chunk.epochs > self.history.last_epoch  # a chunk may arrive after a pause took the state
        if not new.any():
            return
        self.history.append(chunk.epochs[new], chunk.coefficients[new], chunk.objective[new])
        self.beta, self.value = chunk.coefficients[-1].copy(), float(chunk.objective[-1])
        self._redraw()

    @Slot(object)
    def _on_run_end(self, end: RunEnd) -> None:
        if end.run_id != self._run_id or end.stopped:
            return
        self._set_running(False)
        self._take_descent_state()
        if end.diverged:
            self.statusBar().showMessage(f"The run {end.message}. Lower the learning rate, then Reset.")
        else:
            self.statusBar().showMessage(f"Done: epoch {end.epoch}")

    # --- pins -----------------------------------------------------------------------------

    def pin_current(self) -> None:
        if len(self.pins) >= MAX_PINS:
            self.statusBar().showMessage(f"At most {MAX_PINS} pins: remove one first")
            return
        used = {p.colour for p in self.pins}
        colour = next(c for c in theme.PIN_COLOURS if c not in used)
        pin = Pin(self.settings.label(), colour, self.model, self.beta.copy())
        self.pins.append(pin)
        self._dirty = True
        self._edits += 1
        self.files.update_title()
        item = QListWidgetItem(f"■ {pin.label}")
        item.setForeground(theme.colour(colour))
        self.pin_list.addItem(item)
        self._redraw()

    def remove_selected_pin(self) -> None:
        row = self.pin_list.currentRow()
        if row < 0 and self.pins:
            row = len(self.pins) - 1
        if 0 <= row < len(self.pins):
            del self.pins[row]
            self.pin_list.takeItem(row)
            self._dirty = True
            self._edits += 1
            self.files.update_title()
            self._redraw()

    # --- drawing --------------------------------------------------------------------------

    def _redraw(self) -> None:
        """Ask for a redraw at the next frame."""
        self.frames.request()

    def flush(self) -> None:
        """Redraw everything now."""
        self.frames.flush()

    def _draw_fit(self) -> None:
        """The fit view: points, fit, exact answer, residuals, squares, arrows, pins."""
        beta = self.beta
        dldp = losses = None
        if self.objective is not None and np.all(np.isfinite(beta)):
            with np.errstate(all="ignore"):
                _, losses, dldp = self.objective.per_point(beta)
        pins = [(p.label, p.colour, p.model, p.beta) for p in self.pins
                if p.model.classification == self.classification]
        self.canvas.show_picture(
            FitPicture(self.model, beta, self.exact, dldp, pins, losses, self.settings.loss == "hinge",
                       self.exact_solution.predict if self.exact_solution is not None else None)
        )

    def _draw_loss_curve(self) -> None:
        self.loss_curve.show_history(self.history)

    def _draw_panels(self) -> None:
        """The readouts, the epoch log, the view on show and the status line."""
        beta = self.beta
        epoch = self.history.last_epoch if len(self.history) else 0
        label = self._objective_label()
        if self.classification:
            self.readouts.show_class_readings(
                read_classification(self.objective, beta, epoch, self.value, label) if self.objective else None
            )
        else:
            self.readouts.show_readings(  # no objective: no points, or data the core refused (it said why)
                read(self.model, beta, self.points.x, self.points.y, epoch, self.value, label)
                if self.objective is not None else None
            )
        self.epoch_log.refresh()
        current = self.views.currentWidget()
        if current is self.physics:
            self.physics.set_path(self.history.coefficients)
        elif current is self.landscape:
            self.landscape.set_path(self.history.coefficients, beta)
        elif current in (self.loss_shape, self.noise):
            errors = None
            if self.objective is not None and np.all(np.isfinite(beta)):
                with np.errstate(all="ignore"):
                    p = self.objective.predict(beta)
                # classification: the loss against the margin t·z, positive on the right side
                errors = (2.0 * self.points.labels - 1.0) * p if self.classification else p - self.points.y
            if current is self.loss_shape:
                self.loss_shape.show_shape(self.settings, errors)
            else:
                self.noise.show_noise(self.settings, None if errors is None else -errors, self.value)
        n = len(self.points)
        shown = f" · showing {self.canvas.drawn:,} of {n:,} points" if self.canvas.drawn < n else ""
        hint = " · left-click on the canvas to add points" if n == 0 else ""
        self.status.setText(f"{n:,} point{'s' if n != 1 else ''} · epoch {epoch}{shown}{hint}")

    # --- closing --------------------------------------------------------------------------

    # --- sessions, the modified mark, drops, projector ----------------------------------

    def is_modified(self) -> bool:
        return self._dirty or not self.undo.isClean()

    def edit_version(self) -> int:
        return self._edits

    def mark_saved(self) -> None:
        self._dirty = False
        self.undo.setClean()
        self.files.update_title()

    def make_session(self) -> Session:
        (x0, x1), (y0, y1) = self.canvas.viewbox.viewRange()
        view = {
            "tab": self.current_view_name(),
            "overlays": {name: bool(on) for name, on in self.canvas.visible.items()},
            "range": [x0, x1, y0, y1],
        }
        pins = [{"label": p.label, "colour": p.colour, "model": p.model.name, "coefficients": p.beta.tolist()}
                for p in self.pins]
        state = self.points.state()
        labels = state.labels if state.classification else None
        return Session(state.x, state.y, self.settings, self.start.tolist(), self.beta.tolist(), pins, view, labels)

    def apply_session(self, session: Session) -> None:
        """Everything a session holds: points, settings, pins, the fit and the view."""
        self._interrupt("a session was opened")
        self.undo.clear()
        if session.classification != self.points.classification:
            self.modes.other_points = self.points.state()
        self.points.blockSignals(True)
        self.points.set_points(session.x, session.y, session.labels, session.classification)
        self.points.blockSignals(False)
        self.canvas._on_points_changed()
        self.modes.follow()  # the mode's settings, overlays and views (the session's settings follow)
        self.panel.set_settings(session.settings)
        self.settings = session.settings
        self.model = make_model(session.settings.model)
        self.start = np.array(session.start, float)
        self.beta = np.array(session.coefficients, float)
        self.pins.clear()
        self.pin_list.clear()
        for raw in session.pins:
            pin = Pin(raw["label"], raw["colour"], make_model(raw["model"]), np.array(raw["coefficients"], float))
            self.pins.append(pin)
            item = QListWidgetItem(f"■ {pin.label}")
            item.setForeground(theme.colour(pin.colour))
            self.pin_list.addItem(item)
        self._restart_from_current()
        view = session.view
        for name, on in (view.get("overlays") or {}).items():
            if name in self.overlay_actions and isinstance(on, bool):
                self.overlay_actions[name].setChecked(on)
        rng = view.get("range")
        if isinstance(rng, list) and len(rng) == 4 and all(isinstance(v, (int, float)) for v in rng):
            self.canvas.viewbox.setRange(xRange=rng[:2], yRange=rng[2:], padding=0)
        else:
            self.canvas.fit_view_to_data()
        if view.get("tab") in self.view_names:
            self.show_view(view["tab"])

    def current_view_name(self) -> str:
        return self.view_names[self.views.currentIndex()]

    def restyle(self) -> None:
        for view in (self.canvas, self.landscape, self.loss_shape, self.noise, self.physics, self.loss_curve):
            view.restyle()
        self._relayout.start()  # once the new font has reached every widget's size hint
        self.flush()

    def _arrange_for_font(self) -> None:
        self._arrange_docks(theme.Sizes.projector)

    def dragEnterEvent(self, event) -> None:
        if dropped_path(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        path = dropped_path(event.mimeData().urls())
        if path:
            event.acceptProposedAction()
            self.files.open_path(path)

    def _view_changed(self, _index: int) -> None:
        self.physics.set_active(self.views.currentWidget() is self.physics)
        self._redraw()

    def show_view(self, name: str) -> None:
        self.views.setCurrentIndex(self.view_names.index(name))

    # --- the landscape's actions ----------------------------------------------------------

    def start_from(self, chosen: tuple[float, float, int, int]) -> None:
        """A click on the landscape: start the descent at (β_i, β_j) and run from there."""
        bi, bj, i, j = chosen
        self._interrupt("a new start was chosen")
        start = self.beta.copy()
        start[i], start[j] = bi, bj
        self.start = start.copy()
        self.beta = start
        self._restart_from_current()
        names = self.model.coefficient_names
        self.statusBar().showMessage(f"Start set to {names[i]} = {bi:.4g}, {names[j]} = {bj:.4g}")
        self.run()

    def race(self) -> None:
        """gd, sgd, momentum and adam from the current start, computed off the GUI thread."""
        if len(self.points) == 0:
            return
        x, y = self.points.data()
        settings, start = self.settings, self.history.coefficients[0].copy()
        self._race_cancel.set()
        self._race_cancel = cancel = threading.Event()
        self.race_job.submit(lambda: run_race(x, y, settings, start, cancel), self._version)
        self.statusBar().showMessage("Racing gd, sgd, momentum and adam…")

    @Slot(object, object)
    def _on_race(self, token: object, value: object) -> None:
        if token != self._version or value is None:  # None: cancelled
            return
        if isinstance(value, Exception):
            self.statusBar().showMessage(f"The race could not run: {value}")
            return
        assert isinstance(value, Race)
        self.landscape.show_race(value)
        ends = "; ".join(f"{name}: J = {v[-1]:.4g}" for name, v in value.objective.items())
        self.statusBar().showMessage(f"Race over {self.settings.epochs} epochs: {ends}")

    def busy(self) -> bool:
        """True while any background work (run, solve, landscape, race) is going."""
        return self.runner.running or self.solver.busy or self.landscape.jobs.busy or self.race_job.busy

    def closeEvent(self, event) -> None:
        if not self.files.maybe_save():
            event.ignore()
            return
        self.classroom.save()
        self.autosave.discard()
        self.runner.stop()
        self.solver.stop()
        self._race_cancel.set()
        self.race_job.stop()
        self.landscape.stop()
        self.physics.stop()
        super().closeEvent(event)
