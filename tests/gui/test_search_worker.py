"""The window searches on a worker thread; a newer search replaces an older one."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kindspace.gui.main_window import MainWindow
from kindspace.gui.search_view import SEARCHING
from kindspace.gui.search_worker import BackgroundSearch
from kindspace.journal.journal import Journal
from kindspace.journal.search import MIN_PREFIX_LETTERS, SHORT_PREFIX, SearchFilters


@pytest.fixture
def window(qtbot: QtBot, journal: Journal) -> Iterator[MainWindow]:
    journal.entries.create(title="Harbour", body="A walk by the harbour at dusk.")
    journal.entries.create(title="Tea", body="Green tea with a friend.")
    shown = MainWindow(clock=journal.clock)
    qtbot.addWidget(shown)
    shown.attach(journal)
    shown.show()
    yield shown
    shown.detach()


def test_the_window_is_free_while_a_search_runs(qtbot: QtBot, window: MainWindow) -> None:
    view = window.search_view
    window.show_search()
    view.ui.queryEdit.setText("harbour")
    view.search_now()
    # The search was handed to a worker: nothing is shown until the window's loop runs.
    assert view.shown_entry_ids() == []
    assert view.ui.countLabel.text() == SEARCHING
    qtbot.waitUntil(lambda: len(view.shown_entry_ids()) == 1)
    assert view.ui.countLabel.text() == "1 entry"


def test_a_refused_query_is_said_kindly_from_the_worker(qtbot: QtBot, window: MainWindow) -> None:
    view = window.search_view
    view.ui.queryEdit.setText("h*")
    qtbot.keyClick(view.ui.queryEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: view.ui.messageLabel.text() == SHORT_PREFIX.format(count=MIN_PREFIX_LETTERS)
    )


def test_a_newer_search_replaces_the_one_before(qtbot: QtBot, journal: Journal) -> None:
    journal.entries.create(title="Harbour", body="A walk by the harbour at dusk.")
    journal.entries.create(title="Tea", body="Green tea with a friend.")
    worker = BackgroundSearch(journal)
    results: list[tuple[int, object]] = []
    worker.finished.connect(lambda generation, outcome: results.append((generation, outcome)))
    first = worker.start("harbour", SearchFilters())
    second = worker.start("tea", SearchFilters())
    qtbot.waitUntil(lambda: any(generation == second for generation, _ in results))
    worker.shut_down()
    assert first != second and worker.generation == second
    hits = results[-1][1]
    assert isinstance(hits, list) and [hit.title for hit in hits] == ["Tea"]


def test_locking_stops_the_worker_and_forgets_the_journal(qtbot: QtBot, window: MainWindow) -> None:
    view = window.search_view
    view.ui.queryEdit.setText("harbour")
    view.search_now()
    worker = window.search.worker
    assert worker is not None
    window.detach()
    assert not worker.is_running()
    assert window.search.worker is None
