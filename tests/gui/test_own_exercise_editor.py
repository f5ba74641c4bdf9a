"""Writing one's own practice in the app, with the keyboard alone: save it, run it, find the
entry, change it, and delete it without losing a single entry written with it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kindspace.gui.announce import SPOKEN
from kindspace.gui.main_window import TODAY
from kindspace.gui.own_exercise_editing import BROUGHT_BACK, DELETED, DRAFT_KEPT, OWN_EDITOR, SAVED
from kindspace.gui.practice_views import EXERCISE, Practice
from kindspace.journal.journal import Journal
from kindspace.practice.own_exercises import (
    OwnExerciseForm,
    draft_slot,
    form_of,
    save_own_exercise,
)
from tests.gui.conftest import answer_next_message_box
from tests.gui.practice_helpers import make_practice, press_next, widget_texts

pytestmark = pytest.mark.usefixtures("ordinary_now")

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def tab(qtbot: QtBot) -> QWidget:
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    return focused()


def own_ids(practice: Practice) -> list[str]:
    return [exercise_id for exercise_id in practice.catalog if exercise_id.startswith("own_")]


def test_write_one_by_keyboard_save_it_run_it_and_find_the_entry(
    qtbot: QtBot, journal: Journal
) -> None:
    window, practice = make_practice(qtbot, journal)
    assert not practice.own.is_built()  # built on first use, not at start-up
    today = window.today_view
    today.ui.writeOwn.setFocus()
    qtbot.keyClick(today.ui.writeOwn, Qt.Key.Key_Space)
    assert window.current_view() == OWN_EDITOR
    view = practice.own.view
    assert focused() is view.ui.titleEdit
    qtbot.keyClicks(focused(), "Heron check-in")
    assert tab(qtbot) is view.ui.summaryEdit
    assert tab(qtbot) is view.rows[0].edit
    qtbot.keyClicks(focused(), "What is here with me?")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # over Down (Up is off on the first step)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # Remove
    assert tab(qtbot) is view.rows[1].edit
    qtbot.keyClicks(focused(), "What do I need?")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # Enter adds the next step
    assert len(view.rows) == 3 and focused() is view.rows[2].edit
    qtbot.keyClicks(focused(), "One kind word for myself")
    qtbot.keyClick(focused(), Qt.Key.Key_Up, ALT)  # move it above "What do I need?"
    assert [row.edit.text() for row in view.rows][1] == "One kind word for myself"
    assert focused() is view.rows[1].edit
    qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL)
    assert view.ui.statusNote.text() == SAVED and SPOKEN[-1] == SAVED
    [own_id] = own_ids(practice)
    assert view.own_id == own_id
    assert form_of(journal.own_exercises.get(own_id).definition).steps == (  # type: ignore[union-attr]
        "What is here with me?",
        "One kind word for myself",
        "What do I need?",
    )
    listing = today.ui.exercises
    assert any(listing.item(r).text().startswith("Heron check-in") for r in range(listing.count()))
    # Try it now (Alt+N) runs it in the same stepper.
    qtbot.keyClick(focused(), Qt.Key.Key_N, ALT)
    qtbot.waitUntil(lambda: window.current_view() == EXERCISE)
    stepper = practice.exercise_view
    assert stepper.ui.prompt.text() == "What is here with me?"
    assert stepper.step_input is not None and stepper.step_input.text is not None
    qtbot.keyClicks(stepper.step_input.text, "a heavy chest")  # type: ignore[arg-type]
    while not stepper.closing.is_showing():
        press_next(qtbot, stepper)
    saved = [e for e in journal.entries.on_day(journal.clock().date()) if e.kind == own_id]
    assert saved and saved[0].answers["step1"] == "a heavy chest"
    assert saved[0].title == "Heron check-in"


def test_edit_one_from_the_list_of_practices(qtbot: QtBot, journal: Journal) -> None:
    own_id = save_own_exercise(
        journal, OwnExerciseForm("Pebble pause", ("First?", "Second?"), minutes=3)
    )
    window, practice = make_practice(qtbot, journal)
    today = window.today_view
    today.show_all_practices()
    listing = today.ui.exercises
    assert not today.ui.editOwn.isEnabled()  # nothing of the person's chosen yet
    row = next(r for r in range(listing.count()) if listing.item(r).text().startswith("Pebble"))
    listing.setFocus()
    listing.setCurrentRow(row)
    assert today.ui.editOwn.isEnabled()
    assert tab(qtbot) is today.ui.editOwn  # right after the list, in screen order
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    view = practice.own.view
    assert window.current_view() == OWN_EDITOR and view.own_id == own_id
    assert view.ui.titleEdit.text() == "Pebble pause"
    assert view.ui.deleteOwn.isVisible()
    view.rows[1].remove.setFocus()
    qtbot.keyClick(view.rows[1].remove, Qt.Key.Key_Space)
    view.ui.minutes.setFocus()
    qtbot.keyClick(view.ui.minutes, Qt.Key.Key_Up)
    view.ui.rate.setFocus()
    qtbot.keyClick(view.ui.rate, Qt.Key.Key_Space)
    qtbot.keyClick(focused(), Qt.Key.Key_S, ALT)  # a mnemonic clicks after a short flash
    qtbot.waitUntil(lambda: view.ui.statusNote.text() == SAVED)
    stored = form_of(journal.own_exercises.get(own_id).definition)  # type: ignore[union-attr]
    assert stored == OwnExerciseForm("Pebble pause", ("First?",), stored.summary, 4, rate=True)
    assert own_ids(practice) == [own_id]  # changed in place: its entries still find it
    assert practice.catalog[own_id].intensity is not None


def test_deleting_asks_first_and_keeps_every_entry(qtbot: QtBot, journal: Journal) -> None:
    own_id = save_own_exercise(journal, OwnExerciseForm("Quiet lake", ("What do you see?",)))
    entry = journal.entries.create(
        kind=own_id, title="Quiet lake", body="still water", answers={"step1": "reeds"}
    )
    window, practice = make_practice(qtbot, journal)
    practice.own.edit(own_id)
    view = practice.own.view
    seen = answer_next_message_box(lambda box: next(b for b in box.buttons() if "Keep" in b.text()))
    qtbot.keyClick(view.ui.titleEdit, Qt.Key.Key_D, ALT)
    qtbot.waitUntil(lambda: bool(seen))
    assert "Entries you wrote with it stay" in seen[0]
    assert "Quiet lake" not in seen[0]  # popups never show the person's words
    assert journal.own_exercises.get(own_id) is not None
    seen = answer_next_message_box(
        lambda box: next(b for b in box.buttons() if "Delete" in b.text())
    )
    view.ui.deleteOwn.setFocus()
    qtbot.keyClick(view.ui.deleteOwn, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: journal.own_exercises.get(own_id) is None)
    assert journal.own_exercises.get(own_id) is None
    assert journal.entries.get(entry.id) is not None
    assert window.current_view() == TODAY and SPOKEN[-1] == DELETED
    assert own_ids(practice) == []
    window.open_entry(entry.id)  # still reads back
    assert "reeds" in widget_texts(window.ui.content.currentWidget())


def test_leaving_keeps_a_draft_that_comes_back_and_says_so(qtbot: QtBot, journal: Journal) -> None:
    window, practice = make_practice(qtbot, journal)
    practice.own.write_new()
    view = practice.own.view
    qtbot.keyClicks(view.ui.titleEdit, "Half-written")
    qtbot.keyClick(view.ui.titleEdit, Qt.Key.Key_Escape)
    assert window.current_view() == TODAY
    assert SPOKEN[-1] == DRAFT_KEPT
    draft = journal.drafts.load(draft_slot(None))
    assert draft is not None and draft.payload["title"] == "Half-written"
    practice.own.write_new()
    assert view.ui.titleEdit.text() == "Half-written"
    assert SPOKEN[-1] == BROUGHT_BACK and view.ui.statusNote.text() == BROUGHT_BACK
    # Locking takes the words off the screen; they wait in the journal.
    qtbot.keyClicks(view.ui.titleEdit, " and more")
    window.detach()
    assert "Half-written" not in widget_texts(view)
    draft = journal.drafts.load(draft_slot(None))
    assert draft is not None and draft.payload["title"] == "Half-written and more"


def test_a_problem_is_said_calmly_and_nothing_is_lost(qtbot: QtBot, journal: Journal) -> None:
    _window, practice = make_practice(qtbot, journal)
    practice.own.write_new()
    view = practice.own.view
    qtbot.keyClicks(view.rows[0].edit, "A question without a title")
    qtbot.keyClick(view.rows[0].edit, Qt.Key.Key_S, CTRL)
    assert view.ui.statusNote.text() == "Please give your exercise a title."
    assert SPOKEN[-1] == "Please give your exercise a title."
    assert view.rows[0].edit.text() == "A question without a title"
    assert journal.own_exercises.all() == []
