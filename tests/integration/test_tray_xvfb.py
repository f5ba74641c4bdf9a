"""The real app beside a real tray host (Debian's trayer) on Xvfb, and with no tray at all.

Clicks are real X pointer events (xdotool); the app is observed through its probe, which
reports names, counts and positions only.
"""

from __future__ import annotations

import ctypes
import json
import os
import subprocess
import sys
import time as clock
from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest

from kindspace.practice.definitions import load_exercises
from kindspace.reminders.rules import ReminderRules
from kindspace.reminders.state import ReminderState
from kindspace.reminders.store import save_reminders
from tests.helpers.app_driver import RunningApp
from tests.helpers.journals import make_passphrase_journal
from tests.helpers.tray_host import running_tray_host
from tests.helpers.xvfb import running_xvfb

pytestmark = [pytest.mark.system, pytest.mark.slow]

GRAB_SCREEN = """
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication(sys.argv[:1])
sys.exit(0 if app.primaryScreen().grabWindow(0).save(sys.argv[1]) else 1)
"""


class _ClientMessage(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("window", ctypes.c_ulong),
        ("message_type", ctypes.c_ulong),
        ("format", ctypes.c_int),
        ("data", ctypes.c_long * 5),
    ]


class _XEvent(ctypes.Union):
    _fields_ = [("xclient", _ClientMessage), ("pad", ctypes.c_long * 24)]


def close_like_a_window_manager(display: str, window: int) -> None:
    """Send WM_DELETE_WINDOW, as a window manager's close button does (Xvfb has none)."""
    x11 = ctypes.cdll.LoadLibrary("libX11.so.6")
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XInternAtom.restype = ctypes.c_ulong
    x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x11.XSendEvent.argtypes = [
        ctypes.c_void_p,
        ctypes.c_ulong,
        ctypes.c_int,
        ctypes.c_long,
        ctypes.POINTER(_XEvent),
    ]
    x11.XFlush.argtypes = [ctypes.c_void_p]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    connection = x11.XOpenDisplay(display.encode())
    assert connection, f"could not open {display}"
    event = _XEvent()
    event.xclient.type = 33  # ClientMessage
    event.xclient.window = window
    event.xclient.message_type = x11.XInternAtom(connection, b"WM_PROTOCOLS", 0)
    event.xclient.format = 32
    event.xclient.data[0] = x11.XInternAtom(connection, b"WM_DELETE_WINDOW", 0)
    x11.XSendEvent(connection, window, 0, 0, ctypes.byref(event))
    x11.XFlush(connection)
    x11.XCloseDisplay(connection)


