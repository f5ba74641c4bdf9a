"""The Insights charts, painted with QPainter: before/after ratings and exercise use.

Why painted by hand: Qt's chart add-on would add a large module to the bundle for three small
pictures. Every colour comes from the application palette (mixed between the palette's own
colours), so the charts follow light and dark and the text keeps the palette's contrast.
Each chart also says what it shows in words (accessible name and description) for screen
readers. The year calendar is in ``insights_calendar``.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from kindspace.gui.dates import day_month_year
from kindspace.gui.theme import mix
from kindspace.gui.words import counts, translate
from kindspace.practice.insights import (
    ExerciseRatings,
    ExerciseUse,
    RatingPair,
)
from kindspace.practice.insights_words import use_label

#: The before/after chart shows at most this many recent times, so dots stay readable.
MAX_PAIRS_SHOWN = 60


class BeforeAfterChart(QWidget):
    """Each rated time as a short line from the rating before (hollow) to after (filled)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pairs: tuple[RatingPair, ...] = ()
        self._total = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAccessibleName(translate("InsightsCharts", "Before and after chart"))

    def set_ratings(self, ratings: ExerciseRatings | None, description: str) -> None:
        pairs = ratings.pairs if ratings is not None else ()
        self._total = len(pairs)
        self._pairs = pairs[-MAX_PAIRS_SHOWN:]
        name = ratings.title if ratings is not None else translate("InsightsCharts", "an exercise")
        self.setAccessibleName(
            translate("InsightsCharts", "Before and after: {exercise}").format(exercise=name)
        )
        self.setAccessibleDescription(description)
        self.update()

    @property
    def shown(self) -> tuple[RatingPair, ...]:
        return self._pairs

    def caption(self) -> str:
        if self._total > len(self._pairs):
            total = QLocale().toString(self._total)
            return counts().latest_shown(len(self._pairs)).format(total=total)
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
        axis = translate("InsightsCharts", "rating 0–10")
        painter.drawText(
            QPointF(-metrics.horizontalAdvance(axis) / 2, 0),
            axis,
        )
        painter.restore()
        self._paint_legend(painter, metrics, before, after, text)
        if not self._pairs:
            painter.setPen(quiet)
            painter.drawText(
                area,
                Qt.AlignmentFlag.AlignCenter,
                translate("InsightsCharts", "No ratings to show yet"),
            )
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
        painter.drawText(QPointF(area.left(), baseline), day_month_year(first))
        if count > 1:
            last_text = day_month_year(last)
            painter.drawText(
                QPointF(area.right() - metrics.horizontalAdvance(last_text), baseline), last_text
            )
        middle = translate("InsightsCharts", "earlier  →  later")
        painter.drawText(
            QPointF(
                area.center().x() - metrics.horizontalAdvance(middle) / 2,
                baseline,
            ),
            middle,
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
        before_text = translate("InsightsCharts", "before")
        painter.drawText(QPointF(x, y), before_text)
        x += metrics.horizontalAdvance(before_text) + 18
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(after)
        painter.drawEllipse(QPointF(x + radius, y - metrics.ascent() / 2 + 1), radius, radius)
        painter.setPen(text)
        painter.drawText(
            QPointF(x + 2 * radius + 6, y), translate("InsightsCharts", "after (lower is lighter)")
        )


class UseBars(QWidget):
    """One bar per kind of entry, most used first, with the count in words beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._uses: tuple[ExerciseUse, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAccessibleName(translate("InsightsCharts", "Exercises you use"))

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
