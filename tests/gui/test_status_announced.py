"""Status changes are spoken, not only shown: "Draft kept" and "Saved" reach a screen reader
(an accessibility announcement) in the note editor, the own-practice editor and an exercise."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kindspace.gui.announce import SPOKEN
from kindspace.gui.exercise_view import RESUMED
from kindspace.gui.own_exercise_editing import DRAFT_KEPT, SAVED
from kindspace.journal.journal import Journal
from tests.gui.practice_helpers import make_practice, press_next

pytestmark = pytest.mark.usefixtures("ordinary_now")


def test_the_note_editor_says_draft_kept_once_and_saved(qtbot: QtBot, journal: Journal) -> None:
    window, _practice = make_practice(qtbot, journal)
    window.new_note()
    editor = window.editor
    qtbot.keyClicks(editor.ui.body, "A quiet walk")
    SPOKEN.clear()
    assert editor.save_draft()
    assert [said for said in SPOKEN if said.startswith("Draft kept")] == [
        "Draft kept — press Save when you're ready."
    ]
    qtbot.keyClicks(editor.ui.body, " by the water")
    assert editor.save_draft()
    # Said once while writing: a pause every few seconds is not news each time.
    assert len([said for said in SPOKEN if said.startswith("Draft kept")]) == 1
    assert editor.save() is not None
    assert SPOKEN[-1] == "Saved"


def test_the_own_practice_editor_says_saved_and_draft_kept(qtbot: QtBot, journal: Journal) -> None:
    window, practice = make_practice(qtbot, journal)
    practice.own.write_new()
    view = practice.own.view
    qtbot.keyClicks(view.ui.titleEdit, "Evening check")
    qtbot.keyClicks(view.rows[0].edit, "How was today?")
    view.ui.saveOwn.click()
    assert SPOKEN[-1] == SAVED
    qtbot.keyClicks(view.ui.titleEdit, " again")
    window.show_today()
    assert SPOKEN[-1] == DRAFT_KEPT


def test_an_exercise_says_saved_and_kept_as_draft(qtbot: QtBot, journal: Journal) -> None:
    window, practice = make_practice(qtbot, journal)
    view = practice.exercise_view
    window.exercise_requested.emit("critic_to_friend")
    assert view.step_input is not None and view.step_input.text is not None
    qtbot.keyClicks(view.step_input.text, "You never finish anything.")  # type: ignore[arg-type]
    qtbot.keyClick(view.step_input.text, Qt.Key.Key_Escape)  # type: ignore[arg-type]
    assert "kept as a draft" in SPOKEN[-1]
    window.exercise_requested.emit("critic_to_friend")
    assert SPOKEN[-1] == RESUMED  # coming back to the draft is said, too
    while not view.closing.is_showing():
        press_next(qtbot, view)
    assert SPOKEN[-1] == "Saved in your journal."
