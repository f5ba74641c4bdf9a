"""The File menu's Import and Export over a real journal: other apps' journals come across
and show in the calendar; nothing opens while the journal is locked."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QFileDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from kindspace.gui.main_window import MainWindow
from kindspace.gui.screenshots import SMALL
from kindspace.gui.transfer_actions import Transfer
from kindspace.gui.transfer_shots import shoot_transfer
from kindspace.journal.journal import Journal
from tests.gui.transfer_helpers import make_window

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "imports"
WAIT_MS = 15000


def import_through_dialog(qtbot: QtBot, window: MainWindow, transfer: Transfer, path: Path) -> str:
    """Open File ▸ Import, read ``path``, import it; returns the preview that was shown."""
    window.ui.actionImport.trigger()
    dialog = transfer.import_dialog
    assert dialog is not None
    dialog.use_source(path)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=WAIT_MS)
    preview = dialog.ui.previewText.text()
    dialog.ui.importButton.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=WAIT_MS)
    return preview


def test_a_jrnl_journal_comes_across_with_its_days_marked(
    qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    source = tmp_path / "journal.txt"
    shutil.copy(SAMPLES / "jrnl.txt", source)
    window, transfer = make_window(qtbot, journal)
    window.select_day(date(2024, 5, 2))
    preview = import_through_dialog(qtbot, window, transfer, source)

    assert preview.startswith("This jrnl journal file holds 3 entries")
    assert "from 1 May 2024 to 3 May 2024" in preview
    days = {entry.day for entry in journal.entries.iter_all()}
    assert days == {date(2024, 5, 1), date(2024, 5, 2), date(2024, 5, 3)}
    for day in days:
        assert window.ui.calendar.count_on(day) == 1
    assert window.ui.dayEntries.count() == 1, "the chosen day lists its imported entry"
    assert "Added 3 entries" in window.statusBar().currentMessage()
    tag_combo = window.search_view.ui.tagCombo
    offered = {tag_combo.itemText(row) for row in range(tag_combo.count())}
    assert {"walk", "evening", "Writing"} <= offered, "search offers the imported tags at once"


def test_a_day_one_classic_folder_is_chosen_as_a_folder_and_notes_what_stays_behind(
    qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    source = tmp_path / "Journal.dayone"
    shutil.copytree(SAMPLES / "Journal.dayone", source)
    window, transfer = make_window(qtbot, journal)
    window.ui.actionImport.trigger()
    dialog = transfer.import_dialog
    assert dialog is not None
    dialog.ui.chooseFolderButton.click()
    chooser = dialog.file_dialog
    assert isinstance(chooser, QFileDialog)
    chooser.setDirectory(str(tmp_path))
    chooser.selectFile(str(source))
    chooser.accept()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=WAIT_MS)
    preview = dialog.ui.previewText.text()
    assert "Day One classic journal (.dayone) holds 2 entries" in preview
    assert "1 photo was left out" in preview
    dialog.ui.importButton.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=WAIT_MS)
    assert journal.entries.count() == 2


def test_nothing_opens_while_the_journal_is_locked(qtbot: QtBot, journal: Journal) -> None:
    window, transfer = make_window(qtbot, journal)
    window.detach()
    assert not window.ui.actionImport.isEnabled()
    assert not window.ui.actionExport.isEnabled()
    transfer.show_import()
    transfer.show_export()
    assert transfer.import_dialog is None and transfer.export_dialog is None


def test_import_and_export_open_again_after_unlocking(qtbot: QtBot, journal: Journal) -> None:
    window, transfer = make_window(qtbot, journal)
    window.ui.actionImport.trigger()
    first = transfer.import_dialog
    window.detach()
    assert transfer.import_dialog is None
    window.attach(journal)
    window.ui.actionImport.trigger()
    assert transfer.import_dialog is not None and transfer.import_dialog is not first
    assert transfer.import_dialog.isVisible()
    window.ui.actionExport.trigger()
    assert transfer.export_dialog is not None and transfer.export_dialog.isVisible()


def test_the_screenshots_show_export_an_import_preview_and_a_calm_problem(
    qtbot: QtBot, journal: Journal
) -> None:
    window, _transfer = make_window(qtbot, journal)
    shots: dict[str, str] = {}

    def shoot(name: str, widget: QWidget) -> None:
        widget.show()
        assert not widget.grab().isNull()
        texts = [label.text() for label in widget.findChildren(QLabel)]
        shots[name] = "\n".join(texts)

    shoot_transfer("dark", window, journal, QSize(*SMALL), shoot)
    assert list(shots) == [
        "export-dark",
        "import-dark",
        "import-problem-dark",
        "import-choice-dark",
    ]
    assert "not encrypted" in shots["export-dark"]
    assert "jrnl journal file holds 3 entries" in shots["import-dark"]
    assert "Nothing was imported." in shots["import-problem-dark"]
    assert "kindspace couldn't read 1 entry" in shots["import-choice-dark"]
    assert journal.entries.count() == 0, "the screenshots import nothing"


def test_export_these_in_search_opens_the_export_with_the_results_ticked(
    qtbot: QtBot, journal: Journal
) -> None:
    harbour = [
        journal.entries.create(body=f"The harbour, {n}.", day=date(2024, 5, n)) for n in (1, 2)
    ]
    journal.entries.create(body="Nothing about the sea.", day=date(2024, 5, 3))
    window, transfer = make_window(qtbot, journal)
    window.show_search()
    search = window.search_view
    search.ui.queryEdit.setText("harbour")
    search.search_now()  # answered from the search worker
    qtbot.waitUntil(lambda: search.ui.exportResultsButton.isVisibleTo(search), timeout=15000)
    search.ui.exportResultsButton.click()
    dialog = transfer.export_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.ui.tickedChoice.isChecked()
    assert set(dialog.selection().entry_ids) == {entry.id for entry in harbour}
    assert dialog.ui.leavingText.text().startswith("2 entries will leave the encryption")
