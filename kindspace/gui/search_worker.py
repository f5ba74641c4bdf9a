"""Searching off the window's thread: the newest search wins, older ones are stopped.

Why: a costly search (a short prefix in a journal with a very long note) used to freeze the
window for as long as SQLite took. Here each search runs on a worker thread over a
connection of its own (``Journal.on_own_connection``, as import and export do), a new
search stops the one before it from inside SQLite, and the store's time limit still holds.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from kindspace.journal.journal import Journal
from kindspace.journal.search import SearchCancelled, SearchFilters

#: How long locking waits for a stopped search to let go of its connection.
STOP_WAIT_S = 5.0


class BackgroundSearch(QObject):
    """Runs ``journal.search`` on a worker; ``finished`` carries hits or the error."""

    finished = Signal(int, object)  # generation, list[SearchHit] | Exception

    def __init__(self, journal: Journal, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._journal: Journal | None = journal
        self._generation = 0
        self._stop: threading.Event | None = None
        self._thread: threading.Thread | None = None

    @property
    def generation(self) -> int:
        return self._generation

    def is_running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, query: str, filters: SearchFilters) -> int:
        """Stop any running search and start this one; returns its generation."""
        self.cancel()
        self._generation += 1
        journal = self._journal
        if journal is None:
            return self._generation
        stop = threading.Event()
        self._stop = stop
        self._thread = threading.Thread(
            target=self._run,
            args=(journal, self._generation, query, filters, stop),
            name="search",
            daemon=True,
        )
        self._thread.start()
        return self._generation

    def _run(
        self,
        journal: Journal,
        generation: int,
        query: str,
        filters: SearchFilters,
        stop: threading.Event,
    ) -> None:
        result: object
        try:
            with journal.on_own_connection() as own:
                result = own.search(query, filters, should_stop=stop.is_set)
        except SearchCancelled:
            return
        except Exception as error:  # shown calmly by the view, never raised on a thread
            result = error
        del journal
        if not stop.is_set():
            self.finished.emit(generation, result)

    def cancel(self) -> None:
        """Stop the running search, if any (its result is never shown)."""
        if self._stop is not None:
            self._stop.set()

    def shut_down(self) -> None:
        """Stop, wait for the worker to close its connection, and forget the journal."""
        self.cancel()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(STOP_WAIT_S)
        self._journal = None
        self._stop = None