class TrayApp(RunningApp):
    """The app with extra command-line arguments (RunningApp starts it without any)."""

    def __init__(self, display: str, data_dir: Path, probe: Path, *arguments: str) -> None:
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
        env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # the XEmbed tray, not a desktop's own
        self.process = subprocess.Popen(
            [sys.executable, "-m", "kindspace", *arguments],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def click(self, where: list[int], button: str = "1") -> None:
        self.xdotool("mousemove", "--sync", str(where[0]), str(where[1]))
        self.xdotool("click", button)


@pytest.fixture
def display() -> Iterator[str]:
    """A fresh X server per test, so a tray host from one test never shows in another."""
    with running_xvfb() as name:
        yield name


@pytest.fixture
def tray_host(display: str, tmp_path: Path) -> Iterator[str]:
    with running_tray_host(display, tmp_path / "trayer.log"):
        yield display


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "journal"
    make_passphrase_journal(folder)
    return folder


@pytest.fixture
def launch(data_dir: Path, tmp_path: Path) -> Iterator:
    started: list[TrayApp] = []

    def start(display: str, *arguments: str) -> TrayApp:
        app = TrayApp(display, data_dir, tmp_path / "probe.json", *arguments)
        started.append(app)
        return app

    yield start
    for app in started:
        app.stop()


def a_reminder_is_due(data_dir: Path) -> str:
    """Rules with a time at this minute and nothing handled for an hour; returns the exercise."""
    exercise = load_exercises().for_reminders()[0].id
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    local = now.astimezone()
    rules = ReminderRules(
        enabled=True,
        times=(time(local.hour, local.minute),),
        skip_if_practised_today=False,
        suggested_exercise=exercise,
    )
    save_reminders(data_dir, rules, ReminderState(handled_through=now - timedelta(hours=1)))
    return exercise


def screenshot(display: str, target: Path) -> Path:
    subprocess.run(
        [sys.executable, "-c", GRAB_SCREEN, str(target)],
        env={**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"},
        check=True,
        timeout=60,
    )
    return target


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    return int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")


def test_a_due_reminder_shows_its_card_without_taking_focus_and_start_opens_the_exercise(
    tray_host: str, launch, data_dir: Path, tmp_path: Path
) -> None:
    exercise = a_reminder_is_due(data_dir)
    app = launch(tray_host)

    status = app.wait_for("the tray icon and the card", lambda s: s.get("tray_visible") and
                          s.get("popup_visible"))  # fmt: skip
    assert not status["popup_has_focus"]
    popup_ids = app.xdotool("search", "--onlyvisible", "--name", "^kindspace reminder").split()
    main_window = app.focus_window()
    app.type("abc")  # real key presses go to the window that has the focus, not the card
    assert app.xdotool("getwindowfocus") == main_window
    assert app.xdotool("getwindowfocus") not in popup_ids
    status = app.wait_for("the typing to land", lambda s: s["popup_visible"])
    assert status["last_exercise"] == ""
    shot = screenshot(tray_host, tmp_path / "reminder.png")
    assert shot.stat().st_size > 0
    assert png_size(shot) == (1280, 800)

    app.click(app.status()["popup_start_center"])

    status = app.wait_for("the exercise to be asked for", lambda s: s["last_exercise"])
    assert status["last_exercise"] == exercise
    assert not status["popup_visible"]
    assert status["window_visible"]


def test_the_tray_menu_pauses_reminders_and_quits(tray_host: str, launch, data_dir: Path) -> None:
    save_reminders(data_dir, ReminderRules(enabled=True), ReminderState())
    app = launch(tray_host)
    app.wait_for("the tray icon", lambda s: s.get("tray_visible"))
    clock.sleep(1.0)  # the tray host places the icon shortly after it appears
    icon = app.status()["tray_icon_center"]

    app.click(icon, "3")
    app.xdotool("search", "--sync", "--onlyvisible", "--class", "kindspace")
    # Open, Quick note, When it feels like too much, Start an exercise,
    # Pause ▸ (For an hour, Until tomorrow, Until I resume)
    app.keys("Down", "Down", "Down", "Down", "Down", "Right", "Down", "Down", "Return")
    app.wait_for("reminders to pause", lambda s: s["reminders_paused"])
    saved = json.loads((data_dir / "reminders.json").read_text())
    assert saved["state"]["paused_until_resumed"] is True

    app.click(icon, "3")
    app.keys("Up", "Return")  # the last item: Quit kindspace
    code, _err = app.wait_exit()
    assert code == 0


def test_without_a_tray_the_card_still_comes_and_the_window_is_never_hidden(
    display: str, launch, data_dir: Path
) -> None:
    a_reminder_is_due(data_dir)
    app = launch(display, "--start-hidden")

    status = app.wait_for("the end of the wait for a tray", lambda s: s.get("tray_searched"))
    status = app.wait_for("the window, minimized", lambda s: s["window_visible"])

    assert not status["tray_visible"]
    assert status["window_minimized"]
    assert status["popup_visible"]


def test_closing_the_window_keeps_kindspace_in_the_tray_and_says_so_once(
    tray_host: str, launch, data_dir: Path
) -> None:
    app = launch(tray_host)
    app.wait_for("the tray icon", lambda s: s.get("tray_visible") and s["window_visible"])
    window = int(app.focus_window())

    close_like_a_window_manager(tray_host, window)
    status = app.wait_for("the window to go to the tray", lambda s: not s["window_visible"])
    assert status["tray_visible"]
    assert app.process.poll() is None
    clock.sleep(1.0)  # the tray host places the icon shortly after it appears
    app.click(app.status()["tray_icon_center"])  # a left click opens the window again
    app.wait_for("the window to come back", lambda s: s["window_visible"])
    close_like_a_window_manager(tray_host, window)
    app.wait_for("the window to go to the tray again", lambda s: not s["window_visible"])

    hints = json.loads((data_dir / "preferences.json").read_text())["seen_hints"]
    assert hints.count("closed_into_tray") == 1
