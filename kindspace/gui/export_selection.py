"""The "which entries" part of File ▸ Export: everything, some days, the open entry, the
entries a person ticks, any of them narrowed to one tag, and what will leave the encryption.

Why its own module: choosing what to hand a therapist is a job of its own (a list to tick,
a tag to narrow by, a plain sentence about what leaves the encrypted journal), apart from
where the export is written and how the writing runs, which stay in ``export_dialog.py``.

The entry list is filled only when the person first asks to tick entries (or arrives with
ticked search results), so opening the dialog on a long journal stays quick.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QDate, QObject, Qt, Signal
from PySide6.QtWidgets import QListWidgetItem

from kindspace.errors import InvalidInput
from kindspace.gui.dates import clock_time, day_month_year, short_date
from kindspace.gui.forms.ui_export_dialog import Ui_ExportDialog
from kindspace.gui.words import QT_TRANSLATE_NOOP, counts, translate
from kindspace.journal.journal import Journal
from kindspace.journal.models import Entry
from kindspace.transfer.selection import EntryPart, EntrySelection, parts_in_words

ANY_TAG = QT_TRANSLATE_NOOP("ExportSelection", "Any tag")
NOTHING_TICKED = QT_TRANSLATE_NOOP("ExportSelection", "Please tick at least one entry in the list.")
ID_ROLE = Qt.ItemDataRole.UserRole


def entries_text(count: int) -> str:
    return counts().entries(count)


def leaving_text(count: int, parts: frozenset[EntryPart]) -> str:
    """What will leave the encryption, in words: how many entries and which parts."""
    if not count:
        return translate("ExportSelection", "No entries match this choice yet.")
    if not parts:
        return translate("ExportSelection", "Please tick at least one part to include.")
    words = parts_in_words(parts)
    leaving = (
        translate("ExportSelection", "{entries} will leave the encryption, with every part.")
        if words == "every part"
        else translate("ExportSelection", "{entries} will leave the encryption, with only {parts}.")
    )
    return leaving.format(entries=entries_text(count), parts=words)


def entry_label(entry: Entry) -> str:
    """One line of the list: the day and time, then what the calendar shows for it."""
    when = f"{short_date(entry.day)}, {clock_time(entry.created)}"
    return f"{when} · {entry.first_line}"


class EntryChooser(QObject):
    """Keeps the dialog's entry choices and tells :attr:`changed` when they change."""

    changed = Signal()

    def __init__(
        self,
        ui: Ui_ExportDialog,
        journal: Journal,
        *,
        open_entry: Entry | None,
        today: date,
        ticked: Iterable[str] = (),
    ) -> None:
        super().__init__()
        self.ui = ui
        self._journal = journal
        self._open_entry = open_entry
        self._filled = False
        self._set_up_days(today)
        self._set_up_open_entry()
        self._set_up_tags()
        ui.entryList.setVisible(False)
        ui.rangeChoice.toggled.connect(self._update)
        ui.tickedChoice.toggled.connect(self._update)
        ui.entryChoice.toggled.connect(self._update)
        ui.everythingChoice.toggled.connect(self._update)
        ui.firstDay.dateChanged.connect(self.changed)
        ui.lastDay.dateChanged.connect(self.changed)
        ui.tagChoice.currentIndexChanged.connect(self.changed)
        ui.entryList.itemChanged.connect(self.changed)
        ticked = tuple(ticked)
        if ticked:
            self.tick(ticked)
        self._update()

    def _set_up_days(self, today: date) -> None:
        day = QDate(today.year, today.month, today.day)
        # The .ui's "d MMM yyyy" is only a default: each language writes its days its way.
        pattern = translate("ExportSelection", "d MMM yyyy", "Qt date pattern: a day in a field")
        for edit in (self.ui.firstDay, self.ui.lastDay):
            edit.setMaximumDate(QDate(9999, 12, 31))
            edit.setDisplayFormat(pattern)
        self.ui.firstDay.setDate(day.addMonths(-1))
        self.ui.lastDay.setDate(day)

    def _set_up_open_entry(self) -> None:
        entry = self._open_entry
        if entry is None:
            self.ui.entryChoice.setVisible(False)
            return
        # The day only, never the title: this dialog may be open where others can see it.
        self.ui.entryChoice.setText(
            translate("ExportSelection", "Only the &open entry (written {day})").format(
                day=day_month_year(entry.day)
            )
        )

    def _set_up_tags(self) -> None:
        self.ui.tagChoice.addItem(translate("ExportSelection", ANY_TAG), None)
        for tag, uses in sorted(self._journal.entries.tags(), key=lambda item: item[0].casefold()):
            self.ui.tagChoice.addItem(f"{tag} ({uses})", tag)

    def _fill(self) -> None:
        """Every entry, newest first, unticked; once."""
        if self._filled:
            return
        self._filled = True
        listing = self.ui.entryList
        listing.blockSignals(True)
        for entry in reversed(self._journal.entries.listed()):
            item = QListWidgetItem(entry_label(entry))
            item.setData(ID_ROLE, entry.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            listing.addItem(item)
        listing.blockSignals(False)

    def _update(self, _checked: bool = True) -> None:
        in_range = self.ui.rangeChoice.isChecked()
        self.ui.firstDay.setEnabled(in_range)
        self.ui.lastDay.setEnabled(in_range)
        ticking = self.ui.tickedChoice.isChecked()
        if ticking:
            self._fill()
        self.ui.entryList.setVisible(ticking)
        self.changed.emit()

    # -- what the person chose ---------------------------------------------------------------

    def tick(self, entry_ids: Iterable[str]) -> None:
        """Tick these entries (ticked search results, say) and choose "ticked entries"."""
        wanted = set(entry_ids)
        self._fill()
        listing = self.ui.entryList
        for row in range(listing.count()):
            item = listing.item(row)
            if item.data(ID_ROLE) in wanted:
                item.setCheckState(Qt.CheckState.Checked)
        self.ui.tickedChoice.setChecked(True)

    def ticked_ids(self) -> tuple[str, ...]:
        """The ticked entries, oldest first, as the export writes them."""
        listing = self.ui.entryList
        ids = [
            str(listing.item(row).data(ID_ROLE))
            for row in range(listing.count())
            if listing.item(row).checkState() == Qt.CheckState.Checked
        ]
        return tuple(reversed(ids))

    def tag(self) -> str | None:
        value = self.ui.tagChoice.currentData()
        return str(value) if value else None

    def selection(self) -> EntrySelection:
        """What the person chose; raises InvalidInput for a range that runs backwards or
        a list with nothing ticked."""
        tag = self.tag()
        if self.ui.entryChoice.isChecked() and self._open_entry is not None:
            return EntrySelection(entry_ids=(self._open_entry.id,), tag=tag)
        if self.ui.tickedChoice.isChecked():
            ticked = self.ticked_ids()
            if not ticked:
                raise InvalidInput(translate("ExportSelection", NOTHING_TICKED))
            return EntrySelection(entry_ids=ticked, tag=tag)
        if self.ui.rangeChoice.isChecked():
            first, last = self.ui.firstDay.date(), self.ui.lastDay.date()
            return EntrySelection(
                first_day=date(first.year(), first.month(), first.day()),
                last_day=date(last.year(), last.month(), last.day()),
                tag=tag,
            )
        return EntrySelection(tag=tag)

    def count(self) -> int:
        """How many entries the choice covers now (0 when it can't be made yet)."""
        try:
            return self.selection().count(self._journal)
        except InvalidInput:
            return 0
