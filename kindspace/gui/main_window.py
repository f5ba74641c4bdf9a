"""The window a person opens every day: calendar and day list, Today, editor, search, lock.

The window holds at most one open journal. Locking empties every view that showed journal
words and drops the journal (the key leaves memory with it); unlocking attaches a journal
again and returns to the view and day the person left. The title is always "kindspace".
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QByteArray, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QPushButton, QWidget

from kindspace import APP_NAME
from kindspace.clock import Clock, system_clock
from kindspace.gui.day_list import DayEntries, day_heading
from kindspace.gui.forms.ui_main_window import Ui_MainWindow
from kindspace.gui.note_editing import EDITOR as EDITOR
from kindspace.gui.note_editing import NoteEditing
from kindspace.gui.problems import show_problem
from kindspace.gui.search_feature import SEARCH as SEARCH
from kindspace.gui.search_feature import SearchFeature
from kindspace.gui.splitter_sizing import refit_on_text_size
from kindspace.gui.stack_sizing import size_to_current_page
from kindspace.gui.today import TodayView
from kindspace.gui.typography import SUBHEADING, scale_font
from kindspace.gui.view_stack import ViewStack
from kindspace.gui.window_dialogs import (
    practice_days_line,
    show_shortcuts,
)
from kindspace.gui.words import translate
from kindspace.journal.journal import Journal
from kindspace.journal.models import NOTE_KIND, Entry

if TYPE_CHECKING:
    from kindspace.gui.editor import EditorView
    from kindspace.gui.search_view import SearchView

TODAY, READER = "today", "reader"
STATUS_MS = 8000


class MainWindow(QMainWindow):
    lock_requested = Signal()
    settings_requested = Signal()
    quit_requested = Signal()
    exercise_requested = Signal(str)
    support_requested = Signal()
    about_requested = Signal()
    backup_requested = Signal()
    #: After a journal is attached (unlock) and before it is handed back (lock, quit), so
    #: other features can load from it or forget what they showed.
    journal_opened = Signal()
    journal_closing = Signal()

    def __init__(self, clock: Clock = system_clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowTitle(APP_NAME)
        # Only the view in front decides the window's smallest size, not every view opened.
        size_to_current_page(self.ui.content)
        size_to_current_page(self.ui.pages)
        self._clock = clock
        self.journal: Journal | None = None
        self.kind_labels: dict[str, str] = {}
        self._stack = ViewStack(self.ui.content, TODAY)
        self._last_deleted: Entry | None = None
        self.today_view = TodayView()
        self.add_view(TODAY, self.today_view)
        # The editor is built when the first note is written or opened (Today is in front).
        self.notes = NoteEditing(self)
        self.search = SearchFeature(self)  # built the first time it is opened
        self.day_entries = DayEntries(self.ui.dayEntries, self.open_entry)
        self.lock_view: QWidget | None = None
        scale_font(self.ui.dayHeading, SUBHEADING, bold=True)
        self._undo_button = QPushButton(translate("MainWindow", "Undo"))
        self._undo_button.setAccessibleName(translate("MainWindow", "Undo delete"))
        self._undo_button.setVisible(False)
        self._undo_button.clicked.connect(self.undo_delete)
        self.ui.statusbar.addPermanentWidget(self._undo_button)
        self._connect()
        self.ui.calendar.set_today(self._today())
        self.ui.splitter.setStretchFactor(1, 1)
        refit_on_text_size(self.ui.splitter)

    def _connect(self) -> None:
        ui = self.ui
        ui.actionToday.triggered.connect(self.show_today)
        ui.actionNewNote.triggered.connect(self.new_note)
        ui.actionFind.triggered.connect(self.search.show)
        ui.actionLock.triggered.connect(self.lock_requested.emit)
        ui.actionQuit.triggered.connect(self.quit_requested.emit)
        ui.actionUndoDelete.triggered.connect(self.undo_delete)
        ui.actionSettings.triggered.connect(self.settings_requested.emit)
        ui.actionBackUpNow.triggered.connect(self.backup_requested.emit)
        ui.actionPreviousDay.triggered.connect(lambda: self._step_day(-1))
        ui.actionNextDay.triggered.connect(lambda: self._step_day(1))
        ui.actionGoToToday.triggered.connect(lambda: self.select_day(self._today()))
        ui.actionSupport.triggered.connect(self.support_requested.emit)
        ui.actionAbout.triggered.connect(self.about_requested.emit)
        ui.actionShortcuts.triggered.connect(self.show_shortcuts)
        ui.calendar.day_chosen.connect(self._on_day_chosen)
        ui.calendar.day_activated.connect(lambda _day: ui.dayEntries.setFocus())
        ui.calendar.month_shown.connect(self._on_month_shown)
        self.today_view.write_note.connect(self.new_note)
        self.today_view.open_entry.connect(self.open_entry)
        self.today_view.start_exercise.connect(self.exercise_requested.emit)
        self.today_view.insights_requested.connect(self.ui.actionInsights.trigger)
        self.today_view.support_requested.connect(self.support_requested.emit)
        self.notes.saved.connect(self._on_saved)
        self.notes.deleted.connect(self._on_deleted)
        self.notes.closed.connect(self.show_today)

    # -- views -----------------------------------------------------------------------------

    @property
    def editor(self) -> EditorView:
        """The note editor, built now if this is its first use."""
        return self.notes.ensure()

    def editor_if_built(self) -> EditorView | None:
        """The editor only if it exists (for those who look at it without opening it)."""
        return self.notes.editor

    @property
    def search_view(self) -> SearchView:
        """The search view, built now if this is its first use."""
        return self.search.ensure()

    def when_search_view_built(self, connect: Callable[[SearchView], object]) -> None:
        """Let another feature connect to the search view once it exists (or now, if it does)."""
        self.when_view_built(SEARCH, lambda view: connect(cast("SearchView", view)))

    @property
    def clock(self) -> Clock:
        return self._clock

    def add_view(self, name: str, view: QWidget) -> None:
        """Other features (search, exercises) put their views into the main area."""
        self._stack.add(name, view)

    def add_view_on_first_use(self, name: str, build: Callable[[], QWidget]) -> None:
        """A view that ``build`` makes (and adds with ``add_view``) when first shown, so
        views most sessions never open cost nothing at start."""
        self._stack.add_on_first_use(name, build)

    def when_view_built(self, name: str, connect: Callable[[QWidget], object]) -> None:
        """Call ``connect`` with the view ``name`` once it is built (at once, if it is), so a
        feature that adds to a view (a note, a signal) never builds it at start."""
        self._stack.when_built(name, connect)

    def view(self, name: str) -> QWidget | None:
        """The view called ``name``, built now if it was waiting for its first use."""
        return self._stack.get(name)

    def views(self) -> dict[str, QWidget]:
        """The views built so far."""
        return self._stack.built()

    def current_view(self) -> str:
        return self._stack.current()

    def show_view(self, name: str) -> None:
        self._stack.show(name)

    def set_lock_view(self, view: QWidget) -> None:
        self.lock_view = view
        self.ui.pages.addWidget(view)

    def is_locked(self) -> bool:
        return self.journal is None

    # -- journal -------------------------------------------------------------------------

    def attach(self, journal: Journal, state: Mapping[str, Any] | None = None) -> None:
        """Show an unlocked journal, returning to ``state`` (from ``view_state``) if given.

        The window and the journal must read one clock: with two, an exercise finished at
        20:30 on the window's day could be saved on another day, and the calendar would not
        find it.
        """
        if journal.clock is not self._clock:
            raise ValueError("the window and its journal must share one clock")
        self.journal = journal
        self.notes.attach(journal)
        for action in self._journal_actions():
            action.setEnabled(True)
        self.ui.pages.setCurrentWidget(self.ui.journalPage)
        state = state or {}
        day = _parse_day(state.get("day")) or self._today()
        self.ui.calendar.set_today(self._today())
        self.ui.calendar.show_day(day)
        self._on_month_shown(day.year, day.month)
        self._on_day_chosen(day)
        self.refresh_today()
        view = state.get("view", TODAY)
        draft = self.notes.saved_draft()
        if view == EDITOR and draft is not None:
            self.notes.resume(draft)
        elif view == EDITOR and isinstance(state.get("entry"), str):
            self.open_entry(state["entry"])
        elif self._stack.knows(view) and view != EDITOR:
            self.show_view(view)
        else:
            self.show_today()
        self.journal_opened.emit()

    def view_state(self) -> dict[str, Any]:
        state: dict[str, Any] = {
            "view": self.current_view(),
            "day": self.ui.calendar.selected_day().isoformat(),
        }
        entry_id = self.notes.entry_id()
        if entry_id is not None:
            state["entry"] = entry_id
        return state

    def detach(self) -> Journal | None:
        """Empty every view of journal words and hand the journal back (to close it)."""
        self.notes.save_draft()
        if self.journal is not None:
            self.journal_closing.emit()
        journal, self.journal = self.journal, None
        self.notes.forget()
        self.today_view.clear()
        self.day_entries.clear()
        self.ui.calendar.set_counts({})
        self.ui.dayHeading.setText("")
        self.ui.practiceDays.clear()
        self._last_deleted = None
        self._undo_button.setVisible(False)
        self.ui.statusbar.clearMessage()
        for view in self.views().values():
            clear = getattr(view, "clear", None)
            if callable(clear):
                clear()
        for action in self._journal_actions():
            action.setEnabled(False)
        if self.lock_view is not None:
            self.ui.pages.setCurrentWidget(self.lock_view)
        return journal

    def _journal_actions(self) -> list[Any]:
        ui = self.ui
        return [
            ui.actionToday, ui.actionNewNote, ui.actionFind, ui.actionSave, ui.actionDelete,
            ui.actionUndoDelete, ui.actionSettings, ui.actionBackUpNow, ui.actionPreviousDay,
            ui.actionNextDay, ui.actionGoToToday, ui.actionLock, ui.actionImport,
            ui.actionExport, ui.actionInsights, ui.actionTags, ui.actionRecentlyDeleted,
        ]  # fmt: skip

    def offer_draft(self) -> None:
        """At start: words that were never saved (a crash, a power cut) are offered back."""
        self.notes.offer_draft()

    # -- actions ---------------------------------------------------------------------------

    def show_today(self) -> None:
        self.refresh_today()
        self.show_view(TODAY)

    def refresh_today(self) -> None:
        if self.journal is None:
            return
        now = self._clock()
        self.today_view.set_now(now)
        try:
            self.today_view.set_on_this_day(self.journal.entries.on_this_day(now.date()))
        except Exception as error:
            show_problem(self, error)

    def new_note(self) -> None:
        if self.journal is None or not self.notes.leave():
            return
        day = self.ui.calendar.selected_day()
        now = self._clock()
        when = (
            now if day == now.date() else now.replace(year=day.year, month=day.month, day=day.day)
        )
        self.editor.new_note(when)
        self.show_view(EDITOR)

    def open_entry(self, entry_id: str) -> None:
        if self.journal is None or not self.notes.leave():
            return
        entry = self._find(entry_id)
        if entry is None:
            return
        if self.ui.calendar.selected_day() != entry.day:
            self.select_day(entry.day)
        self.day_entries.select(entry.id)
        reader = self.view(READER)
        if entry.kind != NOTE_KIND and reader is not None and hasattr(reader, "show_entry"):
            reader.show_entry(entry)
            self.show_view(READER)
            return
        self.editor.edit(entry)
        self.show_view(EDITOR)

    def show_search(self) -> None:
        self.search.show()

    def select_day(self, day: date) -> None:
        self.ui.calendar.show_day(day)
        self._on_day_chosen(day)

    def undo_delete(self) -> None:
        if self.journal is None or self._last_deleted is None:
            return
        entry, self._last_deleted = self._last_deleted, None
        try:
            self.journal.entries.restore(entry)
        except Exception as error:
            show_problem(self, error)
            return
        self._undo_button.setVisible(False)
        self.ui.statusbar.showMessage(translate("MainWindow", "The entry is back."), STATUS_MS)
        self._refresh_day_and_month(entry.day)

    def show_shortcuts(self) -> None:
        show_shortcuts(self)

    # -- reacting --------------------------------------------------------------------------

    def _find(self, entry_id: str) -> Entry | None:
        assert self.journal is not None
        try:
            return self.journal.entries.get(entry_id)
        except Exception as error:
            show_problem(self, error)
            return None

    def _on_day_chosen(self, day: date) -> None:
        if self.journal is None:
            return
        try:
            entries = self.journal.entries.on_day(day)
        except Exception as error:
            show_problem(self, error)
            return
        self.ui.dayHeading.setText(day_heading(day, self._today(), len(entries)))
        self.day_entries.show(entries, self.kind_labels)

    def _on_month_shown(self, year: int, month: int) -> None:
        if self.journal is None:
            return
        first = date(year, month, 1)
        last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        try:
            self.ui.calendar.set_counts(self.journal.entries.month_counts(year, month))
            days = len(self.journal.entries.practice_days(first, last))
        except Exception as error:
            show_problem(self, error)
            return
        self.ui.practiceDays.setText(practice_days_line(days))
        if (year, month) == (self._today().year, self._today().month):
            self.today_view.set_practice_days(days)

    def refresh_journal(self) -> None:
        """After many entries changed at once (an import): every view that shows the journal
        reads it again, the day and month shown stay where they were."""
        if self.journal is None:
            return
        self._refresh_day_and_month(self.ui.calendar.selected_day())
        self.refresh_today()
        self.search.refresh()

    def _refresh_day_and_month(self, day: date) -> None:
        shown = self.ui.calendar
        self._on_month_shown(shown.yearShown(), shown.monthShown())
        self._on_day_chosen(shown.selected_day())
        del day

    def _on_saved(self, entry: Entry) -> None:
        self.ui.statusbar.showMessage(translate("MainWindow", "Saved."), STATUS_MS)
        self.search.refresh()
        if self.ui.calendar.selected_day() != entry.day:
            self.select_day(entry.day)
        self._refresh_day_and_month(entry.day)
        self.day_entries.select(entry.id)

    def _on_deleted(self, entry: Entry) -> None:
        self._last_deleted = entry
        self.ui.statusbar.showMessage(translate("MainWindow", "The entry was deleted."), STATUS_MS)
        self._undo_button.setVisible(True)
        self._refresh_day_and_month(entry.day)
        self.show_today()

    def _step_day(self, step: int) -> None:
        self.select_day(self.ui.calendar.selected_day() + timedelta(days=step))

    def _today(self) -> date:
        return self._clock().date()

    def restore_geometry(self, geometry: str, state: str) -> None:
        """The window as the person left it; on a first start, its default size within the
        screen (the default is wider and taller than a 1024×600 laptop screen)."""
        if geometry:
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode()))
        else:
            room = self.screen().availableGeometry()
            self.resize(min(self.width(), room.width()), min(self.height(), room.height()))
        if state:
            self.restoreState(QByteArray.fromBase64(state.encode()))

    def geometry_texts(self) -> tuple[str, str]:
        return (
            bytes(self.saveGeometry().toBase64().data()).decode(),
            bytes(self.saveState().toBase64().data()).decode(),
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        """Closing hides into the tray while one exists (reminders keep running), else quits.

        ``hide_into_tray`` is set by :mod:`kindspace.gui.tray`; it returns False without a tray.
        """
        self.notes.save_draft()
        event.ignore()
        hide_into_tray = getattr(self, "hide_into_tray", None)
        if callable(hide_into_tray) and hide_into_tray():
            return
        self.quit_requested.emit()


def _parse_day(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None
