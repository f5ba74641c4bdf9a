"""File ▸ Import and File ▸ Export: opens their dialogs and follows the journal.

The main window knows nothing about importing or exporting; this module connects the two
menu actions, shows the new entries after an import (calendar marks, the day's list,
Today), and makes sure a lock or quit never closes the journal under a running import or
export: each is stopped and waited for first, so an import rolls back and adds nothing, and
an export's worker has closed its own connection before the journal closes.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths

from kindspace.gui.main_window import MainWindow
from kindspace.practice.definitions import ExerciseCatalog

if TYPE_CHECKING:  # the dialogs (and the readers, writers and PDF code) load on first use
    from kindspace.gui.export_dialog import ExportDialog
    from kindspace.gui.import_dialog import ImportDialog
    from kindspace.transfer.importing import ImportReport

STATUS_MS = 10000


class Transfer(QObject):
    """Owns the import and export dialogs of one main window."""

    def __init__(self, window: MainWindow, catalog: ExerciseCatalog) -> None:
        super().__init__(window)
        self.window = window
        self.catalog = catalog
        self.import_dialog: ImportDialog | None = None
        self.export_dialog: ExportDialog | None = None
        window.ui.actionImport.triggered.connect(self.show_import)
        window.ui.actionExport.triggered.connect(lambda: self.show_export())
        window.when_search_view_built(lambda view: view.export_requested.connect(self.export_these))
        window.journal_closing.connect(self._on_closing)

    def show_import(self) -> None:
        journal = self.window.journal
        if journal is None:
            return
        if self.import_dialog is not None and self.import_dialog.is_importing():
            self.import_dialog.show()
            self.import_dialog.raise_()
            return
        from kindspace.gui.import_dialog import ImportDialog

        self._drop_import_dialog()
        dialog = ImportDialog(journal, self.window)
        dialog.imported.connect(self._after_import)
        self.import_dialog = dialog
        dialog.open()

    def export_these(self, entry_ids: list[str]) -> None:
        """Search's "Export these…": the dialog opens with the results ticked."""
        self.show_export(ticked=tuple(entry_ids))

    def show_export(self, ticked: tuple[str, ...] = ()) -> None:
        journal = self.window.journal
        if journal is None:
            return
        from kindspace.gui.export_dialog import ExportDialog, current_entry

        self._drop_export_dialog()
        dialog = ExportDialog(
            journal,
            self.catalog,
            entry=current_entry(self.window),
            today=self.window.ui.calendar.selected_day(),
            folder=documents_folder(),
            ticked=ticked,
            parent=self.window,
        )
        dialog.exported.connect(self._after_export)
        self.export_dialog = dialog
        dialog.open()

    def _after_import(self, report: ImportReport) -> None:
        """Show the new entries where the person is: the month's marks, the day, Today."""
        window = self.window
        if window.journal is None:
            return
        window.refresh_journal()
        window.statusBar().showMessage(report.summary(), STATUS_MS)

    def _after_export(self, message: str) -> None:
        self.window.statusBar().showMessage(message, STATUS_MS)

    def _on_closing(self) -> None:
        """Lock or quit: stop a running import (it rolls back) or export, and wait for it,
        before the journal closes."""
        self._drop_import_dialog()
        self._drop_export_dialog()

    def _drop_import_dialog(self) -> None:
        dialog, self.import_dialog = self.import_dialog, None
        if dialog is not None:
            dialog.abandon()
            dialog.deleteLater()

    def _drop_export_dialog(self) -> None:
        dialog, self.export_dialog = self.export_dialog, None
        if dialog is not None:
            dialog.abandon()
            dialog.deleteLater()


def documents_folder() -> Path:
    """Where an export is suggested first: the person's documents, else their home."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def install_transfer(window: MainWindow, catalog: ExerciseCatalog) -> Transfer:
    """Connects the import and export actions of ``window``; called once, after the first screen."""
    return Transfer(window, catalog)
