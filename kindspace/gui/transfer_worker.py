"""Run one slow transfer step (reading a big file, importing or exporting thousands of
entries) off the GUI thread, and the export's own work for it.

Why a thread that runs one Python call: the work already takes ``progress`` and
``should_cancel`` callbacks, so a thread that runs it and reports back through queued
signals is all that is needed. The signals are emitted from the worker thread and delivered
on the GUI thread, because the task object lives there. A PDF runs on a ``QThread`` rather
than a plain Python thread: a ``QTextDocument`` filled before it gets its page layout
starts a Qt timer, and Qt timers need a thread Qt started (one with an event dispatcher; on
a Python thread Qt warns). Everything else keeps a plain daemon thread.

Why :meth:`TransferTask.stop` joins: locking or quitting closes the journal right after, and
the worker must have rolled back and closed its own connection by then. ``apply_import``
asks ``should_cancel`` every hundred entries and an export at every entry (and PDF page),
so the wait is short.

Why the export's work lives here rather than in its dialog: it is the part that runs on the
worker, and keeping it apart keeps the rule plain that nothing in it touches a widget or
the GUI thread's connection. It opens the journal's own connection *on the worker*, since
SQLCipher connections belong to the thread that opened them.
"""

from __future__ import annotations

import atexit
import contextlib
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThread, Signal

from kindspace.errors import KindspaceError
from kindspace.gui.pdf_export import export_pdf
from kindspace.gui.words import QT_TRANSLATE_NOOP, translate
from kindspace.paths import fsync_dir
from kindspace.transfer.json_export import export_json
from kindspace.transfer.markdown_export import export_markdown
from kindspace.transfer.selection import EntryPart, EntrySelection, ExportFormat

if TYPE_CHECKING:
    from kindspace.journal.journal import Journal
    from kindspace.journal.models import Entry
    from kindspace.practice.definitions import ExerciseCatalog

STOPPED_NOTHING_WRITTEN = QT_TRANSLATE_NOOP(
    "TransferWorker", "The export was stopped, so nothing was written."
)
#: The bar moves at most about this many times per export, so the queue never floods.
PROGRESS_STEPS = 100


class ExportStopped(KindspaceError):
    """The person pressed Stop; ``written`` counts the Markdown files already in place."""

    def __init__(self, written: int = 0) -> None:
        super().__init__(translate("TransferWorker", STOPPED_NOTHING_WRITTEN))
        self.written = written


@dataclass(frozen=True)
class ReportingSelection(EntrySelection):
    """The person's selection, telling ``report`` how many entries were handed out so far.

    Why wrap the selection: every writer reads its entries through it, so one progress bar
    follows JSON, Markdown and PDF alike without each writer growing its own callback.
    """

    report: Callable[[int], None] | None = field(default=None, compare=False)
    should_stop: Callable[[], bool] | None = field(default=None, compare=False)

    def entries(self, journal: Journal) -> Iterator[Entry]:
        for done, entry in enumerate(super().entries(journal), start=1):
            if self.should_stop is not None and self.should_stop():
                raise ExportStopped
            yield entry
            if self.report is not None:
                self.report(done)


#: Every worker thread not yet seen finished, with its cancel flag: Qt aborts the process
#: when a running ``QThread`` is destroyed, so none is let go before it has finished.
_threads: dict[QThread, threading.Event] = {}
#: How long the process waits at exit for a worker that was asked to stop.
EXIT_WAIT_S = 30.0


def workers_running() -> int:
    """How many transfer workers are running now."""
    return sum(1 for thread in _threads if not thread.isFinished())


@atexit.register
def _stop_workers_at_exit() -> None:
    """A worker still running when Python ends is asked to stop and waited for (its export
    leaves no partial file), rather than destroyed mid-way, which would abort the process."""
    for thread, cancel in list(_threads.items()):
        cancel.set()
        thread.wait(int(EXIT_WAIT_S * 1000))


class _WorkerThread(QThread):
    """Runs ``target`` once on a thread Qt started, so Qt objects made there may use timers."""

    def __init__(self, target: Callable[[], None]) -> None:
        super().__init__()
        self.setObjectName("kindspace-transfer")
        self._target: Callable[[], None] | None = target

    def run(self) -> None:  # the thread's whole life: one call
        # Let go of the work when it ends: a finished thread is kept until the next export
        # starts, and must not keep the export, and with it the journal, alive after a lock.
        target, self._target = self._target, None
        if target is not None:
            target()


