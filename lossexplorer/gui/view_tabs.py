"""The window's views as tabs: each view made once, when it is first shown or asked for (the
fit view at once), its tab's title and tip, the widget that takes the keyboard when it is shown,
and the views a mode cannot show.

Six of the seven views are hidden at start-up; making them (and importing their modules) only
when a person opens their tab keeps the window's start-up near a bare PySide6 window's
(benchmarks/bench_startup.py). Each tab holds a page; a view is put in its page when made, and
`built` says so, so the window can connect it and hand it the lesson's current state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from .canvas import Canvas
from .i18n import number, translate

if TYPE_CHECKING:
    from .landscape_view import LandscapeView
    from .lesson import Lesson
    from .physics_view import PhysicsView
    from .runner import Runner
    from .shape_views import LossShapeView, NoiseView
    from .validation_view import ValidationView
    from .worked_view import WorkedView

VIEWS = (  # name, tab title, tooltip (translated when shown)
    ("fit", QT_TRANSLATE_NOOP("view_tabs", "Fit"),
     QT_TRANSLATE_NOOP("view_tabs", "The points, the fit and its squares")),
    ("landscape", QT_TRANSLATE_NOOP("view_tabs", "Landscape"),
     QT_TRANSLATE_NOOP("view_tabs", "J over two coefficients, with the path down it")),
    ("loss-shape", QT_TRANSLATE_NOOP("view_tabs", "Loss shape"),
     QT_TRANSLATE_NOOP("view_tabs", "ℓ and its slope against the error e, or in classification the margin t·z; "
                       "the points as ticks")),
    ("noise", QT_TRANSLATE_NOOP("view_tabs", "Noise"),
     QT_TRANSLATE_NOOP("view_tabs", "The residuals and the noise the loss assumes")),
    ("physics", QT_TRANSLATE_NOOP("view_tabs", "Physics"),
     QT_TRANSLATE_NOOP("view_tabs", "A bar on springs that settles where the loss says")),
    ("worked", QT_TRANSLATE_NOOP("view_tabs", "Worked epoch"),
     QT_TRANSLATE_NOOP("view_tabs", "The next epoch's arithmetic in the blog's notation, with the real numbers")),
    ("validation", QT_TRANSLATE_NOOP("view_tabs", "Validation"),
     QT_TRANSLATE_NOOP("view_tabs", "Training J and held-out J of the exact answer for the degrees 0–9")),
)
REGRESSION_ONLY = ("noise", "physics", "validation")  # residuals, springs, degrees of x
EMPTY_HINT = 0.5  # the status line says what the aspect lock costs once it leaves half the canvas empty


def count_line(n: int, drawn: int, epoch: int, empty: float) -> str:
    """The status bar's right side: the points, the epoch, how many are drawn, and hints."""
    parts = [translate("view_tabs", "1 point") if n == 1
             else translate("view_tabs", "{n} points").format(n=number(n, ",d")),
             translate("view_tabs", "epoch {epoch}").format(epoch=epoch)]
    if drawn < n:
        parts.append(translate("view_tabs", "showing {drawn} of {n} points").format(drawn=number(drawn, ",d"),
                                                                                    n=number(n, ",d")))
    if n == 0:
        parts.append(translate("view_tabs", "left-click on the canvas to add points"))
    if empty >= EMPTY_HINT:  # say what the lock costs, and where to free it
        parts.append(translate("view_tabs", "lock aspect leaves {share} of the canvas empty (View menu)").format(
            share=number(empty, ".0%")))
    return " · ".join(parts)


def make_view(name: str, lesson: Lesson, runner: Runner) -> tuple[QWidget, QWidget]:
    """The view called `name` and the widget of it that takes the keyboard (its plot)."""
    if name == "landscape":
        from .landscape_view import LandscapeView

        landscape = LandscapeView()
        return landscape, landscape.plot_widget
    if name == "loss-shape":
        from .shape_views import LossShapeView

        shape = LossShapeView()
        return shape, shape.value_widget
    if name == "noise":
        from .shape_views import NoiseView

        noise = NoiseView()
        return noise, noise.plot_widget
    if name == "physics":
        from .physics_view import PhysicsView

        physics = PhysicsView()
        return physics, physics.plot_widget
    if name == "worked":
        from .worked_view import WorkedView

        worked = WorkedView(lesson, runner)
        return worked, worked.text
    if name == "validation":
        from .validation_view import ValidationView

        validation = ValidationView()
        return validation, validation.plot_widget
    raise KeyError(name)


