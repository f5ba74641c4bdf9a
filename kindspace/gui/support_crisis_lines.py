"""The crisis lines on the support page: the numbers someone may need in a hard moment.

Why its own module: the crisis lines are shown first and most plainly on the page (each
number whole, in bold, never cut off), come from kindspace's own list for the person's
country unless they edited their own, and can go back to kindspace's list with one button.
How they are edited is shared with the contacts (:mod:`kindspace.gui.support_editing`);
choosing a country and saving in the journal are the page's (:mod:`kindspace.gui.support_view`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import astuple
from html import escape

from PySide6.QtWidgets import QPushButton

from kindspace.gui.support_editing import EditableList
from kindspace.gui.words import QT_TRANSLATE_NOOP, translate
from kindspace.practice.support import CrisisLine

LINE_COLUMNS = (
    QT_TRANSLATE_NOOP("SupportView", "Where"),
    QT_TRANSLATE_NOOP("SupportView", "Name"),
    QT_TRANSLATE_NOOP("SupportView", "Number or contact"),
    QT_TRANSLATE_NOOP("SupportView", "Details"),
)


class CrisisLinesList(EditableList):
    """The crisis lines: number, name and region to read, a table to edit on request."""

    def __init__(self) -> None:
        super().__init__(
            translate("SupportView", "crisis lines"),
            tuple(translate("SupportView", column) for column in LINE_COLUMNS),
            translate("SupportView", "Edit this &list"),
        )

    def add_shipped_button(self, use_shipped: Callable[[], None]) -> None:
        """A button to go back to kindspace's own list, beside Save and Cancel (so after
        :meth:`add_buttons`)."""
        shipped = QPushButton(translate("SupportView", "Use kindspace's list again"))
        shipped.setAccessibleName(
            translate("SupportView", "Use kindspace's list of crisis lines again")
        )
        shipped.clicked.connect(use_shipped)
        self.buttons.insertWidget(self.buttons.count() - 1, shipped)

    def show_lines(self, lines: Sequence[CrisisLine]) -> None:
        """``lines`` in the text and the table, the number first."""
        self.fill([astuple(line) for line in lines])
        rows = "".join(
            "<tr>"
            "<td style='padding:2px 12px 2px 0; white-space:nowrap'>"
            f"<b>{escape(line.contact)}</b></td>"
            f"<td style='padding:2px 12px 2px 0'>{escape(line.name)}</td>"
            f"<td style='padding:2px 0'>{escape(line.region)}</td>"
            "</tr>"
            for line in lines
        )
        self.text.setText(
            f"<table>{rows}</table>"
            if rows
            else translate("SupportView", "No crisis lines listed.")
        )

    def entered(self) -> list[CrisisLine]:
        """The lines in the table as the person left it, empty rows left out."""
        return [CrisisLine(*row) for row in self.rows()]
