"""The physics view: a bar hung from springs on the points, settling where the loss says.

Each spring is drawn as a coil with a fixed number of turns from its anchor (the point) to
the bar, coloured by its tension; the bar is a thick rod and the exact answer a faint ghost.
Grab the bar near its middle to lift it, near an end to tilt it; let go and it swings back.
The core's `BarSystem` does the physics; this view only steps it once per frame (a frame
with 200 springs takes a few milliseconds) and draws it.
"""

from __future__ import annotations

import math
import time

import numpy as np
import pyqtgraph as pg
from numpy.typing import NDArray
from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from lossexplorer.core import InputError
from lossexplorer.core.physics import BarState, BarSystem

from . import theme
from .bar_keys import BarKeys
from .boxes import NumberBox
from .column import Column
from .i18n import core_tr, number, translate
from .settings import FitSettings

Array = NDArray[np.float64]
TURNS = 7  # coils per spring, whatever its length: stretching shows as spacing
COIL_SAMPLES = 4 * TURNS + 3
TENSION_BINS = 6
TENSION_COLOURS = ("#9EC9E2", theme.SKY_BLUE, theme.BLUE, theme.ORANGE, theme.VERMILLION, "#8B2E00")
ENERGY_SECONDS = 12.0
FRAME_MS = 16
MAX_SPRINGS = 600
ENERGY_EVERY = 6  # the energy plot is redrawn at 10 Hz: it changes slowly, and painting it is dear
GRAB_PX = 14.0
#: the readings too wide to sit beside their names, with the widest text each shows (the rest: translated)
WIDE_READINGS = {"potential": "−0.000000e−00 (= SSE)", "line": "p = −0.00000·x − 0.00000", "rest": "moving"}
#: the widest of the other readings
NARROW_READING = "−0.0000e−00"
HELP = str(QT_TRANSLATE_NOOP(
    "physics_view",
    "<b>Each point pulls the bar towards itself with a spring; the bar comes to rest where the pulls balance, "
    "and that is where the loss is least.</b> "
    "Each spring stores (k/2)·ℓ(e) and pulls the bar with −(k/2)·dℓ/de; at rest the net force and torque vanish, "
    "which are the normal equations, so the bar rests on the loss's minimizer (k = 2 makes ΣU the SSE). "
    "With heavy damping the bar creeps straight downhill, velocity ∝ force: that is gradient descent. "
    "With mass and little damping it overshoots and swings back: that is momentum."
))


def coils(x: Array, y_from: Array, y_to: Array, width: float) -> tuple[Array, Array]:
    """Zigzag polylines from (x, y_from) to (x, y_to), NaN-separated, with TURNS coils each."""
    n = len(x)
    if n == 0:
        return np.zeros(0), np.zeros(0)
    u = np.linspace(0.0, 1.0, COIL_SAMPLES)
    wave = np.zeros(COIL_SAMPLES)
    wave[2:-2] = np.tile([1.0, 0.0, -1.0, 0.0], TURNS)[: COIL_SAMPLES - 4] if COIL_SAMPLES > 4 else 0.0
    xs = x[:, None] + 0.5 * width * wave[None, :]
    ys = y_from[:, None] + (y_to - y_from)[:, None] * u[None, :]
    xs = np.column_stack([xs, np.full(n, np.nan)]).ravel()
    ys = np.column_stack([ys, np.full(n, np.nan)]).ravel()
    return xs, ys


class BarViewBox(pg.ViewBox):
    """Drags that start on the bar move it (near the middle) or tilt it (near an end)."""

    def __init__(self, view: PhysicsView) -> None:
        super().__init__()
        self.view = view
        self._grab: str | None = None

    def mouseDragEvent(self, ev, axis=None) -> None:
        if ev.button() != Qt.MouseButton.LeftButton:
            super().mouseDragEvent(ev, axis)
            return
        if ev.isStart():
            self._grab = self.view.grab_kind(self.mapSceneToView(ev.buttonDownScenePos()))
        if self._grab is None:
            super().mouseDragEvent(ev, axis)
            return
        ev.accept()
        pos = self.mapSceneToView(ev.scenePos())
        self.view.drag_bar(self._grab, pos.x(), pos.y(), finished=ev.isFinish())
        if ev.isFinish():
            self._grab = None


