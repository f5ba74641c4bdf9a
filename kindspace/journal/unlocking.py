"""Finding the journal's data key: from a passphrase, a recovery key or the system keyring.

Kept apart from :mod:`.journal` because this is the part that may wait (Argon2, a keyring
that takes its time) and touches no database, so the GUI runs it on a worker thread and
opens the database on its own thread afterwards (:func:`.journal.open_unlocked`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from kindspace.errors import (
    CannotUnlock,
    DamagedJournal,
    DamagedKeyFile,
    JournalNotFound,
    KindspaceError,
)
from kindspace.i18n import _
from kindspace.journal import vault
from kindspace.journal.key_file import KEY_FILE_NAME, KeyFile, read_key_file

log = logging.getLogger(__name__)

DATABASE_NAME = "journal.db"
BACKUPS_FOLDER = "backups"
#: How many backup key file copies a message names (the rest are counted).
_NAMED_COPIES = 3


#: How long kindspace waits for one answer from the keyring before asking for the passphrase.
#: (Here rather than in ``keyring_store``, so the start can name it without loading keyring.)
KEYRING_TIMEOUT_SECONDS = 5.0


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


def needs_secret(location: JournalLocation, keyring: KeyStore | None) -> bool:
    """Whether opening will need a passphrase or recovery key (so a face can ask first)."""
    keys = _read_keys(location)
    if not keys.keyring or keyring is None:
        return True
    stored = keyring.load(keys.journal_id)
    return stored is None or not vault.data_key_matches(keys, stored)


@dataclass(frozen=True)
class UnlockedKey:
    """The outcome of :func:`unlock_key`: the data key, how it was found, and notes."""

    keys: KeyFile
    data_key: bytes = field(repr=False)
    method: UnlockMethod
    notes: tuple[str, ...] = ()


def unlock_key(
    location: JournalLocation,
    *,
    passphrase: str | None = None,
    recovery_key: str | None = None,
    keyring: KeyStore | None = None,
) -> UnlockedKey:
    """Unwrap the data key, the given secret first, else from the keyring; no database yet.

    Why apart from :func:`open_journal`: this is the part that may wait (Argon2, a keyring
    that takes its time), and it touches no SQLCipher connection, so the GUI runs it on a
    worker thread and opens the database on its own thread afterwards.

    When the key was meant to be in the keyring but is missing (a new computer, a reset
    keyring) and the person unlocks with a secret, the key is put back, so they are asked
    once rather than at every start. A keyring that fails or doesn't answer never stands in
    the way of a passphrase or recovery key: it becomes a note.
    """
    keys = _read_keys(location)
    if passphrase is not None:
        data_key = vault.unwrap_with_passphrase(keys, passphrase)
        method = UnlockMethod.PASSPHRASE
    elif recovery_key is not None:
        data_key = vault.unwrap_with_recovery_key(keys, recovery_key)
        method = UnlockMethod.RECOVERY_KEY
    else:
        return UnlockedKey(keys, _key_from_keyring(keys, keyring), UnlockMethod.KEYRING)
    notes: tuple[str, ...] = ()
    if keys.keyring and keyring is not None:
        notes = _put_key_back(keys, data_key, keyring, method)
    return UnlockedKey(keys, data_key, method, notes)


def _put_key_back(
    keys: KeyFile, data_key: bytes, keyring: KeyStore, method: UnlockMethod
) -> tuple[str, ...]:
    try:
        stored = keyring.load(keys.journal_id)
        if stored is None or not vault.data_key_matches(keys, stored):
            keyring.store(keys.journal_id, data_key)
    except Exception as error:  # any keyring failure: the secret already opened the journal
        log.info("The keyring could not be brought up to date: %s", type(error).__name__)
        if method is UnlockMethod.RECOVERY_KEY:
            note = _(
                "The system keyring couldn't be reached, so your journal opened with your "
                "recovery key instead; it may ask for it again next time."
            )
        else:
            note = _(
                "The system keyring couldn't be reached, so your journal opened with your "
                "passphrase instead; it may ask for it again next time."
            )
        return (note,)
    return ()


def _read_keys(location: JournalLocation) -> KeyFile:
    if not location.key_file.exists():
        if location.database.exists():
            raise DamagedJournal(
                _(
                    "The key file {name} is missing from {data_dir}, so the "
                    "journal cannot be opened. If you have a copy of it (for "
                    "example in a computer backup), put it back beside journal.db."
                ).format(name=location.key_file.name, data_dir=location.data_dir)
            )
        raise JournalNotFound(
            _("There is no journal in {data_dir} yet. 'kindspace init' creates one.").format(
                data_dir=location.data_dir
            )
        )
    return read_journal_keys(location)


def read_journal_keys(location: JournalLocation, key_file: Path | None = None) -> KeyFile:
    """Read ``keys.json`` (or ``key_file``); a damaged one becomes :class:`DamagedKeyFile`.

    A damaged key file is the one thing no secret can get past, so the message names the
    copies beside the backups that can open the journal, and how to use one.
    """
    path = key_file or location.key_file
    try:
        return read_key_file(path)
    except JournalNotFound:
        raise
    except DamagedJournal as error:
        copies = backup_key_copies(location, exclude=path)
        if not copies:
            raise DamagedKeyFile(
                _("{error} No key file copies were found beside backups.").format(error=error)
            ) from None
        shown = ", ".join(str(copy) for copy in copies[:_NAMED_COPIES])
        more = len(copies) - _NAMED_COPIES
        listed = shown + (f" (and {more} more)" if more > 0 else "")
        raise DamagedKeyFile(
            _(
                "{name} is damaged, so kindspace can't open the journal with "
                "it; your entries are untouched. These key file copies beside "
                "your backups can open it: {listed}. 'kindspace restore' with "
                "the backup beside one of them uses that copy."
            ).format(name=path.name, listed=listed)
        ) from None


def backup_key_copies(location: JournalLocation, *, exclude: Path | None = None) -> list[Path]:
    """The readable key file copies beside the journal's backups, newest first."""
    from kindspace.journal.backup import list_backups  # backup builds on the journal

    copies = []
    for info in list_backups(location):
        copy = info.key_file
        if copy is None or copy == exclude:
            continue
        try:
            read_key_file(copy)
        except KindspaceError:
            continue
        copies.append(copy)
    return copies


def _key_from_keyring(keys: KeyFile, keyring: KeyStore | None) -> bytes:
    if not keys.keyring:
        raise CannotUnlock(_("This journal asks for its passphrase or recovery key to open."))
    if keyring is None:
        raise CannotUnlock(
            _(
                "The system keyring is not available right now, so please open "
                "the journal with your passphrase or recovery key."
            )
        )
    stored = keyring.load(keys.journal_id)
    if stored is None or not vault.data_key_matches(keys, stored):
        raise CannotUnlock(
            _(
                "The journal's key is not in this computer's keyring (perhaps "
                "after a move to a new computer or a keyring reset). Please "
                "open it with your passphrase or recovery key."
            )
        )
    return stored
