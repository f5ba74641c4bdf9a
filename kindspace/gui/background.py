"""Run a blocking call (the keyring, Argon2) off the GUI thread and hear back on it.

Why: a keyring can take seconds to answer, or never answer at all, and a window that stops
repainting looks broken to a person already in a hard moment. The call runs on a plain
daemon thread (keyring calls carry their own timeout, so the thread ends); its outcome comes
back to the GUI thread through a queued signal. A job must not touch SQLCipher connections
or widgets: connections belong to the thread that opened them.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal


class BackgroundJob(QObject):
    """One call on a worker thread; ``finished(result, error)`` arrives on the GUI thread."""

    finished = Signal(object, object)

    def __init__(self, call: Callable[[], Any], name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._call = call
        self._name = name

    def start(self, on_done: Callable[[Any, BaseException | None], None]) -> None:
        self.finished.connect(on_done, Qt.ConnectionType.QueuedConnection)
        threading.Thread(target=self._run, name=self._name, daemon=True).start()

    def _run(self) -> None:
        try:
            outcome: tuple[Any, BaseException | None] = (self._call(), None)
        except Exception as error:  # handed to the GUI thread, which words it kindly
            outcome = (None, error)
        with contextlib.suppress(RuntimeError):  # the window went away meanwhile
            self.finished.emit(*outcome)


def run_in_background(
    owner: QObject,
    call: Callable[[], Any],
    on_done: Callable[[Any, BaseException | None], None],
    *,
    name: str = "kindspace-job",
) -> BackgroundJob:
    """Start ``call`` off the GUI thread; ``on_done(result, error)`` runs on the GUI thread.

    The job is parented to ``owner`` so it lives until it reports, and is deleted after.
    """
    job = BackgroundJob(call, name, owner)

    def done(result: Any, error: BaseException | None) -> None:
        job.deleteLater()
        on_done(result, error)

    job.start(done)
    return job
