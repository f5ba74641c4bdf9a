"""Headings, quiet hints and the recovery key's large monospaced type, relative to the text size.

Why relative and kept up to date: a person can change the text size in Settings while a view
is open. A font set once with an absolute size would stay behind, so every scaled widget
remembers its factor and is scaled again from the application font whenever that changes.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

_SCALE = "kindspaceFontScale"
_BOLD = "kindspaceFontBold"
_FIXED = "kindspaceFontFixed"

HEADING = 1.45
SUBHEADING = 1.15
RECOVERY_KEY = 1.6


def scale_font(widget: QWidget, factor: float, *, bold: bool = False, fixed: bool = False) -> None:
    """Show ``widget``'s text ``factor`` times the app's size, now and after any change."""
    widget.setProperty(_SCALE, factor)
    widget.setProperty(_BOLD, bold)
    widget.setProperty(_FIXED, fixed)
    _apply(widget)
    _follow_application_font()


def heading(label: QLabel) -> None:
    scale_font(label, HEADING)


def quiet(label: QLabel) -> None:
    """A softer colour for explanations, still readable in light and dark (not "disabled")."""
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)


def _apply(widget: QWidget) -> None:
    factor = widget.property(_SCALE)
    if not isinstance(factor, float):
        return
    base = QApplication.font()
    font = (
        QFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        if (widget.property(_FIXED) is True)
        else QFont(base)
    )
    font.setPointSizeF(base.pointSizeF() * factor)
    font.setBold(widget.property(_BOLD) is True)
    widget.setFont(font)


_following = False


def _follow_application_font() -> None:
    """Connect once to the app's font signal (an event filter would see every event)."""
    global _following
    app = QApplication.instance()
    if not _following and isinstance(app, QApplication):
        app.fontChanged.connect(_rescale_all)
        _following = True


def _rescale_all(_font: QFont) -> None:
    for widget in QApplication.allWidgets():
        _apply(widget)
