"""The entry repository: the API the GUI and the CLI both use to read and write entries.

It never decides *how* the journal is unlocked or where it lives; it is handed an open,
migrated database and a clock. Every write is one short transaction, so a save that
returned has reached the disk (WAL with ``synchronous=FULL``).
"""

from __future__ import annotations

import calendar
import re
import uuid
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from kindspace.clock import Clock, system_clock
from kindspace.errors import InvalidInput, KindspaceError
from kindspace.i18n import _
from kindspace.journal.database import Database, write_transaction
from kindspace.journal.models import (
    NOTE_KIND,
    Entry,
    check_answers,
    check_intensity,
    clean_tags,
)
from kindspace.journal.search import SearchFilters, filter_clauses
from kindspace.journal.trash import put_in_trash, take_out_of_trash
from kindspace.sync import changes as sync_changes
from kindspace.sync.record import record_delete, record_rename, record_write
from kindspace.sync.renames import add_rename
from kindspace.sync.targets import entry_values

_UNSET: Any = object()
_ENTRY_COLUMNS = (
    "id, day, created_utc, created_offset_minutes, updated_utc, updated_offset_minutes, "
    "kind, title, body, answers, intensity_before, intensity_after, tags, import_source"
)


#: The shortest start of an id that ``find_id`` accepts (lists show the first 8 characters).
MIN_ID_PREFIX = 4


class EntryNotFound(KindspaceError):
    """The entry was deleted (perhaps in another window) or never existed."""


