"""Whether Qt can open a window here, asked before Qt is.

Why: when Qt's platform plugin cannot start (there is no display, the display does not answer,
or the system libraries of the X11 plugin are missing) Qt prints its own advice ("Reinstalling
the application may fix this problem") and aborts the process, past any Python error handling.
So on Linux the app looks first, and says in one sentence what is missing and that the command
line works without a window. Only Linux's xcb plugin is checked: it is the one that aborts for
reasons outside kindspace; elsewhere Qt's native platform is part of the system.

It costs one ``dlopen`` of the plugin (which Qt would make anyway) and one connection to the X
server; ``ldd`` runs only when the plugin cannot load, to name every missing library at once.
"""

from __future__ import annotations

import ctypes
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QLibraryInfo

from kindspace.errors import KindspaceError

CLI_HINT = "the commands in 'kindspace --help' work without a window"
LDD_TIMEOUT_S = 10.0

#: Libraries Qt's xcb plugin (and the Qt libraries under it) loads from the system, with the
#: package that provides each on Debian/Ubuntu, Fedora and Arch.
PACKAGES: dict[str, tuple[str, str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm", "xcb-util-wm"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util", "xcb-util"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image", "xcb-util-image"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms", "xcb-util-keysyms"),
    "libxcb-render-util.so.0": (
        "libxcb-render-util0",
        "xcb-util-renderutil",
        "xcb-util-renderutil",
    ),
    "libxcb.so.1": ("libxcb1", "libxcb", "libxcb"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb", "libxcb"),
    "libxcb-xinerama.so.0": ("libxcb-xinerama0", "libxcb", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb", "libxcb"),
    "libX11.so.6": ("libx11-6", "libX11", "libx11"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb", "libx11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon", "libxkbcommon"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11", "libxkbcommon-x11"),
    "libGL.so.1": ("libgl1", "libglvnd-glx", "libglvnd"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl", "libglvnd"),
    "libOpenGL.so.0": ("libopengl0", "libglvnd-opengl", "libglvnd"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype", "freetype2"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2", "glib2"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs", "dbus"),
}
INSTALLERS = ("Debian/Ubuntu: sudo apt install", "Fedora: sudo dnf install", "Arch: sudo pacman -S")


class NoWindow(KindspaceError):
    """Qt cannot open a window in this session; the command line still works."""

    exit_code = 1


def xcb_plugin() -> Path:
    """Where this Qt keeps its X11 platform plugin (inside PySide6, or inside a bundle)."""
    plugins = QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)
    return Path(plugins) / "platforms" / "libqxcb.so"


def ensure_window_possible(env: Mapping[str, str]) -> None:
    """Raise :class:`NoWindow` with the reason when Qt could only abort here."""
    problem = window_problem(env, xcb_plugin())
    if problem is not None:
        raise NoWindow(problem)


def window_problem(env: Mapping[str, str], plugin: Path) -> str | None:
    """The sentence to say when Qt's xcb plugin could not start under ``env``, else None."""
    if not sys.platform.startswith("linux") or not _uses_xcb(env):
        return None
    display = env.get("DISPLAY", "")
    if not display:
        return (
            "The window needs a desktop session, and there is no display here "
            f"(DISPLAY is not set); {CLI_HINT}."
        )
    if not plugin.is_file():
        return (
            f"The window needs Qt's X11 plugin, which is missing ({plugin}); "
            f"reinstalling kindspace brings it back, and {CLI_HINT}."
        )
    error = _load_error(plugin)
    if error is not None:
        missing = missing_libraries(plugin) or _named_in(error)
        if not missing:
            return f"The window needs Qt's X11 plugin, which could not load ({error}); {CLI_HINT}."
        return missing_libraries_sentence(missing)
    if not _x_server_answers(display):
        return (
            f"The window needs a display, and the one at DISPLAY={display} isn't answering; "
            f"{CLI_HINT}."
        )
    return None


def missing_libraries(plugin: Path) -> list[str]:
    """The libraries ``plugin`` needs that the system's loader cannot find, found with ``ldd``.

    Empty when ``ldd`` is not there or names none; the caller falls back to the loader's error.
    """
    ldd = shutil.which("ldd")
    if ldd is None:
        return []
    try:
        result = subprocess.run(
            [ldd, str(plugin)],
            capture_output=True,
            text=True,
            timeout=LDD_TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return []
    found = re.findall(r"^\s*(\S+) => not found$", result.stdout, flags=re.MULTILINE)
    return list(dict.fromkeys(found))


def missing_libraries_sentence(missing: Sequence[str]) -> str:
    """Name what is missing and, for the system's own libraries, the packages to install.

    Only the system's libraries are named when there are any: Qt's own come with kindspace,
    and one that is missing beside them is usually missing because of them.
    """
    system = [name for name in missing if name in PACKAGES]
    if not system:  # only Qt's own libraries, which come with kindspace: the install is damaged
        return (
            f"The window needs libraries that are missing ({', '.join(missing)}); reinstalling "
            f"kindspace brings them back, and {CLI_HINT}."
        )
    names = ", ".join(system)
    known = [PACKAGES[name] for name in system]
    advice = "; ".join(
        f"{installer} {' '.join(dict.fromkeys(packages[index] for packages in known))}"
        for index, installer in enumerate(INSTALLERS)
    )
    return (
        f"The window needs system libraries that are missing ({names}); please install them "
        f"({advice}) and start kindspace again; meanwhile, {CLI_HINT}."
    )


def _uses_xcb(env: Mapping[str, str]) -> bool:
    """True when Qt will start its xcb plugin and nothing else (so a failure is an abort)."""
    requested = env.get("QT_QPA_PLATFORM", "").strip()
    if requested:
        names = [item.split(":")[0].strip() for item in requested.split(";") if item.strip()]
        return names == ["xcb"]
    # Unset: Qt may choose Wayland where there is a Wayland display; leave that to Qt.
    return not env.get("WAYLAND_DISPLAY")


def _load_error(plugin: Path) -> str | None:
    try:
        ctypes.CDLL(str(plugin))
    except OSError as error:
        return str(error)
    return None


def _named_in(error: str) -> list[str]:
    """The library the dynamic loader names in its error ("libX.so.1: cannot open ...")."""
    match = re.match(r"(\S+?\.so[.\d]*): cannot open shared object file", error)
    return [match.group(1)] if match else []


def _x_server_answers(display: str) -> bool:
    """Connect to the X server the way Qt does (libxcb, with the same authorization)."""
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return True  # the plugin loaded, so this cannot happen; let Qt speak for itself
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.restype = ctypes.c_int
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.restype = None
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode(), None)
    try:
        return int(xcb.xcb_connection_has_error(connection)) == 0
    finally:
        xcb.xcb_disconnect(connection)
