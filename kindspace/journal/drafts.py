"""Drafts (autosaved editor state) and settings, both kept inside the encrypted journal.

Drafts live in the database rather than a side file because a side file would be journal
text on disk in plaintext; inside SQLCipher they get the same protection as entries.
"""

from __future__ import annotations

import json
from typing import Any

from kindspace.clock import Clock, from_utc_text, system_clock, to_utc_text
from kindspace.errors import InvalidInput
from kindspace.i18n import _
from kindspace.journal.database import Database, write_transaction
from kindspace.journal.models import Draft


class DraftStore:
    """One draft per *slot* (for example "editor:new" or "exercise:rain")."""

    def __init__(self, db: Database, clock: Clock = system_clock) -> None:
        self._db = db
        self._clock = clock

    def save(self, slot: str, payload: dict[str, Any]) -> Draft:
        """Replace the slot's draft; called every few seconds while someone writes."""
        text = _to_json(payload)
        saved = self._clock()
        with write_transaction(self._db):
            self._db.execute(
                "INSERT INTO drafts (slot, payload, saved_utc) VALUES (?, ?, ?) "
                "ON CONFLICT (slot) DO UPDATE SET payload = excluded.payload, "
                "saved_utc = excluded.saved_utc",
                (slot, text, to_utc_text(saved)),
            )
        return Draft(slot=slot, payload=json.loads(text), saved=saved)

    def load(self, slot: str) -> Draft | None:
        row = self._db.execute(
            "SELECT slot, payload, saved_utc FROM drafts WHERE slot = ?", (slot,)
        ).fetchone()
        return _draft(row) if row else None

    def all(self) -> list[Draft]:
        """Every unsaved draft, newest first: what a restart offers back."""
        rows = self._db.execute(
            "SELECT slot, payload, saved_utc FROM drafts ORDER BY saved_utc DESC"
        ).fetchall()
        return [_draft(row) for row in rows]

    def discard(self, slot: str) -> None:
        with write_transaction(self._db):
            self._db.execute("DELETE FROM drafts WHERE slot = ?", (slot,))


class SettingsStore:
    """Preferences that may reveal something personal (reminder phrases, contacts).

    The few that follow the person to their other devices (support contacts, their own crisis
    lines) are recorded for sync in the same transaction (kindspace/sync/targets.py says which).
    """

    def __init__(self, db: Database, clock: Clock = system_clock) -> None:
        self._db = db
        self._clock = clock

    def get(self, key: str, default: Any = None) -> Any:
        row = self._db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else default

    def set(self, key: str, value: Any) -> None:
        text = _to_json(value)
        with write_transaction(self._db):
            before = self._db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
            self._db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, text),
            )
            _record_setting(self._db, self._clock, key, before, json.loads(text))

    def delete(self, key: str) -> None:
        with write_transaction(self._db):
            before = self._db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
            self._db.execute("DELETE FROM settings WHERE key = ?", (key,))
            if before is not None:
                _record_setting(self._db, self._clock, key, before, _DELETED)

    def as_dict(self) -> dict[str, Any]:
        rows = self._db.execute("SELECT key, value FROM settings ORDER BY key").fetchall()
        return {key: json.loads(value) for key, value in rows}


_DELETED = object()


def _record_setting(db: Database, clock: Clock, key: str, before: Any, after: Any) -> None:
    """Record a setting that follows the person (inside the caller's transaction)."""
    from kindspace.sync import changes, record, targets

    old = json.loads(before[0]) if before is not None else None
    if key == targets.CONTACTS_SETTING:
        listed = (
            [item for item in after if isinstance(item, dict)] if isinstance(after, list) else []
        )
        had = [item for item in old if isinstance(item, dict)] if isinstance(old, list) else []
        record.record_contacts(db, clock, had, listed)
    elif key in targets.FOLLOWING_SETTINGS:
        if after is _DELETED:
            record.record_delete(db, clock, changes.SETTING, key)
        else:
            was = {"value": old} if before is not None else None
            record.record_write(db, clock, changes.SETTING, key, {"value": after}, was)


def _to_json(value: Any) -> str:
    try:
        return json.dumps(value, ensure_ascii=False, allow_nan=False, sort_keys=True)
    except (TypeError, ValueError) as error:
        raise InvalidInput(
            _("That value cannot be stored: only text, numbers and lists.")
        ) from error


def _draft(row: tuple[str, str, str]) -> Draft:
    slot, payload, saved_utc = row
    return Draft(slot=slot, payload=json.loads(payload), saved=from_utc_text(saved_utc, 0))