class PhysicsView(QWidget, theme.Styled):
    restRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.system: BarSystem | None = None
        self._pending: tuple[Array, Array, FitSettings, Array | None] | None = None  # set while hidden
        self.state: BarState | None = None
        self.exact: Array | None = None
        self.path: Array | None = None
        self.held = False  # the person holds the bar
        self.energy: list[tuple[float, float, float, float]] = []
        self._last_tick = time.perf_counter()
        self.frame_ms: list[float] = []
        self._frames = 0
        self._stale = True
        self._force_energy = False
        self.timer = QTimer(self)
        self.timer.setInterval(FRAME_MS)
        self.timer.timeout.connect(self._tick)

        self.viewbox = BarViewBox(self)
        self.plot_widget = pg.PlotWidget(viewBox=self.viewbox, axisItems=theme.axes())
        self.plot = self.plot_widget.getPlotItem()
        self.keys = BarKeys(self)  # ↑ ↓ lift the bar, Page Up/Down tilt it
        self.plot.setLabel("bottom", "x")
        self.plot.setLabel("left", "y")
        self.ghost = pg.PlotCurveItem()
        self.path_lines = pg.PlotCurveItem(connect="finite")
        self.spring_curves = [pg.PlotCurveItem(connect="finite") for _ in range(TENSION_BINS)]
        self.bar = pg.PlotCurveItem()
        self.anchors = pg.ScatterPlotItem(symbol="s", brush=theme.colour(theme.BLUE), pen=pg.mkPen("w", width=1.5))
        for item in (self.ghost, self.path_lines, *self.spring_curves, self.bar, self.anchors):
            self.plot.addItem(item)
        self.energy_widget = pg.PlotWidget(axisItems=theme.axes())
        self.energy_plot = self.energy_widget.getPlotItem()
        self.energy_plot.setLabel("bottom", translate("physics_view", "time (s)"))
        self.energy_plot.setLabel("left", translate("physics_view", "energy"))
        self.kinetic_curve = self.energy_plot.plot()
        self.potential_curve = self.energy_plot.plot()
        self.total_curve = self.energy_plot.plot()
        self.styled(self._style_items)

        self.play = QPushButton(translate("physics_view", "Pause"))
        self.play.setCheckable(True)
        self.play.setChecked(True)
        self.play.setToolTip(translate("physics_view", "Let the bar move, or freeze it"))
        self.play.toggled.connect(self._play_toggled)
        self.reset_button = QPushButton(translate("physics_view", "Reset bar"))
        self.reset_button.setToolTip(translate("physics_view", "The bar horizontal at ȳ, at rest"))
        self.reset_button.clicked.connect(self.reset)
        self.damping = NumberBox(0.0, 100.0, 0.05, translate("physics_view", "b per point: 0 swings for ever; large"
                                                             " creeps like gradient descent"), 0.05)
        self.mass = NumberBox(0.001, 100.0, 0.1, translate("physics_view", "M per point: more mass, slower swings, more"
                                                           " overshoot (momentum)"), 0.05)
        self.stiffness = NumberBox(0.01, 1000.0, 2.0, translate("physics_view", "k: spring stiffness; k = 2 makes ΣU"
                                                                " the SSE"), 0.5)
        self.speed = NumberBox(0.05, 20.0, 1.0, translate("physics_view", "simulated seconds per second"), 0.25)
        self.show_path = QCheckBox(translate("physics_view", "show the optimizer's path"))
        self.show_path.setToolTip(translate("physics_view", "The fits gradient descent went through, as faint bars"))
        self.show_path.toggled.connect(lambda _on: self._draw())
        for box in (self.damping, self.mass, self.stiffness):
            box.valueChanged.connect(self._settings_changed)
        controls = QFormLayout()
        controls.addRow(translate("physics_view", "damping"), self.damping)
        controls.addRow(translate("physics_view", "mass"), self.mass)
        controls.addRow(translate("physics_view", "stiffness k"), self.stiffness)
        controls.addRow(translate("physics_view", "speed"), self.speed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.play)
        buttons.addWidget(self.reset_button)
        readout_box = QGroupBox(translate("physics_view", "The bar"))
        grid = QGridLayout(readout_box)
        grid.setColumnStretch(1, 1)  # room to spare goes to the numbers, not the names
        self.readout: dict[str, QLabel] = {}
        row = 0
        for key, title, tip in (
            ("rest", "", ""),
            ("force", translate("physics_view", "net force ΣF"),
             translate("physics_view", "Σ F_i: zero at rest (the first normal equation)")),
            ("torque", translate("physics_view", "net torque"),
             translate("physics_view", "Σ (x_i − x̄)·F_i: zero at rest (the second normal equation)")),
            ("potential", translate("physics_view", "potential U"),
             translate("physics_view", "Σ (k/2)·ℓ(e_i): the SSE when k = 2 and the loss is squared error")),
            ("kinetic", translate("physics_view", "kinetic"), "½M·ḣ² + ½I·ṡ²"),
            ("total", translate("physics_view", "total"),
             translate("physics_view", "kinetic + potential: kept when damping is 0")),
            ("line", translate("physics_view", "bar"), translate("physics_view", "the line the bar lies on")),
        ):
            name = QLabel(f"<b>{title}</b>")
            value = QLabel("—")
            name.setToolTip(tip)
            value.setToolTip(tip)
            # the numbers change sixty times a second: were their width to follow, the splitter
            # would lay the view out anew, and the plot change its width, at every frame
            value.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            if key in WIDE_READINGS:  # on a row of its own under its name: the column stays narrow
                if title:
                    grid.addWidget(name, row, 0, 1, 2)
                    row += 1
                grid.addWidget(value, row, 0, 1, 2)
            else:
                grid.addWidget(name, row, 0)
                grid.addWidget(value, row, 1)
            row += 1
            self.readout[key] = value
        self.help_text = QLabel(translate("physics_view", HELP))
        self.help_text.setWordWrap(True)
        # the column: what the class watches first (the readings), then the controls, the energy and
        # how it works; it scrolls down on a short screen, and is never cut across
        side = QVBoxLayout()
        #: why there is no bar, for a loss the spring picture does not fit (Poisson: a pull that is no function of e)
        self.no_springs = QLabel()
        self.no_springs.setWordWrap(True)
        self.no_springs.setVisible(False)
        side.addWidget(self.no_springs)
        side.addWidget(readout_box)
        side.addLayout(buttons)
        side.addLayout(controls)
        side.addWidget(self.show_path)
        # the energy plot's key above it, in the curves' colours: a legend would cover the small plot's curves
        self.energy_key = QLabel(" · ".join(f"<span style='color:{colour}'><b>{name}</b></span>" for name, colour in
                                            ((translate("physics_view", "kinetic"), theme.ORANGE),
                                             (translate("physics_view", "potential"), theme.BLUE),
                                             (translate("physics_view", "total"), theme.BLACK))))
        self.energy_key.setWordWrap(True)
        side.addWidget(self.energy_key)
        side.addWidget(self.energy_widget)
        side.addWidget(self.help_text)
        side.addStretch(1)  # room to spare goes below the words, not into the energy plot above them
        side_widget = QWidget()
        side_widget.setLayout(side)
        self.side = Column(side_widget, frame=False)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.plot_widget)
        split.addWidget(self.side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setCollapsible(1, False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(split, 1)
        self.styled(self._size_readouts)

    def _size_readouts(self) -> None:
        """Room for the longest reading, in the font now in force (projector mode enlarges it)."""
        metrics = QFontMetrics(QApplication.font())
        for key, value in self.readout.items():
            text = WIDE_READINGS.get(key, NARROW_READING)
            if key == "rest":
                text = max(translate("physics_view", "moving"), translate("physics_view", "at rest"),
                           key=metrics.horizontalAdvance)
            value.setMinimumWidth(metrics.horizontalAdvance(text))
        self.energy_widget.setMinimumHeight(9 * metrics.height())
        self.energy_widget.setMaximumHeight(14 * metrics.height())

    def _style_items(self) -> None:
        size = theme.Sizes
        for plot in (self.plot, self.energy_plot):
            theme.style_plot(plot)  # the energy legend's labels too
        self.ghost.setPen(theme.pen(theme.BLACK, size.line * 0.8, Qt.PenStyle.DashLine, alpha=0.35))
        self.path_lines.setPen(theme.pen(theme.PURPLE, size.thin, alpha=0.35))
        for curve, hex_colour in zip(self.spring_curves, TENSION_COLOURS):
            curve.setPen(theme.pen(hex_colour, size.thin))
        self.bar.setPen(theme.pen("#303030", size.line * 3))
        self.anchors.setSize(size.marker)
        self.kinetic_curve.setPen(theme.pen(theme.ORANGE, size.thin))
        self.potential_curve.setPen(theme.pen(theme.BLUE, size.thin))
        self.total_curve.setPen(theme.pen(theme.BLACK, size.thin + 0.5))

    # --- inputs -----------------------------------------------------------------------------

    def set_problem(self, x: Array, y: Array, settings: FitSettings, exact: Array | None) -> None:
        """New points or loss: the anchors move, the bar keeps its line and motion. While the
        view is hidden the bar is built when it is next shown: for 10⁶ points that is a third
        of a second the GUI thread would spend on every edit for a view nobody sees."""
        if not self.isVisible():
            self._pending = (x, y, settings, exact)
            return
        self._pending = None
        self.exact = exact if settings.model == "line" else None
        self._settings = settings
        previous, state = self.system, self.state
        try:
            system = self._make(x, y, settings)
        except InputError as exc:
            self.system = self.state = None
            loss = settings.loss_()
            self.no_springs.setText(translate("physics_view", "<span style='color:{colour}'><b>The spring picture does"
                                              " not apply to {loss}.</b></span> {why}").format(
                colour=theme.VERMILLION, loss=core_tr(loss.title),
                why=core_tr(loss.springs_sentence) if loss.springs_sentence else exc))
            self.no_springs.setVisible(True)
            self._draw()
            return
        self.no_springs.setVisible(False)
        self.system = system
        (vx0, vx1), (vy0, vy1) = self.viewbox.viewRange()
        inside = bool(np.all((x >= vx0) & (x <= vx1) & (y >= vy0) & (y <= vy1)))
        if previous is None or state is None or not inside:
            self.state = system.start()  # new data (a preset, a file): hang the bar afresh, in view
            self.energy.clear()
            self._frame_range()
        else:
            self.state = system.carry(state, previous)
        self._draw()

    def _make(self, x: Array, y: Array, settings: FitSettings) -> BarSystem:
        n = max(len(x), 1)
        return BarSystem(x, y, settings.loss, **settings.loss_parameters(), stiffness=self.stiffness.value(),
                         mass=self.mass.value() * n, damping=self.damping.value() * n)

    def _settings_changed(self) -> None:
        if self.system is None:
            return
        previous, state = self.system, self.state
        self.system = self._make(previous.x, previous.y, self._settings)
        if state is not None:
            self.state = self.system.carry(state, previous)

    def set_exact(self, exact: Array | None) -> None:
        if self._pending is not None:
            x, y, settings, _ = self._pending
            self._pending = (x, y, settings, exact)
            return
        self.exact = exact
        self._draw()

    def showEvent(self, event) -> None:
        if self._pending is not None:
            self.set_problem(*self._pending)  # visible now: build the bar
        super().showEvent(event)

    def set_path(self, path: Array | None) -> None:
        self.path = path
        if self.show_path.isChecked():
            self._draw()

    # --- animation ----------------------------------------------------------------------------

    def set_active(self, on: bool) -> None:
        """Animate only while the view is shown and playing."""
        if on and self._stale:
            self._draw()
        if on and self.play.isChecked():
            self._last_tick = time.perf_counter()
            self.timer.start()
        else:
            self.timer.stop()

    def _play_toggled(self, on: bool) -> None:
        self.play.setText(translate("physics_view", "Pause") if on else translate("physics_view", "Play"))
        self.set_active(on and self.isVisible())

    def reset(self) -> None:
        if self.system is not None:
            self.state = self.system.start()
            self.energy.clear()
        self._draw()

    def advance(self, seconds: float) -> None:
        """Move the bar `seconds` of simulated time on (the frame's work, also for tests)."""
        if self.system is None or self.state is None or self.held:
            return
        self.state = self.system.advance(self.state, seconds, max_substeps=400)
        self._sample()

    def _tick(self) -> None:
        now = time.perf_counter()
        elapsed, self._last_tick = min(now - self._last_tick, 0.1), now
        self.advance(elapsed * self.speed.value())
        self._draw()
        self.frame_ms.append((time.perf_counter() - now) * 1000)
        del self.frame_ms[:-600]

    def _sample(self) -> None:
        system, state = self.system, self.state
        if system is None or state is None:
            return
        kinetic, potential = system.kinetic(state), system.potential(state)
        self.energy.append((state.t, kinetic, potential, kinetic + potential))
        while self.energy and self.energy[0][0] < state.t - ENERGY_SECONDS:
            self.energy.pop(0)

    # --- grabbing the bar ----------------------------------------------------------------------

    def grab_kind(self, pos) -> str | None:
        """'move' near the bar's middle, 'tilt' near its ends, None away from it."""
        system, state = self.system, self.state
        if system is None or state is None:
            return None
        c, m = system.line(state)
        _, dy = self.viewbox.viewPixelSize()
        if abs(c + m * pos.x() - pos.y()) / max(abs(dy), 1e-300) > GRAB_PX:
            return None
        x0, x1 = self._bar_ends()
        third = (x1 - x0) / 3
        return "move" if x0 + third <= pos.x() <= x1 - third else "tilt"

    def drag_bar(self, kind: str, x: float, y: float, finished: bool) -> None:
        system, state = self.system, self.state
        if system is None or state is None:
            return
        c, m = system.line(state)
        xm = system.x_mean
        if kind == "move":
            h = y - m * (x - xm)
            s = m
        else:
            h = c + m * xm
            s = (y - h) / (x - xm) if abs(x - xm) > 1e-12 else m
        self.state = BarState(h, s, 0.0, 0.0, state.t)
        self.held = not finished
        if finished:
            self._last_tick = time.perf_counter()
        self._draw()

    # --- drawing ---------------------------------------------------------------------------------

    def _bar_ends(self) -> tuple[float, float]:
        system = self.system
        if system is None or system.n == 0:
            return -1.0, 1.0
        x0, x1 = float(system.x.min()), float(system.x.max())
        pad = max(0.08 * (x1 - x0), 0.5)
        return x0 - pad, x1 + pad

    def _frame_range(self) -> None:
        system = self.system
        if system is None:
            return
        x0, x1 = self._bar_ends()
        y0, y1 = float(system.y.min()), float(system.y.max())
        pad = max(0.15 * (y1 - y0), 0.5)
        self.viewbox.setRange(QRectF(x0, y0 - pad, x1 - x0, (y1 - y0) + 2 * pad), padding=0.02)

    def redraw(self) -> None:
        self._force_energy = True
        self._draw()

    def _draw(self) -> None:
        if not self.isVisible():
            self._stale = True  # drawn when shown: a hidden view must not cost the other views frames
            return
        self._stale = False
        system, state = self.system, self.state
        if system is None or state is None:
            for item in (self.bar, self.ghost, self.path_lines, *self.spring_curves):
                item.setData([], [])
            self.anchors.setData([], [])
            return
        x, y = system.x, system.y
        c, m = system.line(state)
        x0, x1 = self._bar_ends()
        self.bar.setData([x0, x1], [c + m * x0, c + m * x1])
        p = c + m * x
        tension = np.abs(system.tensions(state))
        top = float(tension.max()) if len(tension) else 0.0
        bins = np.minimum((tension / top * TENSION_BINS).astype(int), TENSION_BINS - 1) if top > 0 else np.zeros(
            len(x), int)
        width = 0.012 * (x1 - x0)
        drawn = np.zeros(len(x), bool)  # at most MAX_SPRINGS coils: more would be a smear that costs frames
        drawn[:: max(1, len(x) // MAX_SPRINGS + (len(x) % MAX_SPRINGS > 0))] = True
        for k, curve in enumerate(self.spring_curves):
            sel = (bins == k) & drawn
            # zigzags read well without antialiasing, which costs ~8× the painting time
            curve.setData(*coils(x[sel], y[sel], p[sel], width), antialias=False)
        self.anchors.setData(x, y)
        exact = self.exact
        if exact is not None and len(exact) == 2 and np.all(np.isfinite(exact)):
            self.ghost.setData([x0, x1], [exact[0] + exact[1] * x0, exact[0] + exact[1] * x1])
        else:
            self.ghost.setData([], [])
        if self.show_path.isChecked() and self.path is not None and len(self.path) > 1 and self.path.shape[1] == 2:
            picks = np.unique(np.geomspace(1, len(self.path), 30).astype(int) - 1)
            lines = self.path[picks]
            xs = np.tile([x0, x1, np.nan], len(lines))
            ys = np.column_stack([lines[:, 0] + lines[:, 1] * x0, lines[:, 0] + lines[:, 1] * x1,
                                  np.full(len(lines), np.nan)]).ravel()
            self.path_lines.setData(xs, ys)
        else:
            self.path_lines.setData([], [])
        self._show_readouts(system, state, c, m)

    def _show_readouts(self, system: BarSystem, state: BarState, c: float, m: float) -> None:
        f, torque = system.forces(state)
        kinetic, potential = system.kinetic(state), system.potential(state)
        r = self.readout
        r["force"].setText(number(f, ".4g"))
        r["torque"].setText(number(torque, ".4g"))
        sse = system.loss.squared and system.loss.square_weight == 1.0 and system.stiffness == 2.0
        note = " (= SSE)" if sse else ""
        r["potential"].setText(f"{number(potential, '.6g')}{note}")
        r["kinetic"].setText(number(kinetic, ".4g"))
        r["total"].setText(number(kinetic + potential, ".6g"))
        r["line"].setText(f"p = {number(m, '.5g')}·x {'+' if c >= 0 else '−'} {number(abs(c), '.5g')}")
        resting = system.at_rest(state, tolerance=1e-6)
        colour = theme.GREEN if resting else "#505050"
        said = translate("physics_view", "at rest") if resting else translate("physics_view", "moving")
        r["rest"].setText(f"<span style='color:{colour}'><b>{said}</b></span>")
        self._frames += 1
        force, self._force_energy = self._force_energy, False
        if self.energy and (force or self._frames % ENERGY_EVERY == 0 or not self.timer.isActive()):
            t, k, u, e = (np.array(v) for v in zip(*self.energy))
            for curve, values in ((self.kinetic_curve, k), (self.potential_curve, u), (self.total_curve, e)):
                curve.setData(t, values, antialias=False)

    def line(self) -> tuple[float, float] | None:
        if self.system is None or self.state is None:
            return None
        return self.system.line(self.state)

    @property
    def resting(self) -> bool:
        return self.system is not None and self.state is not None and self.system.at_rest(self.state)

    def stop(self) -> None:
        self.timer.stop()

    def median_frame_ms(self) -> float:
        return float(np.median(self.frame_ms)) if self.frame_ms else math.nan
