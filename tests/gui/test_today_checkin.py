"""Today: a greeting, a check-in without typing, one suggested practice, short practices
always in view at 1024×600, every practice a click away, and support at the top."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kindspace.gui.main_window import TODAY
from kindspace.gui.practice_views import EXERCISE
from kindspace.gui.today import greeting_for
from kindspace.journal.journal import Journal
from kindspace.practice.checkin import CHECKIN_KIND, KEPT, NOTHING_PICKED
from kindspace.practice.suggest import short_practices
from tests.gui.practice_helpers import make_practice
from tests.helpers.widgets import unnamed_interactive_widgets


@pytest.fixture
def text_size(request: pytest.FixtureRequest) -> Iterator[float]:
    """The app's text at ``request.param`` percent, put back afterwards."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QFont(app.font())
    font = QFont(before)
    font.setPointSizeF(before.pointSizeF() * request.param / 100)
    app.setFont(font)
    yield request.param
    app.setFont(before)


def in_view(widget: QWidget, viewport: QWidget) -> bool:
    top_left = widget.mapTo(viewport, widget.rect().topLeft())
    return viewport.rect().contains(QRect(top_left, widget.size()))


def test_a_checkin_by_keyboard_is_kept_and_changes_the_suggestion(
    qtbot: QtBot, journal: Journal
) -> None:
    window, _practice = make_practice(qtbot, journal)
    today = window.today_view
    assert today.ui.greeting.text() == greeting_for(journal.clock())
    # No typing: Space on the chips, then a strength, then "Keep it".
    for word in ("anxious", "overwhelmed"):
        chip = next(chip for chip in today.chips if chip.text() == word)
        chip.setFocus()
        qtbot.keyClick(chip, Qt.Key.Key_Space)
    qtbot.keyClick(today.strengths[2], Qt.Key.Key_Space)
    qtbot.keyClick(today.strengths[1], Qt.Key.Key_Space)  # one strength at a time
    assert today.picked_strength() == 2
    qtbot.keyClick(today.strengths[2], Qt.Key.Key_Space)
    assert [b.isChecked() for b in today.strengths] == [False, False, True]
    qtbot.keyClick(today.ui.keepCheckIn, Qt.Key.Key_Space)
    days = {journal.clock().date()} | {window.ui.calendar.selected_day()}
    kept = [e for day in days for e in journal.entries.on_day(day) if e.kind == CHECKIN_KIND]
    assert len(kept) == 1
    assert kept[0].answers == {"feelings": ["anxious", "overwhelmed"], "strength": 3}
    assert today.ui.checkInNote.text() == KEPT
    assert today.picked_feelings() == [] and today.picked_strength() is None
    # Strong, heavy feelings: something short and steady first.
    assert today.ui.suggestionTitle.text().startswith("A self-compassion break")
    assert "strong" in today.ui.suggestionReason.text()
    listed = window.ui.dayEntries
    texts = [str(listed.model().index(r, 0).data()) for r in range(listed.model().rowCount())]
    assert any("Check-in" in text for text in texts)


def test_keeping_nothing_says_so_and_writes_nothing(qtbot: QtBot, journal: Journal) -> None:
    window, _practice = make_practice(qtbot, journal)
    window.today_view.ui.keepCheckIn.click()
    assert window.today_view.ui.checkInNote.text() == NOTHING_PICKED
    assert journal.entries.count() == 0


def test_the_suggestion_and_the_short_practices_start_in_focus_mode(
    qtbot: QtBot, journal: Journal
) -> None:
    window, practice = make_practice(qtbot, journal)
    today = window.today_view
    shorts = {ex.id for ex in short_practices(practice.catalog)}
    offered = {button.objectName().removeprefix("short_") for button in today.short_buttons}
    suggested = today.suggested
    assert suggested is not None
    assert offered | ({suggested} & shorts) == shorts
    assert suggested not in offered
    today.ui.beginSuggestion.click()
    assert window.current_view() == EXERCISE
    assert practice.exercise_view.session is not None
    assert practice.exercise_view.session.exercise.id == suggested
    practice.exercise_view.save_for_later()
    assert window.current_view() == TODAY
    today.short_buttons[0].click()
    assert practice.exercise_view.session is not None
    assert window.current_view() == EXERCISE


def test_every_practice_is_one_click_away(qtbot: QtBot, journal: Journal) -> None:
    window, practice = make_practice(qtbot, journal)
    today = window.today_view
    assert not today.ui.exercises.isVisible()
    today.ui.showAll.click()
    assert today.ui.exercises.isVisible()
    assert today.ui.exercises.count() == len(practice.catalog)
    today.ui.showAll.click()
    assert not today.ui.exercises.isVisible()
    window.ui.actionStartExercise.trigger()  # Ctrl+E opens the list with focus in it
    assert today.ui.exercises.isVisible() and today.ui.exercises.hasFocus()
    assert unnamed_interactive_widgets(today) == []


@pytest.mark.parametrize("text_size", [100, 150], indirect=True)
def test_short_practices_and_support_never_hide_below_the_fold(
    qtbot: QtBot, journal: Journal, text_size: float
) -> None:
    window, _practice = make_practice(qtbot, journal)
    window.resize(1024, 600)
    today = window.today_view
    # The fullest Today: a check-in note and "on this day" offered.
    earlier = journal.clock().replace(year=journal.clock().year - 1)
    journal.entries.create(body="a year ago", written_at=earlier)
    window.refresh_today()
    today.say_about_checkin(KEPT)
    qtbot.waitUntil(lambda: today.ui.todayScroll.viewport().width() > 0)
    QApplication.processEvents()
    viewport = today.ui.todayScroll.viewport()
    assert today.short_buttons
    for widget in (*today.short_buttons, today.ui.beginSuggestion, today.ui.supportButton):
        assert in_view(widget, viewport), (text_size, widget.text())
    for chip in (*today.chips, *today.strengths, today.ui.keepCheckIn):
        assert in_view(chip, viewport), (text_size, chip.text())
    # Nothing wider than the window: no sideways scrolling at large text.
    assert not today.ui.todayScroll.horizontalScrollBar().isVisible()


def test_locking_forgets_the_picked_words(qtbot: QtBot, journal: Journal) -> None:
    window, _practice = make_practice(qtbot, journal)
    today = window.today_view
    today.chips[0].click()
    today.strengths[0].click()
    window.detach()
    assert today.picked_feelings() == [] and today.picked_strength() is None
    assert not today.ui.suggestionBox.isVisible()


def test_the_greeting_follows_the_one_clock() -> None:
    def at(hour: int) -> datetime:
        return datetime(2024, 5, 1, hour, 0)

    assert greeting_for(at(8)) == "Good morning."
    assert greeting_for(at(14)) == "Good afternoon."
    assert greeting_for(at(19)) == "Good evening."
    assert greeting_for(at(2)).startswith("Hello.")


def test_chips_follow_a_text_size_change(qtbot: QtBot, journal: Journal) -> None:
    window, _practice = make_practice(qtbot, journal)
    today = window.today_view
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QFont(app.font())
    bigger = QFont(before)
    bigger.setPointSizeF(before.pointSizeF() * 1.5)
    try:
        app.setFont(bigger)
        for widget in (today.chips[0], today.strengths[0], today.short_buttons[0]):
            assert widget.font().pointSizeF() == pytest.approx(bigger.pointSizeF())
    finally:
        app.setFont(before)
