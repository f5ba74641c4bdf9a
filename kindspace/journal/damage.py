"""What to say, and offer, when ``journal.db`` is there but is not the journal.

A journal file that is empty (truncated, or zeroed by a failing disk or sync tool) or that
holds some other database is never opened as a journal: SQLite would happily turn an empty
file into a new, empty journal, and the daily backups taken from it would then rotate the
real journal's backups away. Instead the person is told calmly what was found and which
backup can bring the journal back, with the exact command; the app shows the same words on
its unlock screen. Nothing here writes.
"""

from __future__ import annotations

import logging
import shlex
from pathlib import Path

from kindspace.errors import DamagedJournal, KindspaceError
from kindspace.i18n import _, ngettext
from kindspace.journal.database import Database, NotAJournal
from kindspace.journal.unlocking import JournalLocation

log = logging.getLogger(__name__)

#: The table every kindspace journal has had since its first schema step.
_JOURNAL_MARK_TABLE = "schema_migrations"
#: How many backups are opened and checked, newest first, before giving up on naming one.
_BACKUPS_TRIED = 5


def require_journal_schema(db: Database, path: Path) -> None:
    """Refuse a database that opens with the key but was never a kindspace journal."""
    names = {str(row[0]) for row in db.execute("SELECT name FROM sqlite_master").fetchall()}
    if _JOURNAL_MARK_TABLE not in names:
        raise NotAJournal(
            _("The journal file {name} holds another database, not a journal.").format(
                name=path.name
            )
        )


def damaged_journal(location: JournalLocation, data_key: bytes, what: str) -> DamagedJournal:
    """The calm sentence for a journal file that can't be used, with the newest good backup.

    ``what`` says what was found ("journal.db is empty, so it holds no journal.").
    """
    backup = newest_good_backup(location, data_key)
    if backup is None:
        offer = _(
            "No backup in {folder} could be checked; if you keep a copy "
            "elsewhere, 'kindspace restore BACKUP' brings it back."
        ).format(folder=location.backups_dir)
    else:
        path, entries = backup
        offer = ngettext(
            "The newest good backup is {name} ({count} entry); to bring it back, run: {command}",
            "The newest good backup is {name} ({count} entries); to bring it back, run: {command}",
            entries,
        ).format(
            name=path.name, count=entries, command=f"kindspace restore {shlex.quote(str(path))}"
        )
    return DamagedJournal(
        _("{what} kindspace has left it exactly as it is and won't write over it. {offer}").format(
            what=what, offer=offer
        )
    )


def newest_good_backup(location: JournalLocation, data_key: bytes) -> tuple[Path, int] | None:
    """The newest backup that opens with this key, passes its checks and holds entries."""
    from kindspace.journal.backup import check_database, list_backups  # builds on journal
    from kindspace.journal.database import open_encrypted_readonly

    tried = 0
    for info in list_backups(location):
        if tried >= _BACKUPS_TRIED:
            break
        tried += 1
        try:
            db = open_encrypted_readonly(info.path, data_key)
        except KindspaceError:
            continue
        try:
            count, _version = check_database(db)
        except KindspaceError:
            continue
        finally:
            db.conn.close()
        if count > 0:
            return info.path, count
    return None
