"""Insights in the window: the right counts, said in words, calm colours, forgotten on lock."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QHelpEvent, QImage, QPalette
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from kindspace.clock import fixed_clock
from kindspace.gui.insights_calendar import YearCalendarChart, day_description, level_colours
from kindspace.gui.insights_view import INSIGHTS, InsightsFeature, install_insights
from kindspace.gui.main_window import TODAY, MainWindow
from kindspace.gui.theme import palette_for
from kindspace.journal.journal import Journal, JournalLocation, open_journal
from kindspace.practice.definitions import load_exercises
from kindspace.practice.insights import YearCalendar
from kindspace.practice.insights_words import EMPTY_JOURNAL, RATINGS_CAVEAT
from tests.gui.practice_helpers import widget_texts
from tests.helpers.journals import PASSPHRASE
from tests.helpers.widgets import ACTIVATION_TIMEOUT_MS, unnamed_interactive_widgets

ZONE = timezone(timedelta(hours=1))
#: Insights speak of "this year": one injected clock, for the journal and the window alike.
NOW = datetime(2026, 11, 26, 20, 30, tzinfo=ZONE)
CRITIC = "You never get anything right"
REWRITE = "I got a lot right this week, and one thing wrong"


@pytest.fixture
def clocked_journal(journal_dir: Path) -> Iterator[Journal]:
    """The journal with the tests' fixed clock, so "this year" is always 2026."""
    opened = open_journal(
        JournalLocation(journal_dir),
        passphrase=PASSPHRASE,
        clock=fixed_clock(NOW),
        daily_backup=False,
    )
    try:
        yield opened
    finally:
        opened.close()


def write(journal: Journal, when: datetime, kind: str = "note", **fields: object) -> None:
    journal.entries.create(kind=kind, written_at=when, body="words", **fields)  # type: ignore[arg-type]


def fill(journal: Journal) -> None:
    """Three practice days in 2026 (four entries), one in 2025, ratings and one rewrite."""
    write(journal, NOW)
    write(journal, NOW - timedelta(hours=2))
    write(journal, NOW - timedelta(days=30), "rain", intensity_before=8, intensity_after=5)
    write(
        journal,
        NOW - timedelta(days=40),
        "critic_to_friend",
        answers={"critic": CRITIC, "rewrite": REWRITE},
        intensity_before=7,
        intensity_after=7,
    )
    write(journal, datetime(2025, 2, 14, 9, tzinfo=ZONE), "rain", intensity_before=6)


def open_insights(qtbot: QtBot, journal: Journal) -> tuple[MainWindow, InsightsFeature]:
    window = MainWindow(clock=journal.clock)
    qtbot.addWidget(window)
    feature = install_insights(window, load_exercises())
    assert isinstance(feature, InsightsFeature)
    window.attach(journal)
    window.resize(1100, 760)
    window.show()
    window.ui.actionInsights.trigger()
    QApplication.processEvents()  # lay the page out, as a person would see it
    return window, feature


def test_view_insights_shows_the_counts_and_says_them_in_words(
    qtbot: QtBot, clocked_journal: Journal
) -> None:
    fill(clocked_journal)
    window, feature = open_insights(qtbot, clocked_journal)
    ui = feature.view.ui

    assert window.current_view() == INSIGHTS
    assert window.ui.actionInsights.shortcut().toString() == "Ctrl+I"
    assert not ui.emptyState.isVisible() and ui.sections.isVisible()
    year_words = "In 2026 you have taken time for yourself on 3 days (4 entries)."
    assert ui.yearLabel.text() == "2026"
    assert ui.calendarLine.text().splitlines() == [
        year_words,
        "Since your first entry: 4 days of practice, 5 entries in all.",
    ]
    assert ui.calendarChart.accessibleDescription().startswith(year_words)
    assert ui.calendarChart.year.count_on(NOW.date()) == 2
    summary = feature.view.summary_lines()
    assert summary[0] == year_words
    assert RATINGS_CAVEAT in summary
    assert ui.summaryText.text() == "\n\n".join(summary)
    assert feature.view.accessibleDescription() == ui.summaryText.text()


