"""The real app process shows its window on a real X server, and closes cleanly."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers.system import require_system_part

pytestmark = pytest.mark.system
WINDOW_TIMEOUT_S = 20.0


def visible_window_ids(display: str, title: str) -> list[str]:
    xdotool = shutil.which("xdotool")
    if xdotool is None:
        require_system_part("xdotool", "not installed (Debian/Ubuntu package: xdotool)")
    found = subprocess.run(
        [xdotool, "search", "--onlyvisible", "--name", f"^{title}$"],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        text=True,
        check=False,
    )
    return found.stdout.split()


def test_starting_without_a_command_opens_the_window(xvfb_display: str, tmp_path: Path) -> None:
    env = {
        **os.environ,
        "DISPLAY": xvfb_display,
        "QT_QPA_PLATFORM": "xcb",
        "KINDSPACE_DATA_DIR": str(tmp_path / "journal"),
    }
    app = subprocess.Popen(
        [sys.executable, "-m", "kindspace"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + WINDOW_TIMEOUT_S
        windows: list[str] = []
        while not windows and time.monotonic() < deadline and app.poll() is None:
            windows = visible_window_ids(xvfb_display, "kindspace")
            time.sleep(0.2)
        assert windows, f"no kindspace window appeared (app exit code: {app.poll()})"
    finally:
        app.send_signal(signal.SIGTERM)
        try:
            _out, err = app.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            app.kill()
            _out, err = app.communicate()
    assert "Traceback" not in err
    assert not (tmp_path / "journal").exists(), "showing the window must not create files"
