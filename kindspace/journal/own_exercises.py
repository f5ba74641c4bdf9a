"""The person's own exercises, kept inside the encrypted journal.

Why in the journal: the prompts a person writes for themselves can be as personal as their
entries, so they get the same protection (SQLCipher), go into the same backups and travel
with the JSON export. The journal stores each one as JSON in the shape of a shipped
exercise's content; ``kindspace.practice.own_exercises`` checks it and turns it into an
exercise that the one stepper runs. Nothing here deletes unless the person asks.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from kindspace.clock import Clock, from_utc_text, system_clock, to_utc_text
from kindspace.errors import InvalidInput
from kindspace.i18n import _
from kindspace.journal.database import Database, write_transaction
from kindspace.sync.changes import OWN_EXERCISE
from kindspace.sync.record import record_delete, record_write
from kindspace.sync.targets import OwnExercises

OWN_PREFIX = "own_"
_OWN_ID = re.compile(r"own_[a-z0-9]{1,40}\Z")


@dataclass(frozen=True)
class OwnExerciseRecord:
    id: str
    definition: dict[str, Any]
    created: datetime
    updated: datetime


def new_own_id() -> str:
    return OWN_PREFIX + uuid.uuid4().hex[:12]


def is_own_id(value: str) -> bool:
    return bool(_OWN_ID.match(value))


class OwnExerciseStore:
    def __init__(self, db: Database, clock: Clock = system_clock) -> None:
        self._db = db
        self._clock = clock

    def all(self) -> list[OwnExerciseRecord]:
        rows = self._db.execute(
            "SELECT id, definition, created_utc, updated_utc FROM own_exercises "
            "ORDER BY created_utc, id"
        ).fetchall()
        return [_record(row) for row in rows]

    def get(self, own_id: str) -> OwnExerciseRecord | None:
        row = self._db.execute(
            "SELECT id, definition, created_utc, updated_utc FROM own_exercises WHERE id = ?",
            (own_id,),
        ).fetchone()
        return _record(row) if row else None

    def save(self, own_id: str, definition: Mapping[str, Any]) -> OwnExerciseRecord:
        """Add or replace one exercise (its id stays, so saved entries still find it)."""
        if not is_own_id(own_id):
            raise InvalidInput(_("An own exercise's id starts with 'own_' and has only a–z, 0–9."))
        now = self._clock()
        existing = self.get(own_id)
        record = OwnExerciseRecord(
            own_id, dict(definition), existing.created if existing else now, now
        )
        with write_transaction(self._db):
            self._write(record, existing)
        return record

    def delete(self, own_id: str) -> None:
        """Only when the person asks; entries written with it stay and still read back."""
        with write_transaction(self._db):
            gone = self._db.execute("DELETE FROM own_exercises WHERE id = ?", (own_id,))
            if gone.rowcount:
                record_delete(self._db, self._clock, OWN_EXERCISE, own_id)

    def merge(self, records: Iterable[OwnExerciseRecord]) -> int:
        """Imported exercises: new ones added, a later version replaces an older one.
        Returns how many changed; all in one transaction."""
        with write_transaction(self._db):
            return self.merge_in_transaction(records)

    def merge_in_transaction(self, records: Iterable[OwnExerciseRecord]) -> int:
        """As :meth:`merge`, inside a transaction the caller holds (an import's)."""
        changed = 0
        for record in records:
            current = self.get(record.id)
            if current is None or (
                record.updated > current.updated and record.definition != current.definition
            ):
                self._write(record, current)
                changed += 1
        return changed

    def _write(self, record: OwnExerciseRecord, before: OwnExerciseRecord | None) -> None:
        """Write inside the caller's transaction, and record it for the person's other devices."""
        self._db.execute(
            "INSERT INTO own_exercises (id, definition, created_utc, updated_utc) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
            "definition = excluded.definition, updated_utc = excluded.updated_utc",
            (
                record.id,
                json.dumps(record.definition, ensure_ascii=False, sort_keys=True),
                to_utc_text(record.created),
                to_utc_text(record.updated),
            ),
        )
        stored = OwnExercises().read(self._db, record.id)
        assert stored is not None  # just written
        was = None
        if before is not None:
            was = {"definition": before.definition, "created": to_utc_text(before.created)}
            was["updated"] = to_utc_text(before.updated)
        record_write(self._db, self._clock, OWN_EXERCISE, record.id, stored, was)


def _record(row: tuple[Any, ...]) -> OwnExerciseRecord:
    own_id, definition, created, updated = row
    return OwnExerciseRecord(
        own_id, json.loads(definition), from_utc_text(created, 0), from_utc_text(updated, 0)
    )
