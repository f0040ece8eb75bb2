"""Is there a display the window can open on? Asked before Qt starts, because without one Qt
aborts the whole process (SIGABRT, a core dump) with a message that blames libxcb-cursor0.

Qt-free: the answer is one line that names what is missing and how to get it, or None.
Only Linux (and the other X11 systems) can lack one; Windows and macOS always have a display.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

#: the system libraries Qt's xcb platform plugin loads, with the Debian/Ubuntu package of each
XCB_LIBRARIES = {
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libglib-2.0.so.0": "libglib2.0-0",
}
#: platforms that draw without a display server: Qt needs nothing from the session for them
NO_DISPLAY_NEEDED = ("offscreen", "minimal", "minimalegl", "vnc", "eglfs", "linuxfb", "vkkhrdisplay")
OFFSCREEN_HINT = "or set QT_QPA_PLATFORM=offscreen to make screenshots without a display"

Loader = Callable[[str], Any]


def display_problem(environ: Mapping[str, str] | None = None, load: Loader = ctypes.CDLL) -> str | None:
    """Why the window cannot open here, in one line; None when it can (or when we cannot tell)."""
    env = os.environ if environ is None else environ
    if sys.platform == "win32" or sys.platform == "darwin":
        return None
    asked = env.get("QT_QPA_PLATFORM", "")
    # "wayland;xcb" is a list to try in turn; "offscreen:size=..." carries options after the colon
    platforms = [p.split(":")[0].strip() for p in asked.split(";") if p.strip()]
    if not platforms:
        platforms = ["wayland", "xcb"] if env.get("WAYLAND_DISPLAY") else ["xcb"]
    problems = []
    for platform in platforms:
        if platform.startswith("wayland"):
            problem = _wayland_problem(env)
        elif platform == "xcb":
            problem = _xcb_problem(env, load)
        else:
            return None  # offscreen and the like, or a platform we know nothing about: Qt will say
        if problem is None:
            return None
        problems.append(problem)
    return problems[0]


def _wayland_problem(env: Mapping[str, str]) -> str | None:
    name = env.get("WAYLAND_DISPLAY", "")
    if not name:
        return f"no Wayland display (WAYLAND_DISPLAY is not set); start it in a desktop session, {OFFSCREEN_HINT}"
    runtime = env.get("XDG_RUNTIME_DIR") or f"/run/user/{os.getuid()}"
    socket = Path(name) if os.path.isabs(name) else Path(runtime) / name
    if not socket.exists():
        return f"cannot reach the Wayland display '{name}' (no socket {socket}), {OFFSCREEN_HINT}"
    return None


def _xcb_problem(env: Mapping[str, str], load: Loader) -> str | None:
    display = env.get("DISPLAY", "")
    if not display:
        return (
            "no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); "
            f"start it in a desktop session, {OFFSCREEN_HINT}"
        )
    missing = missing_xcb_libraries(load)
    if missing:
        packages = " ".join(dict.fromkeys(XCB_LIBRARIES.get(lib, lib) for lib in missing))
        return (
            f"Qt's X11 platform needs {', '.join(missing)}, not installed here: "
            f"sudo apt-get install {packages} ({OFFSCREEN_HINT.removeprefix('or ')})"
        )
    if not _x_server_answers(display, load):
        return f"cannot open the X display '{display}' (is the X server running, and may this user use it?), " + (
            OFFSCREEN_HINT
        )
    return None


def missing_xcb_libraries(load: Loader = ctypes.CDLL) -> list[str]:
    """The system libraries of Qt's xcb plugin that cannot be loaded (empty when all can)."""
    plugin = _xcb_plugin()
    if plugin is not None:
        try:
            load(str(plugin))
            return []
        except OSError as exc:
            first = str(exc)
    else:
        first = ""
    missing = []
    for lib in XCB_LIBRARIES:
        try:
            load(lib)
        except OSError:
            missing.append(lib)
    if plugin is not None and not missing:  # something else the plugin needs: say what the loader said
        missing.append(first.split(":")[0] or str(plugin))
    return missing


def _xcb_plugin() -> Path | None:
    """PySide6's own libqxcb.so, found without importing Qt."""
    spec = importlib.util.find_spec("PySide6")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        plugin = Path(folder) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if plugin.is_file():
            return plugin
    return None


def _x_server_answers(display: str, load: Loader) -> bool:
    """Whether libxcb can connect to the X server of DISPLAY (what Qt's first step is)."""
    try:
        xcb = load("libxcb.so.1")
        connect, has_error, disconnect = xcb.xcb_connect, xcb.xcb_connection_has_error, xcb.xcb_disconnect
    except (OSError, AttributeError):
        return True  # cannot tell: let Qt try
    connect.restype = ctypes.c_void_p
    connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    has_error.argtypes = [ctypes.c_void_p]
    disconnect.argtypes = [ctypes.c_void_p]
    connection = connect(display.encode(), None)
    try:
        return has_error(connection) == 0
    finally:
        disconnect(connection)
