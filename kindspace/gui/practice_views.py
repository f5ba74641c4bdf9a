"""Puts the practice into the main window: exercises, the entry reader, Learn, Support, About.

The main window knows nothing about exercises; this module adds the views, fills the Today
list and the entry kinds from the exercise catalog (so a new content file shows up without
code changes), and follows the journal: it loads what it needs when the journal opens and
keeps the exercise in progress as a draft, then forgets every word, when it closes.

Why the exercise, Learn and Support views are built on first use: a start shows the
calendar and Today, and most sessions never open them; importing and building them (with
their grounding panels and breathing guides) used to be part of every start's wait.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut

from kindspace.errors import KindspaceError
from kindspace.gui.about_dialog import AboutDialog
from kindspace.gui.announce import show_status
from kindspace.gui.main_window import READER, MainWindow
from kindspace.gui.own_exercise_editing import OwnExerciseEditing
from kindspace.gui.problems import show_problem
from kindspace.gui.today_practice import TodayPractice
from kindspace.gui.words import QT_TRANSLATE_NOOP, translate
from kindspace.journal.journal import Journal
from kindspace.journal.models import Entry
from kindspace.journal.own_exercises import is_own_id
from kindspace.practice.definitions import ExerciseCatalog, load_exercises
from kindspace.practice.own_exercises import with_own_exercises
from kindspace.practice.session import ExerciseSession
from kindspace.practice.support import SupportContact

if TYPE_CHECKING:
    from kindspace.gui.entry_reader import EntryReader
    from kindspace.gui.exercise_view import ExerciseView
    from kindspace.gui.learn_view import LearnView
    from kindspace.gui.support_view import SupportView

EXERCISE, LEARN, SUPPORT = "exercise", "learn", "support"
STATUS_MS = 8000
UNAVAILABLE = QT_TRANSLATE_NOOP(
    "PracticeViews",
    "This exercise isn't part of this version of kindspace.",
)
SOME_LEFT_OUT = QT_TRANSLATE_NOOP(
    "PracticeViews",
    "One or more exercises couldn't be read and are left out for now.",
)


class Practice(QObject):
    """Owns the practice views of one main window (returned by :func:`install_practice`)."""

    #: The person saved their support contacts (the support view's own signal, passed on).
    contacts_saved = Signal(list)

    def __init__(self, window: MainWindow, catalog: ExerciseCatalog | None = None) -> None:
        super().__init__(window)
        self.window = window
        #: The shipped exercises; ``catalog`` adds the person's own while the journal is open.
        self.shipped = catalog if catalog is not None else load_exercises(strict=False)
        self.catalog = self.shipped
        self._reader: EntryReader | None = None
        self._exercise_view: ExerciseView | None = None
        self._learn_view: LearnView | None = None
        self._support_view: SupportView | None = None
        self._locked_support: SupportView | None = None
        self._still = False
        #: The contacts the person chose to keep readable outside the journal (the app sets
        #: this; without it the locked page says where their contacts are).
        self.contacts_outside: Callable[[], list[SupportContact]] = list
        self.about: AboutDialog | None = None
        self._return_to_exercise = False
        self._last_exercise: str | None = None
        self._last_entry: str | None = None
        window.add_view_on_first_use(EXERCISE, lambda: self.exercise_view)
        window.add_view_on_first_use(READER, lambda: self.reader)
        window.add_view_on_first_use(LEARN, lambda: self.learn_view)
        window.add_view_on_first_use(SUPPORT, lambda: self.support_view)
        self._use_catalog(self.shipped)
        self.today = TodayPractice(window, lambda: self.catalog)
        self.own = OwnExerciseEditing(window, self)
        self._connect()

    def _connect(self) -> None:
        window, ui = self.window, self.window.ui
        window.exercise_requested.connect(self.start)
        window.support_requested.connect(self.show_support)
        window.about_requested.connect(self.show_about)
        window.journal_opened.connect(self._on_opened)
        window.journal_closing.connect(self._on_closing)
        ui.actionLearn.triggered.connect(self.show_learn)
        ui.actionStartExercise.triggered.connect(self.choose_exercise)
        ui.content.currentChanged.connect(self._on_view_changed)

    # -- the views, each built the first time it is needed -----------------------------------

    @property
    def reader(self) -> EntryReader:
        """Where an exercise entry is read back (built when the first one is opened)."""
        if self._reader is None:
            from kindspace.gui.entry_reader import EntryReader

            reader = EntryReader()
            reader.catalog = self.catalog
            reader.continue_requested.connect(self.continue_entry)
            reader.closed.connect(self.window.show_today)
            self._reader = reader
            self.window.add_view(READER, reader)
        return self._reader

    @property
    def exercise_view(self) -> ExerciseView:
        if self._exercise_view is None:
            from kindspace.gui.exercise_view import ExerciseView
            from kindspace.practice.grounding import load_grounding

            view = ExerciseView(load_grounding())
            view.saved.connect(self._on_saved)
            view.finished.connect(self._on_finished)
            view.left.connect(self._on_left)
            view.support_requested.connect(self.show_support)
            view.set_still(self._still)
            view.attach(self.window.journal, self.catalog)
            self._exercise_view = view
            self.window.add_view(EXERCISE, view)
        return self._exercise_view

    @property
    def learn_view(self) -> LearnView:
        if self._learn_view is None:
            from kindspace.gui.learn_view import LearnView
            from kindspace.practice.learn import load_articles

            view = LearnView(load_articles())
            view.exercise_requested.connect(self.start)
            view.support_requested.connect(self.show_support)
            view.closed.connect(self.window.show_today)
            self._learn_view = view
            self.window.add_view(LEARN, view)
        return self._learn_view

    @property
    def support_view(self) -> SupportView:
        if self._support_view is None:
            view = self._new_support_view(self._close_support)
            view.learn_requested.connect(self._show_article)
            view.exercise_requested.connect(self.start)
            view.contacts_saved.connect(self.contacts_saved)
            if self.window.journal is not None:
                view.attach(self.window.journal)
            self._support_view = view
            self.window.add_view(SUPPORT, view)
        return self._support_view

    @property
    def locked_support(self) -> SupportView:
        """Support while the journal is locked: no key needed (see show_support)."""
        if self._locked_support is None:
            view = self._new_support_view(self._close_locked_support)
            view.setObjectName("lockedSupport")
            self._locked_support = view
            self.window.ui.pages.addWidget(view)
        return self._locked_support

    def _new_support_view(self, close: Callable[[], None]) -> SupportView:
        from kindspace.gui.support_view import SupportView
        from kindspace.practice.grounding import load_grounding
        from kindspace.practice.support import load_support_page

        view = SupportView(load_support_page(), load_grounding())
        view.closed.connect(close)
        # Esc on the support page goes back where the person came from.
        escape = QShortcut(QKeySequence("Escape"), view)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(close)
        view.set_still(self._still)
        return view

    def _session(self) -> ExerciseSession | None:
        """The exercise in progress, if any (without building the view to ask)."""
        return self._exercise_view.session if self._exercise_view is not None else None

    # -- exercises -------------------------------------------------------------------------

    def start(self, exercise_id: str) -> None:
        """Open an exercise, continuing its draft if there is one."""
        journal = self.window.journal
        if journal is None:
            return
        exercise = self.catalog.get(exercise_id)
        if exercise is None:
            show_problem(self.window, KindspaceError(translate("PracticeViews", UNAVAILABLE)))
            return
        current = self.exercise_view.session
        if current is not None and current.exercise.id == exercise_id and current.entry_id is None:
            self.window.show_view(EXERCISE)
            return
        self.exercise_view.leave()
        session = ExerciseSession(exercise)
        self._begin(journal, session)

    def continue_entry(self, entry: Entry) -> None:
        """Reopen a saved exercise in the stepper (its own draft first, if one was left)."""
        journal = self.window.journal
        exercise = self.catalog.get(entry.kind)
        if journal is None or exercise is None:
            return
        self.exercise_view.leave()
        session = ExerciseSession.from_entry(exercise, entry)
        self._begin(journal, session)

    def _begin(self, journal: Journal, session: ExerciseSession) -> None:
        """Show ``session``, or the draft left for the same slot, which holds newer words."""
        try:
            draft = journal.drafts.load(session.draft_slot)
            if draft is not None:
                session = ExerciseSession.from_draft(self.catalog, draft)
        except Exception as error:
            show_problem(self.window, error)
            return
        self.exercise_view.begin(session, resumed=draft is not None)
        self.window.show_view(EXERCISE)

    def choose_exercise(self) -> None:
        if self.window.journal is None:
            return
        self.window.show_today()
        self.window.today_view.show_all_practices()
        self.window.today_view.ui.exercises.setFocus()

    def _on_saved(self, entry: Entry) -> None:
        self.window.select_day(entry.day)
        self.window.open_entry(entry.id)
        show_status(self.window, translate("PracticeViews", "Saved in your journal."), STATUS_MS)

    def _on_finished(self, entry: Entry) -> None:
        """Saved; the closing moment is on screen, and the calendar already shows the entry."""
        self.window.select_day(entry.day)
        show_status(self.window, translate("PracticeViews", "Saved in your journal."), STATUS_MS)

    def _on_left(self, message: str) -> None:
        self.window.show_today()
        if message:
            show_status(self.window, message, STATUS_MS)

    def _on_view_changed(self, _index: int) -> None:
        """Focus mode: the calendar and day list step aside while an exercise, Learn or
        support is on screen (support's numbers then get the whole width, whole and above the
        fold at 150%; Learn's titles and article sit side by side without wrapping every two
        words). Leaving the exercise for another view keeps its progress right away."""
        in_exercise = self.window.current_view() == EXERCISE
        self.window.ui.sidebar.setVisible(
            self.window.current_view() not in (EXERCISE, LEARN, SUPPORT)
        )
        if not in_exercise and self._exercise_view is not None and self._session() is not None:
            self._exercise_view.save_draft()

    # -- Learn, Support, About -------------------------------------------------------------

    def show_learn(self) -> None:
        self.window.show_view(LEARN)
        self.learn_view.focus_list()

    def _show_article(self, slug: str) -> None:
        self.learn_view.show_article(slug)
        self.show_learn()

    def show_support(self) -> None:
        """F1, Help, Today, the exercise, the tray, the lock screen: locked or not."""
        if self.window.journal is None:
            self.show_locked_support()
            return
        self._return_to_exercise = (
            self.window.current_view() == EXERCISE and self._session() is not None
        )
        if self._return_to_exercise:
            self.exercise_view.save_draft()
        close = self.support_view.ui.closeSupport
        close.setText(
            translate("PracticeViews", "&Back to the exercise")
            if self._return_to_exercise
            else translate("PracticeViews", "Back to &Today")
        )
        close.setAccessibleName(close.text().replace("&", ""))
        self.window.show_view(SUPPORT)
        self.support_view.show_main()

    def show_locked_support(self) -> None:
        try:
            people = self.contacts_outside()
        except Exception as error:
            show_problem(self.window, error)
            people = []
        view = self.locked_support
        view.show_locked(people)
        close = view.ui.closeSupport
        close.setText(translate("PracticeViews", "&Back to unlocking"))
        close.setAccessibleName(translate("PracticeViews", "Back to unlocking"))
        self.window.ui.pages.setCurrentWidget(view)
        view.show_main()

    def _close_locked_support(self) -> None:
        if self.locked_support.is_grounding():
            self.locked_support.show_main()
            return
        lock_view = self.window.lock_view
        if self.window.journal is None and lock_view is not None:
            self.window.ui.pages.setCurrentWidget(lock_view)
            focus = getattr(lock_view, "focus_field", None)
            if callable(focus):
                focus()

    def _close_support(self) -> None:
        if self.window.current_view() != SUPPORT:
            return
        if self.support_view.is_grounding():
            self.support_view.show_main()
            return
        if self._return_to_exercise and self._session() is not None:
            self.window.show_view(EXERCISE)
        else:
            self.window.show_today()

    def holds_the_person(self) -> bool:
        """True during an exercise or while support is open: auto-lock waits until then."""
        pages = self.window.ui.pages
        if self._locked_support is not None and pages.currentWidget() is self._locked_support:
            return True
        view = self.window.current_view()
        in_exercise = view == EXERCISE and self._session() is not None
        return pages.currentWidget() is self.window.ui.journalPage and (
            in_exercise or view == SUPPORT
        )

    def set_still(self, still: bool) -> None:
        """Breathing guides without motion (the person asked for less motion)."""
        self._still = still
        for view in (self._exercise_view, self._support_view, self._locked_support):
            if view is not None:
                view.set_still(still)

    def show_about(self) -> None:
        if self.about is None:
            self.about = AboutDialog(self.window)
        self.about.open()

    # -- the journal's life ----------------------------------------------------------------

    def _use_catalog(self, catalog: ExerciseCatalog) -> None:
        """Shipped and own exercises alike: in Today's list, the reader and the day list."""
        self.catalog = catalog
        if self._reader is not None:
            self._reader.catalog = catalog
        labels = self.window.kind_labels
        for kind in [kind for kind in labels if is_own_id(kind)]:
            del labels[kind]
        labels.update({ex.id: ex.title for ex in catalog.values()})
        self.window.today_view.set_exercises(
            [(ex.id, ex.title, f"{ex.summary} ({ex.duration_label})") for ex in catalog.values()]
        )

    def refresh_catalog(self) -> None:
        """Read the person's own exercises again (journal opened; one written or deleted)."""
        journal = self.window.journal
        try:
            own = journal.own_exercises.all() if journal is not None else []
        except Exception as error:
            show_problem(self.window, error)
            own = []
        self._use_catalog(with_own_exercises(self.shipped, own) if own else self.shipped)
        self.today.refresh()
        if self._exercise_view is not None:
            self._exercise_view.attach(journal, self.catalog)

    def _on_opened(self) -> None:
        journal = self.window.journal
        self.refresh_catalog()
        if self._support_view is not None:
            self._support_view.attach(journal)
        if self.catalog.problems:
            self.window.statusBar().showMessage(
                translate("PracticeViews", SOME_LEFT_OUT), STATUS_MS
            )
        view = self.window.current_view()
        if view == EXERCISE and self._last_exercise is not None:
            self.start(self._last_exercise)
        elif view == READER and self._last_entry is not None:
            self.window.open_entry(self._last_entry)
        elif view in (EXERCISE, READER):
            self.window.show_today()

    def _on_closing(self) -> None:
        session = self._session()
        self._last_exercise = session.exercise.id if session and not session.entry_id else None
        shown = self._reader.entry if self._reader is not None else None
        self._last_entry = shown.id if shown is not None else None
        if self._exercise_view is not None:
            self._exercise_view.leave()
            self._exercise_view.attach(None, self.catalog)
        self._use_catalog(self.shipped)  # own exercises' titles are the person's words
        if self._support_view is not None:
            self._support_view.attach(None)


def install_practice(window: MainWindow) -> Practice:
    """Add the practice views to ``window`` and wire them (one call from the controller)."""
    return Practice(window)
