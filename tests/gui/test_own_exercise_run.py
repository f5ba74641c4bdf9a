"""The person's own exercises appear on Today and run in the same stepper as shipped ones."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from kindspace.gui.practice_views import EXERCISE
from kindspace.journal.journal import Journal
from kindspace.practice.own_exercises import OwnExerciseForm, save_own_exercise
from tests.gui.practice_helpers import make_practice, press_next, widget_texts


def test_an_own_exercise_runs_in_the_stepper_and_is_forgotten_on_lock(
    qtbot: QtBot, journal: Journal
) -> None:
    own_id = save_own_exercise(
        journal, OwnExerciseForm("Pelican pause", ("What do you notice?",), minutes=2)
    )
    window, practice = make_practice(qtbot, journal)
    listing = window.today_view.ui.exercises
    titles = [listing.item(row).text() for row in range(listing.count())]
    assert any(title.startswith("Pelican pause") for title in titles)
    window.exercise_requested.emit(own_id)
    view = practice.exercise_view
    assert window.current_view() == EXERCISE
    assert view.ui.opening.text().startswith("About 2 minutes, in two short steps.")
    assert view.step_input is not None
    qtbot.keyClicks(view.step_input.text, "the kettle")  # type: ignore[arg-type]
    press_next(qtbot, view)
    press_next(qtbot, view)
    assert view.closing.is_showing()
    day = journal.clock().date()
    saved = [entry for entry in journal.entries.on_day(day) if entry.kind == own_id]
    assert saved and saved[0].answers["step1"] == "the kettle"
    assert window.kind_labels[own_id] == "Pelican pause"
    window.detach()
    assert "Pelican pause" not in widget_texts(window)
    assert own_id not in window.kind_labels
