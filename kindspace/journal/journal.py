"""The journal as the GUI and the CLI see it: create, unlock, use, re-key, close.

This is the single front door. It ties the key file (:mod:`vault`), the system keyring
(:mod:`keyring_store`) and the encrypted database together, so that neither face of the app
ever touches key material or SQL directly.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from types import TracebackType
from typing import Protocol

from kindspace.clock import Clock, system_clock
from kindspace.errors import (
    CannotUnlock,
    DamagedJournal,
    InvalidInput,
    JournalExists,
    JournalNotFound,
    KeyringUnavailable,
    WrongSecret,
)
from kindspace.journal import vault
from kindspace.journal.database import Database, open_encrypted, release_sqlite_memory
from kindspace.journal.drafts import DraftStore, SettingsStore
from kindspace.journal.entries import EntryRepository
from kindspace.journal.key_file import KEY_FILE_NAME, KdfParams, KeyFile, read_key_file
from kindspace.journal.migrations import migrate
from kindspace.journal.models import SearchHit
from kindspace.journal.search import SearchFilters, search_entries
from kindspace.paths import ensure_private_dir

DATABASE_NAME = "journal.db"
BACKUPS_FOLDER = "backups"
#: The recovery key is also kept inside the encrypted journal, so that Settings can show it
#: again (after asking for the passphrase). Anyone who can read it there already holds the
#: data key, so keeping it adds no way in.
RECOVERY_KEY_SETTING = "recovery_key"


class KeyStore(Protocol):
    """What the journal needs from the system keyring (see keyring_store.KeyringKeyStore)."""

    def store(self, journal_id: str, data_key: bytes) -> None: ...
    def load(self, journal_id: str) -> bytes | None: ...
    def forget(self, journal_id: str) -> None: ...


class UnlockMethod(StrEnum):
    KEYRING = "keyring"
    PASSPHRASE = "passphrase"  # noqa: S105  (a method name, not a secret)
    RECOVERY_KEY = "recovery key"
    NEW = "new journal"


@dataclass(frozen=True)
class JournalLocation:
    """The files of one journal: everything lives in one private folder."""

    data_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / DATABASE_NAME

    @property
    def key_file(self) -> Path:
        return self.data_dir / KEY_FILE_NAME

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / BACKUPS_FOLDER

    def exists(self) -> bool:
        return self.key_file.exists() or self.database.exists()


class Journal:
    """An unlocked journal. Close it (or use ``with``) so the WAL is checkpointed."""

    def __init__(
        self,
        location: JournalLocation,
        db: Database,
        keys: KeyFile,
        data_key: bytes,
        unlocked_with: UnlockMethod,
        clock: Clock = system_clock,
    ) -> None:
        self.location = location
        self.db = db
        self.keys = keys
        self._data_key = data_key
        self.unlocked_with = unlocked_with
        self.clock = clock
        self.entries = EntryRepository(db, clock)
        self.drafts = DraftStore(db, clock)
        self.settings = SettingsStore(db)

    @property
    def journal_id(self) -> str:
        return self.keys.journal_id

    @property
    def data_key(self) -> bytes:
        """The raw key, for the few modules that must open a second file (backups)."""
        return self._data_key

    def search(
        self,
        query: str,
        filters: SearchFilters | None = None,
        *,
        limit: int = 100,
        should_stop: Callable[[], bool] | None = None,
    ) -> list[SearchHit]:
        return search_entries(self.db, query, filters, limit=limit, should_stop=should_stop)

    # -- unlock methods --------------------------------------------------------------------

    def set_passphrase(self, passphrase: str, *, kdf_params: KdfParams | None = None) -> None:
        """Add or change the passphrase. Only the key file changes; entries are not rewritten."""
        check_passphrase_strength(passphrase)
        self.keys = vault.set_passphrase(
            self.location.key_file,
            self._data_key,
            passphrase,
            kdf_params=kdf_params or vault.DEFAULT_KDF,
        )

    def require_passphrase(self, keyring: KeyStore | None) -> None:
        """Take the key out of the keyring so only the passphrase or recovery key open it.

        The key file is updated first: if the process dies between the two steps, the
        journal still opens with the passphrase, and running this again finishes the job.
        """
        if self.keys.passphrase is None:
            raise InvalidInput(
                "Please set a passphrase first, so you still have an everyday way in."
            )
        self.keys = vault.set_keyring_flag(self.location.key_file, enabled=False)
        if keyring is not None:
            keyring.forget(self.journal_id)

    def remember_in_keyring(self, keyring: KeyStore | None) -> None:
        """Keep the key in the system keyring so the journal opens without typing."""
        if keyring is None:
            raise KeyringUnavailable(
                "This computer has no usable keyring, so the journal keeps asking for your "
                "passphrase."
            )
        keyring.store(self.journal_id, self._data_key)
        self.keys = vault.set_keyring_flag(self.location.key_file, enabled=True)

    def replace_recovery_key(self) -> str:
        """Make a new recovery key and return it; the old one stops working."""
        code = vault.replace_recovery_key(self.location.key_file, self._data_key)
        self.keys = read_key_file(self.location.key_file)
        self.settings.set(RECOVERY_KEY_SETTING, code)
        return code

    def recovery_key(self) -> str | None:
        """The current recovery key, or None for a journal made before it was kept inside."""
        value = self.settings.get(RECOVERY_KEY_SETTING)
        if not isinstance(value, str):
            return None
        try:
            matches = vault.unwrap_with_recovery_key(self.keys, value) == self._data_key
        except (WrongSecret, InvalidInput):
            return None
        return value if matches else None

    def passphrase_matches(self, passphrase: str) -> bool:
        """Ask again before showing secrets: true only for this journal's passphrase."""
        if self.keys.passphrase is None:
            return False
        try:
            return vault.unwrap_with_passphrase(self.keys, passphrase) == self._data_key
        except WrongSecret:
            return False

    # -- lifetime ------------------------------------------------------------------------

    @contextlib.contextmanager
    def on_own_connection(self) -> Iterator[Journal]:
        """The same unlocked journal over a connection of its own, closed afterwards.

        Why: SQLCipher connections belong to the thread that opened them, and long work
        (importing or exporting thousands of entries) runs on a worker thread so the window
        stays responsive. Enter this *on that thread*. The copy shares the keys already
        unwrapped, so no secret is asked for again; closing it leaves the original open.
        """
        db = open_encrypted(self.location.database, self._data_key)
        try:
            yield Journal(
                self.location, db, self.keys, self._data_key, self.unlocked_with, self.clock
            )
        finally:
            db.conn.close()

    def close(self) -> None:
        """Checkpoint the WAL into the main file, close the connection, and free its cache."""
        with contextlib.suppress(Exception):
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        with contextlib.suppress(Exception):
            self.db.execute("PRAGMA shrink_memory")  # decrypted pages, before the close
        self.db.conn.close()
        release_sqlite_memory()

    def __enter__(self) -> Journal:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


