"""Regression or classification: what switches with the mode, and what each mode keeps.

The mode belongs to the data (`PointsModel.classification`), so a switch is one undoable
replacement of the points. When the points change mode (a switch, its undo, a file, a preset,
a session) `follow` brings the other mode's settings, overlays, axis names and views; the mode
left behind keeps its settings, its points and its choice of overlays for a switch back.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from lossexplorer.core import preset

from .dataset import Points
from .document import Points as StoredPoints  # (the window's until it moves to the lesson)
from .document import ReplacePoints
from .settings import CLASSIFICATION_MODEL, FitSettings

if TYPE_CHECKING:
    from .window import Array, MainWindow

#: what the canvas can draw over the points, and what it draws at first
OVERLAYS = ("fit", "exact", "residuals", "rss", "tss", "arrows", "mean")
FIRST_OVERLAYS = {**dict.fromkeys(OVERLAYS, True), "arrows": False, "tss": False}
OVERLAY_TITLES = {
    "fit": ("current fit", "The line (or curve) the optimizer has reached"),
    "exact": ("exact answer (dashed)", "The true minimizer of J for the chosen loss, from core.solve"),
    "residuals": ("residuals", "Vertical segments r = y − p from each point to the fit"),
    "rss": ("residual squares (RSS)", "Squares with side |r|: their total area is the RSS"),
    "tss": ("ȳ and its squares (TSS)", "The bias-only model ȳ; its squares' total area is the TSS"),
    "arrows": ("gradient arrows", "Which way each point pulls the fit, and how hard: −dℓ/dp"),
    "mean": ("mean point (x̄, ȳ)", "The least-squares line always passes through it"),
}
#: the same overlays in classification mode (arrows and the mean point do not apply there)
CLASS_OVERLAY_TITLES = {
    "fit": ("decision boundary σ(z) = ½", "Where the current model gives both classes probability ½: z = 0"),
    "exact": ("exact boundary (dashed)", "The boundary of the true minimizer of J, from core.solve"),
    "residuals": ("per-point loss (rings)", "A ring around each point, its area growing with the point's loss"),
    "rss": ("probability σ(z) (shading)", "Faint colour of the class the model expects; stronger where it is surer"),
    "tss": ("margins z = ±1 (hinge)", "Hinge loss is 0 beyond these lines on the right side"),
}
#: the settings each mode starts with the first time it is chosen
CLASSIFICATION_START = FitSettings(loss="bce", model=CLASSIFICATION_MODEL, lr=0.5, epochs=300)
#: the preset each mode shows the first time it is chosen
FIRST_PRESETS = {False: "noisy-line", True: "blobs"}


@dataclass(frozen=True)
class ModeMemory:
    """The mode not shown: its points (None until it has been shown) and its settings."""

    points: Points | None
    settings: FitSettings


class ModeSwitch(QObject):
    """The window's mode switch, and the settings, points and overlays of the mode not shown."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.other_settings = FitSettings() if window.settings.classification else CLASSIFICATION_START
        self.other_points: StoredPoints | None = None
        self.other_overlays = dict.fromkeys(CLASS_OVERLAY_TITLES, True)  # classification shows all of its own

    def request(self, classification: bool) -> None:
        """Switch between regression and classification, as one undoable step: the points of
        the other mode come back (the first time: a preset), and so do its settings."""
        w = self.window
        if classification == w.points.classification:
            w.panel.set_settings(w.settings)  # the panel's mode box follows the data
            return
        kept = self.other_points
        labels: Array | None
        if kept is not None and len(kept.x):
            x, y, labels = kept.x, kept.y, kept.labels
        else:
            p = preset("blobs" if classification else "noisy-line")
            x, y, labels = (p.x[:, 0], p.x[:, 1], p.y) if classification else (p.x, p.y, None)
        what = "classification" if classification else "regression"
        w._replace_points(x, y, f"switch to {what}", True, labels, classification)
        w.statusBar().showMessage(
            "Classification: left-click adds a point of the chosen class, Shift+click the other"
            if classification else "Regression: left-click adds a point (x, y)"
        )

    def follow(self) -> None:
        """The points changed mode (a switch, its undo, a file, a preset): the settings,
        the panel, the overlays' names and the views follow."""
        w = self.window
        classification = w.points.classification
        if classification == w.settings.classification:
            return
        s, self.other_settings = self.other_settings, w.settings
        w.panel.set_settings(s)
        w._on_settings(s)
        titles = {**OVERLAY_TITLES, **(CLASS_OVERLAY_TITLES if classification else {})}
        shown = {name: action.isChecked() for name, action in w.overlay_actions.items()}
        for name, on in self.other_overlays.items():  # each mode keeps its own choice of overlays
            w.overlay_actions[name].setChecked(on)
        self.other_overlays = shown
        for name, action in w.overlay_actions.items():
            text, tip = titles[name]
            action.setText(text)
            action.setToolTip(tip)
            if name in w.overlay_boxes:
                w.overlay_boxes[name].setText(text)
                w.overlay_boxes[name].setToolTip(tip)
                w.overlay_boxes[name].setVisible(not classification or name in CLASS_OVERLAY_TITLES)
        w.canvas.plot.setLabel("bottom", "x1" if classification else "x")
        w.canvas.plot.setLabel("left", "x2" if classification else "y")
        for name in ("noise", "physics"):  # they show residuals and springs: regression only
            i = w.view_names.index(name)
            w.views.setTabEnabled(i, not classification)
            w.views.setTabToolTip(i, "Regression only" if classification else w.views.tabToolTip(i))
        if classification and w.current_view_name() in ("noise", "physics"):
            w.show_view("fit")
        w.classroom.show_mode(classification)

    def pick_class(self, label: int) -> None:
        w = self.window
        w.canvas.current_class = label
        w.statusBar().showMessage(f"A left click now adds a class-{label} point (Shift+click: class {1 - label})")

    def remember_left_points(self) -> None:
        """The data changed mode: keep the points being left (the undo stack's command that
        changed it holds them), so a switch back brings them again."""
        w = self.window
        now = w.points.classification
        done = w.undo.command(w.undo.index() - 1) if w.undo.index() > 0 else None
        undone = w.undo.command(w.undo.index()) if w.undo.index() < w.undo.count() else None
        if isinstance(done, ReplacePoints) and done.new.classification == now != done.old.classification:
            self.other_points = done.old
        elif isinstance(undone, ReplacePoints) and undone.old.classification == now != undone.new.classification:
            self.other_points = undone.new
