"""A private, headless X server for tests that need a real display (tray, window manager hints).

Why Xvfb and not ``offscreen``: under Qt's offscreen platform there is never a system tray and
no real window, so tray and popup behaviour can only be tested against an X server. Xvfb picks
its own free display number (``-displayfd``), so parallel runs and a developer's own X session
never collide.

Why the server alone is not enough: every test on it runs Qt's xcb platform plugin, which
needs a dozen system libraries of its own. Without them each such test would fail with Qt's
abort, so the first server of a session is also asked, once, whether Qt can start on it.
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from tests.helpers.system import require_system_part

XCB_PART = "Qt's xcb platform (the X11 libraries it loads)"
#: The smallest Qt start on X: it aborts exactly where the app would.
XCB_PROBE = "from PySide6.QtGui import QGuiApplication; QGuiApplication([])"
PROBE_TIMEOUT_S = 60.0
#: The session's answer, once asked: None when Qt starts on X, else why it does not.
_xcb_verdict: list[str | None] = []

#: Big enough for the main window and a reminder popup side by side.
SCREEN = "1280x800x24"
START_TIMEOUT_S = 10.0


@contextmanager
def running_xvfb(screen: str = SCREEN) -> Iterator[str]:
    """Start Xvfb on a free display, yield its ``DISPLAY`` string (":N"), stop it afterwards.

    Skips the test (fails under ``KINDSPACE_REQUIRE_SYSTEM=1``) when Xvfb is not installed,
    or when Qt's xcb platform cannot start on it (the reason names the missing libraries).
    """
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        require_system_part("X server (Xvfb)", "not installed (Debian/Ubuntu package: xvfb)")
    # Xvfb's messages go to a file, not a pipe: nobody reads a pipe during the session, and
    # a full pipe would block the server. ``-noreset`` keeps the server up when its last
    # client disconnects, so apps started one after another never race a server reset.
    with tempfile.TemporaryFile() as log:
        read_fd, write_fd = os.pipe()
        try:
            process = subprocess.Popen(
                [
                    xvfb,
                    "-displayfd",
                    str(write_fd),
                    "-screen",
                    "0",
                    screen,
                    "-nolisten",
                    "tcp",
                    "-noreset",
                ],
                pass_fds=(write_fd,),
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=log,
            )
        finally:
            os.close(write_fd)
        try:
            display = f":{_read_display_number(read_fd, process, log)}"
            require_qt_xcb(display)
            yield display
        finally:
            os.close(read_fd)
            _stop(process)


def _read_display_number(read_fd: int, process: subprocess.Popen[bytes], log: IO[bytes]) -> str:
    """Wait for Xvfb to write its display number (a line) to the ``-displayfd`` pipe."""
    deadline = time.monotonic() + START_TIMEOUT_S
    received = b""
    while not received.endswith(b"\n"):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise RuntimeError(f"Xvfb did not report a display within {START_TIMEOUT_S} s")
        ready, _, _ = select.select([read_fd], [], [], remaining)
        if not ready:
            continue
        chunk = os.read(read_fd, 64)
        if not chunk:  # Xvfb exited before it was ready
            process.wait(timeout=START_TIMEOUT_S)
            log.seek(0)
            output = log.read().decode(errors="replace")
            raise RuntimeError(f"Xvfb exited ({process.returncode}) before it was ready:\n{output}")
        received += chunk
    return received.decode().strip()


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Terminate Xvfb (it removes its lock file and socket on SIGTERM); kill it if it hangs."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def require_qt_xcb(display: str) -> None:
    """Skip (or fail, on CI) unless Qt's xcb platform starts on ``display``; asked once."""
    if not _xcb_verdict:
        from kindspace.gui.platform_check import xcb_plugin

        _xcb_verdict.append(qt_xcb_problem(display, xcb_plugin()))
    if _xcb_verdict[0] is not None:
        require_system_part(XCB_PART, _xcb_verdict[0])


def qt_xcb_problem(display: str, plugin: Path) -> str | None:
    """Why Qt's xcb platform cannot start on ``display``, or None when it does.

    ``plugin``'s libraries are looked up first, so the reason can name the packages to
    install; then a tiny Qt app really starts there, which is what every test will do.
    """
    from kindspace.gui.platform_check import PACKAGES, missing_libraries

    missing = missing_libraries(plugin)
    if missing:
        debian = " ".join(dict.fromkeys(PACKAGES[name][0] for name in missing if name in PACKAGES))
        install = f" (Debian/Ubuntu packages: {debian})" if debian else ""
        return f"{plugin} cannot load, {', '.join(missing)} not found{install}"
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    env.pop("WAYLAND_DISPLAY", None)
    result = subprocess.run(
        [sys.executable, "-c", XCB_PROBE],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=PROBE_TIMEOUT_S,
        check=False,
    )
    if result.returncode == 0:
        return None
    said = result.stderr.strip().splitlines()
    first = said[0] if said else "nothing on stderr"
    return f"a Qt app did not start on {display} (exit {result.returncode}): {first}"
