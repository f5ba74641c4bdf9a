"""Give a splitter's panes their new smallest size when the text size changes.

Why: QSplitter checks its panes' minimum sizes when the window is resized, not when the text
grows. After a person picks a larger text size in Settings, the calendar beside Today stayed
as narrow as before and cut its weekday names ("W…") until the window was resized by hand.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QSplitter


class _Refit(QObject):
    def __init__(self, splitter: QSplitter) -> None:
        super().__init__(splitter)
        self._splitter = splitter
        splitter.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            # After the panes have taken the new font and measured themselves again.
            QTimer.singleShot(0, self, self._refit)
        return False

    def _refit(self) -> None:
        self._splitter.refresh()


def refit_on_text_size(splitter: QSplitter) -> None:
    _Refit(splitter)
