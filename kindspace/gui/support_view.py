"""The support page: a gentle note, the person's own people, emergency help and crisis lines.

The sections come from ``resources/support``; the person's contacts and their edited list
of crisis lines are kept with ``journal.settings``, inside the encrypted journal. Both
tables are edited in place and kept with their own Save button, so nothing changes or
disappears without the person asking.
"""

from __future__ import annotations

from collections.abc import Callable
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
    QWidget,
)

from kindspace.gui.forms.ui_support import Ui_SupportView
from kindspace.gui.problems import show_problem
from kindspace.gui.typography import HEADING, SUBHEADING, quiet, scale_font
from kindspace.journal.journal import Journal
from kindspace.practice.learn import parse_app_link
from kindspace.practice.support import (
    CrisisLine,
    SupportContact,
    SupportPage,
    contacts,
    crisis_lines,
    reset_crisis_lines,
    save_contacts,
    save_crisis_lines,
    shipped_crisis_lines,
)

CONTACT_COLUMNS = ("Name", "Who they are", "Phone", "Other details")
LINE_COLUMNS = ("Where", "Name", "Number or contact", "Details")


class SupportView(QWidget):
    closed = Signal()
    learn_requested = Signal(str)
    exercise_requested = Signal(str)

    def __init__(self, page: SupportPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SupportView()
        self.ui.setupUi(self)
        self.journal: Journal | None = None
        self.ui.supportTitle.setText(page.title)
        scale_font(self.ui.supportTitle, HEADING, bold=True)
        self.ui.closeSupport.clicked.connect(self.closed.emit)
        self.contacts = _table("Your support contacts", CONTACT_COLUMNS)
        self.lines = _table("Crisis lines", LINE_COLUMNS)
        self.lines_note = QLabel(shipped_crisis_lines().note)
        self.lines_note.setWordWrap(True)
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
                layout.addWidget(self.contacts)
                layout.addLayout(self._buttons("contacts", self.contacts, self.save_contacts))
            elif section.shows == "crisis_lines":
                layout.addWidget(self.lines_note)
                layout.addWidget(self.lines)
                row = self._buttons("crisis lines", self.lines, self.save_lines)
                shipped = QPushButton("Use kindspace's list again")
                shipped.setAccessibleName("Use kindspace's list of crisis lines again")
                shipped.clicked.connect(self.use_shipped_lines)
                row.insertWidget(row.count() - 1, shipped)
                layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def _buttons(self, what: str, table: QTableWidget, save: Callable[[], bool]) -> QHBoxLayout:
        row = QHBoxLayout()
        for label, name, action in (
            ("Add", f"Add a row to {what}", lambda: _add_row(table)),
            ("Remove", f"Remove the selected row from {what}", lambda: _remove_row(table)),
            ("Save", f"Save {what}", save),
        ):
            button = QPushButton(label)
            button.setAccessibleName(name)
            button.setObjectName(f"{label.lower()}_{what.replace(' ', '_')}")
            button.clicked.connect(action)
            row.addWidget(button)
        row.addStretch(1)
        return row

    # -- journal ---------------------------------------------------------------------------

    def attach(self, journal: Journal | None) -> None:
        self.journal = journal
        if journal is None:
            self.clear()
            return
        try:
            people = contacts(journal.settings)
            lines = crisis_lines(journal.settings)
        except Exception as error:
            show_problem(self, error)
            return
        _fill(self.contacts, [astuple(person) for person in people])
        _fill(self.lines, [astuple(line) for line in lines.lines])

    def save_contacts(self) -> bool:
        if self.journal is None:
            return False
        people = [SupportContact(*row) for row in _rows(self.contacts)]
        try:
            save_contacts(self.journal.settings, people)
        except Exception as error:
            show_problem(self, error)
            return False
        self.status.setText("Your contacts are saved in your encrypted journal.")
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
        self.status.setText("Your list of crisis lines is saved.")
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
        self.status.setText("Showing kindspace's own list of crisis lines again.")

    def clear(self) -> None:
        self.contacts.setRowCount(0)
        self.lines.setRowCount(0)
        self.status.clear()

    def _follow(self, url: str) -> None:
        link = parse_app_link(url)
        if link is None or link.name is None:
            return
        if link.target == "learn":
            self.learn_requested.emit(link.name)
        elif link.target == "exercise":
            self.exercise_requested.emit(link.name)


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
