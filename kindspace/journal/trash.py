"""Recently deleted entries: a delete can be taken back for a while, from the app.

A deleted entry leaves ``entries`` (so search, the calendar, lists and exports no longer
see it) and waits, whole and still inside the encrypted journal, in the ``trash`` table.
Bringing it back puts the very same entry (id, days, words, tags) back.

When is it gone for good? Only when all of these hold (docs/design/recently-deleted.md):
- it was deleted more than ``KEEP_DAYS`` days ago by the journal's one clock (a clock set
  backwards makes an entry look *newer*, so it is kept longer, never shorter);
- the journal is being written anyway: emptying happens inside the transaction of a later
  delete, never on opening, reading, locking or a timer;
- what is emptied is only ever something the person deleted themselves.
Backups made while an entry was in the trash still hold it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from kindspace.clock import Clock, system_clock
from kindspace.errors import KindspaceError
from kindspace.i18n import _
from kindspace.journal.database import Database, write_transaction
from kindspace.journal.models import Entry

#: How long a deleted entry can be brought back.
KEEP_DAYS = 30


@dataclass(frozen=True)
class DeletedEntry:
    entry: Entry
    deleted: datetime

    def kept_until(self) -> datetime:
        return self.deleted + timedelta(days=KEEP_DAYS)


def put_in_trash(db: Database, entry: Entry, now: datetime) -> None:
    """Inside the caller's write transaction: keep ``entry`` and empty what is long gone."""
    row = entry.to_row()
    db.execute(
        "INSERT OR REPLACE INTO trash (id, entry, deleted_utc) VALUES (?, ?, ?)",
        (entry.id, json.dumps(row, ensure_ascii=False), _utc_text(now)),
    )
    db.execute(
        "DELETE FROM trash WHERE deleted_utc < ?", (_utc_text(now - timedelta(days=KEEP_DAYS)),)
    )


def take_out_of_trash(db: Database, entry_id: str) -> None:
    """Inside the caller's write transaction: the entry is back, so it is no longer deleted."""
    db.execute("DELETE FROM trash WHERE id = ?", (entry_id,))


class Trash:
    """What the app's Edit ▸ Recently deleted shows and brings back."""

    def __init__(self, db: Database, clock: Clock = system_clock) -> None:
        self._db = db
        self._clock = clock

    def recent(self) -> list[DeletedEntry]:
        """Deleted entries that can still be brought back, most recently deleted first."""
        rows = self._db.execute(
            "SELECT entry, deleted_utc FROM trash ORDER BY deleted_utc DESC, id"
        ).fetchall()
        return [
            DeletedEntry(Entry.from_row(json.loads(entry)), datetime.fromisoformat(deleted))
            for entry, deleted in rows
        ]

    def bring_back(self, entry_id: str) -> Entry:
        """Put a deleted entry back exactly as it was; one transaction, so never half done."""
        with write_transaction(self._db):
            row = self._db.execute("SELECT entry FROM trash WHERE id = ?", (entry_id,)).fetchone()
            if row is None:
                raise KindspaceError(_("That entry is no longer among the recently deleted."))
            entry = Entry.from_row(json.loads(row[0]))
            present = self._db.execute("SELECT 1 FROM entries WHERE id = ?", (entry_id,))
            if present.fetchone() is None:
                values = entry.to_row()
                names = ", ".join(values)
                places = ", ".join(f":{name}" for name in values)
                self._db.execute(f"INSERT INTO entries ({names}) VALUES ({places})", values)
                from kindspace.sync.record import record_write  # it builds on this module
                from kindspace.sync.targets import entry_values

                record_write(self._db, self._clock, "entry", entry_id, entry_values(entry), None)
            take_out_of_trash(self._db, entry_id)
        return entry

    def count(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM trash").fetchone()[0])


def _utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()
