"""Listing and rotating backups, and keeping the last backup of a healthy journal.

Kept apart from :mod:`.backup`, which makes backups: this part only reads names and removes
automatic pairs, and holds the rule that decides what rotation may never remove.

**The last backup of a healthy journal is never rotated away.** When a new daily backup holds
fewer than half the entries, or under half the bytes, of the automatic backup before it, the
journal suddenly shrank (entries deleted in bulk, or a file replaced by another journal), and
the older backup may be the only full copy left. It gets a ``.kept`` mark beside it
(``kindspace-....kept``, empty): rotation then neither removes it nor counts it, ``check``
names it, and it stays until the person deletes it (or its mark) themselves.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from kindspace.journal.backup_files import create_private
from kindspace.journal.database import open_encrypted_readonly
from kindspace.journal.unlocking import JournalLocation
from kindspace.paths import fsync_dir

if TYPE_CHECKING:
    from kindspace.journal.journal import Journal

log = logging.getLogger(__name__)

AUTOMATIC, MANUAL = "auto", "manual"
KEYS_SUFFIX = ".keys.json"
KEPT_SUFFIX = ".kept"
#: A new automatic backup below this share of the one before it (in entries or in bytes)
#: keeps that older one out of rotation (see the module docstring).
SHRINK_SHARE = 0.5
STAMP_FORMAT = "%Y-%m-%d-%H%M%S"
_NAME = re.compile(
    r"\Akindspace-(\d{4}-\d\d-\d\d-\d{6})-(auto|manual)(?:-(\d{1,6}))?(\.db|\.keys\.json|\.kept)\Z"
)


@dataclass(frozen=True)
class BackupInfo:
    """One backup in the backups folder; ``made_at`` is the local wall-clock time of its name."""

    path: Path
    made_at: datetime
    automatic: bool
    size: int
    key_file: Path | None
    sequence: int = 1
    #: Marked as the last backup before the journal shrank: never rotated away.
    kept: bool = False


def kept_mark(backup: Path) -> Path:
    """The empty file whose presence keeps ``backup`` out of rotation."""
    return backup.with_suffix(KEPT_SUFFIX)


def backup_key_file(backup: Path) -> Path:
    """Where the key file copy of ``backup`` lives (beside it, same stem)."""
    if backup.suffix == ".db":
        return backup.with_suffix(KEYS_SUFFIX)
    return backup.with_name(backup.name + KEYS_SUFFIX)


def keep_if_journal_shrank(journal: Journal, before: list[BackupInfo]) -> None:
    """Mark the newest automatic backup as kept when the journal is now far smaller.

    Runs *before* the new backup is made, so a crash at any later step can't leave the new,
    small backup in place with the older, full one unmarked (the next day's rotation would
    then remove it). The journal's size is what ``VACUUM INTO`` would write: its used pages.
    """
    previous = next((i for i in before if i.automatic and i.key_file is not None), None)
    if previous is None or previous.kept:
        return
    pages = journal.db.execute(
        "SELECT page_count - freelist_count FROM pragma_page_count, pragma_freelist_count"
    ).fetchone()[0]
    page_size = journal.db.execute("PRAGMA page_size").fetchone()[0]
    shrank = int(pages) * int(page_size) < SHRINK_SHARE * previous.size
    if not shrank:
        db = open_encrypted_readonly(previous.path, journal.data_key)
        try:
            earlier = int(db.execute("SELECT count(*) FROM entries").fetchone()[0])
        finally:
            db.conn.close()
        shrank = journal.entries.count() < SHRINK_SHARE * earlier
    if not shrank:
        return
    with contextlib.suppress(FileExistsError):
        create_private(kept_mark(previous.path))
    fsync_dir(previous.path.parent)
    log.warning(
        "The journal is much smaller than at its last backup, so that backup is kept "
        "until you decide: %s",
        previous.path.name,
    )


def list_backups(location: JournalLocation) -> list[BackupInfo]:
    """The backups kindspace made in the backups folder, newest first.

    A backup whose key copy is missing is still listed (``key_file`` None): the live
    ``keys.json`` opens it, and restore explains kindly when that is missing too.
    """
    found = []
    for path, made_at, automatic, sequence in _named(location.backups_dir, ".db"):
        try:
            size = path.stat().st_size
        except OSError:
            continue
        key_file = backup_key_file(path)
        found.append(
            BackupInfo(
                path,
                made_at,
                automatic,
                size,
                key_file if key_file.is_file() else None,
                sequence,
                kept_mark(path).is_file(),
            )
        )
    return sorted(found, key=lambda info: (info.made_at, info.sequence), reverse=True)


def rotate_backups(location: JournalLocation, keep: int) -> list[Path]:
    """Delete automatic backups beyond the newest ``keep``; return what was removed.

    Manual backups and files kindspace did not name are never looked at. Only a backup with
    its key file copy counts towards ``keep``, so half of a pair never takes the place of a
    whole backup. Each backup is removed before its key copy: a kill in between leaves a lone
    key copy, which opens nothing by itself and goes at a later rotation, never a backup that
    has lost its key. If a backup cannot be removed, its key copy stays with it.

    A backup with a ``.kept`` mark (the last one before the journal shrank) is neither
    removed nor counted, so the ``keep`` newest ordinary backups are kept besides it.
    """
    backups: dict[tuple[datetime, int], Path] = {}
    key_copies: dict[tuple[datetime, int], Path] = {}
    kept: set[tuple[datetime, int]] = set()
    for path, made_at, automatic, seq in _named(location.backups_dir, None):
        if not automatic:
            continue
        if path.name.endswith(KEPT_SUFFIX):
            kept.add((made_at, seq))
            continue
        pairs = key_copies if path.name.endswith(KEYS_SUFFIX) else backups
        pairs[made_at, seq] = path
    for stamp in kept & backups.keys():
        backups.pop(stamp)
        key_copies.pop(stamp, None)
    whole = sorted((stamp for stamp in backups if stamp in key_copies), reverse=True)
    if len(whole) <= keep:
        return []
    oldest_kept = whole[keep - 1] if keep > 0 else (datetime.max, 0)
    removed = []
    for stamp in sorted(backups.keys() | key_copies.keys()):
        if stamp >= oldest_kept:
            break
        for old in (backups.get(stamp), key_copies.get(stamp)):
            if old is None:
                continue
            try:
                old.unlink()
            except FileNotFoundError:
                continue
            except OSError as error:
                log.warning("An old automatic backup could not be removed: %s", error.strerror)
                break
            removed.append(old)
    return removed


def _named(folder: Path, suffix: str | None) -> Iterator[tuple[Path, datetime, bool, int]]:
    """Regular files in ``folder`` named by kindspace (``.db`` or key copies, or both)."""
    try:
        entries = list(os.scandir(folder))
    except (FileNotFoundError, NotADirectoryError):
        return
    for entry in entries:
        match = _NAME.match(entry.name)
        if not match or (suffix is not None and match[4] != suffix):
            continue
        if not entry.is_file(follow_symlinks=False):
            continue
        try:
            made_at = datetime.strptime(match[1], STAMP_FORMAT)
        except ValueError:
            continue
        yield Path(entry.path), made_at, match[2] == AUTOMATIC, int(match[3] or 1)
