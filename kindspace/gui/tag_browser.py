"""The tag browser: every tag with its count, the entries of the chosen one, rename and merge.

A person who tags entries "work" or "sleep" wants to see all of them without thinking of a
word to search for. The view only shows and asks: the feature (``tags_feature``) reads the
journal, renames, and asks before a merge. Tag names and first lines are journal words, so
``clear()`` empties every list and field when the journal locks.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QLocale, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QListWidget, QListWidgetItem, QWidget

from kindspace.gui.calendar import to_qdate
from kindspace.gui.dates import clock_time
from kindspace.gui.day_list import kind_label, preview_line
from kindspace.gui.forms.ui_tag_browser import Ui_TagBrowserView
from kindspace.gui.reading_column import centre_in_column
from kindspace.gui.typography import heading, note_item, quiet
from kindspace.gui.words import QT_TRANSLATE_NOOP, counts, translate
from kindspace.gui.wrapped_rows import wrap_rows
from kindspace.journal.models import Entry

ROW_VALUE = Qt.ItemDataRole.UserRole
NO_TAGS = QT_TRANSLATE_NOOP(
    "TagBrowser",
    "No tags yet. You can give an entry tags in the editor.",
)
CHOOSE_A_TAG = QT_TRANSLATE_NOOP("TagBrowser", "Choose a tag to see its entries.")
RENAME, MERGE = (
    QT_TRANSLATE_NOOP("TagBrowser", "&Rename"),
    QT_TRANSLATE_NOOP("TagBrowser", "&Merge"),
)


def entries_text(count: int) -> str:
    return counts().entries(count)


class TagBrowserView(QWidget):
    """Tags on the left, the chosen tag's entries on the right, a rename field below.

    Signals:
        tag_chosen: the person moved to another tag (its entries should be listed).
        open_entry: open this entry id.
        rename_requested: rename the first tag to the second name (maybe an existing tag).
        closed: back to Today (Esc or the button).
    """

    tag_chosen = Signal(str)
    open_entry = Signal(str)
    rename_requested = Signal(str, str)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TagBrowserView()
        self.ui.setupUi(self)
        centre_in_column(self)
        wrap_rows(self.ui.entryList)
        heading(self.ui.tagsHeading)
        quiet(self.ui.statusLabel)
        self._counts: dict[str, int] = {}
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.ui.newNameEdit.setCompleter(completer)
        self.ui.listsRow.setStretch(0, 1)
        self.ui.listsRow.setStretch(1, 2)
        ui = self.ui
        ui.tagList.currentItemChanged.connect(self._on_tag_changed)
        ui.tagList.itemActivated.connect(lambda _item: self._enter_entries())
        ui.entryList.itemActivated.connect(self._on_entry_activated)
        ui.entryList.itemDoubleClicked.connect(self._on_entry_activated)
        ui.newNameEdit.textChanged.connect(self._update_rename_button)
        ui.newNameEdit.returnPressed.connect(self._request_rename)
        ui.renameButton.clicked.connect(self._request_rename)
        ui.closeTags.clicked.connect(self.closed.emit)
        ui.entryList.installEventFilter(self)
        self.clear()

    # -- what the feature calls ----------------------------------------------------------------

    def set_tags(self, tags: Sequence[tuple[str, int]], choose: str | None = None) -> None:
        """Show ``tags`` (name, count); ``choose`` (or else the one chosen before) stays chosen."""
        wanted = (choose or self.chosen_tag() or "").casefold()
        listing = self.ui.tagList
        listing.blockSignals(True)
        listing.clear()
        self._counts = dict(tags)
        for name, count in sorted(tags, key=lambda pair: pair[0].casefold()):
            item = QListWidgetItem(f"{name} · {entries_text(count)}")
            item.setData(ROW_VALUE, name)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{name}, {entries_text(count)}")
            listing.addItem(item)
        self._names.setStringList(sorted(self._counts, key=str.casefold))
        row = next(
            (i for i in range(listing.count()) if _value(listing.item(i)).casefold() == wanted),
            0 if listing.count() else -1,
        )
        listing.setCurrentRow(row)
        listing.blockSignals(False)
        has_tags = bool(tags)
        for widget in (self.ui.newNameEdit, self.ui.newNameLabel):
            widget.setEnabled(has_tags)
        self._update_rename_button()
        if not has_tags:
            self._placeholder(self.ui.entryList, translate("TagBrowser", NO_TAGS))
            self.ui.entryListLabel.setText(translate("TagBrowser", "Entr&ies"))
            return
        self._on_tag_changed(listing.currentItem(), None)

    def set_entries(self, entries: Sequence[Entry], labels: Mapping[str, str]) -> None:
        """The chosen tag's entries, one row each: day, time and kind, then the first line."""
        listing = self.ui.entryList
        listing.clear()
        tag = self.chosen_tag() or ""
        self.ui.entryListLabel.setText(
            translate("TagBrowser", "Entr&ies tagged {tag} · {entries}").format(
                tag=_plain(tag), entries=entries_text(len(entries))
            )
        )
        locale = QLocale()
        for entry in entries:
            label = kind_label(entry.kind, labels)
            day = locale.toString(to_qdate(entry.day), QLocale.FormatType.LongFormat)
            item = QListWidgetItem(
                f"{day}, {clock_time(entry.created)} · {label}\n{preview_line(entry, label)}"
            )
            item.setData(ROW_VALUE, entry.id)
            listing.addItem(item)
        if entries:
            listing.setCurrentRow(0)

    def chosen_tag(self) -> str | None:
        item = self.ui.tagList.currentItem()
        return _value(item) or None if item is not None else None

    def count_of(self, tag: str) -> int:
        return next((n for name, n in self._counts.items() if name.casefold() == tag.casefold()), 0)

    def existing_tag(self, name: str) -> str | None:
        """The tag already called ``name`` (in any case), if there is one."""
        wanted = name.strip().lstrip("#").casefold()
        return next((tag for tag in self._counts if tag.casefold() == wanted), None)

    def show_status(self, text: str) -> None:
        self.ui.statusLabel.setText(text)
        self.ui.statusLabel.setAccessibleDescription(text)

    def focus_tags(self) -> None:
        self.ui.tagList.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def clear(self) -> None:
        """Forget every tag name and entry line (the journal is locking)."""
        self._counts = {}
        self.ui.tagList.clear()
        self.ui.entryList.clear()
        self.ui.entryListLabel.setText(translate("TagBrowser", "Entr&ies"))
        self.ui.newNameEdit.setText("")
        self.ui.statusLabel.clear()
        self._names.setStringList([])
        self._update_rename_button()
        self._placeholder(self.ui.entryList, translate("TagBrowser", CHOOSE_A_TAG))

    # -- reacting --------------------------------------------------------------------------

    def _on_tag_changed(self, current: QListWidgetItem | None, _old: object) -> None:
        self.ui.newNameEdit.setText("")
        name = _value(current) if current is not None else ""
        self.ui.newNameLabel.setText(
            translate("TagBrowser", "&New name for {tag}").format(tag=_plain(name))
            if name
            else translate("TagBrowser", "&New name")
        )
        if name:
            self.tag_chosen.emit(name)

    def _enter_entries(self) -> None:
        entries = self.ui.entryList
        if entries.count() and entries.item(0).flags() & Qt.ItemFlag.ItemIsEnabled:
            entries.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_entry_activated(self, item: QListWidgetItem) -> None:
        entry_id = _value(item)
        if entry_id:
            self.open_entry.emit(entry_id)

    def _update_rename_button(self) -> None:
        typed = self.ui.newNameEdit.text().strip().lstrip("#")
        chosen = self.chosen_tag()
        other = self.existing_tag(typed)
        merging = other is not None and chosen is not None and other != chosen
        button = self.ui.renameButton
        button.setText(translate("TagBrowser", MERGE if merging else RENAME))
        button.setAccessibleName(
            translate("TagBrowser", "Merge tags")
            if merging
            else translate("TagBrowser", "Rename tag")
        )
        button.setToolTip(
            translate("TagBrowser", "Merge {tag} into {other}").format(tag=chosen, other=other)
            if merging
            else translate("TagBrowser", "Rename the chosen tag on every entry")
        )
        button.setEnabled(bool(typed) and chosen is not None and typed != chosen)

    def _request_rename(self) -> None:
        chosen = self.chosen_tag()
        typed = self.ui.newNameEdit.text().strip()
        if chosen is not None and typed and self.ui.renameButton.isEnabled():
            self.rename_requested.emit(chosen, typed)

    @staticmethod
    def _placeholder(listing: QListWidget, text: str) -> None:
        listing.clear()
        item = QListWidgetItem(text)
        note_item(item)  # words to read, in the text's colour, not a disabled line
        listing.addItem(item)

    # -- keyboard --------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt's name)
        """Left in the entries goes back to the tags, as the two lists sit side by side."""
        if (
            watched is self.ui.entryList
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Left
        ):
            self.ui.tagList.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802  (Qt's name)
        if event.key() == Qt.Key.Key_Escape:
            self.closed.emit()
            event.accept()
            return
        super().keyPressEvent(event)


def _value(item: QListWidgetItem | None) -> str:
    value = item.data(ROW_VALUE) if item is not None else None
    return value if isinstance(value, str) else ""


def _plain(text: str) -> str:
    """A tag shown in a label with a mnemonic: its own "&" must stay an "&"."""
    return text.replace("&", "&&")
