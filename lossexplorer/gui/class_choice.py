"""The panel's classes: how many (K = 2 … 5), and the class a left click adds (a palette, keys Ctrl+1 … Ctrl+5).

Each class wears its Okabe–Ito colour and its own marker shape, so the palette and the canvas
read alike in grey. A choice of K is one undo step of the lesson (`Lesson.set_classes`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, Qt, Slot
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence, QPalette
from PySide6.QtWidgets import QButtonGroup, QComboBox, QGridLayout, QRadioButton, QWidget

from . import theme
from .i18n import translate
from .settings import CLASS_COUNTS, FitSettings

if TYPE_CHECKING:
    from .lesson import Lesson

#: the class's marker as a character for the palette (the canvas's pyqtgraph symbols: theme.CLASS_SYMBOLS)
GLYPHS = ("●", "▲", "■", "◆", "▼")
#: each row of the palette holds this many classes
PER_ROW = 3


class ClassCount(QComboBox):
    """K: how many classes the points are of."""

    def __init__(self, lesson: Lesson) -> None:
        super().__init__()
        self.lesson = lesson
        for k in CLASS_COUNTS:
            self.addItem(translate("class_choice", "{k} classes").format(k=k), k)
        self.setAccessibleName(translate("class_choice", "classes"))
        self.setToolTip(translate(
            "class_choice",
            "How many classes, K = 2 … 5. Two: every classification loss; more: the softmax model "
            "with the categorical cross-entropy. Fewer classes drop the points of the classes that go "
            "(one undo step)"))
        self.show_classes(lesson.settings)
        self.currentIndexChanged.connect(lambda _i: lesson.set_classes(int(self.currentData())))
        lesson.settingsChanged.connect(lambda _old, new: self.show_classes(new))

    def show_classes(self, settings: FitSettings) -> None:
        if settings.classification:
            with QSignalBlocker(self):
                self.setCurrentIndex(self.findData(settings.classes))


class ClassPalette(QWidget):
    """One radio button per class (those of the K shown): the class a left click adds."""

    def __init__(self, lesson: Lesson) -> None:
        super().__init__()
        self.lesson = lesson
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        self.buttons = QButtonGroup(self)
        bold = QFont()
        bold.setBold(True)  # only the weight: a style sheet would freeze the size, and projector mode leave it small
        for label, glyph in enumerate(GLYPHS):
            button = QRadioButton(translate("class_choice", "{glyph} class {k}").format(glyph=glyph, k=label))
            button.setToolTip(translate(
                "class_choice", "A left click adds a class-{k} point (Ctrl+{key}; Shift+click: the next one)"
            ).format(k=label, key=label + 1))
            palette = button.palette()
            palette.setColor(QPalette.ColorRole.WindowText, QColor(theme.CLASS_COLOURS[label]))
            button.setPalette(palette)
            button.setFont(bold)
            self.buttons.addButton(button, label)
            grid.addWidget(button, label // PER_ROW, label % PER_ROW)
            key = QAction(translate("class_choice", "New points: class {k}").format(k=label), self)
            key.setShortcut(QKeySequence(f"Ctrl+{label + 1}"))
            key.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            key.triggered.connect(lambda _=False, k=label: self.pick(k))
            self.addAction(key)
        self.buttons.button(0).setChecked(True)
        self.buttons.idToggled.connect(self._toggled)
        lesson.newClassChanged.connect(self._show_class)
        lesson.settingsChanged.connect(lambda _old, new: self._show_count(new.classes))
        self._show_count(lesson.settings.classes)

    def pick(self, label: int) -> None:
        """New points of class `label`, when it is one of the K (a key or a click)."""
        if self.lesson.classification and label < self.lesson.classes:
            self.lesson.set_new_class(label)

    def _toggled(self, label: int, on: bool) -> None:
        if on:
            self.lesson.set_new_class(label)

    @Slot(int)
    def _show_class(self, label: int) -> None:
        with QSignalBlocker(self.buttons):
            self.buttons.button(label).setChecked(True)

    def _show_count(self, classes: int) -> None:
        for label, button in enumerate(self.buttons.buttons()):
            button.setVisible(label < max(classes, 2))
