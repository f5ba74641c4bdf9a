"""File ▸ Export over a real encrypted journal: each format, which entries, replacing, errors."""

from __future__ import annotations

import dataclasses
import json
import os
import stat
import subprocess
import sys
import threading
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from kindspace.gui import transfer_worker
from kindspace.gui.export_dialog import ExportDialog
from kindspace.gui.main_window import EDITOR, MainWindow
from kindspace.gui.transfer_actions import Transfer
from kindspace.journal.journal import Journal, JournalLocation, open_journal
from kindspace.transfer.readers import read_import
from kindspace.transfer.selection import EntryPart
from tests.gui.transfer_helpers import NOW, make_window
from tests.helpers.journals import PASSPHRASE
from tests.helpers.widgets import unnamed_interactive_widgets
from tests.helpers.xvfb import running_xvfb

# The calendar shows "this month", so these tests pin the whole stack at NOW.
pytestmark = pytest.mark.usefixtures("ordinary_now")

SECRET = "the lantern by the gate"
WAIT_MS = 15000


def fill(journal: Journal, count: int) -> None:
    """``count`` notes, one a day going back from NOW."""
    for index in range(count):
        journal.entries.create(
            title=f"Evening {index}",
            body=f"{SECRET} {index}",
            tags=["rest"],
            written_at=NOW - timedelta(days=index),
        )


def open_export(window: MainWindow, transfer: Transfer) -> ExportDialog:
    window.ui.actionExport.trigger()
    dialog = transfer.export_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def answer_replace_question(dialog: ExportDialog, answer: str) -> list[str]:
    """When the dialog asks before replacing, click ``answer``; returns the question seen.

    The question blocks (``exec``), so the answer is scheduled first and retried until the
    box is up; only this dialog's own box is answered.
    """
    seen: list[str] = []

    def attempt(tries: int = 0) -> None:
        boxes = [
            box
            for box in dialog.findChildren(QMessageBox, "replaceExportDialog")
            if box.isVisible()
        ]
        if not boxes:
            if tries < 200:
                QTimer.singleShot(20, lambda: attempt(tries + 1))
            return
        box = boxes[-1]
        seen.append(f"{box.text()}\n{box.informativeText()}")
        next(button for button in box.buttons() if button.text() == answer).click()

    QTimer.singleShot(0, attempt)
    return seen


def wait_until_written(qtbot: QtBot, dialog: ExportDialog) -> None:
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=WAIT_MS)
    assert not dialog.is_exporting()


def hold_after(monkeypatch: pytest.MonkeyPatch, writer: str, entries: int) -> threading.Event:
    """Run the real ``writer``, but once it has handed out ``entries`` entries let it wait
    until someone presses Stop, so a test can stop it mid-way without racing the worker.
    Returns an event set once the worker is waiting."""
    waiting = threading.Event()
    real = getattr(transfer_worker, writer)

    def held_writer(journal: Journal, path: Path, selection: Any, *args: Any, **kwargs: Any) -> Any:
        report, should_stop = selection.report, selection.should_stop

        def held(done: int) -> None:
            report(done)
            if done == entries:
                waiting.set()
                for _ in range(400):
                    if should_stop():
                        return
                    threading.Event().wait(0.025)

        held_selection = dataclasses.replace(selection, report=held)
        return real(journal, path, held_selection, *args, **kwargs)

    monkeypatch.setattr(transfer_worker, writer, held_writer)
    return waiting


