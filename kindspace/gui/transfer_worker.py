"""Run one slow import step (reading a big file, writing thousands of entries) off the GUI thread.

Why a plain thread with Qt signals rather than a QThread subclass: the work is one Python
call that already takes ``progress`` and ``should_cancel`` callbacks, so a thread that runs
it and reports back through queued signals is all that is needed. The signals are emitted
from the worker thread and delivered on the GUI thread, because the task object lives there.

Why :meth:`TransferTask.stop` joins: locking or quitting closes the journal right after, and
the worker must have rolled back and closed its own connection by then. ``apply_import``
asks ``should_cancel`` every hundred entries, so the wait is short.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

#: The work: it is handed a progress report and a cancel check, and returns its result.
Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class TransferTask(QObject):
    """One piece of work on its own thread; create a new task for each run."""

    progressed = Signal(int, int)  # done, total
    succeeded = Signal(object)  # whatever the work returned
    failed = Signal(object)  # the exception it raised

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self._thread = threading.Thread(target=self._run, name="kindspace-transfer", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        """Ask the work to stop at its next check; the result arrives as usual (or a failure)."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def is_running(self) -> bool:
        return self._thread.is_alive()

    def stop(self, timeout: float = 30.0) -> bool:
        """Cancel and wait for the thread to end; True when it has."""
        self.cancel()
        if self._thread.ident is not None:
            self._thread.join(timeout)
        return not self._thread.is_alive()

    def wait(self, timeout: float) -> bool:
        """Block until the work has ended (without cancelling it); True when it has."""
        if self._thread.ident is not None:
            self._thread.join(timeout)
        return not self._thread.is_alive()

    def _run(self) -> None:
        try:
            result = self._work(self.progressed.emit, self._cancel.is_set)
        except BaseException as error:  # every failure goes back to the GUI, worded there
            self.failed.emit(error)
            return
        self.succeeded.emit(result)
