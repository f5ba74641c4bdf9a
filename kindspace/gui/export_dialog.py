"""File ▸ Export: JSON, Markdown or PDF, of everything, some days or the open entry.

Why the dialog says plainly that exports are not encrypted: an export is the one way
journal words leave the encrypted file, and a person sharing a PDF with a therapist should
know that the copy is readable by whoever holds it. Nothing the person already has is
replaced without asking.

Why the export runs on the GUI thread: the journal's connection belongs to that thread (and
the PDF is laid out with Qt's text engine). The progress bar is repainted directly rather
than by running the event loop, so nothing else (an auto-lock, a second click) can happen
in the middle of writing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from kindspace.errors import InvalidInput
from kindspace.gui import typography
from kindspace.gui.forms.ui_export_dialog import Ui_ExportDialog
from kindspace.gui.main_window import EDITOR, READER, MainWindow
from kindspace.gui.pdf_export import export_pdf
from kindspace.gui.problems import show_problem
from kindspace.journal.journal import Journal
from kindspace.journal.models import Entry
from kindspace.practice.definitions import ExerciseCatalog
from kindspace.transfer.json_export import export_json
from kindspace.transfer.markdown_export import export_markdown
from kindspace.transfer.selection import EntryPart, EntrySelection, ExportFormat

SUFFIXES = {ExportFormat.JSON: ".json", ExportFormat.MARKDOWN: "", ExportFormat.PDF: ".pdf"}
NOTHING_CHOSEN = "There are no entries on those days, so there is nothing to export."
NOTHING_YET = "There are no entries to export yet."
NO_PARTS = "Please tick at least one part to show in the PDF."
NO_DESTINATION = "Please choose where to save the export."
NOT_ENCRYPTED_AFTER = "Like every export, it is not encrypted."


@dataclass(frozen=True)
class ReportingSelection(EntrySelection):
    """The person's selection, telling ``report`` how many entries were handed out so far.

    Why wrap the selection: every writer reads its entries through it, so one progress bar
    follows JSON, Markdown and PDF alike without each writer growing its own callback.
    """

    report: Callable[[int], None] | None = field(default=None, compare=False)

    def entries(self, journal: Journal) -> Iterator[Entry]:
        for done, entry in enumerate(super().entries(journal), start=1):
            yield entry
            if self.report is not None:
                self.report(done)


def entries_text(count: int) -> str:
    return "1 entry" if count == 1 else f"{count} entries"


def current_entry(window: MainWindow) -> Entry | None:
    """The saved entry open in the editor or the reader, for "only this entry"."""
    view = window.current_view()
    if view == EDITOR:
        return window.editor.entry
    if view == READER:
        entry = getattr(window.views().get(READER), "entry", None)
        return entry if isinstance(entry, Entry) else None
    return None


def suggested_destination(export_format: ExportFormat, today: date, folder: Path) -> Path:
    return folder / f"kindspace {today.isoformat()}{SUFFIXES[export_format]}"


class ExportDialog(QDialog):
    """Chooses what to export and where, then writes it; :attr:`exported` says how it went."""

    exported = Signal(str)  # a calm sentence for the status bar

    def __init__(
        self,
        journal: Journal,
        catalog: ExerciseCatalog | None,
        *,
        entry: Entry | None = None,
        today: date | None = None,
        folder: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        typography.heading(self.ui.heading)
        self._journal: Journal | None = journal
        self._catalog = catalog
        self._entry = entry
        self._today = today or journal.clock().date()
        self._folder = folder or Path.home()
        self.written: int | None = None
        self.file_dialog: QFileDialog | None = None
        self._parts = {
            EntryPart.DATE: self.ui.partDate,
            EntryPart.TITLE: self.ui.partTitle,
            EntryPart.BODY: self.ui.partBody,
            EntryPart.ANSWERS: self.ui.partAnswers,
            EntryPart.RATINGS: self.ui.partRatings,
            EntryPart.TAGS: self.ui.partTags,
        }
        self._set_up_days()
        self._set_up_entry()
        self.ui.destination.setText(str(self._suggestion(ExportFormat.JSON)))
        self.ui.progress.setVisible(False)
        for choice in (self.ui.jsonChoice, self.ui.markdownChoice, self.ui.pdfChoice):
            choice.toggled.connect(self._on_format_toggled)
        self.ui.rangeChoice.toggled.connect(self._update_range)
        self.ui.chooseDestinationButton.clicked.connect(self.choose_destination)
        self.ui.exportButton.clicked.connect(self.export)
        self.ui.cancelButton.clicked.connect(self.reject)
        self._update_range()
        self._on_format_toggled()
        if entry is not None:
            self.ui.entryChoice.setChecked(True)

    def _set_up_days(self) -> None:
        today = QDate(self._today.year, self._today.month, self._today.day)
        for edit in (self.ui.firstDay, self.ui.lastDay):
            edit.setMaximumDate(QDate(9999, 12, 31))
        self.ui.firstDay.setDate(today.addMonths(-1))
        self.ui.lastDay.setDate(today)

    def _set_up_entry(self) -> None:
        entry = self._entry
        if entry is None:
            self.ui.entryChoice.setVisible(False)
            return
        # The day only, never the title: this dialog may be open where others can see it.
        self.ui.entryChoice.setText(
            f"Only the &open entry (written {entry.day.day} {entry.day:%B %Y})"
        )

    # -- choices -----------------------------------------------------------------------------

    def chosen_format(self) -> ExportFormat:
        if self.ui.markdownChoice.isChecked():
            return ExportFormat.MARKDOWN
        if self.ui.pdfChoice.isChecked():
            return ExportFormat.PDF
        return ExportFormat.JSON

    def selection(self) -> EntrySelection:
        """What the person chose; raises InvalidInput for a range that runs backwards."""
        if self.ui.entryChoice.isChecked() and self._entry is not None:
            return EntrySelection(entry_ids=(self._entry.id,))
        if self.ui.rangeChoice.isChecked():
            first, last = self.ui.firstDay.date(), self.ui.lastDay.date()
            return EntrySelection(
                first_day=date(first.year(), first.month(), first.day()),
                last_day=date(last.year(), last.month(), last.day()),
            )
        return EntrySelection()

    def parts(self) -> frozenset[EntryPart]:
        return frozenset(part for part, box in self._parts.items() if box.isChecked())

    def destination(self) -> Path | None:
        text = self.ui.destination.text().strip()
        return Path(text).expanduser() if text else None

    def _suggestion(self, export_format: ExportFormat) -> Path:
        return suggested_destination(export_format, self._today, self._folder)

    def _on_format_toggled(self, _checked: bool = True) -> None:
        chosen = self.chosen_format()
        self.ui.partsBox.setVisible(chosen is ExportFormat.PDF)
        self.ui.destinationLabel.setText(
            "&Save in folder" if chosen is ExportFormat.MARKDOWN else "&Save to"
        )
        current = self.destination()
        if current is None:
            return
        # Keep the person's own name and place; only the ending follows the format.
        stem = current.name
        for suffix in SUFFIXES.values():
            if suffix and stem.lower().endswith(suffix):
                stem = stem[: -len(suffix)]
        self.ui.destination.setText(str(current.with_name(stem + SUFFIXES[chosen])))

    def _update_range(self, _checked: bool = True) -> None:
        in_use = self.ui.rangeChoice.isChecked()
        self.ui.firstDay.setEnabled(in_use)
        self.ui.lastDay.setEnabled(in_use)

    def choose_destination(self) -> None:
        """The system's file dialog where there is one (Qt's own elsewhere, as in tests)."""
        chosen = self.chosen_format()
        dialog = QFileDialog(
            self, "Choose a folder" if chosen is ExportFormat.MARKDOWN else "Save as"
        )
        dialog.setObjectName("exportDestinationDialog")
        current = self.destination() or self._suggestion(chosen)
        if chosen is ExportFormat.MARKDOWN:
            dialog.setFileMode(QFileDialog.FileMode.Directory)
            dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
            dialog.setDirectory(str(current.parent))
        else:
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            # The dialog asks nothing itself; :meth:`export` asks before replacing a file.
            dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)
            dialog.setNameFilter("PDF (*.pdf)" if chosen is ExportFormat.PDF else "JSON (*.json)")
            dialog.setDefaultSuffix(SUFFIXES[chosen].lstrip("."))
            dialog.setDirectory(str(current.parent))
            dialog.selectFile(current.name)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.ui.destination.setText)
        self.file_dialog = dialog
        dialog.open()

    # -- exporting ---------------------------------------------------------------------------

    def export(self) -> int | None:
        """Write the export; returns how many entries were written, None when it didn't."""
        journal, chosen, path = self._journal, self.chosen_format(), self.destination()
        if journal is None:
            return None
        try:
            if path is None:
                raise InvalidInput(NO_DESTINATION)
            selection = self.selection()
            parts = self.parts()
            if chosen is ExportFormat.PDF and not parts:
                raise InvalidInput(NO_PARTS)
            total = selection.count(journal)
            if not total:
                raise InvalidInput(NOTHING_YET if selection.is_everything else NOTHING_CHOSEN)
        except Exception as error:
            show_problem(self, error)
            return None
        replace = self._may_replace(path, chosen)
        if replace is None:
            return None
        self._show_busy(total)
        reporting = ReportingSelection(
            selection.first_day,
            selection.last_day,
            selection.entry_ids,
            report=lambda done: self._on_progress(done, total),
        )
        try:
            written = self._write(journal, chosen, path, reporting, parts, replace=replace)
        except Exception as error:
            self._show_idle()
            show_problem(self, error)
            return None
        self._show_done(written, path, chosen)
        return written

    def _write(
        self,
        journal: Journal,
        chosen: ExportFormat,
        path: Path,
        selection: EntrySelection,
        parts: frozenset[EntryPart],
        *,
        replace: bool,
    ) -> int:
        if chosen is ExportFormat.MARKDOWN:
            return export_markdown(journal, path, selection, self._catalog, replace=replace)
        if chosen is ExportFormat.PDF:
            return export_pdf(journal, path, selection, parts, self._catalog)
        return export_json(journal, path, selection)

    def _may_replace(self, path: Path, chosen: ExportFormat) -> bool | None:
        """False when nothing is in the way, True when the person agreed to replace, None
        when they would rather keep what is there."""
        if chosen is ExportFormat.MARKDOWN:
            if not path.is_dir() or not any(path.iterdir()):
                return False
            question = f"The folder {path.name} already holds files."
            detail = "Files with the same names as the new ones will be replaced. Write into it?"
        else:
            if not path.exists():
                return False
            question = f"{path.name} already exists."
            detail = "Replacing it can't be undone. Replace it with this export?"
        box = QMessageBox(self)
        box.setObjectName("replaceExportDialog")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("Replace files?")
        box.setText(question)
        box.setInformativeText(detail)
        replace = box.addButton("Replace", QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton("Keep it", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return True if box.clickedButton() is replace else None

    def _on_progress(self, done: int, total: int) -> None:
        """Repaint now (no event loop), at most about a hundred times per export."""
        step = max(total // 100, 1)
        if done % step and done != total:
            return
        self.ui.progress.setRange(0, max(total, 1))
        self.ui.progress.setValue(done)
        self.ui.progress.repaint()

    def _show_busy(self, total: int) -> None:
        self.ui.resultText.setText(f"Exporting {entries_text(total)}…" if total else "Exporting…")
        self.ui.progress.setRange(0, max(total, 1))
        self.ui.progress.setValue(0)
        self.ui.progress.setVisible(True)
        for widget in (self.ui.exportButton, self.ui.cancelButton):
            widget.setEnabled(False)
        self.repaint()

    def _show_idle(self) -> None:
        self.ui.progress.setVisible(False)
        self.ui.resultText.clear()
        self.ui.exportButton.setEnabled(True)
        self.ui.cancelButton.setEnabled(True)

    def _show_done(self, written: int, path: Path, chosen: ExportFormat) -> None:
        self.written = written
        self.ui.progress.setValue(self.ui.progress.maximum())
        where = "into the folder" if chosen is ExportFormat.MARKDOWN else "to"
        message = f"Exported {entries_text(written)} {where} {path}."
        self.ui.resultText.setText(f"{message} {NOT_ENCRYPTED_AFTER}")
        self.ui.exportButton.setEnabled(True)
        self.ui.cancelButton.setEnabled(True)
        self.ui.cancelButton.setText("Close")
        self.ui.cancelButton.setAccessibleName("Close")
        self.ui.cancelButton.setDefault(True)
        self.ui.cancelButton.setFocus()
        self.exported.emit(message)

    def abandon(self) -> None:
        """The journal is closing: forget it and close."""
        self._journal = None
        self.reject()
