"""The support page: emergency help and crisis lines first, then the person's own people.

Why this order and this shape: people open it when they are hurting, so the numbers are at
the top, read-only and wrapped (never cut off), above the fold at 1024×600. Editing a list
is a choice ("Edit this list"), so no stray key can change a number. The page works while
the journal is locked too: the shipped crisis lines and grounding need no key, and the
person's contacts appear there only if they chose to keep a copy outside the journal.

The sections come from ``resources/support``; the person's contacts and their edited list
of crisis lines are kept with ``journal.settings``, inside the encrypted journal.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import astuple

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kindspace.gui.announce import announce
from kindspace.gui.country_chooser import CountryChooser, system_country
from kindspace.gui.focus_ring import tab_after
from kindspace.gui.forms.ui_support import Ui_SupportView
from kindspace.gui.grounding_panel import GroundingPanel
from kindspace.gui.problems import show_problem
from kindspace.gui.reading_column import centre_in_column
from kindspace.gui.typography import HEADING, SUBHEADING, quiet, scale_font
from kindspace.gui.words import QT_TRANSLATE_NOOP, translate
from kindspace.journal.journal import Journal
from kindspace.practice.crisis_lines import load_crisis_directory
from kindspace.practice.grounding import Grounding
from kindspace.practice.learn import parse_app_link
from kindspace.practice.support import (
    CrisisLine,
    CrisisLines,
    SupportContact,
    SupportPage,
    contacts,
    crisis_lines,
    reset_crisis_lines,
    save_contacts,
    save_crisis_lines,
    shipped_crisis_lines,
)

CONTACT_COLUMNS = (
    QT_TRANSLATE_NOOP("SupportView", "Name"),
    QT_TRANSLATE_NOOP("SupportView", "Who they are"),
    QT_TRANSLATE_NOOP("SupportView", "Phone"),
    QT_TRANSLATE_NOOP("SupportView", "Other details"),
)
LINE_COLUMNS = (
    QT_TRANSLATE_NOOP("SupportView", "Where"),
    QT_TRANSLATE_NOOP("SupportView", "Name"),
    QT_TRANSLATE_NOOP("SupportView", "Number or contact"),
    QT_TRANSLATE_NOOP("SupportView", "Details"),
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
SELECTABLE = (
    Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
)


class _EditableList(QWidget):
    """A read-only text of a list, and its table shown only after "Edit" is chosen."""

    def __init__(self, what: str, columns: tuple[str, ...], edit_label: str) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(SELECTABLE)
        self.text.setAccessibleName(what[0].upper() + what[1:])
        self.edit = QPushButton(edit_label)
        self.edit.setAccessibleName(edit_label.replace("&", ""))
        self.edit.setObjectName(f"edit_{what.replace(' ', '_')}")
        self.table = _table(what[0].upper() + what[1:], columns)
        self.buttons = QHBoxLayout()
        self.editor = QWidget()
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.table)
        editor_layout.addLayout(self.buttons)
        self.editor.setVisible(False)
        row = QHBoxLayout()
        row.addWidget(self.edit)
        row.addStretch(1)
        layout.addWidget(self.text)
        layout.addLayout(row)
        layout.addWidget(self.editor)
        self.edit.clicked.connect(self.start_editing)

    def start_editing(self) -> None:
        self.text.setVisible(False)
        self.edit.setVisible(False)
        self.editor.setVisible(True)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def stop_editing(self) -> None:
        self.editor.setVisible(False)
        self.text.setVisible(True)
        self.edit.setVisible(self.edit.isEnabled())
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def is_editing(self) -> bool:
        return self.editor.isVisibleTo(self)

    def allow_editing(self, allowed: bool) -> None:
        self.edit.setEnabled(allowed)
        if not allowed:
            self.editor.setVisible(False)
            self.text.setVisible(True)
        self.edit.setVisible(allowed and not self.is_editing())


class SupportView(QWidget):
    closed = Signal()
    learn_requested = Signal(str)
    exercise_requested = Signal(str)
    #: The person saved their contacts (a list of SupportContact), so a copy kept outside
    #: the journal, if they chose one, can follow.
    contacts_saved = Signal(list)

    def __init__(
        self,
        page: SupportPage,
        grounding: Grounding,
        parent: QWidget | None = None,
        *,
        country: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SupportView()
        self.ui.setupUi(self)
        centre_in_column(self)
        self.journal: Journal | None = None
        #: Whose lines kindspace offers: the system's territory ("de_AT" -> "AT") unless the
        #: caller knows better; None when unknown (then the lines of the person's language).
        self.country = country if country is not None else system_country()
        self.ui.supportTitle.setText(page.title)
        scale_font(self.ui.supportTitle, HEADING, bold=True)
        self.grounding_panel = GroundingPanel(grounding)
        self.ui.groundingPanelLayout.addWidget(self.grounding_panel)
        self.ui.groundingPanelLayout.addStretch(1)
        self.ui.closeSupport.clicked.connect(self.closed.emit)
        self.ui.groundMe.clicked.connect(self.show_grounding)
        self.ui.backToSupport.clicked.connect(self.show_main)
        self.people = _EditableList(
            translate("SupportView", "your support contacts"),
            tuple(translate("SupportView", column) for column in CONTACT_COLUMNS),
            translate("SupportView", "&Edit your contacts"),
        )
        self.crisis = _EditableList(
            translate("SupportView", "crisis lines"),
            tuple(translate("SupportView", column) for column in LINE_COLUMNS),
            translate("SupportView", "Edit this &list"),
        )
        self.contacts = self.people.table
        self.lines = self.crisis.table
        self.lines_note = QLabel(self._shipped().note)
        self.lines_note.setWordWrap(True)
        quiet(self.lines_note)
        self.country_row = CountryChooser(load_crisis_directory(), self.country)
        self.country_row.chosen.connect(self._choose_country)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        quiet(self.status)
        layout = self.ui.sectionsLayout
        for section in page.sections:
            heading = QLabel(section.heading)
            scale_font(heading, SUBHEADING, bold=True)
            text = QLabel(section.text)
            text.setTextFormat(Qt.TextFormat.MarkdownText)
            text.setWordWrap(True)
            text.linkActivated.connect(self._follow)
            layout.addWidget(heading)
            layout.addWidget(text)
            if section.shows == "contacts":
                layout.addWidget(self.people)
                self._edit_buttons("contacts", self.people, self.save_contacts)
            elif section.shows == "crisis_lines":
                layout.addWidget(self.crisis)
                layout.addWidget(self.lines_note)
                layout.addWidget(self.country_row)
                row = self._edit_buttons(
                    translate("SupportView", "crisis lines"), self.crisis, self.save_lines
                )
                shipped = QPushButton(translate("SupportView", "Use kindspace's list again"))
                shipped.setAccessibleName(
                    translate("SupportView", "Use kindspace's list of crisis lines again")
                )
                shipped.clicked.connect(self.use_shipped_lines)
                row.insertWidget(row.count() - 1, shipped)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self._show_lines(self._shipped().lines)
        self._show_people([], locked=False)
        tab_after(self.ui.supportScroll, [self.ui.groundMe, self.ui.closeSupport])

    def _shipped(self) -> CrisisLines:
        return shipped_crisis_lines(country=self.country)

    def _choose_country(self, country: str | None) -> None:
        self.country = country
        self._show_lines(self._shipped().lines)

    def _edit_buttons(
        self, what: str, part: _EditableList, save: Callable[[], bool]
    ) -> QHBoxLayout:
        row = part.buttons
        table = part.table
        for label, name, action in (
            (
                translate("SupportView", "Add"),
                translate("SupportView", "Add a row to {table}").format(table=what),
                lambda: _add_row(table),
            ),
            (
                translate("SupportView", "Remove"),
                translate("SupportView", "Remove the selected row from {table}").format(table=what),
                lambda: _remove_row(table),
            ),
            (
                translate("SupportView", "Save"),
                translate("SupportView", "Save {table}").format(table=what),
                save,
            ),
            (
                translate("SupportView", "Cancel"),
                translate("SupportView", "Stop editing {table} without saving").format(table=what),
                lambda: self._cancel(part),
            ),
        ):
            button = QPushButton(label)
            button.setAccessibleName(name)
            button.setObjectName(f"{label.lower()}_{what.replace(' ', '_')}")
            button.clicked.connect(action)
            row.addWidget(button)
        row.addStretch(1)
        return row

    # -- what is shown -----------------------------------------------------------------------

    def _show_lines(self, lines: Sequence[CrisisLine]) -> None:
        _fill(self.lines, [astuple(line) for line in lines])
        rows = "".join(
            "<tr>"
            f"<td style='padding:2px 12px 2px 0; white-space:nowrap'><b>{_h(line.contact)}</b></td>"
            f"<td style='padding:2px 12px 2px 0'>{_h(line.name)}</td>"
            f"<td style='padding:2px 0'>{_h(line.region)}</td>"
            "</tr>"
            for line in lines
        )
        self.crisis.text.setText(
            f"<table>{rows}</table>"
            if rows
            else translate("SupportView", "No crisis lines listed.")
        )

    def _show_people(self, people: Sequence[SupportContact], *, locked: bool) -> None:
        _fill(self.contacts, [astuple(person) for person in people])
        if not people:
            self.people.text.setText(
                _h(
                    translate("SupportView", LOCKED_CONTACTS)
                    if locked
                    else translate("SupportView", NO_CONTACTS)
                )
            )
            return
        rows = "".join(
            "<tr>"
            f"<td style='padding:2px 12px 2px 0'><b>{_h(person.name)}</b></td>"
            f"<td style='padding:2px 12px 2px 0'>{_h(person.phone)}</td>"
            f"<td style='padding:2px 12px 2px 0'>{_h(person.role)}</td>"
            f"<td style='padding:2px 0'>{_h(person.other)}</td>"
            "</tr>"
            for person in people
        )
        self.people.text.setText(f"<table>{rows}</table>")

    def show_main(self) -> None:
        self.ui.supportPages.setCurrentWidget(self.ui.mainPage)
        self.ui.supportScroll.verticalScrollBar().setValue(0)
        self.ui.groundMe.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_grounding(self) -> None:
        self.ui.supportPages.setCurrentWidget(self.ui.groundingPage)
        self.ui.backToSupport.setFocus(Qt.FocusReason.OtherFocusReason)

    def is_grounding(self) -> bool:
        return self.ui.supportPages.currentWidget() is self.ui.groundingPage

    def set_still(self, still: bool) -> None:
        self.grounding_panel.set_still(still)

    def show_locked(self, people: Sequence[SupportContact]) -> None:
        """What needs no key: the shipped lines, grounding, and contacts kept outside."""
        self.journal = None
        self._show_lines(self._shipped().lines)
        self.country_row.setVisible(True)
        self._show_people(people, locked=True)
        for part in (self.people, self.crisis):
            part.allow_editing(False)
        self.status.clear()

    # -- journal ---------------------------------------------------------------------------

    def attach(self, journal: Journal | None) -> None:
        self.journal = journal
        if journal is None:
            self.clear()
            return
        try:
            people = contacts(journal.settings)
            lines = crisis_lines(journal.settings, country=self.country)
        except Exception as error:
            show_problem(self, error)
            return
        for part in (self.people, self.crisis):
            part.allow_editing(True)
        self._show_people(people, locked=False)
        self._show_lines(lines.lines)
        # The person's own list replaces kindspace's; choosing a country applies to the latter.
        self.country_row.setVisible(not lines.edited)

    def save_contacts(self) -> bool:
        if self.journal is None:
            return False
        people = [SupportContact(*row) for row in _rows(self.contacts)]
        try:
            save_contacts(self.journal.settings, people)
        except Exception as error:
            show_problem(self, error)
            return False
        self._show_people(contacts(self.journal.settings), locked=False)
        self.people.stop_editing()
        self._say(
            translate(
                "SupportView",
                "Your contacts are saved in your encrypted journal.",
            )
        )
        self.contacts_saved.emit(people)
        return True

    def save_lines(self) -> bool:
        if self.journal is None:
            return False
        lines = [CrisisLine(*row) for row in _rows(self.lines)]
        try:
            save_crisis_lines(self.journal.settings, lines)
        except Exception as error:
            show_problem(self, error)
            return False
        self._show_lines(crisis_lines(self.journal.settings, country=self.country).lines)
        self.country_row.setVisible(False)
        self.crisis.stop_editing()
        self._say(translate("SupportView", "Your list of crisis lines is saved."))
        return True

    def use_shipped_lines(self) -> None:
        if self.journal is None:
            return
        try:
            reset_crisis_lines(self.journal.settings)
        except Exception as error:
            show_problem(self, error)
            return
        self.attach(self.journal)
        self.crisis.stop_editing()
        self._say(
            translate(
                "SupportView",
                "Showing kindspace's own list of crisis lines again.",
            )
        )

    def _cancel(self, part: _EditableList) -> None:
        """Stop editing: the table goes back to what is saved (the person chose Cancel)."""
        if self.journal is not None:
            self.attach(self.journal)
        part.stop_editing()

    def _say(self, text: str) -> None:
        self.status.setText(text)
        announce(self, text)

    def clear(self) -> None:
        self.contacts.setRowCount(0)
        self.lines.setRowCount(0)
        self._show_people([], locked=True)
        self.status.clear()
        for part in (self.people, self.crisis):
            part.allow_editing(False)

    def _follow(self, url: str) -> None:
        link = parse_app_link(url)
        if link is None or link.name is None:
            return
        if link.target == "learn":
            self.learn_requested.emit(link.name)
        elif link.target == "exercise":
            self.exercise_requested.emit(link.name)


def _h(text: str) -> str:
    return html.escape(text)


def _table(name: str, columns: tuple[str, ...]) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(list(columns))
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setVisible(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setTabKeyNavigation(False)
    table.setMinimumHeight(140)
    return table


def _fill(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    table.setRowCount(0)
    for values in rows:
        row = table.rowCount()
        table.insertRow(row)
        for column, value in enumerate(values):
            table.setItem(row, column, QTableWidgetItem(value))


def _rows(table: QTableWidget) -> list[tuple[str, ...]]:
    """Every row with something in it (empty rows are simply left out)."""
    rows = []
    for row in range(table.rowCount()):
        values = tuple(
            (item.text() if (item := table.item(row, column)) is not None else "")
            for column in range(table.columnCount())
        )
        if any(value.strip() for value in values):
            rows.append(values)
    return rows


def _add_row(table: QTableWidget) -> None:
    table.insertRow(table.rowCount())
    table.setCurrentCell(table.rowCount() - 1, 0)
    table.setFocus()


def _remove_row(table: QTableWidget) -> None:
    row = table.currentRow()
    if row >= 0:
        table.removeRow(row)