def start_a_held_export(
    qtbot: QtBot, journal: Journal, destination: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[MainWindow, Transfer, ExportDialog]:
    """A JSON export of 250 entries, started from the dialog and waiting inside its worker
    after the first entry (see :func:`hold_after`) when this returns."""
    fill(journal, 250)
    waiting = hold_after(monkeypatch, "export_json", 1)
    window, transfer = make_window(qtbot, journal)
    dialog = open_export(window, transfer)
    dialog.ui.destination.setText(str(destination))
    dialog.ui.exportButton.click()
    assert waiting.wait(WAIT_MS / 1000)
    return window, transfer, dialog


def visible_problems(dialog: ExportDialog) -> list[str]:
    """The problems the dialog is showing (closed, so the next look starts empty)."""
    texts = []
    for box in dialog.findChildren(QMessageBox):
        if box.isVisible():
            texts.append(f"{box.text()}\n{box.informativeText()}")
            box.close()
    return texts


def test_json_export_writes_everything_and_says_it_is_not_encrypted(
    qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    fill(journal, 4)
    window, transfer = make_window(qtbot, journal)
    dialog = open_export(window, transfer)
    assert dialog.ui.jsonChoice.isChecked() and dialog.ui.everythingChoice.isChecked()
    assert dialog.ui.notEncrypted.isVisible()
    assert "not encrypted" in dialog.ui.notEncrypted.text()
    assert "anyone who can open them can read them" in dialog.ui.notEncrypted.text()
    assert dialog.ui.partsBox.isVisible(), "parts can be chosen for every format"
    assert dialog.ui.leavingText.text() == ("4 entries will leave the encryption, with every part.")
    target = tmp_path / "mine.json"
    dialog.ui.destination.setText(str(target))
    shown: list[int] = []
    dialog.ui.progress.valueChanged.connect(shown.append)
    qtbot.mouseClick(dialog.ui.exportButton, Qt.MouseButton.LeftButton)
    wait_until_written(qtbot, dialog)
    assert shown == [1, 2, 3, 4], "the bar follows each entry written"
    assert dialog.ui.progress.isVisible() and dialog.ui.progress.maximum() == 4

    assert dialog.written == 4
    assert target.exists()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert read_import(target).count == 4
    assert dialog.ui.resultText.text().startswith(f"Exported 4 entries to {target}.")
    assert "not encrypted" in dialog.ui.resultText.text()
    assert window.statusBar().currentMessage() == f"Exported 4 entries to {target}."
    assert dialog.ui.cancelButton.text() == "Close"
    assert SECRET not in dialog.windowTitle()
    assert visible_problems(dialog) == []


def test_an_existing_file_is_replaced_only_when_the_person_agrees(
    qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    fill(journal, 2)
    target = tmp_path / "mine.json"
    target.write_text("keep me", encoding="utf-8")
    window, transfer = make_window(qtbot, journal)
    dialog = open_export(window, transfer)
    dialog.ui.destination.setText(str(target))

    seen = answer_replace_question(dialog, "Keep it")
    assert dialog.export() is False
    assert "mine.json already exists." in seen[0]
    assert target.read_text(encoding="utf-8") == "keep me"
    assert dialog.written is None

    seen = answer_replace_question(dialog, "Replace")
    assert dialog.export() is True
    wait_until_written(qtbot, dialog)
    assert dialog.written == 2
    assert seen
    assert read_import(target).count == 2


def test_markdown_export_writes_one_file_per_entry_into_a_folder(
    qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    fill(journal, 3)
    window, transfer = make_window(qtbot, journal)
    dialog = open_export(window, transfer)
    dialog.ui.destination.setText(str(tmp_path / "notes.json"))
    dialog.ui.markdownChoice.setChecked(True)
    assert dialog.ui.destination.text() == str(tmp_path / "notes"), "the ending follows"
    assert dialog.ui.destinationLabel.text() == "&Save in folder"
    dialog.ui.exportButton.click()
    wait_until_written(qtbot, dialog)

    files = sorted((tmp_path / "notes").glob("*.md"))
    assert len(files) == 3
    assert dialog.written == 3
    assert any(f"{SECRET} 0" in path.read_text(encoding="utf-8") for path in files)
    assert "into the folder" in window.statusBar().currentMessage()


def test_markdown_export_asks_before_writing_into_a_folder_with_files(
    qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    fill(journal, 1)
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "mine.txt").write_text("mine", encoding="utf-8")
    window, transfer = make_window(qtbot, journal)
    dialog = open_export(window, transfer)
    dialog.ui.markdownChoice.setChecked(True)
    dialog.ui.destination.setText(str(folder))
    seen = answer_replace_question(dialog, "Keep it")
    assert dialog.export() is False
    assert "already holds files" in seen[0]
    assert sorted(p.name for p in folder.iterdir()) == ["mine.txt"]


def test_pdf_export_of_a_range_with_chosen_parts(
    qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    fill(journal, 10)
    window, transfer = make_window(qtbot, journal)
    dialog = open_export(window, transfer)
    dialog.ui.pdfChoice.setChecked(True)
    assert dialog.ui.partsBox.isVisible()
    dialog.ui.partTags.setChecked(False)
    dialog.ui.partRatings.setChecked(False)
    assert dialog.parts() == {
        EntryPart.DATE,
        EntryPart.TITLE,
        EntryPart.BODY,
        EntryPart.ANSWERS,
    }
    dialog.ui.rangeChoice.setChecked(True)
    assert dialog.ui.firstDay.isEnabled()
    dialog.ui.firstDay.setDate(QDate(2026, 11, 24))
    dialog.ui.lastDay.setDate(QDate(2026, 11, 25))
    target = tmp_path / "for-my-therapist.pdf"
    dialog.ui.destination.setText(str(target))
    dialog.ui.exportButton.click()
    wait_until_written(qtbot, dialog)

    assert dialog.written == 2
    assert target.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_print_sends_the_chosen_entries_through_the_print_dialog(
    qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    """The real QPrintDialog opens; its printer is pointed at a file and accepted as is."""
    fill(journal, 3)
    window, transfer = make_window(qtbot, journal)
    dialog = open_export(window, transfer)
    assert not dialog.ui.printButton.isVisible()  # printing is the PDF's layout
    dialog.ui.pdfChoice.setChecked(True)
    assert dialog.ui.printButton.isVisible()
    dialog.ui.partBody.setChecked(False)
    target = tmp_path / "printed.pdf"
    titles: list[str] = []

    def accept_print_dialog(tries: int = 0) -> None:
        found = [d for d in dialog.findChildren(QPrintDialog) if d.isVisible()]
        if not found:
            if tries < 200:
                QTimer.singleShot(20, lambda: accept_print_dialog(tries + 1))
            return
        printer = found[0].printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        titles.append(found[0].windowTitle())
        found[0].done(QDialog.DialogCode.Accepted)  # accept() would re-read the form

    QTimer.singleShot(0, accept_print_dialog)
    with qtbot.waitSignal(dialog.exported, timeout=WAIT_MS) as said:
        dialog.ui.printButton.click()
    assert said.args == ["3 entries sent to the printer."]
    assert titles == ["Print entries"]
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(target).pages)
    assert text.index("Evening 2") < text.index("Evening 1") < text.index("Evening 0")
    assert SECRET not in text  # the body was not chosen


def test_a_pdf_needs_at_least_one_part(qtbot: QtBot, journal: Journal, tmp_path: Path) -> None:
    fill(journal, 1)
    window, transfer = make_window(qtbot, journal)
    dialog = open_export(window, transfer)
    dialog.ui.pdfChoice.setChecked(True)
    for box in dialog.ui.partsBox.findChildren(type(dialog.ui.partDate)):
        box.setChecked(False)
    dialog.ui.destination.setText(str(tmp_path / "empty.pdf"))
    assert dialog.export() is False
    assert any("at least one part" in text for text in visible_problems(dialog))
    assert not (tmp_path / "empty.pdf").exists()


def test_an_empty_range_says_there_is_nothing_to_export(
    qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    fill(journal, 1)
    window, transfer = make_window(qtbot, journal)
    dialog = open_export(window, transfer)
    dialog.ui.rangeChoice.setChecked(True)
    dialog.ui.firstDay.setDate(QDate(2020, 1, 1))
    dialog.ui.lastDay.setDate(QDate(2020, 1, 31))
    dialog.ui.destination.setText(str(tmp_path / "january.json"))
    assert dialog.export() is False
    assert any("no entries on those days" in text for text in visible_problems(dialog))
    assert not (tmp_path / "january.json").exists()


def test_a_backwards_range_is_explained_kindly(
    qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    fill(journal, 1)
    window, transfer = make_window(qtbot, journal)
    dialog = open_export(window, transfer)
    dialog.ui.rangeChoice.setChecked(True)
    dialog.ui.firstDay.setDate(QDate(2026, 11, 20))
    dialog.ui.lastDay.setDate(QDate(2026, 11, 1))
    dialog.ui.destination.setText(str(tmp_path / "x.json"))
    assert dialog.export() is False
    assert any("comes after the last one" in text for text in visible_problems(dialog))


def test_the_open_entry_alone_can_be_exported(
    qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    fill(journal, 3)
    window, transfer = make_window(qtbot, journal)
    dialog = open_export(window, transfer)
    assert not dialog.ui.entryChoice.isVisible(), "no entry is open on Today"
    dialog.reject()
    chosen = journal.entries.on_day(date(2026, 11, 25))[0]
    window.open_entry(chosen.id)
    assert window.current_view() == EDITOR
    dialog = open_export(window, transfer)
    assert dialog.ui.entryChoice.isVisible() and dialog.ui.entryChoice.isChecked()
    assert "25 November 2026" in dialog.ui.entryChoice.text()
    assert chosen.title not in dialog.ui.entryChoice.text()
    target = tmp_path / "one.json"
    dialog.ui.destination.setText(str(target))
    dialog.ui.exportButton.click()
    wait_until_written(qtbot, dialog)
    document = json.loads(target.read_text(encoding="utf-8"))
    assert [entry["id"] for entry in document["entries"]] == [chosen.id]


def test_a_place_that_cannot_be_written_shows_a_calm_problem(
    qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    fill(journal, 1)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    window, transfer = make_window(qtbot, journal)
    dialog = open_export(window, transfer)
    dialog.ui.destination.setText(str(blocker / "mine.json"))
    assert dialog.export() is True, "the place is only tried on the worker"
    qtbot.waitUntil(lambda: not dialog.is_exporting(), timeout=WAIT_MS)
    problems = visible_problems(dialog)
    assert len(problems) == 1
    assert "could not be written" in problems[0] and "Your journal is unchanged" in problems[0]
    assert "Traceback" not in problems[0]
    assert dialog.ui.exportButton.isEnabled() and not dialog.ui.progress.isVisible()
    assert dialog.ui.cancelButton.text() == "Cancel" and dialog.ui.formatBox.isEnabled()
    assert dialog.written is None


def test_the_save_dialog_fills_in_the_destination(
    qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    fill(journal, 1)
    window, transfer = make_window(qtbot, journal)
    dialog = open_export(window, transfer)
    dialog.ui.pdfChoice.setChecked(True)
    dialog.ui.chooseDestinationButton.click()
    chooser = dialog.file_dialog
    assert isinstance(chooser, QFileDialog) and chooser.isVisible()
    assert chooser.acceptMode() is QFileDialog.AcceptMode.AcceptSave
    chooser.setDirectory(str(tmp_path))
    chooser.selectFile(str(tmp_path / "chosen.pdf"))
    chooser.accept()
    assert dialog.ui.destination.text() == str(tmp_path / "chosen.pdf")


def test_locking_closes_the_export_dialog(qtbot: QtBot, journal: Journal) -> None:
    window, transfer = make_window(qtbot, journal)
    dialog = open_export(window, transfer)
    window.detach()
    assert not dialog.isVisible()
    assert transfer.export_dialog is None
    assert not window.ui.actionExport.isEnabled()


def test_every_control_is_named_and_export_is_the_default(qtbot: QtBot, journal: Journal) -> None:
    fill(journal, 1)
    window, transfer = make_window(qtbot, journal)
    window.open_entry(journal.entries.on_day(NOW.date())[0].id)
    dialog = open_export(window, transfer)
    assert unnamed_interactive_widgets(dialog) == []
    assert dialog.ui.exportButton.isDefault()


def test_the_window_keeps_answering_while_an_export_runs(
    qtbot: QtBot, journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _window, _transfer, dialog = start_a_held_export(
        qtbot, journal, tmp_path / "mine.json", monkeypatch
    )
    # The worker is parked inside the export; only a running event loop delivers its report.
    qtbot.waitUntil(lambda: dialog.ui.progress.value() == 1, timeout=WAIT_MS)
    assert dialog.is_exporting()
    assert dialog.ui.progress.maximum() == 250
    assert dialog.ui.resultText.text() == "Exporting 250 entries…"
    assert dialog.ui.cancelButton.text() == "Stop"
    assert dialog.ui.cancelButton.accessibleName() == "Stop the export"
    assert dialog.ui.cancelButton.isEnabled() and not dialog.ui.exportButton.isEnabled()
    assert not dialog.ui.formatBox.isEnabled() and not dialog.ui.destination.isEnabled()
    dialog.stop_export()
    qtbot.waitUntil(lambda: not dialog.is_exporting(), timeout=WAIT_MS)


def test_stopping_a_json_export_leaves_no_file_behind(
    qtbot: QtBot, journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    window, _transfer, dialog = start_a_held_export(
        qtbot, journal, folder / "mine.json", monkeypatch
    )
    qtbot.mouseClick(dialog.ui.cancelButton, Qt.MouseButton.LeftButton)
    assert dialog.isVisible(), "Stop stops the export, it does not close the dialog"
    qtbot.waitUntil(lambda: not dialog.is_exporting(), timeout=WAIT_MS)

    assert dialog.ui.resultText.text() == "The export was stopped, so nothing was written."
    assert list(folder.iterdir()) == [], "neither the export nor its temporary file"
    assert dialog.written is None
    assert dialog.ui.cancelButton.text() == "Close" and dialog.ui.exportButton.isEnabled()
    assert dialog.ui.cancelButton.isDefault() and not dialog.ui.exportButton.isDefault()
    assert window.statusBar().currentMessage() == ""
    assert visible_problems(dialog) == []


def test_stopping_a_markdown_export_keeps_and_reports_the_files_written(
    qtbot: QtBot, journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(journal, 250)
    waiting = hold_after(monkeypatch, "export_markdown", 3)
    folder = tmp_path / "notes"
    window, transfer = make_window(qtbot, journal)
    dialog = open_export(window, transfer)
    dialog.ui.markdownChoice.setChecked(True)
    dialog.ui.destination.setText(str(folder))
    dialog.ui.exportButton.click()
    assert waiting.wait(WAIT_MS / 1000)
    dialog.stop_export()
    assert dialog.ui.resultText.text() == "Stopping…"
    assert not dialog.ui.cancelButton.isEnabled()
    qtbot.waitUntil(lambda: not dialog.is_exporting(), timeout=WAIT_MS)

    written = sorted(path.name for path in folder.iterdir())
    assert len(written) == 3 and all(name.endswith(".md") for name in written)
    assert dialog.ui.resultText.text() == (
        f"The export was stopped after 3 of 250 entries; those 3 files are in {folder}."
    )
    assert all(SECRET in (folder / name).read_text(encoding="utf-8") for name in written)


def test_stopping_a_pdf_export_leaves_no_file_behind(
    qtbot: QtBot, journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(journal, 40)
    waiting = hold_after(monkeypatch, "export_pdf", 5)
    folder = tmp_path / "out"
    folder.mkdir()
    window, transfer = make_window(qtbot, journal)
    dialog = open_export(window, transfer)
    dialog.ui.pdfChoice.setChecked(True)
    dialog.ui.destination.setText(str(folder / "print.pdf"))
    dialog.ui.exportButton.click()
    assert waiting.wait(WAIT_MS / 1000)
    assert dialog.ui.progress.maximum() == 120, "entries read, laid out, then pages painted"
    qtbot.waitUntil(lambda: dialog.ui.progress.value() == 5, timeout=WAIT_MS)
    dialog.reject()  # Escape
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.is_exporting(), timeout=WAIT_MS)
    assert dialog.ui.resultText.text() == "The export was stopped, so nothing was written."
    assert list(folder.iterdir()) == []


def test_a_pdf_with_other_scripts_is_written_on_the_worker(
    qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    words = "Ça va — très bien, merci. Ελπίδα. Надежда."
    journal.entries.create(title="Gentle", body=words, written_at=NOW)
    window, transfer = make_window(qtbot, journal)
    dialog = open_export(window, transfer)
    dialog.ui.pdfChoice.setChecked(True)
    target = tmp_path / "print.pdf"
    dialog.ui.destination.setText(str(target))
    dialog.ui.exportButton.click()
    assert dialog.is_exporting()
    wait_until_written(qtbot, dialog)
    [page] = PdfReader(target).pages
    assert words in " ".join(page.extract_text().split())
    assert dialog.ui.progress.value() == dialog.ui.progress.maximum()


def test_locking_during_an_export_waits_for_the_worker_before_the_journal_closes(
    qtbot: QtBot, journal_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    location = JournalLocation(journal_dir)
    journal = open_journal(location, passphrase=PASSPHRASE, daily_backup=False)
    folder = tmp_path / "out"
    folder.mkdir()
    window, transfer, dialog = start_a_held_export(
        qtbot, journal, folder / "mine.json", monkeypatch
    )
    workers = [t for t in threading.enumerate() if t.name == "kindspace-transfer"]
    assert workers

    closed = window.detach()
    assert closed is journal
    assert not any(worker.is_alive() for worker in workers)
    journal.close()
    assert transfer.export_dialog is None
    assert not dialog.isVisible()
    assert list(folder.iterdir()) == []
    qtbot.wait(50)  # anything the stopped worker queued must not reach the closed dialog
    assert window.statusBar().currentMessage() == ""

    with open_journal(location, passphrase=PASSPHRASE, daily_backup=False) as reopened:
        assert reopened.entries.count() == 250


#: Prints through the real dialog on a real X server; reports Qt's messages and the count.
PRINT_UNDER_X = """
import sys, time
from pathlib import Path
from PySide6.QtCore import qInstallMessageHandler
from PySide6.QtWidgets import QApplication
messages = []
qInstallMessageHandler(lambda kind, context, text: messages.append(text))
app = QApplication(["kindspace-test"])
from kindspace.gui.export_dialog import ExportDialog
from kindspace.journal import vault
from kindspace.journal.journal import JournalLocation, create_journal

folder = Path(sys.argv[1])
journal, _ = create_journal(
    JournalLocation(folder / "journal"), passphrase="quiet morning by the sea",
    use_keyring=False, kdf_params=vault.FAST_TEST_KDF,
)
for index in range(30):
    journal.entries.create(title=f"Gentle {index}", body=sys.argv[2])
dialog = ExportDialog(journal, None, folder=folder)
dialog.ui.pdfChoice.setChecked(True)
dialog.ui.destination.setText(str(folder / "print.pdf"))
dialog.show()
started = dialog.export()
deadline = time.monotonic() + 60
while dialog.is_exporting() and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.01)
app.processEvents()
journal.close()
print(app.platformName(), started, dialog.written, messages)
"""


@pytest.mark.system
def test_a_pdf_is_printed_on_the_worker_under_a_real_x_server(
    qapp: QApplication, tmp_path: Path
) -> None:
    words = "Ça va — très bien. Ελπίδα. Надежда. 大丈夫、ゆっくりでいい。"
    with running_xvfb() as display:
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        env.pop("WAYLAND_DISPLAY", None)
        done = subprocess.run(
            [sys.executable, "-c", PRINT_UNDER_X, str(tmp_path), words],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "xcb True 30 []", "printed all, without a word from Qt"
    pages = PdfReader(tmp_path / "print.pdf").pages
    assert 1 < len(pages) < 30  # thirty short entries share pages
    text = " ".join(pages[-1].extract_text().split())
    assert "Ça va — très bien. Ελπίδα. Надежда." in text
    if QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        assert "大丈夫" in text


def test_ticked_entries_with_chosen_parts_leave_as_markdown_and_the_dialog_says_so(
    qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    """The therapist case: tick two entries, keep only date and text, see it said first."""
    fill(journal, 4)
    window, transfer = make_window(qtbot, journal)
    dialog = open_export(window, transfer)
    dialog.ui.markdownChoice.setChecked(True)
    assert not dialog.ui.entryList.isVisible()
    dialog.ui.tickedChoice.setChecked(True)
    listing = dialog.ui.entryList
    assert listing.isVisible() and listing.count() == 4
    assert "Evening 0" in listing.item(0).text(), "newest first"
    assert dialog.ui.leavingText.text() == "No entries match this choice yet."
    for row in (0, 2):
        listing.item(row).setCheckState(Qt.CheckState.Checked)
    for box in (dialog.ui.partTitle, dialog.ui.partAnswers, dialog.ui.partRatings):
        box.setChecked(False)
    dialog.ui.partTags.setChecked(False)
    assert dialog.ui.leavingText.text() == (
        "2 entries will leave the encryption, with only the date and text."
    )
    assert unnamed_interactive_widgets(dialog) == []
    folder = tmp_path / "for-therapy"
    dialog.ui.destination.setText(str(folder))
    assert dialog.export()
    wait_until_written(qtbot, dialog)
    texts = sorted(path.read_text("utf-8") for path in folder.iterdir())
    assert len(texts) == 2
    assert f"{SECRET} 2" in texts[0] and f"{SECRET} 0" in texts[1]
    assert all("title:" not in text and "tags:" not in text for text in texts)


def test_a_tag_narrows_a_json_export_with_only_some_parts(
    qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    fill(journal, 3)
    journal.entries.create(title="Sleep", body="Slept well.", tags=["sleep"], written_at=NOW)
    window, transfer = make_window(qtbot, journal)
    dialog = open_export(window, transfer)
    tags = [dialog.ui.tagChoice.itemText(i) for i in range(dialog.ui.tagChoice.count())]
    assert tags == ["Any tag", "rest (3)", "sleep (1)"]
    dialog.ui.tagChoice.setCurrentIndex(2)
    dialog.ui.partRatings.setChecked(False)
    assert dialog.ui.leavingText.text() == (
        "1 entry will leave the encryption, with only the date, title, text, exercise "
        "answers and tags."
    )
    target = tmp_path / "sleep.json"
    dialog.ui.destination.setText(str(target))
    assert dialog.export()
    wait_until_written(qtbot, dialog)
    document = json.loads(target.read_text("utf-8"))
    assert [entry["title"] for entry in document["entries"]] == ["Sleep"]
    assert "intensity_before" not in document["entries"][0]


def test_ticked_search_results_arrive_ticked(qtbot: QtBot, journal: Journal) -> None:
    fill(journal, 3)
    chosen = [entry.id for entry in journal.entries.iter_all()][1:]
    dialog = ExportDialog(journal, None, ticked=tuple(chosen))
    qtbot.addWidget(dialog)
    assert dialog.ui.tickedChoice.isChecked()
    assert set(dialog.selection().entry_ids) == set(chosen)
    assert dialog.ui.leavingText.text().startswith("2 entries will leave the encryption")


@pytest.mark.parametrize("language", ["de", "es"])
def test_after_a_stop_enter_closes_in_every_language(
    qtbot: QtBot, journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    """The Close button is the default by what happened, not by its English label: in
    German it says "Schließen", and Enter must not start the export again."""
    from kindspace.gui.translation import install_language

    install_language(language)
    _window, _transfer, dialog = start_a_held_export(
        qtbot, journal, tmp_path / "mine.json", monkeypatch
    )
    qtbot.mouseClick(dialog.ui.cancelButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_exporting(), timeout=WAIT_MS)

    assert dialog.ui.cancelButton.text() != "Close"  # the test really runs in the language
    assert dialog.ui.cancelButton.isDefault() and not dialog.ui.exportButton.isDefault()
