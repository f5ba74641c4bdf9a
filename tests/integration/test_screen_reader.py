"""The real app as a screen reader meets it: every interactive control it hears has a name.

The app runs on Xvfb with Qt's AT-SPI bridge on, over a private session bus that starts
at-spi2-core's own bus; the walker (tests/helpers/atspi_walker.py) runs under the system
Python, which has pyatspi. The journey is the one that matters most: unlock, start an
exercise, "This feels like too much", then support, operated through AT-SPI itself.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.app_driver import RunningApp
from tests.helpers.journals import PASSPHRASE, make_passphrase_journal
from tests.helpers.system import require_system_part

pytestmark = [pytest.mark.system, pytest.mark.slow]

SYSTEM_PYTHON = "/usr/bin/python3"
WALKER = Path(__file__).parents[1] / "helpers" / "atspi_walker.py"
TIMEOUT_S = 30.0
PART = "AT-SPI (at-spi2-core and the system Python's pyatspi)"


def _require_atspi() -> str:
    dbus_daemon = shutil.which("dbus-daemon")
    if dbus_daemon is None or not Path("/usr/libexec/at-spi-bus-launcher").exists():
        require_system_part(PART, "dbus or at-spi2-core is not installed (Debian: at-spi2-core)")
    probe = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, timeout=60, check=False
    )
    if probe.returncode != 0:
        require_system_part(PART, "the system Python has no pyatspi (Debian: python3-pyatspi)")
    return dbus_daemon


@pytest.fixture
def session_bus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A private session bus; at-spi2-core's bus is started on it by D-Bus activation."""
    dbus_daemon = _require_atspi()
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime)}
    bus = subprocess.Popen(
        [dbus_daemon, "--session", "--nofork", "--print-address=1",
         f"--address=unix:path={runtime / 'bus'}"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    assert bus.stdout is not None
    address = bus.stdout.readline().strip()
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    monkeypatch.setenv("QT_LINUX_ACCESSIBILITY_ALWAYS_ON", "1")
    yield address
    bus.terminate()
    bus.wait(timeout=10)
    bus.stdout.close()


def walker(display: str, *args: str) -> dict[str, Any]:
    result = subprocess.run(
        [SYSTEM_PYTHON, str(WALKER), *args],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    try:
        return dict(json.loads(result.stdout or result.stderr))
    except ValueError:
        return {"error": result.stderr.strip()[-500:]}


class ScreenReader:
    def __init__(self, display: str, app: RunningApp) -> None:
        self.display = display
        self.pid = str(app.process.pid)

    def nodes(self) -> list[dict[str, Any]]:
        return list(walker(self.display, "walk", self.pid).get("nodes", []))

    def hears(self, name: str) -> list[dict[str, Any]]:
        """Wait until a control named ``name`` is showing; return everything showing then."""
        deadline = time.monotonic() + TIMEOUT_S
        while time.monotonic() < deadline:
            nodes = self.nodes()
            if any(node["name"] == name for node in nodes):
                return nodes
            time.sleep(0.2)  # polling another process's tree: there is no event to wait on
        raise AssertionError(f"a screen reader never heard {name!r}")

    def do(self, *args: str) -> None:
        answer = walker(self.display, args[0], self.pid, *args[1:])
        assert answer.get("done"), answer


def unnamed(nodes: list[dict[str, Any]]) -> list[str]:
    return [f"{n['role']} at {n['path']}" for n in nodes if n["interactive"] and not n["name"]]


@pytest.fixture
def reader(
    xvfb_display: str, session_bus: str, tmp_path: Path
) -> Iterator[tuple[ScreenReader, RunningApp]]:
    del session_bus
    data_dir = tmp_path / "journal"
    make_passphrase_journal(data_dir)
    app = RunningApp(xvfb_display, data_dir, tmp_path / "probe.json")
    try:
        yield ScreenReader(xvfb_display, app), app
    finally:
        app.stop()


def test_unlock_exercise_too_much_support_every_control_heard_has_a_name(
    reader: tuple[ScreenReader, RunningApp],
) -> None:
    screen_reader, app = reader
    on_lock = screen_reader.hears("Open the journal")
    assert unnamed(on_lock) == []
    app.focus_window()
    app.type(PASSPHRASE)  # a passphrase field rightly offers no text interface to set it
    screen_reader.do("press", "Open the journal")
    today = screen_reader.hears("Write a note")
    assert unnamed(today) == []
    screen_reader.do("press", "Show all practices")  # Today shows one suggestion first
    screen_reader.hears("Exercises")
    screen_reader.do("choose", "Exercises", "0")
    app.keys("Return")
    step = screen_reader.hears("This feels like too much")
    assert unnamed(step) == []
    fields = [n for n in step if n["role"] == "text"]
    assert fields and all(n["description"] for n in fields)  # the question is read with it
    screen_reader.do("press", "This feels like too much")
    grounding = screen_reader.hears("I'm OK to go on")
    assert unnamed(grounding) == []
    assert any(n["name"] == "Breathing guide" for n in grounding)
    screen_reader.do("press", "Open the support page")
    support = screen_reader.hears("Breathe and ground yourself")
    assert unnamed(support) == []
