"""File ▸ Export: JSON, Markdown or PDF, of everything, some days, the open entry or ticked
entries (any of them narrowed to a tag), with the parts the person chooses.

Which entries, and the sentence saying what will leave the encryption, live in
:mod:`kindspace.gui.export_selection`; this module keeps where to write and the writing.

Why the dialog says plainly that exports are not encrypted: an export is the one way
journal words leave the encrypted file, and a person sharing a PDF with a therapist should
know that the copy is readable by whoever holds it. Nothing the person already has is
replaced without asking.

Why the writing runs on a worker thread: a whole twenty-year journal takes several seconds
as Markdown or PDF, and a window that stops answering for that long looks broken and cannot
be stopped. The person's choices are checked here on the GUI thread first (where to, which
parts, whether to replace); then a :class:`TransferTask` opens the journal's own second
connection *on the worker* (SQLCipher connections belong to the thread that opened them),
writes, and reports progress through queued signals. Stop makes the selection raise
:class:`ExportStopped` at its next entry (and the PDF at its next page): JSON and PDF are
written to a temporary file that is then removed, so nothing appears; Markdown files
already written stay, because they are the copies the person asked for, and the dialog says
how many and where. The PDF is laid out with Qt's text engine on that worker too, which Qt
allows for a PDF paint device (see :mod:`kindspace.gui.pdf_export`).
"""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFontMetricsF, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

from kindspace.errors import InvalidInput
from kindspace.gui import typography
from kindspace.gui.export_selection import EntryChooser, entries_text, leaving_text
from kindspace.gui.forms.ui_export_dialog import Ui_ExportDialog
from kindspace.gui.main_window import EDITOR, READER, MainWindow
from kindspace.gui.problems import show_problem
from kindspace.gui.transfer_worker import (
    STOPPED_NOTHING_WRITTEN,
    ExportJob,
    ExportStopped,
    TransferTask,
)
from kindspace.gui.words import QT_TRANSLATE_NOOP, counts, translate
from kindspace.journal.journal import Journal
from kindspace.journal.models import Entry
from kindspace.practice.definitions import ExerciseCatalog
from kindspace.transfer.selection import EntryPart, EntrySelection, ExportFormat

SUFFIXES = {ExportFormat.JSON: ".json", ExportFormat.MARKDOWN: "", ExportFormat.PDF: ".pdf"}
NOTHING_CHOSEN = QT_TRANSLATE_NOOP(
    "ExportDialog",
    "There are no entries on those days, so there is nothing to export.",
)
NOTHING_YET = QT_TRANSLATE_NOOP("ExportDialog", "There are no entries to export yet.")
NO_PARTS = QT_TRANSLATE_NOOP("ExportDialog", "Please tick at least one part to include.")
NO_DESTINATION = QT_TRANSLATE_NOOP("ExportDialog", "Please choose where to save the export.")
NOT_ENCRYPTED_AFTER = QT_TRANSLATE_NOOP("ExportDialog", "Like every export, it is not encrypted.")
STOPPING = QT_TRANSLATE_NOOP("ExportDialog", "Stopping…")
#: How long a lock or quit waits for a running export to stop, in seconds.
STOP_WAIT_S = 30.0
#: How much of the screen the dialog may take at most; the choices scroll beyond that.
SCREEN_SHARE = 0.9


def stopped_text(chosen: ExportFormat, written: int, total: int, path: Path) -> str:
    """What a stop left behind, said honestly: nothing, or the Markdown files in place."""
    if chosen is not ExportFormat.MARKDOWN or not written:
        return translate("TransferWorker", STOPPED_NOTHING_WRITTEN)
    return counts().stopped_markdown(written).format(total=entries_text(total), path=path)


def current_entry(window: MainWindow) -> Entry | None:
    """The saved entry open in the editor or the reader, for "only this entry"."""
    view = window.current_view()
    if view == EDITOR:
        return window.editor.entry
    if view == READER:
        entry = getattr(window.views().get(READER), "entry", None)
        return entry if isinstance(entry, Entry) else None
    return None


