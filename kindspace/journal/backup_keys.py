"""Keeping the key file copies beside the backups in step with ``keys.json``.

Each backup keeps a copy of the key file beside it, so it can be opened even when
``keys.json`` is lost. A copy made before a passphrase change still holds the old wraps, so
the old passphrase (or a replaced recovery key) would go on opening every older backup. After
such a change the copies are re-written with the current wraps (they are small; the data key
itself never changes, so the backups stay as they are).

Kept apart from :mod:`.backup`, which makes and rotates backups, since this runs on key
changes. Each copy is replaced atomically, under the backup lock, and only when it belongs to
this journal and its key check matches the data key: a copy of another journal's key file,
or a damaged one, is left exactly as it is.
"""

from __future__ import annotations

import dataclasses
import logging

from kindspace.errors import KindspaceError
from kindspace.journal import vault
from kindspace.journal.backup import backup_lock, list_backups
from kindspace.journal.journal import Journal
from kindspace.journal.key_file import read_key_file, write_key_file

log = logging.getLogger(__name__)


@dataclasses.dataclass(frozen=True)
class RewrapOutcome:
    updated: int = 0
    failed: int = 0


def rewrap_backup_key_files(journal: Journal) -> RewrapOutcome:
    """Give every backup's key file copy the journal's current wraps. Never raises."""
    updated = failed = 0
    try:
        with backup_lock(journal.location):
            for info in list_backups(journal.location):
                copy = info.key_file
                if copy is None:
                    continue
                try:
                    old = read_key_file(copy)
                    if old.journal_id != journal.journal_id or not vault.data_key_matches(
                        old, journal.data_key
                    ):
                        continue
                    if old == journal.keys:
                        continue
                    write_key_file(copy, journal.keys)
                except KindspaceError as error:
                    log.warning("A backup's key file could not be updated: %s", error)
                    failed += 1
                    continue
                updated += 1
    except KindspaceError as error:
        log.warning("The backups' key files could not be updated: %s", error)
        failed += 1
    return RewrapOutcome(updated, failed)
