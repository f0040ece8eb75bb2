"""Accessible names for every control, read by Orca and NVDA through AT-SPI and UI Automation.

`AccessibleNames(window)` runs `name_controls(window)` now and when the window gains children.
`name_controls(root)` gives each widget that can take the keyboard and has no accessible name
one, from what a sighted person reads beside it: a button's text, its form row's label, the
readout name left of it in a grid, else the group, dock or tab it is in, with its kind. Its
description is left to its tooltip where Qt reads the tooltip for it (it then stays in step when
the tooltip changes); another control gets its tooltip, or one sentence, as its description.
"""

from __future__ import annotations

import re

from pyqtgraph import PlotWidget
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QFormLayout,
    QGraphicsView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QTabBar,
    QTableView,
    QTabWidget,
    QWidget,
)

from .i18n import translate

#: what a control is, as said after the place it is in ("Epoch log table")
KINDS = (
    (QGraphicsView, QT_TRANSLATE_NOOP("accessible", "plot")),
    (QTableView, QT_TRANSLATE_NOOP("accessible", "table")),
    (QAbstractItemView, QT_TRANSLATE_NOOP("accessible", "list")),
    (QAbstractScrollArea, QT_TRANSLATE_NOOP("accessible", "panel")),
    (QComboBox, QT_TRANSLATE_NOOP("accessible", "choice")),
    (QAbstractSpinBox, QT_TRANSLATE_NOOP("accessible", "number")),
    (QAbstractSlider, QT_TRANSLATE_NOOP("accessible", "slider")),
    (QLineEdit, QT_TRANSLATE_NOOP("accessible", "text")),
    (QTabBar, QT_TRANSLATE_NOOP("accessible", "tabs")),
    (QTabWidget, QT_TRANSLATE_NOOP("accessible", "tabs")),
    (QLabel, QT_TRANSLATE_NOOP("accessible", "reading")),
)
MARKUP = re.compile(r"<[^>]+>")


def plain(text: str) -> str:
    """Text as a screen reader should say it: no markup, no mnemonic ampersands, one line."""
    return " ".join(MARKUP.sub("", text).replace("&&", "\0").replace("&", "").replace("\0", "&").split())


def focusable(widget: QWidget) -> bool:
    return widget.focusPolicy() != Qt.FocusPolicy.NoFocus


def name_controls(root: QWidget) -> None:
    """Name every control under `root` that has no accessible name (call once it is built, and
    again for controls made later: names already given stay)."""
    for widget in [root, *root.findChildren(QWidget)]:
        if not focusable(widget):
            continue
        if isinstance(widget, QTabBar):  # its tabs change (projector mode's short titles, tabbed docks)
            widget.setAccessibleName(name_of(widget))
        elif not widget.accessibleName():
            name = name_of(widget)
            if name:
                widget.setAccessibleName(name)
        if not widget.accessibleDescription() and not said(widget, QAccessible.Text.Description):
            widget.setAccessibleDescription(plain(widget.toolTip()) or description_of(widget))


def said(widget: QWidget, what: QAccessible.Text) -> str:
    """What assistive technology reads for the widget."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(what) if interface is not None else ""


def name_of(widget: QWidget) -> str:
    """What a sighted person reads as the control's name."""
    parent = widget.parentWidget()
    if isinstance(widget, QLineEdit) and isinstance(parent, (QAbstractSpinBox, QComboBox)):
        return parent.accessibleName() or name_of(parent)  # a spin box's or drop-down's own field
    if isinstance(parent, QAbstractScrollArea) and widget is parent.viewport():
        return parent.accessibleName() or name_of(parent)
    if isinstance(widget, QAbstractButton) and plain(widget.text()):
        return plain(widget.text())
    if isinstance(widget, QTabBar):
        return translate("accessible", "Tabs: {tabs}").format(
            tabs=", ".join(plain(widget.tabText(i)) for i in range(widget.count())))
    label = row_label(widget)
    if label:
        return label
    place = place_of(widget)
    kind = kind_of(widget)
    if isinstance(widget, PlotWidget):
        axes = [plain(widget.getPlotItem().getAxis(side).labelText) for side in ("left", "bottom")]
        if all(axes):
            kind = translate("accessible", "plot of {y} against {x}").format(y=axes[0], x=axes[1])
    if place:
        if kind and kind.lower() not in place.lower():  # German nouns are capitalised
            return translate("accessible", "{place} {kind}").format(place=place, kind=kind)
        return place
    tip = plain(widget.toolTip()).split(":")[0].split(".")[0]
    return tip[:60] or kind or plain(widget.objectName())