MIN_PASSPHRASE_LENGTH = 8


def check_passphrase_strength(passphrase: str) -> None:
    """Refuse passphrases too short to protect a journal; say so kindly."""
    if len(passphrase.strip()) < MIN_PASSPHRASE_LENGTH:
        raise InvalidInput(
            f"Please choose a passphrase of at least {MIN_PASSPHRASE_LENGTH} characters; "
            "a few ordinary words in a row work well."
        )


def create_journal(
    location: JournalLocation,
    *,
    passphrase: str | None = None,
    keyring: KeyStore | None = None,
    use_keyring: bool = True,
    kdf_params: KdfParams | None = None,
    clock: Clock = system_clock,
) -> tuple[Journal, str]:
    """Create a new journal and return it with its recovery key (shown once, to write down).

    With ``use_keyring`` and a usable keyring the key is kept there; a passphrase is
    optional then. Without a keyring a passphrase is required.
    """
    if location.exists():
        raise JournalExists(
            f"There is already a journal in {location.data_dir}, so kindspace left it untouched."
        )
    if use_keyring and keyring is None and passphrase is None:
        raise KeyringUnavailable(
            "This computer has no usable keyring, so kindspace needs a passphrase to "
            "protect your journal."
        )
    if passphrase is not None:
        check_passphrase_strength(passphrase)
    ensure_private_dir(location.data_dir)
    keep_in_keyring = use_keyring and keyring is not None
    new_keys = vault.create_key_file(
        location.key_file,
        passphrase=passphrase,
        keyring=keep_in_keyring,
        kdf_params=kdf_params or vault.DEFAULT_KDF,
        clock=clock,
    )
    try:
        db = open_encrypted(location.database, new_keys.data_key, create=True)
        migrate(db, clock)
        SettingsStore(db).set(RECOVERY_KEY_SETTING, new_keys.recovery_key)
        if keep_in_keyring and keyring is not None:
            keyring.store(new_keys.key_file.journal_id, new_keys.data_key)
    except BaseException:
        # Nothing was ever written with this key, so removing the half-made journal loses
        # nothing and lets the person simply try again.
        for path in (location.key_file, location.database):
            for suffix in ("", "-wal", "-shm"):
                with contextlib.suppress(FileNotFoundError):
                    path.with_name(path.name + suffix).unlink()
        raise
    journal = Journal(location, db, new_keys.key_file, new_keys.data_key, UnlockMethod.NEW, clock)
    return journal, new_keys.recovery_key


