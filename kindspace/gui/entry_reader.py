"""A saved exercise read as one whole: each question's heading with what was answered.

Reopening an exercise from the calendar or search shows this page rather than the stepper,
so reading back is calm and nothing can be changed by accident. An exercise saved part-way
offers "Continue" to reopen it; a finished one doesn't.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from kindspace.gui.dates import long_date
from kindspace.gui.forms.ui_entry_reader import Ui_EntryReader
from kindspace.gui.reading_column import PROSE, centre_in_column
from kindspace.gui.typography import HEADING, quiet, scale_font
from kindspace.gui.words import translate
from kindspace.journal.models import Entry
from kindspace.practice.definitions import ExerciseCatalog
from kindspace.practice.reading import read_entry
from kindspace.practice.session import is_unfinished


class EntryReader(QWidget):
    continue_requested = Signal(object)  # Entry
    closed = Signal()
    #: The entry now shown (None: emptied), for notes about it (sync).
    entry_shown = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_EntryReader()
        self.ui.setupUi(self)
        centre_in_column(self, PROSE)
        self.catalog: ExerciseCatalog | None = None
        self.entry: Entry | None = None
        scale_font(self.ui.entryTitle, HEADING, bold=True)
        quiet(self.ui.entryWhen)
        self.ui.continueEntry.clicked.connect(self._continue)
        self.ui.closeReader.clicked.connect(self.closed.emit)

    def show_entry(self, entry: Entry) -> None:
        self.entry = entry
        exercise = self.catalog.get(entry.kind) if self.catalog is not None else None
        self.ui.entryTitle.setText(
            entry.title or (exercise.title if exercise else translate("EntryReader", "An entry"))
        )
        self.ui.entryWhen.setText(long_date(entry.day))
        blocks = []
        for part in read_entry(entry, exercise):
            text = html.escape(part.text).replace("\n", "<br>")
            blocks.append(f"<h3>{html.escape(part.heading)}</h3><p>{text}</p>")
        if not blocks:
            blocks.append(translate("EntryReader", "<p>Nothing was written in this exercise.</p>"))
        self.ui.entryText.setHtml("".join(blocks))
        # Only an exercise stopped part-way has something to continue.
        self.ui.continueEntry.setVisible(exercise is not None and is_unfinished(entry))
        self.ui.entryText.setFocus()
        self.entry_shown.emit(entry)

    def text(self) -> str:
        return self.ui.entryText.toPlainText()

    def _continue(self) -> None:
        if self.entry is not None:
            self.continue_requested.emit(self.entry)

    def clear(self) -> None:
        self.entry = None
        self.ui.entryTitle.clear()
        self.ui.entryWhen.clear()
        self.ui.entryText.clear()
        self.entry_shown.emit(None)
