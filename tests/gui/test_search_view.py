"""The search view against a real encrypted journal: typing, filters, keyboard, calm states."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt, QTime
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QBoxLayout,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kindspace.clock import fixed_clock
from kindspace.errors import DamagedJournal, InvalidInput
from kindspace.gui import theme
from kindspace.gui.date_filter import ANY_DAY_TEXT, OptionalDateEdit
from kindspace.gui.problems import DAMAGED_PAGE, UNEXPECTED, explain
from kindspace.gui.search_results import HIT_ROLE, ResultRow, row_html
from kindspace.gui.search_view import (
    ALL_KINDS,
    ALL_TAGS,
    DEBOUNCE_MS,
    EMPTY_HINT,
    NOTHING_FOUND,
    NOTHING_FOUND_FILTERED,
    SearchView,
    count_text,
)
from kindspace.gui.theme import MARK_STRENGTH, mix
from kindspace.journal import vault
from kindspace.journal.journal import Journal, JournalLocation, create_journal
from kindspace.journal.models import SearchHit
from kindspace.journal.search import SearchFilters
from tests.helpers.journals import PASSPHRASE
from tests.helpers.widgets import ACTIVATION_TIMEOUT_MS

BREAK = "self-compassion-break"
KINDS = [("note", "Note"), (BREAK, "Self-compassion break")]
TZ = timezone(timedelta(hours=1))


def written(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 20, 15, tzinfo=TZ)


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    opened, _recovery = create_journal(
        JournalLocation(tmp_path / "journal"),
        passphrase=PASSPHRASE,
        use_keyring=False,
        kdf_params=vault.FAST_TEST_KDF,
    )
    samples = [
        ("Harbour walk", "Walked to the harbour at dusk.", "note", ["walks"], date(2024, 3, 1)),
        ("", "The harbour wall felt steady under my hands.", BREAK, ["work"], date(2024, 6, 10)),
        (
            "",
            "Tea with <b>Sam</b> & friends by the harbour.",
            "note",
            ["friends"],
            date(2024, 9, 20),
        ),
        ("Quiet", "Nothing to do with the sea today.", "note", [], date(2024, 10, 2)),
    ]
    for title, body, kind, tags, day in samples:
        opened.entries.create(
            title=title, body=body, kind=kind, tags=tags, day=day, written_at=written(day)
        )
    yield opened
    opened.close()


def ids_by_day(journal: Journal) -> dict[date, str]:
    return {entry.day: entry.id for entry in journal.entries.between(date(2024, 1, 1), date.max)}


@pytest.fixture
def view(qtbot: QtBot, journal: Journal) -> SearchView:
    widget = SearchView()
    qtbot.addWidget(widget)
    widget.set_search_function(journal.search)
    widget.set_filter_choices(KINDS, [tag for tag, _uses in journal.entries.tags()])
    widget.resize(720, 560)
    widget.show()
    widget.activateWindow()
    qtbot.waitActive(widget, timeout=ACTIVATION_TIMEOUT_MS)
    return widget


def search_for(qtbot: QtBot, view: SearchView, words: str) -> None:
    view.ui.queryEdit.clear()
    qtbot.keyClicks(view.ui.queryEdit, words)
    qtbot.keyClick(view.ui.queryEdit, Qt.Key.Key_Return)


def shown_days(view: SearchView, journal: Journal) -> set[date]:
    days = {entry_id: day for day, entry_id in ids_by_day(journal).items()}
    return {days[entry_id] for entry_id in view.shown_entry_ids()}


# -- typing and opening ------------------------------------------------------------------------


def test_typing_finds_an_entry_once_the_typing_pauses(qtbot: QtBot, journal: Journal) -> None:
    calls: list[str] = []

    def counted(query: str, filters: SearchFilters) -> list[SearchHit]:
        calls.append(query)
        return journal.search(query, filters)

    view = SearchView()
    qtbot.addWidget(view)
    view.set_search_function(counted)
    # keyClicks delivers every key before the event loop runs, so no timer can fire between
    # them: the search must wait for the pause, then run once for the whole word.
    qtbot.keyClicks(view.ui.queryEdit, "dusk")
    assert calls == []
    assert view.ui.messageLabel.text() == EMPTY_HINT
    qtbot.waitUntil(lambda: view.shown_entry_ids() != [], timeout=DEBOUNCE_MS * 20)
    assert calls == ["dusk"]
    assert view.shown_entry_ids() == [ids_by_day(journal)[date(2024, 3, 1)]]
    assert view.ui.countLabel.text() == "1 entry"
    assert view.ui.resultsStack.currentWidget() is view.ui.resultsPage


def test_enter_in_the_field_searches_at_once(qtbot: QtBot, view: SearchView) -> None:
    qtbot.keyClicks(view.ui.queryEdit, "harbour")
    assert view.shown_entry_ids() == []
    qtbot.keyClick(view.ui.queryEdit, Qt.Key.Key_Return)
    assert len(view.shown_entry_ids()) == 3
    assert view.ui.countLabel.text() == count_text(3) == "3 entries"


def test_down_then_enter_opens_the_first_result(
    qtbot: QtBot, view: SearchView, journal: Journal
) -> None:
    search_for(qtbot, view, "steady")
    qtbot.keyClick(view.ui.queryEdit, Qt.Key.Key_Down)
    results = view.ui.resultsList
    assert results.hasFocus()
    assert results.currentIndex().row() == 0
    with qtbot.waitSignal(view.open_entry, timeout=1000) as opened:
        qtbot.keyClick(results, Qt.Key.Key_Return)
    assert opened.args == [ids_by_day(journal)[date(2024, 6, 10)]]


def test_down_right_after_typing_searches_first(
    qtbot: QtBot, view: SearchView, journal: Journal
) -> None:
    qtbot.keyClicks(view.ui.queryEdit, "dusk")
    qtbot.keyClick(view.ui.queryEdit, Qt.Key.Key_Down)
    assert view.ui.resultsList.hasFocus()
    assert view.shown_entry_ids() == [ids_by_day(journal)[date(2024, 3, 1)]]


def test_up_from_the_first_result_returns_to_the_field(qtbot: QtBot, view: SearchView) -> None:
    search_for(qtbot, view, "harbour")
    qtbot.keyClick(view.ui.queryEdit, Qt.Key.Key_Down)
    qtbot.keyClick(view.ui.resultsList, Qt.Key.Key_Down)
    assert view.ui.resultsList.currentIndex().row() == 1
    qtbot.keyClick(view.ui.resultsList, Qt.Key.Key_Up)
    assert view.ui.resultsList.hasFocus()
    qtbot.keyClick(view.ui.resultsList, Qt.Key.Key_Up)
    assert view.ui.queryEdit.hasFocus()


def test_down_without_results_stays_in_the_field(qtbot: QtBot, view: SearchView) -> None:
    search_for(qtbot, view, "zebra")
    qtbot.keyClick(view.ui.queryEdit, Qt.Key.Key_Down)
    assert view.ui.queryEdit.hasFocus()


def test_double_click_opens_a_result(qtbot: QtBot, view: SearchView, journal: Journal) -> None:
    search_for(qtbot, view, "friends")
    results = view.ui.resultsList
    first = results.visualRect(results.model().index(0, 0)).center()
    # A real double-click starts with a press; Qt's item views only open what was pressed.
    qtbot.mouseClick(results.viewport(), Qt.MouseButton.LeftButton, pos=first)
    with qtbot.waitSignal(view.open_entry, timeout=1000) as opened:
        qtbot.mouseDClick(results.viewport(), Qt.MouseButton.LeftButton, pos=first)
    assert opened.args == [ids_by_day(journal)[date(2024, 9, 20)]]


def test_escape_asks_to_close_from_the_field_and_the_results(
    qtbot: QtBot, view: SearchView
) -> None:
    search_for(qtbot, view, "harbour")
    with qtbot.waitSignal(view.closed, timeout=1000):
        qtbot.keyClick(view.ui.queryEdit, Qt.Key.Key_Escape)
    qtbot.keyClick(view.ui.queryEdit, Qt.Key.Key_Down)
    with qtbot.waitSignal(view.closed, timeout=1000):
        qtbot.keyClick(view.ui.resultsList, Qt.Key.Key_Escape)


def test_focus_query_selects_what_was_typed(qtbot: QtBot, view: SearchView) -> None:
    search_for(qtbot, view, "harbour")
    view.ui.kindCombo.setFocus()
    view.focus_query()
    assert view.ui.queryEdit.hasFocus()
    assert view.ui.queryEdit.selectedText() == "harbour"


# -- filters -------------------------------------------------------------------------------------


def test_the_kind_filter_narrows_results(qtbot: QtBot, view: SearchView, journal: Journal) -> None:
    search_for(qtbot, view, "harbour")
    assert len(view.shown_entry_ids()) == 3
    assert view.ui.kindCombo.itemText(0) == ALL_KINDS
    view.ui.kindCombo.setCurrentIndex(view.ui.kindCombo.findData(BREAK))
    assert shown_days(view, journal) == {date(2024, 6, 10)}
    view.ui.kindCombo.setCurrentIndex(view.ui.kindCombo.findData("note"))
    assert shown_days(view, journal) == {date(2024, 3, 1), date(2024, 9, 20)}


def test_the_tag_filter_narrows_results(qtbot: QtBot, view: SearchView, journal: Journal) -> None:
    search_for(qtbot, view, "harbour")
    assert view.ui.tagCombo.itemText(0) == ALL_TAGS
    view.ui.tagCombo.setCurrentIndex(view.ui.tagCombo.findData("friends"))
    assert shown_days(view, journal) == {date(2024, 9, 20)}
    assert view.ui.clearFiltersButton.isEnabled()
    view.ui.clearFiltersButton.click()
    assert len(view.shown_entry_ids()) == 3
    assert view.ui.tagCombo.currentIndex() == 0
    assert not view.ui.clearFiltersButton.isEnabled()


# Typing opens the completion popup, which the offscreen platform cannot raise or give the keys.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_a_typed_tag_is_chosen_in_any_case(
    qtbot: QtBot, view: SearchView, journal: Journal
) -> None:
    search_for(qtbot, view, "harbour")
    tag_field = view.ui.tagCombo.lineEdit()
    assert tag_field is not None
    assert tag_field.placeholderText() == ALL_TAGS
    tag_field.setFocus()
    qtbot.keyClicks(tag_field, "WORK")
    qtbot.keyClick(tag_field, Qt.Key.Key_Return)
    assert view.current_filters().tag == "work"
    assert shown_days(view, journal) == {date(2024, 6, 10)}
    tag_field.clear()
    qtbot.keyClick(tag_field, Qt.Key.Key_Return)
    assert view.current_filters().tag is None
    assert len(view.shown_entry_ids()) == 3


def test_the_date_range_narrows_results(qtbot: QtBot, view: SearchView, journal: Journal) -> None:
    search_for(qtbot, view, "harbour")
    view.ui.fromDate.setDate(QDate(2024, 5, 1))
    assert shown_days(view, journal) == {date(2024, 6, 10), date(2024, 9, 20)}
    view.ui.toDate.setDate(QDate(2024, 7, 1))
    assert shown_days(view, journal) == {date(2024, 6, 10)}
    view.set_date_range(date(2024, 7, 1), date(2024, 5, 1))  # backwards means the same days
    assert shown_days(view, journal) == {date(2024, 6, 10)}
    view.set_date_range(None, date(2024, 5, 1))
    assert shown_days(view, journal) == {date(2024, 3, 1)}


def test_filters_that_match_nothing_say_so_kindly(qtbot: QtBot, view: SearchView) -> None:
    search_for(qtbot, view, "harbour")
    view.set_date_range(date(2025, 1, 1), None)
    assert view.shown_entry_ids() == []
    assert view.ui.messageLabel.text() == NOTHING_FOUND_FILTERED
    assert view.ui.resultsStack.currentWidget() is view.ui.messagePage


def test_a_chosen_filter_that_still_exists_stays_chosen(view: SearchView) -> None:
    view.ui.tagCombo.setCurrentIndex(view.ui.tagCombo.findData("work"))
    view.ui.kindCombo.setCurrentIndex(view.ui.kindCombo.findData(BREAK))
    view.set_filter_choices(KINDS, ["work", "rest"])
    assert view.current_filters() == SearchFilters(kind=BREAK, tag="work")
    view.set_filter_choices([("note", "Note")], ["rest"])
    assert view.current_filters() == SearchFilters()


def test_an_any_day_field_starts_from_today_and_can_go_back_to_any(
    pinned_now: datetime, qtbot: QtBot
) -> None:
    edit = OptionalDateEdit()
    qtbot.addWidget(edit)
    assert edit.chosen_day() is None
    assert edit.text() == ANY_DAY_TEXT
    edit.stepBy(1)
    assert edit.chosen_day() == pinned_now.date()
    edit.stepBy(-1)
    assert edit.chosen_day() == pinned_now.date() - timedelta(days=1)


def test_an_any_day_field_takes_today_from_the_clock_it_is_given(qtbot: QtBot) -> None:
    edit = OptionalDateEdit()
    qtbot.addWidget(edit)
    evening = datetime(2031, 7, 4, 21, 0, tzinfo=UTC)
    edit.set_clock(fixed_clock(evening))
    edit.stepBy(1)
    assert edit.chosen_day() == evening.date()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert edit.chosen_day() is None
    assert edit.calendarPopup()


# -- what the results show -----------------------------------------------------------------------


def rows(view: SearchView) -> list[ResultRow]:
    model = view.ui.resultsList.model()
    found = [model.index(row, 0).data(HIT_ROLE) for row in range(model.rowCount())]
    assert all(isinstance(row, ResultRow) for row in found)
    return found


def test_results_show_the_day_time_kind_and_title(qtbot: QtBot, view: SearchView) -> None:
    search_for(qtbot, view, "steady")
    (row,) = rows(view)
    assert row.kind_text == "Self-compassion break"
    locale = view.locale()
    expected_day = locale.toString(QDate(2024, 6, 10), locale.FormatType.LongFormat)
    expected_time = locale.toString(QTime(20, 15), locale.FormatType.ShortFormat)
    assert row.day_text == f"{expected_day}, {expected_time}"
    search_for(qtbot, view, "dusk")
    (row,) = rows(view)
    text = row.plain_text()
    assert "Note" in text
    assert "Harbour walk" in text
    assert "dusk" in text


def test_matches_are_marked_and_journal_html_is_shown_as_text(
    qtbot: QtBot, view: SearchView
) -> None:
    search_for(qtbot, view, "friends")
    (row,) = rows(view)
    markup = row_html(row, view.palette(), selected=False)
    assert "<b>Sam</b>" not in markup
    assert "&lt;b&gt;Sam&lt;/b&gt; &amp;" in markup
    assert "font-weight:700" in markup.split("friends")[0].rsplit("<span", 1)[1]
    document = QTextDocument()
    document.setHtml(markup)
    assert "Tea with <b>Sam</b> & friends by the harbour." in document.toPlainText()
    shown = view.ui.resultsList.model().index(0, 0).data(Qt.ItemDataRole.DisplayRole)
    assert "<b>Sam</b> & friends" in shown


@pytest.mark.parametrize("dark", [False, True])
def test_the_mark_colour_comes_from_the_palette(qtbot: QtBot, view: SearchView, dark: bool) -> None:
    search_for(qtbot, view, "dusk")
    (row,) = rows(view)
    palette = theme.palette_for(dark)
    mark = mix(
        palette.color(palette.ColorRole.Base),
        palette.color(palette.ColorRole.Highlight),
        MARK_STRENGTH,
    )
    markup = row_html(row, palette, selected=False)
    assert f"background-color:{mark.name()}" in markup
    other = row_html(row, theme.palette_for(not dark), selected=False)
    assert f"background-color:{mark.name()}" not in other
    selected = row_html(row, palette, selected=True)
    assert palette.color(palette.ColorRole.HighlightedText).name() in selected


def test_a_snippet_from_the_title_is_shown_once(qtbot: QtBot, view: SearchView) -> None:
    search_for(qtbot, view, "walk")
    titled = [row for row in rows(view) if row.hit.title == "Harbour walk"]
    assert len(titled) == 1
    assert titled[0].plain_text().count("Harbour walk") == 1


def test_rows_are_as_tall_as_their_text(qtbot: QtBot, view: SearchView) -> None:
    search_for(qtbot, view, "harbour")
    results = view.ui.resultsList
    heights = [results.visualRect(results.model().index(i, 0)).height() for i in range(3)]
    line = results.fontMetrics().height()
    assert all(height >= 2 * line for height in heights)


# -- calm states ---------------------------------------------------------------------------------


def test_an_empty_query_shows_the_hint(qtbot: QtBot, view: SearchView) -> None:
    search_for(qtbot, view, "harbour")
    view.ui.queryEdit.clear()
    view.search_now()
    assert view.shown_entry_ids() == []
    assert view.ui.messageLabel.text() == EMPTY_HINT


def test_nothing_found_says_what_to_try(qtbot: QtBot, view: SearchView) -> None:
    search_for(qtbot, view, "zebra")
    assert view.ui.messageLabel.text() == NOTHING_FOUND
    assert view.ui.countLabel.text() == ""


def no_dialogs() -> bool:
    return not any(isinstance(w, QMessageBox) for w in QApplication.topLevelWidgets())


def test_a_query_the_store_refuses_is_explained_inline(
    qtbot: QtBot, view: SearchView, journal: Journal
) -> None:
    with pytest.raises(InvalidInput) as refused:
        journal.search('" "', SearchFilters())
    search_for(qtbot, view, "harbour")
    search_for(qtbot, view, '" "')
    assert view.ui.messageLabel.text() == str(refused.value)
    assert view.shown_entry_ids() == []
    assert no_dialogs()


def test_a_closed_journal_gives_a_calm_message(
    qtbot: QtBot, view: SearchView, journal: Journal
) -> None:
    journal.close()
    search_for(qtbot, view, "harbour")
    assert view.ui.messageLabel.text() == UNEXPECTED
    assert no_dialogs()


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (MemoryError(), DAMAGED_PAGE),
        (DamagedJournal("The journal file could not be read."), None),
        (OSError(5, "Input/output error"), UNEXPECTED),
    ],
)
def test_a_failing_store_gives_a_calm_message(
    qtbot: QtBot, error: BaseException, expected: str | None
) -> None:
    def failing(query: str, filters: SearchFilters) -> list[SearchHit]:
        raise error

    view = SearchView()
    qtbot.addWidget(view)
    view.set_search_function(failing)
    search_for(qtbot, view, "harbour")
    message = view.ui.messageLabel.text()
    assert message == (expected or explain(error).text)
    assert "Traceback" not in message
    assert no_dialogs()


# -- privacy and accessibility -------------------------------------------------------------------


def every_text(view: SearchView) -> list[str]:
    texts = [view.windowTitle()]
    texts += [label.text() for label in view.findChildren(QLabel)]
    texts += [field.text() for field in view.findChildren(QLineEdit)]
    for combo in view.findChildren(QComboBox):
        texts += [combo.itemText(i) for i in range(combo.count())]
    for items in view.findChildren(QAbstractItemView):
        model = items.model()
        if model is None:
            continue
        for row in range(model.rowCount()):
            index = model.index(row, 0, QModelIndex())
            texts += [str(index.data(role)) for role in (Qt.ItemDataRole.DisplayRole, HIT_ROLE)]
    return texts


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_clear_leaves_no_journal_text_behind(qtbot: QtBot, view: SearchView) -> None:
    search_for(qtbot, view, "harbour")
    tag_field = view.ui.tagCombo.lineEdit()
    assert tag_field is not None
    tag_field.setFocus()
    qtbot.keyClicks(tag_field, "Fri")
    view.ui.tagCombo.setCurrentIndex(view.ui.tagCombo.findData("friends"))
    before = " ".join(every_text(view))
    assert "Sam" in before and "friends" in before  # the walk below does see journal text
    view.clear()
    after = " ".join(every_text(view)).casefold()
    for private in ("harbour", "sam", "friends", "walks", "work", "dusk", "steady"):
        assert private not in after
    assert view.ui.messageLabel.text() == EMPTY_HINT
    assert view.current_filters() == SearchFilters()
    for field in view.findChildren(QLineEdit):
        assert not field.isUndoAvailable(), field.objectName()  # Ctrl+Z brings nothing back


def interactive(widget: QWidget) -> bool:
    kinds = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractButton, QAbstractItemView)
    return isinstance(widget, kinds) and not widget.objectName().startswith("qt_")


def test_every_interactive_widget_has_an_accessible_name(view: SearchView) -> None:
    widgets = [w for w in view.findChildren(QWidget) if interactive(w) and w.isVisibleTo(view)]
    names = {w.objectName(): w.accessibleName() for w in widgets}
    assert {"queryEdit", "fromDate", "toDate", "kindCombo", "tagCombo"} <= set(names)
    assert all(names.values()), names


def test_the_filters_take_two_rows_where_one_would_not_fit(qtbot: QtBot) -> None:
    holder = QWidget()  # like the main window's content area, which sets the view's width
    qtbot.addWidget(holder)
    view = SearchView(holder)
    view.set_filter_choices(KINDS, ["walks"])
    holder.resize(1200, 600)
    holder.show()
    view.resize(1000, 500)
    assert view.ui.filtersRow.direction() == QBoxLayout.Direction.LeftToRight
    assert view.minimumSizeHint().width() <= 480  # fits beside a 300-pixel calendar
    view.resize(view.minimumSizeHint().width(), 500)
    assert view.ui.filtersRow.direction() == QBoxLayout.Direction.TopToBottom
    qtbot.waitUntil(  # the layout settles on the next round of the event loop
        lambda: view.ui.kindCombo.geometry().top() > view.ui.fromDate.geometry().bottom()
    )
    assert view.ui.clearFiltersButton.geometry().right() <= view.width()
