"""Regression or classification: what each mode starts with, what it calls its overlays, and
what the lesson keeps of the mode not shown.

The mode belongs to the data (`Points.classification`), so a switch is one undoable step that
brings the other mode's points and settings (its first preset and settings the first time);
the mode left behind keeps its points, its settings and its choice of overlays for a switch back.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .dataset import Points
from .settings import CLASSIFICATION_MODEL, FitSettings

#: what the canvas can draw over the points, and what it draws at first
OVERLAYS = ("fit", "exact", "residuals", "rss", "tss", "arrows", "mean")
FIRST_OVERLAYS = {**dict.fromkeys(OVERLAYS, True), "arrows": False, "tss": False}
Titles = dict[str, tuple[str, str]]  # an overlay's name and tooltip, shown through translate("modes", ...)
OVERLAY_TITLES = cast(Titles, {
    "fit": (
        QT_TRANSLATE_NOOP("modes", "current fit"),
        QT_TRANSLATE_NOOP("modes", "The line (or curve) the optimizer has reached"),
    ),
    "exact": (
        QT_TRANSLATE_NOOP("modes", "exact answer (E)"),
        QT_TRANSLATE_NOOP("modes", "Reveal the exact answer, dashed (the true minimizer of J), or hide it again (E)"),
    ),
    "residuals": (
        QT_TRANSLATE_NOOP("modes", "residuals"),
        QT_TRANSLATE_NOOP("modes", "Vertical segments r = y − p from each point to the fit"),
    ),
    "rss": (
        QT_TRANSLATE_NOOP("modes", "residual squares (RSS)"),
        QT_TRANSLATE_NOOP("modes", "Squares with side |r|: their total area is the RSS"),
    ),
    "tss": (
        QT_TRANSLATE_NOOP("modes", "ȳ and its squares (TSS)"),
        QT_TRANSLATE_NOOP("modes", "The bias-only model ȳ; its squares' total area is the TSS"),
    ),
    "arrows": (
        QT_TRANSLATE_NOOP("modes", "gradient arrows"),
        QT_TRANSLATE_NOOP("modes", "Which way each point pulls the fit, and how hard: −dℓ/dp"),
    ),
    "mean": (
        QT_TRANSLATE_NOOP("modes", "mean point (x̄, ȳ)"),
        QT_TRANSLATE_NOOP("modes", "The least-squares line always passes through it"),
    ),
})
#: the same overlays in classification mode (arrows and the mean point do not apply there)
CLASS_OVERLAY_TITLES = cast(Titles, {
    "fit": (
        QT_TRANSLATE_NOOP("modes", "decision boundary"),
        QT_TRANSLATE_NOOP("modes", "Where the most likely class changes: σ(z) = ½ (z = 0) for two classes, "
                                   "z_k = z_l where classes k and l meet"),
    ),
    "exact": (
        QT_TRANSLATE_NOOP("modes", "exact boundary (E)"),
        QT_TRANSLATE_NOOP("modes", "Reveal the exact boundary, dashed (J's true minimizer), or hide it again (E)"),
    ),
    "residuals": (
        QT_TRANSLATE_NOOP("modes", "per-point loss (rings)"),
        QT_TRANSLATE_NOOP("modes", "A ring around each point, its area growing with the point's loss"),
    ),
    "rss": (
        QT_TRANSLATE_NOOP("modes", "predicted class (shading)"),
        QT_TRANSLATE_NOOP("modes", "Each region in the faint colour of the class the model predicts there; "
                                   "stronger where it is surer"),
    ),
    "tss": (
        QT_TRANSLATE_NOOP("modes", "margins z = ±1 (hinge)"),
        QT_TRANSLATE_NOOP("modes", "Hinge loss is 0 beyond these lines on the right side"),
    ),
})
#: the settings each mode starts with the first time it is chosen
CLASSIFICATION_START = FitSettings(loss="bce", model=CLASSIFICATION_MODEL, lr=0.5, epochs=300)
#: the preset each mode shows the first time it is chosen
FIRST_PRESETS = {False: "noisy-line", True: "blobs"}


@dataclass(frozen=True)
class ModeMemory:
    """The mode not shown: its points (None until it has been shown) and its settings."""

    points: Points | None
    settings: FitSettings
