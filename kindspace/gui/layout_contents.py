"""What a layout holds, found without asking it for its items.

Why not ``QLayout.itemAt``: PySide keeps each item wrapper it hands out alive for as long as
the layout, and believes it valid. But Qt deletes a widget's item by itself when the widget
goes. The wrapper then still answers for that address, and a widget made there later comes
back from ``QApplication.allWidgets()`` as a ``QWidgetItem``. That broke the text size's
rescaling of every widget, in a test run, long after the item was asked for. Widgets and inner
layouts are QObjects, whose wrappers PySide drops when Qt deletes them, so they are safe to
look for directly.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLayout, QWidget


def layout_contents(layout: QLayout) -> list[QWidget | QLayout]:
    """The widgets and inner layouts placed directly in ``layout``, in its order."""
    # Qt makes a widget placed in a layout, or in any layout inside it, a child of the
    # layout's widget, and an inner layout a child of its layout: direct children only.
    # No name is given, not even "": an empty name finds only children without one.
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    host = layout.parentWidget()
    widgets = host.findChildren(QWidget, options=direct) if host is not None else []
    inner = layout.findChildren(QLayout, options=direct)
    placed: list[tuple[int, QWidget | QLayout]] = [
        (layout.indexOf(widget), widget) for widget in widgets
    ]
    placed += [(layout.indexOf(child), child) for child in inner]
    return [thing for index, thing in sorted(placed, key=lambda pair: pair[0]) if index >= 0]


def layout_widgets(layout: QLayout) -> list[QWidget]:
    """The widgets placed directly in ``layout``, in its order."""
    return [thing for thing in layout_contents(layout) if isinstance(thing, QWidget)]
