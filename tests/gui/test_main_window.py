"""The main window over a real encrypted journal: calendar, day list, editor, drafts, lock."""

from __future__ import annotations

from calendar import monthrange
from datetime import UTC, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
)
from pytestqt.qtbot import QtBot

from kindspace.clock import fixed_clock
from kindspace.gui.main_window import EDITOR, TODAY, MainWindow
from kindspace.journal.journal import Journal
from kindspace.journal.note_draft import EDITOR_SLOT, NoteDraft
from tests.gui.conftest import answer_next_message_box
from tests.helpers.widgets import unnamed_interactive_widgets

SECRET = "lighthouse confession"


@pytest.fixture(autouse=True)
def now(pinned_now: datetime) -> datetime:
    """Today's view is all about "now": every test here runs at each pinned moment."""
    return pinned_now


def make_window(qtbot: QtBot, journal: Journal) -> MainWindow:
    window = MainWindow(clock=journal.clock)
    qtbot.addWidget(window)
    window.attach(journal)
    window.show()
    return window


def visible_texts(window: MainWindow) -> str:
    parts: list[str] = [window.windowTitle()]
    for label in window.findChildren(QLabel):
        parts.append(label.text())
    for field in window.findChildren(QLineEdit):
        parts.append(field.text())
    for area in window.findChildren(QPlainTextEdit):
        parts.append(area.toPlainText())
    for listing in window.findChildren(QListWidget):
        parts.extend(listing.item(row).text() for row in range(listing.count()))
    return "\n".join(parts)


def test_a_new_note_is_saved_listed_and_marked_in_the_calendar(
    now: datetime, qtbot: QtBot, journal: Journal
) -> None:
    window = make_window(qtbot, journal)
    assert window.current_view() == TODAY
    window.ui.actionNewNote.trigger()
    assert window.current_view() == EDITOR
    qtbot.keyClicks(window.editor.ui.body, f"A walk by the sea. {SECRET}")
    window.editor.ui.tags.setText("rest, sea")
    assert window.editor.ui.wordCount.text() == "7 words"
    window.ui.actionSave.trigger()
    [entry] = journal.entries.on_day(now.date())
    assert SECRET in entry.body and entry.tags == ("rest", "sea")
    assert window.ui.calendar.count_on(now.date()) == 1
    assert window.ui.dayEntries.count() == 1
    assert f"{now:%H:%M} · Note" in window.ui.dayEntries.item(0).text()
    assert window.ui.dayHeading.text() == "Today · 1 entry"
    assert SECRET not in window.windowTitle()
    assert journal.drafts.load(EDITOR_SLOT) is None


def test_an_entry_can_be_back_dated(now: datetime, qtbot: QtBot, journal: Journal) -> None:
    window = make_window(qtbot, journal)
    earlier = now.date() - timedelta(days=23)
    window.select_day(earlier)
    window.new_note()
    qtbot.keyClicks(window.editor.ui.body, "Written later about that day")
    window.editor.save()
    [entry] = journal.entries.on_day(earlier)
    assert entry.created.date() == earlier
    assert window.ui.calendar.count_on(earlier) == 1
    assert window.ui.calendar.count_on(now.date()) == 0


def test_words_are_kept_as_a_draft_while_writing(qtbot: QtBot, journal: Journal) -> None:
    window = make_window(qtbot, journal)
    window.new_note()
    qtbot.keyClicks(window.editor.ui.body, "half a thought")
    qtbot.waitUntil(lambda: journal.drafts.load(EDITOR_SLOT) is not None, timeout=5000)
    saved = journal.drafts.load(EDITOR_SLOT)
    assert saved is not None
    draft = NoteDraft.from_payload(saved.payload)
    assert draft is not None and draft.body == "half a thought"


def test_an_unsaved_draft_is_offered_back_at_the_next_start(
    now: datetime, qtbot: QtBot, journal: Journal
) -> None:
    draft = NoteDraft(None, "", "words before the power cut", "", now)
    journal.drafts.save(EDITOR_SLOT, draft.to_payload())
    window = make_window(qtbot, journal)
    seen = answer_next_message_box(
        lambda box: next(b for b in box.buttons() if b.text() == "Bring them back")
    )
    window.offer_draft()
    assert seen and "weren't saved" in seen[0]
    assert window.current_view() == EDITOR
    assert window.editor.ui.body.toPlainText() == "words before the power cut"
    assert window.editor.is_dirty()


