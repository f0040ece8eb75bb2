"""Start the window: from the command line, and in screenshot mode for docs and tests.

`lossexplorer --screenshot OUT.png [--preset NAME] [--loss L] [--optimizer O] [--lr LR]
[--epochs N] [--view fit] [--size 1600x900] [--my-line C,M] [FILE]` opens the window (offscreen works),
runs the epochs to completion (0 shows the start), saves the whole window and exits 0.
`--animation OUT.gif [--fps 12] [--size 960x540]` writes the descent from epoch 0 to the end as
an animation (GIF, PNG frames or MP4) without showing the window (before a screenshot, if asked).
A file or option that cannot be used ends it with exit status 2 and one line on stderr.
"""

from __future__ import annotations

import argparse
import sys

import numpy as np
from PySide6.QtCore import QEventLoop, QRect, Qt, QTimer
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QWidget

from lossexplorer.core import CLASSIFICATION_LOSSES, InputError, make_loss, make_model, preset
from lossexplorer.core.optimizers import OPTIMIZER_NAMES

from . import i18n, language, theme
from .icon import app_icon
from .lifecycle import close_on_ctrl_c, quiet_qt_messages, report_first_paint
from .modes import CLASSIFICATION_START
from .my_line_model import placeable
from .session import SUFFIX, read_session
from .settings import PARAMETERS, FitSettings
from .view_names import VIEW_NAMES
from .window import MainWindow
from .worker import exit_now, join_detached

VIEWS = VIEW_NAMES  # the command line lists them in --help


def parse_size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise InputError(f"--size must look like 1600x900, got '{text}'") from None
    if not (200 <= w <= 10000 and 200 <= h <= 10000):
        raise InputError(f"--size must be between 200x200 and 10000x10000, got '{text}'")
    return w, h


def settings_from(args: argparse.Namespace) -> FitSettings:
    """The start settings with the command line's choices, each checked."""
    # the mode: from the preset if there is one, else from the loss or the model asked for
    if args.preset:
        classification = preset(args.preset).classification  # an unknown name: one line listing them
    else:
        classification = args.loss in CLASSIFICATION_LOSSES or bool(args.model and
                                                                    make_model(args.model).classification)
    mode = "classification" if classification else "regression"
    s = CLASSIFICATION_START if classification else FitSettings()
    if args.loss:
        make_loss(args.loss)
        if (args.loss in CLASSIFICATION_LOSSES) != classification:
            chosen_by = f"the preset {args.preset}" if args.preset else f"the model {args.model}"
            raise InputError(f"loss '{args.loss}' needs a {'regression' if classification else 'classification'}"
                             f" data set; {chosen_by} is for {mode}")
        s = s.with_loss(args.loss)
    if args.model:
        if make_model(args.model).classification != classification:
            raise InputError(f"model '{args.model}' does not fit a {mode} data set")
        s = s.with_(model=args.model)
    if args.optimizer:
        if args.optimizer not in OPTIMIZER_NAMES:
            raise InputError(f"unknown optimizer '{args.optimizer}'; choose one of: {', '.join(OPTIMIZER_NAMES)}")
        s = s.with_(optimizer=args.optimizer)
    if args.lr is not None:
        low, high = PARAMETERS["lr"].span  # what the panel can show
        if not low <= args.lr <= high:
            raise InputError(f"learning rate must lie between {low:g} and {high:g}, got {args.lr:g}")
        s = s.with_(lr=args.lr)
    if args.epochs is not None:
        most = int(PARAMETERS["epochs"].span[1])
        if not 0 <= args.epochs <= most:
            raise InputError(f"epochs must lie between 0 and {most}, got {args.epochs}")
        s = s.with_(epochs=max(args.epochs, 1))
    if args.view not in VIEWS:
        raise InputError(f"unknown view '{args.view}'; choose one of: {', '.join(VIEWS)}")
    return s


#: how long a thread may hold the GIL while another waits (Python's default is 5 ms). The GUI
#: thread re-enters Python at every paint and event; behind a busy worker each re-entry
#: would wait a full interval, so a frame of fifty re-entries would take a quarter second.
GIL_SWITCH_INTERVAL = 0.0005
PHYSICS_SECONDS = 4.0  # simulated time the physics view runs before its screenshot


