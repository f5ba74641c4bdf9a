"""Passphrase fields shared by first run, unlock and Settings: show/hide and kind hints.

The rules themselves live in the journal (:func:`check_passphrase_strength`); this module only
words them for the moment of typing, so every screen says the same thing the same way.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QLineEdit

from kindspace.errors import InvalidInput
from kindspace.gui.words import QT_TRANSLATE_NOOP, translate
from kindspace.journal.journal import MIN_PASSPHRASE_LENGTH, check_passphrase_strength

STRONG_LENGTH = 16
EMPTY_HINT = QT_TRANSLATE_NOOP(
    "SecretFields",
    "At least {count} characters. A few ordinary words in a row are easy "
    "to remember and hard to guess.",
)
FINE_HINT = QT_TRANSLATE_NOOP(
    "SecretFields",
    "That works. A word or two more would make it even stronger.",
)
STRONG_HINT = QT_TRANSLATE_NOOP("SecretFields", "That's a strong passphrase.")
CONFIRM_HINT = QT_TRANSLATE_NOOP(
    "SecretFields",
    "Please type it once more, to be sure it's the one you meant.",
)
MISMATCH = QT_TRANSLATE_NOOP(
    "SecretFields",
    "The two passphrases don't match yet. Please type the same one in both fields.",
)


def connect_reveal(toggle: QAbstractButton, *fields: QLineEdit) -> None:
    """Make a checkable button show or hide what was typed into ``fields``."""

    def apply(shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for field in fields:
            field.setEchoMode(mode)
        toggle.setText(
            translate("SecretFields", "Hide") if shown else translate("SecretFields", "Show")
        )
        toggle.setAccessibleName(
            translate("SecretFields", "Hide the passphrase")
            if shown
            else translate("SecretFields", "Show the passphrase")
        )

    toggle.setCheckable(True)
    toggle.toggled.connect(apply)
    apply(toggle.isChecked())


class _EnterKey(QObject):
    def __init__(self, field: QLineEdit, action: Callable[[], None]) -> None:
        super().__init__(field)
        self._action = action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt's name)
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._action()
            return True
        return False


def on_enter(field: QLineEdit, action: Callable[[], None]) -> None:
    """Make Enter in ``field`` do ``action`` and nothing else.

    A line edit passes Enter on to its dialog, which presses whichever button is the default
    at that moment; after ``action`` moved the focus, that can be a button that undoes it.
    """
    field.installEventFilter(_EnterKey(field, action))


def strength_problem(passphrase: str) -> str | None:
    """Why this passphrase can't be used yet, in the journal's own words, or None."""
    try:
        check_passphrase_strength(passphrase)
    except InvalidInput as error:
        return str(error)
    return None


def strength_hint(passphrase: str) -> str:
    """Encouragement while typing: what is still needed, or that it is good."""
    if not passphrase:
        return translate("SecretFields", EMPTY_HINT).format(count=MIN_PASSPHRASE_LENGTH)
    problem = strength_problem(passphrase)
    if problem is not None:
        return problem
    return (
        translate("SecretFields", STRONG_HINT)
        if len(passphrase.strip()) >= STRONG_LENGTH
        else translate("SecretFields", FINE_HINT)
    )


def passphrase_problem(passphrase: str, confirmation: str) -> str | None:
    """The first thing keeping two typed passphrases from being used, or None when fine."""
    problem = strength_problem(passphrase)
    if problem is not None:
        return problem
    if not confirmation:
        return translate("SecretFields", CONFIRM_HINT)
    if confirmation != passphrase:
        return translate("SecretFields", MISMATCH)
    return None
