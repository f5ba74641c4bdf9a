"""Python's cycle collector, run on the GUI thread only.

Why: Python collects reference cycles whenever some thread happens to allocate, and the app
has worker threads (the daily backup, search, sync, unlocking). A Qt object caught in a
cycle would then be destroyed on a worker, and Qt objects must die on their own thread: its
timers can't be stopped from there ("Timers cannot be stopped from another thread") and the
process can crash. So the automatic collector is turned off while the window runs, and this
collects instead, on the GUI thread, with the thresholds Python itself would use.

It looks each time the event loop is about to wait, never on a timer of its own: the app
sleeping in the tray must not wake up for it (see "Idle with reminders on" in
docs/performance.md), and a loop that waits has just done whatever work made garbage.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QAbstractEventDispatcher, QObject

from kindspace.cycle_collection import collect_as_python_would


class MainThreadCollector(QObject):
    """While it lives, cycles are collected only here; :meth:`stop` hands back to Python."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        gc.disable()
        # The GUI thread's own dispatcher: this is made there, with the application.
        self._dispatcher = QAbstractEventDispatcher.instance()
        self._dispatcher.aboutToBlock.connect(self._look)

    def _look(self) -> None:
        collect_as_python_would()  # a comparison of three counts unless one is due

    def stop(self) -> None:
        self._dispatcher.aboutToBlock.disconnect(self._look)
        if self._was_enabled:
            gc.enable()
