"""Where the keyboard and the wheel go.

Fields one types into (spin boxes, line edits) keep the keys typed in them until Escape (or
a click on a view) gives the keyboard back to the view on show. Every other control (a
drop-down, a check box, a slider, a button) takes the keyboard only when Tab reaches it: a
choice made with the mouse leaves the focus where it was, so Space, →, R and 1–9 still run,
step, reset and pick a loss, and ↑ cannot change the model behind the teacher's back.

A control takes the wheel only when it has the focus; otherwise the wheel scrolls whatever
holds it (the settings panel), as a person scrolling past it means.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QScrollBar,
    QWidget,
)

#: controls that take the keyboard only when tabbed to
CLICKED = (QComboBox, QAbstractSlider, QAbstractButton)
#: fields typed into: a click puts the cursor in them
TYPED = (QAbstractSpinBox, QLineEdit)
#: controls the wheel would change
WHEELED = (QComboBox, QAbstractSlider, QAbstractSpinBox)


class WheelGuard(QObject):
    """Passes the wheel on to the parent of a control that does not have the focus."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            event.ignore()  # ignored, it goes on to the parent: the scroll area scrolls
            return True
        return False


def settle(root: QWidget, guard: WheelGuard) -> None:
    """Give every control under `root` its focus policy, and the wheel guard where the wheel
    would change it (call once the widgets are built)."""
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QScrollBar):
            continue  # the wheel is theirs: it is what scrolls
        clickable = bool(widget.focusPolicy().value & Qt.FocusPolicy.ClickFocus.value)  # a toolbar's buttons take none
        if isinstance(widget, TYPED) and clickable:
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # not WheelFocus: the wheel gives no focus
        elif isinstance(widget, CLICKED) and clickable:
            widget.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        if isinstance(widget, WHEELED):
            widget.installEventFilter(guard)