#: The work: it is handed a progress report and a cancel check, and returns its result.
Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class TransferTask(QObject):
    """One piece of work on its own thread; create a new task for each run."""

    progressed = Signal(int, int)  # done, total
    succeeded = Signal(object)  # whatever the work returned
    failed = Signal(object)  # the exception it raised

    def __init__(
        self, work: Work, parent: QObject | None = None, *, qt_thread: bool = False
    ) -> None:
        """``qt_thread``: run on a thread Qt started, for work that lays out text (a PDF)."""
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self._qt_thread = _WorkerThread(self._run) if qt_thread else None
        self._thread = threading.Thread(target=self._run, name="kindspace-transfer", daemon=True)
        self._started = False

    def start(self) -> None:
        self._started = True
        if self._qt_thread is None:
            self._thread.start()
            return
        for thread in [thread for thread in _threads if thread.isFinished()]:
            del _threads[thread]
        _threads[self._qt_thread] = self._cancel
        self._qt_thread.start()

    def cancel(self) -> None:
        """Ask the work to stop at its next check; the result arrives as usual (or a failure)."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def is_running(self) -> bool:
        if self._qt_thread is None:
            return self._thread.is_alive()
        return self._started and not self._qt_thread.isFinished()

    def stop(self, timeout: float = 30.0) -> bool:
        """Cancel and wait for the thread to end; True when it has."""
        self.cancel()
        return self.wait(timeout)

    def wait(self, timeout: float) -> bool:
        """Block until the work has ended (without cancelling it); True when it has."""
        if self._started and self._qt_thread is None:
            self._thread.join(timeout)
        elif self._started and self._qt_thread is not None:
            self._qt_thread.wait(max(0, int(timeout * 1000)))
        return not self.is_running()

    def _run(self) -> None:
        try:
            result = self._work(self._progress, self._cancel.is_set)
        except BaseException as error:  # every failure goes back to the GUI, worded there
            self._report(self.failed, error)
            return
        self._report(self.succeeded, result)

    def _progress(self, done: int, total: int) -> None:
        try:
            self.progressed.emit(done, total)
        except RuntimeError:  # the task is gone (its dialog closed): stop quietly
            self._cancel.set()

    @staticmethod
    def _report(signal: Any, value: object) -> None:
        # A task dropped after a stop that outlasted its wait has nobody left to tell.
        with contextlib.suppress(RuntimeError):
            signal.emit(value)


@dataclass(frozen=True)
class ExportJob:
    """One export as the person chose it, run by :meth:`run` on the worker thread.

    The journal is used there only to open its own connection, never through the GUI
    thread's one.
    """

    journal: Journal
    chosen: ExportFormat
    path: Path
    selection: EntrySelection
    parts: frozenset[EntryPart]
    catalog: ExerciseCatalog | None
    replace: bool
    total: int

    @property
    def units(self) -> int:
        """How far the progress bar goes. A PDF reads its entries' order first, then lays
        them out twice, once to count its pages and once to paint them, so its bar counts
        all three."""
        return self.total * 3 if self.chosen is ExportFormat.PDF else self.total

    def run(self, progress: Callable[[int, int], None], should_stop: Callable[[], bool]) -> int:
        """Write the export on its own connection; returns how many entries were written."""
        units = self.units
        step = max(units // PROGRESS_STEPS, 1)
        shown = 0

        def report(done: int) -> None:
            nonlocal shown
            if done == 1 or done - shown >= step or done == units:
                shown = done
                progress(done, units)

        def on_entry(index: int, _count: int) -> None:
            if should_stop():
                raise ExportStopped
            report(self.total + index + 1)

        def on_page(index: int, count: int) -> None:
            if should_stop():
                raise ExportStopped
            report(2 * self.total + (index * self.total) // max(count, 1))

        files_written = 0

        def count_file(written: int, _total: int) -> None:
            nonlocal files_written
            files_written = written

        reporting = ReportingSelection(
            self.selection.first_day,
            self.selection.last_day,
            self.selection.entry_ids,
            self.selection.tag,
            report=report,
            should_stop=should_stop,
        )
        with self.journal.on_own_connection() as own:
            if self.chosen is ExportFormat.JSON:
                return export_json(own, self.path, reporting, self.parts)
            if self.chosen is ExportFormat.PDF:
                return export_pdf(
                    own,
                    self.path,
                    reporting,
                    self.parts,
                    self.catalog,
                    on_page=on_page,
                    on_entry=on_entry,
                )
            try:
                return export_markdown(
                    own,
                    self.path,
                    reporting,
                    self.catalog,
                    progress=count_file,
                    replace=self.replace,
                    parts=self.parts,
                )
            except ExportStopped:
                # The files written so far stay (they are the copies asked for): make sure
                # the folder remembers them, as a finished export does.
                with contextlib.suppress(OSError):
                    fsync_dir(self.path)
                raise ExportStopped(files_written) from None
