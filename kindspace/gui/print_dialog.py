"""The export dialog's Print button: the chosen entries on paper, laid out as the PDF is.

Why printing runs on the GUI thread, unlike the PDF export: a ``QPrinter`` comes from the
print dialog, which belongs to the GUI thread, and what a person prints for a session is a
few entries rather than a twenty-year journal. Nothing is written to disk by kindspace; the
system's print queue takes it from there.
"""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from kindspace.gui.pdf_export import DOCUMENT_TITLE, print_entries
from kindspace.gui.words import translate
from kindspace.journal.journal import Journal
from kindspace.practice.definitions import ExerciseCatalog
from kindspace.transfer.selection import EntryPart, EntrySelection


def ask_and_print(
    parent: QWidget,
    journal: Journal,
    selection: EntrySelection,
    parts: frozenset[EntryPart],
    catalog: ExerciseCatalog | None,
) -> int | None:
    """Open the print dialog; returns how many entries were printed, None when cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    # A print queue shows this, so never entry text.
    printer.setDocName(translate("PdfExport", DOCUMENT_TITLE))
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("printEntriesDialog")
    dialog.setWindowTitle(translate("PrintDialog", "Print entries"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return print_entries(journal, printer, selection, parts, catalog)
