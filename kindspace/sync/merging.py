"""Merging another kindspace file into this journal, by the rules sync uses.

The other file is a backup (``*.db`` with its key file beside it) or another data folder (a
journal copied from elsewhere). It is opened with its own secret, or with this journal's key
when it is a copy of this very journal. Its whole content is taken as a snapshot and merged
in per field: the later version wins, an edit beats a delete, and text edited on both sides
is kept as two versions for the person to choose. What changed here then goes out to the
person's other devices as this device's own changes, like anything written here.

The other file is never changed: it is copied (still encrypted) into a private folder inside
this journal's data folder, opened there, and the copy removed afterwards. The merge into this
journal is one transaction: a damaged file, a wrong secret or any error changes nothing.

Both faces call :func:`merge_file`; it is Qt-free and safe on a worker thread (with a journal
opened on that thread).
"""

from __future__ import annotations

import contextlib
import secrets
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from kindspace.errors import DamagedJournal, InvalidInput, KindspaceError, WrongSecret
from kindspace.i18n import _
from kindspace.journal import vault
from kindspace.journal.backup import check_database
from kindspace.journal.backup_files import copy_private
from kindspace.journal.backup_listing import backup_key_file
from kindspace.journal.journal import JournalLocation, open_journal, open_unlocked
from kindspace.journal.key_file import read_key_file
from kindspace.journal.unlocking import UnlockedKey, UnlockMethod
from kindspace.sync.log import MergeReport

if TYPE_CHECKING:
    from kindspace.journal.journal import Journal


def merge_file(
    journal: Journal,
    path: Path,
    *,
    passphrase: str | None = None,
    recovery_key: str | None = None,
) -> MergeReport:
    """Merge the backup or data folder at ``path`` into ``journal``; see the module.

    Raises WrongSecret when neither this journal's key nor the given secret opens it (exit
    code 2 in the command line), DamagedJournal / InvalidInput for a file that can't be used.
    """
    if journal.read_only:
        raise KindspaceError(
            _("This journal's folder is read-only here, so nothing can be merged into it.")
        )
    with _opened_copy(journal, path, passphrase, recovery_key) as other:
        same_journal = other.journal_id == journal.journal_id
        if same_journal and not other.sync.local_counter() and not other.sync.applied_counters():
            # Made before this journal recorded changes (migration 5 just gave the copy a
            # random id): what it holds is this journal's own first version of each thing.
            other.db.execute("UPDATE sync_device SET device_id = ?", (journal.sync.device_id(),))
        if same_journal and (other.sync.device_id() == journal.sync.device_id()):
            # A copy of this very journal: what it wrote after the two parted carries this
            # device's id, so it first moves to an id of its own (see sync.identity).
            other.sync.take_new_identity(_agreed(journal, other))
        try:
            incoming = other.sync.snapshot()
        except (ValueError, KeyError, TypeError) as error:
            raise _damaged(path) from error
    try:
        return journal.sync.merge_foreign(incoming)
    except ValueError as error:
        raise _damaged(path) from error


def _agreed(journal: Journal, other: Journal) -> int:
    """The last counter up to which both copies wrote the same changes."""
    mine = {change.counter: change.stamp for change in journal.sync.local_changes_after(0)}
    agreed = 0
    for change in other.sync.local_changes_after(0):
        if mine.get(change.counter) != change.stamp:
            break
        agreed = change.counter
    return agreed


@contextlib.contextmanager
def _opened_copy(
    journal: Journal, path: Path, passphrase: str | None, recovery_key: str | None
) -> Iterator[Journal]:
    database, key_file = _find(journal, path)
    place = journal.location.data_dir / f".merging-{secrets.token_hex(4)}"
    place.mkdir(mode=0o700)
    try:
        copy = JournalLocation(place)
        try:
            copy_private(database, copy.database)
            for suffix in ("-wal",):
                beside = database.with_name(database.name + suffix)
                if beside.is_file():
                    copy_private(beside, copy.database.with_name(copy.database.name + suffix))
            copy_private(key_file, copy.key_file)
        except OSError as error:
            raise InvalidInput(
                _("kindspace couldn't read {path} ({reason}). Nothing was changed.").format(
                    path=path, reason=error.strerror or error
                )
            ) from None
        other = _open(journal, copy, path, passphrase, recovery_key)
        try:
            try:
                check_database(other.db)  # every page, as a restore checks a backup
            except KindspaceError as error:
                raise _damaged(path) from error
            yield other
        finally:
            other.close()
    finally:
        shutil.rmtree(place, ignore_errors=True)


def _find(journal: Journal, path: Path) -> tuple[Path, Path]:
    """The other journal's database and key file, for a data folder or a backup file."""
    if path.is_dir():
        database, key_file = JournalLocation(path).database, JournalLocation(path).key_file
    else:
        database, key_file = path, backup_key_file(path)
        if not key_file.is_file():  # a backup of this journal opens with its key file
            key_file = journal.location.key_file
    if not database.is_file():
        raise InvalidInput(
            _("kindspace can't find a journal at {path}. Nothing was changed.").format(path=path)
        )
    if database.resolve() == journal.location.database.resolve():
        raise InvalidInput(_("That is this journal itself, so there is nothing to merge."))
    if not key_file.is_file():
        raise DamagedJournal(
            _(
                "{path} has no key file beside it, so kindspace can't open it. Nothing was changed."
            ).format(path=path)
        )
    return database, key_file


def _open(
    journal: Journal,
    copy: JournalLocation,
    path: Path,
    passphrase: str | None,
    recovery_key: str | None,
) -> Journal:
    try:
        keys = read_key_file(copy.key_file)
    except KindspaceError as error:
        raise _damaged(path) from error
    try:
        if vault.data_key_matches(keys, journal.data_key):
            unlocked = UnlockedKey(keys, journal.data_key, UnlockMethod.PASSPHRASE)
            return open_unlocked(copy, unlocked, clock=journal.clock, daily_backup=False)
        if passphrase is None and recovery_key is None:
            raise WrongSecret(
                _(
                    "{path} belongs to another journal: please give its passphrase or "
                    "recovery key. Nothing was changed."
                ).format(path=path)
            )
        return open_journal(
            copy,
            passphrase=passphrase,
            recovery_key=recovery_key,
            clock=journal.clock,
            daily_backup=False,
        )
    except WrongSecret:
        raise WrongSecret(
            _("That passphrase or recovery key doesn't open {path}. Nothing was changed.").format(
                path=path
            )
        ) from None
    except KindspaceError as error:
        raise _damaged(path) from error


def _damaged(path: Path) -> DamagedJournal:
    return DamagedJournal(
        _(
            "{path} couldn't be read as a kindspace journal; it may be damaged. "
            "Nothing was changed."
        ).format(path=path)
    )


__all__ = ["MergeReport", "merge_file"]