def test_locking_leaves_no_journal_words_in_the_window(
    now: datetime, qtbot: QtBot, journal: Journal
) -> None:
    journal.entries.create(
        body=f"{SECRET} from this morning", written_at=now.replace(hour=now.hour // 2)
    )
    journal.entries.create(body=f"{SECRET} a year ago", written_at=now - timedelta(days=365))
    window = make_window(qtbot, journal)
    window.open_entry(journal.entries.on_day(now.date())[0].id)
    assert SECRET in visible_texts(window)
    handed_back = window.detach()
    assert handed_back is journal
    assert SECRET not in visible_texts(window)
    assert window.is_locked()
    assert not window.ui.actionNewNote.isEnabled()


def test_unlocking_returns_to_the_day_and_the_open_editor(
    now: datetime, qtbot: QtBot, journal: Journal
) -> None:
    window = make_window(qtbot, journal)
    day = now.date() - timedelta(days=6)
    window.select_day(day)
    window.new_note()
    qtbot.keyClicks(window.editor.ui.body, "still writing this")
    state = window.view_state()
    window.detach()
    window.attach(journal, state)
    assert window.ui.calendar.selected_day() == day
    assert window.current_view() == EDITOR
    assert window.editor.ui.body.toPlainText() == "still writing this"


def test_delete_asks_first_and_can_be_undone(now: datetime, qtbot: QtBot, journal: Journal) -> None:
    entry = journal.entries.create(body="a note to let go of", written_at=now)
    window = make_window(qtbot, journal)
    window.open_entry(entry.id)
    seen = answer_next_message_box(lambda box: box.button(QMessageBox.StandardButton.Yes))
    window.ui.actionDelete.trigger()
    assert seen and "undo" in seen[0].lower()
    assert journal.entries.on_day(now.date()) == []
    assert window.ui.calendar.count_on(now.date()) == 0
    window.ui.actionUndoDelete.trigger()
    assert [e.id for e in journal.entries.on_day(now.date())] == [entry.id]
    assert window.ui.calendar.count_on(now.date()) == 1


def test_cancelling_delete_keeps_the_entry(now: datetime, qtbot: QtBot, journal: Journal) -> None:
    entry = journal.entries.create(body="keep me", written_at=now)
    window = make_window(qtbot, journal)
    window.open_entry(entry.id)
    answer_next_message_box(lambda box: box.button(QMessageBox.StandardButton.Cancel))
    window.ui.actionDelete.trigger()
    assert journal.entries.get(entry.id).body == "keep me"


def test_a_store_failure_while_saving_keeps_the_words(qtbot: QtBot, journal: Journal) -> None:
    window = make_window(qtbot, journal)
    window.new_note()
    qtbot.keyClicks(window.editor.ui.body, "words that must survive")
    journal.db.conn.close()  # the store is gone (as if the disk vanished)
    seen = answer_next_message_box(lambda box: box.button(QMessageBox.StandardButton.Ok))
    assert window.editor.save() is None
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert "still in the editor" in seen[0]
    assert window.editor.ui.body.toPlainText() == "words that must survive"
    assert "Traceback" not in seen[0]


def test_on_this_day_and_practice_days_use_gentle_words(
    now: datetime, qtbot: QtBot, journal: Journal
) -> None:
    # The same date in an earlier year: four years back on a leap day, which has no other.
    earlier = now.replace(year=now.year - (4 if (now.month, now.day) == (2, 29) else 1))
    journal.entries.create(body="last year", written_at=earlier)
    journal.entries.create(body="earlier this month", written_at=now - timedelta(days=3))
    window = make_window(qtbot, journal)
    today = window.today_view.ui
    # Offered, not forced: the old words show only when the person chooses to look back.
    assert not today.onThisDay.isVisibleTo(window) and today.lookBack.isVisibleTo(window)
    today.lookBack.click()
    assert today.onThisDay.isVisibleTo(window)
    assert today.onThisDay.item(0).text() == f"{earlier.year} · last year"
    assert "1 day this month" in today.practiceSummary.text()
    text = visible_texts(window).lower()
    for harsh in ("streak", "missed", "failed", "behind"):
        assert harsh not in text


def test_the_calendar_moves_by_keyboard_and_loads_each_month(
    now: datetime, qtbot: QtBot, journal: Journal
) -> None:
    today = now.date()
    last_month = (today.replace(day=1) - timedelta(days=1)).replace(day=1)
    a_month_back = last_month.replace(
        day=min(today.day, monthrange(*last_month.timetuple()[:2])[1])
    )
    journal.entries.create(
        body="a month back", written_at=datetime.combine(a_month_back, time(9), now.tzinfo)
    )
    window = make_window(qtbot, journal)
    calendar = window.ui.calendar
    grid = calendar.findChild(QTableView)
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_PageUp)
    assert (calendar.yearShown(), calendar.monthShown()) == (last_month.year, last_month.month)
    assert calendar.selected_day() == a_month_back
    assert calendar.count_on(a_month_back) == 1
    qtbot.keyClick(grid, Qt.Key.Key_Left)
    assert calendar.selected_day() == a_month_back - timedelta(days=1)
    qtbot.keyClick(grid, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert calendar.selected_day() == now.date()


def test_every_interactive_widget_has_an_accessible_name(qtbot: QtBot, journal: Journal) -> None:
    window = make_window(qtbot, journal)
    window.new_note()
    assert unnamed_interactive_widgets(window) == []


def test_a_journal_on_another_clock_is_refused(qtbot: QtBot, journal: Journal) -> None:
    """Two clocks saved exercises on one day and looked for them on another: never again."""
    window = MainWindow(clock=fixed_clock(datetime(2026, 11, 26, 20, 30, tzinfo=UTC)))
    qtbot.addWidget(window)
    with pytest.raises(ValueError, match="one clock"):
        window.attach(journal)
    assert window.journal is None
