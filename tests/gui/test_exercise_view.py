"""Every exercise walked with the keyboard alone over a real encrypted journal."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kindspace.gui.main_window import READER, TODAY
from kindspace.gui.practice_views import EXERCISE
from kindspace.journal.journal import Journal
from kindspace.journal.search import SearchFilters
from kindspace.practice.definitions import StepKind, load_exercises
from kindspace.practice.grounding import TooMuchChoice
from kindspace.practice.session import ExerciseSession
from tests.gui.practice_helpers import (
    answer_step_by_keyboard,
    make_practice,
    press_next,
    widget_texts,
)

EXERCISE_IDS = list(load_exercises())


@pytest.mark.parametrize("exercise_id", EXERCISE_IDS)
def test_each_exercise_can_be_done_by_keyboard_and_found_afterwards(
    pinned_now: datetime, qtbot: QtBot, journal: Journal, exercise_id: str
) -> None:
    window, practice = make_practice(qtbot, journal)
    window.today_view.ui.exercises.setFocus()
    titles = [
        window.today_view.ui.exercises.item(row).text()
        for row in range(window.today_view.ui.exercises.count())
    ]
    exercise = practice.catalog[exercise_id]
    row = next(i for i, text in enumerate(titles) if text.startswith(exercise.title))
    window.today_view.ui.exercises.setCurrentRow(row)
    qtbot.keyClick(window.today_view.ui.exercises, Qt.Key.Key_Return)
    assert window.current_view() == EXERCISE
    view = practice.exercise_view
    total = len(exercise.steps)
    for number in range(1, total + 1):
        assert view.ui.stepCounter.text() == f"Step {number} of {total}"
        answer_step_by_keyboard(qtbot, view, "marigold")
        press_next(qtbot, view)
    # Saved at once; a closing moment gives back the sentence kept, focus on "read it".
    assert window.current_view() == EXERCISE and view.closing.is_showing()
    assert f"marigold {exercise.takeaway_step.id}" in view.ui.closingWords.text()
    assert QApplication.focusWidget() is view.ui.readSaved
    assert not window.ui.sidebar.isVisible()  # focus mode until the person moves on
    qtbot.keyClick(view.ui.readSaved, Qt.Key.Key_Return)
    assert window.current_view() == READER
    assert window.ui.sidebar.isVisible()
    # Saved on the pinned day, or on the next one if the walk itself crossed midnight.
    days = sorted({pinned_now.date(), journal.clock().date()})
    entries = [entry for day in days for entry in journal.entries.on_day(day)]
    assert [entry.kind for entry in entries] == [exercise_id]
    entry = entries[0]
    assert entry.body == f"marigold {exercise.takeaway_step.id}"
    assert entry.tags == ("practice",)
    if exercise.intensity is not None:
        assert (entry.intensity_before, entry.intensity_after) == (7, 3)
    for step in exercise.steps[:-1]:
        if step.kind in (StepKind.TEXT, StepKind.REREAD):
            assert f"marigold {step.id}" in entry.answers[step.id]
        elif step.kind is StepKind.PAUSE:
            assert step.id not in entry.answers
        else:
            assert entry.answers[step.id] == (
                [step.options[0]] if step.kind is StepKind.MULTI_CHOICE else step.options[0]
            )
    assert [hit.entry_id for hit in journal.search("marigold")] == [entry.id]
    assert journal.search("marigold", SearchFilters(kind=exercise_id))
    day_list = window.ui.dayEntries
    listed = "\n".join(
        str(day_list.model().index(r, 0).data()) for r in range(day_list.model().rowCount())
    )
    assert exercise.title in listed
    reader_text = practice.reader.text()
    assert entry.body in reader_text
    assert journal.drafts.load(f"exercise:{exercise_id}") is None


def test_a_draft_is_kept_and_resumed_where_it_was_left(qtbot: QtBot, journal: Journal) -> None:
    window, practice = make_practice(qtbot, journal)
    window.exercise_requested.emit("self_compassion_journal")
    view = practice.exercise_view
    answer_step_by_keyboard(qtbot, view, "heron")
    press_next(qtbot, view)
    assert view.ui.stepCounter.text().startswith("Step 2 of")
    qtbot.keyClicks(view.step_input.text, "half a thought")  # type: ignore[union-attr,arg-type]
    qtbot.waitUntil(lambda: journal.drafts.load("exercise:self_compassion_journal") is not None)
    qtbot.keyClick(view.ui.saveForLater, Qt.Key.Key_Space)
    assert window.current_view() == TODAY
    assert view.session is None
    draft = journal.drafts.load("exercise:self_compassion_journal")
    assert draft is not None
    assert "half a thought" in str(draft.payload["answers"])

    window.exercise_requested.emit("self_compassion_journal")
    assert view.session is not None
    assert view.ui.notice.isVisibleTo(view)
    assert view.ui.stepCounter.text().startswith("Step 2 of")
    assert view.step_input is not None
    assert view.step_input.value() == "half a thought"
    assert view.session.answer(view.session.exercise.steps[0].id) == "heron moment"


def test_a_draft_is_kept_when_locking_and_resumed_after_unlock(
    qtbot: QtBot, journal: Journal
) -> None:
    window, practice = make_practice(qtbot, journal)
    window.exercise_requested.emit("critic_to_friend")
    view = practice.exercise_view
    assert view.step_input is not None
    qtbot.keyClicks(view.step_input.text, "nobody listens to porcupines")  # type: ignore[arg-type]
    state = window.view_state()
    window.detach()
    assert "porcupines" not in widget_texts(window)
    window.attach(journal, state)
    assert window.current_view() == EXERCISE
    assert view.step_input is not None
    assert view.step_input.value() == "nobody listens to porcupines"


@pytest.mark.parametrize(
    ("choice", "kept"), [(TooMuchChoice.KEEP, "entry"), (TooMuchChoice.LATER, "draft"),
                         (TooMuchChoice.DISCARD, "nothing")]
)  # fmt: skip
def test_too_much_grounds_first_then_does_what_the_person_chooses(
    qtbot: QtBot, journal: Journal, choice: TooMuchChoice, kept: str
) -> None:
    window, practice = make_practice(qtbot, journal)
    window.exercise_requested.emit("rain")
    view = practice.exercise_view
    press_next(qtbot, view)  # the first step may be a choice list; go on to write
    while view.step_input is not None and view.step_input.text is None:
        press_next(qtbot, view)
    qtbot.keyClicks(view.step_input.text, "a tide of grief")  # type: ignore[union-attr,arg-type]
    # Alt+M, the button's mnemonic (buttons click a moment after their shortcut).
    qtbot.keyClick(view.step_input.text, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # type: ignore[union-attr,arg-type]
    qtbot.waitUntil(lambda: view.ui.pages.currentWidget() is view.ui.groundingPage)
    assert "Feel your feet" in view.grounding_panel.ui.groundingSteps.text()
    assert view.ui.openSupport.isVisibleTo(view)
    assert not view.ui.next.isVisibleTo(view)
    # Grounding first: nothing is asked until the person chooses to stop.
    assert view._choice_buttons == [] and not view.ui.leaveBox.isVisibleTo(view)
    assert view.focusWidget() is view.ui.goOn
    qtbot.keyClick(view.ui.stopForNow, Qt.Key.Key_Space)
    buttons = [button.objectName() for button in view._choice_buttons]
    assert buttons == ["choice_later", "choice_keep", "choice_discard"]
    assert view.focusWidget() is view._choice_buttons[0]  # "keep it for later" first
    chosen = next(b for b in view._choice_buttons if b.objectName() == f"choice_{choice.value}")
    qtbot.keyClick(chosen, Qt.Key.Key_Space)
    entries = journal.entries.on_day(window.ui.calendar.selected_day())
    draft = journal.drafts.load("exercise:rain")
    if kept == "entry":
        assert [e.kind for e in entries] == ["rain"]
        assert "a tide of grief" in str(entries[0].answers)
        assert window.current_view() == READER
    elif kept == "draft":
        assert entries == [] and draft is not None
        assert window.current_view() == TODAY
    else:
        assert entries == [] and draft is None
        assert window.current_view() == TODAY
    assert "a tide of grief" not in widget_texts(view)


def test_too_much_can_go_back_to_the_same_step(qtbot: QtBot, journal: Journal) -> None:
    window, practice = make_practice(qtbot, journal)
    window.exercise_requested.emit("reverse_golden_rule")
    view = practice.exercise_view
    qtbot.keyClicks(view.step_input.text, "still here")  # type: ignore[union-attr,arg-type]
    view.ui.tooMuch.click()
    qtbot.keyClick(view.ui.goOn, Qt.Key.Key_Return)  # "I'm OK to go on"
    assert view.ui.pages.currentWidget() is view.ui.stepPage
    assert view.step_input is not None and view.step_input.value() == "still here"
    view.ui.tooMuch.click()
    view.ui.openSupport.click()
    assert window.current_view() == "support"
    assert "exercise" in practice.support_view.ui.closeSupport.text()
    practice.support_view.ui.closeSupport.click()
    assert window.current_view() == EXERCISE


def test_critic_to_friend_shows_the_earlier_rewrite(qtbot: QtBot, journal: Journal) -> None:
    exercise = load_exercises()["critic_to_friend"]
    earlier = ExerciseSession(exercise)
    earlier.set_answer("critic", "You never finish anything")
    earlier.set_answer("rewrite", "You finish more than you think, slowly is allowed")
    earlier.save(journal)
    window, practice = make_practice(qtbot, journal)
    window.exercise_requested.emit("critic_to_friend")
    view = practice.exercise_view
    qtbot.keyClicks(view.step_input.text, "you never finish anything, again")  # type: ignore[union-attr,arg-type]
    press_next(qtbot, view)
    assert view.session is not None and view.session.current_step.id == "rewrite"
    assert view.ui.earlier.isVisibleTo(view)
    assert "slowly is allowed" in view.ui.earlier.text()


def test_the_reread_step_shows_the_letter(qtbot: QtBot, journal: Journal) -> None:
    window, practice = make_practice(qtbot, journal)
    window.exercise_requested.emit("compassionate_letter")
    view = practice.exercise_view
    assert view.session is not None
    while view.session.current_step.kind is not StepKind.REREAD:
        if view.session.current_step.id == "letter":
            qtbot.keyClicks(view.step_input.text, "Dear me, gently")  # type: ignore[union-attr,arg-type]
        press_next(qtbot, view)
    assert "Dear me, gently" in view.ui.earlier.text()


def test_an_exercise_saved_part_way_can_be_continued_from_the_reader(
    qtbot: QtBot, journal: Journal
) -> None:
    exercise = load_exercises()["small_moments"]
    session = ExerciseSession(exercise)
    session.set_answer(exercise.takeaway_step.id, "a warm cup")
    entry = session.save(journal, finished=False)
    window, practice = make_practice(qtbot, journal)
    window.open_entry(entry.id)
    assert window.current_view() == READER
    assert "a warm cup" in practice.reader.text()
    practice.reader.ui.continueEntry.click()
    assert window.current_view() == EXERCISE
    assert practice.exercise_view.session is not None
    assert practice.exercise_view.session.entry_id == entry.id