def test_the_summary_in_words_opens_and_closes_with_the_keyboard(
    qtbot: QtBot, clocked_journal: Journal
) -> None:
    fill(clocked_journal)
    _window, feature = open_insights(qtbot, clocked_journal)
    ui = feature.view.ui
    assert not ui.summaryText.isVisible()

    ui.summaryToggle.setFocus()
    qtbot.keyClick(ui.summaryToggle, Qt.Key.Key_Space)
    assert ui.summaryText.isVisible()
    assert "3 days (4 entries)" in ui.summaryText.text()
    qtbot.keyClick(ui.summaryToggle, Qt.Key.Key_Space)
    assert not ui.summaryText.isVisible()


def test_before_and_after_shows_the_chosen_exercise(qtbot: QtBot, clocked_journal: Journal) -> None:
    fill(clocked_journal)
    _window, feature = open_insights(qtbot, clocked_journal)
    ui = feature.view.ui
    choices = [ui.ratingsChoice.itemText(index) for index in range(ui.ratingsChoice.count())]
    assert choices == ["RAIN (1)", "From critic to friend (1)"]

    ui.ratingsChoice.setCurrentIndex(choices.index("RAIN (1)"))

    assert [(pair.before, pair.after) for pair in ui.ratingsChart.shown] == [(8, 5)]
    assert ui.ratingsChart.accessibleName() == "Before and after: RAIN"
    assert "the feeling was lighter 1 time" in ui.ratingsChart.accessibleDescription()
    assert ui.ratingsLine.text() == ui.ratingsChart.accessibleDescription()
    assert ui.ratingsChart.accessibleDescription() in feature.view.summary_lines()


def test_critic_rewrites_are_listed_inside_the_window_only(
    qtbot: QtBot, clocked_journal: Journal
) -> None:
    fill(clocked_journal)
    window, feature = open_insights(qtbot, clocked_journal)
    listing = feature.view.ui.rewritesList

    assert listing.count() == 1
    # The kinder rewrite first; the critic's words stay folded until asked for.
    assert listing.item(0).text().splitlines() == [
        "17 October 2026 · From critic to friend",
        f"Kinder words: {REWRITE}",
    ]
    assert CRITIC not in listing.item(0).text()
    feature.view.ui.showCritic.setChecked(True)
    assert listing.item(0).text().splitlines() == [
        "17 October 2026 · From critic to friend",
        f"Kinder words: {REWRITE}",
        f"The critic had said: {CRITIC}",
    ]
    assert listing.item(0).toolTip() == ""
    assert window.windowTitle() == "kindspace"
    assert CRITIC not in feature.view.ui.calendarChart.toolTip()
    assert feature.view.ui.usesChart.accessibleDescription() == (
        "What you have written: 2 notes, RAIN 2 times and From critic to friend 1 time."
    )


def test_years_can_be_stepped_through_and_stop_at_the_ends(
    qtbot: QtBot, clocked_journal: Journal
) -> None:
    fill(clocked_journal)
    _window, feature = open_insights(qtbot, clocked_journal)
    ui = feature.view.ui
    assert ui.previousYear.isEnabled() and not ui.nextYear.isEnabled()

    ui.previousYear.click()

    assert ui.yearLabel.text() == "2025"
    assert ui.calendarChart.year.practice_days == 1
    assert ui.calendarLine.text().startswith("In 2025 you took time for yourself on 1 day")
    assert feature.view.summary_lines()[0].startswith("In 2025")
    assert not ui.previousYear.isEnabled() and ui.nextYear.isEnabled()
    ui.nextYear.click()
    assert ui.yearLabel.text() == "2026"