class EntryRepository:
    """Create, change, delete and read entries of one unlocked journal."""

    def __init__(self, db: Database, clock: Clock = system_clock) -> None:
        self._db = db
        self._clock = clock

    # -- writing -------------------------------------------------------------------------

    def create(
        self,
        *,
        body: str = "",
        title: str = "",
        kind: str = NOTE_KIND,
        day: date | None = None,
        written_at: datetime | None = None,
        answers: Mapping[str, Any] | None = None,
        tags: Iterable[str] = (),
        intensity_before: int | None = None,
        intensity_after: int | None = None,
        import_source: str | None = None,
    ) -> Entry:
        """Save a new entry. ``day`` defaults to the local day of ``written_at`` (now)."""
        now = self._clock()
        created = written_at or now
        if created.tzinfo is None:
            raise ValueError("written_at must be timezone-aware")
        entry = Entry(
            id=str(uuid.uuid4()),
            day=day or created.date(),
            created=created,
            updated=now,
            kind=_check_kind(kind),
            title=check_text(title, "title"),
            body=check_text(body, "text"),
            answers=check_answers(answers),
            intensity_before=check_intensity(intensity_before, "before"),
            intensity_after=check_intensity(intensity_after, "after"),
            tags=clean_tags(check_text(tag, "tag") for tag in tags),
            import_source=import_source,
        )
        with write_transaction(self._db):
            self._insert(entry)
        return entry

    def _insert(self, entry: Entry) -> None:
        """Insert inside the caller's transaction (used by imports to batch many rows).

        The change is recorded for the person's other devices in the same transaction.
        """
        row = entry.to_row()
        placeholders = ", ".join(f":{name}" for name in row)
        self._db.execute(f"INSERT INTO entries ({', '.join(row)}) VALUES ({placeholders})", row)
        record_write(self._db, self._clock, sync_changes.ENTRY, entry.id, entry_values(entry), None)

    def update(
        self,
        entry_id: str,
        *,
        body: str = _UNSET,
        title: str = _UNSET,
        kind: str = _UNSET,
        day: date = _UNSET,
        written_at: datetime = _UNSET,
        answers: Mapping[str, Any] = _UNSET,
        tags: Iterable[str] = _UNSET,
        intensity_before: int | None = _UNSET,
        intensity_after: int | None = _UNSET,
    ) -> Entry:
        """Change the given fields of an entry; the rest stay as they are."""
        changes: dict[str, Any] = {}
        if body is not _UNSET:
            changes["body"] = check_text(body, "text")
        if title is not _UNSET:
            changes["title"] = check_text(title, "title")
        if kind is not _UNSET:
            changes["kind"] = _check_kind(kind)
        if written_at is not _UNSET:
            if written_at.tzinfo is None:
                raise ValueError("written_at must be timezone-aware")
            changes["created"] = written_at
            if day is _UNSET:
                changes["day"] = written_at.date()
        if day is not _UNSET:
            changes["day"] = day
        if answers is not _UNSET:
            changes["answers"] = check_answers(answers)
        if tags is not _UNSET:
            changes["tags"] = clean_tags(check_text(tag, "tag") for tag in tags)
        if intensity_before is not _UNSET:
            changes["intensity_before"] = check_intensity(intensity_before, "before")
        if intensity_after is not _UNSET:
            changes["intensity_after"] = check_intensity(intensity_after, "after")
        with write_transaction(self._db):
            current = self._get(entry_id)
            updated = replace(current, **changes, updated=self._clock())
            self._replace(updated)
            record_write(
                self._db,
                self._clock,
                sync_changes.ENTRY,
                entry_id,
                entry_values(updated),
                entry_values(current),
            )
        return updated

    def _replace(self, entry: Entry) -> None:
        row = entry.to_row()
        assignments = ", ".join(f"{name} = :{name}" for name in row if name != "id")
        self._db.execute(f"UPDATE entries SET {assignments} WHERE id = :id", row)

    def delete(self, entry_id: str) -> Entry:
        """Delete an entry and return it, so the caller can offer to undo.

        The entry goes into the journal's trash, from which the app can bring it back for
        ``trash.KEEP_DAYS`` days (see :mod:`kindspace.journal.trash`).
        """
        with write_transaction(self._db):
            entry = self._get(entry_id)
            self._db.execute("DELETE FROM entries WHERE id = ?", (entry_id,))
            put_in_trash(self._db, entry, self._clock())
            record_delete(self._db, self._clock, sync_changes.ENTRY, entry_id)
        return entry

    def restore(self, entry: Entry) -> None:
        """Put back an entry exactly as it was (the undo of :meth:`delete`)."""
        with write_transaction(self._db):
            if self._find(entry.id) is None:
                self._insert(entry)
            take_out_of_trash(self._db, entry.id)

    # -- reading -------------------------------------------------------------------------

    def get(self, entry_id: str) -> Entry:
        return self._get(entry_id)

    def _find(self, entry_id: str) -> Entry | None:
        row = self._db.execute(
            f"SELECT {_ENTRY_COLUMNS} FROM entries WHERE id = ?", (entry_id,)
        ).fetchone()
        return _entry(row) if row else None

    def _get(self, entry_id: str) -> Entry:
        entry = self._find(entry_id)
        if entry is None:
            raise EntryNotFound(_("That entry is no longer in the journal."))
        return entry

    def on_day(self, day: date) -> list[Entry]:
        """Every entry of a local day, in the order they were written."""
        rows = self._db.execute(
            f"SELECT {_ENTRY_COLUMNS} FROM entries WHERE day = ? ORDER BY created_utc, seq",
            (day.isoformat(),),
        ).fetchall()
        return [_entry(row) for row in rows]

    def between(self, first: date, last: date) -> list[Entry]:
        rows = self._db.execute(
            f"SELECT {_ENTRY_COLUMNS} FROM entries WHERE day BETWEEN ? AND ? "
            "ORDER BY day, created_utc, seq",
            (first.isoformat(), last.isoformat()),
        ).fetchall()
        return [_entry(row) for row in rows]

    def month_counts(self, year: int, month: int) -> dict[date, int]:
        """How many entries each day of a month has (days without entries are absent)."""
        last_day = calendar.monthrange(year, month)[1]
        rows = self._db.execute(
            "SELECT day, count(*) FROM entries WHERE day BETWEEN ? AND ? GROUP BY day",
            (date(year, month, 1).isoformat(), date(year, month, last_day).isoformat()),
        ).fetchall()
        return {date.fromisoformat(day): count for day, count in rows}

    def day_kind_counts(self) -> list[tuple[date, str, int]]:
        """How many entries of each kind every day holds, from an index (no entry is read)."""
        rows = self._db.execute(
            "SELECT day, kind, count(*) FROM entries GROUP BY kind, day"
        ).fetchall()
        return [(date.fromisoformat(day), kind, count) for day, kind, count in rows]

    def of_kinds(self, kinds: Iterable[str]) -> list[Entry]:
        """Every entry of the given kinds, in writing order, found through an index (so a
        journal's notes are not read when only its exercises are wanted)."""
        rows: list[Any] = []
        for kind in kinds:
            rows += self._db.execute(
                f"SELECT seq, {_ENTRY_COLUMNS} FROM entries WHERE kind = ?", (kind,)
            ).fetchall()
        rows.sort(key=lambda row: row[0])
        return [_entry(row[1:]) for row in rows]

    def on_this_day(self, today: date) -> list[Entry]:
        """Entries from the same date in earlier years, newest year first.

        On 28 February of a common year, entries of 29 February are included, so that
        leap-day writing comes back every year rather than once in four.

        Each earlier year's date is looked up through the index on ``day`` (Today asks at
        every start): comparing the month and day of every row instead read the whole
        table, a little more with every year written.
        """
        month_days = [today.strftime("%m-%d")]
        if today.month == 2 and today.day == 28 and not calendar.isleap(today.year):
            month_days.append("02-29")
        first = self._db.execute("SELECT min(day) FROM entries").fetchone()[0]
        if first is None:
            return []
        days = [
            f"{year:04d}-{month_day}"
            for year in range(int(first[:4]), today.year)
            for month_day in month_days
        ]
        if not days:
            return []
        placeholders = ", ".join("?" for _ in days)
        rows = self._db.execute(
            f"SELECT {_ENTRY_COLUMNS} FROM entries WHERE day IN ({placeholders}) "
            "ORDER BY day DESC, created_utc",
            days,
        ).fetchall()
        return [_entry(row) for row in rows]

    def listed(
        self, filters: SearchFilters | None = None, *, last: int | None = None
    ) -> list[Entry]:
        """Entries that pass ``filters``, by day and then by time, newest last (like jrnl).

        ``last`` keeps only the newest N. No word is needed: this is "show me my entries
        tagged X in May", which a full-text search can't express.
        """
        filters = filters or SearchFilters()
        if filters.tag:  # typed on a command line, "#work" means the tag "work"
            filters = replace(filters, tag=filters.tag.strip().lstrip("#"))
        narrowing, params = filter_clauses(filters)
        sql = f"SELECT {_ENTRY_COLUMNS} FROM entries WHERE {' AND '.join(['1', *narrowing])} "
        if last is None:
            rows = self._db.execute(sql + "ORDER BY day, created_utc, seq", params).fetchall()
            return [_entry(row) for row in rows]
        params["last"] = max(0, last)
        newest_first = sql + "ORDER BY day DESC, created_utc DESC, seq DESC LIMIT :last"
        return [_entry(row) for row in reversed(self._db.execute(newest_first, params).fetchall())]

    def find_id(self, prefix: str) -> str:
        """The full id of the one entry whose id starts with ``prefix`` (as lists show it)."""
        prefix = prefix.strip().lower()
        if len(prefix) < MIN_ID_PREFIX or not all(c in "0123456789abcdef-" for c in prefix):
            raise InvalidInput(
                _(
                    "'{prefix}' is not an entry id; 'kindspace list' shows them "
                    "(the first {min_id_prefix} characters or more are enough)."
                ).format(prefix=prefix, min_id_prefix=MIN_ID_PREFIX)
            )
        rows = self._db.execute(
            "SELECT id FROM entries WHERE substr(id, 1, ?) = ? LIMIT 2", (len(prefix), prefix)
        ).fetchall()
        if not rows:
            raise EntryNotFound(
                _("No entry has the id {prefix}; 'kindspace list' shows them.").format(
                    prefix=prefix
                )
            )
        if len(rows) > 1:
            raise InvalidInput(
                _("More than one entry has an id starting {prefix}; type more of it.").format(
                    prefix=prefix
                )
            )
        return str(rows[0][0])

    def rename_tag(self, old: str, new: str) -> int:
        """Rename a tag on every entry that has it; returns how many entries changed.

        When an entry already has ``new`` the two become one (a merge), so renaming
        "work" to "Work" or "job" to "work" never leaves an entry with both.
        """
        old_tags, new_tags = clean_tags([old]), clean_tags([new])
        if not old_tags or not new_tags:
            raise InvalidInput(_("Please give the tag's current name and its new name."))
        old_tag, new_tag = old_tags[0], new_tags[0]
        with write_transaction(self._db):
            rows = self._db.execute(
                "SELECT count(*) FROM entry_tags WHERE tag = ?", (old_tag,)
            ).fetchone()
            if not rows[0]:
                raise InvalidInput(
                    _("No entry has the tag '{old_tag}', so nothing was renamed.").format(
                        old_tag=old_tag
                    )
                )
            # One change for the rename; every entry's tags follow it (kindspace/sync/renames.py),
            # here and on the person's other devices, including entries tagged there meanwhile.
            change = record_rename(self._db, self._clock, old_tag, new_tag)
            add_rename(self._db, change.device_id, change.stamp, old_tag, new_tag)
        return int(rows[0])

    def count(self) -> int:
        row = self._db.execute("SELECT count(*) FROM entries").fetchone()
        return int(row[0])

    def practice_days(self, first: date, last: date) -> set[date]:
        """Days with at least one entry: counted, never turned into a streak to break."""
        rows = self._db.execute(
            "SELECT DISTINCT day FROM entries WHERE day BETWEEN ? AND ?",
            (first.isoformat(), last.isoformat()),
        ).fetchall()
        return {date.fromisoformat(row[0]) for row in rows}

    def tags(self) -> list[tuple[str, int]]:
        """Every tag in use with how often, most used first (for completion)."""
        rows = self._db.execute(
            "SELECT tag, count(*) AS uses FROM entry_tags GROUP BY tag ORDER BY uses DESC, tag"
        ).fetchall()
        return [(tag, int(uses)) for tag, uses in rows]

    def kinds(self) -> list[str]:
        rows = self._db.execute("SELECT DISTINCT kind FROM entries ORDER BY kind").fetchall()
        return [row[0] for row in rows]

    def iter_all(self, batch_size: int = 500) -> Iterator[Entry]:
        """Every entry in writing order, a batch at a time (exports of long journals)."""
        last_seq = 0
        while True:
            rows = self._db.execute(
                f"SELECT seq, {_ENTRY_COLUMNS} FROM entries WHERE seq > ? ORDER BY seq LIMIT ?",
                (last_seq, batch_size),
            ).fetchall()
            if not rows:
                return
            for row in rows:
                yield _entry(row[1:])
            last_seq = rows[-1][0]


