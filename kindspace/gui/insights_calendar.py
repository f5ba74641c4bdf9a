"""The Insights year calendar: one small square per day, coloured by how much was practised.

Why it looks like this: a year at a glance shows practice as something that accumulates, in
gentle greens taken from the palette's highlight colour. A day without an entry is a plain
cell in the palette's neutral tone, never a warning colour and never a broken streak. The
calendar can be walked with the keyboard, and each day says its date and count in words for
tooltips and screen readers.
"""

from __future__ import annotations

import math
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QLocale, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from kindspace.gui.dates import long_date
from kindspace.gui.theme import mix
from kindspace.gui.words import counts, translate
from kindspace.practice.insights import FULLEST_LEVEL, YearCalendar, level


def month_labels(locale: QLocale | None = None) -> list[str]:
    """Short month names above the columns, the locale's own ("Jan", "Ene", "Jan.")."""
    locale = locale or QLocale()
    short = QLocale.FormatType.ShortFormat
    return [locale.standaloneMonthName(month, short) for month in range(1, 13)]


def weekday_labels(locale: QLocale | None = None, step: int = 2) -> list[str]:
    """Row labels, Monday on top: every ``step``-th day named, so they fit beside small cells
    (every other day, or every third when the text is taller than two cells)."""
    locale = locale or QLocale()
    short = QLocale.FormatType.ShortFormat
    return [
        locale.standaloneDayName(day, short) if (day - 1) % step == 0 else "" for day in range(1, 8)
    ]


#: How far each colour step moves from the neutral cell towards the highlight colour.
LEVEL_MIX = (0.0, 0.4, 0.7, 1.0)


def level_colours(palette: QPalette) -> list[QColor]:
    """The calendar's colours, from a plain day to the fullest (greens from the palette)."""
    plain = palette.color(QPalette.ColorRole.Midlight)
    green = palette.color(QPalette.ColorRole.Highlight)
    return [mix(plain, green, amount) for amount in LEVEL_MIX]


def day_description(day: date, count: int) -> str:
    """A cell's words: the date, and the entries when there are any (nothing about none)."""
    when = long_date(day)
    return f"{when}: {counts().entries(count)}" if count else when


#: Stands in for the year until the Insights view sets the real one (see ``__init__``).
_NO_YEAR_YET = 2000


