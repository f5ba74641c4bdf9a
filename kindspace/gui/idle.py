"""Notice when nobody has touched kindspace for a while, without waking up to poll.

One single-shot timer is armed for the moment the idle time would run out. Input only
records a timestamp (cheap on every mouse move); when the timer fires it checks whether the
time really ran out and, if not, re-arms for what is left. So an idle app wakes up once,
not every second.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleWatcher(QObject):
    """Emits ``idle`` once after ``minutes`` without input; ``set_minutes(0)`` switches it off."""

    idle = Signal()

    def __init__(
        self, parent: QObject | None = None, monotonic: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(parent)
        self._monotonic = monotonic
        self._limit_seconds = 0.0
        self._last_input = monotonic()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._check)

    def set_minutes(self, minutes: int) -> None:
        self._limit_seconds = minutes * 60.0
        self.touch()
        self._arm(self._limit_seconds)

    def is_active(self) -> bool:
        return self._timer.isActive()

    def touch(self) -> None:
        self._last_input = self._monotonic()

    def stop(self) -> None:
        self._timer.stop()

    def restart(self) -> None:
        self.set_minutes(int(self._limit_seconds // 60))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in INPUT_EVENTS:
            self._last_input = self._monotonic()
        return False

    def _arm(self, seconds: float) -> None:
        if self._limit_seconds <= 0:
            self._timer.stop()
            return
        self._timer.start(max(1, int(seconds * 1000)))

    def _check(self) -> None:
        left = self._limit_seconds - (self._monotonic() - self._last_input)
        if left > 0.5:
            self._arm(left)
            return
        self.idle.emit()