def test_the_calendar_is_reachable_by_keyboard_and_names_the_day(
    qtbot: QtBot, clocked_journal: Journal
) -> None:
    fill(clocked_journal)
    window, feature = open_insights(qtbot, clocked_journal)
    with qtbot.waitActive(window, timeout=ACTIVATION_TIMEOUT_MS):
        window.activateWindow()
    chart = feature.view.ui.calendarChart
    chart.setFocus()
    assert chart.marked == NOW.date()
    assert feature.view.ui.dayDetail.text() == "Thursday, 26 November 2026: 2 entries"

    qtbot.keyClick(chart, Qt.Key.Key_Up)
    assert feature.view.ui.dayDetail.text() == "Wednesday, 25 November 2026"
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    assert chart.marked == date(2026, 11, 18)
    qtbot.keyClick(chart, Qt.Key.Key_End)
    assert chart.marked == date(2026, 12, 31)
    qtbot.keyClick(chart, Qt.Key.Key_Right)  # past the year's end: stays
    assert chart.marked == date(2026, 12, 31)


def test_a_cells_words_are_its_date_and_entries_never_what_is_missing() -> None:
    assert day_description(date(2024, 2, 29), 3) == "Thursday, 29 February 2024: 3 entries"
    assert day_description(date(2024, 3, 1), 0) == "Friday, 1 March 2024"


def test_the_pointer_finds_the_day_under_it(qtbot: QtBot) -> None:
    chart = YearCalendarChart()
    qtbot.addWidget(chart)
    chart.resize(900, chart.sizeHint().height())
    chart.set_year(YearCalendar(2024, {date(2024, 2, 29): 1}), date(2024, 6, 1), "")
    leap_day = chart._cell_rect(date(2024, 2, 29)).center()

    assert chart.day_at(leap_day) == date(2024, 2, 29)
    assert chart.day_at(QPoint(1, 1)) is None


def test_an_empty_journal_gets_a_kind_invitation(qtbot: QtBot, clocked_journal: Journal) -> None:
    _window, feature = open_insights(qtbot, clocked_journal)
    ui = feature.view.ui

    assert ui.emptyState.isVisible()
    assert ui.emptyState.text() == EMPTY_JOURNAL
    assert feature.view.focusWidget() is ui.closeInsights
    assert not ui.sections.isVisible()
    assert feature.view.accessibleDescription() == EMPTY_JOURNAL


def test_it_recomputes_when_shown_again_after_new_entries(
    qtbot: QtBot, clocked_journal: Journal
) -> None:
    window, feature = open_insights(qtbot, clocked_journal)
    assert feature.view.ui.emptyState.isVisible()
    window.show_today()
    write(clocked_journal, NOW)

    window.ui.actionInsights.trigger()

    assert feature.view.ui.calendarChart.year.entries == 1
    assert not feature.view.ui.emptyState.isVisible()


def test_locking_forgets_every_figure_and_word(qtbot: QtBot, clocked_journal: Journal) -> None:
    fill(clocked_journal)
    window, feature = open_insights(qtbot, clocked_journal)
    feature.view.ui.showCritic.setChecked(True)
    assert CRITIC in widget_texts(feature.view)
    state = window.view_state()

    window.detach()
    QApplication.processEvents()

    view = feature.view
    assert view.insights is None
    assert CRITIC not in widget_texts(view) and REWRITE not in widget_texts(view)
    assert view.ui.rewritesList.count() == 0 and view.ui.ratingsChoice.count() == 0
    assert view.ui.calendarLine.text() == "" and view.accessibleDescription() == ""
    assert view.ui.ratingsChart.shown == ()
    assert not window.ui.actionInsights.isEnabled()
    window.attach(clocked_journal, state)
    assert window.current_view() == INSIGHTS  # unlocking returns to the view, refreshed
    assert view.ui.rewritesList.count() == 1


def test_back_to_today_and_every_control_is_named(qtbot: QtBot, clocked_journal: Journal) -> None:
    fill(clocked_journal)
    window, feature = open_insights(qtbot, clocked_journal)

    assert unnamed_interactive_widgets(feature.view) == []
    feature.view.ui.closeInsights.click()
    assert window.current_view() == TODAY


