"""Restoring a backup: the journal is replaced only by a copy that was checked first.

Restore works even when the current journal is damaged beyond opening: it needs only the
backup and the data key, which :func:`unlock_data_key` unwraps from the key file without
touching the database. The backup is copied into the data folder and checked (opens with
the key, SQLCipher's page check, SQLite's integrity check, a known schema) before anything
moves, so a damaged or foreign file changes nothing. The current journal is never deleted:
it is moved aside as ``journal.db.before-restore-YYYY-MM-DD-HHMMSS``.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from kindspace.clock import Clock, system_clock
from kindspace.errors import (
    DamagedJournal,
    InvalidInput,
    JournalNotFound,
    KindspaceError,
    WrongSecret,
)
from kindspace.i18n import _
from kindspace.journal import vault
from kindspace.journal.backup import (
    STAMP_FORMAT,
    BackupFailed,
    backup_key_file,
    backup_lock,
    check_database,
    describe_write_error,
)
from kindspace.journal.backup_files import (
    COMPANIONS,
    companion,
    copy_private,
    fsync_file,
    move_with_companions,
    remove_quietly,
)
from kindspace.journal.database import open_encrypted
from kindspace.journal.journal import JournalLocation, KeyStore, _key_from_keyring
from kindspace.journal.key_file import KeyFile, read_key_file, write_key_file
from kindspace.journal.migrations import LATEST_VERSION
from kindspace.journal.open_lock import sole_use
from kindspace.journal.state_mark import forget_state
from kindspace.journal.unlocking import read_journal_keys
from kindspace.paths import fsync_dir, place_new

_RESTORE_TEMP = ".journal.db.restoring"


def unlock_data_key(
    location: JournalLocation,
    *,
    passphrase: str | None = None,
    recovery_key: str | None = None,
    keyring: KeyStore | None = None,
    key_file: Path | None = None,
) -> bytes:
    """The data key, unwrapped from a key file without opening the (maybe damaged) journal.

    ``key_file`` defaults to the journal's own; pass a backup's copy when ``keys.json`` is
    lost. Secrets are tried in the same order as when opening the journal.
    """
    keys = read_journal_keys(location, key_file)
    if passphrase is not None:
        return vault.unwrap_with_passphrase(keys, passphrase)
    if recovery_key is not None:
        return vault.unwrap_with_recovery_key(keys, recovery_key)
    return _key_from_keyring(keys, keyring)


def restore_backup(
    location: JournalLocation, backup_path: Path, data_key: bytes, *, clock: Clock = system_clock
) -> Path | None:
    """Put ``backup_path`` in place of the journal; return where the old journal went.

    Close every open :class:`Journal` on this location first: while one is open, here or in
    another process, this refuses (:class:`JournalInUse`) and changes nothing. The backup is
    copied and checked before anything moves, so a damaged or foreign file changes nothing.
    The current ``journal.db`` (with any ``-wal``/``-shm``) is moved aside, never deleted, and
    ``None`` is returned when there was none. The live ``keys.json`` is kept; only when it is
    missing is the backup's key file copy put in its place.
    """
    if not backup_path.is_file():
        raise InvalidInput(
            _("kindspace can't find the backup {backup_path}. Nothing was changed.").format(
                backup_path=backup_path
            )
        )
    new_keys = _keys_for_restore(location, backup_path, data_key)
    data_dir = location.data_dir
    with sole_use(data_dir, _("the backup was not restored")), backup_lock(location):
        temp = data_dir / _RESTORE_TEMP
        _remove_restore_leftovers(data_dir)
        try:
            copy_private(backup_path, temp)
            _check_restorable(temp, backup_path.name, data_key)
            _mark_for_new_device_id(temp, data_key)
            fsync_file(temp)
            if new_keys is not None:
                write_key_file(location.key_file, new_keys, exclusive=True)
            aside = _move_aside(location, clock)
            try:
                place_new(temp, location.database)
            except OSError:
                if aside is not None:
                    with contextlib.suppress(OSError):
                        move_with_companions(aside, location.database)
                raise
            fsync_dir(data_dir)
            forget_state(data_dir)
        except OSError as error:
            raise describe_write_error(error, data_dir, restoring=True) from None
        finally:
            _remove_restore_leftovers(data_dir)
    return aside


def _keys_for_restore(
    location: JournalLocation, backup_path: Path, data_key: bytes
) -> KeyFile | None:
    """The key file to install (None: keep the live one), checked against ``data_key``."""
    different = WrongSecret(
        _(
            "This key doesn't belong to the journal's key file, so nothing "
            "was changed. Please unlock with this journal's passphrase, "
            "recovery key or keyring."
        )
    )
    if location.key_file.exists():
        if not vault.data_key_matches(read_key_file(location.key_file), data_key):
            raise different
        return None
    copy = backup_key_file(backup_path)
    if not copy.is_file():
        raise DamagedJournal(
            _(
                "The journal's key file is missing and {name} has no key file "
                "beside it, so the backup couldn't be opened afterwards. "
                "Nothing was changed."
            ).format(name=backup_path.name)
        )
    keys = read_key_file(copy)
    if not vault.data_key_matches(keys, data_key):
        raise different
    return keys


def _check_restorable(temp: Path, name: str, data_key: bytes) -> None:
    try:
        db = open_encrypted(temp, data_key)
    except KindspaceError:
        raise DamagedJournal(
            _(
                "{name} can't be opened with this journal's key; it may be "
                "damaged or belong to another journal. Nothing was changed."
            ).format(name=name)
        ) from None
    try:
        _count, version = check_database(db)
    except DamagedJournal:
        raise DamagedJournal(
            _(
                "{name} is damaged, so kindspace didn't restore it. Nothing "
                "was changed; an older backup may work."
            ).format(name=name)
        ) from None
    finally:
        db.conn.close()
    if version > LATEST_VERSION:
        raise DamagedJournal(
            _(
                "{name} was made by a newer version of kindspace. Please "
                "update kindspace to restore it; nothing was changed."
            ).format(name=name)
        )


def _mark_for_new_device_id(temp: Path, data_key: bytes) -> None:
    """A restored journal that shares through a folder must not write under its old device
    id again (the others already applied its later changes): the mark makes its next
    exchange give it a new one, even before the folder shows it went back."""
    from kindspace.sync.identity import mark_restored

    db = open_encrypted(temp, data_key)
    try:
        mark_restored(db)
    finally:
        db.conn.close()


def _move_aside(location: JournalLocation, clock: Clock) -> Path | None:
    """Move journal.db and its companions to unused ``before-restore`` names."""
    database = location.database
    stamp = clock().strftime(STAMP_FORMAT)
    for sequence in range(1, 1000):
        suffix = "" if sequence == 1 else f"-{sequence}"
        aside = database.with_name(f"{database.name}.before-restore-{stamp}{suffix}")
        if not any(companion(aside, s).exists() for s in COMPANIONS):
            return aside if move_with_companions(database, aside) else None
    raise BackupFailed(_("There are too many earlier journals set aside for this moment."))


def _remove_restore_leftovers(data_dir: Path) -> None:
    for suffix in (*COMPANIONS, "-journal"):
        remove_quietly(data_dir / (_RESTORE_TEMP + suffix))


def key_file_is_damaged(location: JournalLocation) -> bool:
    """Whether ``keys.json`` is there but can't be read (a restore then uses a backup's copy)."""
    if not location.key_file.exists():
        return False
    try:
        read_key_file(location.key_file)
    except JournalNotFound:
        return False
    except KindspaceError:
        return True
    return False


def set_damaged_key_file_aside(location: JournalLocation, clock: Clock = system_clock) -> Path:
    """Move a damaged ``keys.json`` to an unused ``keys.json.damaged-…`` name; never delete it.

    Call only after the backup's own key file has unlocked the data key, so the journal is
    never left without a way in that is known to work.
    """
    stamp = clock().strftime(STAMP_FORMAT)
    key_file = location.key_file
    for sequence in range(1, 1000):
        suffix = "" if sequence == 1 else f"-{sequence}"
        aside = key_file.with_name(f"{key_file.name}.damaged-{stamp}{suffix}")
        try:
            place_new(key_file, aside)
        except FileExistsError:
            continue
        except OSError as error:
            raise describe_write_error(error, location.data_dir, restoring=True) from None
        fsync_dir(location.data_dir)
        return aside
    raise BackupFailed(_("There are too many damaged key files set aside for this moment."))


def put_key_file_back(location: JournalLocation, aside: Path) -> None:
    """Undo :func:`set_damaged_key_file_aside` after a restore that changed nothing."""
    if not location.key_file.exists():
        with contextlib.suppress(OSError):
            place_new(aside, location.key_file)
