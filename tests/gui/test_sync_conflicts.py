"""An entry changed on two devices at once: a calm note where it is read, both versions side
by side, and the person's choice settles it on every device after the next exchange."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QWidget

from kindspace.gui.main_window import MainWindow
from kindspace.gui.sync_conflicts import CONFLICT, ConflictView, combine
from kindspace.gui.sync_feature import SyncFeature
from tests.gui.sync_helpers import app_device, join_from, run_job, share, window_device
from tests.helpers.widgets import wait_for

pytestmark = pytest.mark.usefixtures("ordinary_now")

FIRST = "The sea was grey this morning."
ON_LAPTOP = "The sea was grey this morning, and I walked anyway."
ON_DESKTOP = "The sea was grey this morning. I stayed in and read."


@pytest.fixture
def folder(tmp_path: Path, journal_dir: Path) -> Path:
    shared = tmp_path / "Sync"
    shared.mkdir()
    share(journal_dir, shared)
    join_from(shared, tmp_path / "desktop")
    return shared


def day_rows(window: MainWindow) -> list[str]:
    return [window.ui.dayEntries.item(row).text() for row in range(window.ui.dayEntries.count())]


def edit_on_both(
    laptop_window: MainWindow, laptop: SyncFeature, desktop_window: MainWindow, desktop: SyncFeature
) -> str:
    """One entry, shared, then changed on each device before they exchange again."""
    laptop_journal, desktop_journal = laptop_window.journal, desktop_window.journal
    assert laptop_journal is not None and desktop_journal is not None
    entry = laptop_journal.entries.create(body=FIRST)
    run_job(laptop)
    run_job(desktop)
    laptop_journal.entries.update(entry.id, body=ON_LAPTOP)
    desktop_journal.entries.update(entry.id, body=ON_DESKTOP)
    run_job(laptop)
    run_job(desktop)  # takes the laptop's edit in: two versions here
    run_job(laptop)  # and the desktop's: two versions there too
    return entry.id


def test_the_note_shows_both_versions_and_a_choice_settles_it_everywhere(
    qapp: QApplication, journal_dir: Path, folder: Path, tmp_path: Path
) -> None:
    with app_device(qapp, journal_dir) as app, window_device(tmp_path / "desktop") as desktop:
        window, sync = app.window, app.sync
        desktop_window, desktop_sync = desktop
        wait_for(lambda: sync.jobs_done >= 1 and desktop_sync.jobs_done >= 1, 30)
        entry_id = edit_on_both(window, sync, desktop_window, desktop_sync)
        for each in (sync, desktop_sync):
            assert set(each.conflicts.by_entry) == {entry_id}

        # The day list says so quietly; the entry opens with the note above it.
        window.select_day(app.clock().date())
        assert any("two versions to look at" in row for row in day_rows(window))
        window.open_entry(entry_id)
        note = sync.conflicts.editor_note
        assert note is not None and note.isVisibleTo(window)
        assert _above(note, window.editor.ui.title), "the note sits at the top of the editor"
        assert "Both versions are kept" in note.ui.noteText.text()
        assert window.windowTitle() == "kindspace"  # never a word of the entry

        note.ui.seeBothButton.click()
        assert window.current_view() == CONFLICT
        view = sync.conflicts.view
        assert isinstance(view, ConflictView)
        texts = {view.ui.shownText.toPlainText(), view.ui.otherText.toPlainText()}
        assert texts == {ON_LAPTOP, ON_DESKTOP}
        assert "(shown now)" in view.ui.shownCaption.text()

        # "Decide later" changes nothing: both are still kept.
        view.ui.laterButton.click()
        assert window.current_view() == "editor"
        assert set(sync.conflicts.by_entry) == {entry_id}

        note.ui.seeBothButton.click()
        keep = view.ui.otherText.toPlainText()
        view.ui.keepOtherButton.click()
        journal = window.journal
        assert journal is not None
        assert journal.entries.get(entry_id).body == keep
        assert sync.conflicts.by_entry == {}
        assert window.current_view() == "editor"
        assert not note.isVisibleTo(window)
        assert not any("two versions" in row for row in day_rows(window))

        # After the next exchange the desktop has settled it the same way.
        run_job(sync)
        run_job(desktop_sync)
        assert desktop_sync.conflicts.by_entry == {}
        desktop_journal = desktop_window.journal
        assert desktop_journal is not None
        assert desktop_journal.entries.get(entry_id).body == keep
        desktop_window.select_day(app.clock().date())
        assert not any("two versions" in row for row in day_rows(desktop_window))


def test_both_versions_can_be_kept_combined_and_edited(
    qapp: QApplication, journal_dir: Path, folder: Path, tmp_path: Path
) -> None:
    with app_device(qapp, journal_dir) as app, window_device(tmp_path / "desktop") as desktop:
        window, sync = app.window, app.sync
        desktop_window, desktop_sync = desktop
        wait_for(lambda: sync.jobs_done >= 1 and desktop_sync.jobs_done >= 1, 30)
        entry_id = edit_on_both(window, sync, desktop_window, desktop_sync)
        assert sync.conflicts.show(entry_id)
        view = sync.conflicts.view
        assert view is not None
        assert not view.ui.combinedArea.isVisibleTo(window)
        view.ui.combineButton.click()
        combined = view.ui.combinedText.toPlainText()
        assert ON_LAPTOP in combined and ON_DESKTOP in combined  # nothing dropped
        view.ui.combinedText.setPlainText(combined + "\n\nBoth were true.")
        view.ui.keepCombinedButton.click()
        journal = window.journal
        assert journal is not None
        body = journal.entries.get(entry_id).body
        assert ON_LAPTOP in body and ON_DESKTOP in body and body.endswith("Both were true.")
        assert sync.conflicts.by_entry == {}
        run_job(sync)
        run_job(desktop_sync)
        desktop_journal = desktop_window.journal
        assert desktop_journal is not None
        assert desktop_journal.entries.get(entry_id).body == body
        assert desktop_sync.conflicts.by_entry == {}


def test_combining_keeps_every_version_once() -> None:
    assert combine(["a", "b", "a"], "body") == "a\n\nb"
    assert combine(["Walk", "Rain"], "title") == "Walk / Rain"
    answers = combine([{"critic": "x", "rewrite": "y"}, {"critic": "x", "rewrite": "z"}], "answers")
    assert answers == {"critic": "x", "rewrite": "y\n\nz"}


def test_an_exercise_answered_differently_on_two_devices_shows_the_note_in_the_reader(
    qapp: QApplication, journal_dir: Path, folder: Path, tmp_path: Path
) -> None:
    with app_device(qapp, journal_dir) as app, window_device(tmp_path / "desktop") as desktop:
        window, sync = app.window, app.sync
        desktop_window, desktop_sync = desktop
        wait_for(lambda: sync.jobs_done >= 1 and desktop_sync.jobs_done >= 1, 30)
        laptop_journal, desktop_journal = window.journal, desktop_window.journal
        assert laptop_journal is not None and desktop_journal is not None
        entry = laptop_journal.entries.create(
            kind="self_compassion_break",
            title="Self-compassion break",
            body="A hand on my heart.",
            answers={"takeaway": "A hand on my heart."},
        )
        run_job(sync)
        run_job(desktop_sync)
        laptop_journal.entries.update(entry.id, answers={"takeaway": "Breathing slowly helped."})
        desktop_journal.entries.update(entry.id, answers={"takeaway": "Rest helped most."})
        run_job(sync)
        run_job(desktop_sync)
        run_job(sync)
        assert [c.field for c in sync.conflicts.by_entry[entry.id]] == ["answers"]
        window.open_entry(entry.id)
        assert window.current_view() == "reader"
        note = sync.conflicts.reader_note
        assert note is not None and note.isVisibleTo(window)
        reader = window.views()["reader"]
        assert _above(note, reader.ui.entryText)  # type: ignore[attr-defined]
        note.ui.seeBothButton.click()
        view = sync.conflicts.view
        assert view is not None
        shown = {view.ui.shownText.toPlainText(), view.ui.otherText.toPlainText()}
        assert shown == {"Breathing slowly helped.", "Rest helped most."}
        view.ui.combineButton.click()
        assert view.ui.combinedText.isReadOnly()  # answers are kept together, not re-typed
        view.ui.keepCombinedButton.click()
        answers = laptop_journal.entries.get(entry.id).answers
        assert "Breathing slowly helped." in answers["takeaway"]
        assert "Rest helped most." in answers["takeaway"]
        assert window.current_view() == "reader"
        assert not note.isVisibleTo(window)


def _above(note: QWidget, first: QWidget) -> bool:
    """``note`` is above ``first`` in the same column, not beside it (as a row would put it)."""
    note_rect = note.geometry().translated(note.parentWidget().mapTo(note.window(), QPoint()))
    first_rect = first.geometry().translated(first.parentWidget().mapTo(first.window(), QPoint()))
    return note_rect.bottom() <= first_rect.top() and note_rect.left() <= first_rect.right()
