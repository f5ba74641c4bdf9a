"""Focus mode for exercises: the calendar steps aside, one centred question at a time, an
opening line that says what is coming, a gentle progress bar and a closing moment."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kindspace.gui.main_window import TODAY
from kindspace.gui.practice_views import EXERCISE
from kindspace.journal.journal import Journal
from tests.gui.practice_helpers import make_practice, press_next, widget_texts
from tests.helpers.widgets import unnamed_interactive_widgets


def test_the_calendar_steps_aside_and_the_question_is_centred(
    qtbot: QtBot, journal: Journal
) -> None:
    window, practice = make_practice(qtbot, journal)
    window.resize(1024, 600)
    assert window.ui.sidebar.isVisible()
    window.exercise_requested.emit("critic_to_friend")
    view = practice.exercise_view
    assert window.current_view() == EXERCISE
    assert not window.ui.sidebar.isVisible()
    QApplication.processEvents()
    column = view.ui.focusColumn
    left = column.geometry().left()
    right = view.width() - column.geometry().right()
    assert column.width() < view.width()
    assert abs(left - right) <= 2  # centred
    # A readable measure (about 80 characters), widened only to fit the buttons below it.
    character = view.fontMetrics().averageCharWidth()
    margins = view.ui.stepperLayout.contentsMargins()
    buttons = view.ui.buttonsRow.sizeHint().width() + margins.left() + margins.right()
    assert 60 * character <= column.width() <= max(85 * character, buttons)
    assert view.ui.tooMuch.width() >= view.ui.tooMuch.sizeHint().width()  # never cut
    window.show_today()
    assert window.ui.sidebar.isVisible()


def test_the_opening_line_says_how_long_and_shows_on_the_first_step_only(
    qtbot: QtBot, journal: Journal
) -> None:
    window, practice = make_practice(qtbot, journal)
    window.exercise_requested.emit("critic_to_friend")
    view = practice.exercise_view
    opening = view.ui.opening
    assert opening.isVisible()
    assert opening.text().startswith("About 3 minutes, in three short steps.")
    assert view.ui.progress.value() == 1 and view.ui.progress.maximum() == 3
    assert not view.ui.progress.isTextVisible()
    press_next(qtbot, view)
    assert not opening.isVisible()
    assert view.ui.progress.value() == 2
    # The safety controls stay on every step, named, with "too much" after the fields.
    assert view.ui.tooMuch.isVisible() and view.ui.supportButton.isVisible()
    assert unnamed_interactive_widgets(view) == []


def test_the_closing_moment_comes_after_saving_and_esc_goes_to_today(
    qtbot: QtBot, journal: Journal
) -> None:
    window, practice = make_practice(qtbot, journal)
    window.exercise_requested.emit("small_moments")
    view = practice.exercise_view
    while view.session is not None and not view.session.is_last:
        press_next(qtbot, view)
    assert view.step_input is not None
    qtbot.keyClicks(view.step_input.text, "a warm cup of tea")  # type: ignore[arg-type]
    press_next(qtbot, view)
    # Saved before the moment is shown: nothing waits on a click.
    day = journal.clock().date()
    assert any(entry.body == "a warm cup of tea" for entry in journal.entries.on_day(day))
    assert view.closing.is_showing()
    assert view.ui.closingWords.text() == "“a warm cup of tea”"
    assert "kept in your journal" in view.ui.closingNote.text()
    assert not view.ui.next.isVisible() and not view.ui.tooMuch.isVisible()
    assert view.ui.supportButton.isVisible()  # support is still one step away
    assert unnamed_interactive_widgets(view) == []
    qtbot.keyClick(QApplication.focusWidget() or view, Qt.Key.Key_Escape)
    assert window.current_view() == TODAY
    assert not view.closing.is_showing()
    # A new exercise starts on its first step, with its buttons back.
    window.exercise_requested.emit("critic_to_friend")
    assert view.ui.pages.currentWidget() is view.ui.stepPage
    assert view.ui.next.isVisible() and view.ui.tooMuch.isVisible()


def test_locking_during_the_closing_moment_forgets_the_words(
    qtbot: QtBot, journal: Journal
) -> None:
    window, practice = make_practice(qtbot, journal)
    window.exercise_requested.emit("small_moments")
    view = practice.exercise_view
    while view.session is not None and not view.session.is_last:
        press_next(qtbot, view)
    assert view.step_input is not None
    qtbot.keyClicks(view.step_input.text, "quokka sunshine")  # type: ignore[arg-type]
    press_next(qtbot, view)
    assert "quokka sunshine" in widget_texts(window)
    window.detach()
    assert "quokka sunshine" not in widget_texts(window)
