"""The main window: composition only. It puts the lesson's views in tabs and docks, draws them
in frame passes, takes dropped files, and closes everything down.

The state is the lesson's (lesson.py), the threads are the runner's (runner.py), the commands
are QActions (actions.py), files and the autosave talk to the lesson (files.py, autosave.py).
Views subscribe to the lesson; the window only says when to draw. Nothing imports this
module but the application's entry (app.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import QBoxLayout, QDockWidget, QFrame, QLabel, QMainWindow, QMessageBox, QWidget

from . import theme
from .accessible import AccessibleNames, name_controls
from .actions import Actions
from .animation_export import AnimationExport
from .autosave import Autosave
from .column import Column
from .equations import Equations
from .files import FileController, dropped_path
from .focus import WheelGuard, settle
from .frames import Frames
from .help import Help
from .i18n import translate
from .lesson import Lesson
from .loss_keys import LossKeys
from .losscurve import EpochLog, LossCurve
from .my_line import MyLineMode
from .panel import SidePanel
from .pin_list import PinList
from .preferences import Preferences
from .projector import Projector
from .readouts import Readouts
from .reveal import Reveal
from .runner import Runner
from .settings import FitSettings
from .split_actions import SplitActions
from .train_test import TrainTestReadouts
from .view_tabs import LateViews, ViewTabs, count_line

if TYPE_CHECKING:
    from .landscape_view import LandscapeView
    from .physics_view import PhysicsView

#: a window narrower than this tabs the settings with the readouts: the views keep their width
COMPACT_BELOW = 1500


class MainWindow(LateViews, QMainWindow):
    """One lesson, its runner and its views. `remember` off (screenshot mode): no saved
    preferences are read or written and nothing is autosaved."""

    def __init__(self, settings: FitSettings | None = None, remember: bool = True) -> None:
        super().__init__()
        self.setWindowTitle("lossexplorer")
        self.lesson = lesson = Lesson(settings, self)
        self.runner = Runner(lesson, self)
        self.preferences = Preferences(remember)
        self.frames = Frames((self._draw_fit, self._draw_panels, self._draw_loss_curve), self)
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._relayout.timeout.connect(self._arrange_for_font)

        self.views = views = ViewTabs(lesson, self.runner)
        self.canvas = views.canvas  # the other views are made when first shown (or asked for below)
        self.view_names = views.names
        self.setCentralWidget(views)
        self.panel = SidePanel(lesson)
        self.addActions(self.panel.class_row.actions())  # Ctrl+1 … Ctrl+5: new points of that class (on the F1 sheet)
        self.readouts, self.train_test = Readouts(), TrainTestReadouts()
        cast(QBoxLayout, self.readouts.layout()).insertWidget(1, self.train_test)  # under the current fit
        self.loss_curve, self.epoch_log = LossCurve(), EpochLog(lesson.descent.history)

        self.files = FileController(lesson, self, self)
        self.projector = Projector(self, self.restyle, self.preferences)
        self.loss_keys = LossKeys(self, lesson)
        self.help = Help(self, self.preferences)
        self.commands = Actions(self, lesson, self.runner, self.canvas, self.focus_view)
        self.reveal = Reveal(lesson, self.commands.exact, self.preferences)
        self.my_line = MyLineMode(self, lesson, self.canvas, self.commands.exact)
        self.equations = Equations(self.canvas, lesson)
        self.commands.full_precision.toggled.connect(self.readouts.set_full_precision)
        self.commands.full_precision.toggled.connect(self.train_test.set_full_precision)
        self.pin_list = PinList(lesson, self.commands.pin)
        self._make_docks()
        self.animation = AnimationExport(self, lesson, self.canvas, self.runner.pause, self.show_error)
        self.commands.fill_menus(self.menuBar(), self.files, self.projector, self.loss_keys, self.help,
                                 self.animation.action)
        self.split = SplitActions(self, lesson, self.canvas, self.menuBar())  # the Data menu: train and test
        toolbar = self.addToolBar(translate("window", "Run"))
        toolbar.setObjectName("run_toolbar")
        self.commands.fill_toolbar(toolbar, self.projector)
        self.my_line.add_to(toolbar, self.menuBar())
        # the count and the epoch on the right, apart from the messages: a line and a margin between
        self.status = QLabel()
        self.status.setContentsMargins(10, 0, 6, 0)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        self.statusBar().addPermanentWidget(line)
        self.statusBar().addPermanentWidget(self.status)
        self._connect()
        self.setAcceptDrops(True)
        self.restored = self.preferences.restore_window(self)  # a remembered geometry (app.py keeps it on screen)
        self.projector.set_projector(self.preferences.projector())
        self.autosave = Autosave(lesson, self, self, enabled=remember)
        self.files.update_title()
        self.wheel_guard = WheelGuard(self)
        settle(self, self.wheel_guard)
        self.accessible_names = AccessibleNames(self)  # for screen readers, also of docks tabbed later
        theme.scale_indicators(self)
        self._shown = False
        self._problem_changed()
        self._descent_reset()

    def _connect(self) -> None:
        lesson = self.lesson
        lesson.message.connect(self.statusBar().showMessage)
        self.statusBar().showMessage(lesson.said)  # what the lesson said before there was a window
        for signal in (lesson.pointsChanged, lesson.settingsChanged, lesson.pinsChanged, lesson.overlaysChanged,
                       lesson.progressed, lesson.selectionChanged):
            signal.connect(self._redraw)
        lesson.problemChanged.connect(self._problem_changed)
        lesson.descentReset.connect(self._descent_reset)
        lesson.exactChanged.connect(self._exact_changed)
        lesson.modeChanged.connect(self._mode_changed)
        self.views.currentChanged.connect(self._view_changed)
        # a click on a tab: the keyboard to the view, once it is the one shown
        self.views.tabBarClicked.connect(lambda _index: QTimer.singleShot(0, self, self.focus_view))
        self.views.built.connect(self._view_built)
        self.runner.raceFinished.connect(lambda race: self.landscape.show_race(race))
        self.epoch_log.exportRequested.connect(self.files.export_epoch_log)
        self._mode_changed(lesson.classification)

    # --- the views, each made when first shown ----------------------------------------------------

    def _view_built(self, name: str, view: QWidget) -> None:
        """A view made late: its connections, the lesson's state as the others have it, its names."""
        if name == "landscape":
            landscape = cast("LandscapeView", view)
            landscape.startChosen.connect(self.runner.start_from)
            landscape.raceRequested.connect(self.runner.race)
            self._descent_reset()
        elif name == "physics":
            self._problem_changed()
        name_controls(view)

    # --- docks ------------------------------------------------------------------------------

    def _make_docks(self) -> None:
        self.panel.run_layout.addWidget(self.commands.run_buttons())
        for box in self.commands.overlay_boxes.values():
            self.panel.overlay_layout.addWidget(box)
        self.panel.pin_layout.addWidget(self.pin_list)
        self.settings_scroll = Column(self.panel)
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        self.compact = False
        self.settings_dock = self._dock("Settings", translate("window", "Settings"), self.settings_scroll, left)
        # long readouts scroll rather than clip (projector mode, small screens)
        self.readout_dock = self._dock("Readouts", translate("window", "Readouts"), Column(self.readouts), right)
        self.curve_dock = self._dock("Loss curve", translate("window", "Loss curve"), self.loss_curve, right)
        self.log_dock = self._dock("Epoch log", translate("window", "Epoch log"), self.epoch_log, right)
        self._arrange_docks(projector=False)

    def _dock(self, key: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        """A dock named `key` (its saved place keeps the English name whatever the language)."""
        dock = QDockWidget(title, self)
        dock.setObjectName(key.replace(" ", "_"))
        dock.setWidget(widget)
        # a label for a title bar: Qt's own draws in the font the dock was made with, so projector mode
        # would leave it small; a label follows the application's font. A drag on it moves the dock.
        bar = QLabel(title)
        bar.setContentsMargins(6, 2, 6, 2)
        dock.windowTitleChanged.connect(bar.setText)
        dock.setTitleBarWidget(bar)
        features = QDockWidget.DockWidgetFeature
        dock.setFeatures(features.DockWidgetMovable | features.DockWidgetFloatable)
        self.addDockWidget(area, dock)
        return dock

    def _arrange_docks(self, projector: bool) -> None:
        """Settings left, readouts above the loss curve and log on the right. In projector mode
        all four share one column of tabs, so the canvas gets the width a class needs; in a
        narrow window (`compact`) settings and readouts share the right column's upper tabs."""
        settings, readout, curve, log = self.settings_dock, self.readout_dock, self.curve_dock, self.log_dock
        for dock in (settings, readout, curve, log):
            self.removeDockWidget(dock)
        self.readouts.setMinimumWidth(300)
        titles = ((translate("window", "Curve"), translate("window", "Log")) if projector  # short tabs read whole
                  else (translate("window", "Loss curve"), translate("window", "Epoch log")))
        curve.setWindowTitle(titles[0])
        log.setWindowTitle(titles[1])
        right = Qt.DockWidgetArea.RightDockWidgetArea
        column = self.panel.sizeHint().width() + 24
        if projector:
            for dock in (settings, readout, curve, log):
                self.addDockWidget(right, dock)
                dock.show()
            for a, b in ((settings, readout), (readout, curve), (curve, log)):
                self.tabifyDockWidget(a, b)
            readout.raise_()
            self.resizeDocks([readout], [column], Qt.Orientation.Horizontal)
            return
        self.addDockWidget(right if self.compact else Qt.DockWidgetArea.LeftDockWidgetArea, settings)
        for dock in (readout, curve, log):
            self.addDockWidget(right, dock)
        for dock in (settings, readout, curve, log):
            dock.show()
        self.splitDockWidget(readout, curve, Qt.Orientation.Vertical)
        self.tabifyDockWidget(curve, log)
        if self.compact:
            self.tabifyDockWidget(readout, settings)
            readout.raise_()
        curve.raise_()
        self.resizeDocks([readout, curve], [430, 300], Qt.Orientation.Vertical)
        if self.compact:
            self.resizeDocks([readout], [column], Qt.Orientation.Horizontal)
        else:
            self.resizeDocks([settings, readout], [column, 400], Qt.Orientation.Horizontal)

    def arrange_for_width(self) -> None:
        """Docks on both sides, or (narrower than COMPACT_BELOW) settings and readouts tabbed in one
        column, so that the views keep the width they need: called once the window has its size."""
        compact = self.width() < COMPACT_BELOW
        if compact != self.compact:
            self.compact = compact
            self._arrange_docks(theme.Sizes.projector)

    def restyle(self) -> None:
        self.views.restyle()
        self.loss_curve.restyle()
        self._relayout.start()  # once the new font has reached every widget's size hint
        self.flush()

    def _arrange_for_font(self) -> None:
        self._arrange_docks(theme.Sizes.projector)

    # --- what the lesson says -------------------------------------------------------------------

    @Slot()
    def _redraw(self, *_args: object) -> None:
        """Draw at the next frame."""
        self.frames.request()

    @Slot()
    def _problem_changed(self, _reason: str = "") -> None:
        lesson = self.lesson
        self.epoch_log.table.set_columns(lesson.model.coefficient_names, lesson.problem.label)
        physics = cast("PhysicsView | None", self.views.made("physics"))
        if physics is not None and not lesson.classification:
            physics.set_problem(*lesson.points.training.data(), lesson.settings, self._physics_exact())
        self._redraw()

    @Slot()
    def _descent_reset(self) -> None:
        lesson, descent = self.lesson, self.lesson.descent
        landscape = cast("LandscapeView | None", self.views.made("landscape"))
        if landscape is not None:
            landscape.set_problem(lesson.objective, lesson.model.coefficient_names, lesson.exact,
                                  descent.history.coefficients[0].copy(), descent.coefficients)
        self._redraw()

    @Slot()
    def _exact_changed(self) -> None:
        landscape, physics = self.views.made("landscape"), self.views.made("physics")
        if landscape is not None:
            cast("LandscapeView", landscape).set_exact(self.lesson.exact)
        if physics is not None and not self.lesson.classification:
            cast("PhysicsView", physics).set_exact(self._physics_exact())
        self._redraw()

    def _physics_exact(self) -> Any:
        return self.lesson.exact if self.lesson.model.name == "line" else None

    @Slot(bool)
    def _mode_changed(self, classification: bool) -> None:
        self.views.set_mode(classification)

    # --- frame passes -------------------------------------------------------------------------

    def flush(self) -> None:
        """Draw everything now."""
        self.frames.flush()

    def _draw_fit(self) -> None:
        self.canvas.refresh()

    def _draw_loss_curve(self) -> None:
        lesson = self.lesson
        self.loss_curve.show_history(lesson.descent.history, lesson.settings, lesson.problem.test)

    def _draw_panels(self) -> None:
        """The readouts, the epoch log, the view on show and the status line."""
        lesson, descent = self.lesson, self.lesson.descent
        self.readouts.show_lesson(lesson)
        self.train_test.show_lesson(lesson)
        self.epoch_log.refresh()
        current = self.views.current_name()
        if current == "physics":
            self.physics.set_path(descent.history.coefficients)
        elif current == "landscape":
            self.landscape.set_path(descent.history.coefficients, descent.coefficients)
        elif current == "loss-shape":
            from .shape_views import errors_of  # loaded with the view

            self.loss_shape.show_shape(lesson.settings, errors_of(lesson))
        elif current == "validation":
            self.validation.show_lesson(lesson)
        elif current == "noise":
            self.noise.show_lesson(lesson)
        empty = self.canvas.empty_share() if current == "fit" else 0.0
        self.status.setText(count_line(len(lesson.points), self.canvas.drawn, descent.epoch, empty))

    # --- views, sessions' view state, errors (the Host of files and the autosave) ------------

    def current_view_name(self) -> str:
        return self.views.current_name()

    def show_view(self, name: str) -> None:
        self.views.show_named(name)

    def focus_view(self) -> None:
        """The keyboard to the view on show (Escape from a field, a click on a tab)."""
        self.views.focus_current()

    def _view_changed(self, _index: int) -> None:
        physics = self.views.made("physics")
        if physics is not None:
            cast("PhysicsView", physics).set_active(self.views.current_name() == "physics")
        self._redraw()

    def current_view(self) -> tuple[str, QWidget]:
        return self.current_view_name(), self.views.view(self.current_view_name())

    def view_state(self) -> dict[str, Any]:
        (x0, x1), (y0, y1) = self.canvas.viewbox.viewRange()
        return {"tab": self.current_view_name(), "range": [x0, x1, y0, y1]}

    def restore_view(self, view: dict[str, Any]) -> None:
        rng = view.get("range")
        if isinstance(rng, list) and len(rng) == 4 and all(isinstance(v, (int, float)) for v in rng):
            self.canvas.viewbox.setRange(xRange=rng[:2], yRange=rng[2:], padding=0)
            self.canvas.framed = None  # the view the session was saved with: kept as the person left it
        else:
            self.canvas.fit_view_to_data()
        if view.get("tab") in self.view_names:
            self.show_view(view["tab"])

    def show_error(self, message: str) -> None:
        """The one-line message in the status bar and in a box that does not block."""
        self.statusBar().showMessage(message)
        box = QMessageBox(QMessageBox.Icon.Warning, "lossexplorer", message, QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)  # messages quote file names and contents: never markup
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.error_box = box

    # --- showing, drops and closing ------------------------------------------------------------------------

    def dragEnterEvent(self, event) -> None:
        if dropped_path(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        path = dropped_path(event.mimeData().urls())
        if path:
            event.acceptProposedAction()
            self.files.open_path(path)

    def showEvent(self, event) -> None:
        if not self._shown:  # the first paint shows every view drawn, each drawn once
            self._shown = True
            self.flush()
            self.focus_view()  # the keys run, step and pick losses from the start
        super().showEvent(event)

    def busy(self) -> bool:
        """True while any background work (run, solve, landscape, race) is going."""
        return self.runner.busy or self.views.busy()

    def closeEvent(self, event) -> None:
        if not self.files.maybe_save():
            event.ignore()
            return
        self.preferences.save_window(self)
        self.autosave.discard()
        self.runner.stop()
        self.views.stop()
        super().closeEvent(event)
