"""Headings, quiet hints and the recovery key's large monospaced type, relative to the text size.

Why relative and kept up to date: a person can change the text size in Settings while a view
is open. A font set once with an absolute size would stay behind, so every scaled widget
remembers its factor and is scaled again from the application font whenever that changes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QListWidgetItem, QWidget

_SCALE = "kindspaceFontScale"
_BOLD = "kindspaceFontBold"
_FIXED = "kindspaceFontFixed"

# The type scale, as factors of the person's text size (Settings ▸ Comfort); body text is 1.
HEADING = 1.45  # one per view: the view's name or the exercise's title
SUBHEADING = 1.15  # a group inside a view
READING = 1.2  # what a person reads slowly or writes in: exercise questions and answers
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


def reading(widget: QWidget) -> None:
    """The larger, readable body for exercise questions and the words written to them."""
    scale_font(widget, READING)


def note_item(item: QListWidgetItem) -> None:
    """A list line to read, not to choose (a section heading, "nothing here yet").

    Why not ``NoItemFlags``: a disabled item is painted in the disabled colour (half
    transparent, 2.9:1), which is for controls that can't be used, not for words to read.
    """
    item.setFlags(Qt.ItemFlag.ItemIsEnabled)


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
        # PySide can hand back a stale wrapper of a deleted layout item for a widget made
        # later at the same address (see layout_contents); passing over it keeps the rest
        # of a text-size change going. Only widgets carry a scaled font.
        if isinstance(widget, QWidget):
            _apply(widget)
