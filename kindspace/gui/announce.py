"""Say a status change to screen readers ("Saved", "Kept as a draft"), not only show it.

A status bar message is easy to miss for anyone who can't see it change. An accessibility
announcement is spoken once, politely, without moving the focus.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QMainWindow, QWidget

#: Every announcement made in this run, newest last (what tests and the probe read back).
SPOKEN: list[str] = []
SPOKEN_KEPT = 50


def announce(widget: QWidget, text: str) -> None:
    """Ask screen readers to say ``text`` now (polite: after what they are reading)."""
    SPOKEN.append(text)
    del SPOKEN[:-SPOKEN_KEPT]
    QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))


def show_status(window: QMainWindow, text: str, milliseconds: int) -> None:
    """Show ``text`` in the status bar and announce it."""
    window.statusBar().showMessage(text, milliseconds)
    announce(window.statusBar(), text)
