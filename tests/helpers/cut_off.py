"""Finding words a view cuts off: a label or button narrower than its text, a wrapped label
shorter than its lines, a list row wider than its list. Used with the pseudo-language, whose
texts are about 30% longer, to check layouts before real translations arrive."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLabel, QListWidget, QWidget

#: Pixels of slack, so rounding in a layout is not read as a cut.
SLACK = 2


def _name(widget: QWidget) -> str:
    return widget.objectName() or type(widget).__name__


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def cut_off_texts(window: QWidget) -> list[str]:
    """``object name: text`` for every visible text that does not fit its widget."""
    found: list[str] = []
    for widget in [window, *window.findChildren(QWidget)]:
        if not _shown(widget):
            continue
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height() + SLACK:
                    found.append(f"{_name(widget)}: {widget.text()[:60]!r}")
            elif widget.sizeHint().width() > widget.width() + SLACK:
                found.append(f"{_name(widget)}: {widget.text()[:60]!r}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            if widget.sizeHint().width() > widget.width() + SLACK:
                found.append(f"{_name(widget)}: {widget.text()[:60]!r}")
        elif isinstance(widget, QListWidget) and widget.wordWrap() is False:
            room = widget.viewport().width()
            metrics = widget.fontMetrics()
            for row in range(widget.count()):
                item = widget.item(row)
                if item is None or item.isHidden():
                    continue
                longest = max(
                    (metrics.horizontalAdvance(line) for line in item.text().splitlines()),
                    default=0,
                )
                if longest + 2 * metrics.averageCharWidth() > room:
                    found.append(f"{_name(widget)}: {item.text()[:60]!r}")
    return found
