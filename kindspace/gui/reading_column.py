"""A readable column: on a wide screen a view's words stay at a comfortable measure, centred
with calm space either side, instead of running across 1400 px.

Why the measure follows the font: at 150% text the same 90 characters need half as much
room again, and a small screen then simply gives the column its whole width (the column only
ever narrows what is wider than the measure, so nothing on a 1024×600 screen moves).
Why the views' own layouts are moved rather than the .ui files restructured: the widgets stay
where Designer put them, children of the same window, so names, Tab order and tests that
reach them through ``ui`` are unchanged.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QLayout, QScrollArea, QWidget

#: Characters per line (as Qt's average character width counts them): about 90 for prose to
#: read, more where a view also holds tables, lists and rows of buttons beside its words.
PROSE, MIXED = 90, 120


class _Measure(QObject):
    """Sets ``column``'s maximum width from its font now and after every font change."""

    def __init__(self, column: QWidget, characters: int) -> None:
        super().__init__(column)
        self._column = column
        self._characters = characters
        column.installEventFilter(self)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.FontChange:
            self.fit()
        return False

    def fit(self) -> None:
        column = self._column
        layout = column.layout()
        margins = layout.contentsMargins() if layout is not None else None
        sides = margins.left() + margins.right() if margins is not None else 0
        text = column.fontMetrics().averageCharWidth() * self._characters
        column.setMaximumWidth(text + sides)


def keep_measure(column: QWidget, characters: int) -> None:
    """Cap ``column`` at ``characters`` of its font, now and after every font change, for
    columns that are centred already (a fixed cap in pixels cuts words at 150% text)."""
    _Measure(column, characters)


def centre_in_column(view: QWidget, characters: int = MIXED) -> QWidget:
    """Move ``view``'s layout into a centred column at most ``characters`` wide; returns it."""
    column = QWidget(view)
    column.setObjectName(f"{view.objectName() or type(view).__name__}Column")
    layout = view.layout()
    if layout is not None:
        column.setLayout(layout)  # takes the layout, and its widgets with it
    row = QHBoxLayout(view)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(0)
    # The column takes all the room up to its measure; only what is left goes either side.
    row.addStretch(0)
    row.addWidget(column, 1)
    row.addStretch(0)
    _Measure(column, characters)
    return column


def content_layout(view: QWidget) -> QLayout | None:
    """The layout that holds ``view``'s own widgets: its column's, if it was centred.

    What adds to a view from outside (a note at its top) goes here; the view's own layout is
    only the row that centres the column.
    """
    name = f"{view.objectName() or type(view).__name__}Column"
    column = view.findChild(QWidget, name, Qt.FindChildOption.FindDirectChildrenOnly)
    return column.layout() if column is not None else view.layout()


def centre_scrolled(area: QScrollArea, characters: int = MIXED) -> None:
    """The same for a view that is one scroll area: its content is capped and centred, and
    the scroll bar stays at the window's edge."""
    content = area.widget()
    if content is None:
        return
    area.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
    _Measure(content, characters)
