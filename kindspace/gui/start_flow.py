"""How a start reaches its first screen: the journal itself, a lock screen or the first run.

Why apart from the controller: this runs once per start and decides where the key comes
from (the helper's answer, the keyring, the passphrase) and which screen comes first. The
controller (``controller.AppController``, which inherits this) owns what comes after: the
open journal, locking and unlocking, Settings, backups and quitting. The three steps the
start hands over to are declared here and made there.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QDialog

from kindspace.errors import KindspaceError
from kindspace.gui.background import run_in_background
from kindspace.gui.problems import show_problem
from kindspace.gui.unlock import KEYRING
from kindspace.gui.words import translate
from kindspace.journal.key_read_ahead import KeyReader, ReadAhead, ReadAheadKeyStore
from kindspace.journal.unlocking import KeyStore, read_journal_keys

if TYPE_CHECKING:
    from kindspace.clock import Clock
    from kindspace.gui.main_window import MainWindow
    from kindspace.gui.unlock import UnlockView
    from kindspace.journal.journal import Journal, JournalLocation
    from kindspace.journal.key_file import KdfParams
    from kindspace.journal.keyring_store import KeyringCheck, KeyringKeyStore

log = logging.getLogger(__name__)


class StartFlow(QObject):
    """The controller's start: :meth:`start`, and the keyring the run then keeps using."""

    app: QApplication
    location: JournalLocation
    window: MainWindow
    lock_view: UnlockView
    clock: Clock
    kdf_params: KdfParams | None
    start_hidden: bool
    #: The keyring as looked at (given by a test, or found at start), and how long to wait.
    keyring_check: KeyringCheck | None
    keyring_timeout: float
    #: The helper reading the key at launch (Linux), and the store its answer became.
    key_reader: KeyReader | None
    _read_ahead_store: ReadAheadKeyStore | None
    _store: KeyringKeyStore | None
    #: True while an unlock runs on its worker thread (tests and the probe wait on it).
    unlocking: bool

    # -- what the start hands over to (made by the controller) -----------------------------

    def unlock(self, secret: str, kind: str, *, at_once: bool = False) -> None:
        raise NotImplementedError

    def _show_locked(self, *, needs_secret_now: bool, problem: BaseException | None = None) -> None:
        raise NotImplementedError

    def _attach(self, journal: Journal) -> None:
        raise NotImplementedError

    # -- the keyring this run uses ---------------------------------------------------------

    @property
    def key_store(self) -> KeyStore | None:
        """One store for the run, so a keyring that timed out once is not waited on again."""
        if self._read_ahead_store is not None:
            return self._read_ahead_store
        check = self.keyring_check
        if check is None or check.backend is None:
            return None
        if self._store is None or self._store.backend is not check.backend:
            from kindspace.journal.keyring_store import KeyringKeyStore

            self._store = KeyringKeyStore(check.backend, timeout=self.keyring_timeout)
        return self._store

    def _keyring_after_read_ahead(self) -> KeyringKeyStore | None:
        """The keyring in this process, found when first needed after a read-ahead start."""
        from kindspace.journal.keyring_store import KeyringKeyStore, find_keyring_for_reading

        check = find_keyring_for_reading(self.keyring_timeout)
        if check.backend is None:
            return None
        return KeyringKeyStore(check.backend, timeout=self.keyring_timeout)

    # -- start -----------------------------------------------------------------------------

    def start(self) -> None:
        """Show the window at once (locked), then look at the keyring off the GUI thread.

        A new journal gets the full keyring probe (the keyring is being chosen); an existing
        one only reads its key, with a timeout, so a hung keyring ends in the passphrase.
        When the key's helper has already answered, the journal opens here and now, before
        the window's first paint.
        """
        self.lock_view.set_locked(False)
        self.lock_view.set_busy(True)
        self.window.detach()
        if not self.start_hidden:  # at login: into the tray, or minimized without one
            self.window.show()
        first_run = not self.location.exists()
        given = self.keyring_check
        timeout = self.keyring_timeout
        if not first_run and given is None and self._asks_for_passphrase():
            self._start_with_passphrase(timeout)
            return
        key_reader = None if first_run or given is not None else self.key_reader
        answer = key_reader.answer_if_ready() if key_reader is not None else None
        if answer is not None:
            # The key is here already: open the journal before the first paint, which is
            # then the journal and not a lock screen replaced a moment later.
            self._continue_start(answer, None, key_in_hand=True)
            return

        def look() -> KeyringCheck | ReadAhead:
            if given is not None:
                return given
            if key_reader is not None:
                return key_reader.outcome()  # the helper started at launch (Linux)
            from kindspace.journal.keyring_store import (
                find_keyring_for_reading,
                find_usable_keyring,
            )

            if first_run:
                return find_usable_keyring(timeout=timeout)
            return find_keyring_for_reading(timeout)

        self.unlocking = True
        run_in_background(self, look, self._continue_start, name="keyring-check")

    def _asks_for_passphrase(self) -> bool:
        """A journal that doesn't keep its key in the keyring (a damaged key file is left to
        the usual start, which explains it)."""
        try:
            return not read_journal_keys(self.location).keyring
        except KindspaceError:
            return False

    def _start_with_passphrase(self, timeout: float) -> None:
        """The passphrase field is ready at once, so typing can begin with the window: this
        journal opens without the keyring, which is looked at only for Settings meanwhile."""
        self._show_locked(needs_secret_now=True)

        def look() -> KeyringCheck:
            from kindspace.journal.keyring_store import find_keyring_for_reading

            return find_keyring_for_reading(timeout)

        def found(check: KeyringCheck | None, error: BaseException | None) -> None:
            from kindspace.journal.keyring_store import KeyringCheck

            self.keyring_check = check or KeyringCheck(None, f"the check failed ({error!r})")

        run_in_background(self, look, found, name="keyring-check")

    def _continue_start(
        self,
        check: KeyringCheck | ReadAhead | None,
        error: BaseException | None,
        *,
        key_in_hand: bool = False,
    ) -> None:
        """``key_in_hand``: the helper's answer came before the window was shown, so a key
        it holds is unwrapped here at once (no keyring, no Argon2: nothing to wait for)."""
        self.unlocking = False
        self.key_reader = None  # used once: a later unlock asks the keyring in this process
        if isinstance(check, ReadAhead):
            log.info("Keyring read ahead: %s", "usable" if check.usable else "not usable")
            if check.usable:
                self._read_ahead_store = ReadAheadKeyStore(check, self._keyring_after_read_ahead)
        else:
            from kindspace.journal.keyring_store import KeyringCheck

            self.keyring_check = check or KeyringCheck(None, f"the check failed ({error!r})")
            log.info("Keyring check: %s", "usable" if self.keyring_check.usable else "not usable")
        if not self.location.exists():
            self._first_run()
            return
        try:
            in_keyring = read_journal_keys(self.location).keyring
        except KindspaceError as problem:
            self._show_locked(needs_secret_now=True, problem=problem)
            return
        if in_keyring and self.key_store is not None:
            self.unlock("", KEYRING, at_once=key_in_hand)
            return
        self._show_locked(needs_secret_now=True)

    def _first_run(self) -> None:
        from kindspace.gui.onboarding import FirstRunWizard  # only needed once per journal
        from kindspace.journal.keyring_store import KeyringCheck

        wizard = FirstRunWizard(
            self.location,
            self.keyring_check or KeyringCheck(None, translate("Controller", "not checked")),
            kdf_params=self.kdf_params, parent=self.window, clock=self.clock,
        )  # fmt: skip
        wizard.setWindowModality(Qt.WindowModality.WindowModal)
        result = wizard.exec()
        journal = getattr(wizard, "journal", None)
        if journal is None:
            if result != QDialog.DialogCode.Accepted:
                self.app.quit()
            return
        prefs = wizard.reminder_preferences()
        try:
            journal.settings.set("reminder_preferences", prefs)
        except Exception as error:
            show_problem(self.window, error)
        self._attach(journal)
