"""A breathing guide: one soft circle that grows with the in-breath and shrinks with the out-breath.

Why this rhythm: soothing-rhythm breathing (compassion-focused therapy) slows the breath to
about five or six breaths a minute, with the out-breath a little longer than the in-breath.
Nothing else moves, and nothing is counted or scored. When the person asked for less motion
the circle stands still and the words say the rhythm instead.

The guide only wakes up while it is on screen: a timer runs when shown and stops when hidden.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QHideEvent, QPainter, QPaintEvent, QShowEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from kindspace.gui.theme import breath_fill
from kindspace.gui.words import QT_TRANSLATE_NOOP, translate

IN_SECONDS = 4.0
OUT_SECONDS = 6.0
FRAME_MS = 40
SMALLEST = 0.6  # of the full circle, at the end of the out-breath
BREATHE_IN = QT_TRANSLATE_NOOP("Breathing", "Breathe in")
BREATHE_OUT = QT_TRANSLATE_NOOP("Breathing", "Breathe out")
STILL_TEXT = QT_TRANSLATE_NOOP(
    "Breathing",
    "Breathe in slowly for about four, and out for about six",
)
DESCRIPTION = QT_TRANSLATE_NOOP(
    "Breathing",
    "A circle that slowly grows as you breathe in and shrinks as you breathe out: "
    "in for about four seconds, out for about six.",
)


def breath_at(seconds: float) -> tuple[bool, float]:
    """(breathing in?, size from SMALLEST to 1) at ``seconds`` into the rhythm, eased."""
    cycle = IN_SECONDS + OUT_SECONDS
    moment = seconds % cycle
    if moment < IN_SECONDS:
        part, breathing_in = moment / IN_SECONDS, True
    else:
        part, breathing_in = 1 - (moment - IN_SECONDS) / OUT_SECONDS, False
    eased = (1 - math.cos(math.pi * part)) / 2
    return breathing_in, SMALLEST + (1 - SMALLEST) * eased


class BreathingPacer(QWidget):
    """The circle; ``set_still(True)`` for the version without motion."""

    def __init__(
        self, parent: QWidget | None = None, monotonic: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(parent)
        self.setObjectName("breathingPacer")
        self.setAccessibleName(translate("Breathing", "Breathing guide"))
        self.setAccessibleDescription(translate("Breathing", DESCRIPTION))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._monotonic = monotonic
        self._started = monotonic()
        self._still = False
        self._timer = QTimer(self)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self.update)

    def set_still(self, still: bool) -> None:
        self._still = still
        self._update_timer()
        self.update()

    def is_still(self) -> bool:
        return self._still

    def is_moving(self) -> bool:
        return self._timer.isActive()

    def phase(self) -> tuple[bool, float]:
        if self._still:
            return True, 1.0
        return breath_at(self._monotonic() - self._started)

    def words(self) -> str:
        if self._still:
            return translate("Breathing", STILL_TEXT)
        breathing_in, _size = self.phase()
        return (
            translate("Breathing", BREATHE_IN)
            if breathing_in
            else translate("Breathing", BREATHE_OUT)
        )

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        height = max(150, self.fontMetrics().height() * 8)
        return QSize(height, height)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        self._started = self._monotonic()
        self._update_timer()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt's name)
        self._timer.stop()
        super().hideEvent(event)

    def _update_timer(self) -> None:
        if self._still or not self.isVisible():
            self._timer.stop()
        else:
            self._timer.start()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        _breathing_in, size = self.phase()
        full = min(self.width(), self.height()) - 8
        diameter = full * size
        circle = QRectF(
            (self.width() - diameter) / 2, (self.height() - diameter) / 2, diameter, diameter
        )
        fill = breath_fill(palette)
        edge = QColor(palette.highlight().color())
        edge.setAlpha(160)
        painter.setBrush(fill)
        painter.setPen(edge)
        painter.drawEllipse(circle)
        painter.setPen(palette.text().color())
        text_box = QRectF(0, 0, self.width(), self.height()).adjusted(12, 0, -12, 0)
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        if self._still:
            text_box = circle.adjusted(diameter * 0.12, 0, -diameter * 0.12, 0)
        painter.drawText(text_box, int(flags), self.words())
        painter.end()
