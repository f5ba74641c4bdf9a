"""File ▸ Import over real encrypted journals: preview first, then all or nothing."""

from __future__ import annotations

import threading
import warnings
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from kindspace.gui import import_dialog as import_dialog_module
from kindspace.gui.import_dialog import ImportDialog
from kindspace.gui.main_window import MainWindow
from kindspace.gui.transfer_actions import Transfer
from kindspace.journal.journal import Journal, JournalLocation, open_journal
from kindspace.transfer import importing
from kindspace.transfer.json_export import export_json
from tests.gui.transfer_helpers import NOW, make_window
from tests.helpers.journals import PASSPHRASE, make_passphrase_journal
from tests.helpers.widgets import unnamed_interactive_widgets

# The calendar shows "this month", so these tests pin the whole stack at NOW.
pytestmark = pytest.mark.usefixtures("ordinary_now")

SECRET = "a quiet harbour at dawn"
WAIT_MS = 15000


def make_export(folder: Path, count: int, *, first: datetime = NOW) -> Path:
    """A real kindspace JSON export of ``count`` notes, one a day going back from ``first``."""
    data_dir = folder / "other-journal"
    make_passphrase_journal(data_dir)
    with open_journal(
        JournalLocation(data_dir), passphrase=PASSPHRASE, daily_backup=False
    ) as other:
        for index in range(count):
            other.entries.create(
                title=f"Day {index}",
                body=f"{SECRET} {index}",
                tags=["sea"],
                written_at=first - timedelta(days=index),
            )
        path = folder / "export.json"
        export_json(other, path)
    return path


def open_import(window: MainWindow, transfer: Transfer) -> ImportDialog:
    window.ui.actionImport.trigger()
    dialog = transfer.import_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def read_into_preview(qtbot: QtBot, dialog: ImportDialog, path: Path) -> None:
    dialog.use_source(path)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=WAIT_MS)


def wait_until_done(qtbot: QtBot, dialog: ImportDialog) -> None:
    qtbot.waitUntil(lambda: dialog.ui.pages.currentWidget() is dialog.ui.donePage, timeout=WAIT_MS)


