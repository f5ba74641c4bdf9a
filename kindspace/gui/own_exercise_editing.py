"""Writing, changing and deleting the person's own practices, from Today.

Why the editor is built on first use: most people never open it, and start-up stays quick.
Unsaved changes are never dropped: leaving the editor (Back, Esc, another view, locking)
keeps them as a draft inside the encrypted journal, one per practice, and opening that
practice again brings them back. Deleting asks first and removes only the practice: the
entries written with it stay and still read back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from kindspace.errors import InvalidInput
from kindspace.gui.announce import show_status
from kindspace.gui.problems import show_problem
from kindspace.gui.words import QT_TRANSLATE_NOOP, translate
from kindspace.journal.journal import Journal
from kindspace.practice.own_exercises import (
    OwnExerciseForm,
    draft_payload,
    draft_slot,
    form_from_draft,
    form_of,
    save_own_exercise,
)

if TYPE_CHECKING:
    from kindspace.gui.main_window import MainWindow
    from kindspace.gui.own_exercise_editor import OwnExerciseEditor
    from kindspace.gui.practice_views import Practice

OWN_EDITOR = "own-exercise-editor"
STATUS_MS = 8000
SAVED = QT_TRANSLATE_NOOP(
    "OwnExerciseEditing",
    "Saved. Your practice is in the list of practices now.",
)
DRAFT_KEPT = QT_TRANSLATE_NOOP(
    "OwnExerciseEditing",
    "Draft kept. Your changes are waiting here for when you come back.",
)
BROUGHT_BACK = QT_TRANSLATE_NOOP(
    "OwnExerciseEditing", "Brought back the changes you hadn't saved yet."
)
DELETED = QT_TRANSLATE_NOOP(
    "OwnExerciseEditing",
    "The practice was deleted. Entries you wrote with it are still in your journal.",
)
CANT_FIND = QT_TRANSLATE_NOOP(
    "OwnExerciseEditing",
    "That practice couldn't be found; it may have been deleted.",
)
ASK_DELETE = QT_TRANSLATE_NOOP("OwnExerciseEditing", "Delete this practice?")
ASK_DELETE_MORE = QT_TRANSLATE_NOOP(
    "OwnExerciseEditing",
    "It leaves the list of practices. Entries you wrote with it stay in your journal "
    "and can still be read.",
)


class OwnExerciseEditing(QObject):
    def __init__(self, window: MainWindow, practice: Practice) -> None:
        super().__init__(window)
        self.window = window
        self.practice = practice
        self._view: OwnExerciseEditor | None = None
        #: The practice on screen when the journal locked, to bring back after unlocking.
        self._reopen: tuple[str | None] | None = None
        today = window.today_view
        today.write_own.connect(self.write_new)
        today.edit_own.connect(self.edit)
        window.journal_opened.connect(self._on_opened)
        window.journal_closing.connect(self._on_closing)
        window.ui.content.currentChanged.connect(self._on_view_changed)

    @property
    def view(self) -> OwnExerciseEditor:
        """Built on first use and added to the window then."""
        if self._view is None:
            from kindspace.gui.own_exercise_editor import OwnExerciseEditor

            view = OwnExerciseEditor()
            view.setObjectName("ownExerciseEditor")
            view.save_requested.connect(self.save)
            view.delete_requested.connect(self.delete)
            view.try_requested.connect(self.try_it)
            view.closed.connect(self.close)
            self.window.add_view(OWN_EDITOR, view)
            self._view = view
        return self._view

    def is_built(self) -> bool:
        return self._view is not None

    # -- opening ---------------------------------------------------------------------------

    def write_new(self) -> None:
        self._open(None, None)

    def edit(self, own_id: str) -> None:
        journal = self.window.journal
        if journal is None:
            return
        try:
            record = journal.own_exercises.get(own_id)
            form = form_of(record.definition) if record is not None else None
        except Exception as error:
            show_problem(self.window, error)
            return
        if form is None:
            show_status(self.window, translate("OwnExerciseEditing", CANT_FIND), STATUS_MS)
            return
        self._open(own_id, form)

    def _open(self, own_id: str | None, form: OwnExerciseForm | None) -> None:
        journal = self.window.journal
        if journal is None:
            return
        view = self.view
        if self._on_screen() and view.own_id == own_id and view.is_changed():
            view.focus_first()  # already here, with its unsaved words
            return
        self._keep_draft(announce=False)
        try:
            draft = journal.drafts.load(draft_slot(own_id))
        except Exception as error:
            show_problem(self.window, error)
            draft = None
        if draft is not None:
            view.load(form_from_draft(draft.payload), own_id, changed=True)
        else:
            view.load(form, own_id)
        self.window.show_view(OWN_EDITOR)
        view.focus_first()
        if draft is not None:
            view.say(translate("OwnExerciseEditing", BROUGHT_BACK))

    # -- saving, trying, deleting ------------------------------------------------------------

    def save(self) -> None:
        journal, view = self.window.journal, self._view
        if journal is None or view is None:
            return
        old_id = view.own_id
        try:
            own_id = save_own_exercise(journal, view.form(), old_id)
        except InvalidInput as error:
            view.say(str(error))
            return
        except Exception as error:
            show_problem(self.window, error, writing_kept=True)
            return
        view.mark_saved(own_id)
        self._discard_drafts(journal, old_id, own_id)
        self.practice.refresh_catalog()
        view.say(translate("OwnExerciseEditing", SAVED))

    def try_it(self) -> None:
        view = self._view
        if view is not None and view.own_id is not None and not view.is_changed():
            self.practice.start(view.own_id)

    def delete(self) -> None:
        journal, view = self.window.journal, self._view
        if journal is None or view is None or view.own_id is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("OwnExerciseEditing", "Delete practice"),
            translate("OwnExerciseEditing", ASK_DELETE),
            QMessageBox.StandardButton.NoButton,
            self.window,
        )
        box.setInformativeText(translate("OwnExerciseEditing", ASK_DELETE_MORE))
        delete = box.addButton(
            translate("OwnExerciseEditing", "&Delete it"), QMessageBox.ButtonRole.DestructiveRole
        )
        keep = box.addButton(
            translate("OwnExerciseEditing", "&Keep it"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        box.deleteLater()
        if box.clickedButton() is not delete:
            view.focus_first()
            return
        own_id = view.own_id
        try:
            journal.own_exercises.delete(own_id)
            self._discard_drafts(journal, own_id)
        except Exception as error:
            show_problem(self.window, error)
            return
        view.clear()
        self.practice.refresh_catalog()
        self.window.show_today()
        show_status(self.window, translate("OwnExerciseEditing", DELETED), STATUS_MS)

    # -- leaving ---------------------------------------------------------------------------

    def close(self) -> None:
        self.window.show_today()  # _on_view_changed keeps the draft and says so

    def _on_view_changed(self, _index: int) -> None:
        # Ctrl+S saves the practice here, not the note editor's entry (one owner per key).
        self.window.ui.actionSave.setEnabled(
            self.window.journal is not None and not self._on_screen()
        )
        if self._view is not None and not self._on_screen():
            self._keep_draft(announce=True)

    def _keep_draft(self, *, announce: bool) -> bool:
        """Unsaved changes into the journal (encrypted); True when nothing is at risk."""
        journal, view = self.window.journal, self._view
        if journal is None or view is None or not view.is_changed():
            return True
        try:
            journal.drafts.save(draft_slot(view.own_id), draft_payload(view.form()))
        except Exception as error:
            show_problem(self.window, error, writing_kept=True)
            return False
        # Kept now: coming back compares with the draft, so it isn't kept twice.
        view.load(view.form(), view.own_id)
        if announce:
            show_status(self.window, translate("OwnExerciseEditing", DRAFT_KEPT), STATUS_MS)
        return True

    def _on_screen(self) -> bool:
        return self._view is not None and self.window.ui.content.currentWidget() is self._view

    def _on_closing(self) -> None:
        view = self._view
        if view is None:
            return
        self._reopen = (view.own_id,) if self._on_screen() else None
        self._keep_draft(announce=False)
        view.clear()  # the person's words leave the screen with the key

    def _on_opened(self) -> None:
        reopen, self._reopen = self._reopen, None
        if reopen is None or not self._on_screen():
            return
        (own_id,) = reopen
        if own_id is None:
            self.write_new()
        else:
            self.edit(own_id)

    @staticmethod
    def _discard_drafts(journal: Journal, *own_ids: str | None) -> None:
        for own_id in own_ids:
            journal.drafts.discard(draft_slot(own_id))
