"""Train and test's commands: Data → Hold out 30% (a new draw each time), Hold out none, and T
on the selected point (or its menu: Shift+right-click on a point) to hold it out or take it back."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt, Slot
from PySide6.QtWidgets import QMainWindow, QMenu, QMenuBar

from .actions import make_action
from .i18n import translate

if TYPE_CHECKING:
    from .canvas import Canvas
    from .lesson import Lesson

SHARE = 0.3


class SplitActions(QObject):
    def __init__(self, window: QMainWindow, lesson: Lesson, canvas: Canvas, bar: QMenuBar) -> None:
        super().__init__(window)
        self.window, self.lesson = window, lesson
        share = f"{SHARE:.0%}"
        self.hold_share = make_action(
            window, translate("split_actions", "Hold out {share}").format(share=share), lambda: lesson.hold_out(SHARE),
            None, translate("split_actions", "Hold out a random {share} of the points (hollow): J and the gradient "
                                             "leave them out, the readouts and the loss curve show J on them too; "
                                             "again draws other points").format(share=share))
        self.hold_none = make_action(window, translate("split_actions", "Hold out none"), lesson.hold_out_none, None,
                                     translate("split_actions", "Every point back in J: no held-out points"))
        self.toggle = make_action(window, translate("split_actions", "Hold out the selected point"),
                                  lambda: lesson.toggle_held(), Qt.Key.Key_T,
                                  translate("split_actions", "Hold the selected point out of J, or take it back (T)"))
        canvas.pointMenuRequested.connect(self.point_menu)
        lesson.pointsChanged.connect(self._enable)
        self._enable()
        self.menu = self.fill_menu(bar)

    @Slot()
    def _enable(self, *_args: object) -> None:
        points = self.lesson.points
        self.hold_share.setEnabled(len(points) >= 2)
        self.hold_none.setEnabled(points.split)

    def fill_menu(self, bar: QMenuBar) -> QMenu:
        """The Data menu, before the Help menu."""
        menu = QMenu(translate("split_actions", "&Data"), bar)
        helps = [a for a in bar.actions() if a.text() == translate("actions", "&Help")]
        bar.insertMenu(helps[0], menu) if helps else bar.addMenu(menu)
        menu.addActions([self.hold_share, self.hold_none, self.toggle])
        menu.setToolTipsVisible(True)
        return menu

    @Slot(int, object)
    def point_menu(self, index: int, at: QPoint) -> None:
        """A point's menu: hold it out (or take it back), or remove it."""
        held = bool(self.lesson.points.held_out[index])
        menu = QMenu(self.window)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        text = (translate("split_actions", "Train on point {n}") if held else
                translate("split_actions", "Hold out point {n}")).format(n=index + 1)
        toggle = menu.addAction(f"{text}\tT")  # T: the window's key
        toggle.triggered.connect(lambda _=False: self.lesson.toggle_held(index))
        remove = menu.addAction(translate("split_actions", "Remove point {n}").format(n=index + 1))
        remove.triggered.connect(lambda _=False: self.lesson.remove_points([index]))
        self.point_menu_shown = menu
        menu.popup(at)
