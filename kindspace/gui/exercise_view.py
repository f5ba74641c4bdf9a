"""The one stepper that shows every exercise, one step at a time.

It draws what the session describes (title, prompt, help, examples, the input for the
step's kind) and keeps what is written safe: a draft a couple of seconds after each change
and whenever the person leaves. "This feels like too much" (Alt+M, the first Tab stop after
the step's fields) and Support are always on screen. "Too much" grounds first: a breathing
guide and grounding steps, with focus on "I'm OK to go on"; what to do with the writing is
asked only if the person stops, and "keep it for later" comes first. Esc leaves from
anywhere with the words kept as a draft.

Focus mode: the window sets the calendar aside while this view shows, and the step sits in a
centred column of readable width. Step 1 opens with what is coming and how long it takes; a
thin bar shows how far along the person is; finishing saves at once (nothing waits on a
click) and then gives a quiet closing moment with the sentence they kept, before the app
moves on.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QWidget

from kindspace.gui.announce import announce
from kindspace.gui.earlier_words import earlier_words
from kindspace.gui.exercise_focus import ClosingMoment, fit_column, keep_buttons_whole
from kindspace.gui.exercise_grounding import GroundingSteps
from kindspace.gui.exercise_steps import StepInput
from kindspace.gui.forms.ui_exercise_stepper import Ui_ExerciseStepper
from kindspace.gui.grounding_panel import GroundingPanel
from kindspace.gui.problems import show_problem
from kindspace.gui.typography import HEADING, SUBHEADING, quiet, reading, scale_font
from kindspace.gui.words import QT_TRANSLATE_NOOP, translate
from kindspace.journal.journal import Journal
from kindspace.journal.models import Entry
from kindspace.practice.definitions import ExerciseCatalog, StepKind
from kindspace.practice.focus import opening_line
from kindspace.practice.grounding import Grounding, TooMuchChoice
from kindspace.practice.session import ExerciseSession

AUTOSAVE_MS = 2000
RESUMED = QT_TRANSLATE_NOOP("ExerciseView", "Welcome back. Here is where you left off.")
KEPT_FOR_LATER = QT_TRANSLATE_NOOP(
    "ExerciseView",
    "Kept for later. You can continue it from Today whenever you like.",
)
KEPT_AS_DRAFT = QT_TRANSLATE_NOOP(
    "ExerciseView",
    "Your words are kept as a draft. You can continue from Today whenever you like.",
)
NOTHING_TO_KEEP = QT_TRANSLATE_NOOP(
    "ExerciseView",
    "Stopped. Nothing was written yet, so there was nothing to keep.",
)


class ExerciseView(GroundingSteps):
    #: The exercise was finished and saved; the closing moment is on screen.
    finished = Signal(object)  # Entry

    def __init__(self, grounding: Grounding, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ExerciseStepper()
        self.ui.setupUi(self)
        self.grounding = grounding
        self.journal: Journal | None = None
        self.catalog: ExerciseCatalog | None = None
        self.session: ExerciseSession | None = None
        self.step_input: StepInput | None = None
        self._choice_buttons: list[QPushButton] = []
        self.grounding_panel = GroundingPanel(grounding)
        self.ui.groundingPanelLayout.addWidget(self.grounding_panel)
        self.ui.supportNote.setText(grounding.support_note)
        self.ui.groundingQuestion.setText(grounding.question)
        self.ui.leaveBox.setVisible(False)
        for button in (self.ui.goOn, self.ui.openSupport, self.ui.stopForNow):
            button.setAutoDefault(True)  # Enter presses the focused one, as Space does
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_draft)
        scale_font(self.ui.exerciseTitle, HEADING, bold=True)
        scale_font(self.ui.stepTitle, SUBHEADING, bold=True)
        reading(self.ui.prompt)
        for label in (self.ui.help, self.ui.examples, self.ui.intensityHelp, self.ui.stepCounter):
            quiet(label)
        for label in (self.ui.stepCounter, self.ui.opening):
            quiet(label)
        self.closing = ClosingMoment(self.ui, self)
        fit_column(self, self.ui)
        keep_buttons_whole(self.ui)
        self._connect()

    def _connect(self) -> None:
        ui = self.ui
        ui.next.clicked.connect(self.go_next)
        ui.back.clicked.connect(self.go_back)
        ui.saveForLater.clicked.connect(self.save_for_later)
        ui.tooMuch.clicked.connect(self.show_grounding)
        ui.supportButton.clicked.connect(self.support_requested.emit)
        ui.intensity.valueChanged.connect(lambda _value: self._on_changed())
        ui.goOn.clicked.connect(lambda: self.settle(TooMuchChoice.BACK))
        ui.openSupport.clicked.connect(self.support_requested.emit)
        ui.stopForNow.clicked.connect(self.ask_before_leaving)
        ui.supportNote.linkActivated.connect(lambda _link: self.support_requested.emit())
        self.closing.read.connect(self._read_saved)
        self.closing.done.connect(self._closed)
        for keys, slot in (
            (translate("ExerciseView", "Ctrl+Return"), self.go_next),
            (translate("ExerciseView", "Ctrl+Enter"), self.go_next),
            (translate("ExerciseView", "Escape"), self.leave_safely),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.FontChange:
            fit_column(self, self.ui)
        super().changeEvent(event)

    def set_still(self, still: bool) -> None:
        """The breathing guide without motion (Settings, for people who asked for less)."""
        self.grounding_panel.set_still(still)

    def attach(self, journal: Journal | None, catalog: ExerciseCatalog) -> None:
        self.journal = journal
        self.catalog = catalog

    # -- starting --------------------------------------------------------------------------

    def begin(self, session: ExerciseSession, *, resumed: bool = False) -> None:
        self.session = session
        self.ui.notice.setText(translate("ExerciseView", RESUMED) if resumed else "")
        self.ui.notice.setVisible(resumed)
        self.ui.exerciseTitle.setText(session.exercise.title)
        self.ui.opening.setText(opening_line(session.exercise))
        self._leave_grounding()
        self._show_step()
        if resumed:
            announce(self.ui.notice, translate("ExerciseView", RESUMED))

    # -- the step --------------------------------------------------------------------------

    def _show_step(self) -> None:
        session = self.session
        if session is None:
            return
        self._drop_input()
        step = session.current_step
        ui = self.ui
        number, total = session.progress
        ui.stepCounter.setText(
            translate("ExerciseView", "Step {number} of {total}").format(number=number, total=total)
        )
        ui.progress.setMaximum(total)
        ui.progress.setValue(number)
        ui.opening.setVisible(session.is_first)
        ui.stepTitle.setText(step.title)
        ui.prompt.setText(step.prompt)
        ui.help.setText(step.help)
        ui.examples.setText(_examples(step.examples))
        ui.examples.setVisible(bool(step.examples))
        self._show_earlier()
        self.step_input = StepInput(step, self._on_changed, self.go_next)
        ui.inputLayout.addWidget(self.step_input)
        self.step_input.set_value(session.answer(step.id))
        if self.step_input.tags is not None:
            self.step_input.tags.setText(", ".join(session.tags))
        if self.step_input.reminder is not None:
            self.step_input.reminder.setChecked(session.reread_reminder)
        self._show_intensity()
        ui.back.setEnabled(not session.is_first)
        # Alt+I, because Alt+F opens the File menu.
        ui.next.setText(
            translate("ExerciseView", "F&inish and save")
            if session.is_last
            else translate("ExerciseView", "&Next")
        )
        ui.next.setAccessibleName(
            translate("ExerciseView", "Finish and save")
            if session.is_last
            else translate("ExerciseView", "Next")
        )
        self._set_tab_order()
        fit_column(self, ui)  # "Finish and save" on the last step is wider than "Next"
        focus = self.step_input.first or ui.next
        focus.setFocus()

    def _show_earlier(self) -> None:
        """What an earlier step said when this one builds on it (the letter to reread, the
        friend's words to say to yourself), and what was written last time to a similar critic."""
        assert self.session is not None
        try:
            shown = earlier_words(self.session, self.journal, self.catalog)
        except Exception as error:
            show_problem(self, error, writing_kept=True)
            shown = ""
        self.ui.earlier.setText(shown)
        self.ui.earlier.setVisible(bool(shown))

    def _show_intensity(self) -> None:
        session = self.session
        assert session is not None
        intensity = session.exercise.intensity
        before = session.is_first and not session.is_last
        after = session.current_step.kind is StepKind.TAKEAWAY
        visible = intensity is not None and (before or after)
        self.ui.intensityBox.setVisible(visible)
        if intensity is None or not visible:
            return
        self.ui.intensityQuestion.setText(
            translate("ExerciseView", "{question} (optional)").format(
                question=intensity.before if before else intensity.after
            )
        )
        self.ui.intensityHelp.setText(intensity.help)
        value = session.intensity_before if before else session.intensity_after
        self.ui.intensity.blockSignals(True)
        self.ui.intensity.setValue(-1 if value is None else value)
        self.ui.intensity.blockSignals(False)

    def _set_tab_order(self) -> None:
        ui = self.ui
        chain: list[QWidget] = []
        if self.step_input is not None:
            chain += self.step_input.tab_chain()
        # As on screen: the step's fields, then the buttons from left to right, with
        # "too much" first so it is always one Tab away from the words.
        chain += [ui.intensity, ui.tooMuch, ui.supportButton, ui.saveForLater, ui.back, ui.next]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _drop_input(self) -> None:
        old, self.step_input = self.step_input, None
        if old is not None:
            old.forget()
            old.setParent(None)
            old.deleteLater()

    # -- answers ---------------------------------------------------------------------------

    def _on_changed(self) -> None:
        if self.session is None or self.step_input is None:
            return
        self._store()
        self._autosave.start()

    def _store(self) -> None:
        """Hand what is on screen to the session (it is the one place answers live)."""
        session, step_input = self.session, self.step_input
        if session is None or step_input is None:
            return
        value = step_input.value()
        if value is not None:
            session.set_answer(step_input.step.id, value)
        if step_input.tags is not None:
            session.set_tags(step_input.tag_list())
        if step_input.reminder is not None:
            session.reread_reminder = step_input.reminder.isChecked()
        if self.ui.intensityBox.isVisibleTo(self):
            rating = self.ui.intensity.value()
            value_or_none = None if rating < 0 else rating
            if session.current_step.kind is StepKind.TAKEAWAY:
                session.set_intensity_after(value_or_none)
            else:
                session.set_intensity_before(value_or_none)

    # -- moving ----------------------------------------------------------------------------

    def go_next(self) -> None:
        if self.session is None or self.ui.pages.currentWidget() is not self.ui.stepPage:
            return
        self._store()
        if self.session.is_last:
            self.finish()
            return
        self.session.next()
        self.save_draft()
        self._show_step()

    def go_back(self) -> None:
        if self.session is None or self.session.is_first:
            return
        self._store()
        self.session.back()
        self._show_step()

    def finish(self) -> None:
        if self.session is None or self.journal is None:
            return
        self._store()
        try:
            entry = self.session.save(self.journal)
        except Exception as error:
            show_problem(self, error, writing_kept=True)
            return
        self._end()
        self._show_closing(entry)
        self.finished.emit(entry)

    # -- the closing moment ----------------------------------------------------------------

    def _show_closing(self, entry: Entry) -> None:
        """Saved already; now a quiet moment with the sentence kept, before moving on."""
        hide = [w for w in self._step_only_widgets() if w is not self.ui.supportButton]
        self.closing.show(entry, [*hide, self.ui.opening, self.ui.progress])

    def _read_saved(self, entry: Entry) -> None:
        self._leave_grounding()
        self.saved.emit(entry)

    def _closed(self) -> None:
        self._leave_grounding()
        self.left.emit("")

    def save_draft(self) -> bool:
        """Keep progress in the journal (encrypted); True when nothing is at risk."""
        self._autosave.stop()
        if self.session is None or self.journal is None:
            return True
        self._store()
        try:
            self.session.save_draft(self.journal)
        except Exception as error:
            show_problem(self, error, writing_kept=True)
            return False
        return True

    def save_for_later(self) -> None:
        if self.session is None:
            return
        if self.save_draft():
            self._end()
            self.left.emit(translate("ExerciseView", KEPT_FOR_LATER))

    def leave_safely(self) -> None:
        """Esc, from any step or from grounding: leave with every word kept as a draft."""
        session = self.session
        if session is None:
            self.closing.close()
            return
        self._store()
        if not self.save_draft():
            return  # the problem was shown; the words stay on screen
        blank = session.is_blank
        self._end()
        self.left.emit(
            translate("ExerciseView", NOTHING_TO_KEEP)
            if blank
            else translate("ExerciseView", KEPT_AS_DRAFT)
        )

    # -- ending ----------------------------------------------------------------------------

    def _end(self) -> None:
        """The exercise is over (saved, kept or let go): forget it on screen."""
        self._autosave.stop()
        self.session = None
        self._drop_input()
        self._leave_grounding()
        self.closing.forget()
        ui = self.ui
        # An own exercise's title and prompts are the person's words: nothing stays behind.
        for label in (ui.earlier, ui.notice, ui.exerciseTitle, ui.opening, ui.stepTitle):
            label.clear()
        for label in (ui.prompt, ui.help, ui.examples):
            label.clear()

    def leave(self) -> None:
        """Locking or quitting: keep the progress as a draft first."""
        self.save_draft()

    def clear(self) -> None:
        """Drop every word of the person's (called when locking)."""
        self._end()
        self.ui.intensity.setValue(-1)


def _examples(examples: tuple[str, ...]) -> str:
    if not examples:
        return ""
    quoted = translate("ExerciseView", "“{example}”", "an example in the language's quotes")
    return translate("ExerciseView", "For example:\n") + "\n".join(
        quoted.format(example=example) for example in examples
    )