def needs_secret(location: JournalLocation, keyring: KeyStore | None) -> bool:
    """Whether opening will need a passphrase or recovery key (so a face can ask first)."""
    keys = _read_keys(location)
    if not keys.keyring or keyring is None:
        return True
    stored = keyring.load(keys.journal_id)
    return stored is None or not vault.data_key_matches(keys, stored)


def open_journal(
    location: JournalLocation,
    *,
    passphrase: str | None = None,
    recovery_key: str | None = None,
    keyring: KeyStore | None = None,
    clock: Clock = system_clock,
    daily_backup: bool = True,
) -> Journal:
    """Unlock and open a journal: the given secret first, else the keyring.

    When the key was meant to be in the keyring but is missing (a new computer, a reset
    keyring) and the person unlocks with a secret, the key is put back, so they are asked
    once rather than at every start.
    """
    keys = _read_keys(location)
    method: UnlockMethod
    if passphrase is not None:
        data_key = vault.unwrap_with_passphrase(keys, passphrase)
        method = UnlockMethod.PASSPHRASE
    elif recovery_key is not None:
        data_key = vault.unwrap_with_recovery_key(keys, recovery_key)
        method = UnlockMethod.RECOVERY_KEY
    else:
        data_key = _key_from_keyring(keys, keyring)
        method = UnlockMethod.KEYRING
    if not location.database.exists():
        raise DamagedJournal(
            f"The journal file is missing from {location.data_dir}. Your backups are in "
            f"{location.backups_dir}; 'kindspace restore' can bring one back."
        )
    try:
        db = open_encrypted(location.database, data_key)
    except WrongSecret as error:
        # The key was already proven right against the key file, so a file that does not
        # decrypt is damaged (or was replaced), not locked with another secret.
        raise DamagedJournal(
            f"{location.database.name} could not be read with its own key, so it may be "
            f"damaged. Nothing was changed; your backups are in {location.backups_dir}."
        ) from error
    try:
        migrate(db, clock)
    except BaseException:
        db.conn.close()
        raise
    if method is not UnlockMethod.KEYRING and keys.keyring and keyring is not None:
        stored = keyring.load(keys.journal_id)
        if stored is None or not vault.data_key_matches(keys, stored):
            with contextlib.suppress(KeyringUnavailable):
                keyring.store(keys.journal_id, data_key)
    journal = Journal(location, db, keys, data_key, method, clock)
    if daily_backup:
        from kindspace.journal.backup import ensure_daily_backup  # backup builds on this module

        ensure_daily_backup(journal)  # never raises: a failed backup must not block opening
    return journal


def _read_keys(location: JournalLocation) -> KeyFile:
    if not location.key_file.exists():
        if location.database.exists():
            raise DamagedJournal(
                f"The key file {location.key_file.name} is missing from {location.data_dir}, "
                "so the journal cannot be opened. If you have a copy of it (for example in "
                "a computer backup), put it back beside journal.db."
            )
        raise JournalNotFound(
            f"There is no journal in {location.data_dir} yet. 'kindspace init' creates one."
        )
    return read_key_file(location.key_file)


def _key_from_keyring(keys: KeyFile, keyring: KeyStore | None) -> bytes:
    if not keys.keyring:
        raise CannotUnlock("This journal asks for its passphrase or recovery key to open.")
    if keyring is None:
        raise CannotUnlock(
            "The system keyring is not available right now, so please open the journal "
            "with your passphrase or recovery key."
        )
    stored = keyring.load(keys.journal_id)
    if stored is None or not vault.data_key_matches(keys, stored):
        raise CannotUnlock(
            "The journal's key is not in this computer's keyring (perhaps after a move to "
            "a new computer or a keyring reset). Please open it with your passphrase or "
            "recovery key."
        )
    return stored
