"""Entries with two versions to reconcile: a calm note where the entry is read, and a view
that shows both side by side.

When two devices changed the same text before they could exchange, the journal keeps both
versions (``journal.sync.conflicts()``); the entry shows one of them. Here the day list marks
such an entry, the editor and the reader show a small note ("This entry was changed on two
devices. Both versions are kept."), and the note opens :class:`ConflictView`, where the
person keeps one version, the other, or both combined (and edited). Resolving goes through
``journal.sync.resolve_conflict``, which records it as a change, so the other devices settle
it too at their next exchange. Nothing is dropped without the person choosing it, and the
journal's words appear only inside the unlocked window, never in a title or popup.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QWidget

from kindspace.gui import typography
from kindspace.gui.announce import announce
from kindspace.gui.forms.ui_sync_conflict import Ui_ConflictView
from kindspace.gui.forms.ui_sync_conflict_note import Ui_ConflictNote
from kindspace.gui.main_window import EDITOR, READER
from kindspace.gui.problems import show_problem
from kindspace.gui.reading_column import content_layout
from kindspace.gui.sync_words import when_text
from kindspace.sync.hlc import stamp_device
from kindspace.sync.log import Conflict, ConflictVersion

if TYPE_CHECKING:
    from kindspace.gui.main_window import MainWindow
    from kindspace.journal.journal import Journal

CONFLICT = "conflict"
#: Between the texts of two versions kept together.
JOIN = "\n\n"
TITLE_JOIN = " / "


def stamp_moment(stamp: str) -> datetime | None:
    """When a version was written, from its stamp (milliseconds since 1970, UTC, first)."""
    try:
        return datetime.fromtimestamp(int(stamp[:13]) / 1000, UTC)
    except (ValueError, OverflowError, OSError):
        return None


def as_text(value: Any) -> str:
    """A version as a person reads it: text as it is; an exercise's answers one after another."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return JOIN.join(as_text(part) for part in value.values() if as_text(part).strip())
    if isinstance(value, list):
        return "\n".join(as_text(part) for part in value)
    return "" if value is None else str(value)


def combine(values: list[Any], field: str) -> Any:
    """Every version kept in one: texts one after another (each once), answers per step."""
    if all(isinstance(value, dict) for value in values):
        keys: list[str] = []
        for value in values:
            keys += [key for key in value if key not in keys]
        return {key: combine([v[key] for v in values if key in v], field) for key in keys}
    texts: list[str] = []
    for value in values:
        text = as_text(value)
        if text.strip() and text not in texts:
            texts.append(text)
    if not texts:
        return values[0] if values else ""
    return (TITLE_JOIN if field == "title" else JOIN).join(texts)


def _takes_focus(widget: QWidget) -> bool:
    return widget.focusPolicy() != Qt.FocusPolicy.NoFocus


class ConflictNote(QFrame):
    """The small note above an entry that has two versions."""

    see_both = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ConflictNote()
        self.ui.setupUi(self)
        self.setObjectName("conflictNote")
        self.ui.seeBothButton.clicked.connect(self.see_both.emit)
        self.setVisible(False)


