"""The Today area: a greeting, write a note, start an exercise, support, and "on this day".

The words here are the first a person reads each day, so they invite and never count what
was missed: practice days are counted up, never streaks. Old entries can hold painful
words, so "on this day" is offered (a button) rather than shown, and can be switched off
in Settings; support is always one click away.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidgetItem, QWidget

from kindspace.gui.forms.ui_today import Ui_TodayView
from kindspace.gui.typography import HEADING, SUBHEADING, note_item, scale_font
from kindspace.journal.models import Entry

ENTRY_ID = Qt.ItemDataRole.UserRole
EXERCISE_ID = Qt.ItemDataRole.UserRole + 1


def greeting_for(now: datetime) -> str:
    hour = now.hour
    if 5 <= hour < 12:
        return "Good morning."
    if 12 <= hour < 18:
        return "Good afternoon."
    if 18 <= hour < 23:
        return "Good evening."
    return "Hello. It's late — be gentle with yourself tonight."


def practice_days_text(days: int) -> str:
    if days == 0:
        return "Whenever you come back is a good time to practise."
    if days == 1:
        return "You've taken time for yourself on 1 day this month."
    return f"You've taken time for yourself on {days} days this month."


class TodayView(QWidget):
    write_note = Signal()
    start_exercise = Signal(str)
    open_entry = Signal(str)
    insights_requested = Signal()
    support_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TodayView()
        self.ui.setupUi(self)
        scale_font(self.ui.greeting, HEADING, bold=True)
        for heading in (self.ui.exercisesHeading, self.ui.onThisDayHeading):
            scale_font(heading, SUBHEADING, bold=True)
        self.ui.writeNote.clicked.connect(self.write_note.emit)
        self.ui.showInsights.clicked.connect(self.insights_requested.emit)
        self.ui.supportButton.clicked.connect(self.support_requested.emit)
        self.ui.lookBack.clicked.connect(self.look_back)
        self._offer_on_this_day = True
        self._on_this_day_count = 0
        self.ui.exercises.itemActivated.connect(self._on_exercise)
        self.ui.exercises.itemClicked.connect(self._on_exercise)
        self.ui.onThisDay.itemActivated.connect(self._on_entry)
        self.set_exercises([])
        self._show_on_this_day(opened=False)

    def set_now(self, now: datetime) -> None:
        self.ui.greeting.setText(greeting_for(now))

    def set_exercises(self, exercises: list[tuple[str, str, str]]) -> None:
        """(id, title, one-line description) for each exercise, in the order to show."""
        self.ui.exercises.clear()
        if not exercises:
            item = QListWidgetItem("Guided exercises will appear here.")
            note_item(item)
            self.ui.exercises.addItem(item)
            return
        for exercise_id, title, description in exercises:
            item = QListWidgetItem(f"{title}\n{description}" if description else title)
            item.setData(EXERCISE_ID, exercise_id)
            item.setToolTip(description)
            self.ui.exercises.addItem(item)

    def set_offer_on_this_day(self, offer: bool) -> None:
        """Settings: switch "on this day" off entirely, or offer it again."""
        self._offer_on_this_day = offer
        if not offer:
            self.ui.onThisDay.clear()
            self._on_this_day_count = 0
        self._show_on_this_day(opened=False)

    def set_on_this_day(self, entries: list[Entry]) -> None:
        """Keep the entries ready; they show only when the person chooses to look back."""
        self.ui.onThisDay.clear()
        self._on_this_day_count = len(entries) if self._offer_on_this_day else 0
        if self._offer_on_this_day:
            for entry in entries:
                item = QListWidgetItem(f"{entry.day.year} · {entry.first_line or 'An entry'}")
                item.setData(ENTRY_ID, entry.id)
                self.ui.onThisDay.addItem(item)
        count = self._on_this_day_count
        self.ui.lookBack.setText(
            f"Look back at this day in earlier years ({count} "
            f"{'entry' if count == 1 else 'entries'})"
        )
        self._show_on_this_day(opened=False)

    def look_back(self) -> None:
        self._show_on_this_day(opened=True)
        self.ui.onThisDay.setCurrentRow(0)
        self.ui.onThisDay.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_on_this_day(self, *, opened: bool) -> None:
        offered = self._offer_on_this_day and self._on_this_day_count > 0
        self.ui.onThisDayHeading.setVisible(offered)
        self.ui.lookBack.setVisible(offered and not opened)
        self.ui.onThisDay.setVisible(offered and opened)

    def set_practice_days(self, days_this_month: int) -> None:
        self.ui.practiceSummary.setText(practice_days_text(days_this_month))

    def clear(self) -> None:
        """Remove journal words before locking."""
        self.ui.onThisDay.clear()
        self._on_this_day_count = 0
        self._show_on_this_day(opened=False)
        self.ui.practiceSummary.clear()

    def _on_exercise(self, item: QListWidgetItem) -> None:
        exercise_id = item.data(EXERCISE_ID)
        if isinstance(exercise_id, str):
            self.start_exercise.emit(exercise_id)

    def _on_entry(self, item: QListWidgetItem) -> None:
        entry_id = item.data(ENTRY_ID)
        if isinstance(entry_id, str):
            self.open_entry.emit(entry_id)
