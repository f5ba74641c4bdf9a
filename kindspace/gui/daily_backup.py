"""The day's automatic backup, made on a worker after the window is ready, never before it.

Why: the backup (``VACUUM INTO``, then SQLCipher's and SQLite's integrity checks of the copy)
takes about a second on a 20-year journal and several at 100 years. On the GUI thread it
held the first start of each day behind a frozen window. Here it starts once the calendar
has painted its marks (or shortly after unlocking, when the window starts hidden), on a
thread of its own at low priority, over a connection of its own
(:meth:`Journal.on_own_connection`): SQLite releases the GIL while it works, so the window
keeps answering. A small note in the status bar says it is running.

Lock stops it: every statement on the worker's connection fails from then on
(:func:`~kindspace.journal.database.stop_statements_when`, for statements running and not yet
started alike), and
``ensure_daily_backup`` keeps nothing half-made (it writes under a temporary name); the next
unlock makes it again. Lock waits only briefly: a backup still queued behind another
window's backup lock ends by itself at its first statement. Quit waits for a backup in
progress, so a short session still leaves the day's backup behind.

"Back up now" (Settings and the menu) runs on the same worker, with the same note, the same
lock and quit behaviour, and never on the GUI thread: at 100 years a checked backup takes
several seconds. Asked while another backup runs, it starts when that one ends.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from kindspace.gui.words import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from kindspace.gui.main_window import MainWindow
    from kindspace.journal.journal import Journal

log = logging.getLogger(__name__)

BACKING_UP = QT_TRANSLATE_NOOP("DailyBackup", "Making today's backup…")
BACKING_UP_NOW = QT_TRANSLATE_NOOP("DailyBackup", "Making a backup…")
#: When the window is hidden (started into the tray) no paint says it is ready.
HIDDEN_START_DELAY_MS = 2000
#: How much lower than the window the worker runs (``nice``; Linux sets it per thread).
NICENESS = 10
#: Quit waits this long for a backup in progress before it stops it.
QUIT_WAIT_S = 120.0
#: Lock waits at most this long for the stopped worker (see the module docstring).
STOP_WAIT_S = 2.0


#: Told on the GUI thread how "Back up now" ended: the new backup, or what went wrong
#: (both ``None`` when locking stopped it).
Made = Callable[[Path | None, BaseException | None], None]


class DailyBackup(QObject):
    """Runs ``ensure_daily_backup`` for one window; ``done`` arrives on the GUI thread.

    Without a window (a Settings page on its own, in tests) it runs "Back up now" only.
    """

    done = Signal(object)  # the worker thread that has finished

    def __init__(self, window: MainWindow | None, parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else window)
        self.window = window
        self.note = QLabel(translate("DailyBackup", BACKING_UP))
        self.note.setObjectName("backupNote")
        self.note.setAccessibleName(translate("DailyBackup", BACKING_UP))
        self.note.setVisible(False)
        self._journal: Journal | None = None
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        #: "Back up now" asked while another backup ran: (journal, whom to tell).
        self._queued: tuple[Journal, Made] | None = None
        self._made: tuple[Path | None, BaseException | None] = (None, None)
        self._tell: Made | None = None
        self.done.connect(self._on_done)
        if window is not None:
            window.ui.statusbar.addPermanentWidget(self.note)
            window.ui.calendar.marks_painted.connect(self._on_painted)

    def start_when_ready(self, journal: Journal) -> None:
        """Make the day's backup of ``journal`` once the window has painted (see module)."""
        if journal.read_only:
            return
        self._journal = journal
        QTimer.singleShot(HIDDEN_START_DELAY_MS, self._start)

    def is_running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _on_painted(self) -> None:
        if self._journal is not None:
            QTimer.singleShot(0, self._start)  # after this paint has finished

    def back_up_now(self, journal: Journal, tell: Made) -> None:
        """Make a manual, checked backup on the worker; ``tell`` hears how it ended."""
        if self.is_running():
            self._queued = (journal, tell)
            return
        self._begin(journal, tell)

    def _start(self) -> None:
        journal, self._journal = self._journal, None
        if journal is None or self.is_running():
            return
        if self.window is None or self.window.journal is not journal:
            return
        self._begin(journal, None)

    def _begin(self, journal: Journal, tell: Made | None) -> None:
        self._stop.clear()
        self._tell, self._made = tell, (None, None)
        text = translate("DailyBackup", BACKING_UP if tell is None else BACKING_UP_NOW)
        self.note.setText(text)
        self.note.setAccessibleName(text)
        self.note.setVisible(True)
        self._thread = threading.Thread(
            target=self._run, args=(journal, tell is not None), name="kindspace-backup", daemon=True
        )
        self._thread.start()

    def _run(self, journal: Journal, manual: bool) -> None:
        from kindspace.journal.backup import ensure_daily_backup, make_backup
        from kindspace.journal.database import stop_statements_when

        with contextlib.suppress(AttributeError, OSError):  # per thread on Linux only
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), NICENESS)
        try:
            with journal.on_own_connection() as own:
                stop_statements_when(own.db, self._stop.is_set)
                if manual and not self._stop.is_set():
                    self._made = (make_backup(own), None)
                elif not self._stop.is_set():
                    ensure_daily_backup(own)  # never raises; a failure is logged there
        except Exception as error:  # the backup failed, or opening the second connection
            if manual and not self._stop.is_set():
                self._made = (None, error)
            log.warning("A backup was not made: %s", type(error).__name__)
        finally:
            with contextlib.suppress(RuntimeError):  # the window went away meanwhile
                self.done.emit(threading.current_thread())

    def _on_done(self, finished: threading.Thread) -> None:
        """Hide the note when the current backup has ended.

        The worker says so from its last statement, so it may still count as alive when this
        runs: joining it returns at once. A word from an earlier worker changes nothing.
        """
        if finished is not self._thread:
            return
        finished.join()
        self.note.setVisible(False)
        self._tell_made()
        queued, self._queued = self._queued, None
        if queued is not None:
            self._begin(*queued)

    def _tell_made(self) -> None:
        tell, self._tell = self._tell, None
        if tell is not None:
            with contextlib.suppress(RuntimeError):  # the page that asked was closed
                tell(*self._made)

    def stop(self, timeout: float = STOP_WAIT_S) -> bool:
        """Lock: stop a backup in progress (nothing half-made is kept) and wait briefly."""
        self._journal = None
        self._queued = None
        self._stop.set()
        return self._join(timeout)

    def finish(self, timeout: float = QUIT_WAIT_S) -> bool:
        """Quit: let a backup in progress finish, stopping it only after ``timeout``."""
        self._journal = None
        self._queued = None
        return self._join(timeout) or self.stop()

    def _join(self, timeout: float) -> bool:
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
        finished = thread is None or not thread.is_alive()
        if finished:
            self.note.setVisible(False)
            self._tell_made()
        return finished
