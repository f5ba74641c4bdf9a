"""The entry editor: title, Markdown body with a preview, tags, date and time, word count.

Why drafts are written so eagerly: a person may be writing something hard and then the
laptop dies. While anything changed, the draft is saved at most ``AUTOSAVE_MS`` later, when
the editor loses focus, and before the window locks. Errors never take the words away: they
stay in the widgets and the person is told calmly what happened.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QStringListModel, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QMessageBox, QWidget

from kindspace.clock import Clock, system_clock
from kindspace.gui.announce import announce
from kindspace.gui.forms.ui_editor import Ui_EditorView
from kindspace.gui.markdown_preview import InertDocument, show_preview
from kindspace.gui.problems import show_problem
from kindspace.gui.reading_column import centre_in_column
from kindspace.gui.words import counts, translate
from kindspace.journal.journal import Journal
from kindspace.journal.models import NOTE_KIND, Entry
from kindspace.journal.note_draft import EDITOR_SLOT, NoteDraft, split_tags

AUTOSAVE_MS = 2000


def words_in(text: str) -> int:
    return len(text.split())


def word_count_text(count: int) -> str:
    return counts().words(count)


def to_qdatetime(moment: datetime) -> QDateTime:
    """The moment's own wall-clock time (not converted), as the person wrote it."""
    return QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )


def with_zone_like(chosen: datetime, original: datetime) -> datetime:
    """Give a wall-clock time picked in the editor the zone the entry was shown in.

    When that zone is this computer's, the local rules decide the offset (so moving an entry
    across a daylight-saving change gets the right one); otherwise the original offset stays.
    """
    if original.utcoffset() == original.astimezone().utcoffset():
        return chosen.astimezone()
    return chosen.replace(tzinfo=original.tzinfo)


