"""Search in the window: its view, its worker and its filter choices, built on first use.

Why apart from the main window: most sessions never search, so nothing of it is imported or
built at start (the view, its date filters and results list, and a second connection to the
journal for the worker). Once built, it follows the journal: the worker starts when the
journal opens and stops, its connection closed, before the journal closes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject

from kindspace.gui.day_list import kind_label
from kindspace.gui.problems import show_problem

if TYPE_CHECKING:
    from kindspace.gui.main_window import MainWindow
    from kindspace.gui.search_view import SearchView
    from kindspace.gui.search_worker import BackgroundSearch

SEARCH = "search"


class SearchFeature(QObject):
    """Owns the search view of one main window (see :meth:`MainWindow.search_view`)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.view: SearchView | None = None
        self.worker: BackgroundSearch | None = None
        window.add_view_on_first_use(SEARCH, self._build)
        window.journal_opened.connect(self._start)
        window.journal_closing.connect(self._stop)

    def ensure(self) -> SearchView:
        """The view, built now if this is its first use."""
        return cast("SearchView", self.window.view(SEARCH))

    def show(self) -> None:
        if self.window.journal is None:
            return
        self.window.show_view(SEARCH)
        self.ensure().focus_query()

    def refresh(self) -> None:
        """After entries changed: new kinds and tags to filter by, and the results again."""
        if self.view is not None:
            self.refresh_choices()
            self.view.refresh()

    def refresh_choices(self) -> None:
        journal = self.window.journal
        if journal is None or self.view is None:
            return
        try:
            kinds = journal.entries.kinds()
            tags = [name for name, _count in journal.entries.tags()]
        except Exception as error:
            show_problem(self.window, error)
            return
        labels = [(kind, kind_label(kind, self.window.kind_labels)) for kind in kinds]
        self.view.set_filter_choices(labels, tags)

    def _build(self) -> SearchView:
        from kindspace.gui.search_view import SearchView

        view = SearchView(clock=self.window.clock)
        view.open_entry.connect(self.window.open_entry)
        view.closed.connect(self.window.show_today)
        self.view = view
        self.window.add_view(SEARCH, view)
        self._start()
        return view

    def _start(self) -> None:
        """The worker (its own connection to the journal) and the filter choices."""
        journal = self.window.journal
        if journal is None or self.view is None or self.worker is not None:
            return
        from kindspace.gui.search_worker import BackgroundSearch

        self.worker = BackgroundSearch(journal, self.window)
        self.view.set_background_search(self.worker)
        self.refresh_choices()

    def _stop(self) -> None:
        if self.view is not None:
            self.view.set_background_search(None)
        if self.worker is not None:
            self.worker.shut_down()  # its connection closes before the journal's
            self.worker.deleteLater()
            self.worker = None
