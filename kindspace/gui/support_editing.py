"""A list on the support page that reads as text and becomes a table only when asked.

Why its own module: the person's contacts and the crisis lines are edited the same way, and
that way is a job of its own: the list reads as plain, selectable text, and only "Edit"
shows the table with its Add, Remove, Save and Cancel, so no stray key can change a number
someone may need in a hard moment. What each list holds and shows lives in
:mod:`kindspace.gui.support_contacts` and :mod:`kindspace.gui.support_crisis_lines`; the
page and the saving in :mod:`kindspace.gui.support_view`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
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

from kindspace.gui.words import translate

SELECTABLE = (
    Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
)


class EditableList(QWidget):
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

    def add_buttons(
        self, what: str, save: Callable[[], bool], cancel: Callable[[], None]
    ) -> QHBoxLayout:
        """Add, Remove, Save and Cancel under the table, each named for ``what`` it edits."""
        row = self.buttons
        table = self.table
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
                cancel,
            ),
        ):
            button = QPushButton(label)
            button.setAccessibleName(name)
            button.setObjectName(f"{label.lower()}_{what.replace(' ', '_')}")
            button.clicked.connect(action)
            row.addWidget(button)
        row.addStretch(1)
        return row

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

    def fill(self, rows: list[tuple[str, ...]]) -> None:
        """Put ``rows`` in the table, in place of what it held."""
        table = self.table
        table.setRowCount(0)
        for values in rows:
            row = table.rowCount()
            table.insertRow(row)
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))

    def rows(self) -> list[tuple[str, ...]]:
        """Every row of the table with something in it (empty rows are simply left out)."""
        table = self.table
        rows = []
        for row in range(table.rowCount()):
            values = tuple(
                (item.text() if (item := table.item(row, column)) is not None else "")
                for column in range(table.columnCount())
            )
            if any(value.strip() for value in values):
                rows.append(values)
        return rows


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


def _add_row(table: QTableWidget) -> None:
    table.insertRow(table.rowCount())
    table.setCurrentCell(table.rowCount() - 1, 0)
    table.setFocus()


def _remove_row(table: QTableWidget) -> None:
    row = table.currentRow()
    if row >= 0:
        table.removeRow(row)
