"""Focus mode's parts of the stepper: a readable column and the closing moment.

Why a closing moment: an exercise can stir a lot, and jumping straight from the last step to
a saved entry feels abrupt. The entry is saved first (nothing waits on a click), then a quiet
page thanks the person and gives back the sentence they kept, with a way to read it or go
back to Today. It shows journal words, so ``forget`` empties it when the journal locks.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QWidget

from kindspace.gui.dates import weekday_day_month
from kindspace.gui.forms.ui_exercise_stepper import Ui_ExerciseStepper
from kindspace.gui.layout_contents import layout_widgets
from kindspace.gui.typography import HEADING, SUBHEADING, quiet, scale_font
from kindspace.i18n import _
from kindspace.journal.models import Entry
from kindspace.practice.focus import CLOSING_TITLE, closing_words, saved_note

#: The column's width in average characters: 60–75 is comfortable to read.
READABLE_CHARACTERS = 80


def fit_column(view: QWidget, ui: Ui_ExerciseStepper) -> None:
    """A readable measure that grows with the text size (call again on a font change, and
    when a button's words change)."""
    margins = ui.stepperLayout.contentsMargins()
    text = view.fontMetrics().averageCharWidth() * READABLE_CHARACTERS
    # Not narrower than the buttons in one row where the screen has room for them.
    width = max(text, _buttons_width(ui))
    ui.focusColumn.setMaximumWidth(width + margins.left() + margins.right())
    _flow_buttons(ui)


def keep_buttons_whole(ui: Ui_ExerciseStepper) -> None:
    """Below the step, the safety buttons ("Too much", Support) and the step's own (Save for
    later, Back, Next) share one row where it fits, and stand in two rows where it doesn't:
    at 150% text on a small screen, in a language whose words are long ("Abschließen und
    speichern"), a single row would cut the words on its buttons."""
    _ButtonsFlow(ui)


class _ButtonsFlow(QObject):
    def __init__(self, ui: Ui_ExerciseStepper) -> None:
        super().__init__(ui.focusColumn)
        self._ui = ui
        ui.focusColumn.installEventFilter(self)
        _flow_buttons(ui)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            _flow_buttons(self._ui)
        return False


def _flow_buttons(ui: Ui_ExerciseStepper) -> None:
    margins = ui.stepperLayout.contentsMargins()
    room = ui.focusColumn.width() - margins.left() - margins.right()
    direction = (
        QBoxLayout.Direction.LeftToRight
        if _buttons_width(ui) <= room
        else QBoxLayout.Direction.TopToBottom
    )
    if ui.buttonsRow.direction() != direction:
        ui.buttonsRow.setDirection(direction)


def _buttons_width(ui: Ui_ExerciseStepper) -> int:
    """The buttons' width in one row from their own wishes, measured now: the row's cached
    wish lags behind a button whose words just changed ("Next" becoming "Finish and save")."""
    widths = []
    for row in (ui.safetyButtons, ui.stepButtons):
        shown = [button for button in layout_widgets(row) if not button.isHidden()]
        if shown:
            widths.append(
                sum(button.sizeHint().width() for button in shown)
                + row.spacing() * (len(shown) - 1)
            )
    row_margins = ui.buttonsRow.contentsMargins()
    return (
        sum(widths)
        + ui.buttonsRow.spacing() * max(len(widths) - 1, 0)
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
        ui.closingTitle.setText(_(CLOSING_TITLE))
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
        self.ui.safetyButtons.insertWidget(_SUPPORT_IN_STEP, self.ui.supportButton)
        self.ui.closingWords.clear()
        self.ui.closingNote.clear()
