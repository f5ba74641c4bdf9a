"""A layout's widgets and inner layouts, in order, without leaving item wrappers behind.

Why: a ``QWidgetItem`` wrapper that PySide kept after Qt deleted its item once came back from
``QApplication.allWidgets()`` in place of a new widget at the same address, and the text
size's rescaling failed on it (see ``kindspace/gui/layout_contents.py``).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayoutItem, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from kindspace.gui.layout_contents import layout_contents, layout_widgets


def item_wrappers() -> int:
    """Live Python wrappers of layout items that are not QObjects (widget and spacer items)."""
    return sum(
        1
        for thing in gc.get_objects()
        if isinstance(thing, QLayoutItem) and not isinstance(thing, QObject)
    )


class Row(QWidget):
    """A row of two buttons around an inner row, with a stretch and a spacing."""

    def __init__(self) -> None:
        super().__init__()
        self.row = QHBoxLayout(self)
        self.first, self.last = QPushButton("first"), QPushButton("last")
        self.inner = QHBoxLayout()
        self.inner.setObjectName("innerRow")  # as a form names them
        self.nested = QLabel("inside the inner row")
        self.row.addStretch()
        self.row.addWidget(self.first)
        self.row.addLayout(self.inner)
        self.inner.addWidget(self.nested)
        self.row.addSpacing(8)
        self.row.addWidget(self.last)
        self.last.hide()


def a_row(qtbot: QtBot) -> Row:
    made = Row()
    qtbot.addWidget(made)
    return made


def test_it_lists_what_is_placed_directly_in_order(qtbot: QtBot) -> None:
    made = a_row(qtbot)

    assert layout_contents(made.row) == [made.first, made.inner, made.last]  # no spacers
    assert layout_widgets(made.row) == [made.first, made.last]  # a hidden one too
    assert layout_widgets(made.inner) == [made.nested]


def test_it_leaves_no_item_wrapper_alive(qtbot: QtBot) -> None:
    made = a_row(qtbot)
    before = item_wrappers()

    layout_contents(made.row)
    layout_widgets(made.inner)

    assert item_wrappers() == before
