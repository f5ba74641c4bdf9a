"""The calendar of entries: days with writing get soft dots (one per entry, a number past three).

Built on QCalendarWidget for its keyboard navigation, month menu and year box, which people
already know. The week starts on the locale's first day. Counts come from outside
(``set_counts``) for the shown month only, so switching months costs one small query.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPalette, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QWidget

from kindspace.gui.words import QT_TRANSLATE_NOOP, counts, translate

MAX_DOTS = 3
#: The calendar's size at standard text, roomy enough for the dots under each day. Larger text
#: asks for more (Qt measures the weekday names and day numbers), never less.
COMFORTABLE = QSize(300, 250)


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_date(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())


def count_words(count: int) -> str:
    return counts().entries(count)


class EntryCalendar(QCalendarWidget):
    """A month view that marks days with entries and emits plain ``date`` objects."""

    day_chosen = Signal(object)  # datetime.date
    day_activated = Signal(object)  # Enter or double-click: go to the day's entries
    month_shown = Signal(int, int)  # year, month
    #: The first paint after new counts arrived: the marks a person sees are on screen now
    #: (the start-up benchmark's "ready", reported by the test probe).
    marks_painted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._counts: dict[date, int] = {}
        self._today: date | None = None  # the window sets it from the app's clock
        self._marks_pending = False
        self.setFirstDayOfWeek(QLocale().firstDayOfWeek())
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setGridVisible(False)
        self.setAccessibleName(translate("Calendar", "Calendar of entries"))
        self.setAccessibleDescription(
            translate(
                "Calendar",
                "Days with entries are marked. Arrow keys move between days, Page Up and Page "
                "Down change the month, Enter opens the day.",
            )
        )
        name_calendar_parts(self)
        self._calm_weekends()
        self.selectionChanged.connect(self._on_selection_changed)
        self.activated.connect(lambda qdate: self.day_activated.emit(to_date(qdate)))
        self.currentPageChanged.connect(self.month_shown.emit)

    def _calm_weekends(self) -> None:
        """Weekend days in the normal text colour: red reads as a warning, and nothing is."""
        text_format = QTextCharFormat()
        text_format.setForeground(self.palette().color(QPalette.ColorRole.Text))
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.setWeekdayTextFormat(day, text_format)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._calm_weekends()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """Never so narrow that a weekday's name is cut ("W…" at 150% text in 300 px)."""
        return super().minimumSizeHint().expandedTo(COMFORTABLE)

    def set_today(self, today: date) -> None:
        """The app's clock decides what today is (tests inject one)."""
        self._today = today
        self.updateCells()

    def set_counts(self, counts: dict[date, int]) -> None:
        self._counts = dict(counts)
        self._marks_pending = True
        self.updateCells()

    def count_on(self, day: date) -> int:
        return self._counts.get(day, 0)

    def selected_day(self) -> date:
        return to_date(self.selectedDate())

    def show_day(self, day: date) -> None:
        self.setSelectedDate(to_qdate(day))
        self.setCurrentPage(day.year, day.month)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if (
            event.key() == Qt.Key.Key_Home
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
            and self._today is not None
        ):
            self.show_day(self._today)
            self.day_chosen.emit(self._today)
            return
        super().keyPressEvent(event)

    def _on_selection_changed(self) -> None:
        day = self.selected_day()
        count = self.count_on(day)
        entries = count_words(count) if count else translate("Calendar", "no entries")
        self.setAccessibleDescription(
            translate("Calendar", "{day}: {entries}").format(
                day=QLocale().toString(self.selectedDate(), QLocale.FormatType.LongFormat),
                entries=entries,
            )
        )
        self.day_chosen.emit(day)

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate) -> None:  # noqa: N802
        super().paintCell(painter, rect, qdate)
        day = to_date(qdate)
        count = self._counts.get(day, 0)
        palette = self.palette()
        accent = palette.color(QPalette.ColorRole.Highlight)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if day == self._today:
            ring = QColor(accent)
            painter.setPen(ring)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            side = min(rect.width(), rect.height()) - 6
            painter.drawRoundedRect(
                QRectF(
                    rect.center().x() - side / 2, rect.center().y() - side / 2, side, side
                ).adjusted(0.5, 0.5, -0.5, -0.5),
                6,
                6,
            )
        if count and qdate.month() == self.monthShown():
            self._paint_marks(painter, rect, count, qdate == self.selectedDate())
        painter.restore()
        if self._marks_pending:
            self._marks_pending = False
            self.marks_painted.emit()

    def _paint_marks(self, painter: QPainter, rect: QRect, count: int, selected: bool) -> None:
        palette = self.palette()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight
        colour = palette.color(role)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        radius = max(2.0, rect.height() / 18)
        baseline = rect.bottom() - radius * 2.2
        if count <= MAX_DOTS:
            gap = radius * 3
            start = rect.center().x() - gap * (count - 1) / 2
            for index in range(count):
                painter.drawEllipse(
                    QPoint(round(start + index * gap), round(baseline)), radius, radius
                )
            return
        font = painter.font()
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.7))
        painter.setFont(font)
        painter.setPen(colour)
        text_rect = QRect(
            rect.left(), round(baseline - radius * 3), rect.width(), round(radius * 5)
        )
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignCenter, str(count))


#: Qt's own parts of a calendar, which it leaves unnamed (a screen reader said "button").
CALENDAR_PARTS = {
    "qt_calendar_prevmonth": QT_TRANSLATE_NOOP("Calendar", "Previous month"),
    "qt_calendar_nextmonth": QT_TRANSLATE_NOOP("Calendar", "Next month"),
    "qt_calendar_calendarview": QT_TRANSLATE_NOOP("Calendar", "Days of the month"),
}


def name_calendar_parts(calendar: QCalendarWidget) -> None:
    for object_name, name in CALENDAR_PARTS.items():
        part = calendar.findChild(QWidget, object_name)
        if part is not None:
            part.setAccessibleName(translate("Calendar", name))
