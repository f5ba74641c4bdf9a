"""How search results look: one calm card per entry, with the matched words marked.

Journal text is escaped before any markup is added, so an entry that contains ``<b>`` or
``&`` shows exactly those characters and can never style the list. The mark colour is not a
fixed yellow: it is the palette's Highlight laid thinly over the background, so it reads well
in light and dark themes alike and follows a theme change at the next paint.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QMargins,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from kindspace.gui.theme import search_mark
from kindspace.journal.models import SearchHit

_PADDING = QMargins(12, 10, 12, 10)
_WHITESPACE = re.compile(r"\s+")
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class ResultRow:
    """One search hit with the words a person reads around it (day and kind)."""

    hit: SearchHit
    day_text: str
    kind_text: str

    def plain_text(self) -> str:
        """The row as one line of text, for screen readers and keyboard search."""
        parts = [self.day_text, self.kind_text]
        if self.hit.title.strip() and not self.snippet_is_title():
            parts.append(self.hit.title.strip())
        parts.append(_one_line(self.hit.plain_snippet()))
        return ". ".join(part for part in parts if part)

    def snippet_is_title(self) -> bool:
        """Whether the snippet is the title itself (then it is shown once, as the title)."""
        return _one_line(self.hit.plain_snippet()).strip("… ") == _one_line(self.hit.title)


def _one_line(text: str) -> str:
    return _WHITESPACE.sub(" ", text).strip()


def marked_html(hit: SearchHit, mark_style: str) -> str:
    """The snippet as HTML: every piece escaped, matched pieces wrapped in a styled span."""
    pieces = []
    for text, is_match in hit.snippet_parts():
        safe = html.escape(_WHITESPACE.sub(" ", text))
        pieces.append(f'<span style="{mark_style}">{safe}</span>' if is_match else safe)
    return "".join(pieces)


def row_html(row: ResultRow, palette: QPalette, *, selected: bool) -> str:
    """The card's HTML in the palette's colours (selected rows use the selection colours)."""
    group = QPalette.ColorGroup.Active
    if selected:
        text = palette.color(group, QPalette.ColorRole.HighlightedText)
        muted = text
        mark = search_mark(palette, selected=True)
    else:
        text = palette.color(group, QPalette.ColorRole.Text)
        muted = palette.color(group, QPalette.ColorRole.PlaceholderText)
        mark = search_mark(palette, selected=False)
    mark_style = f"font-weight:700; background-color:{mark.name()};"
    meta = " · ".join(html.escape(part) for part in (row.day_text, row.kind_text) if part)
    lines = [f'<p style="margin:0; color:{muted.name()};">{meta}</p>']
    snippet = marked_html(row.hit, mark_style)
    title = _one_line(row.hit.title)
    if row.snippet_is_title():
        title, snippet = snippet, ""
    else:
        title = html.escape(title)
    if title:
        lines.append(f'<p style="margin:4px 0 0 0; font-weight:600;">{title}</p>')
    if snippet:
        lines.append(f'<p style="margin:4px 0 0 0;">{snippet}</p>')
    return f'<div style="color:{text.name()};">{"".join(lines)}</div>'


class SearchResultsModel(QAbstractListModel):
    """The rows shown; DisplayRole is plain text, HIT_ROLE the row, ENTRY_ID_ROLE its id."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ResultRow] = []

    def set_rows(self, rows: list[ResultRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def entry_ids(self) -> list[str]:
        return [row.hit.entry_id for row in self._rows]

    def rowCount(  # noqa: N802  (Qt's name)
        self,
        parent: QModelIndex | QPersistentModelIndex = QModelIndex(),  # noqa: B008
    ) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.plain_text()
        if role == HIT_ROLE:
            return row
        if role == ENTRY_ID_ROLE:
            return row.hit.entry_id
        return None


class SearchResultDelegate(QStyledItemDelegate):
    """Paints each row as rich text, as tall as its wrapped text needs at the list's width."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def _document(self, row: ResultRow, option: QStyleOptionViewItem, width: int) -> QTextDocument:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(option.font)
        document.setHtml(row_html(row, option.palette, selected=selected))
        document.setTextWidth(max(1, width - _PADDING.left() - _PADDING.right()))
        return document

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        row = index.data(HIT_ROLE)
        if not isinstance(row, ResultRow):
            super().paint(painter, option, index)
            return
        background = QStyleOptionViewItem(option)
        self.initStyleOption(background, index)
        background.text = ""
        style = self._view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter, self._view)
        rect = option.rect
        document = self._document(row, option, rect.width())
        painter.save()
        painter.translate(rect.left() + _PADDING.left(), rect.top() + _PADDING.top())
        document.documentLayout().draw(painter, QAbstractTextDocumentLayout.PaintContext())
        painter.restore()
        if not option.state & QStyle.StateFlag.State_Selected:
            painter.save()
            painter.setPen(option.palette.color(QPalette.ColorRole.Midlight))
            painter.drawLine(rect.bottomLeft(), rect.bottomRight())
            painter.restore()

    def sizeHint(  # noqa: N802  (Qt's name)
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        row = index.data(HIT_ROLE)
        if not isinstance(row, ResultRow):
            return super().sizeHint(option, index)
        width = self._view.viewport().width()
        document = self._document(row, option, width)
        height = int(document.size().height()) + _PADDING.top() + _PADDING.bottom()
        return QSize(width, height)
