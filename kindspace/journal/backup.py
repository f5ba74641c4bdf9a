"""Encrypted backups of the journal: daily automatic ones that rotate, and manual ones.

A backup is the database file itself, written by ``VACUUM INTO`` through the journal's own
keyed connection: SQLCipher encrypts it with the same data key and keeps ``user_version``
(``sqlcipher_export()`` would lose it), so no journal text ever touches the disk in plaintext.

**A backup needs a key file to open.** The data key never changes (new passphrases or recovery
keys only re-wrap it in ``keys.json``), so a backup opens with the same passphrase, recovery
key or keyring entry as the journal, *through* ``keys.json``. Should that file be lost, the
database alone is useless, so every backup gets a copy of the key file beside it
(``kindspace-....keys.json``; wrapped keys only, no secret): keep the pair together. A copy
keeps the unlock methods of its day, so an old passphrase still opens old backups through
their own copies; the live ``keys.json`` opens every backup of the journal.

Nothing half-written ever carries a backup's name: the file is written as ``.partial``,
flushed, opened again with the data key and checked (SQLCipher's page check, SQLite's
integrity check, the entry count), and only then renamed into place. A ``.partial`` left by
a crash is our own temp file: listings ignore it and the next backup removes it, under a lock
so that a backup running in another window is never mistaken for a leftover.

**A pair is made key first and removed backup first,** so a crash at any moment can leave a
lone key copy (wrapped keys that open nothing by themselves, removed by a later rotation) but
never a backup whose key copy is gone. Only whole pairs count as kept backups.

Only automatic backups (``-auto``) are ever rotated away; manual ones (``-manual``) and any
file kindspace did not name are never touched. Restoring lives in :mod:`.restore`.

The last backup taken before the journal suddenly shrank is never rotated away; see
:mod:`.backup_listing`, which also lists and rotates.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import re
from collections.abc import Iterator
from pathlib import Path

from kindspace.errors import DamagedJournal, InvalidInput, KindspaceError, StorageFull
from kindspace.i18n import _
from kindspace.journal import vault
from kindspace.journal.backup_files import (
    create_private,
    folder_lock,
    fsync_file,
    remove_quietly,
    write_private,
)
from kindspace.journal.backup_listing import AUTOMATIC as AUTOMATIC
from kindspace.journal.backup_listing import KEPT_SUFFIX as KEPT_SUFFIX
from kindspace.journal.backup_listing import KEYS_SUFFIX as KEYS_SUFFIX
from kindspace.journal.backup_listing import MANUAL as MANUAL
from kindspace.journal.backup_listing import STAMP_FORMAT as STAMP_FORMAT
from kindspace.journal.backup_listing import BackupInfo as BackupInfo
from kindspace.journal.backup_listing import backup_key_file as backup_key_file
from kindspace.journal.backup_listing import keep_if_journal_shrank
from kindspace.journal.backup_listing import kept_mark as kept_mark
from kindspace.journal.backup_listing import list_backups as list_backups
from kindspace.journal.backup_listing import rotate_backups as rotate_backups
from kindspace.journal.database import (
    Database,
    DatabaseError,
    open_encrypted_readonly,
)
from kindspace.journal.journal import Journal, JournalLocation
from kindspace.journal.key_file import KeyFile, key_file_bytes, read_key_file
from kindspace.journal.migrations import schema_version
from kindspace.paths import ensure_private_dir, fsync_dir, place_new

log = logging.getLogger(__name__)

KEEP_SETTING = "backup.keep"
DEFAULT_KEEP = 14
PARTIAL = ".partial"
LOCK_NAME = ".kindspace-backup.lock"
_LEFTOVER = re.compile(r"\Akindspace-.*\.partial(?:-journal|-wal|-shm)?\Z")


class BackupFailed(KindspaceError):
    """A backup could not be made; the journal itself is unchanged."""


# --- making backups -------------------------------------------------------------------


def make_backup(journal: Journal, destination: Path | None = None) -> Path:
    """Make a checked backup now and return its path.

    ``destination`` may be a folder (the backup gets the usual name there) or a new file
    path; by default it is the backups folder. Manual backups are never rotated away.
    """
    return _make(journal, MANUAL, destination)


def ensure_daily_backup(journal: Journal) -> Path | None:
    """Make the day's automatic backup on the first unlock of a local day, then rotate.

    Any whole backup (with its key file copy) named with today's date, a manual one too,
    counts.

    Never raises: a backup that fails (a full disk) must not keep anyone from their journal,
    so failures are logged (calm sentence only, no journal text) and ``None`` is returned.
    """
    try:
        today = journal.clock().date()
        backups = list_backups(journal.location)
        if any(i.made_at.date() == today and i.key_file is not None for i in backups):
            return None
        keep_if_journal_shrank(journal, backups)
        path = _make(journal, AUTOMATIC, None)
        rotate_backups(journal.location, keep_setting(journal))
    except Exception as error:
        reason = str(error) if isinstance(error, KindspaceError) else type(error).__name__
        log.warning("The daily backup was skipped: %s", reason)
        return None
    return path


def keep_setting(journal: Journal) -> int:
    """How many automatic backups to keep (at least one, whatever the setting says)."""
    value = journal.settings.get(KEEP_SETTING, DEFAULT_KEEP)
    if isinstance(value, bool) or not isinstance(value, int):
        return DEFAULT_KEEP
    return max(1, value)


def set_keep_setting(journal: Journal, keep: int) -> None:
    """Keep the newest ``keep`` automatic backups from the next rotation on (at least one)."""
    if isinstance(keep, bool) or not isinstance(keep, int) or keep < 1:
        raise InvalidInput(_("Please keep at least one automatic backup, so there is always one."))
    journal.settings.set(KEEP_SETTING, keep)


def _make(journal: Journal, kind: str, destination: Path | None) -> Path:
    with backup_lock(journal.location, elsewhere=_read_only_place(journal, destination)) as backups:
        _remove_leftovers(backups)
        target = _target(journal, kind, destination, backups)
        if target.parent != backups:
            _remove_leftovers(target.parent)
        partial = target.with_name(target.name + PARTIAL)
        key_copy = backup_key_file(target)
        key_partial = key_copy.with_name(key_copy.name + PARTIAL)
        placed: list[Path] = []
        try:
            _write_snapshot(journal, partial)
            write_private(key_partial, key_file_bytes(_current_keys(journal)))
            place_new(key_partial, key_copy)
            placed.append(key_copy)
            # The key copy's name reaches the disk before the backup's: after a power cut
            # the file system need not keep two renames in the order they were made.
            fsync_dir(target.parent)
            place_new(partial, target)
            placed.append(target)
            fsync_dir(target.parent)
        except BaseException as error:
            # Only files this call made itself are removed: the partials and a pair half-placed
            # (the backup before its key copy, as in rotation).
            for path in (partial, key_partial, *reversed(placed)):
                remove_quietly(path)
            if isinstance(error, (OSError, DatabaseError)):
                raise describe_write_error(error, target.parent) from None
            raise
    return target


def _target(journal: Journal, kind: str, destination: Path | None, backups: Path) -> Path:
    stamp = journal.clock().strftime(STAMP_FORMAT)
    if destination is not None and not destination.is_dir():
        if destination.exists() or backup_key_file(destination).exists():
            raise InvalidInput(
                _(
                    "There is already a file called {name} there, so kindspace "
                    "left it as it is. Please choose another name."
                ).format(name=destination.name)
            )
        if not destination.parent.is_dir():
            raise InvalidInput(
                _("The folder {parent} doesn't exist. Please choose another place.").format(
                    parent=destination.parent
                )
            )
        return destination
    folder = backups if destination is None else destination
    for sequence in range(1, 1000):
        suffix = "" if sequence == 1 else f"-{sequence}"
        target = folder / f"kindspace-{stamp}-{kind}{suffix}.db"
        if not any(p.exists() for p in (target, backup_key_file(target))):
            return target
    raise BackupFailed(
        _("There are too many backups named for this moment in {folder}.").format(folder=folder)
    )


def _write_snapshot(journal: Journal, partial: Path) -> None:
    """VACUUM INTO a fresh private file, flush it, then prove it opens and is whole."""
    # VACUUM INTO accepts an existing empty file: creating it first makes it 0600 from birth.
    create_private(partial)
    source_version = schema_version(journal.db)
    before = journal.entries.count()
    journal.db.execute("VACUUM INTO ?", (str(partial),))
    after = journal.entries.count()
    fsync_file(partial)
    try:
        copy = open_encrypted_readonly(partial, journal.data_key)
    except KindspaceError:
        raise _unverified() from None
    try:
        count, version = check_database(copy)
    except DamagedJournal:
        raise _unverified() from None
    finally:
        copy.conn.close()
    if count not in (before, after) or version != source_version:
        raise _unverified()


def _unverified() -> BackupFailed:
    return BackupFailed(
        _(
            "The new backup didn't pass its check, so kindspace removed "
            "it. Your journal is unchanged; please try again."
        )
    )


def check_database(db: Database) -> tuple[int, int]:
    """Entry count and schema version of a whole, readable database; else DamagedJournal."""
    damaged = DamagedJournal(_("The backup is damaged, so kindspace didn't use it."))
    try:
        problems = db.execute("PRAGMA cipher_integrity_check").fetchall()
        verdict = db.execute("PRAGMA integrity_check").fetchall()
        if problems or verdict != [("ok",)]:
            raise damaged
        version = schema_version(db)
        count = int(db.execute("SELECT count(*) FROM entries").fetchone()[0])
    except DatabaseError:
        raise damaged from None
    return count, version


def _current_keys(journal: Journal) -> KeyFile:
    """The key file as it is on disk now (another window may have changed a passphrase)."""
    with contextlib.suppress(KindspaceError):
        keys = read_key_file(journal.location.key_file)
        if vault.data_key_matches(keys, journal.data_key):
            return keys
    return journal.keys


# --- helpers -----------------------------------------------------------------------


def _read_only_place(journal: Journal, destination: Path | None) -> Path | None:
    """For a journal opened read-only, the folder a backup goes to (never its own)."""
    if not getattr(journal, "read_only", False):
        return None
    if destination is None:
        raise BackupFailed(
            _(
                "This journal's folder is read-only, so a backup can only go "
                "to another place: 'kindspace backup --output FOLDER'."
            )
        )
    return destination if destination.is_dir() else destination.parent


@contextlib.contextmanager
def backup_lock(location: JournalLocation, *, elsewhere: Path | None = None) -> Iterator[Path]:
    """Hold the journal's backup lock and yield its (private) backups folder.

    One backup or restore at a time per journal, as a GUI and a CLI may run together; it is
    also what makes a ``.partial`` found by the lock holder certainly a crash's leftover.
    ``elsewhere`` (for a read-only journal) locks and yields that folder instead, as it is.
    """
    folder = elsewhere or location.backups_dir
    with contextlib.ExitStack() as stack:
        try:
            if elsewhere is None:
                ensure_private_dir(folder)
            stack.enter_context(folder_lock(folder / LOCK_NAME))
        except OSError as error:
            raise describe_write_error(error, folder) from None
        yield folder


def _remove_leftovers(folder: Path) -> None:
    """Remove ``.partial`` files a crash left; call only while holding the lock."""
    with contextlib.suppress(OSError):
        for entry in list(os.scandir(folder)):
            if _LEFTOVER.match(entry.name) and entry.is_file(follow_symlinks=False):
                remove_quietly(Path(entry.path))


def describe_write_error(
    error: BaseException, folder: Path, *, restoring: bool = False
) -> KindspaceError:
    """A calm sentence for a failed write; SQLite and OS messages never hold journal text."""
    number = getattr(error, "errno", None)
    # SQLite says "database or disk is full"; an OSError's text may hold any path, so only
    # its errno is trusted.
    full = isinstance(error, DatabaseError) and "disk is full" in str(error).lower()
    if full or number in (errno.ENOSPC, errno.EDQUOT):
        return StorageFull(
            _(
                "The disk is full, so kindspace couldn't restore the backup. Your journal "
                "is unchanged; please free some space and try again."
            )
            if restoring
            else _(
                "The disk is full, so kindspace couldn't make a backup. Your journal "
                "is unchanged; please free some space and try again."
            )
        )
    if isinstance(error, FileExistsError):
        reason = _("{name} is in the way").format(name=Path(str(error.filename)).name)
    else:
        reason = getattr(error, "strerror", None) or str(error) or type(error).__name__
    failed = (
        _(
            "kindspace couldn't restore the backup in {folder} ({reason}). "
            "Your journal is unchanged."
        )
        if restoring
        else _(
            "kindspace couldn't make a backup in {folder} ({reason}). Your journal is unchanged."
        )
    )
    return BackupFailed(failed.format(folder=folder, reason=reason))
