"""Walking a shown view as a person meets it: the colours its words are painted in, and the
order Tab visits its controls."""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPalette, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCalendarWidget,
    QCheckBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QTableWidget,
    QToolButton,
    QWidget,
)

from kindspace.gui.theme import TEXT_CONTRAST, contrast_ratio, over
from tests.helpers.widgets import COMPOSITE


def background_of(widget: QWidget) -> tuple[QWidget, QPalette.ColorRole]:
    """The widget whose fill shows behind ``widget``'s words, and the role it fills with."""
    current: QWidget | None = widget
    while current is not None:
        role = current.backgroundRole()
        viewport_of_area = isinstance(current.parentWidget(), QAbstractScrollArea)
        fills = current.autoFillBackground() or current.isWindow() or viewport_of_area
        if fills and role != QPalette.ColorRole.NoRole:
            return current, role
        current = current.parentWidget()
    return widget, QPalette.ColorRole.Window


def _text_roles(widget: QWidget) -> tuple[QPalette.ColorRole, QWidget, QPalette.ColorRole]:
    # Raised buttons paint their words on their own face; flat and auto-raise ones on what
    # is behind them, as window text (a calendar's month: WindowText on green).
    raised = (isinstance(widget, QPushButton) and not widget.isFlat()) or (
        isinstance(widget, QToolButton) and not widget.autoRaise()
    )
    if raised:
        return QPalette.ColorRole.ButtonText, widget, QPalette.ColorRole.Button
    under, role = background_of(widget)
    if widget.objectName().startswith("qt_calendar_"):
        # Qt's calendar paints its month and year in the selection's text colour.
        return QPalette.ColorRole.HighlightedText, under, role
    if isinstance(widget, QAbstractButton):
        return QPalette.ColorRole.WindowText, under, role
    return widget.foregroundRole(), under, role


def _shows_words(widget: QWidget) -> bool:
    if isinstance(widget, QLabel):
        return bool(widget.text().strip()) and widget.pixmap().isNull()
    return isinstance(widget, QAbstractButton) and bool(widget.text().strip())


def faint_words(root: QWidget) -> list[str]:
    """Visible labels, buttons and list lines whose palette colours read below 4.5:1."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if _shows_words(widget) and widget.isEnabled():
            text_role, under, role = _text_roles(widget)
            text = widget.palette().color(text_role)
            ratio = contrast_ratio(text, under.palette().color(role))
            if ratio < TEXT_CONTRAST:
                found.append(
                    f"{type(widget).__name__} {widget.objectName()}: {ratio:.2f} "
                    f"({text.name()} {text_role.name} on {under.objectName()}'s {role.name})"
                )
        if isinstance(widget, QListWidget):
            found += _faint_items(widget)
    return found


def _faint_items(listing: QListWidget) -> list[str]:
    """List lines drawn disabled (half transparent) although they are there to be read."""
    palette = listing.palette()
    group = QPalette.ColorGroup.Disabled
    found = []
    for row in range(listing.count()):
        item = listing.item(row)
        if item.flags() & Qt.ItemFlag.ItemIsEnabled:
            continue
        text = palette.color(group, QPalette.ColorRole.Text)
        base = palette.color(QPalette.ColorRole.Base)
        seen = over(text, base)
        ratio = contrast_ratio(seen, base)
        if ratio < TEXT_CONTRAST:
            found.append(f"{listing.objectName()} line {item.text()[:30]!r}: {ratio:.2f}")
    return found


@dataclass(frozen=True)
class Stop:
    """A Tab stop, as words and a place (no widget kept: Qt may delete it any time)."""

    description: str
    rect: QRect
    #: The scroll area it sits in (its content may lie beyond the area's edge), if any.
    area: QRect | None = None
    area_id: int = 0


def tab_stops(window: QWidget) -> list[Stop]:
    """The visible controls Tab visits in ``window``, in order, with their place on screen."""
    stops: list[Stop] = []
    seen: set[int] = set()
    widget = window.nextInFocusChain()
    while widget is not window and id(widget) not in seen:
        seen.add(id(widget))
        takes_tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        inside = widget.window() is window and not _part_of_composite(widget, window)
        if takes_tab and inside and widget.isVisible() and widget.isEnabled():
            top_left = widget.mapTo(window, widget.rect().topLeft())
            name = widget.accessibleName() or widget.objectName()
            description = f"{type(widget).__name__} {name!r}"
            area = _outer_scroll_area(widget, window)
            area_rect = None
            if area is not None:
                area_rect = QRect(area.mapTo(window, area.rect().topLeft()), area.size())
            stops.append(Stop(description, QRect(top_left, widget.size()), area_rect, id(area)))
        widget = widget.nextInFocusChain()
    return stops


def _part_of_composite(widget: QWidget, root: QWidget) -> bool:
    """Whether ``widget`` is a part of a bigger control (a calendar's grid, a spin box's line).

    (``focusProxy()`` would say it more directly, but calling it from PySide here crashed.)
    """
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, (*COMPOSITE, QCalendarWidget)):
            return True
        parent = parent.parentWidget()
    return False


def _outer_scroll_area(widget: QWidget, window: QWidget) -> QWidget | None:
    found = None
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(parent, COMPOSITE):
            found = parent
        parent = parent.parentWidget()
    return found


def _places(before: Stop, after: Stop) -> tuple[QRect, QRect]:
    """Where the two stops are, comparably: inside one scroll area by their own places,
    across its edge by the area's place (its content may be scrolled out of sight)."""
    if before.area_id == after.area_id:
        return before.rect, after.rect
    return before.area or before.rect, after.area or after.rect


def _same_row(first: QRect, second: QRect) -> bool:
    overlap = min(first.bottom(), second.bottom()) - max(first.top(), second.top())
    return overlap > min(first.height(), second.height()) / 2