class TagCompleter(QCompleter):
    """Completes the tag being typed after the last comma, keeping the earlier ones."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._model = QStringListModel(self)
        self.setModel(self._model)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)

    def set_tags(self, tags: list[str]) -> None:
        self._model.setStringList(tags)

    def pathFromIndex(self, index) -> str:  # type: ignore[no-untyped-def]  # noqa: N802
        chosen = str(super().pathFromIndex(index))
        widget = self.widget()
        text = widget.text() if widget is not None and hasattr(widget, "text") else ""
        before = text.rsplit(",", 1)[0] + ", " if "," in text else ""
        return f"{before}{chosen}, "

    def splitPath(self, path: str) -> list[str]:  # noqa: N802
        return [path.rsplit(",", 1)[-1].strip()]


class EditorView(QWidget):
    """Edits one note at a time; the main window decides what to open and where to go next."""

    saved = Signal(object)  # Entry
    deleted = Signal(object)  # the Entry as it was, for undo
    closed = Signal()
    #: The entry now shown (None: a new note, or emptied), for notes about it (sync).
    entry_shown = Signal(object)

    def __init__(self, parent: QWidget | None = None, clock: Clock = system_clock) -> None:
        super().__init__(parent)
        self.ui = Ui_EditorView()
        self.ui.setupUi(self)
        centre_in_column(self)
        self.ui.preview.setDocument(InertDocument(self.ui.preview))  # never loads a file
        self._clock = clock
        self._journal: Journal | None = None
        self._entry: Entry | None = None
        self._dirty = False
        self._draft_problem_shown = False
        self._loading = False
        self._draft_kept = True
        self._draft_announced = False
        now = clock()
        self._shown_when: tuple[datetime, QDateTime] = (now, to_qdatetime(now))
        self._completer = TagCompleter(self.ui.tags)
        self.ui.tags.setCompleter(self._completer)
        self.ui.when.setDisplayFormat(translate("Editor", "d MMM yyyy, HH:mm"))
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_draft)
        for signal in (
            self.ui.title.textChanged,
            self.ui.body.textChanged,
            self.ui.tags.textChanged,
            self.ui.when.dateTimeChanged,
        ):
            signal.connect(self._on_changed)
        self.ui.body.textChanged.connect(self._update_word_count)
        self.ui.bodyTabs.currentChanged.connect(self._on_tab_changed)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.closeButton.clicked.connect(self.close_editor)
        self.ui.deleteButton.clicked.connect(self.delete_entry)

    # -- what is open ----------------------------------------------------------------------

    def attach(self, journal: Journal | None) -> None:
        """Use this journal (None when locked: the editor is then emptied by the caller)."""
        self._journal = journal
        tags = [name for name, _count in journal.entries.tags()] if journal is not None else []
        self._completer.set_tags(tags)  # no tag names stay behind a lock

    @property
    def entry(self) -> Entry | None:
        return self._entry

    def is_dirty(self) -> bool:
        return self._dirty

    def draft_is_kept(self) -> bool:
        """True when every change so far is in the saved draft (or saved as an entry)."""
        return self._draft_kept

    def new_note(self, written_at: datetime | None = None) -> None:
        self._show(NoteDraft(None, "", "", "", written_at or self._clock()), entry=None)
        self.ui.body.setFocus()

    def edit(self, entry: Entry) -> None:
        draft = NoteDraft(entry.id, entry.title, entry.body, ", ".join(entry.tags), entry.created)
        self._show(draft, entry=entry)
        self.ui.body.setFocus()

    def resume(self, draft: NoteDraft, entry: Entry | None) -> None:
        """Bring back words from an unsaved draft; they count as changed until saved."""
        self._show(draft, entry=entry)
        self._dirty = True
        self._set_state(
            translate("Editor", "Brought back from your draft — not saved yet."), say=True
        )

    def current_draft(self) -> NoteDraft:
        shown_moment, shown_value = self._shown_when
        if self.ui.when.dateTime() == shown_value:
            local = shown_moment
        else:
            chosen = self.ui.when.dateTime().toPython()
            assert isinstance(chosen, datetime)
            local = with_zone_like(chosen, shown_moment)
        return NoteDraft(
            entry_id=self._entry.id if self._entry else None,
            title=self.ui.title.text(),
            body=self.ui.body.toPlainText(),
            tags_text=self.ui.tags.text(),
            written_at=local,
            kind=self._entry.kind if self._entry else NOTE_KIND,
        )

    def _show(self, draft: NoteDraft, *, entry: Entry | None) -> None:
        self._loading = True
        try:
            self._entry = entry
            self.ui.title.setText(draft.title)
            self.ui.body.setPlainText(draft.body)
            self.ui.tags.setText(draft.tags_text)
            self._shown_when = (draft.written_at, to_qdatetime(draft.written_at))
            self.ui.when.setDateTime(self._shown_when[1])
            self.ui.bodyTabs.setCurrentIndex(0)
            self.ui.deleteButton.setEnabled(entry is not None)
        finally:
            self._loading = False
        self._dirty = False
        self._draft_problem_shown = False
        self._draft_announced = False
        self._update_word_count()
        self._set_state(translate("Editor", "Saved") if entry is not None else "")
        self.entry_shown.emit(entry)

    def clear(self) -> None:
        """Empty every field (before locking): no journal words stay in the widgets."""
        self._autosave.stop()
        self._loading = True
        try:
            for field in (self.ui.title, self.ui.tags):
                field.setText("")  # unlike clear(), also empties the undo history
            self.ui.body.clear()
            self.ui.preview.clear()
        finally:
            self._loading = False
        self._entry = None
        self._dirty = False
        self._set_state("")
        self.entry_shown.emit(None)

    # -- saving ----------------------------------------------------------------------------

    def _on_changed(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self._draft_kept = False
        self._set_state(translate("Editor", "Not saved yet — kept as a draft as you write."))
        if not self._autosave.isActive():
            self._autosave.start()

    def save_draft(self) -> bool:
        """Keep the words inside the encrypted journal; true when there is nothing at risk."""
        self._autosave.stop()
        if not self._dirty or self._journal is None:
            return True
        try:
            self._journal.drafts.save(EDITOR_SLOT, self.current_draft().to_payload())
        except Exception as error:
            if not self._draft_problem_shown:
                self._draft_problem_shown = True
                show_problem(self, error, writing_kept=False)
            self._set_state(
                translate(
                    "Editor",
                    "Your words are still here, but the draft couldn't be kept just now.",
                ),
                say=True,
            )
            return False
        self._draft_problem_shown = False
        self._draft_kept = True
        # Spoken once while writing: a pause every few seconds is not news each time.
        self._set_state(
            translate("Editor", "Draft kept — press Save when you're ready."),
            say=not self._draft_announced,
        )
        self._draft_announced = True
        return True

    def save(self) -> Entry | None:
        if self._journal is None:
            return None
        draft = self.current_draft()
        if not draft.has_words() and self._entry is None:
            self._set_state(translate("Editor", "There's nothing to save yet."), say=True)
            return None
        self._autosave.stop()
        title, tags = draft.title.strip(), split_tags(draft.tags_text)
        when, day = draft.written_at, draft.written_at.date()
        try:
            if self._entry is None:
                entry = self._journal.entries.create(
                    title=title, body=draft.body, tags=tags, written_at=when, day=day
                )
            else:
                entry = self._journal.entries.update(
                    self._entry.id,
                    title=title,
                    body=draft.body,
                    tags=tags,
                    written_at=when,
                    day=day,
                )
            self._journal.drafts.discard(EDITOR_SLOT)
        except Exception as error:
            self._draft_problem_shown = True  # one calm message, not two
            self.save_draft()
            show_problem(self, error, writing_kept=True)
            return None
        self._entry = entry
        self._dirty = False
        self.ui.deleteButton.setEnabled(True)
        self._completer.set_tags([name for name, _ in self._journal.entries.tags()])
        self._draft_announced = False
        self._set_state(translate("Editor", "Saved"), say=True)
        self.saved.emit(entry)
        return entry

    def close_editor(self) -> None:
        """Leave the editor; unsaved words are never dropped without asking."""
        if self._dirty and self.current_draft().has_words():
            answer = self._ask_unsaved()
            if answer == QMessageBox.StandardButton.Save:
                if self.save() is None:
                    return
            elif answer == QMessageBox.StandardButton.Discard:
                self._discard_draft()
            elif answer == QMessageBox.StandardButton.Cancel:
                return
            else:  # keep as draft
                self.save_draft()
        elif self._dirty:
            self._discard_draft()
        self.clear()
        self.closed.emit()

    def _ask_unsaved(self) -> QMessageBox.StandardButton:
        box = QMessageBox(self)
        box.setObjectName("unsavedDialog")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("Editor", "Unsaved words"))
        box.setText(translate("Editor", "You have words that aren't saved yet."))
        box.setInformativeText(
            translate(
                "Editor",
                "Save them, keep them as a draft for later, or let them go?",
            )
        )
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        keep = box.addButton(
            translate("Editor", "Keep as draft"), QMessageBox.ButtonRole.AcceptRole
        )
        box.button(QMessageBox.StandardButton.Discard).setText(translate("Editor", "Let them go"))
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = QMessageBox.StandardButton(box.exec())
        return QMessageBox.StandardButton.NoButton if box.clickedButton() is keep else answer

    def _discard_draft(self) -> None:
        if self._journal is None:
            return
        try:
            self._journal.drafts.discard(EDITOR_SLOT)
        except Exception as error:
            show_problem(self, error)

    def delete_entry(self) -> None:
        if self._journal is None or self._entry is None:
            return
        box = QMessageBox(self)
        box.setObjectName("deleteDialog")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("Editor", "Delete this entry?"))
        box.setText(translate("Editor", "Delete this entry?"))
        box.setInformativeText(translate("Editor", "You can undo this right after (Ctrl+Shift+Z)."))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(translate("Editor", "Delete"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        try:
            removed = self._journal.entries.delete(self._entry.id)
            self._journal.drafts.discard(EDITOR_SLOT)
        except Exception as error:
            show_problem(self, error)
            return
        self.clear()
        self.deleted.emit(removed)

    # -- small things ----------------------------------------------------------------------

    def _set_state(self, text: str, *, say: bool = False) -> None:
        """Show where the words are; ``say``: a change worth speaking to a screen reader."""
        self.ui.saveState.setText(text)
        if say and text:
            announce(self.ui.saveState, text)

    def _update_word_count(self) -> None:
        self.ui.wordCount.setText(word_count_text(words_in(self.ui.body.toPlainText())))

    def _on_tab_changed(self, index: int) -> None:
        if index == 1:
            show_preview(self.ui.preview, self.ui.body.toPlainText())