class ConflictView(QWidget):
    """Both versions of one part of an entry, side by side; the person chooses."""

    #: (entry id, field, the value to keep)
    keep = Signal(str, str, object)
    later = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ConflictView()
        self.ui.setupUi(self)
        typography.heading(self.ui.heading)
        for label in (self.ui.intro, self.ui.shownCaption, self.ui.otherCaption):
            typography.quiet(label)
        self.conflict: Conflict | None = None
        self._combined: Any = None
        self._names: dict[str, str] = {}
        self._own = ""
        self.ui.combinedArea.setVisible(False)
        self.ui.otherChoice.currentIndexChanged.connect(self._show_other)
        self.ui.keepShownButton.clicked.connect(lambda: self._keep(self._version(0).value))
        self.ui.keepOtherButton.clicked.connect(lambda: self._keep(self._other().value))
        self.ui.combineButton.clicked.connect(self.show_combined)
        self.ui.keepCombinedButton.clicked.connect(self._keep_combined)
        self.ui.laterButton.clicked.connect(self.later.emit)

    def show_conflict(
        self, conflict: Conflict, own_device: str, names: dict[str, str], now: datetime
    ) -> None:
        """Show ``conflict``; ``names`` are the devices' names by id, for the captions."""
        self.conflict, self._own, self._names, self._now = conflict, own_device, names, now
        ui = self.ui
        parts = {
            "title": self.tr("The two versions have different titles."),
            "body": self.tr("The two versions have different text."),
            "answers": self.tr("The two versions have different answers."),
        }
        ui.whichPart.setText(parts.get(conflict.field, ""))
        ui.shownText.setPlainText(as_text(conflict.versions[0].value))
        ui.shownCaption.setText(self._caption(conflict.versions[0], shown=True))
        others = conflict.versions[1:]
        ui.otherChoice.blockSignals(True)
        ui.otherChoice.clear()
        for version in others:
            ui.otherChoice.addItem(self._caption(version, shown=False))
        ui.otherChoice.setCurrentIndex(0)
        ui.otherChoice.blockSignals(False)
        ui.otherChoice.setVisible(len(others) > 1)
        self._show_other()
        ui.combinedArea.setVisible(False)
        ui.combineButton.setVisible(True)
        ui.combinedText.setPlainText("")
        ui.status.setText("")
        ui.shownText.setFocus()

    def _caption(self, version: ConflictVersion, *, shown: bool) -> str:
        device = stamp_device(version.stamp)
        if device == self._own:
            where = self.tr("From this device")
        else:
            name = self._names.get(device)
            where = (
                self.tr("From {device}").format(device=name)
                if name
                else self.tr("From another device")
            )
        moment = stamp_moment(version.stamp)
        if moment is not None:
            where = self.tr("{where}, {when}").format(
                where=where, when=when_text(moment, self._now)
            )
        return self.tr("{where} (shown now)").format(where=where) if shown else where

    def _version(self, index: int) -> ConflictVersion:
        assert self.conflict is not None
        return self.conflict.versions[index]

    def _other(self) -> ConflictVersion:
        return self._version(1 + max(0, self.ui.otherChoice.currentIndex()))

    def _show_other(self) -> None:
        if self.conflict is None:
            return
        other = self._other()
        self.ui.otherText.setPlainText(as_text(other.value))
        self.ui.otherCaption.setText(self._caption(other, shown=False))

    def show_combined(self) -> None:
        """Both (every) version in one field; text can be edited, answers only looked at."""
        if self.conflict is None:
            return
        values = [version.value for version in self.conflict.versions]
        combined = combine(values, self.conflict.field)
        self._combined = combined
        self.ui.combinedText.setPlainText(as_text(combined))
        editable = isinstance(combined, str)
        self.ui.combinedText.setReadOnly(not editable)
        self.ui.combinedArea.setVisible(True)
        self.ui.combineButton.setVisible(False)
        self.ui.combinedText.setFocus()

    def _keep_combined(self) -> None:
        if self.conflict is None:
            return
        if self.ui.combinedText.isReadOnly():
            self._keep(self._combined)
        else:
            self._keep(self.ui.combinedText.toPlainText())

    def _keep(self, value: Any) -> None:
        if self.conflict is not None:
            self.keep.emit(self.conflict.entry_id, self.conflict.field, value)

    def clear(self) -> None:
        """Locking: no journal words stay behind."""
        self.conflict = None
        self._combined = None
        for field in (self.ui.shownText, self.ui.otherText, self.ui.combinedText):
            field.setPlainText("")
        self.ui.otherChoice.clear()
        self.ui.status.setText("")


