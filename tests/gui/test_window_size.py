"""At 150% text the window made for 1024×600 stays 1024×600, whichever views were opened.

A stacked area is as wide as its widest page unless the pages not showing step back; these
tests open every wide view (an exercise, search, the editor) and come back, the way a person
moves through the app, and then measure the window and what Today still shows.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QStyle, QTableView, QWidget
from pytestqt.qtbot import QtBot

from kindspace.gui.main_window import MainWindow
from kindspace.gui.practice_views import Practice
from kindspace.journal.journal import Journal
from kindspace.preferences import Preferences
from tests.gui.practice_helpers import make_practice
from tests.helpers.text_size import as_the_app_looks, text_at
from tests.helpers.view_walk import cut_off_words

SMALL = (1024, 600)


def in_view(widget: QWidget, viewport: QWidget) -> bool:
    top_left = widget.mapTo(viewport, widget.rect().topLeft())
    return viewport.rect().contains(QRect(top_left, widget.size()))


def on_screen(widget: QWidget) -> bool:
    """Inside its window and inside every scroll area's visible part around it."""
    parent = widget.parentWidget()
    while parent is not None:
        if not in_view(widget, parent):
            return False
        parent = parent.parentWidget()
    return True


def open_every_wide_view(window: MainWindow, practice: Practice) -> None:
    window.exercise_requested.emit("critic_to_friend")
    QApplication.processEvents()
    practice.exercise_view.save_for_later()
    window.show_search()
    QApplication.processEvents()
    window.new_note()
    QApplication.processEvents()
    practice.show_support()
    QApplication.processEvents()
    window.show_today()
    QApplication.processEvents()


def fits_the_small_window(window: MainWindow) -> None:
    width, height = SMALL
    assert window.width() <= width, window.width()
    assert window.height() <= height, window.height()
    smallest = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert smallest.width() <= width and smallest.height() <= height, smallest


def test_opening_an_exercise_at_150_percent_never_widens_the_window(
    qtbot: QtBot, journal: Journal
) -> None:
    with text_at(150):
        window, practice = make_practice(qtbot, journal)
        window.resize(*SMALL)
        QApplication.processEvents()
        fits_the_small_window(window)
        open_every_wide_view(window, practice)
        window.resize(*SMALL)  # as a window manager keeps it: no bigger than asked for
        QApplication.processEvents()
        fits_the_small_window(window)
        # Today is still whole: nothing scrolls sideways, the short practices stay in view.
        today = window.today_view
        viewport = today.ui.todayScroll.viewport()
        assert not today.ui.todayScroll.horizontalScrollBar().isVisible()
        for button in (*today.short_buttons, today.ui.beginSuggestion, today.ui.supportButton):
            assert in_view(button, viewport), button.text()


def test_with_the_apps_own_look_the_short_practices_stay_in_view(
    pinned_now: object, qtbot: QtBot, journal: Journal
) -> None:
    """kindspace's style pads its buttons and chips more than the test style: at 150% text
    and the fullest Today (a check-in kept, "on this day" offered) the short practices still
    show without scrolling, also after an exercise was opened and left. At every hour: the
    late-night greeting is the longest."""
    from kindspace.practice.checkin import KEPT

    now = journal.clock()
    earlier = now.replace(year=now.year - (4 if (now.month, now.day) == (2, 29) else 1))
    journal.entries.create(body="a year ago", written_at=earlier)
    with as_the_app_looks(150):
        window, practice = make_practice(qtbot, journal)
        window.resize(*SMALL)
        open_every_wide_view(window, practice)
        window.refresh_today()
        today = window.today_view
        today.say_about_checkin(KEPT)
        QApplication.processEvents()
        QApplication.processEvents()
        fits_the_small_window(window)
        viewport = today.ui.todayScroll.viewport()
        assert today.short_buttons
        for button in (*today.short_buttons, today.ui.beginSuggestion, today.ui.supportButton):
            assert in_view(button, viewport), button.text()
        assert not today.ui.todayScroll.horizontalScrollBar().isVisible()


def test_the_exercise_still_gets_the_room_it_asks_for(qtbot: QtBot, journal: Journal) -> None:
    """The page in front keeps its own size: its buttons are never squeezed below their hint."""
    with text_at(150):
        window, practice = make_practice(qtbot, journal)
        window.resize(*SMALL)
        window.exercise_requested.emit("critic_to_friend")
        QApplication.processEvents()
        view = practice.exercise_view
        assert view.width() >= view.minimumSizeHint().width()
        for button in (view.ui.tooMuch, view.ui.supportButton):
            assert button.width() >= button.sizeHint().width(), button.text()


