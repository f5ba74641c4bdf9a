"""List rows that wrap their words over as many lines as they need, measured at the width
they are painted at.

Why: a QListView with word wrap asks its delegate for a row's size with the viewport's width,
but paints the row inside that width less the list's spacing on both sides. A first line that
just fits the one and not the other ("Montag, 30. November 2026, 17:15 · Notiz") is then given
one line's height and painted on two, so Qt cuts the row short ("Notiz…") and its preview is
lost. Measuring at the painted width gives every row its real height, in any language and at
any text size.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtWidgets import QListView, QStyledItemDelegate, QStyleOptionViewItem


class WrappedRows(QStyledItemDelegate):
    """A delegate whose rows are as tall as their wrapped words at the painted width."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(  # noqa: N802 (Qt's name)
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        view = self._view
        room = view.viewport().width() - 2 * view.spacing()
        if room > 0:
            option = QStyleOptionViewItem(option)
            option.rect.setWidth(room)
        size = super().sizeHint(option, index)
        return QSize(min(size.width(), max(room, 1)), size.height())


def wrap_rows(view: QListView) -> None:
    """Give ``view`` rows measured where they are painted, re-measured as the list resizes."""
    view.setWordWrap(True)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setItemDelegate(WrappedRows(view))