def hold_until_cancelled(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Run the real import, but let its first progress report wait until someone cancels,
    so a test can stop it mid-way without racing the worker. Returns an event set once the
    worker is waiting."""
    waiting = threading.Event()
    real_apply = importing.apply_import

    def apply(journal: Journal, plan: Any, **kwargs: Any) -> importing.ImportReport:
        should_cancel: Callable[[], bool] = kwargs["should_cancel"]
        report: Callable[[int, int], None] = kwargs["progress"]

        def progress(done: int, total: int) -> None:
            report(done, total)
            if done == 0:
                waiting.set()
                for _ in range(400):
                    if should_cancel():
                        return
                    threading.Event().wait(0.025)

        kwargs["progress"] = progress
        return real_apply(journal, plan, **kwargs)

    monkeypatch.setattr(import_dialog_module, "apply_import", apply)
    return waiting


def test_a_kindspace_export_is_previewed_then_imported_and_shown(
    qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    source = make_export(tmp_path, 3)
    window, transfer = make_window(qtbot, journal)
    dialog = open_import(window, transfer)
    assert not dialog.ui.importButton.isEnabled()
    read_into_preview(qtbot, dialog, source)
    preview = dialog.ui.previewText.text()
    assert "kindspace JSON export holds 3 entries" in preview
    assert "from 24 November 2026 to 26 November 2026" in preview
    assert journal.entries.count() == 0, "the preview must not write anything"
    assert dialog.ui.importButton.text() == "Import 3 entries"
    assert dialog.ui.importButton.isEnabled()
    assert window.ui.calendar.count_on(NOW.date()) == 0

    qtbot.mouseClick(dialog.ui.importButton, Qt.MouseButton.LeftButton)
    wait_until_done(qtbot, dialog)

    assert journal.entries.count() == 3
    assert dialog.ui.doneText.text() == (
        "Added 3 entries, updated 0 entries and left 0 entries as they were. "
        "The new entries are on their days in the calendar."
    )
    assert window.ui.calendar.count_on(NOW.date()) == 1
    assert window.ui.calendar.count_on(NOW.date() - timedelta(days=2)) == 1
    assert window.ui.dayEntries.count() == 1
    assert "Added 3 entries" in window.statusBar().currentMessage()
    assert SECRET not in window.windowTitle() and SECRET not in dialog.windowTitle()
    qtbot.mouseClick(dialog.ui.closeButton, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_importing_the_same_file_again_adds_nothing(
    qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    source = make_export(tmp_path, 2)
    window, transfer = make_window(qtbot, journal)
    for expected in ("Added 2 entries", "Added 0 entries, updated 0 entries and left 2"):
        dialog = open_import(window, transfer)
        read_into_preview(qtbot, dialog, source)
        dialog.ui.importButton.click()
        wait_until_done(qtbot, dialog)
        assert dialog.ui.doneText.text().startswith(expected)
        dialog.accept()
    assert journal.entries.count() == 2


def test_a_malformed_file_says_so_calmly_and_another_can_be_chosen(
    qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "kindspace-export", "entries": [', encoding="utf-8")
    window, transfer = make_window(qtbot, journal)
    dialog = open_import(window, transfer)
    dialog.use_source(broken)
    qtbot.waitUntil(lambda: "another file" in dialog.ui.previewText.text(), timeout=WAIT_MS)
    text = dialog.ui.previewText.text()
    assert "Nothing was imported." in text
    assert "Traceback" not in text and "Error" not in text
    assert dialog.plan is None
    assert not dialog.ui.importButton.isEnabled()
    assert journal.entries.count() == 0

    good = make_export(tmp_path, 1)
    read_into_preview(qtbot, dialog, good)
    assert dialog.ui.importButton.text() == "Import 1 entry"
    assert dialog.ui.importButton.isEnabled()


def test_a_file_that_is_not_a_journal_and_a_missing_path_are_explained(
    qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    picture = tmp_path / "holiday.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    window, transfer = make_window(qtbot, journal)
    dialog = open_import(window, transfer)
    dialog.use_source(picture)
    qtbot.waitUntil(lambda: "another file" in dialog.ui.previewText.text(), timeout=WAIT_MS)
    assert "holiday.png" in dialog.ui.previewText.text()
    dialog.use_source(tmp_path / "gone.json")
    assert dialog.ui.previewText.text() == import_dialog_module.NOT_FOUND
    assert not dialog.ui.importButton.isEnabled()


def test_stopping_an_import_midway_adds_nothing(
    qtbot: QtBot, journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = make_export(tmp_path, 250)
    waiting = hold_until_cancelled(monkeypatch)
    window, transfer = make_window(qtbot, journal)
    dialog = open_import(window, transfer)
    read_into_preview(qtbot, dialog, source)
    dialog.ui.importButton.click()
    assert dialog.ui.pages.currentWidget() is dialog.ui.workingPage
    assert dialog.ui.cancelButton.text() == "Stop"
    assert waiting.wait(WAIT_MS / 1000)
    qtbot.mouseClick(dialog.ui.cancelButton, Qt.MouseButton.LeftButton)
    wait_until_done(qtbot, dialog)
    assert dialog.ui.doneText.text() == (
        "The import was cancelled, so nothing was added to your journal."
    )
    assert journal.entries.count() == 0
    assert window.ui.calendar.count_on(NOW.date()) == 0


def test_escape_while_importing_stops_rather_than_hiding_the_work(
    qtbot: QtBot, journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = make_export(tmp_path, 120)
    waiting = hold_until_cancelled(monkeypatch)
    window, transfer = make_window(qtbot, journal)
    dialog = open_import(window, transfer)
    read_into_preview(qtbot, dialog, source)
    dialog.start_import()
    assert waiting.wait(WAIT_MS / 1000)
    dialog.reject()
    assert dialog.isVisible()
    wait_until_done(qtbot, dialog)
    assert journal.entries.count() == 0


def test_locking_during_an_import_stops_it_before_the_journal_closes(
    qtbot: QtBot, journal_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = make_export(tmp_path, 250)
    waiting = hold_until_cancelled(monkeypatch)
    location = JournalLocation(journal_dir)
    journal = open_journal(location, passphrase=PASSPHRASE, daily_backup=False)
    window, transfer = make_window(qtbot, journal)
    dialog = open_import(window, transfer)
    read_into_preview(qtbot, dialog, source)
    dialog.start_import()
    assert waiting.wait(WAIT_MS / 1000)
    workers = [t for t in threading.enumerate() if t.name == "kindspace-transfer"]
    assert workers

    closed = window.detach()
    assert closed is journal
    assert not any(worker.is_alive() for worker in workers)
    journal.close()
    assert transfer.import_dialog is None
    assert not dialog.isVisible()
    assert not window.ui.actionImport.isEnabled()

    with open_journal(location, passphrase=PASSPHRASE, daily_backup=False) as reopened:
        assert reopened.entries.count() == 0


def test_a_file_can_be_chosen_in_the_file_dialog(
    qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    source = make_export(tmp_path, 2)
    window, transfer = make_window(qtbot, journal)
    dialog = open_import(window, transfer)
    dialog.ui.chooseFileButton.click()
    chooser = dialog.file_dialog
    assert isinstance(chooser, QFileDialog) and chooser.isVisible()
    assert chooser.fileMode() is QFileDialog.FileMode.ExistingFile
    chooser.selectFile(str(source))
    chooser.accept()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=WAIT_MS)
    assert dialog.ui.sourcePath.text() == str(source)
    assert dialog.ui.importButton.text() == "Import 2 entries"


def test_the_folder_chooser_picks_folders(qtbot: QtBot, journal: Journal) -> None:
    window, transfer = make_window(qtbot, journal)
    dialog = open_import(window, transfer)
    dialog.ui.chooseFolderButton.click()
    chooser = dialog.file_dialog
    assert isinstance(chooser, QFileDialog) and chooser.isVisible()
    assert chooser.fileMode() is QFileDialog.FileMode.Directory
    chooser.reject()


def test_a_dropped_file_is_read(qtbot: QtBot, journal: Journal, tmp_path: Path) -> None:
    source = make_export(tmp_path, 1)
    window, transfer = make_window(qtbot, journal)
    dialog = open_import(window, transfer)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(source))])
    where = QPointF(dialog.rect().center())
    actions = Qt.DropAction.CopyAction
    with warnings.catch_warnings():
        # PySide6 offers the QPointF form only sometimes; the QPoint one always, deprecated.
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(
            where.toPoint(),
            actions,
            data,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    QApplication.sendEvent(dialog, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        where, actions, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(dialog, drop)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=WAIT_MS)
    assert dialog.ui.sourcePath.text() == str(source)


def test_forcing_a_format_reads_the_file_as_that_format(
    qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    source = make_export(tmp_path, 1)
    window, transfer = make_window(qtbot, journal)
    dialog = open_import(window, transfer)
    read_into_preview(qtbot, dialog, source)
    assert dialog.ui.formatChoice.currentText() == import_dialog_module.DETECT
    labels = [dialog.ui.formatChoice.itemText(i) for i in range(dialog.ui.formatChoice.count())]
    assert labels[1:] == [choice.label for choice in importing.ImportFormat]
    dialog.ui.formatChoice.setCurrentIndex(labels.index(importing.ImportFormat.KINDSPACE.label))
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=WAIT_MS)
    assert dialog.chosen_format() is importing.ImportFormat.KINDSPACE
    assert dialog.ui.importButton.text() == "Import 1 entry"


def test_every_control_is_named_and_import_is_the_default(qtbot: QtBot, journal: Journal) -> None:
    window, transfer = make_window(qtbot, journal)
    dialog = open_import(window, transfer)
    assert unnamed_interactive_widgets(dialog) == []
    assert dialog.ui.importButton.isDefault()
    assert not any(
        isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets()
    )


def test_an_earlier_choice_never_overwrites_a_later_one(
    qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    source = make_export(tmp_path, 2)
    window, transfer = make_window(qtbot, journal)
    dialog = open_import(window, transfer)
    dialog.use_source(source)
    dialog.use_source(tmp_path / "gone.json")
    for worker in threading.enumerate():
        if worker.name == "kindspace-transfer":
            worker.join(WAIT_MS / 1000)
    qtbot.wait(50)  # deliver whatever the earlier reading answered
    assert dialog.plan is None
    assert dialog.ui.previewText.text() == import_dialog_module.NOT_FOUND
    assert not dialog.ui.importButton.isEnabled()


SAMPLES = Path(__file__).resolve().parents[1] / "data" / "imports"


def test_a_damaged_day_one_entry_is_named_and_the_rest_imported_on_request(
    qtbot: QtBot, journal: Journal
) -> None:
    window, transfer = make_window(qtbot, journal)
    dialog = open_import(window, transfer)
    assert not dialog.ui.skipButton.isVisible()
    read_into_preview(qtbot, dialog, SAMPLES / "damaged.dayone")
    preview = dialog.ui.previewText.text()
    assert "• 1A2B3C4D5E6F708192A3B4C5D6E7F802.doentry (it is not a Day One entry" in preview
    assert not dialog.ui.importButton.isEnabled(), "all or nothing stays the default"
    assert dialog.ui.skipButton.isVisible()
    assert dialog.ui.skipButton.text() == "Leave these out, import 1 entry"
    assert unnamed_interactive_widgets(dialog) == []

    qtbot.mouseClick(dialog.ui.skipButton, Qt.MouseButton.LeftButton)
    wait_until_done(qtbot, dialog)
    assert [entry.import_source for entry in journal.entries.iter_all()] == ["dayone"]
    done = dialog.ui.doneText.text()
    assert done.startswith("Added 1 entry,")
    assert "Left out, as you chose: 1A2B3C4D5E6F708192A3B4C5D6E7F802.doentry" in done
    assert not dialog.ui.skipButton.isVisible()


@pytest.mark.parametrize(("skip", "count"), [(False, 3), (True, 2)])
def test_words_before_the_first_date_are_shown_and_kept_or_left_out(
    qtbot: QtBot, journal: Journal, skip: bool, count: int
) -> None:
    window, transfer = make_window(qtbot, journal)
    dialog = open_import(window, transfer)
    read_into_preview(qtbot, dialog, SAMPLES / "dayone-leading.txt")
    assert "  My little journal\n  Exported from a diary app" in dialog.ui.previewText.text()
    assert dialog.ui.importButton.text() == "Import 3 entries"
    assert dialog.ui.skipButton.text() == "Leave those lines out, import 2 entries"
    button = dialog.ui.skipButton if skip else dialog.ui.importButton
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_until_done(qtbot, dialog)
    assert journal.entries.count() == count
    assert ("2 lines before the first entry" in dialog.ui.doneText.text()) is skip
