"""Entry ▸ Recently deleted…: bring back an entry deleted here or with ``kindspace delete``.

Deleted entries wait inside the encrypted journal for ``KEEP_DAYS`` days
(:mod:`kindspace.journal.trash`). The list shows their first lines, so it lives only inside
the unlocked window and closes when the journal locks; the window title never names one.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from kindspace.gui.announce import show_status
from kindspace.gui.calendar import to_qdate
from kindspace.gui.day_list import kind_label, preview_line
from kindspace.gui.forms.ui_recently_deleted import Ui_RecentlyDeletedDialog
from kindspace.gui.main_window import MainWindow
from kindspace.gui.problems import show_problem
from kindspace.gui.typography import heading, note_item
from kindspace.gui.words import QT_TRANSLATE_NOOP, translate
from kindspace.journal.trash import DeletedEntry

ENTRY_ID = Qt.ItemDataRole.UserRole
NOTHING_DELETED = QT_TRANSLATE_NOOP("RecentlyDeleted", "Nothing was deleted in the last 30 days.")
STATUS_MS = 8000


class RecentlyDeletedDialog(QDialog):
    """The list of deleted entries and one button to bring the chosen one back."""

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.ui = Ui_RecentlyDeletedDialog()
        self.ui.setupUi(self)
        heading(self.ui.deletedHeading)
        self._window = window
        self.ui.deletedList.itemActivated.connect(lambda _item: self.bring_back())
        self.ui.bringBackButton.clicked.connect(self.bring_back)
        self.ui.closeDeleted.clicked.connect(self.reject)
        self.refresh()

    def refresh(self) -> None:
        journal = self._window.journal
        listing = self.ui.deletedList
        listing.clear()
        deleted: list[DeletedEntry] = []
        if journal is not None:
            try:
                deleted = journal.trash.recent()
            except Exception as error:
                show_problem(self, error)
        locale = QLocale()
        journal_tz = journal.clock().tzinfo if journal is not None else None
        for found in deleted:
            entry = found.entry
            label = kind_label(entry.kind, self._window.kind_labels)
            day = locale.toString(to_qdate(entry.day), QLocale.FormatType.LongFormat)
            gone = locale.toString(
                to_qdate(found.deleted.astimezone(journal_tz).date()),
                translate("RecentlyDeleted", "d MMMM", "Qt date pattern: day and month"),
            )
            line = translate("RecentlyDeleted", "{day} · {kind} · deleted {when}").format(
                day=day, kind=label, when=gone
            )
            item = QListWidgetItem(f"{line}\n{preview_line(entry, label)}")
            item.setData(ENTRY_ID, entry.id)
            listing.addItem(item)
        if not deleted:
            item = QListWidgetItem(translate("RecentlyDeleted", NOTHING_DELETED))
            note_item(item)  # words to read, in the text's colour, not a disabled line
            listing.addItem(item)
        else:
            listing.setCurrentRow(0)
        self.ui.bringBackButton.setEnabled(bool(deleted))

    def bring_back(self) -> None:
        journal = self._window.journal
        item = self.ui.deletedList.currentItem()
        entry_id = item.data(ENTRY_ID) if item is not None else None
        if journal is None or not isinstance(entry_id, str):
            return
        try:
            entry = journal.trash.bring_back(entry_id)
        except Exception as error:
            show_problem(self, error)
            self.refresh()
            return
        self._window.refresh_journal()
        self._window.select_day(entry.day)
        self._window.day_entries.select(entry.id)
        show_status(
            self._window, translate("RecentlyDeleted", "The entry is back on its day."), STATUS_MS
        )
        self.refresh()
        self.ui.deletedList.setFocus()


class RecentlyDeleted(QObject):
    """Connects Entry ▸ Recently deleted… and closes the dialog when the journal locks."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: RecentlyDeletedDialog | None = None
        window.ui.actionRecentlyDeleted.triggered.connect(self.show)
        window.journal_closing.connect(self._on_closing)

    def show(self) -> None:
        if self.window.journal is None:
            return
        self._on_closing()
        self.dialog = RecentlyDeletedDialog(self.window)
        self.dialog.open()
        self.dialog.ui.deletedList.setFocus()

    def _on_closing(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.ui.deletedList.clear()
            dialog.reject()
            dialog.deleteLater()


def install_recently_deleted(window: MainWindow) -> RecentlyDeleted:
    return RecentlyDeleted(window)