def make_app() -> QApplication:
    quiet_qt_messages()
    sys.setswitchinterval(GIL_SWITCH_INTERVAL)
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    if not app.organizationName():  # the tests set their own, for a settings file of their own
        app.setApplicationName("lossexplorer")
        app.setOrganizationName("lossexplorer")
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("io.github.lossexplorer.LossExplorer")  # Wayland finds the icon through it
    theme.apply(app)
    return app


def open_window(args: argparse.Namespace) -> MainWindow:
    """A window set up as the command line asks; InputError if it cannot be. Screenshot mode
    starts from the defaults: it reads no remembered preference and writes none."""
    i18n.start(getattr(args, "lang", None), remembering=not args.screenshot)  # before any text is made
    settings = settings_from(args)
    window = MainWindow(settings, remember=not args.screenshot)
    language.add_menu(window)  # View → Language
    try:
        _set_up(window, args)
    except BaseException:
        window.close()  # stops and joins the threads it has started
        raise
    return window


def _set_up(window: MainWindow, args: argparse.Namespace) -> None:
    window.show_view(args.view)
    if args.screenshot:
        window.files.prompt_unsaved = False
    if args.projector:
        window.projector.set_projector(True)
    if args.file and args.preset:
        raise InputError("give either a FILE or --preset, not both")
    lesson = window.lesson
    adapt = args.lr is None  # a learning rate given on the command line is kept as it is
    if args.preset:
        lesson.load_preset(args.preset, undoable=False, adapt_lr=adapt)
    elif args.file and args.file.lower().endswith(SUFFIX):
        window.files.open_session(read_session(args.file))
        window.files.path = args.file
    elif args.file:  # a spreadsheet opens the import dialog (screenshot mode draws it over the window)
        from .import_dialog import open_or_import  # a file to read: the reader's modules only then

        window.files.import_dialog = open_or_import(window, lesson, args.file, undoable=False, adapt_lr=adapt)
    lesson.mark_saved()
    window.files.update_title()
    asked = args.loss or args.model
    wanted = args.loss in CLASSIFICATION_LOSSES or bool(args.model and make_model(args.model).classification)
    if asked and wanted != lesson.classification:  # the file's columns chose the other mode
        mode = "classification" if lesson.classification else "regression"
        raise InputError(f"{args.file or args.preset} holds a {mode} data set, which '{asked}' does not fit")
    if getattr(args, "my_line", None) is not None:
        open_my_line(window, args.my_line)


def open_my_line(window: MainWindow, line: list[float]) -> None:
    """`--my-line C,M`: my-line mode with that line (a line's intercept and slope, or a model's
    coefficients β0, β1, …: a boundary's β0, β1, β2)."""
    lesson = window.lesson
    if not placeable(lesson.model):
        raise InputError(f"--my-line places one line or boundary; the model {lesson.model.name} has one per class")
    k = lesson.model.n_coefficients
    if len(line) != k:
        wanted = "C,M (intercept, slope)" if lesson.model.name == "line" else f"{k} coefficients β0 … β{k - 1}"
        raise InputError(f"--my-line for model {lesson.model.name} takes {wanted}, got {len(line)} numbers")
    lesson.set_my_line(np.array(line, float))
    lesson.undo_stack.clear()
    lesson.mark_saved()
    window.my_line.action.setChecked(True)
    lesson.set_overlay("exact", False)  # a worksheet's guess: the best line stays hidden (the bar says its J)


def run_to_end(window: MainWindow, timeout_ms: int = 600_000) -> None:
    """Run the current settings' epochs as fast as possible and wait for the run to end."""
    window.lesson.change_settings(window.lesson.settings.with_(speed=0.0), undoable=False)
    loop = QEventLoop()
    window.runner.finished.connect(loop.quit)
    window.runner.run()
    if window.runner.running:
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
    window.runner.finished.disconnect(loop.quit)


def wait_idle(window: MainWindow, timeout_ms: int = 60_000) -> None:
    """Let the exact answer, the landscape and any other background work arrive."""
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(10)
    poll.timeout.connect(lambda: None if window.busy() else loop.quit())
    QTimer.singleShot(timeout_ms, loop.quit)
    poll.start()
    if window.busy():
        loop.exec()
    poll.stop()
    QApplication.processEvents()


