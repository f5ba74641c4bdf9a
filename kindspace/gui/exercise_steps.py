"""The input for one exercise step, chosen by the step's kind and nothing else.

The stepper never knows one exercise from another: it asks this module for the input that
fits the current step (a text field, choices to pick, phrases to add, a quiet pause) and
reads the answer back as the session expects it (text, or a list of texts).

Why the person's words are never replaced: a stock phrase is only ever *added*, on purpose
(its button, by click, Space or Enter), at the cursor and on its own line, as one step that
Ctrl+Z takes back. Choices look like choices (radio buttons, check boxes), and choosing
one never clears words typed in "your own words".
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kindspace.gui.typography import reading
from kindspace.gui.words import QT_TRANSLATE_NOOP, counts, translate
from kindspace.practice.definitions import Step, StepKind
from kindspace.practice.session import Answer

PAGE_LINES, PARAGRAPH_LINES = 14, 6
FEELING_COLUMNS = 3
OWN_WORDS = QT_TRANSLATE_NOOP("ExerciseSteps", "My own words:")


class StepInput(QWidget):
    """One step's input: ``value()`` gives the answer, ``first`` is where focus goes."""

    def __init__(self, step: Step, changed: Callable[[], None], submit: Callable[[], None]) -> None:
        super().__init__()
        self.step = step
        self._changed = changed
        self._submit = submit
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.text: QPlainTextEdit | QLineEdit | None = None
        #: The choosable buttons: radio buttons, check boxes, or "add this phrase" buttons.
        self.options: list[QAbstractButton] = []
        self.own: QLineEdit | None = None
        self.own_choice: QRadioButton | None = None
        self.reminder: QCheckBox | None = None
        self.tags: QLineEdit | None = None
        self.first: QWidget | None = None
        self._group: QButtonGroup | None = None
        self._build()

    # -- building ------------------------------------------------------------------------

    def _build(self) -> None:
        step = self.step
        kind = step.kind
        if kind is StepKind.PAUSE:
            note = QLabel(
                translate(
                    "ExerciseSteps",
                    "Take as long as you like. Go on whenever you are ready.",
                )
            )
            note.setWordWrap(True)
            self.layout_.addWidget(note)
            return
        if kind is StepKind.CHOICE:
            self._radio_buttons()
        elif kind is StepKind.MULTI_CHOICE:
            self._check_boxes()
        elif kind is StepKind.PHRASES:
            self._phrase_buttons()
            self.text = self._text_field(
                "paragraph",
                translate("ExerciseSteps", "Your words"),
                label=translate("ExerciseSteps", "&Your words"),
            )
        elif kind in (StepKind.TEXT, StepKind.TAKEAWAY, StepKind.REREAD):
            answer = translate("ExerciseSteps", "Your answer: {step}").format(step=step.title)
            self.text = self._text_field(step.size, answer)
        if kind is StepKind.REREAD and step.offer_reminder_days:
            self.reminder = QCheckBox(counts().read_again_in(step.offer_reminder_days))
            self.reminder.setAccessibleName(
                translate("ExerciseSteps", "Remind me to read it again")
            )
            self.reminder.toggled.connect(self._changed)
            self.layout_.addWidget(self.reminder)
        if kind is StepKind.TAKEAWAY:
            tags_label = QLabel(translate("ExerciseSteps", "&Tags (optional, separated by commas)"))
            tags = QLineEdit()
            tags.setAccessibleName(translate("ExerciseSteps", "Tags"))
            tags.setPlaceholderText(translate("ExerciseSteps", "for example: work, family"))
            tags_label.setBuddy(tags)
            tags.textChanged.connect(self._changed)
            tags.returnPressed.connect(self._submit)
            self.layout_.addWidget(tags_label)
            self.layout_.addWidget(tags)
            self.tags = tags
        if self.first is None:
            self.first = self.options[0] if self.options else self.text
        self._describe()

    def _radio_buttons(self) -> None:
        group = QButtonGroup(self)
        box = QWidget()
        box.setAccessibleName(
            translate("ExerciseSteps", "Choices: {step}").format(step=self.step.title)
        )
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        for option in self.step.options:
            radio = QRadioButton(option)
            radio.setAccessibleName(option)
            group.addButton(radio)
            column.addWidget(radio)
            self.options.append(radio)
        if self.step.allow_own:
            self.own_choice = QRadioButton(translate("ExerciseSteps", OWN_WORDS))
            self.own_choice.setAccessibleName(translate("ExerciseSteps", "My own words"))
            group.addButton(self.own_choice)
            own = self._own_field(
                translate("ExerciseSteps", "Your own words"),
                translate("ExerciseSteps", "Say it your way"),
            )
            row = QGridLayout()
            row.addWidget(self.own_choice, 0, 0)
            row.addWidget(own, 0, 1)
            column.addLayout(row)
        group.buttonToggled.connect(lambda _button, checked: checked and self._changed())
        self._group = group
        self.layout_.addWidget(box)

    def _check_boxes(self) -> None:
        box = QWidget()
        box.setAccessibleName(
            translate("ExerciseSteps", "Choices: {step}").format(step=self.step.title)
        )
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, option in enumerate(self.step.options):
            check = QCheckBox(option)
            check.setAccessibleName(option)
            check.toggled.connect(lambda _checked: self._changed())
            grid.addWidget(check, index // FEELING_COLUMNS, index % FEELING_COLUMNS)
            self.options.append(check)
        self.layout_.addWidget(box)
        if self.step.allow_own:
            label = QLabel(translate("ExerciseSteps", "&Other words (separated by commas)"))
            own = self._own_field(
                translate("ExerciseSteps", "Other words, separated by commas"), ""
            )
            label.setBuddy(own)
            self.layout_.addWidget(label)
            self.layout_.addWidget(own)

    def _phrase_buttons(self) -> None:
        heading = QLabel(translate("ExerciseSteps", "Phrases you can add to your words:"))
        heading.setWordWrap(True)
        self.layout_.addWidget(heading)
        for phrase in self.step.options:
            button = QPushButton(f"+  {phrase}")
            button.setObjectName("addPhrase")
            button.setAccessibleName(
                translate("ExerciseSteps", "Add: {phrase}").format(phrase=phrase)
            )
            button.setToolTip(
                translate(
                    "ExerciseSteps",
                    "Adds this phrase on its own line where your cursor is",
                )
            )
            button.setAutoDefault(True)  # Enter adds it, as Space and a click do
            button.setStyleSheet("text-align: left; padding: 4px 10px;")
            button.clicked.connect(lambda _checked=False, text=phrase: self.add_phrase(text))
            self.layout_.addWidget(button)
            self.options.append(button)

    def _own_field(self, name: str, placeholder: str) -> QLineEdit:
        own = QLineEdit()
        own.setAccessibleName(name)
        own.setPlaceholderText(placeholder)
        own.textChanged.connect(self._on_own_typed)
        own.returnPressed.connect(self._submit)
        self.own = own
        return own

    def _text_field(self, size: str, name: str, label: str = "") -> QPlainTextEdit | QLineEdit:
        field: QPlainTextEdit | QLineEdit
        if size == "line":
            field = QLineEdit()
            reading(field)
            field.textChanged.connect(self._changed)
            field.returnPressed.connect(self._submit)
        else:
            field = QPlainTextEdit()
            reading(field)  # before its height is set from its line spacing
            field.setTabChangesFocus(True)
            lines = PAGE_LINES if size == "page" else PARAGRAPH_LINES
            field.setMinimumHeight(field.fontMetrics().lineSpacing() * lines + 12)
            field.textChanged.connect(self._changed)
        field.setAccessibleName(name)
        if label:
            caption = QLabel(label)
            caption.setBuddy(field)
            self.layout_.addWidget(caption)
        self.layout_.addWidget(field)
        return field

    def _describe(self) -> None:
        """Each field carries the step's question, so a screen reader reads it with the field."""
        question = self.step.prompt
        for widget in (self.text, self.own, self.own_choice, self.reminder, *self.options):
            if widget is not None and not widget.accessibleDescription():
                widget.setAccessibleDescription(question)

    def tab_chain(self) -> list[QWidget]:
        """This step's fields in the order they are on screen."""
        chain: list[QWidget] = list(self.options)
        if self.own_choice is not None:
            chain.append(self.own_choice)
        chain += [w for w in (self.own, self.text, self.reminder, self.tags) if w is not None]
        return chain

    # -- reacting ------------------------------------------------------------------------

    def _on_own_typed(self) -> None:
        if self.own_choice is not None and self.own is not None and self.own.text().strip():
            self.own_choice.setChecked(True)
        self._changed()

    def add_phrase(self, phrase: str) -> None:
        """Add ``phrase`` at the cursor on its own line; one Ctrl+Z takes it back."""
        field = self.text
        if not isinstance(field, QPlainTextEdit):
            return
        cursor = field.textCursor()
        cursor.beginEditBlock()
        if cursor.block().text().strip():
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
            cursor.insertText("\n")
        cursor.insertText(phrase)
        cursor.endEditBlock()
        field.setTextCursor(cursor)
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- answers -------------------------------------------------------------------------

    def set_value(self, value: Answer | None) -> None:
        """Show an earlier answer (resuming a draft, going back)."""
        kind = self.step.kind
        if kind is StepKind.MULTI_CHOICE:
            chosen = list(value) if isinstance(value, list) else []
            for button in self.options:
                button.setChecked(button.text() in chosen)
            others = [text for text in chosen if text not in self.step.options]
            if self.own is not None:
                self.own.setText(", ".join(others))
            return
        text = value if isinstance(value, str) else ""
        if kind is StepKind.CHOICE:
            match = next((b for b in self.options if text and b.text() == text), None)
            if match is not None:
                match.setChecked(True)
            elif text and self.own is not None:
                self.own.setText(text)
            return
        if isinstance(self.text, QLineEdit):
            self.text.setText(text)
        elif isinstance(self.text, QPlainTextEdit):
            self.text.setPlainText(text)
            self.text.moveCursor(QTextCursor.MoveOperation.End)

    def tag_list(self) -> list[str]:
        text = self.tags.text() if self.tags is not None else ""
        return [tag.strip() for tag in text.split(",") if tag.strip()]

    def forget(self) -> None:
        """Empty every field now (locking), before the widget is deleted later."""
        for field in (self.text, self.own, self.tags):
            if field is not None:
                field.clear()

    def value(self) -> Answer | None:
        """The answer as the session takes it; None for a pause."""
        kind = self.step.kind
        if kind is StepKind.PAUSE:
            return None
        if kind is StepKind.MULTI_CHOICE:
            chosen = [button.text() for button in self.options if button.isChecked()]
            if self.own is not None:
                chosen += [word.strip() for word in self.own.text().split(",") if word.strip()]
            return chosen
        if kind is StepKind.CHOICE:
            if self.own_choice is not None and self.own_choice.isChecked() and self.own:
                return self.own.text().strip()
            checked = next((b for b in self.options if b.isChecked()), None)
            if checked is not None:
                return checked.text()
            return self.own.text().strip() if self.own is not None else ""
        if isinstance(self.text, QLineEdit):
            return self.text.text()
        if isinstance(self.text, QPlainTextEdit):
            return self.text.toPlainText()
        return ""
