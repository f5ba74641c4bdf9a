"""A real XEmbed tray host (Debian's trayer) on a test's X server, known to be ready.

Why wait for the selection: a tray host is ready when it owns ``_NET_SYSTEM_TRAY_S0`` (the
freedesktop system tray protocol). A trayer that is missing or that cannot start would
otherwise show up much later as an app that "has no tray", a failure that names the wrong
part; instead the test skips (or fails under ``KINDSPACE_REQUIRE_SYSTEM=1``) saying why.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.helpers.system import require_system_part

PART = "tray host (trayer)"
START_TIMEOUT_S = 10.0
#: A small panel at the bottom right, where a desktop's tray would be.
TRAYER_ARGS = ("--edge", "bottom", "--align", "right", "--widthtype", "pixel",
               "--width", "120", "--height", "28")  # fmt: skip


def tray_owner(display: str) -> int:
    """The window owning the system tray selection of screen 0 on ``display`` (0: nobody)."""
    x11 = ctypes.cdll.LoadLibrary("libX11.so.6")
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XInternAtom.restype = ctypes.c_ulong
    x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x11.XGetSelectionOwner.restype = ctypes.c_ulong
    x11.XGetSelectionOwner.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    connection = x11.XOpenDisplay(display.encode())
    if not connection:
        raise RuntimeError(f"could not open {display}")
    try:
        selection = x11.XInternAtom(connection, b"_NET_SYSTEM_TRAY_S0", 0)
        return int(x11.XGetSelectionOwner(connection, selection))
    finally:
        x11.XCloseDisplay(connection)


@contextmanager
def running_tray_host(display: str, log_path: Path) -> Iterator[None]:
    """Start trayer on ``display`` and return once it owns the tray; stop it afterwards."""
    trayer = shutil.which("trayer")
    if trayer is None:
        require_system_part(PART, "not installed (Debian/Ubuntu package: trayer)")
    with log_path.open("w+b") as log:
        process = subprocess.Popen(
            [trayer, *TRAYER_ARGS],
            env={**os.environ, "DISPLAY": display},
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=log,
        )
        try:
            _wait_until_ready(display, process, log_path)
            yield
        finally:
            if process.poll() is None:
                process.terminate()
            process.wait(timeout=10)


def _wait_until_ready(display: str, process: subprocess.Popen[bytes], log_path: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while not tray_owner(display):
        if process.poll() is not None or time.monotonic() > deadline:
            said = log_path.read_text(errors="replace").strip() or "nothing"
            state = (
                f"exited with code {process.returncode}"
                if process.poll() is not None
                else f"did not take the system tray within {START_TIMEOUT_S:.0f} s"
            )
            require_system_part(PART, f"trayer {state}; it said: {said}")
        time.sleep(0.05)