def row_label(widget: QWidget) -> str:
    """The label of the form row the widget is in, or the text left of it in a grid or a row."""
    parent = widget.parentWidget()
    top = parent.layout() if parent is not None else None
    if top is None:
        return ""
    for layout in [top, *top.findChildren(QLayout)]:
        if isinstance(layout, QHBoxLayout):
            at = layout.indexOf(widget)
            item = layout.itemAt(at - 1) if at > 0 else None
            before = item.widget() if item is not None else None
            if isinstance(before, (QLabel, QCheckBox)) and plain(before.text()):
                return plain(before.text())
        if isinstance(layout, QFormLayout):
            label = layout.labelForField(widget)
            if isinstance(label, QLabel) and plain(label.text()):
                return plain(label.text())
        elif isinstance(layout, QGridLayout):
            at = layout.indexOf(widget)
            if at < 0:
                continue
            position: tuple[int, int, int, int] = layout.getItemPosition(at)  # type: ignore[assignment]
            row, column = position[0], position[1]
            if column > 0:
                item = layout.itemAtPosition(row, column - 1)
                left = item.widget() if item is not None else None
                if isinstance(left, QLabel) and plain(left.text()):
                    return plain(left.text())
    return ""


def place_of(widget: QWidget) -> str:
    """The group box, tab or dock the widget is in."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox):  # a drop-down's list
            return parent.accessibleName() or name_of(parent)
        if isinstance(parent, QGroupBox) and plain(parent.title()):
            return plain(parent.title())
        if isinstance(parent, QTabWidget):
            for index in range(parent.count()):
                page = parent.widget(index)
                if page is not None and (page is widget or page.isAncestorOf(widget)):
                    return plain(parent.tabText(index))
        if isinstance(parent, QDockWidget):
            return plain(parent.windowTitle())
        parent = parent.parentWidget()
    if isinstance(widget, QTabWidget):
        return translate("accessible", "Views")
    return ""


def kind_of(widget: QWidget) -> str:
    for kind, word in KINDS:
        if isinstance(widget, kind):
            return translate("accessible", str(word))  # QT_TRANSLATE_NOOP is typed as returning object
    return ""


def description_of(widget: QWidget) -> str:
    """One sentence for a control that has no tooltip."""
    name = widget.accessibleName() or name_of(widget)
    if isinstance(widget, QTabBar):
        return translate("accessible", "{name}: the arrow keys choose a tab").format(name=name)
    if isinstance(widget, QGraphicsView):
        return translate("accessible", "{name}: the wheel zooms, a drag pans").format(name=name)
    if isinstance(widget, QComboBox):
        return translate("accessible", "{name}: the arrow keys choose").format(name=name)
    return name


class AccessibleNames(QObject):
    """Names the window's controls now, and again (once the events settle) when the window gains
    children; the tab bars of tabbed docks (made and retitled when docks are arranged) when its
    layout changes."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self._again = QTimer(self)
        self._again.setSingleShot(True)
        self._again.setInterval(0)
        self._again.timeout.connect(lambda: name_controls(self.window))
        window.installEventFilter(self)
        name_controls(window)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.ChildAdded, QEvent.Type.ChildPolished) and not self._again.isActive():
            self._again.start()
        elif kind == QEvent.Type.LayoutRequest:  # docks tabbed or retitled: their tab bars (cheap: a run asks often)
            for bar in self.window.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
                name = name_of(bar)
                if focusable(bar) and bar.accessibleName() != name:
                    bar.setAccessibleName(name)
        return False
