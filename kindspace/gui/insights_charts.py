"""The Insights charts, painted with QPainter: a year of practice, before/after, exercise use.

Why painted by hand: Qt's chart add-on would add a large module to the bundle for three small
pictures. Every colour comes from the application palette (mixed between the palette's own
colours), so the charts follow light and dark and the text keeps the palette's contrast.
Practice shows in gentle greens from the highlight colour; a day without an entry is a plain
cell in the palette's neutral tone, never a warning colour. Each chart also says what it shows
in words (accessible name and description) for screen readers.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
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

from kindspace.practice.insights import (
    FULLEST_LEVEL,
    ExerciseRatings,
    ExerciseUse,
    RatingPair,
    YearCalendar,
    level,
)
from kindspace.practice.insights_words import long_date, times, use_label

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
WEEKDAYS = ("Mon", "", "Wed", "", "Fri", "", "")
#: How far each colour step moves from the neutral cell towards the highlight colour.
LEVEL_MIX = (0.0, 0.4, 0.7, 1.0)
#: The before/after chart shows at most this many recent times, so dots stay readable.
MAX_PAIRS_SHOWN = 60


def mix(first: QColor, second: QColor, amount: float) -> QColor:
    """``amount`` of the way from ``first`` to ``second`` (0 is first, 1 is second)."""
    keep = 1.0 - amount
    return QColor.fromRgbF(
        first.redF() * keep + second.redF() * amount,
        first.greenF() * keep + second.greenF() * amount,
        first.blueF() * keep + second.blueF() * amount,
    )


def level_colours(palette: QPalette) -> list[QColor]:
    """The calendar's colours, from a plain day to the fullest (greens from the palette)."""
    plain = palette.color(QPalette.ColorRole.Midlight)
    green = palette.color(QPalette.ColorRole.Highlight)
    return [mix(plain, green, amount) for amount in LEVEL_MIX]


def day_description(day: date, count: int) -> str:
    """A cell's words: the date, and the entries when there are any (nothing about none)."""
    when = f"{day:%A} {long_date(day)}"
    return f"{when}: {times(count, 'entry', 'entries')}" if count else when


