"""Exchanging with the sync folder off the window's thread, one job at a time.

Why a worker: an exchange reads and decrypts every new bundle in the folder, and starting
to share writes a snapshot of the whole journal; a folder on a USB stick or a network drive
can also be slow to answer. On the GUI thread any of that would freeze the window. Here each
job runs on a thread of its own over a connection of its own
(:meth:`Journal.on_own_connection`, as the daily backup and search do), at low priority, and
its :class:`SyncOutcome` comes back to the GUI thread through a queued signal.

One job runs at a time. An exchange asked for while one runs is remembered and run once
after it; starting or stopping to share waits its turn the same way.

Stopping is safe at any moment: every statement on the worker's connection fails from then
on (:func:`~kindspace.journal.database.stop_statements_when`), so a bundle being applied is
rolled back whole, and the folder only ever receives complete files (temporary name, then
rename). The next exchange picks up where this one stopped. Lock stops a running job; quit
waits for it a little first, so the last changes still go out.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from kindspace.sync.engine import ExchangeReport, SyncEngine, SyncStatus

if TYPE_CHECKING:
    from kindspace.journal.journal import Journal

EXCHANGE, SETUP, LEAVE = "exchange", "setup", "leave"
#: How much lower than the window the worker runs (``nice``; Linux sets it per thread).
NICENESS = 10
#: Lock waits at most this long for a stopped job to let go of its connection.
STOP_WAIT_S = 3.0
#: Quit lets a running exchange finish for this long before it stops it.
QUIT_WAIT_S = 15.0


@dataclass(frozen=True)
class SyncOutcome:
    """What one job did, handed to the GUI thread."""

    job: str
    report: ExchangeReport | None = None
    status: SyncStatus | None = None
    error: BaseException | None = None
    #: Whether the folder was there (a pulled USB stick is not an error to show loudly).
    reachable: bool = True
    #: When the job ended, by the journal's (the app's one) clock.
    ended_at: datetime | None = None
    #: Leave: whether the folder could be told that this device left.
    told: bool = True
    #: Lock or quit stopped it part-way; nothing to say about it.
    stopped: bool = False


@dataclass(frozen=True)
class _Job:
    kind: str
    folder: Path | None = None


class BackgroundSync(QObject):
    """Runs sync jobs for one open journal; ``finished`` arrives on the GUI thread."""

    finished = Signal(object)  # SyncOutcome
    started = Signal(str)  # the job's kind

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._journal: Journal | None = None
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._queued: _Job | None = None
        self._done = threading.Event()
        self._done.set()
        self.finished.connect(self._run_queued)

    def attach(self, journal: Journal | None) -> None:
        """Work on this journal from now on (None: locked; nothing new starts)."""
        self._journal = journal
        if journal is None:
            self._queued = None

    @property
    def journal(self) -> Journal | None:
        return self._journal

    def is_running(self) -> bool:
        return not self._done.is_set()

    def exchange(self) -> None:
        self._request(_Job(EXCHANGE))

    def start_sharing(self, folder: Path) -> None:
        self._request(_Job(SETUP, folder))

    def leave(self) -> None:
        self._request(_Job(LEAVE))

    def _request(self, job: _Job) -> None:
        if self._journal is None:
            return
        if self.is_running():
            # An exchange never pushes aside a setup or a leave already waiting.
            if self._queued is None or job.kind != EXCHANGE:
                self._queued = job
            return
        self._start(job)

    def _run_queued(self, _outcome: SyncOutcome) -> None:
        job, self._queued = self._queued, None
        if job is not None and self._journal is not None and not self.is_running():
            self._start(job)

    def _start(self, job: _Job) -> None:
        journal = self._journal
        assert journal is not None
        if self._thread is not None:
            self._thread.join()  # it said it is done; only its last line is left
        self._stop = threading.Event()
        self._done.clear()
        self._thread = threading.Thread(
            target=self._run, args=(journal, job, self._stop), name="kindspace-sync", daemon=True
        )
        self.started.emit(job.kind)
        self._thread.start()

    def _run(self, journal: Journal, job: _Job, stop: threading.Event) -> None:
        from kindspace.journal.database import stop_statements_when
        from kindspace.sync.settings import load_settings

        with contextlib.suppress(AttributeError, OSError):  # per thread on Linux only
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), NICENESS)
        folder = job.folder
        outcome: SyncOutcome
        try:
            with journal.on_own_connection() as own:
                stop_statements_when(own.db, stop.is_set)
                if folder is None:
                    settings = load_settings(own)
                    folder = settings.folder if settings is not None else None
                outcome = _do(own, job, stop.is_set)
        except Exception as error:  # worded on the GUI thread; never raised on a thread
            outcome = SyncOutcome(
                job.kind,
                error=without_traceback(error),
                reachable=_is_there(folder),
                stopped=stop.is_set(),
                ended_at=journal.clock(),
            )
        del journal
        self._done.set()
        with contextlib.suppress(RuntimeError):  # the window went away meanwhile
            self.finished.emit(outcome)

    def stop(self, timeout: float = STOP_WAIT_S) -> bool:
        """Lock: stop the running job safely (see the module) and wait briefly for it."""
        self._queued = None
        self._stop.set()
        return self._done.wait(timeout)

    def finish(self, timeout: float = QUIT_WAIT_S, *, last_exchange: bool = False) -> bool:
        """Quit: let the running job end (and, if asked, one last exchange run), stopping
        it only after ``timeout``."""
        queued = self._queued
        self._queued = None
        wanted = last_exchange or queued is not None
        if self._done.wait(timeout) and wanted and self._journal is not None:
            self._start(queued or _Job(EXCHANGE))
        finished = self._done.wait(timeout)
        return finished or self.stop()


def _do(journal: Journal, job: _Job, stopped: Callable[[], bool]) -> SyncOutcome:
    if job.kind == LEAVE:
        told = SyncEngine(journal).leave()
        return SyncOutcome(LEAVE, told=told, ended_at=journal.clock())
    if job.kind == SETUP:
        from kindspace.sync.joining import start_sharing

        assert job.folder is not None
        engine = start_sharing(journal, job.folder)
    else:
        engine = SyncEngine(journal)
    report = engine.exchange()
    ended = journal.clock()
    status = None if stopped() else engine.status()
    return SyncOutcome(job.kind, report=report, status=status, ended_at=ended)


def without_traceback(error: BaseException) -> BaseException:
    """The error with its traceback (and its causes' tracebacks) let go.

    A traceback keeps the frames it passed through alive, and with them the worker's
    journal and its data key; the window only needs the error's kind and words, and keeps
    the last one after locking.
    """
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        current.__traceback__ = None
        current = current.__cause__ or current.__context__
    return error


def _is_there(folder: Path | None) -> bool:
    """Whether the folder itself is there (asked on the worker: a network drive may hang)."""
    if folder is None:
        return True  # not a folder problem
    try:
        return folder.is_dir()
    except OSError:
        return False
