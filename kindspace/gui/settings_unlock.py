"""Settings ▸ Unlock: keyring or passphrase, changing the passphrase, the recovery key, auto-lock.

Every change goes through the journal's own methods (which only re-wrap the key; entries are
never rewritten). The recovery key is shown only after the passphrase is typed again, or,
for a journal without a passphrase, after the person confirms nobody else can see the screen.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from kindspace.errors import KeyringUnavailable
from kindspace.gui import typography
from kindspace.gui.background import run_in_background
from kindspace.gui.forms.ui_settings_unlock import Ui_UnlockSettings
from kindspace.gui.problems import show_problem
from kindspace.gui.secret_fields import (
    MISMATCH,
    connect_reveal,
    on_enter,
    passphrase_problem,
    strength_hint,
)
from kindspace.gui.words import QT_TRANSLATE_NOOP, counts, translate
from kindspace.journal.journal import Journal, KeyStore
from kindspace.journal.key_file import KdfParams
from kindspace.journal.key_read_ahead import ReadAheadKeyStore
from kindspace.journal.keyring_store import KeyringKeyStore, find_usable_keyring
from kindspace.preferences import AUTO_LOCK_CHOICES

NO_KEYRING = QT_TRANSLATE_NOOP(
    "SettingsUnlock",
    "No secure system keyring is available on this computer right now, so kindspace can't "
    "keep the key there.",
)
SET_ONE_FIRST = QT_TRANSLATE_NOOP(
    "SettingsUnlock",
    "To be asked for a passphrase, please set one below first.",
)
NOW_KEYRING = QT_TRANSLATE_NOOP(
    "SettingsUnlock",
    "Done. Your journal now opens by itself while you're logged in.",
)
NOW_ASKS = QT_TRANSLATE_NOOP(
    "SettingsUnlock",
    "Done. Your journal now asks for your passphrase each time it opens.",
)
NOT_SET_YET = QT_TRANSLATE_NOOP(
    "SettingsUnlock",
    "Your journal has no passphrase yet. A passphrase is a second way in, and it lets the "
    "journal lock itself when you're away.",
)
WRONG_CURRENT = QT_TRANSLATE_NOOP(
    "SettingsUnlock",
    "That isn't the current passphrase. Please try again.",
)
CHANGED = QT_TRANSLATE_NOOP(
    "SettingsUnlock",
    "Your passphrase is changed. Please use the new one from now on.",
)
WRONG_ASK = QT_TRANSLATE_NOOP("SettingsUnlock", "That isn't your passphrase. Please try again.")
KEY_SHOWN = QT_TRANSLATE_NOOP(
    "SettingsUnlock",
    "If you think someone else may have seen this key, you can make a new one. The old one "
    "then stops working.",
)
NO_KEY_KEPT = QT_TRANSLATE_NOOP(
    "SettingsUnlock",
    "This journal was made before kindspace kept its recovery key inside, so it can't be "
    "shown. You can make a new one now; any older recovery key then stops working.",
)
NEW_KEY_MADE = QT_TRANSLATE_NOOP(
    "SettingsUnlock",
    "Here is your new recovery key. Please write it down, print it or save it now.",
)
NEW_KEY_TITLE = QT_TRANSLATE_NOOP("SettingsUnlock", "Make a new recovery key?")
NEW_KEY_QUESTION = QT_TRANSLATE_NOOP(
    "SettingsUnlock",
    "Your current recovery key will stop working, and the new one takes its place. Please "
    "keep the new one somewhere safe, as before.",
)
LOCK_ASKS = QT_TRANSLATE_NOOP(
    "SettingsUnlock",
    "After this long without use, kindspace locks the journal and asks for your passphrase.",
)
LOCK_WITH_KEYRING = QT_TRANSLATE_NOOP(
    "SettingsUnlock",
    "While the key is in your keyring, a locked journal opens again with one click. To make "
    'locking ask for your passphrase, choose "Ask for my passphrase each time" above.',
)
LOCK_WITHOUT_ONE = QT_TRANSLATE_NOOP(
    "SettingsUnlock",
    "Auto-lock works once your journal has a passphrase, because only then does locking keep "
    "anyone out.",
)


def _probed(keyring: KeyStore | None) -> KeyStore | None:
    """The keyring, once it has passed the full round trip (it is being chosen now)."""
    if isinstance(keyring, ReadAheadKeyStore):
        keyring = keyring.keyring()  # the helper only read; choosing probes this process's
    if isinstance(keyring, KeyringKeyStore):
        check = find_usable_keyring(keyring.backend, timeout=keyring.timeout)
        if not check.usable:
            check.require()  # raises KeyringUnavailable with its calm sentence
    elif keyring is None:
        raise KeyringUnavailable(translate("SettingsUnlock", NO_KEYRING))
    return keyring


def auto_lock_label(minutes: int) -> str:
    if minutes == 0:
        return translate("SettingsUnlock", "Never")
    if minutes % 60 == 0:
        hours = minutes // 60
        return counts().hours(hours)
    return counts().minutes(minutes)


def say(label: QLabel, text: str) -> None:
    """Show a hint or message; an empty one takes no room, so the page doesn't gape."""
    label.setText(text)
    label.setVisible(bool(text))