def test_painting_often_leaves_none_with_its_references(qtbot: QtBot) -> None:
    """PySide6's void methods drop a reference to None on Python 3.11 (see keeps_none_alive);
    a chart repainted many times must not run None's count down until Python aborts."""
    chart = YearCalendarChart()
    qtbot.addWidget(chart)
    chart.resize(900, chart.sizeHint().height())
    chart.set_year(YearCalendar(2024, {date(2024, 2, 29): 1}), date(2024, 6, 1), "")
    image = QImage(chart.size(), QImage.Format.Format_RGB32)
    before = sys.getrefcount(None)

    for _ in range(40):
        chart.render(image)  # itself a void method: one reference each at most

    # Unbalanced, each painting of a year would lose about 800 references.
    assert before - sys.getrefcount(None) <= 2 * 40


def _reddish(colour: QColor) -> bool:
    return colour.red() > colour.green() + 30 and colour.red() > colour.blue() + 30


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_both_schemes_paint_calmly_with_no_red_for_days_without_entries(
    qtbot: QtBot, clocked_journal: Journal, qapp: QApplication, dark: bool
) -> None:
    fill(clocked_journal)
    previous = qapp.palette()
    qapp.setPalette(palette_for(dark))
    try:
        _window, feature = open_insights(qtbot, clocked_journal)
        view = feature.view
        for chart in (view.ui.calendarChart, view.ui.ratingsChart, view.ui.usesChart):
            image = chart.grab().toImage()
            assert not image.isNull() and image.width() > 100
        chart = view.ui.calendarChart
        image = chart.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
        ratio = image.width() / chart.width()
        assert chart.height() >= chart.sizeHint().height()
        quiet_days = [day for day in chart.year.days() if not chart.year.count_on(day)]
        assert len(quiet_days) > 300
        for day in quiet_days:
            centre = chart._cell_rect(day).center()
            pixel = image.pixelColor(int(centre.x() * ratio), int(centre.y() * ratio))
            assert not _reddish(pixel), (day, pixel.name())
        practised = chart._cell_rect(NOW.date()).center()
        colour = image.pixelColor(int(practised.x() * ratio), int(practised.y() * ratio))
        assert colour.green() >= colour.red()  # a gentle green
        for step in level_colours(qapp.palette()):
            assert not _reddish(step)
        text = qapp.palette().color(QPalette.ColorRole.WindowText)
        window = qapp.palette().color(QPalette.ColorRole.Window)
        assert abs(text.lightness() - window.lightness()) > 120  # labels stay readable
    finally:
        qapp.setPalette(previous)


# The offscreen platform cannot raise the tooltip's window and says so; that is not ours.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_a_cells_tooltip_gives_its_date_and_entries(qtbot: QtBot) -> None:
    chart = YearCalendarChart()
    qtbot.addWidget(chart)
    chart.resize(900, chart.sizeHint().height())
    chart.set_year(YearCalendar(2024, {date(2024, 2, 29): 2}), date(2024, 6, 1), "")
    chart.show()
    qtbot.waitExposed(chart)
    centre = chart._cell_rect(date(2024, 2, 29)).center()

    QApplication.sendEvent(
        chart, QHelpEvent(QEvent.Type.ToolTip, centre, chart.mapToGlobal(centre))
    )

    qtbot.waitUntil(lambda: QToolTip.isVisible())
    assert QToolTip.text() == "Thursday, 29 February 2024: 2 entries"
    QToolTip.hideText()


def test_today_offers_a_way_to_look_back(qtbot: QtBot, clocked_journal: Journal) -> None:
    fill(clocked_journal)
    window, _feature = open_insights(qtbot, clocked_journal)
    window.show_today()
    assert window.current_view() != INSIGHTS
    button = window.today_view.ui.showInsights
    assert button.isVisible() and "Ctrl+I" in button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.current_view() == INSIGHTS