def screenshot(window: MainWindow, path: str, size: tuple[int, int], epochs: int) -> None:
    window.resize(*size)
    window.arrange_for_width()
    window.show()
    app = QApplication.instance()
    assert app is not None
    app.processEvents()
    window.canvas.fit_view_to_data()
    if epochs > 0:
        run_to_end(window)
    wait_idle(window)
    if window.current_view_name() == "physics":
        for _ in range(int(PHYSICS_SECONDS * 60)):  # let the bar swing, frame by frame, as on screen
            window.physics.advance(1 / 60)
        window.physics.redraw()
    window.flush()  # the frame the run's end asked for
    app.processEvents()
    image = window.grab()
    dialog = window.files.import_dialog
    if dialog is not None and dialog.isVisible():  # the dialog in the middle of the window, as it opens
        picture = dialog.grab()
        painter = QPainter(image)
        painter.drawPixmap((image.width() - picture.width()) // 2, (image.height() - picture.height()) // 2, picture)
        painter.end()
    if not image.save(path):
        raise InputError(f"{path}: cannot write the picture")


def export_animation(window: MainWindow, path: str, size: tuple[int, int], fps: int) -> None:
    """Write the window's descent, from epoch 0 to its epochs, as an animation (headless); InputError
    with the one-line reason when it cannot be written."""
    errors: list[str] = []
    written: list[str] = []
    window.animation.failed.connect(errors.append)
    loop = QEventLoop()
    window.animation.finished.connect(written.append)
    window.animation.finished.connect(loop.quit)
    if window.animation.start(path, size, fps, interactive=False, view=None):
        loop.exec()
    if errors or not written or not written[0]:
        raise InputError(errors[0] if errors else f"{path}: the animation was not written")
    print(f"lossexplorer: wrote {written[0]}", file=sys.stderr)


def place_window(window: MainWindow) -> None:
    """Open on the whole of the screen's available area (maximized, where a window manager
    keeps it so), or where the window was last left, kept within that area once shown (its
    frame is known only then)."""
    screen = window.screen() or QApplication.primaryScreen()
    available = screen.availableGeometry()
    if not window.restored:
        window.setGeometry(available)  # without a window manager, maximized alone would not size it
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
        window.arrange_for_width()  # the docks for this width (a remembered window keeps its own)
        return
    QTimer.singleShot(0, window, lambda: keep_within(window, available))


def keep_within(window: QWidget, available: QRect) -> None:
    """Move and shrink the window, frame and all, into `available` if it reaches beyond."""
    frame, inner = window.frameGeometry(), window.geometry()
    if available.contains(frame) or window.isMaximized() or window.isFullScreen():
        return
    width, height = min(frame.width(), available.width()), min(frame.height(), available.height())
    x = min(max(frame.x(), available.x()), available.x() + available.width() - width)
    y = min(max(frame.y(), available.y()), available.y() + available.height() - height)
    left, top = inner.x() - frame.x(), inner.y() - frame.y()  # the window manager's frame
    window.setGeometry(x + left, y + top, width - (frame.width() - inner.width()),
                       height - (frame.height() - inner.height()))


def run(args: argparse.Namespace) -> int:
    """The window (or a screenshot) until it closes; its exit status. Threads a closing window let
    go of are waited for; one that would not end is never destroyed: the process ends at once."""
    try:
        status = _run(args)
    except BaseException:
        if not join_detached():
            exit_now(1)
        raise
    if not join_detached():
        exit_now(status)
    return status


def _run(args: argparse.Namespace) -> int:
    app = make_app()
    animation = getattr(args, "animation", None)
    try:
        size = parse_size(args.size or ("960x540" if animation and not args.screenshot else "1600x900"))
        if animation is not None and not 1 <= args.fps <= 60:
            raise InputError(f"--fps must lie between 1 and 60, got {args.fps}")
        window = open_window(args)
    except InputError as exc:
        print(f"lossexplorer: {exc}", file=sys.stderr)
        return 2
    if animation:
        try:
            export_animation(window, animation, size, args.fps)
        except InputError as exc:
            print(f"lossexplorer: {exc}", file=sys.stderr)
            return 2
        finally:
            if not args.screenshot:
                window.close()
        if not args.screenshot:
            return 0
    if args.screenshot:
        try:
            screenshot(window, args.screenshot, size, args.epochs if args.epochs is not None else 0)
        except InputError as exc:
            print(f"lossexplorer: {exc}", file=sys.stderr)
            return 2
        finally:
            window.close()
        return 0
    place_window(window)
    report_first_paint(window)
    close_on_ctrl_c(app)
    window.show()
    if not args.file and not args.preset:
        window.autosave.offer_restore()
    return app.exec()
