"""The window's views as tabs: each view made once, its tab's title and tip, the widget that
takes the keyboard when it is shown, and the views a mode cannot show."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget, QWidget

from .canvas import Canvas
from .landscape_view import LandscapeView
from .physics_view import PhysicsView
from .shape_views import LossShapeView, NoiseView
from .validation_view import ValidationView
from .worked_view import WorkedView

if TYPE_CHECKING:
    from .lesson import Lesson
    from .runner import Runner

VIEWS = (  # name, tab title, tooltip
    ("fit", "Fit", "The points, the fit and its squares"),
    ("landscape", "Landscape", "J over two coefficients, with the path down it"),
    ("loss-shape", "Loss shape",
     "ℓ and its slope against the error e, or in classification the margin t·z; the points as ticks"),
    ("noise", "Noise", "The residuals and the noise the loss assumes"),
    ("physics", "Physics", "A bar on springs that settles where the loss says"),
    ("worked", "Worked epoch", "The next epoch's arithmetic in the blog's notation, with the real numbers"),
    ("validation", "Validation", "Training J and held-out J of the exact answer for the degrees 0–9"),
)
REGRESSION_ONLY = ("noise", "physics", "validation")  # residuals, springs, degrees of x


class ViewTabs(QTabWidget):
    """The views, one tab each, in the order of `VIEWS`."""

    def __init__(self, lesson: Lesson, runner: Runner) -> None:
        super().__init__()
        self.setDocumentMode(True)
        self.canvas = Canvas(lesson)
        self.landscape = LandscapeView()
        self.loss_shape = LossShapeView()
        self.noise = NoiseView()
        self.physics = PhysicsView()
        self.worked = WorkedView(lesson, runner)
        self.validation = ValidationView()
        self.names = [name for name, _, _ in VIEWS]
        self.all: tuple[QWidget, ...] = (self.canvas, self.landscape, self.loss_shape, self.noise, self.physics,
                                         self.worked, self.validation)
        # what takes the keyboard when a view is shown: its plot (Escape and a tab's click go there)
        keys = (self.canvas.plot_widget, self.landscape.plot_widget, self.loss_shape.value_widget,
                self.noise.plot_widget, self.physics.plot_widget, self.worked.text, self.validation.plot_widget)
        for (_, title, tip), view, plot in zip(VIEWS, self.all, keys, strict=True):
            self.addTab(view, title)
            self.setTabToolTip(self.count() - 1, tip)
            view.setFocusProxy(plot)

    def current_name(self) -> str:
        return self.names[self.currentIndex()]

    def show_named(self, name: str) -> None:
        self.setCurrentIndex(self.names.index(name))

    def focus_current(self) -> None:
        self.currentWidget().setFocus(Qt.FocusReason.OtherFocusReason)

    def restyle(self) -> None:
        for view in self.all:
            view.restyle()  # type: ignore[attr-defined]

    def set_mode(self, classification: bool) -> None:
        """Noise, physics and validation show residuals, springs and degrees of x: regression only."""
        for i, (name, _title, tip) in enumerate(VIEWS):
            if name in REGRESSION_ONLY:
                self.setTabEnabled(i, not classification)
                self.setTabToolTip(i, "Regression only" if classification else tip)
        if classification and self.current_name() in REGRESSION_ONLY:
            self.show_named("fit")
