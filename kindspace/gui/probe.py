"""What an end-to-end test may observe of a running app: names and counts, never words.

The Xvfb tests drive the real app with real key presses, but they need to know where the app
is (locked? which view? how many results?). When ``KINDSPACE_TEST_PROBE`` names a file, the
app writes a small JSON status there a few times a second. It carries only view names,
counts and flags, so even in a test run no journal text reaches the disk unencrypted.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QPoint, QRect, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from kindspace.paths import write_private_atomically
from kindspace.process_guard import PASSPHRASE_ENV, core_file_limit, is_dumpable

if TYPE_CHECKING:
    from kindspace.gui.controller import AppController

PROBE_ENV = "KINDSPACE_TEST_PROBE"
INTERVAL_MS = 150


def status_of(controller: AppController) -> dict[str, Any]:
    window = controller.window
    editor = window.editor_if_built()
    today = controller.clock().date()
    search = window.views().get("search")
    dialogs = [
        w.objectName()
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.isVisible()
    ]
    return {
        "locked": window.is_locked(),
        "unlock_ready": window.is_locked() and controller.lock_view.ui.openButton.isEnabled(),
        "view": window.current_view() if not window.is_locked() else "lock",
        "today_count": window.ui.calendar.count_on(today),
        "day_list_rows": window.ui.dayEntries.count(),
        "search_results": len(getattr(search, "shown_entry_ids", list)()),
        "editor_words": len(editor.ui.body.toPlainText().split()) if editor else 0,
        "editor_dirty": editor.is_dirty() if editor else False,
        "draft_kept": editor.draft_is_kept() if editor else False,
        "dialogs": dialogs,
        "backing_up": controller.daily_backup.is_running(),
        "pid": os.getpid(),
        # Flags of the process guard (see kindspace.process_guard), never the secret itself.
        "dumpable": is_dumpable(),
        "core_file_limit": core_file_limit(),
        "passphrase_in_environment": PASSPHRASE_ENV in os.environ,
        **_reminder_status(controller),
    }


def _reminder_status(controller: AppController) -> dict[str, Any]:
    window = controller.window
    # Looking must not install them (they come after the first screen) nor build the popup.
    reminders = controller.later.reminders_if_installed()
    popup = reminders.popup_if_built() if reminders is not None else None
    tray = reminders.tray if reminders is not None else None
    return {
        "window_visible": window.isVisible(),
        "window_minimized": window.isMinimized(),
        "reminders_installed": reminders is not None,
        "tray_searched": reminders is not None and reminders.tray_searched,
        "tray_visible": reminders is not None and reminders.has_tray(),
        "popup_visible": popup is not None and popup.isVisible(),
        "popup_has_focus": popup is not None and popup.isActiveWindow(),
        "reminder_wakeups": reminders.driver.wakeups if reminders is not None else 0,
        "last_exercise": reminders.last_exercise if reminders is not None else "",
        "reminders_paused": reminders is not None and reminders.driver.is_paused(),
        # Where to click, for tests that press the real buttons with xdotool.
        "tray_icon_center": _center(tray.icon.geometry()) if tray is not None else None,
        "popup_start_center": _center(
            QRect(popup.ui.startButton.mapToGlobal(QPoint(0, 0)), popup.ui.startButton.size())
        )
        if popup is not None
        else None,
    }


def _center(rect: QRect) -> list[int]:
    return [rect.center().x(), rect.center().y()]


class StatusProbe(QObject):
    """Writes :func:`status_of` when it changes, plus two figures for the start-up benchmark.

    ``ready_at``: ``time.monotonic()`` (one clock for every process on the machine) when the
    unlocked calendar first painted its marks for the current month, written at once.
    ``longest_wait_ms``: the longest gap between this probe's timer ticks after that, i.e.
    how long the window could not answer (a frozen window shows here).
    """

    def __init__(self, controller: AppController, path: Path) -> None:
        super().__init__(controller)
        self._controller = controller
        self._path = path
        self._last = ""
        self._ready_at: float | None = None
        self._last_tick: float | None = None
        self._longest_wait = 0.0
        controller.window.ui.calendar.marks_painted.connect(self._on_marks_painted)
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _on_marks_painted(self) -> None:
        controller = self._controller
        calendar = controller.window.ui.calendar
        today = controller.clock().date()
        shown = (calendar.yearShown(), calendar.monthShown())
        if (
            self._ready_at is None
            and controller.journal is not None
            and shown
            == (
                today.year,
                today.month,
            )
        ):
            self._ready_at = time.monotonic()
            self.write()

    def _tick(self) -> None:
        now = time.monotonic()
        if self._ready_at is not None and self._last_tick is not None:
            waited = (now - self._last_tick) * 1000 - INTERVAL_MS
            self._longest_wait = max(self._longest_wait, waited)
        self._last_tick = now
        self.write()

    def write(self) -> None:
        status = status_of(self._controller)
        status["ready_at"] = self._ready_at
        status["longest_wait_ms"] = round(self._longest_wait)
        text = json.dumps(status, sort_keys=True)
        if text != self._last:
            write_private_atomically(self._path, text.encode())
            self._last = text


def install_probe(controller: AppController) -> StatusProbe | None:
    target = os.environ.get(PROBE_ENV)
    return StatusProbe(controller, Path(target)) if target else None
