"""The person's own people on the support page: who they can turn to, and how to reach them.

Why its own module: the contacts are the one list on the page that is the person's alone,
with words of its own for when there is nobody yet and for a locked journal (the contacts
live inside the encryption unless the person chose to keep a copy outside). How they are
edited is shared with the crisis lines (:mod:`kindspace.gui.support_editing`); saving them
in the journal is the page's (:mod:`kindspace.gui.support_view`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import astuple
from html import escape

from kindspace.gui.support_editing import EditableList
from kindspace.gui.words import QT_TRANSLATE_NOOP, translate
from kindspace.practice.support import SupportContact

CONTACT_COLUMNS = (
    QT_TRANSLATE_NOOP("SupportView", "Name"),
    QT_TRANSLATE_NOOP("SupportView", "Who they are"),
    QT_TRANSLATE_NOOP("SupportView", "Phone"),
    QT_TRANSLATE_NOOP("SupportView", "Other details"),
)
NO_CONTACTS = QT_TRANSLATE_NOOP(
    "SupportView",
    "No contacts yet. Choose “Edit your contacts” to add the people you can turn to.",
)
LOCKED_CONTACTS = QT_TRANSLATE_NOOP(
    "SupportView",
    "Your own contacts are kept inside your encrypted journal, so they show once it is open. "
    "In Settings ▸ Comfort and support you can choose to keep them readable here too.",
)


class ContactsList(EditableList):
    """The person's support contacts: a few lines to read, a table to edit on request."""

    def __init__(self) -> None:
        super().__init__(
            translate("SupportView", "your support contacts"),
            tuple(translate("SupportView", column) for column in CONTACT_COLUMNS),
            translate("SupportView", "&Edit your contacts"),
        )

    def show_people(self, people: Sequence[SupportContact], *, locked: bool) -> None:
        """``people`` in the text and the table; with nobody, why there is nobody."""
        self.fill([astuple(person) for person in people])
        if not people:
            self.text.setText(
                escape(
                    translate("SupportView", LOCKED_CONTACTS)
                    if locked
                    else translate("SupportView", NO_CONTACTS)
                )
            )
            return
        rows = "".join(
            "<tr>"
            f"<td style='padding:2px 12px 2px 0'><b>{escape(person.name)}</b></td>"
            f"<td style='padding:2px 12px 2px 0'>{escape(person.phone)}</td>"
            f"<td style='padding:2px 12px 2px 0'>{escape(person.role)}</td>"
            f"<td style='padding:2px 0'>{escape(person.other)}</td>"
            "</tr>"
            for person in people
        )
        self.text.setText(f"<table>{rows}</table>")

    def entered(self) -> list[SupportContact]:
        """The people in the table as the person left it, empty rows left out."""
        return [SupportContact(*row) for row in self.rows()]