class ViewTabs(QTabWidget):
    """The views, one tab each, in the order of `VIEWS`; each made on first use."""

    built = Signal(str, QWidget)  # a view was made: its name and the view

    def __init__(self, lesson: Lesson, runner: Runner) -> None:
        super().__init__()
        self.setDocumentMode(True)
        self._lesson, self._runner = lesson, runner
        self.names = [name for name, _, _ in VIEWS]
        self._pages: dict[str, QWidget] = {}
        self._views: dict[str, QWidget] = {}
        for name, title, tip in VIEWS:
            page = QWidget()
            page.setObjectName(f"page_{name}")
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
            self._pages[name] = page
            self.addTab(page, translate("view_tabs", str(title)))
            self.setTabToolTip(self.count() - 1, translate("view_tabs", str(tip)))
        self.canvas = Canvas(lesson)
        self._place("fit", self.canvas, self.canvas.plot_widget)
        self.currentChanged.connect(lambda index: self.view(self.names[index]))  # made before it is shown

    def _place(self, name: str, view: QWidget, keys: QWidget) -> None:
        page = self._pages[name]
        cast(QVBoxLayout, page.layout()).addWidget(view)
        view.show()  # a child added to a page on show would wait for the next event loop pass
        page.setFocusProxy(keys)  # Escape and a tab's click give the keyboard to the view's plot
        self._views[name] = view

    def view(self, name: str) -> QWidget:
        """The view called `name`, made now if it was not yet."""
        if name not in self._views:
            view, keys = make_view(name, self._lesson, self._runner)
            self._place(name, view, keys)
            self.built.emit(name, view)
        return self._views[name]

    def made(self, name: str) -> QWidget | None:
        """The view called `name` if it has been made, else None (nothing to tell it yet)."""
        return self._views.get(name)

    def busy(self) -> bool:
        """True while a made view's background job (the landscape's grid, the validation curve) runs."""
        return any(view.jobs.busy for name, view in self._views.items()  # type: ignore[attr-defined]
                   if name in ("landscape", "validation"))

    def stop(self) -> None:
        """For good (the window closes): the made views' jobs and the physics bar's clock."""
        for name, view in self._views.items():
            if name in ("landscape", "physics", "validation"):
                view.stop()  # type: ignore[attr-defined]

    def current_name(self) -> str:
        return self.names[self.currentIndex()]

    def show_named(self, name: str) -> None:
        self.setCurrentIndex(self.names.index(name))

    def focus_current(self) -> None:
        self.currentWidget().setFocus(Qt.FocusReason.OtherFocusReason)

    def restyle(self) -> None:
        for view in self._views.values():
            view.restyle()  # type: ignore[attr-defined]

    def set_mode(self, classification: bool) -> None:
        """Noise, physics and validation show residuals, springs and degrees of x: regression only."""
        for i, (name, _title, tip) in enumerate(VIEWS):
            if name in REGRESSION_ONLY:
                self.setTabEnabled(i, not classification)
                self.setTabToolTip(i, translate("view_tabs", "Regression only") if classification
                                   else translate("view_tabs", str(tip)))
        if classification and self.current_name() in REGRESSION_ONLY:
            self.show_named("fit")


class LateViews:
    """The window's views by name, each made when first asked for (`window.landscape`)."""

    views: ViewTabs

    @property
    def landscape(self) -> LandscapeView:
        return cast("LandscapeView", self.views.view("landscape"))

    @property
    def loss_shape(self) -> LossShapeView:
        return cast("LossShapeView", self.views.view("loss-shape"))

    @property
    def noise(self) -> NoiseView:
        return cast("NoiseView", self.views.view("noise"))

    @property
    def physics(self) -> PhysicsView:
        return cast("PhysicsView", self.views.view("physics"))

    @property
    def worked(self) -> WorkedView:
        return cast("WorkedView", self.views.view("worked"))

    @property
    def validation(self) -> ValidationView:
        return cast("ValidationView", self.views.view("validation"))
