"""The entries of one day, as a calm list: time, kind and the first line.

The first line of an entry can be very private, so it appears only in this list inside the
unlocked window, never in a title, a tooltip outside the window or a notification.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from kindspace.gui.calendar import to_qdate
from kindspace.gui.dates import clock_time
from kindspace.gui.typography import note_item
from kindspace.gui.words import counts, translate
from kindspace.journal.models import NOTE_KIND, Entry

ENTRY_ID = Qt.ItemDataRole.UserRole


def kind_label(kind: str, labels: Mapping[str, str]) -> str:
    if kind == NOTE_KIND:
        return translate("DayList", "Note")
    return labels.get(kind, kind.replace("_", " ").replace("-", " ").capitalize())


def day_heading(day: date, today: date, count: int) -> str:
    long_format = QLocale.FormatType.LongFormat
    name = (
        translate("DayList", "Today")
        if day == today
        else QLocale().toString(to_qdate(day), long_format)
    )
    if count == 0:
        return name
    return translate("DayList", "{day} · {entries}").format(
        day=name, entries=counts().entries(count)
    )


def preview_line(entry: Entry, label: str) -> str:
    """The second line of a row. An exercise is titled with its own name, which the first
    line already shows, so its take-away (the body) speaks for it instead."""
    if entry.kind == NOTE_KIND or entry.title.strip() != label:
        return entry.first_line or translate("DayList", "(no words yet)")
    for line in entry.body.splitlines():
        if line.strip():
            return line.strip()
    return translate("DayList", "(no take-away noted)")


class DayEntries:
    """Fills a QListWidget from a day's entries and reports which one is opened."""

    def __init__(self, widget: QListWidget, opened: Callable[[str], None]) -> None:
        self._widget = widget
        self._opened = opened
        #: Entries with two versions to reconcile (kindspace.gui.sync_conflicts marks them).
        self.marked: set[str] = set()
        widget.itemActivated.connect(self._on_activated)
        widget.itemDoubleClicked.connect(self._on_activated)

    def show(self, entries: list[Entry], labels: Mapping[str, str]) -> None:
        self._widget.clear()
        if not entries:
            item = QListWidgetItem(
                translate(
                    "DayList",
                    "No entries on this day. You can add one with New note.",
                )
            )
            note_item(item)
            self._widget.addItem(item)
            return
        for entry in entries:
            time_text = clock_time(entry.created)
            label = kind_label(entry.kind, labels)
            heading = f"{time_text} · {label}"
            if entry.id in self.marked:
                two = QCoreApplication.translate("DayEntries", "two versions to look at")
                heading = f"{heading} · {two}"
            item = QListWidgetItem(f"{heading}\n{preview_line(entry, label)}")
            item.setData(ENTRY_ID, entry.id)
            self._widget.addItem(item)

    def select(self, entry_id: str) -> None:
        for row in range(self._widget.count()):
            if self._widget.item(row).data(ENTRY_ID) == entry_id:
                self._widget.setCurrentRow(row)
                return

    def clear(self) -> None:
        self._widget.clear()

    def _on_activated(self, item: QListWidgetItem) -> None:
        entry_id = item.data(ENTRY_ID)
        if isinstance(entry_id, str):
            self._opened(entry_id)
