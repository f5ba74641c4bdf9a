"""A snapshot: everything one journal holds, as changes another journal can apply.

Computed when asked (a device joining, or compaction), never kept up to date on every save:
a journal that never syncs pays nothing for it. Each thing becomes one change carrying its
versions as they are (stamps and what they had seen), so applying a snapshot merges exactly
like applying the changes it replaces, and applying it twice changes nothing.
"""

from __future__ import annotations

import json

from kindspace.journal.database import Database
from kindspace.journal.entries import EntryRepository
from kindspace.sync import changes
from kindspace.sync.changes import SNAPSHOT_COUNTER, Change
from kindspace.sync.hlc import stamp_device
from kindspace.sync.merge import state_change
from kindspace.sync.state import load_state, renames
from kindspace.sync.targets import (
    FOLLOWING_SETTINGS,
    TARGETS,
    contact_key,
)


def snapshot_changes(db: Database, device_id: str, stamp: str) -> list[Change]:
    found: list[Change] = [
        Change(stamp_device(when), SNAPSHOT_COUNTER, when, changes.TAG_RENAME, old, {"to": new})
        for when, old, new in renames(db)
    ]
    for kind, target_id in known_targets(db):
        state = load_state(db, kind, target_id)
        values = TARGETS[kind].read(db, target_id)
        if not state.stored:
            state.genesis = values is not None
        change = state_change(db, device_id, state, values or {}, stamp, SNAPSHOT_COUNTER)
        if change is not None:
            found.append(change)
    return found


def known_targets(db: Database) -> list[tuple[str, str]]:
    """Every thing this journal holds or remembers (entries, following settings, contacts,
    own exercises, and whatever sync state names), each once, in a stable order."""
    found: list[tuple[str, str]] = []
    seen: set[tuple[str, str]] = set()

    def add(kind: str, target_id: str) -> None:
        if (kind, target_id) not in seen:
            seen.add((kind, target_id))
            found.append((kind, target_id))

    for entry in EntryRepository(db).iter_all():
        add(changes.ENTRY, entry.id)
    for (key,) in db.execute("SELECT key FROM settings ORDER BY key").fetchall():
        if key in FOLLOWING_SETTINGS:
            add(changes.SETTING, key)
    stored = db.execute("SELECT value FROM settings WHERE key = 'support.contacts'").fetchone()
    listed = json.loads(stored[0]) if stored else []
    for contact in listed if isinstance(listed, list) else []:
        if isinstance(contact, dict) and contact_key(contact):
            add(changes.SUPPORT_CONTACT, contact_key(contact))
    for (own_id,) in db.execute("SELECT id FROM own_exercises ORDER BY id").fetchall():
        add(changes.OWN_EXERCISE, own_id)
    rows = db.execute("SELECT kind, target_id FROM sync_state ORDER BY kind, target_id")
    for kind, target_id in rows.fetchall():
        add(kind, target_id)
    return found