def weekday_names_cut(calendar: QWidget) -> list[str]:
    """Weekday names wider than their column, less the margin Qt's item delegate keeps."""
    view = calendar.findChild(QTableView, "qt_calendar_calendarview")
    assert isinstance(view, QTableView)
    model = view.model()
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    cut = []
    for column in range(model.columnCount()):
        name = str(model.data(model.index(0, column), Qt.ItemDataRole.DisplayRole))
        needed = view.fontMetrics().horizontalAdvance(name) + margin
        if needed > view.columnWidth(column):
            cut.append(f"{name}: {needed} px in {view.columnWidth(column)}")
    return cut


def test_the_calendar_shows_whole_weekday_names_when_the_text_grows(
    qtbot: QtBot, journal: Journal
) -> None:
    """The person opens kindspace, then picks the largest text in Settings: the window stays."""
    with as_the_app_looks(100) as theme:
        window, _practice = make_practice(qtbot, journal)
        window.resize(*SMALL)
        QApplication.processEvents()
        assert weekday_names_cut(window.ui.calendar) == []
        theme.apply(Preferences(theme="light", text_size=150))
        # The splitter measures its panes again once they have taken the new font.
        calendar = window.ui.calendar
        grown = QApplication.font().pointSizeF()
        qtbot.waitUntil(lambda: calendar.font().pointSizeF() == grown)
        qtbot.waitUntil(lambda: weekday_names_cut(calendar) == [], timeout=3000)
        fits_the_small_window(window)
        assert not window.today_view.ui.todayScroll.horizontalScrollBar().isVisible()


@pytest.mark.parametrize("percent", [100, 150])
def test_the_last_steps_buttons_are_whole(qtbot: QtBot, journal: Journal, percent: int) -> None:
    """ "Next" becomes the wider "Finish and save" on the last step: the column makes room."""
    with text_at(percent):
        window, practice = make_practice(qtbot, journal)
        window.resize(*SMALL)
        window.exercise_requested.emit("critic_to_friend")
        view = practice.exercise_view
        while view.session is not None and not view.session.is_last:
            view.go_next()
        QApplication.processEvents()
        buttons = [view.ui.tooMuch, view.ui.supportButton, view.ui.saveForLater, view.ui.next]
        assert cut_off_words(view) == []
        for button in buttons:
            assert button.width() >= button.sizeHint().width(), button.text()


def test_the_own_practice_editor_keeps_delete_in_sight(qtbot: QtBot, journal: Journal) -> None:
    """At 150% text on 1024×600, Delete is on screen without scrolling, apart from Save."""
    from kindspace.practice.own_exercises import OwnExerciseForm, save_own_exercise

    steps = ("What did today ask of me?", "What would I tell a friend?", "One kind thing?")
    own_id = save_own_exercise(journal, OwnExerciseForm("An evening pause", steps, "", 4, True))
    with text_at(150):
        window, practice = make_practice(qtbot, journal)
        window.resize(*SMALL)
        practice.own.edit(own_id)
        QApplication.processEvents()
        view = practice.own.view
        delete, save = view.ui.deleteOwn, view.ui.saveOwn
        assert delete.isVisible()
        assert on_screen(delete) and on_screen(save)
        assert (
            delete.geometry().right() < save.mapTo(delete.parentWidget(), save.rect().topLeft()).x()
        )
        fits_the_small_window(window)
        assert cut_off_words(window) == []


def test_a_first_start_opens_the_window_within_the_screen(qtbot: QtBot) -> None:
    """Nothing saved yet: the window's default size (1100×720) is larger than a small
    laptop's screen, and without a window manager to shrink it the right side was cut off."""
    window = MainWindow()
    qtbot.addWidget(window)
    room = window.screen().availableGeometry()
    assert window.width() > room.width() or window.height() > room.height()  # the default

    window.restore_geometry("", "")

    assert window.width() <= room.width() and window.height() <= room.height()


def test_a_saved_size_is_kept_as_the_person_left_it(qtbot: QtBot) -> None:
    left = MainWindow()
    qtbot.addWidget(left)
    left.resize(700, 500)
    geometry, state = left.geometry_texts()
    window = MainWindow()
    qtbot.addWidget(window)

    window.restore_geometry(geometry, state)

    assert (window.width(), window.height()) == (700, 500)
