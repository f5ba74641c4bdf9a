"""The main window's small questions and notes: bring back a draft, list the shortcuts.

Kept apart from the window so that the window module stays about layout and flow, and so
each dialog's words can be read in one place.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from kindspace.gui.words import translate


def ask_to_bring_back_draft(parent: QWidget) -> bool:
    """True when the person wants the words from last time back in the editor."""
    box = QMessageBox(parent)
    box.setObjectName("draftOfferDialog")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("WindowDialogs", "Words from last time"))
    box.setText(
        translate(
            "WindowDialogs",
            "You have words from last time that weren't saved.",
        )
    )
    box.setInformativeText(
        translate("WindowDialogs", "Would you like to pick up where you left off?")
    )
    bring_back = box.addButton(
        translate("WindowDialogs", "Bring them back"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(translate("WindowDialogs", "Not now"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(bring_back)
    box.exec()
    return box.clickedButton() is bring_back


def show_shortcuts(parent: QWidget) -> QMessageBox:
    """Every action with a shortcut, as "keys<TAB>what it does", in a non-blocking note."""
    lines = []
    for action in parent.findChildren(QAction):
        if action.shortcut().isEmpty():
            continue
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        lines.append(f"{keys}\t{action.text().replace('&', '')}")
    box = QMessageBox(parent)
    box.setObjectName("shortcutsDialog")
    box.setWindowTitle(translate("WindowDialogs", "Keyboard shortcuts"))
    box.setText(translate("WindowDialogs", "Keyboard shortcuts"))
    box.setInformativeText("\n".join(sorted(set(lines))))
    box.open()
    return box


def practice_days_line(days: int) -> str:
    if days == 0:
        return translate("WindowDialogs", "Each time you come back counts.")
    return translate("WindowDialogs", "Practice days this month: {days}").format(
        days=QLocale().toString(days)
    )
