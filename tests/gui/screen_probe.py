"""Open the window as the application does on a screen of a given size, show every view and
every dock in normal and projector mode with real clicks and keys, and print what a person
could not read whole, as JSON. Run in a process of its own: Qt chooses the platform (and so
the screen) once per process.

    python screen_probe.py WIDTH HEIGHT FOLDER [LANG]
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path


def set_up(width: int, height: int, folder: Path) -> None:
    config = folder / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "S", "x": 0, "y": 0, "width": width, "height": height,
                                              "logicalDpiX": 96, "logicalDpiY": 96, "dpr": 1}]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        os.environ[name] = str(folder / name.lower())


def main() -> None:
    width, height, folder = int(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
    set_up(width, height, folder)
    sys.path.insert(0, str(Path(__file__).parent))
    from clipping import cut_texts
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QTabBar

    from lossexplorer.gui.app import make_app, place_window
    from lossexplorer.gui.lifecycle import quiet_qt_messages

    app = make_app()
    quiet_qt_messages()
    if len(sys.argv) > 4:  # the window in another language (tests/gui/test_i18n.py)
        from lossexplorer.gui import i18n

        assert i18n.start(sys.argv[4]) == sys.argv[4]
    from lossexplorer.gui.window import MainWindow

    def settle() -> None:
        for _ in range(4):
            QTest.qWait(20)
            app.processEvents()

    def click(bar: QTabBar, index: int) -> None:
        QTest.mouseClick(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, bar.tabRect(index).center())
        settle()

    def every_view_and_dock(window: MainWindow, where: str, views: tuple[str, ...]) -> list[str]:
        found: list[str] = []
        dock_bars = [b for b in window.findChildren(QTabBar) if b is not window.views.tabBar() and b.isVisible()]
        pages = [(bar, i) for bar in dock_bars for i in range(bar.count())] or [(None, 0)]
        for bar, i in pages:
            if bar is not None:
                click(bar, i)
            tabs = window.views.tabBar()
            for v in range(tabs.count()):
                if window.views.names[v] not in views or not tabs.isTabEnabled(v):
                    continue
                click(tabs, v)
                window.flush()
                settle()
                shown = f"{where}, {tabs.tabText(v)}" + (f" with {bar.tabText(i)}" if bar is not None else "")
                cuts = cut_texts(window) + crowded(window)
                if cuts:  # a layout still catching up (a loaded machine): what stays cut once it settles
                    for _ in range(5):
                        settle()
                    cuts = cut_texts(window) + crowded(window)
                found += [f"{shown}: {cut}" for cut in cuts]
        return found

    def crowded(window: MainWindow) -> list[str]:
        """The plots squeezed by words, or the physics readings pushed out of sight."""
        view = window.views.currentWidget()
        plots = {window.loss_shape: (window.loss_shape.value_widget, window.loss_shape.grad_widget),
                 window.noise: (window.noise.plot_widget,), window.physics: (window.physics.plot_widget,)}
        found = []
        if view in plots and sum(p.height() for p in plots[view]) < 0.6 * view.height():
            found.append(f"the plots have {sum(p.height() for p in plots[view])} of {view.height()} px")
        if view is window.physics:
            for key, label in window.physics.readout.items():
                if label.visibleRegion().boundingRect() != label.rect():
                    found.append(f"the reading '{key}' is out of sight")
        return found

    window = MainWindow()
    place_window(window)
    window.show()
    QTest.qWaitForWindowExposed(window)
    settle()
    available = window.screen().availableGeometry()
    report: dict = {"available": [available.width(), available.height()], "fits": [], "cut": []}
    lesson = window.lesson
    lesson.change_settings(lesson.settings.with_(speed=0.0, epochs=40), undoable=False)
    QTest.keyClick(window.canvas.plot_widget, Qt.Key.Key_Space)  # a run: the log and the curve have rows
    while window.busy():
        QTest.qWait(20)
    all_views = ("fit", "landscape", "loss-shape", "noise", "physics")
    for preset, views in (("noisy-line", all_views), ("blobs", ("fit", "landscape", "loss-shape"))):
        if preset != "noisy-line":
            lesson.load_preset(preset)
            settle()
        for mode in ("normal", "projector"):
            if mode == "projector":
                QTest.keyClick(window.canvas.plot_widget, Qt.Key.Key_F5)
                settle()
            frame = window.frameGeometry()
            report["fits"].append([f"{preset}, {mode}", available.contains(frame), [frame.width(), frame.height()]])
            report["cut"] += every_view_and_dock(window, f"{preset}, {mode}", views)
            if mode == "projector":
                QTest.keyClick(window.canvas.plot_widget, Qt.Key.Key_F5)
                settle()
    # a window remembered larger than this screen (from a larger one) opens within it
    window.setGeometry(available.x() + 200, available.y() + 100, available.width() + 600, available.height() + 400)
    window.preferences.save_window(window)
    window.files.prompt_unsaved = False
    window.close()
    again = MainWindow()
    place_window(again)
    again.show()
    QTest.qWaitForWindowExposed(again)
    settle()
    frame = again.frameGeometry()
    report["fits"].append(["remembered", available.contains(frame), [frame.width(), frame.height()]])
    again.files.prompt_unsaved = False
    again.close()
    QApplication.processEvents()
    print(json.dumps(report))


if __name__ == "__main__":
    main()
