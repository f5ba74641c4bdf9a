"""A date field that can also mean "any day", for filters that are off until someone sets them.

QDateEdit always holds some date. The earliest date it allows stands for "any day" here and
shows as that text, which is how Qt spells an empty state (``specialValueText``). The rest of
this class keeps that earliest date out of the way: stepping from "any day" starts at today,
and the calendar opens on this month rather than in 1752.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QWidget

from kindspace.clock import Clock, system_clock
from kindspace.gui.words import QT_TRANSLATE_NOOP, translate

ANY_DAY_TEXT = QT_TRANSLATE_NOOP("DateFilter", "Any day")
#: QDateTimeEdit's own lower limit; no journal entry is that old.
_ANY = QDate(1752, 9, 14)


class OptionalDateEdit(QDateEdit):
    """A calendar-popup date field whose lowest value reads "Any day" (see the module doc)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(_ANY)
        self.setSpecialValueText(translate("DateFilter", ANY_DAY_TEXT))
        self.setDate(_ANY)
        self.calendarWidget().installEventFilter(self)
        self._clock: Clock = system_clock

    def set_clock(self, clock: Clock) -> None:
        """Take the app's clock, so "today" here is the day the rest of the window shows."""
        self._clock = clock

    def _today(self) -> QDate:
        today = self._clock().date()
        return QDate(today.year, today.month, today.day)

    def chosen_day(self) -> date | None:
        """The day set, or None for any day."""
        if self.is_any_day():
            return None
        chosen = self.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def is_any_day(self) -> bool:
        return self.date() == self.minimumDate()

    def set_any_day(self) -> None:
        self.setDate(self.minimumDate())

    def set_day(self, day: date | None) -> None:
        if day is None:
            self.set_any_day()
        else:
            self.setDate(QDate(day.year, day.month, day.day))

    def stepBy(self, steps: int) -> None:  # noqa: N802  (Qt's name)
        if self.is_any_day():
            self.setDate(self._today())
            return
        super().stepBy(steps)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802  (Qt's name)
        if event.key() == Qt.Key.Key_Delete:
            self.set_any_day()
            event.accept()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt's name)
        if (
            watched is self.calendarWidget()
            and event.type() == QEvent.Type.Show
            and self.is_any_day()
        ):
            today = self._today()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)