_SURROGATE = re.compile("[\ud800-\udfff]")


def check_text(text: str, what: str) -> str:
    """Refuse text with lone surrogates: what invalid UTF-8 becomes on the way in (a file
    or terminal in another encoding). Stored, it would be bytes no reader can decode."""
    if isinstance(text, str) and _SURROGATE.search(text):
        if what == "title":
            message = _(
                "The title holds characters that aren't valid UTF-8 (perhaps "
                "from a file in another encoding), so nothing was saved."
            )
        elif what == "tag":
            message = _(
                "A tag holds characters that aren't valid UTF-8 (perhaps "
                "from a file in another encoding), so nothing was saved."
            )
        else:
            message = _(
                "The text holds characters that aren't valid UTF-8 (perhaps "
                "from a file in another encoding), so nothing was saved."
            )
        raise InvalidInput(message)
    return text


def _check_kind(kind: str) -> str:
    kind = kind.strip()
    if not kind:
        raise InvalidInput(_("An entry needs a kind: 'note' or the name of an exercise."))
    return kind


_COLUMN_NAMES = tuple(name.strip() for name in _ENTRY_COLUMNS.split(","))


def _entry(row: tuple[Any, ...]) -> Entry:
    return Entry.from_row(dict(zip(_COLUMN_NAMES, row, strict=True)))