@contextlib.contextmanager
def busy() -> Iterator[None]:
    """A busy cursor while Argon2 (about a third of a second) or the keyring works."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


class UnlockSettingsPage(QWidget):
    """How the journal opens; it tells the dialog when the auto-lock minutes change."""

    auto_lock_changed = Signal(int)

    def __init__(
        self,
        journal: Journal,
        keyring: KeyStore | None,
        auto_lock_minutes: int,
        *,
        kdf_params: KdfParams | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_UnlockSettings()
        self.ui.setupUi(self)
        self._journal = journal
        self._keyring = keyring
        self._kdf_params = kdf_params
        #: True while the keyring is being changed on a worker thread.
        self.changing = False
        ui = self.ui
        typography.heading(ui.heading)
        for label in (ui.openHeading, ui.passphraseHeading, ui.recoveryHeading, ui.autoLockHeading):
            typography.scale_font(label, typography.SUBHEADING, bold=True)
        for label in (
            ui.openHint,
            ui.strengthHint,
            ui.matchHint,
            ui.recoveryIntro,
            ui.newKeyText,
            ui.autoLockHint,
        ):
            typography.quiet(label)
        connect_reveal(ui.showPassphrase, ui.newField, ui.confirmField)
        for minutes in AUTO_LOCK_CHOICES:
            ui.autoLockChoice.addItem(auto_lock_label(minutes), minutes)
        known = auto_lock_minutes if auto_lock_minutes in AUTO_LOCK_CHOICES else None
        if known is None:
            ui.autoLockChoice.addItem(auto_lock_label(auto_lock_minutes), auto_lock_minutes)
        ui.autoLockChoice.setCurrentIndex(ui.autoLockChoice.findData(auto_lock_minutes))

        ui.keyringChoice.clicked.connect(self._use_keyring)
        ui.passphraseChoice.clicked.connect(self._ask_for_passphrase)
        for field in (ui.currentField, ui.newField, ui.confirmField):
            field.textChanged.connect(self._update_passphrase_hints)
        on_enter(ui.confirmField, self._change_passphrase)
        ui.changePassphraseButton.clicked.connect(self._change_passphrase)
        ui.askField.textChanged.connect(self._update_recovery_ask)
        on_enter(ui.askField, self._show_recovery_key)
        ui.privateScreen.toggled.connect(self._update_recovery_ask)
        ui.showRecoveryButton.clicked.connect(self._show_recovery_key)
        ui.hideRecoveryButton.clicked.connect(self.hide_recovery_key)
        ui.newRecoveryKeyButton.clicked.connect(self._ask_new_recovery_key)
        ui.autoLockChoice.currentIndexChanged.connect(self._auto_lock_chosen)
        self.hide_recovery_key()
        self._refresh()

    def has_passphrase(self) -> bool:
        return self._journal.keys.passphrase is not None

    # -- how the journal opens ---------------------------------------------------------------

    def _use_keyring(self) -> None:
        """Probe the keyring (it is being chosen now), keep the key there; off the GUI thread."""
        if self._journal.keys.keyring:
            return
        journal, keyring = self._journal, self._keyring

        def choose() -> None:
            journal.remember_in_keyring(_probed(keyring))

        self._change_keyring(choose, translate("SettingsUnlock", NOW_KEYRING))

    def _ask_for_passphrase(self) -> None:
        if not self._journal.keys.keyring:
            return
        journal, keyring = self._journal, self._keyring
        self._change_keyring(
            lambda: journal.require_passphrase(keyring), translate("SettingsUnlock", NOW_ASKS)
        )

    def _change_keyring(self, change: Callable[[], None], done: str) -> None:
        """Run a keyring change on a worker thread: the keyring may take seconds to answer.

        The change touches only the keyring and ``keys.json``, never the database, so it is
        safe off the GUI thread; the two choices stay disabled until it reports back.
        """
        if self.changing:
            return
        self.changing = True
        for choice in (self.ui.keyringChoice, self.ui.passphraseChoice):
            choice.setEnabled(False)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

        def finished(_result: object, error: BaseException | None) -> None:
            QApplication.restoreOverrideCursor()
            self.changing = False
            self._refresh()
            if error is not None:
                show_problem(self, error)
                return
            say(self.ui.openHint, done)

        run_in_background(self, change, finished, name="keyring-change")

    # -- passphrase ------------------------------------------------------------------------

    def _change_passphrase(self) -> None:
        ui = self.ui
        if not ui.changePassphraseButton.isEnabled():
            return
        new = ui.newField.text()
        if passphrase_problem(new, ui.confirmField.text()) is not None:
            return
        try:
            with busy():
                if self.has_passphrase() and not self._journal.passphrase_matches(
                    ui.currentField.text()
                ):
                    ui.currentField.clear()
                    ui.currentField.setFocus()
                    say(ui.passphraseStatus, translate("SettingsUnlock", WRONG_CURRENT))
                    return
                self._journal.set_passphrase(new, kdf_params=self._kdf_params)
        except Exception as error:
            show_problem(self, error)
            return
        for field in (ui.currentField, ui.newField, ui.confirmField):
            field.clear()
        self._refresh()
        say(ui.passphraseStatus, translate("SettingsUnlock", CHANGED))

    def _update_passphrase_hints(self) -> None:
        ui = self.ui
        new, again = ui.newField.text(), ui.confirmField.text()
        say(ui.strengthHint, strength_hint(new) if new or not self.has_passphrase() else "")
        say(ui.matchHint, "" if not again or again == new else translate("SecretFields", MISMATCH))
        say(ui.passphraseStatus, "")
        current_ok = bool(ui.currentField.text()) or not self.has_passphrase()
        ui.changePassphraseButton.setEnabled(current_ok and passphrase_problem(new, again) is None)

    # -- recovery key ------------------------------------------------------------------------

    def _update_recovery_ask(self) -> None:
        ui = self.ui
        ready = ui.askField.text() if self.has_passphrase() else ui.privateScreen.isChecked()
        ui.showRecoveryButton.setEnabled(bool(ready))
        say(ui.recoveryStatus, "")

    def _show_recovery_key(self) -> None:
        ui = self.ui
        if not ui.showRecoveryButton.isEnabled():
            return
        try:
            with busy():
                if self.has_passphrase() and not self._journal.passphrase_matches(
                    ui.askField.text()
                ):
                    ui.askField.clear()
                    ui.askField.setFocus()
                    say(ui.recoveryStatus, translate("SettingsUnlock", WRONG_ASK))
                    return
                key = self._journal.recovery_key()
        except Exception as error:
            show_problem(self, error)
            return
        ui.askField.clear()
        ui.askArea.hide()
        ui.shownArea.show()
        ui.recoveryPanel.setVisible(key is not None)
        ui.recoveryPanel.set_key(key or "")
        ui.newKeyText.setText(
            translate("SettingsUnlock", KEY_SHOWN)
            if key
            else translate("SettingsUnlock", NO_KEY_KEPT)
        )
        say(ui.recoveryStatus, "")
        ui.hideRecoveryButton.setFocus()

    def hide_recovery_key(self) -> None:
        """Take the key off the screen (also when the dialog closes)."""
        ui = self.ui
        ui.recoveryPanel.forget()
        ui.shownArea.hide()
        ui.askArea.show()
        ui.askField.clear()
        ui.privateScreen.setChecked(False)
        say(ui.recoveryStatus, "")
        self._update_recovery_ask()

    def _ask_new_recovery_key(self) -> QMessageBox:
        box = QMessageBox(self)
        box.setObjectName("newRecoveryKeyQuestion")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("SettingsUnlock", NEW_KEY_TITLE))
        box.setText(translate("SettingsUnlock", NEW_KEY_TITLE))
        box.setInformativeText(translate("SettingsUnlock", NEW_KEY_QUESTION))
        make = box.addButton(
            translate("SettingsUnlock", "Make a new key"), QMessageBox.ButtonRole.AcceptRole
        )
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        make.setAccessibleName(translate("SettingsUnlock", "Make a new key"))
        cancel.setAccessibleName(translate("SettingsUnlock", "Cancel"))
        box.setDefaultButton(cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: self._make_new_recovery_key(box.clickedButton() is make))
        box.open()
        return box

    def _make_new_recovery_key(self, confirmed: bool) -> None:
        if not confirmed:
            return
        try:
            with busy():
                key = self._journal.replace_recovery_key()
        except Exception as error:
            show_problem(self, error)
            return
        self.ui.recoveryPanel.set_key(key)
        self.ui.recoveryPanel.show()
        self.ui.newKeyText.setText(translate("SettingsUnlock", KEY_SHOWN))
        say(self.ui.recoveryStatus, translate("SettingsUnlock", NEW_KEY_MADE))

    # -- auto-lock ---------------------------------------------------------------------------

    def _auto_lock_chosen(self, index: int) -> None:
        minutes = self.ui.autoLockChoice.itemData(index)
        if isinstance(minutes, int):
            self.auto_lock_changed.emit(minutes)

    # -- keeping the page in step with the journal -------------------------------------------

    def _refresh(self) -> None:
        ui = self.ui
        keys = self._journal.keys
        has_passphrase = self.has_passphrase()
        ui.keyringChoice.setChecked(keys.keyring)
        ui.passphraseChoice.setChecked(not keys.keyring)
        ui.keyringChoice.setEnabled(self._keyring is not None or keys.keyring)
        ui.passphraseChoice.setEnabled(has_passphrase or not keys.keyring)
        if self._keyring is None:
            say(ui.openHint, translate("SettingsUnlock", NO_KEYRING))
        elif not has_passphrase:
            say(ui.openHint, translate("SettingsUnlock", SET_ONE_FIRST))
        else:
            say(ui.openHint, "")
        ui.currentLabel.setVisible(has_passphrase)
        ui.currentField.setVisible(has_passphrase)
        ui.changePassphraseButton.setText(
            translate("SettingsUnlock", "&Change passphrase")
            if has_passphrase
            else translate("SettingsUnlock", "&Set a passphrase")
        )
        ui.changePassphraseButton.setAccessibleName(
            translate("SettingsUnlock", "Change passphrase")
            if has_passphrase
            else translate("SettingsUnlock", "Set a passphrase")
        )
        self._update_passphrase_hints()
        if not has_passphrase:
            say(ui.passphraseStatus, translate("SettingsUnlock", NOT_SET_YET))
        ui.askLabel.setVisible(has_passphrase)
        ui.askField.setVisible(has_passphrase)
        ui.privateScreen.setVisible(not has_passphrase)
        self._update_recovery_ask()
        ui.autoLockChoice.setEnabled(has_passphrase)
        if not has_passphrase:
            ui.autoLockHint.setText(translate("SettingsUnlock", LOCK_WITHOUT_ONE))
        else:
            ui.autoLockHint.setText(
                translate("SettingsUnlock", LOCK_WITH_KEYRING)
                if keys.keyring
                else translate("SettingsUnlock", LOCK_ASKS)
            )
