"""Drive the real kindspace process on an X server: real key presses, observed via the probe.

The app writes names and counts (never journal words) to ``KINDSPACE_TEST_PROBE``; keys are
sent with xdotool to the focused window, exactly as a person's keyboard would.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.helpers.system import require_system_part

TIMEOUT_S = 30.0


def xdotool_path() -> str:
    found = shutil.which("xdotool")
    if found is None:
        require_system_part("xdotool", "not installed (Debian/Ubuntu package: xdotool)")
    return str(found)


class RunningApp:
    def __init__(self, display: str, data_dir: Path, probe: Path) -> None:
        self.display = display
        self.probe = probe
        probe.unlink(missing_ok=True)
        env = {
            **os.environ,
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "KINDSPACE_DATA_DIR": str(data_dir),
            "KINDSPACE_TEST_PROBE": str(probe),
        }
        self.process = subprocess.Popen(
            [sys.executable, "-m", "kindspace"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def status(self) -> dict[str, Any]:
        try:
            return dict(json.loads(self.probe.read_text()))
        except (FileNotFoundError, ValueError):
            return {}

    def wait_for(self, what: str, check: Callable[[dict[str, Any]], bool]) -> dict[str, Any]:
        deadline = time.monotonic() + TIMEOUT_S
        status: dict[str, Any] = {}
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                _out, err = self.process.communicate()
                raise AssertionError(f"the app ended while waiting for {what}: {err[-2000:]}")
            status = self.status()
            if status and check(status):
                return status
            time.sleep(0.1)
        raise AssertionError(f"timed out waiting for {what}; last status: {status}")

    def xdotool(self, *args: str) -> str:
        result = subprocess.run(
            [xdotool_path(), *args],
            env={**os.environ, "DISPLAY": self.display},
            capture_output=True,
            text=True,
            check=True,
            timeout=TIMEOUT_S,
        )
        return result.stdout.strip()

    def focus_window(self) -> str:
        window = self.xdotool("search", "--sync", "--onlyvisible", "--name", "^kindspace$")
        window_id = window.split()[0]
        self.xdotool("windowfocus", "--sync", window_id)
        return window_id

    def type(self, text: str) -> None:
        self.xdotool("type", "--delay", "15", "--clearmodifiers", text)

    def keys(self, *keys: str) -> None:
        for key in keys:
            self.xdotool("key", "--clearmodifiers", key)
            time.sleep(0.15)

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.communicate(timeout=10)

    def wait_exit(self) -> tuple[int, str]:
        try:
            _out, err = self.process.communicate(timeout=TIMEOUT_S)
        except subprocess.TimeoutExpired:
            self.process.kill()
            _out, err = self.process.communicate()
            raise AssertionError(f"the app did not quit: {err[-2000:]}") from None
        return self.process.returncode, err

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.communicate(timeout=10)
