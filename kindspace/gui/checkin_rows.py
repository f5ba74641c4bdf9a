"""Today's check-in rows wrap instead of running past the window's edge.

Why: words grow with the text size and with the language (German runs about 30% longer than
English), while a chip or a button cannot wrap its own words. So the rows wrap: fewer feeling
words a row, and "Keep it" below the strength chips when they don't fit beside each other.
Only the places change; the Tab order is set once, in reading order, and still holds.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QHBoxLayout,
    QLayout,
    QPushButton,
    QWidget,
)

from kindspace.gui.layout_contents import layout_contents


def reflow_chips(layout: QGridLayout, chips: Sequence[QWidget], room: int, most: int) -> None:
    """Up to ``most`` chips a row, fewer when the widest ones need the room."""
    if not chips:
        return
    spacing = max(layout.horizontalSpacing(), 0)
    wishes = [chip.sizeHint().width() for chip in chips]
    columns = next((n for n in range(most, 1, -1) if _grid_width(wishes, n, spacing) <= room), 1)
    for chip in chips:
        layout.removeWidget(chip)
    for column in range(most + 1):
        layout.setColumnStretch(column, 0)
    for index, chip in enumerate(chips):
        layout.addWidget(chip, *divmod(index, columns))
    # Chips keep their own width; what is left over stays at the end of each row.
    layout.setColumnStretch(columns, 1)


def _grid_width(wishes: Sequence[int], columns: int, spacing: int) -> int:
    """How wide a grid of ``columns`` is: each column as wide as its widest chip."""
    widest = [max(wishes[column::columns]) for column in range(columns)]
    return sum(widest) + spacing * (columns - 1)


class KeepBelow:
    """Moves ``button`` from the end of ``row`` to a row of its own below, and back."""

    def __init__(self, page: QBoxLayout, row: QHBoxLayout, button: QPushButton) -> None:
        self._page, self._row, self._button = page, row, button
        self._below = QHBoxLayout()
        self._below.addStretch(1)
        self._below.setContentsMargins(0, 0, 0, 0)
        page.insertLayout(page.indexOf(row) + 1, self._below)
        self._apart = False

    def fit(self, room: int) -> None:
        needed = _width(self._row, self._button) + _wish(self._button)
        apart = needed > room
        if apart == self._apart:
            return
        self._apart = apart
        (self._row if apart else self._below).removeWidget(self._button)
        (self._below if apart else self._row).addWidget(self._button)


def _width(layout: QLayout, skip: QWidget) -> int:
    """What a row of widgets and rows wants, measured from the widgets now (a layout's own
    wish lags behind words that just changed), with its spacing; ``skip`` left out."""
    spacing = max(layout.spacing(), 0)
    widths = []
    for held in layout_contents(layout):
        if isinstance(held, QLayout):
            widths.append(_width(held, skip))
        elif held is not skip and not held.isHidden():
            widths.append(_wish(held))
    return sum(widths) + spacing * len(widths)


def _wish(widget: QWidget) -> int:
    return widget.sizeHint().width()
