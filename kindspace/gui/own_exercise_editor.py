"""The editor for a person's own practice: a title, one line per step, minutes, a rating.

Why one line per step (not one big box): each step is one question in the stepper, so each
gets its own field, named "Step 2" for a screen reader, with its own Up, Down and Remove
buttons beside it. Enter in a step adds the next one, so the whole practice can be written
without leaving the keyboard. The view only shows and asks; ``own_exercise_editing`` saves,
deletes and keeps drafts through the Qt-free ``practice.own_exercises``.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from kindspace.gui.announce import announce
from kindspace.gui.forms.ui_own_exercise_editor import Ui_OwnExerciseEditorView
from kindspace.gui.reading_column import centre_in_column
from kindspace.gui.typography import HEADING, quiet, scale_font
from kindspace.gui.words import QT_TRANSLATE_NOOP, counts, translate
from kindspace.practice.own_exercises import MAX_STEPS, OwnExerciseForm

#: What an empty practice starts with: room for two questions.
EMPTY_STEPS = ("", "")
STEP_DESCRIPTION = QT_TRANSLATE_NOOP(
    "OwnExerciseEditor",
    "One question or prompt for this step. Enter adds the next step; "
    "Alt+Up and Alt+Down move this one.",
)

#: A step's field is never narrower than this many average characters beside its buttons.
FIELD_CHARACTERS = 45


class StepRow(QWidget):
    """One step: its number, the prompt, and Up, Down, Remove."""

    def __init__(self, number: int, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"stepRow{number}")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        step = translate("OwnExerciseEditor", "Step {number}").format(number=number)
        self.label = QLabel(step)
        self.edit = QLineEdit(text)
        self.edit.setObjectName(f"stepEdit{number}")
        self.edit.setMaxLength(400)
        self.edit.setCursorPosition(0)  # a long prompt shows its beginning
        self.edit.setAccessibleName(step)
        self.edit.setAccessibleDescription(translate("OwnExerciseEditor", STEP_DESCRIPTION))
        self.edit.setPlaceholderText(translate("OwnExerciseEditor", "A question or a prompt"))
        self.label.setBuddy(self.edit)
        self.up = self._button(
            translate("OwnExerciseEditor", "Up"),
            translate("OwnExerciseEditor", "Move step {number} up").format(number=number),
        )
        self.down = self._button(
            translate("OwnExerciseEditor", "Down"),
            translate("OwnExerciseEditor", "Move step {number} down").format(number=number),
        )
        self.remove = self._button(
            translate("OwnExerciseEditor", "Remove"),
            translate("OwnExerciseEditor", "Remove step {number}").format(number=number),
        )
        field = QHBoxLayout()
        field.setSpacing(6)
        field.addWidget(self.label)
        field.addWidget(self.edit, 1)
        self._buttons = QHBoxLayout()
        self._buttons.setSpacing(6)
        self._buttons.addStretch()  # to the right, under the field, when the row stacks
        for button in (self.up, self.down, self.remove):
            self._buttons.addWidget(button)
        layout.addLayout(field, 1)
        layout.addLayout(self._buttons)
        self._layout = layout

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        """Up, Down and Remove move below the field when beside it they would leave it too
        narrow to read a prompt (150% text on a small screen, longer words in German)."""
        super().resizeEvent(event)
        spacing = self._layout.spacing()
        buttons = sum(b.sizeHint().width() + spacing for b in (self.up, self.down, self.remove))
        room = event.size().width() - self.label.sizeHint().width() - spacing - buttons
        wide = room >= self.fontMetrics().averageCharWidth() * FIELD_CHARACTERS
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self._layout.direction() != direction:
            self._layout.setDirection(direction)
            self.updateGeometry()  # the steps box makes room for the taller row at once

    @staticmethod
    def _button(text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setAutoDefault(False)
        return button

    def widgets(self) -> list[QWidget]:
        return [self.edit, self.up, self.down, self.remove]


class OwnExerciseEditor(QWidget):
    save_requested = Signal()
    delete_requested = Signal()
    try_requested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OwnExerciseEditorView()
        self.ui.setupUi(self)
        centre_in_column(self)
        scale_font(self.ui.ownHeading, HEADING, bold=True)
        quiet(self.ui.ownIntro)
        self.rows: list[StepRow] = []
        #: The exercise being edited (None: a new one, not saved yet).
        self.own_id: str | None = None
        self._baseline = OwnExerciseForm("", ())
        ui = self.ui
        ui.addStep.clicked.connect(lambda: self.add_step(len(self.rows)))
        ui.saveOwn.clicked.connect(self.save_requested.emit)
        ui.deleteOwn.clicked.connect(self.delete_requested.emit)
        ui.tryOwn.clicked.connect(self.try_requested.emit)
        ui.closeEditor.clicked.connect(self.closed.emit)
        ui.titleEdit.textChanged.connect(self._changed)
        ui.summaryEdit.textChanged.connect(self._changed)
        ui.minutes.valueChanged.connect(self._changed)
        ui.rate.toggled.connect(self._changed)
        for keys, slot in (
            (translate("OwnExerciseEditor", "Ctrl+S"), self.save_requested.emit),
            (translate("OwnExerciseEditor", "Escape"), self.closed.emit),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.load(None, None)

    # -- filling and reading ---------------------------------------------------------------

    def load(
        self, form: OwnExerciseForm | None, own_id: str | None, *, changed: bool = False
    ) -> None:
        """Show ``form`` (None: an empty one). ``changed``: it holds unsaved words (a draft)."""
        self.own_id = own_id
        shown = form or OwnExerciseForm("", EMPTY_STEPS)
        ui = self.ui
        for widget in (ui.titleEdit, ui.summaryEdit, ui.minutes, ui.rate):
            widget.blockSignals(True)
        ui.titleEdit.setText(shown.title)
        ui.summaryEdit.setText(shown.summary)
        ui.minutes.setValue(shown.minutes)
        ui.rate.setChecked(shown.rate)
        for widget in (ui.titleEdit, ui.summaryEdit, ui.minutes, ui.rate):
            widget.blockSignals(False)
        self._build_rows(shown.steps or EMPTY_STEPS)
        self._baseline = OwnExerciseForm("", ()) if changed else self.form()
        ui.ownHeading.setText(
            translate("OwnExerciseEditor", "Your own practice")
            if own_id
            else translate("OwnExerciseEditor", "Write your own practice")
        )
        self.say("")
        self._update_buttons()

    def form(self) -> OwnExerciseForm:
        ui = self.ui
        return OwnExerciseForm(
            title=ui.titleEdit.text(),
            steps=tuple(row.edit.text() for row in self.rows),
            summary=ui.summaryEdit.text(),
            minutes=ui.minutes.value(),
            rate=ui.rate.isChecked(),
        )

    def is_changed(self) -> bool:
        """Words typed since the last save (or since a draft was brought back)."""
        return _meaningful(self.form()) != _meaningful(self._baseline)

    def mark_saved(self, own_id: str) -> None:
        self.own_id = own_id
        self._baseline = self.form()
        self.ui.ownHeading.setText(translate("OwnExerciseEditor", "Your own practice"))
        self._update_buttons()

    def say(self, text: str) -> None:
        """A status change ("Saved", "Draft kept", a problem): shown, and spoken once."""
        self.ui.statusNote.setText(text)
        self.ui.statusNote.setVisible(bool(text))
        if text:
            announce(self.ui.statusNote, text)

    def focus_first(self) -> None:
        self.ui.titleEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear(self) -> None:
        """Drop every word of the person's (locking)."""
        self.load(None, None)

    # -- the steps -------------------------------------------------------------------------

    def add_step(self, at: int, text: str = "") -> None:
        if len(self.rows) >= MAX_STEPS:
            self.say(counts().steps_at_most(MAX_STEPS))
            return
        texts = [row.edit.text() for row in self.rows]
        texts.insert(at, text)
        self._build_rows(texts)
        self.rows[at].edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ui.ownScroll.ensureWidgetVisible(self.rows[at])
        self._changed()

    def remove_step(self, at: int) -> None:
        if len(self.rows) <= 1:
            return
        texts = [row.edit.text() for row in self.rows]
        del texts[at]
        self._build_rows(texts)
        self.rows[min(at, len(self.rows) - 1)].edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self._changed()

    def move_step(self, at: int, by: int, focus: str = "") -> None:
        to = at + by
        if not 0 <= to < len(self.rows):
            return
        texts = [row.edit.text() for row in self.rows]
        texts[at], texts[to] = texts[to], texts[at]
        self._build_rows(texts)
        row = self.rows[to]
        # The focus follows the step: on its field, or on the same button when there is one.
        target = {"up": row.up, "down": row.down}.get(focus, row.edit)
        (target if target.isEnabled() else row.edit).setFocus(Qt.FocusReason.OtherFocusReason)
        self._changed()

    def _build_rows(self, texts: Sequence[str]) -> None:
        layout = self.ui.stepsLayout
        for row in self.rows:
            # Hidden and deleted in place: a widget taken out with setParent(None) becomes a
            # window of its own for a moment, and can take the focus from the main window.
            layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows = []
        for index, text in enumerate(texts):
            row = StepRow(index + 1, text, self.ui.stepsBox)
            row.edit.textChanged.connect(self._changed)
            row.edit.returnPressed.connect(lambda i=index: self.add_step(i + 1))
            row.up.clicked.connect(lambda _c=False, i=index: self.move_step(i, -1, "up"))
            row.down.clicked.connect(lambda _c=False, i=index: self.move_step(i, 1, "down"))
            row.remove.clicked.connect(lambda _c=False, i=index: self.remove_step(i))
            row.edit.installEventFilter(self)
            row.up.setEnabled(index > 0)
            row.down.setEnabled(index < len(texts) - 1)
            row.remove.setEnabled(len(texts) > 1)
            layout.addWidget(row)
            self.rows.append(row)
        self.ui.addStep.setEnabled(len(self.rows) < MAX_STEPS)
        self._chain()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Alt+Up and Alt+Down in a step's field move that step (a filter, not a shortcut:
        the rows are rebuilt on every move, and the keys belong to the field in focus)."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            moves = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}
            if event.modifiers() == Qt.KeyboardModifier.AltModifier and event.key() in moves:
                index = next((i for i, row in enumerate(self.rows) if row.edit is watched), None)
                if index is not None:
                    self.move_step(index, moves[Qt.Key(event.key())])
                    return True
        return super().eventFilter(watched, event)

    def _chain(self) -> None:
        """Tab follows the screen: title, line, each step's field and buttons, then the rest."""
        ui = self.ui
        chain: list[QWidget] = [ui.titleEdit, ui.summaryEdit]
        for row in self.rows:
            chain += row.widgets()
        chain += [ui.addStep, ui.minutes, ui.rate, ui.deleteOwn, ui.tryOwn]
        chain += [ui.closeEditor, ui.saveOwn]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _changed(self) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        saved = self.own_id is not None
        self.ui.deleteOwn.setVisible(saved)
        # "Try it now" runs what is saved, so it waits until the changes are saved.
        self.ui.tryOwn.setVisible(saved and not self.is_changed())


def _meaningful(form: OwnExerciseForm) -> OwnExerciseForm:
    """Ignore what saving ignores: spaces around words, and empty steps."""
    steps = tuple(step.strip() for step in form.steps if step.strip())
    return OwnExerciseForm(form.title.strip(), steps, form.summary.strip(), form.minutes, form.rate)
