"""Focus mode's parts of the stepper: a readable column and the closing moment.

Why a closing moment: an exercise can stir a lot, and jumping straight from the last step to
a saved entry feels abrupt. The entry is saved first (nothing waits on a click), then a quiet
page thanks the person and gives back the sentence they kept, with a way to read it or go
back to Today. It shows journal words, so ``forget`` empties it when the journal locks.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from kindspace.gui.dates import weekday_day_month
from kindspace.gui.forms.ui_exercise_stepper import Ui_ExerciseStepper
from kindspace.gui.typography import HEADING, SUBHEADING, quiet, scale_font
from kindspace.journal.models import Entry
from kindspace.practice.focus import CLOSING_TITLE, closing_words, saved_note

#: The column's width in average characters: 60–75 is comfortable to read.
READABLE_CHARACTERS = 80


def fit_column(view: QWidget, ui: Ui_ExerciseStepper) -> None:
    """A readable measure that grows with the text size (call again on a font change)."""
    margins = ui.stepperLayout.contentsMargins()
    text = view.fontMetrics().averageCharWidth() * READABLE_CHARACTERS
    # Never narrower than the buttons below the step, so none of them is ever cut.
    width = max(text, _buttons_width(ui))
    ui.focusColumn.setMaximumWidth(width + margins.left() + margins.right())


def _buttons_width(ui: Ui_ExerciseStepper) -> int:
    """The row's width from its buttons' own wishes, measured now: the row's cached wish lags
    behind a button whose words just changed ("Next" becoming "Finish and save")."""
    row = ui.buttonsRow
    items = [row.itemAt(index) for index in range(row.count())]
    buttons = [i.widget() for i in items if i is not None and i.widget() is not None]
    shown = [button for button in buttons if button is not None and not button.isHidden()]
    row_margins = row.contentsMargins()
    return (
        sum(button.sizeHint().width() for button in shown)
        + row.spacing() * max(len(shown) - 1, 0)
        + row_margins.left()
        + row_margins.right()
    )


#: Where the support button sits: after "Too much" below a step, and after "Back to Today"
#: (before the right-hand spacer) in the closing moment.
_SUPPORT_IN_STEP, _SUPPORT_IN_CLOSING = 1, 3


class ClosingMoment(QObject):
    #: The person wants to read the entry just saved.
    read = Signal(object)  # Entry
    #: The person is done (back to Today).
    done = Signal()

    def __init__(self, ui: Ui_ExerciseStepper, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.entry: Entry | None = None
        scale_font(ui.closingTitle, HEADING, bold=True)
        scale_font(ui.closingWords, SUBHEADING)
        quiet(ui.closingNote)
        ui.closingTitle.setText(CLOSING_TITLE)
        for button in (ui.readSaved, ui.closeExercise):
            button.setAutoDefault(True)  # Enter presses the focused one
        ui.readSaved.clicked.connect(self._read)
        ui.closeExercise.clicked.connect(self.close)

    def show(self, entry: Entry, hide: list[QWidget]) -> None:
        ui = self.ui
        self.entry = entry
        ui.closingWords.setText(closing_words(entry.body))
        ui.closingNote.setText(saved_note(weekday_day_month(entry.day)))
        for widget in hide:
            widget.setVisible(False)
        # Support joins the closing actions, centred with them, instead of standing alone
        # at the bottom left where the step's buttons were.
        ui.closingActions.insertWidget(_SUPPORT_IN_CLOSING, ui.supportButton)
        ui.pages.setCurrentWidget(ui.closingPage)
        QWidget.setTabOrder(ui.readSaved, ui.closeExercise)
        QWidget.setTabOrder(ui.closeExercise, ui.supportButton)
        ui.readSaved.setFocus(Qt.FocusReason.OtherFocusReason)

    def is_showing(self) -> bool:
        return self.ui.pages.currentWidget() is self.ui.closingPage

    def close(self) -> None:
        """Back to Today (the button, or Esc)."""
        if self.is_showing():
            self.forget()
            self.done.emit()

    def _read(self) -> None:
        entry = self.entry
        self.forget()
        if entry is not None:
            self.read.emit(entry)

    def forget(self) -> None:
        self.entry = None
        # Support goes back to its place among the step's buttons, for the next exercise.
        self.ui.buttonsRow.insertWidget(_SUPPORT_IN_STEP, self.ui.supportButton)
        self.ui.closingWords.clear()
        self.ui.closingNote.clear()
