"""The stepper's "This feels like too much": ground first, decide later.

Kept apart from the stepper itself so each stays readable. Nothing is asked while grounding:
a breathing guide and grounding steps, with focus on "I'm OK to go on". What to do with the
writing is asked only when the person stops, and "keep it for later" comes first.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from kindspace.gui.announce import announce
from kindspace.gui.forms.ui_exercise_stepper import Ui_ExerciseStepper
from kindspace.gui.problems import show_problem
from kindspace.gui.words import QT_TRANSLATE_NOOP, translate
from kindspace.journal.journal import Journal
from kindspace.practice.grounding import Grounding, TooMuchChoice, settle
from kindspace.practice.session import ExerciseSession

PAUSED = QT_TRANSLATE_NOOP("ExerciseGrounding", "Paused. Your writing is kept.")
LET_GO = QT_TRANSLATE_NOOP("ExerciseGrounding", "Let go. Nothing from this exercise was saved.")
KEPT_LATER = QT_TRANSLATE_NOOP(
    "ExerciseGrounding",
    "Kept for later. It will be here whenever you want to come back.",
)


class GroundingSteps(QWidget):
    """The grounding page of the stepper; :class:`ExerciseView` adds the steps."""

    #: Show this saved entry (from the closing moment, or "save it as it is").
    saved = Signal(object)  # Entry
    #: The person left (kept for later or let go); the text says what happened to the writing.
    left = Signal(str)
    support_requested = Signal()

    ui: Ui_ExerciseStepper
    grounding: Grounding
    journal: Journal | None
    session: ExerciseSession | None
    _choice_buttons: list[QPushButton]

    # The stepper's own parts that grounding needs.
    def _store(self) -> None:
        raise NotImplementedError

    def save_draft(self) -> bool:
        raise NotImplementedError

    def _show_step(self) -> None:
        raise NotImplementedError

    def _end(self) -> None:
        raise NotImplementedError

    def leave_safely(self) -> None:
        raise NotImplementedError

    # -- too much --------------------------------------------------------------------------

    def show_grounding(self) -> None:
        """Ground first, decide later: nothing is asked here until the person stops."""
        if self.session is None:
            return
        self._store()
        self.save_draft()
        ui = self.ui
        self._clear_choices()
        ui.leaveBox.setVisible(False)
        ui.stopForNow.setVisible(True)
        for widget in self._step_only_widgets():
            widget.setVisible(False)
        ui.pages.setCurrentWidget(ui.groundingPage)
        ui.groundingScroll.verticalScrollBar().setValue(0)
        ui.goOn.setFocus(Qt.FocusReason.OtherFocusReason)
        announce(self, translate("ExerciseGrounding", PAUSED))

    def ask_before_leaving(self) -> None:
        """Stopping: only now ask what happens to the writing, keeping it for later first."""
        session = self.session
        if session is None:
            return
        choices = self.grounding.choices_for(session)
        if not choices:
            self.leave_safely()
            return
        ui = self.ui
        self._clear_choices()
        for choice, label in choices:
            button = QPushButton(label)
            button.setObjectName(f"choice_{choice.value}")
            button.setAccessibleName(label)
            button.setAutoDefault(True)
            button.clicked.connect(lambda _checked=False, c=choice: self.settle(c))
            ui.choicesLayout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            self._choice_buttons.append(button)
        chain: list[QWidget] = [ui.goOn, ui.openSupport, *self._choice_buttons]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        ui.stopForNow.setVisible(False)
        ui.leaveBox.setVisible(True)
        self._choice_buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)
        ui.groundingScroll.ensureWidgetVisible(ui.leaveBox)

    def settle(self, choice: TooMuchChoice) -> None:
        session, journal = self.session, self.journal
        if session is None or journal is None:
            return
        if choice is TooMuchChoice.BACK:
            self._leave_grounding()
            self._show_step()
            return
        self._store()
        try:
            entry = settle(session, choice, journal)
        except Exception as error:
            show_problem(self, error, writing_kept=True)
            return
        self._end()
        if entry is not None:
            self.saved.emit(entry)
        elif choice is TooMuchChoice.LATER:
            self.left.emit(translate("ExerciseGrounding", KEPT_LATER))
        else:
            self.left.emit(translate("ExerciseGrounding", LET_GO))

    def is_grounding(self) -> bool:
        return self.ui.pages.currentWidget() is self.ui.groundingPage

    def _step_only_widgets(self) -> list[QWidget]:
        ui = self.ui
        return [ui.next, ui.back, ui.saveForLater, ui.tooMuch, ui.supportButton, ui.stepCounter]

    def _clear_choices(self) -> None:
        for button in self._choice_buttons:
            button.setParent(None)
            button.deleteLater()
        self._choice_buttons = []

    def _leave_grounding(self) -> None:
        ui = self.ui
        for widget in (*self._step_only_widgets(), ui.progress):
            widget.setVisible(True)
        self._clear_choices()
        ui.leaveBox.setVisible(False)
        ui.pages.setCurrentWidget(ui.stepPage)