def _same_column(first: QRect, second: QRect) -> bool:
    overlap = min(first.right(), second.right()) - max(first.left(), second.left())
    return overlap > 0


def backward_steps(window: QWidget) -> list[str]:
    """Tab steps that go against reading order: leftwards in a row, or up within a column.

    Moving to the top of the next column to the right is reading order; so is the wrap from
    the last stop back to the first (the chain is a circle: it is read from the top left).
    """
    stops = tab_stops(window)
    if stops:
        first = min(range(len(stops)), key=lambda i: (stops[i].rect.top(), stops[i].rect.left()))
        stops = stops[first:] + stops[:first]
    found = []
    for before, after in itertools.pairwise(stops):
        a, b = _places(before, after)
        leftwards = _same_row(a, b) and b.right() < a.left()
        upwards = not _same_row(a, b) and b.bottom() < a.top() and _same_column(a, b)
        if leftwards or upwards:
            found.append(f"{before.description} → {after.description}")
    return found


def _plain(text: str) -> str:
    """The words as painted: mnemonic ampersands dropped, "&&" shown as one."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _label_cut(label: QLabel) -> str | None:
    if label.wordWrap() or not label.pixmap().isNull() or not label.text().strip():
        return None
    rich = label.textFormat() != Qt.TextFormat.PlainText and GuiQt.mightBeRichText(label.text())
    if rich:
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(label.text())
        needed = math.ceil(document.idealWidth())
    else:
        metrics = label.fontMetrics()
        needed = max(metrics.horizontalAdvance(line) for line in _plain(label.text()).split("\n"))
    room = label.contentsRect().width() - 2 * label.margin() - max(label.indent(), 0)
    if needed > room:
        return f"{needed} px of text in {room}"
    return None


def _button_cut(button: QAbstractButton) -> str | None:
    text = _plain(button.text())
    if not text.strip():
        return None
    style = button.style()
    needed = button.fontMetrics().horizontalAdvance(text)
    if isinstance(button, QPushButton):
        option = QStyleOptionButton()
        button.initStyleOption(option)
        room = style.subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button)
        needed += button.iconSize().width() + 4 if not button.icon().isNull() else 0
        # Fusion keeps a margin of PM_ButtonMargin inside the contents on each side.
        width = room.width() - style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, option, button)
    elif isinstance(button, (QCheckBox, QRadioButton)):
        option = QStyleOptionButton()
        button.initStyleOption(option)
        element = (
            QStyle.SubElement.SE_CheckBoxContents
            if isinstance(button, QCheckBox)
            else QStyle.SubElement.SE_RadioButtonContents
        )
        width = style.subElementRect(element, option, button).width()
    else:
        width = button.width()
        needed = button.sizeHint().width()
    if needed > width:
        return f"{needed} px of text in {width}"
    return None


def _cells_cut(table: QTableWidget) -> list[str]:
    """Cells whose words are wider than their column (and not wrapped onto more lines)."""
    found = []
    metrics = table.fontMetrics()
    margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    for row in range(table.rowCount()):
        if table.isRowHidden(row):
            continue
        for column in range(table.columnCount()):
            item = table.item(row, column)
            if item is None or not item.text() or table.isColumnHidden(column):
                continue
            width = table.columnWidth(column)
            lines = item.text().split("\n")
            needed = max(metrics.horizontalAdvance(line) for line in lines) + margin
            wrapped = table.wordWrap() and table.rowHeight(row) >= metrics.height() * 2
            if needed > width and not wrapped:
                found.append(f"{table.objectName()} cell {item.text()[:30]!r}: {needed} in {width}")
    return found


def _placeholder_cut(field: QLineEdit) -> str | None:
    """An empty field's placeholder, which Qt elides when it is wider than the field."""
    if field.text() or not field.placeholderText():
        return None
    needed = field.fontMetrics().horizontalAdvance(field.placeholderText())
    margins = field.textMargins()
    # Qt keeps 2 px of frame and 2 px of inner margin either side, and the clear button's room.
    room = field.width() - 8 - margins.left() - margins.right()
    if field.isClearButtonEnabled():
        room -= field.height() // 2 + 4
    return f"{needed} px of placeholder in {room}" if needed > room else None


def _scrolled_sideways(area: QScrollArea) -> str | None:
    """A page wider than the room the screen gives it, so words run past the right edge (a
    long line that doesn't wrap): it scrolls sideways, or, with its sideways bar turned off,
    is clipped. The bar's range says so either way; whether it shows says nothing then."""
    content = area.widget()
    if content is None or area.horizontalScrollBar().maximum() <= 0:
        return None
    return f"content {content.width()} px wide in {area.viewport().width()}"


def cut_off_words(root: QWidget) -> list[str]:
    """Visible labels, buttons and table cells whose words don't fit their width, so Qt cuts
    them ("Comfort a…") or clips them. Word-wrapped labels grow instead, so they are left out."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        problem = None
        if isinstance(widget, QLabel):
            problem = _label_cut(widget)
        elif isinstance(widget, QAbstractButton) and not _part_of_composite(widget, root):
            problem = _button_cut(widget)
        elif isinstance(widget, QTableWidget):
            found += _cells_cut(widget)
        elif isinstance(widget, QLineEdit) and not _part_of_composite(widget, root):
            problem = _placeholder_cut(widget)
        elif isinstance(widget, QScrollArea):
            problem = _scrolled_sideways(widget)
        if problem:
            shown = widget.placeholderText() if isinstance(widget, QLineEdit) else ""
            words = (shown or _plain(getattr(widget, "text", lambda: "")()))[:40]
            found.append(f"{type(widget).__name__} {widget.objectName()} {words!r}: {problem}")
    return found