class YearCalendarChart(QWidget):
    """One year as weeks in columns (Monday on top), a cell per day, coloured by entries.

    Keyboard: the arrow keys move a marked day (a day left or right, a week up or down),
    Home and End go to the year's ends; ``day_focused`` says which day and how many entries.
    """

    day_focused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._year = YearCalendar(date.today().year, {})
        self._today: date | None = None
        self._marked: date | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName("Practice calendar")

    @property
    def year(self) -> YearCalendar:
        return self._year

    def set_year(self, year: YearCalendar, today: date, description: str) -> None:
        self._year, self._today = year, today
        if self._marked is None or self._marked.year != year.year:
            self._marked = None
        self.setAccessibleName(f"Practice calendar for {year.year}")
        self.setAccessibleDescription(description)
        self.updateGeometry()
        self.update()

    # -- geometry ------------------------------------------------------------------------

    def _metrics(self) -> QFontMetrics:
        return QFontMetrics(self.font())

    def _left(self) -> int:
        return self._metrics().horizontalAdvance("Wed") + 8

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
        for row, name in enumerate(WEEKDAYS):
            if name:
                y = self._top() + row * self._cell()
                box = QRect(0, y - 2, self._left() - 6, self._cell())
                painter.drawText(
                    box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, name
                )
        for month, name in enumerate(MONTHS, start=1):
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
        more = "more"
        x = right - metrics.horizontalAdvance(more)
        painter.setPen(quiet)
        painter.drawText(QPoint(x, y + metrics.ascent()), more)
        x -= 6 + (FULLEST_LEVEL + 1) * cell
        for step, colour in enumerate(colours):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            box = QRectF(x + step * cell, y + (metrics.height() - cell) / 2 + 1, cell - 2, cell - 2)
            painter.drawRoundedRect(box, 2.5, 2.5)
        fewer = "fewer entries"
        painter.setPen(quiet)
        painter.drawText(
            QPoint(x - 6 - metrics.horizontalAdvance(fewer), y + metrics.ascent()), fewer
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


class BeforeAfterChart(QWidget):
    """Each rated time as a short line from the rating before (hollow) to after (filled)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pairs: tuple[RatingPair, ...] = ()
        self._total = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAccessibleName("Before and after chart")

    def set_ratings(self, ratings: ExerciseRatings | None, description: str) -> None:
        pairs = ratings.pairs if ratings is not None else ()
        self._total = len(pairs)
        self._pairs = pairs[-MAX_PAIRS_SHOWN:]
        name = ratings.title if ratings is not None else "an exercise"
        self.setAccessibleName(f"Before and after: {name}")
        self.setAccessibleDescription(description)
        self.update()

    @property
    def shown(self) -> tuple[RatingPair, ...]:
        return self._pairs

    def caption(self) -> str:
        if self._total > len(self._pairs):
            return f"The latest {len(self._pairs)} of {self._total} times are shown."
        return ""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(560, QFontMetrics(self.font()).height() * 12)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(260, self.sizeHint().height())

    def _plot_area(self) -> QRectF:
        metrics = QFontMetrics(self.font())
        left = metrics.horizontalAdvance("10") + metrics.height() + 14
        top = metrics.height() * 1.6
        bottom = metrics.height() * 2.4
        return QRectF(left, top, max(10.0, self.width() - left - 12), self.height() - top - bottom)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        del event
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        quiet = palette.color(QPalette.ColorRole.PlaceholderText)
        grid = palette.color(QPalette.ColorRole.Midlight)
        before = palette.color(QPalette.ColorRole.LinkVisited)
        after = palette.color(QPalette.ColorRole.Highlight)
        metrics = QFontMetrics(self.font())
        area = self._plot_area()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)

        def y_for(value: float) -> float:
            return area.bottom() - value / 10 * area.height()

        for value in (0, 5, 10):
            painter.setPen(QPen(grid, 1))
            painter.drawLine(
                QPointF(area.left(), y_for(value)), QPointF(area.right(), y_for(value))
            )
            painter.setPen(quiet)
            label = QRectF(
                area.left() - 40, y_for(value) - metrics.height() / 2, 34, metrics.height()
            )
            painter.drawText(
                label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(value)
            )
        painter.save()
        painter.translate(metrics.ascent() - 2, area.center().y())
        painter.rotate(-90)
        axis = "rating 0–10"
        painter.drawText(QPointF(-metrics.horizontalAdvance(axis) / 2, 0), axis)
        painter.restore()
        self._paint_legend(painter, metrics, before, after, text)
        if not self._pairs:
            painter.setPen(quiet)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, "No ratings to show yet")
            painter.end()
            return
        count = len(self._pairs)
        step = area.width() / count
        radius = max(2.5, min(5.0, step / 3))
        for index, pair in enumerate(self._pairs):
            x = area.left() + step * (index + 0.5)
            start, end = QPointF(x, y_for(pair.before)), QPointF(x, y_for(pair.after))
            painter.setPen(QPen(mix(before, after, 0.5), 1.6))
            painter.drawLine(start, end)
            painter.setPen(QPen(before, 1.6))
            painter.setBrush(palette.color(QPalette.ColorRole.Window))
            painter.drawEllipse(start, radius, radius)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(after)
            painter.drawEllipse(end, radius, radius)
        painter.setPen(quiet)
        baseline = area.bottom() + metrics.height() + 2
        first, last = self._pairs[0].day, self._pairs[-1].day
        painter.drawText(QPointF(area.left(), baseline), long_date(first))
        if count > 1:
            last_text = long_date(last)
            painter.drawText(
                QPointF(area.right() - metrics.horizontalAdvance(last_text), baseline), last_text
            )
        middle = "earlier  →  later"
        painter.drawText(
            QPointF(area.center().x() - metrics.horizontalAdvance(middle) / 2, baseline), middle
        )
        painter.end()

    def _paint_legend(
        self, painter: QPainter, metrics: QFontMetrics, before: QColor, after: QColor, text: QColor
    ) -> None:
        area = self._plot_area()
        y = metrics.ascent()
        x = area.left()
        radius = 4.5
        painter.setPen(QPen(before, 1.6))
        painter.setBrush(self.palette().color(QPalette.ColorRole.Window))
        painter.drawEllipse(QPointF(x + radius, y - metrics.ascent() / 2 + 1), radius, radius)
        painter.setPen(text)
        x += 2 * radius + 6
        painter.drawText(QPointF(x, y), "before")
        x += metrics.horizontalAdvance("before") + 18
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(after)
        painter.drawEllipse(QPointF(x + radius, y - metrics.ascent() / 2 + 1), radius, radius)
        painter.setPen(text)
        painter.drawText(QPointF(x + 2 * radius + 6, y), "after (lower is lighter)")


class UseBars(QWidget):
    """One bar per kind of entry, most used first, with the count in words beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._uses: tuple[ExerciseUse, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAccessibleName("Exercises you use")

    def set_uses(self, uses: tuple[ExerciseUse, ...], description: str) -> None:
        self._uses = uses
        self.setAccessibleDescription(description)
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return QFontMetrics(self.font()).height() + 10

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(560, max(1, len(self._uses)) * self._row_height() + 4)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(260, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        del event
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        track = palette.color(QPalette.ColorRole.Midlight)
        bar = mix(track, palette.color(QPalette.ColorRole.Highlight), 0.75)
        metrics = QFontMetrics(self.font())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        labels = [use_label(use) for use in self._uses]
        label_width = min(
            max((metrics.horizontalAdvance(label) for label in labels), default=0) + 16,
            int(self.width() * 0.55),
        )
        most = max((use.count for use in self._uses), default=1)
        row = self._row_height()
        for index, (use, label) in enumerate(zip(self._uses, labels, strict=True)):
            top = index * row + 2
            painter.setPen(text)
            box = QRect(0, top, label_width - 12, row)
            shown = metrics.elidedText(label, Qt.TextElideMode.ElideMiddle, box.width())
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)
            room = max(10, self.width() - label_width - 8)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(track)
            bar_top = top + row * 0.25
            painter.drawRoundedRect(QRectF(label_width, bar_top, room, row * 0.5), 3, 3)
            painter.setBrush(bar)
            width = max(4.0, room * use.count / most)
            painter.drawRoundedRect(QRectF(label_width, bar_top, width, row * 0.5), 3, 3)
        painter.end()
