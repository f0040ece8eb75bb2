"""What a person cannot read whole: texts cut by their own size or by what holds them.

Generic over the window's widgets (labels, buttons, check boxes, drop-downs, spin boxes, group
titles, tabs, toolbar buttons), so a widget added later is checked too.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QMainWindow,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionGroupBox,
    QTabBar,
    QTableView,
    QToolBar,
    QWidget,
)

SLACK = 1  # px: rounding


def _text(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    return text() if callable(text) else ""


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def cut_by_itself(widget: QWidget) -> str | None:
    """Why the widget's own rectangle is too small for its text, or None."""
    w, h = widget.width(), widget.height()
    if isinstance(widget, QLabel):
        if not widget.text() or (widget.pixmap() is not None and not widget.pixmap().isNull()):
            return None
        if widget.wordWrap():
            need = widget.heightForWidth(w)
            return f"needs {need} px of height, has {h}" if need > h + SLACK else None
        need = widget.sizeHint().width()
        return f"needs {need} px, has {w}" if need > w + SLACK else None
    if isinstance(widget, QAbstractButton):
        if not widget.text():
            return None
        need = widget.sizeHint().width()
        return f"needs {need} px, has {w}" if need > w + SLACK else None
    if isinstance(widget, QComboBox):
        option = QStyleOptionComboBox()
        widget.initStyleOption(option)
        field = widget.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                              QStyle.SubControl.SC_ComboBoxEditField, widget)
        need, text = widget.fontMetrics().horizontalAdvance(widget.currentText()), widget.currentText()
        return f"'{text}' needs {need} px, has {field.width()}" if need > field.width() + SLACK else None
    if isinstance(widget, QAbstractSpinBox):
        editor = widget.lineEdit()
        need = editor.fontMetrics().horizontalAdvance(editor.text()) + 4
        return f"'{editor.text()}' needs {need} px, has {editor.width()}" if need > editor.width() + SLACK else None
    if isinstance(widget, QGroupBox) and widget.title():
        option = QStyleOptionGroupBox()
        widget.initStyleOption(option)
        label = widget.style().subControlRect(QStyle.ComplexControl.CC_GroupBox, option,
                                              QStyle.SubControl.SC_GroupBoxLabel, widget)
        need = widget.fontMetrics().horizontalAdvance(widget.title())
        inside = QRect(0, 0, w, h)
        if label.width() + SLACK < need or not inside.contains(label):
            return f"title needs {need} px, has {label.width()} ({label} in {inside})"
        return None
    if isinstance(widget, QTabBar):
        for i in range(widget.count()):
            if not widget.isTabVisible(i):
                continue
            rect, need = widget.tabRect(i), widget.tabSizeHint(i)
            if rect.width() + SLACK < need.width() or not widget.rect().contains(rect):
                return f"tab '{widget.tabText(i)}' needs {need.width()} px, has {rect.width()} at {rect.x()}"
        return None
    if isinstance(widget, QTableView):
        return _cut_cells(widget)
    if isinstance(widget, QToolBar):
        hidden = [a.text() for a in widget.actions() if a.isVisible() and not a.isSeparator()
                  and (widget.widgetForAction(a) is None or not widget.widgetForAction(a).isVisible())]
        return f"{hidden} only behind »" if hidden else None
    return None


def _cut_cells(table: QTableView) -> str | None:
    """A header or a cell on show whose text is wider than its column (Qt would elide it)."""
    model, header = table.model(), table.horizontalHeader()
    if model is None:
        return None
    metrics, pad = table.fontMetrics(), 2 * table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 2
    last = table.rowAt(table.viewport().height() - 1)
    rows = range(max(table.rowAt(0), 0), model.rowCount() if last < 0 else last + 1)
    for column in range(model.columnCount()):
        width = header.sectionSize(column)
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        if header.fontMetrics().horizontalAdvance(title) + pad > width + SLACK:
            return f"column '{title}' is {width} px"
        for row in rows:
            text = str(model.data(model.index(row, column)) or "")
            if metrics.horizontalAdvance(text) + pad > width + SLACK:
                return f"'{text}' in a {width} px column"
    return None


def cut_by_holders(widget: QWidget, top: QWidget) -> str | None:
    """Why what holds the widget hides part of it, or None. A scroll area may hide it in the
    direction it scrolls (the person scrolls to it); nothing may cut it across."""
    rect = QRect(widget.mapTo(top, widget.rect().topLeft()), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        area = parent.parentWidget()
        scrolls_down = isinstance(area, QAbstractScrollArea) and parent is area.viewport()
        bounds = QRect(parent.mapTo(top, parent.rect().topLeft()), parent.size())
        if rect.left() < bounds.left() - SLACK or rect.right() > bounds.right() + SLACK:
            return f"cut across by {type(parent).__name__} {parent.objectName()} ({rect} in {bounds})"
        if scrolls_down:
            rect = rect.intersected(bounds)  # the part scrolled into view: what holds the area must show it whole
            if rect.isEmpty():
                return None  # scrolled out of view: the person scrolls to it
        elif rect.top() < bounds.top() - SLACK or rect.bottom() > bounds.bottom() + SLACK:
            return f"cut by {type(parent).__name__} {parent.objectName()} ({rect} in {bounds})"
        parent = parent.parentWidget()
    return None


def behind_a_tab(widget: QWidget) -> bool:
    """In a dock that another dock's tab covers."""
    parent = widget
    while parent is not None:
        if isinstance(parent, QDockWidget):
            return parent.visibleRegion().isEmpty()
        parent = parent.parentWidget()
    return False


def across_scrolling(window: QWidget) -> list[str]:
    """Scroll areas that scroll sideways: a column too narrow for what it holds."""
    found = []
    for area in window.findChildren(QScrollArea):
        bar = area.horizontalScrollBar()
        if _shown(area) and bar.isVisible() and bar.maximum() > 0:
            found.append(f"{type(area.widget()).__name__} scrolls sideways by {bar.maximum()} px")
    return found


KINDS = (QLabel, QAbstractButton, QComboBox, QAbstractSpinBox, QGroupBox, QTabBar, QToolBar, QTableView)


def cut_texts(window: QMainWindow) -> list[str]:
    """Every text on show that a person cannot read whole, and why."""
    found = []
    for kind in KINDS:
        for widget in window.findChildren(kind):
            if not _shown(widget) or widget.window() is not window or behind_a_tab(widget):
                continue
            why = cut_by_itself(widget) or cut_by_holders(widget, window)
            if why:
                found.append(f"{type(widget).__name__} '{_text(widget)[:40]}': {why}")
    return sorted(set(found + across_scrolling(window)))