def describe(choice: QRadioButton, about: QLabel) -> None:
    """A format's description, under its name and in line with it, in the quieter colour
    of explanations; a screen reader hears it with the choice. A description of its own
    wraps, where words on the radio button itself would run past the dialog's edge."""
    typography.quiet(about)
    option = QStyleOptionButton()
    choice.initStyleOption(option)
    words = choice.style().subElementRect(QStyle.SubElement.SE_RadioButtonContents, option, choice)
    about.setIndent(words.left())
    choice.setAccessibleDescription(about.text())


def _height_at(widget: QWidget, width: int) -> int:
    """How tall ``widget`` is at ``width``, its wrapped words taking the lines they need."""
    layout = widget.layout()
    if layout is not None and layout.hasHeightForWidth():
        return layout.totalHeightForWidth(width)
    return widget.sizeHint().height()


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
        ticked: tuple[str, ...] = (),
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
        self._task: TransferTask | None = None
        self.file_dialog: QFileDialog | None = None
        self._parts = {
            EntryPart.DATE: self.ui.partDate,
            EntryPart.TITLE: self.ui.partTitle,
            EntryPart.BODY: self.ui.partBody,
            EntryPart.ANSWERS: self.ui.partAnswers,
            EntryPart.RATINGS: self.ui.partRatings,
            EntryPart.TAGS: self.ui.partTags,
        }
        self.chooser = EntryChooser(
            self.ui, journal, open_entry=entry, today=self._today, ticked=ticked
        )
        self.chooser.changed.connect(self._update_leaving)
        for box in self._parts.values():
            box.toggled.connect(self._update_leaving)
        self.ui.destination.setText(str(self._suggestion(ExportFormat.JSON)))
        self.ui.progress.setVisible(False)
        self._say("")
        for choice in (self.ui.jsonChoice, self.ui.markdownChoice, self.ui.pdfChoice):
            choice.toggled.connect(self._on_format_toggled)
        self.ui.chooseDestinationButton.clicked.connect(self.choose_destination)
        self.ui.exportButton.clicked.connect(self.export)
        self.ui.printButton.clicked.connect(self.print_entries)
        self.ui.cancelButton.clicked.connect(self.reject)
        for choice, about in (
            (self.ui.jsonChoice, self.ui.jsonAbout),
            (self.ui.markdownChoice, self.ui.markdownAbout),
            (self.ui.pdfChoice, self.ui.pdfAbout),
        ):
            describe(choice, about)
        self._screen: QSize | None = None
        self.fit_to_screen()
        self._on_format_toggled()
        if entry is not None and not ticked:
            self.ui.entryChoice.setChecked(True)
        self._update_leaving()

    def fit_to_screen(self, screen: QSize | None = None) -> None:
        """As wide as the choices like to be (larger text needs more) and as tall as they
        are at that width, within most of the screen (or ``screen``, a size the screenshots
        stand in for one). The choices scroll up and down beyond that, never sideways: their
        descriptions wrap instead, and the dialog is never narrower than the words that
        can't wrap (their sideways bar is off, so a narrower one would cut them off).
        Measured again when shown, with the fonts and style it is shown in."""
        self._screen = screen
        self.ensurePolished()  # with its children: sizes measured as they will be shown
        area, holder = self.ui.choicesScroll, self.ui.choicesHolder
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        area.setMinimumWidth(holder.minimumSizeHint().width() + scroll_bar)
        self.ui.dialogLayout.activate()
        room = screen if screen is not None else self.screen().availableGeometry().size()
        share = QSize(int(room.width() * SCREEN_SHARE), int(room.height() * SCREEN_SHARE))
        self.resize(self.natural_size().boundedTo(share).expandedTo(self.minimumSizeHint()))

    def natural_size(self) -> QSize:
        """The size at which the choices would need no scrolling at all."""
        outer, area, holder = self.ui.dialogLayout, self.ui.choicesScroll, self.ui.choicesHolder
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        margins = outer.contentsMargins()
        sides = margins.left() + margins.right() + scroll_bar
        width = max(
            self.sizeHint().width() + scroll_bar,
            self._descriptions_width() + sides,
            self.minimumSizeHint().width(),
        )
        # The rest of the dialog at that width, with the choices as tall as their words make
        # them there, rather than the lines a scroll area asks for by itself.
        rest = _height_at(self, width) - area.sizeHint().height()
        return QSize(width, rest + _height_at(holder, width - sides))

    def _descriptions_width(self) -> int:
        """How wide the choices are with each format's description on one line: room
        enough is used for that, so the choices are shorter to scroll through; the
        descriptions wrap only on a screen too narrow for it."""
        box, layout = self.ui.formatBox, self.ui.formatLayout
        chrome = box.contentsMargins().left() + box.contentsMargins().right()
        chrome += layout.contentsMargins().left() + layout.contentsMargins().right()
        return chrome + max(
            about.indent() + math.ceil(QFontMetricsF(about.font()).horizontalAdvance(about.text()))
            for about in (self.ui.jsonAbout, self.ui.markdownAbout, self.ui.pdfAbout)
        )

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        if not event.spontaneous():
            self.fit_to_screen(self._screen)
        super().showEvent(event)

    # -- choices -----------------------------------------------------------------------------

    def chosen_format(self) -> ExportFormat:
        if self.ui.markdownChoice.isChecked():
            return ExportFormat.MARKDOWN
        if self.ui.pdfChoice.isChecked():
            return ExportFormat.PDF
        return ExportFormat.JSON

    def selection(self) -> EntrySelection:
        """What the person chose; raises InvalidInput for a range that runs backwards."""
        return self.chooser.selection()

    def parts(self) -> frozenset[EntryPart]:
        return frozenset(part for part, box in self._parts.items() if box.isChecked())

    def destination(self) -> Path | None:
        text = self.ui.destination.text().strip()
        return Path(text).expanduser() if text else None

    def _suggestion(self, export_format: ExportFormat) -> Path:
        return suggested_destination(export_format, self._today, self._folder)

    def _on_format_toggled(self, _checked: bool = True) -> None:
        chosen = self.chosen_format()
        self.ui.printButton.setVisible(chosen is ExportFormat.PDF)
        self.ui.destinationLabel.setText(
            translate("ExportDialog", "&Save in folder")
            if chosen is ExportFormat.MARKDOWN
            else translate("ExportDialog", "&Save to")
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

    def _update_leaving(self, _checked: bool = True) -> None:
        """Say, before anything is written, how many entries and which parts will leave."""
        self.ui.leavingText.setText(leaving_text(self.chooser.count(), self.parts()))

    def choose_destination(self) -> None:
        """The system's file dialog where there is one (Qt's own elsewhere, as in tests)."""
        chosen = self.chosen_format()
        dialog = QFileDialog(
            self,
            translate("ExportDialog", "Choose a folder")
            if chosen is ExportFormat.MARKDOWN
            else translate("ExportDialog", "Save as"),
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
            dialog.setNameFilter(
                translate("ExportDialog", "PDF (*.pdf)")
                if chosen is ExportFormat.PDF
                else translate("ExportDialog", "JSON (*.json)")
            )
            dialog.setDefaultSuffix(SUFFIXES[chosen].lstrip("."))
            dialog.setDirectory(str(current.parent))
            dialog.selectFile(current.name)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.ui.destination.setText)
        self.file_dialog = dialog
        dialog.open()

    # -- exporting ---------------------------------------------------------------------------

    def print_entries(self) -> int | None:
        """Print the chosen entries through the system's print dialog (PDF layout)."""
        from kindspace.gui.print_dialog import ask_and_print

        journal = self._journal
        if journal is None or self._task is not None:
            return None
        try:
            selection, parts = self.selection(), self.parts()
            if not parts:
                raise InvalidInput(translate("ExportDialog", NO_PARTS))
            if not selection.count(journal):
                raise InvalidInput(
                    translate("ExportDialog", NOTHING_YET)
                    if selection.is_everything
                    else translate("ExportDialog", NOTHING_CHOSEN)
                )
            printed = ask_and_print(self, journal, selection, parts, self._catalog)
        except Exception as error:
            show_problem(self, error)
            return None
        if printed is not None:
            self.exported.emit(
                translate("ExportDialog", "{entries} sent to the printer.").format(
                    entries=entries_text(printed)
                )
            )
        return printed

    def export(self) -> bool:
        """Check the choices, then start writing on a worker; True when it started.

        How it went arrives later: :attr:`written` and :attr:`exported` on success, a calm
        sentence in the dialog after a stop, a problem box after a failure.
        """
        journal, chosen, path = self._journal, self.chosen_format(), self.destination()
        if journal is None or self._task is not None:
            return False
        try:
            if path is None:
                raise InvalidInput(translate("ExportDialog", NO_DESTINATION))
            selection = self.selection()
            parts = self.parts()
            if not parts:
                raise InvalidInput(translate("ExportDialog", NO_PARTS))
            total = selection.count(journal)
            if not total:
                raise InvalidInput(
                    translate("ExportDialog", NOTHING_YET)
                    if selection.is_everything
                    else translate("ExportDialog", NOTHING_CHOSEN)
                )
        except Exception as error:
            show_problem(self, error)
            return False
        replace = self._may_replace(path, chosen)
        if replace is None:
            return False
        job = ExportJob(journal, chosen, path, selection, parts, self._catalog, replace, total)
        task = TransferTask(job.run, self, qt_thread=chosen is ExportFormat.PDF)
        task.progressed.connect(self._on_progress)
        task.succeeded.connect(lambda written: self._on_written(task, job, written))
        task.failed.connect(lambda error: self._on_failed(task, job, error))
        self._task = task
        self._show_busy(total, job.units)
        task.start()
        return True

    def _may_replace(self, path: Path, chosen: ExportFormat) -> bool | None:
        """False when nothing is in the way, True when the person agreed to replace, None
        when they would rather keep what is there."""
        if chosen is ExportFormat.MARKDOWN:
            if not path.is_dir() or not any(path.iterdir()):
                return False
            question = translate("ExportDialog", "The folder {name} already holds files.").format(
                name=path.name
            )
            detail = translate(
                "ExportDialog",
                "Files with the same names as the new ones will be replaced. Write into it?",
            )
        else:
            if not path.exists():
                return False
            question = translate("ExportDialog", "{name} already exists.").format(name=path.name)
            detail = translate(
                "ExportDialog",
                "Replacing it can't be undone. Replace it with this export?",
            )
        box = QMessageBox(self)
        box.setObjectName("replaceExportDialog")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("ExportDialog", "Replace files?"))
        box.setText(question)
        box.setInformativeText(detail)
        replace = box.addButton(
            translate("ExportDialog", "Replace"), QMessageBox.ButtonRole.AcceptRole
        )
        keep = box.addButton(
            translate("ExportDialog", "Keep it"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(keep)
        box.exec()
        return True if box.clickedButton() is replace else None

    def _on_progress(self, done: int, total: int) -> None:
        self.ui.progress.setRange(0, max(total, 1))
        self.ui.progress.setValue(done)

    def _on_written(self, task: TransferTask, job: ExportJob, written: int) -> None:
        self._forget(task)
        self._show_done(written, job.path, job.chosen)

    def _on_failed(self, task: TransferTask, job: ExportJob, error: BaseException) -> None:
        self._forget(task)
        if isinstance(error, ExportStopped):
            self._show_stopped(stopped_text(job.chosen, error.written, job.total, job.path))
            return
        self._show_idle()
        show_problem(self, error)

    def _forget(self, task: TransferTask) -> None:
        if task is self._task:
            self._task = None
        task.deleteLater()

    def is_exporting(self) -> bool:
        return self._task is not None

    def stop_export(self) -> None:
        """Stop at the next entry (or PDF page); the dialog then says what was left."""
        if self._task is not None:
            self._task.cancel()
            self.ui.cancelButton.setEnabled(False)
            self._say(translate("ExportDialog", STOPPING))

    def _show_busy(self, total: int, units: int) -> None:
        self.written = None
        self._say(
            translate("ExportDialog", "Exporting {entries}…").format(entries=entries_text(total))
        )
        self.ui.progress.setRange(0, max(units, 1))
        self.ui.progress.setValue(0)
        self.ui.progress.setVisible(True)
        self._set_choosing_enabled(False)
        self._set_cancel_button(
            translate("ExportDialog", "Stop"), translate("ExportDialog", "Stop the export")
        )
        self.ui.cancelButton.setFocus()

    def _show_idle(self) -> None:
        self.ui.progress.setVisible(False)
        self._say("")
        self._set_choosing_enabled(True)
        self._set_cancel_button(
            translate("ExportDialog", "Cancel"), translate("ExportDialog", "Cancel")
        )

    def _show_stopped(self, text: str) -> None:
        self.ui.progress.setVisible(False)
        self._say(text)
        self._set_choosing_enabled(True)
        self._set_cancel_button(
            translate("ExportDialog", "Close"), translate("ExportDialog", "Close")
        )
        self.ui.cancelButton.setFocus()

    def _show_done(self, written: int, path: Path, chosen: ExportFormat) -> None:
        self.written = written
        self.ui.progress.setValue(self.ui.progress.maximum())
        done = (
            translate("ExportDialog", "Exported {entries} into the folder {path}.")
            if chosen is ExportFormat.MARKDOWN
            else translate("ExportDialog", "Exported {entries} to {path}.")
        )
        message = done.format(entries=entries_text(written), path=path)
        self._say(f"{message} {translate('ExportDialog', NOT_ENCRYPTED_AFTER)}")
        self._set_choosing_enabled(True)
        self._set_cancel_button(
            translate("ExportDialog", "Close"), translate("ExportDialog", "Close")
        )
        self.ui.cancelButton.setFocus()
        self.exported.emit(message)

    def _say(self, text: str) -> None:
        """What the export is doing or did; with nothing to say it takes no room, which a
        small screen gives to the choices instead."""
        self.ui.resultText.setText(text)
        self.ui.resultText.setVisible(bool(text))

    def _set_choosing_enabled(self, enabled: bool) -> None:
        """While writing, the choices and Export wait; only Stop answers."""
        for widget in (
            self.ui.formatBox,
            self.ui.entriesBox,
            self.ui.partsBox,
            self.ui.destination,
            self.ui.chooseDestinationButton,
            self.ui.exportButton,
            self.ui.printButton,
        ):
            widget.setEnabled(enabled)

    def _set_cancel_button(self, text: str, accessible_name: str) -> None:
        """Once something was written or stopped, Enter closes rather than starting again."""
        self.ui.cancelButton.setText(text)
        self.ui.cancelButton.setAccessibleName(accessible_name)
        self.ui.cancelButton.setEnabled(True)
        self.ui.cancelButton.setDefault(text == "Close")
        self.ui.exportButton.setDefault(text != "Close")

    def reject(self) -> None:
        """Cancel, Escape or the window's close button while exporting stop it first."""
        if self._task is not None:
            self.stop_export()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self._task is not None:
            self.stop_export()
            event.ignore()
            return
        super().closeEvent(event)

    def abandon(self) -> bool:
        """The journal is closing (lock, quit): stop the export, wait for it, and close.

        Returns True when the worker has ended, so its connection is closed before the
        journal's own one is.
        """
        self._journal = None
        task, self._task = self._task, None
        stopped = True
        if task is not None:
            # What it reports after this would only describe a journal that is now closed.
            task.blockSignals(True)
            stopped = task.stop(STOP_WAIT_S)
            task.deleteLater()
        self.reject()
        return stopped
