"""Python's cycle collector, run on the GUI thread only.

Why: Python collects reference cycles whenever some thread happens to allocate, and the app
has worker threads (the daily backup, search, sync, unlocking). A Qt object caught in a
cycle would then be destroyed on a worker, and Qt objects must die on their own thread: its
timers can't be stopped from there ("Timers cannot be stopped from another thread") and the
process can crash. So the automatic collector is turned off while the window runs, and this
collects instead, on the GUI thread, with the thresholds Python itself would use.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

from kindspace.cycle_collection import collect_as_python_would

#: How often the counts are looked at; a look costs far less than a millisecond.
CHECK_INTERVAL_MS = 500


class MainThreadCollector(QObject):
    """While it lives, cycles are collected only here; :meth:`stop` hands back to Python."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(collect_as_python_would)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        if self._was_enabled:
            gc.enable()