class ConflictFeature(QObject):
    """Finds the entries with two versions and shows them calmly; see the module."""

    changed = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.journal: Journal | None = None
        self.by_entry: dict[str, list[Conflict]] = {}
        #: Device names by id, from the latest status (for "From laptop").
        self.names: dict[str, str] = {}
        self.view: ConflictView | None = None
        self._entry_id: str | None = None
        self.editor_note: ConflictNote | None = None
        self.reader_note: ConflictNote | None = None
        window.when_view_built(EDITOR, self._add_editor_note)
        window.when_view_built(READER, self._add_reader_note)

    def _add_editor_note(self, editor: QWidget) -> None:
        from kindspace.gui.editor import EditorView

        if isinstance(editor, EditorView):
            note = self.editor_note = self._note_in(editor, editor.ui.title)
            editor.entry_shown.connect(lambda entry: self._note_for(note, entry))
            self._note_for(note, editor.entry)

    def _add_reader_note(self, reader: QWidget) -> None:
        from kindspace.gui.entry_reader import EntryReader

        if isinstance(reader, EntryReader):
            note = self.reader_note = self._note_in(reader, reader.ui.entryText)
            reader.entry_shown.connect(lambda entry: self._note_for(note, entry))
            self._note_for(note, reader.entry)

    def _note_in(self, view: QWidget, first: QWidget) -> ConflictNote:
        """The note at the top of ``view``, and first in its Tab order (before ``first``)."""
        note = ConflictNote(view)
        layout = content_layout(view)
        if layout is not None:
            layout.insertWidget(0, note)  # type: ignore[attr-defined]
        # Qt moves a widget in the Tab order only after one that takes focus itself.
        before = first.previousInFocusChain()
        while before is not None and before is not first and not _takes_focus(before):
            before = before.previousInFocusChain()
        if before is not None and before is not first:
            QWidget.setTabOrder(before, note.ui.seeBothButton)
        note.see_both.connect(lambda: self._see_both(view))
        return note

    def attach(self, journal: Journal | None) -> None:
        self.journal = journal
        if journal is None:
            self.by_entry = {}
            self.window.day_entries.marked = set()
            for note in (self.editor_note, self.reader_note):
                if note is not None:
                    note.setVisible(False)
            if self.view is not None:
                self.view.clear()
            return
        self.refresh()

    def refresh(self) -> None:
        """Read the conflicts again; mark, note or leave views as they now are."""
        journal = self.journal
        if journal is None:
            return
        try:
            found = journal.sync.conflicts()
        except Exception as error:
            show_problem(self.window, error)
            return
        by_entry: dict[str, list[Conflict]] = defaultdict(list)
        for conflict in found:
            by_entry[conflict.entry_id].append(conflict)
        before = set(self.by_entry)
        self.by_entry = dict(by_entry)
        self.window.day_entries.marked = set(self.by_entry)
        if before != set(self.by_entry):
            self.window.refresh_journal()
        editor = self.window.editor_if_built()
        if editor is not None:
            self._note_for(self.editor_note, editor.entry)
        reader = self.window.views().get(READER)
        if self.reader_note is not None and reader is not None:
            self._note_for(self.reader_note, getattr(reader, "entry", None))
        self.changed.emit()

    def _note_for(self, note: ConflictNote | None, entry: object) -> None:
        if note is not None:
            entry_id = getattr(entry, "id", None)
            note.setVisible(isinstance(entry_id, str) and entry_id in self.by_entry)

    def _see_both(self, view: QWidget) -> None:
        entry = getattr(view, "entry", None)
        entry_id = getattr(entry, "id", None)
        if isinstance(entry_id, str):
            self.show(entry_id)

    def _ensure_view(self) -> ConflictView:
        if self.view is None:
            self.view = ConflictView()
            self.view.keep.connect(self.resolve)
            self.view.later.connect(self._back)
            self.window.add_view(CONFLICT, self.view)
        return self.view

    def show(self, entry_id: str) -> bool:
        """Show the first part of ``entry_id`` with two versions; False when there is none."""
        journal = self.journal
        conflicts = self.by_entry.get(entry_id)
        if journal is None or not conflicts:
            return False
        editor = self.window.editor_if_built() if self.window.current_view() == EDITOR else None
        if editor is not None and editor.is_dirty() and editor.save() is None:
            return False  # the words typed meanwhile couldn't be saved: they stay in the editor
        view = self._ensure_view()
        self._entry_id = entry_id
        view.show_conflict(conflicts[0], journal.sync.device_id(), self.names, journal.clock())
        self.window.show_view(CONFLICT)
        return True

    def resolve(self, entry_id: str, field: str, value: object) -> None:
        journal = self.journal
        if journal is None:
            return
        try:
            journal.sync.resolve_conflict(entry_id, value, field)
        except Exception as error:
            show_problem(self.window, error)
            return
        self.refresh()
        if self.view is not None:
            said = self.tr(
                "Kept. Your other devices will take the same version at their next sync."
            )
            announce(self.view.ui.status, said)
            self.window.ui.statusbar.showMessage(said, 8000)
        if not self.show(entry_id):
            self.window.open_entry(entry_id)

    def _back(self) -> None:
        if self._entry_id is not None:
            self.window.open_entry(self._entry_id)
        else:
            self.window.show_today()
