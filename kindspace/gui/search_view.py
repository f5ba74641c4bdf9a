"""Search (Ctrl+F): words in, matching entries out, narrowed by days, kind and tag.

The view never holds the journal. The main window hands it a search function (usually
``journal.search``) and the filter choices, and listens for ``open_entry``; on lock it calls
``clear()`` so no word of the journal stays behind in a widget. Searching runs as you type,
a moment after the last key, so a long journal is not searched once per letter. Whatever the
store says goes inline, in the same calm place as the hints, never as a traceback.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import cast

from PySide6.QtCore import (
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QSize,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QComboBox, QCompleter, QWidget

from kindspace.clock import Clock, system_clock
from kindspace.errors import InvalidInput
from kindspace.gui.forms.ui_search import Ui_SearchView
from kindspace.gui.problems import explain
from kindspace.gui.reading_column import centre_in_column
from kindspace.gui.search_results import (
    ENTRY_ID_ROLE,
    ResultRow,
    SearchResultDelegate,
    SearchResultsModel,
)
from kindspace.gui.search_worker import BackgroundSearch
from kindspace.gui.typography import SUBHEADING, scale_font
from kindspace.gui.words import QT_TRANSLATE_NOOP, counts, translate
from kindspace.journal.models import NOTE_KIND, SearchHit
from kindspace.journal.search import SearchFilters

log = logging.getLogger(__name__)

SearchFunction = Callable[[str, SearchFilters], list[SearchHit]]

#: Long enough that a word typed at an ordinary pace is searched once, short enough to feel live.
DEBOUNCE_MS = 250
EMPTY_HINT = QT_TRANSLATE_NOOP(
    "SearchView",
    "Type a word or a phrase. Quotes find an exact phrase.",
)
NOTHING_FOUND = QT_TRANSLATE_NOOP(
    "SearchView",
    "Nothing found for that. Try fewer words or another spelling.",
)
NOTHING_FOUND_FILTERED = QT_TRANSLATE_NOOP(
    "SearchView",
    "Nothing found with these filters. Try fewer words, or clear the filters.",
)
SEARCHING = QT_TRANSLATE_NOOP("SearchView", "Searching…")
ALL_KINDS = QT_TRANSLATE_NOOP("SearchView", "All kinds")
ALL_TAGS = QT_TRANSLATE_NOOP("SearchView", "All tags")


def count_text(count: int) -> str:
    return counts().entries(count)


def default_kind_label(kind: str) -> str:
    """A readable name for a kind nobody has given a label yet."""
    if kind == NOTE_KIND:
        return translate("SearchView", "Note")
    return kind.replace("-", " ").replace("_", " ").strip().capitalize()


class SearchView(QWidget):
    """Search box, filters and results (see the module docstring for how it is wired)."""

    open_entry = Signal(str)
    closed = Signal()
    #: The tag browser, with the tag chosen here (or "" for none).
    tags_requested = Signal(str)
    #: The export dialog, with these entry ids (the results shown) ticked.
    export_requested = Signal(list)

    def __init__(self, parent: QWidget | None = None, clock: Clock = system_clock) -> None:
        super().__init__(parent)
        self.ui = Ui_SearchView()
        self.ui.setupUi(self)
        centre_in_column(self)
        for date_edit in (self.ui.fromDate, self.ui.toDate):
            date_edit.set_clock(clock)
        self._search: SearchFunction | None = None
        self._background: BackgroundSearch | None = None
        self._into_results_when_found = False
        self._kind_labels: dict[str, str] = {}

        self._results = SearchResultsModel(self)
        self.ui.resultsList.setModel(self._results)
        self.ui.resultsList.setItemDelegate(SearchResultDelegate(self.ui.resultsList))
        self.ui.resultsList.activated.connect(self._open)
        self.ui.resultsList.installEventFilter(self)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.search_now)
        self.ui.queryEdit.textChanged.connect(self._debounce.start)
        self.ui.queryEdit.textChanged.connect(self._stop_running_search)
        self.ui.queryEdit.returnPressed.connect(self.search_now)
        self.ui.queryEdit.installEventFilter(self)

        self._setup_tag_completion()
        self.ui.fromDate.dateChanged.connect(self._filters_changed)
        self.ui.toDate.dateChanged.connect(self._filters_changed)
        self.ui.kindCombo.currentIndexChanged.connect(self._filters_changed)
        self.ui.tagCombo.currentIndexChanged.connect(self._tag_chosen)
        self.ui.clearFiltersButton.clicked.connect(self.clear_filters)
        self.ui.browseTagsButton.clicked.connect(
            lambda: self.tags_requested.emit(self.current_filters().tag or "")
        )
        self.ui.exportResultsButton.clicked.connect(
            lambda: self.export_requested.emit(self.shown_entry_ids())
        )
        self.ui.countLabel.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        # The query is what this view is about: a little larger, with room around the words.
        scale_font(self.ui.queryEdit, SUBHEADING)
        self.ui.queryEdit.setTextMargins(6, 4, 6, 4)

        self._fill_choices([], [])
        self.ui.clearFiltersButton.setEnabled(False)
        self._show_message(translate("SearchView", EMPTY_HINT))

    # -- what the main window calls ----------------------------------------------------------

    def set_search_function(self, search: SearchFunction | None) -> None:
        """Search with ``search`` on the window's thread (small journals, tests)."""
        self._search = search

    def set_background_search(self, background: BackgroundSearch | None) -> None:
        """Search on a worker instead (the app does); None stops using the current one."""
        if self._background is not None:
            self._background.finished.disconnect(self._on_found)
        self._background = background
        self._into_results_when_found = False
        if background is not None:
            background.finished.connect(self._on_found, Qt.ConnectionType.QueuedConnection)

    def set_filter_choices(self, kinds: list[tuple[str, str]], tags: list[str]) -> None:
        """Offer these kinds (id, label) and tags; a chosen one that still exists stays chosen."""
        before = self.current_filters()
        self._fill_choices(kinds, tags)
        if self.current_filters() != before:
            self._filters_changed()

    def focus_query(self) -> None:
        self.ui.queryEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.queryEdit.selectAll()

    def refresh(self) -> None:
        """Search again with what is typed (after an entry changed, for instance)."""
        if self.ui.queryEdit.text().strip():
            self.search_now()

    def clear(self) -> None:
        """Forget the query, results and tag names, so nothing of the journal stays shown."""
        self._debounce.stop()
        self.ui.queryEdit.blockSignals(True)
        # setText, unlike clear(), also empties the undo history, where words would linger.
        self.ui.queryEdit.setText("")
        self.ui.queryEdit.blockSignals(False)
        self._fill_choices([], [])
        tag_field = self.ui.tagCombo.lineEdit()
        if tag_field is not None:
            tag_field.setText("")
        self._reset_dates()
        self.ui.clearFiltersButton.setEnabled(False)
        self._results.set_rows([])
        self._show_message(translate("SearchView", EMPTY_HINT))

    def clear_filters(self) -> None:
        self._reset_dates()
        for combo in (self.ui.kindCombo, self.ui.tagCombo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.ui.tagCombo.clearEditText()
        self._filters_changed()

    def current_filters(self) -> SearchFilters:
        first, last = self.ui.fromDate.chosen_day(), self.ui.toDate.chosen_day()
        if first and last and first > last:
            first, last = last, first  # a range typed backwards still means those days
        kind = self.ui.kindCombo.currentData()
        tag = self.ui.tagCombo.currentData()
        return SearchFilters(
            first_day=first,
            last_day=last,
            kind=kind if isinstance(kind, str) else None,
            tag=tag if isinstance(tag, str) else None,
        )

    def shown_entry_ids(self) -> list[str]:
        return self._results.entry_ids()

    # -- searching -------------------------------------------------------------------------

    def search_now(self) -> None:
        self._debounce.stop()
        query = self.ui.queryEdit.text().strip()
        if not query or (self._search is None and self._background is None):
            self._stop_running_search()
            self._results.set_rows([])
            self._show_message(translate("SearchView", EMPTY_HINT))
            return
        if self._background is not None:
            self._background.start(query, self.current_filters())
            self.ui.countLabel.setText(translate("SearchView", SEARCHING))
            return
        assert self._search is not None
        try:
            hits = self._search(query, self.current_filters())
        except Exception as error:
            self._show_outcome(error)
            return
        self._show_outcome(hits)

    def is_searching(self) -> bool:
        return self._background is not None and self._background.is_running()

    def _stop_running_search(self) -> None:
        if self._background is not None:
            self._background.cancel()

    def _on_found(self, generation: int, outcome: object) -> None:
        if self._background is None or generation != self._background.generation:
            return  # an older search, or one for a journal that was locked since
        self._show_outcome(outcome)
        if self._into_results_when_found:
            self._into_results_when_found = False
            self._move_into_results()

    def _show_outcome(self, outcome: object) -> None:
        if isinstance(outcome, InvalidInput):
            self._show_problem(str(outcome))
            return
        if isinstance(outcome, Exception):
            # The type only: the message of a store error could quote journal words.
            log.warning("Search could not run: %s", type(outcome).__name__)
            self._show_problem(explain(outcome).text)
            return
        hits = cast("list[SearchHit]", outcome)
        self._results.set_rows([self._row(hit) for hit in hits])
        if not hits:
            filtered = self.current_filters() != SearchFilters()
            self._show_message(
                translate("SearchView", NOTHING_FOUND_FILTERED)
                if filtered
                else translate("SearchView", NOTHING_FOUND)
            )
            return
        self.ui.countLabel.setText(count_text(len(hits)))
        self.ui.resultsStack.setCurrentWidget(self.ui.resultsPage)
        self.ui.resultsList.scrollToTop()

    def _row(self, hit: SearchHit) -> ResultRow:
        day = QDate(hit.day.year, hit.day.month, hit.day.day)
        locale = QLocale()
        day_text = locale.toString(day, QLocale.FormatType.LongFormat)
        if hit.created is not None:
            written = QTime(hit.created.hour, hit.created.minute)
            day_text += f", {locale.toString(written, QLocale.FormatType.ShortFormat)}"
        return ResultRow(
            hit=hit,
            day_text=day_text,
            kind_text=self._kind_labels.get(hit.kind) or default_kind_label(hit.kind),
        )

    def _filters_changed(self) -> None:
        self.ui.clearFiltersButton.setEnabled(self.current_filters() != SearchFilters())
        if self.ui.queryEdit.text().strip():
            self.search_now()

    def _show_message(self, text: str) -> None:
        self.ui.messageLabel.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.ui.messageLabel.setText(text)
        self.ui.countLabel.clear()
        self.ui.resultsStack.setCurrentWidget(self.ui.messagePage)

    def _show_problem(self, text: str) -> None:
        """Like a hint, but in the ordinary text colour: this one asks to be read."""
        self._results.set_rows([])
        self._show_message(text)
        self.ui.messageLabel.setForegroundRole(QPalette.ColorRole.WindowText)

    # -- filters -----------------------------------------------------------------------------

    def _fill_choices(self, kinds: list[tuple[str, str]], tags: list[str]) -> None:
        chosen_kind = self.ui.kindCombo.currentData()
        chosen_tag = self.ui.tagCombo.currentData()
        self._kind_labels = dict(kinds)
        for combo, everything, choices in (
            (self.ui.kindCombo, translate("SearchView", ALL_KINDS), kinds),
            (self.ui.tagCombo, translate("SearchView", ALL_TAGS), [(tag, tag) for tag in tags]),
        ):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything)
            for value, label in choices:
                combo.addItem(label, value)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._select(self.ui.kindCombo, chosen_kind)
        self._select(self.ui.tagCombo, chosen_tag)
        if self.ui.tagCombo.currentIndex() == 0:
            self.ui.tagCombo.clearEditText()

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        if isinstance(value, str):
            found = combo.findData(value)
            if found > 0:
                combo.blockSignals(True)
                combo.setCurrentIndex(found)
                combo.blockSignals(False)

    def _setup_tag_completion(self) -> None:
        """Typing in the tag box suggests tags containing the letters, in any case."""
        completer = self.ui.tagCombo.completer()
        line = self.ui.tagCombo.lineEdit()
        assert completer is not None and line is not None, "the tag box is editable in the .ui"
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        line.setPlaceholderText(translate("SearchView", ALL_TAGS))
        line.setAccessibleName(translate("SearchView", "Tag"))
        line.editingFinished.connect(self._settle_tag_text)

    def _tag_chosen(self, index: int) -> None:
        if index <= 0:
            self.ui.tagCombo.clearEditText()  # the placeholder says "All tags"
        self._filters_changed()

    def _settle_tag_text(self) -> None:
        """After typing: a known tag (in any case) is chosen, nothing means all tags."""
        combo = self.ui.tagCombo
        typed = combo.currentText().strip().casefold()
        match = next(
            (i for i in range(1, combo.count()) if combo.itemText(i).casefold() == typed), 0
        )
        if typed and not match:
            match = combo.currentIndex()  # not a tag: keep the one chosen before
        if match != combo.currentIndex():
            combo.setCurrentIndex(match)
        elif match > 0:
            combo.setEditText(combo.itemText(match))
        else:
            combo.clearEditText()

    def _reset_dates(self) -> None:
        for edit in (self.ui.fromDate, self.ui.toDate):
            edit.blockSignals(True)
            edit.set_any_day()
            edit.blockSignals(False)

    def set_date_range(self, first: date | None, last: date | None) -> None:
        self.ui.fromDate.set_day(first)
        self.ui.toDate.set_day(last)

    # -- keyboard ------------------------------------------------------------------------------

    def _open(self, index: QModelIndex) -> None:
        entry_id = index.data(ENTRY_ID_ROLE)
        if isinstance(entry_id, str):
            self.open_entry.emit(entry_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt's name)
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.ui.queryEdit and event.key() == Qt.Key.Key_Down:
                return self._move_into_results()
            if (
                watched is self.ui.resultsList
                and event.key() == Qt.Key.Key_Up
                and self.ui.resultsList.currentIndex().row() <= 0
            ):
                self.ui.queryEdit.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return super().eventFilter(watched, event)

    def _move_into_results(self) -> bool:
        if self._debounce.isActive():
            self.search_now()  # what is shown should match what is typed
        if self.is_searching():
            self._into_results_when_found = True  # go there when the results arrive
            return True
        if self._results.rowCount() == 0:
            return False
        results = self.ui.resultsList
        if not results.currentIndex().isValid():
            results.setCurrentIndex(self._results.index(0, 0))
        results.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    # -- layout --------------------------------------------------------------------------------

    def minimumSizeHint(self) -> QSize:  # noqa: N802  (Qt's name)
        """As narrow as the filters on two rows, so search fits beside the calendar."""
        margins = self.ui.searchLayout.contentsMargins()
        narrowest = max(
            self.ui.dayFilters.minimumSize().width(),
            self.ui.choiceFilters.minimumSize().width(),
            self.ui.queryEdit.minimumSizeHint().width(),
        )
        width = margins.left() + margins.right() + narrowest
        return QSize(width, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802  (Qt's name)
        """One row of filters where they fit, two where they don't (beside the calendar)."""
        margins = self.ui.searchLayout.contentsMargins()
        needed = (
            margins.left()
            + margins.right()
            + self.ui.dayFilters.sizeHint().width()
            + self.ui.filtersRow.spacing()
            + self.ui.choiceFilters.sizeHint().width()
        )
        direction = (
            QBoxLayout.Direction.LeftToRight
            if event.size().width() >= needed
            else QBoxLayout.Direction.TopToBottom
        )
        if self.ui.filtersRow.direction() != direction:
            self.ui.filtersRow.setDirection(direction)
        super().resizeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802  (Qt's name)
        if event.key() == Qt.Key.Key_Escape:
            self.closed.emit()
            event.accept()
            return
        super().keyPressEvent(event)