class YearCalendarChart(QWidget):
    """One year as weeks in columns (Monday on top), a cell per day, coloured by entries.

    Keyboard: the arrow keys move a marked day (a day left or right, a week up or down),
    Home and End go to the year's ends; ``day_focused`` says which day and how many entries.
    """

    day_focused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The view gives the chart its year from the journal's clock before it is shown; an
        # empty year stands in until then, so the chart never asks the system what year it is.
        self._year = YearCalendar(_NO_YEAR_YET, {})
        self._today: date | None = None
        self._marked: date | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(translate("InsightsCalendar", "Practice calendar"))

    @property
    def year(self) -> YearCalendar:
        return self._year

    def set_year(self, year: YearCalendar, today: date, description: str) -> None:
        self._year, self._today = year, today
        if self._marked is None or self._marked.year != year.year:
            self._marked = None
        self.setAccessibleName(
            translate("InsightsCalendar", "Practice calendar for {year}").format(year=year.year)
        )
        self.setAccessibleDescription(description)
        self.updateGeometry()
        self.update()

    # -- geometry ------------------------------------------------------------------------

    def _metrics(self) -> QFontMetrics:
        return QFontMetrics(self.font())

    def _left(self) -> int:
        # The widest of the locale's own names ("Mi", "mié", "Wed"), whichever rows are named.
        names = weekday_labels(step=1)
        return max(self._metrics().horizontalAdvance(name) for name in names) + 8

    def _top(self) -> int:
        return self._metrics().height() + 4

    def _cell(self) -> int:
        available = max(1, self.width() - self._left() - 4)
        return max(8, min(18, available // 54))

    def _first_monday(self) -> date:
        first = date(self._year.year, 1, 1)
        return first - timedelta(days=first.weekday())

    def _cell_rect(self, day: date) -> QRect:
        cell = self._cell()
        week = (day - self._first_monday()).days // 7
        x = self._left() + week * cell
        y = self._top() + day.weekday() * cell
        return QRect(x, y, cell - 2, cell - 2)

    def day_at(self, point: QPoint) -> date | None:
        cell = self._cell()
        column = (point.x() - self._left()) // cell
        row = (point.y() - self._top()) // cell
        if point.x() < self._left() or point.y() < self._top() or not 0 <= row < 7:
            return None
        day = self._first_monday() + timedelta(days=column * 7 + row)
        return day if day.year == self._year.year else None

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        legend = self._metrics().height() + 10
        return QSize(self._left() + 54 * 14 + 4, self._top() + 7 * 14 + legend)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(self._left() + 54 * 8 + 4, self.sizeHint().height())

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        del width
        return self.sizeHint().height()

    # -- painting ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        del event
        palette = self.palette()
        colours = level_colours(palette)
        # Days still to come are drawn fainter: they are simply ahead, not empty.
        faded = [QColor.fromRgbF(c.redF(), c.greenF(), c.blueF(), 0.45) for c in colours]
        text = palette.color(QPalette.ColorRole.WindowText)
        quiet = palette.color(QPalette.ColorRole.PlaceholderText)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(quiet)
        metrics = self._metrics()
        # A name is as tall as its text; at 150% that is more than two small cells, so the
        # rows named are spaced wider apart rather than the names overlapping.
        step = max(2, math.ceil(metrics.height() / self._cell()))
        for row, name in enumerate(weekday_labels(step=step)):
            if name and row + step <= 7:
                y = self._top() + row * self._cell()
                box = QRect(0, y - 2, self._left() - 6, max(self._cell(), metrics.height()))
                painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, name)
        for month, name in enumerate(month_labels(), start=1):
            x = self._cell_rect(date(self._year.year, month, 1)).x()
            painter.drawText(QPoint(x, metrics.ascent()), name)
        painter.setPen(Qt.PenStyle.NoPen)
        for day in self._year.days():
            count = self._year.count_on(day)
            later = self._today is not None and day > self._today
            painter.setBrush(faded[level(count)] if later else colours[level(count)])
            painter.drawRoundedRect(QRectF(self._cell_rect(day)), 2.5, 2.5)
        self._paint_marks(painter, text)
        self._paint_legend(painter, colours, quiet)
        painter.end()

    def _paint_marks(self, painter: QPainter, text: QColor) -> None:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self._today is not None and self._today.year == self._year.year:
            painter.setPen(QPen(text, 1.2))
            painter.drawRoundedRect(
                QRectF(self._cell_rect(self._today)).adjusted(-1, -1, 1, 1), 3, 3
            )
        if self._marked is not None and self.hasFocus():
            highlight = self.palette().color(QPalette.ColorRole.Highlight)
            painter.setPen(QPen(highlight.darker(130) if highlight.lightness() > 96 else text, 2))
            painter.drawRoundedRect(
                QRectF(self._cell_rect(self._marked)).adjusted(-2, -2, 2, 2), 3, 3
            )

    def _paint_legend(self, painter: QPainter, colours: list[QColor], quiet: QColor) -> None:
        metrics = self._metrics()
        cell = self._cell()
        y = self._top() + 7 * cell + 6
        right = self._left() + 53 * cell
        more = translate("InsightsCalendar", "more")
        x = right - metrics.horizontalAdvance(more)
        painter.setPen(quiet)
        painter.drawText(QPoint(x, y + metrics.ascent()), more)
        x -= 6 + (FULLEST_LEVEL + 1) * cell
        for step, colour in enumerate(colours):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            box = QRectF(x + step * cell, y + (metrics.height() - cell) / 2 + 1, cell - 2, cell - 2)
            painter.drawRoundedRect(box, 2.5, 2.5)
        fewer = translate("InsightsCalendar", "fewer entries")
        painter.setPen(quiet)
        painter.drawText(
            QPoint(
                x - 6 - metrics.horizontalAdvance(fewer),
                y + metrics.ascent(),
            ),
            fewer,
        )

    # -- words for the pointer and the keyboard -------------------------------------------

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip:
            day = self.day_at(event.pos())
            if day is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(
                    event.globalPos(), day_description(day, self._year.count_on(day)), self
                )
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        day = self.day_at(event.position().toPoint())
        if day is not None:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.mark(day)
        super().mousePressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        if self._marked is None:
            in_year = self._today is not None and self._today.year == self._year.year
            self.mark(self._today if in_year and self._today else date(self._year.year, 1, 1))
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        self.update()
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        steps = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_Down: 1,
        }
        key = Qt.Key(event.key())
        marked = self._marked or date(self._year.year, 1, 1)
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            target = marked + timedelta(days=steps[key] * 7)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            target = marked + timedelta(days=steps[key])
        elif key == Qt.Key.Key_Home:
            target = date(self._year.year, 1, 1)
        elif key == Qt.Key.Key_End:
            target = date(self._year.year, 12, 31)
        else:
            super().keyPressEvent(event)
            return
        if target.year == self._year.year:
            self.mark(target)

    def mark(self, day: date) -> None:
        self._marked = day
        self.day_focused.emit(day_description(day, self._year.count_on(day)))
        self.update()

    @property
    def marked(self) -> date | None:
        return self._marked
