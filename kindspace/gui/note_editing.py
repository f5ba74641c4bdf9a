"""The note editor of one window: built for the first note, and no unsaved word lost.

Why apart from the main window: the editor is the heaviest view a start does not show (its
form, the Markdown preview, the tag completer), so it is built the first time a note is
written or opened. This owns it and the draft it keeps: words never saved (a crash, a power
cut) are offered back at the next unlock, and leaving the editor saves first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Signal

from kindspace.gui.problems import show_problem
from kindspace.gui.window_dialogs import ask_to_bring_back_draft
from kindspace.journal.note_draft import EDITOR_SLOT, NoteDraft

if TYPE_CHECKING:
    from kindspace.gui.editor import EditorView
    from kindspace.gui.main_window import MainWindow
    from kindspace.journal.journal import Journal
    from kindspace.journal.models import Entry

EDITOR = "editor"


class NoteEditing(QObject):
    """Owns the editor of one main window (see :meth:`MainWindow.editor`)."""

    saved = Signal(object)  # Entry
    deleted = Signal(object)  # Entry
    closed = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.editor: EditorView | None = None
        window.add_view_on_first_use(EDITOR, self._build)
        window.ui.actionSave.triggered.connect(self.save)
        window.ui.actionDelete.triggered.connect(self.delete)

    def ensure(self) -> EditorView:
        """The editor, built now if this is its first use."""
        return cast("EditorView", self.window.view(EDITOR))

    def _build(self) -> EditorView:
        from kindspace.gui.editor import EditorView

        editor = EditorView(clock=self.window.clock)
        editor.saved.connect(self.saved.emit)
        editor.deleted.connect(self.deleted.emit)
        editor.closed.connect(self.closed.emit)
        editor.attach(self.window.journal)
        self.editor = editor
        self.window.add_view(EDITOR, editor)
        return editor

    def save(self) -> None:
        if self.editor is not None:
            self.editor.save()

    def delete(self) -> None:
        if self.editor is not None:
            self.editor.delete_entry()

    def attach(self, journal: Journal | None) -> None:
        if self.editor is not None:
            self.editor.attach(journal)

    def entry_id(self) -> str | None:
        entry = self.editor.entry if self.editor is not None else None
        return entry.id if entry is not None else None

    def save_draft(self) -> None:
        if self.editor is not None:
            self.editor.save_draft()

    def forget(self) -> None:
        """At lock: the editor lets go of the journal and of every word it showed."""
        if self.editor is not None:
            self.editor.attach(None)
            self.editor.clear()

    def leave(self) -> bool:
        """Before opening something else, make sure the words in the editor are safe."""
        editor = self.editor
        if self.window.current_view() == EDITOR and editor is not None and editor.is_dirty():
            return editor.save_draft() and editor.save() is not None
        return True

    # -- the draft kept in the journal ---------------------------------------------------------

    def saved_draft(self) -> NoteDraft | None:
        journal = self.window.journal
        if journal is None:
            return None
        try:
            saved = journal.drafts.load(EDITOR_SLOT)
        except Exception as error:
            show_problem(self.window, error)
            return None
        return NoteDraft.from_payload(saved.payload) if saved is not None else None

    def resume(self, draft: NoteDraft) -> None:
        journal = self.window.journal
        entry: Entry | None = None
        if draft.entry_id is not None and journal is not None:
            try:
                entry = journal.entries.get(draft.entry_id)
            except Exception as error:
                show_problem(self.window, error)
        self.ensure().resume(draft, entry)
        self.window.show_view(EDITOR)

    def offer_draft(self) -> None:
        """At start: words that were never saved (a crash, a power cut) are offered back."""
        draft = self.saved_draft()
        if draft is None or not draft.has_words():
            return
        if ask_to_bring_back_draft(self.window):
            self.resume(draft)
            self.window.activateWindow()
            self.ensure().ui.body.setFocus()
