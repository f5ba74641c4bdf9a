"""The input for one exercise step, chosen by the step's kind and nothing else.

The stepper never knows one exercise from another: it asks this module for the input that
fits the current step (a text field, a list to choose from, phrases to start from, a quiet
pause) and reads the answer back as the session expects it (text, or a list of texts).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kindspace.practice.definitions import Step, StepKind
from kindspace.practice.session import Answer

PAGE_LINES, PARAGRAPH_LINES = 14, 6


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
        self.options: QListWidget | None = None
        self.own: QLineEdit | None = None
        self.reminder: QCheckBox | None = None
        self.tags: QLineEdit | None = None
        self.first: QWidget | None = None
        self._build()

    # -- building ------------------------------------------------------------------------

    def _build(self) -> None:
        step = self.step
        kind = step.kind
        if kind is StepKind.PAUSE:
            note = QLabel("Take as long as you like. Go on whenever you are ready.")
            note.setWordWrap(True)
            self.layout_.addWidget(note)
            return
        if kind in (StepKind.CHOICE, StepKind.MULTI_CHOICE, StepKind.PHRASES):
            self.options = self._option_list()
            self.first = self.options
        if kind is StepKind.PHRASES:
            self.text = self._text_field(
                "paragraph", "Your words (start from a phrase or write your own)"
            )
        elif kind in (StepKind.CHOICE, StepKind.MULTI_CHOICE) and step.allow_own:
            own = QLineEdit()
            own.setAccessibleName("Your own words")
            own.setPlaceholderText(
                "Or your own words"
                if kind is StepKind.CHOICE
                else "Other words, separated by commas"
            )
            own.textChanged.connect(self._changed)
            own.returnPressed.connect(self._submit)
            self.layout_.addWidget(own)
            self.own = own
        elif kind in (StepKind.TEXT, StepKind.TAKEAWAY, StepKind.REREAD):
            self.text = self._text_field(step.size, f"Your answer: {step.title}")
        if kind is StepKind.REREAD and step.offer_reminder_days:
            self.reminder = QCheckBox(
                f"Remind me to read it again in {step.offer_reminder_days} days"
            )
            self.reminder.setAccessibleName("Remind me to read it again")
            self.reminder.toggled.connect(self._changed)
            self.layout_.addWidget(self.reminder)
        if kind is StepKind.TAKEAWAY:
            tags_label = QLabel("&Tags (optional, separated by commas)")
            tags = QLineEdit()
            tags.setAccessibleName("Tags")
            tags.setPlaceholderText("for example: work, family")
            tags_label.setBuddy(tags)
            tags.textChanged.connect(self._changed)
            tags.returnPressed.connect(self._submit)
            self.layout_.addWidget(tags_label)
            self.layout_.addWidget(tags)
            self.tags = tags
        if self.first is None:
            self.first = self.text

    def _option_list(self) -> QListWidget:
        options = QListWidget()
        options.setAccessibleName(f"Choices: {self.step.title}")
        multi = self.step.kind is StepKind.MULTI_CHOICE
        for option in self.step.options:
            item = QListWidgetItem(option)
            if multi:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
            options.addItem(item)
        if multi:
            options.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
            options.itemChanged.connect(lambda _item: self._changed())
            options.itemActivated.connect(self._toggle)
        else:
            options.itemSelectionChanged.connect(self._on_option)
        rows = min(len(self.step.options), 8)
        options.setMinimumHeight(options.sizeHintForRow(0) * rows + 8)
        self.layout_.addWidget(options)
        return options

    def _text_field(self, size: str, name: str) -> QPlainTextEdit | QLineEdit:
        field: QPlainTextEdit | QLineEdit
        if size == "line":
            field = QLineEdit()
            field.textChanged.connect(self._changed)
            field.returnPressed.connect(self._submit)
        else:
            field = QPlainTextEdit()
            field.setTabChangesFocus(True)
            lines = PAGE_LINES if size == "page" else PARAGRAPH_LINES
            field.setMinimumHeight(field.fontMetrics().lineSpacing() * lines + 12)
            field.textChanged.connect(self._changed)
        field.setAccessibleName(name)
        self.layout_.addWidget(field)
        return field

    # -- reacting ------------------------------------------------------------------------

    def _toggle(self, item: QListWidgetItem) -> None:
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def _on_option(self) -> None:
        item = self._selected()
        if item is None:
            return
        if self.step.kind is StepKind.PHRASES and isinstance(self.text, QPlainTextEdit):
            self.text.setPlainText(item.text())
        elif self.own is not None:
            self.own.clear()
        self._changed()

    # -- answers -------------------------------------------------------------------------

    def set_value(self, value: Answer | None) -> None:
        """Show an earlier answer (resuming a draft, going back)."""
        kind = self.step.kind
        if kind is StepKind.MULTI_CHOICE and self.options is not None:
            chosen = list(value) if isinstance(value, list) else []
            for row in range(self.options.count()):
                item = self.options.item(row)
                checked = item.text() in chosen
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            others = [text for text in chosen if text not in self.step.options]
            if self.own is not None:
                self.own.setText(", ".join(others))
            return
        text = value if isinstance(value, str) else ""
        if kind is StepKind.CHOICE and self.options is not None:
            matches = self.options.findItems(text, Qt.MatchFlag.MatchExactly) if text else []
            if matches:
                self.options.setCurrentItem(matches[0])
            elif self.own is not None:
                self.own.setText(text)
            return
        if isinstance(self.text, QLineEdit):
            self.text.setText(text)
        elif isinstance(self.text, QPlainTextEdit):
            self.text.setPlainText(text)

    def _selected(self) -> QListWidgetItem | None:
        chosen = self.options.selectedItems() if self.options is not None else []
        return chosen[0] if chosen else None

    def tag_list(self) -> list[str]:
        text = self.tags.text() if self.tags is not None else ""
        return [tag.strip() for tag in text.split(",") if tag.strip()]

    def forget(self) -> None:
        """Empty every field now (locking), before the widget is deleted later."""
        for field in (self.text, self.own, self.tags):
            if field is not None:
                field.clear()
        if self.options is not None:
            self.options.clear()

    def value(self) -> Answer | None:
        """The answer as the session takes it; None for a pause."""
        kind = self.step.kind
        if kind is StepKind.PAUSE:
            return None
        if kind is StepKind.MULTI_CHOICE and self.options is not None:
            chosen = [
                self.options.item(row).text()
                for row in range(self.options.count())
                if self.options.item(row).checkState() == Qt.CheckState.Checked
            ]
            if self.own is not None:
                chosen += [word.strip() for word in self.own.text().split(",") if word.strip()]
            return chosen
        if kind is StepKind.CHOICE:
            own = self.own.text().strip() if self.own is not None else ""
            selected = self._selected()
            return own or (selected.text() if selected is not None else "")
        if isinstance(self.text, QLineEdit):
            return self.text.text()
        if isinstance(self.text, QPlainTextEdit):
            return self.text.toPlainText()
        return ""
