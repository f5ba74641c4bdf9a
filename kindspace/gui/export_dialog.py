"""File ▸ Export: JSON, Markdown or PDF, of everything, some days, the open entry or ticked
entries (any of them narrowed to a tag), with the parts the person chooses.

This module keeps the dialog itself: it brings its parts together, checks the person's
choices on the GUI thread before anything is written (where to, which parts, whether to
replace), and prints. The parts live beside it, one job each:

- :mod:`kindspace.gui.export_selection`: which entries, and the sentence saying what will
  leave the encryption;
- :mod:`kindspace.gui.export_choices`: the format, the parts, where to write, and asking
  before anything is replaced;
- :mod:`kindspace.gui.export_run`: the writing on a worker thread and what the dialog says
  while it runs, after a stop and when it is done;
- :mod:`kindspace.gui.export_fit`: how big the dialog opens on the screen it is on.

Why the dialog says plainly that exports are not encrypted: an export is the one way
journal words leave the encrypted file, and a person sharing a PDF with a therapist should
know that the copy is readable by whoever holds it. Nothing the person already has is
replaced without asking. The PDF is laid out with Qt's text engine on the worker, which Qt
allows for a PDF paint device (see :mod:`kindspace.gui.pdf_export`).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from kindspace.errors import InvalidInput
from kindspace.gui import export_fit, typography
from kindspace.gui.export_choices import ExportChoices, may_replace
from kindspace.gui.export_run import ExportRun
from kindspace.gui.export_selection import EntryChooser, entries_text
from kindspace.gui.forms.ui_export_dialog import Ui_ExportDialog
from kindspace.gui.main_window import EDITOR, READER, MainWindow
from kindspace.gui.problems import show_problem
from kindspace.gui.transfer_worker import ExportJob
from kindspace.gui.words import QT_TRANSLATE_NOOP, translate
from kindspace.journal.journal import Journal
from kindspace.journal.models import Entry
from kindspace.practice.definitions import ExerciseCatalog
from kindspace.transfer.selection import EntryPart, EntrySelection, ExportFormat

NOTHING_CHOSEN = QT_TRANSLATE_NOOP(
    "ExportDialog",
    "There are no entries on those days, so there is nothing to export.",
)
NOTHING_YET = QT_TRANSLATE_NOOP("ExportDialog", "There are no entries to export yet.")
NO_PARTS = QT_TRANSLATE_NOOP("ExportDialog", "Please tick at least one part to include.")
NO_DESTINATION = QT_TRANSLATE_NOOP("ExportDialog", "Please choose where to save the export.")


def current_entry(window: MainWindow) -> Entry | None:
    """The saved entry open in the editor or the reader, for "only this entry"."""
    view = window.current_view()
    if view == EDITOR:
        return window.editor.entry
    if view == READER:
        entry = getattr(window.views().get(READER), "entry", None)
        return entry if isinstance(entry, Entry) else None
    return None


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
        self._today = today or journal.clock().date()
        self.chooser = EntryChooser(
            self.ui, journal, open_entry=entry, today=self._today, ticked=ticked
        )
        self.choices = ExportChoices(
            self.ui, self, self.chooser, today=self._today, folder=folder or Path.home()
        )
        self.run = ExportRun(self.ui, self, self.exported.emit)
        self.ui.exportButton.clicked.connect(self.export)
        self.ui.printButton.clicked.connect(self.print_entries)
        self.ui.cancelButton.clicked.connect(self.reject)
        self._screen: QSize | None = None
        self.fit_to_screen()
        self.choices.follow_format()
        if entry is not None and not ticked:
            self.ui.entryChoice.setChecked(True)
        self.choices.update_leaving()

    # -- size --------------------------------------------------------------------------------

    def fit_to_screen(self, screen: QSize | None = None) -> None:
        """Within most of the screen (or ``screen``, a size the screenshots stand in for
        one), as :func:`kindspace.gui.export_fit.fit_to_screen` says; measured again when
        shown, with the fonts and style it is shown in."""
        self._screen = screen
        export_fit.fit_to_screen(self, self.ui, screen)

    def natural_size(self) -> QSize:
        """The size at which the choices would need no scrolling at all."""
        return export_fit.natural_size(self, self.ui)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        if not event.spontaneous():
            self.fit_to_screen(self._screen)
        super().showEvent(event)

    # -- choices -----------------------------------------------------------------------------

    @property
    def written(self) -> int | None:
        """How many entries the last export wrote; None until one is written."""
        return self.run.written

    @property
    def file_dialog(self) -> QFileDialog | None:
        """The file dialog :meth:`choose_destination` opened last, if any."""
        return self.choices.file_dialog

    def chosen_format(self) -> ExportFormat:
        return self.choices.chosen_format()

    def selection(self) -> EntrySelection:
        """What the person chose; raises InvalidInput for a range that runs backwards."""
        return self.chooser.selection()

    def parts(self) -> frozenset[EntryPart]:
        return self.choices.parts()

    def destination(self) -> Path | None:
        return self.choices.destination()

    def choose_destination(self) -> None:
        """The system's file dialog where there is one (Qt's own elsewhere, as in tests)."""
        self.choices.choose_destination()

    def _checked(self, journal: Journal) -> tuple[EntrySelection, frozenset[EntryPart], int]:
        """The chosen entries, parts and how many entries; InvalidInput when nothing would
        be written."""
        selection, parts = self.selection(), self.parts()
        if not parts:
            raise InvalidInput(translate("ExportDialog", NO_PARTS))
        total = selection.count(journal)
        if not total:
            raise InvalidInput(
                translate("ExportDialog", NOTHING_YET)
                if selection.is_everything
                else translate("ExportDialog", NOTHING_CHOSEN)
            )
        return selection, parts, total

    # -- exporting ---------------------------------------------------------------------------

    def print_entries(self) -> int | None:
        """Print the chosen entries through the system's print dialog (PDF layout)."""
        from kindspace.gui.print_dialog import ask_and_print

        journal = self._journal
        if journal is None or self.run.is_running():
            return None
        try:
            selection, parts, _total = self._checked(journal)
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
        if journal is None or self.run.is_running():
            return False
        try:
            if path is None:
                raise InvalidInput(translate("ExportDialog", NO_DESTINATION))
            selection, parts, total = self._checked(journal)
        except Exception as error:
            show_problem(self, error)
            return False
        replace = may_replace(self, path, chosen)
        if replace is None:
            return False
        job = ExportJob(journal, chosen, path, selection, parts, self._catalog, replace, total)
        self.run.start(job)
        return True

    def is_exporting(self) -> bool:
        return self.run.is_running()

    def stop_export(self) -> None:
        """Stop at the next entry (or PDF page); the dialog then says what was left."""
        self.run.stop()

    def reject(self) -> None:
        """Cancel, Escape or the window's close button while exporting stop it first."""
        if self.run.is_running():
            self.stop_export()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self.run.is_running():
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
        stopped = self.run.abandon()
        self.reject()
        return stopped
