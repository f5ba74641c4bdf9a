"""The sync tables of one journal, read and written inside the caller's transaction.

Per thing that changed (an entry, a setting, ...) the journal keeps, for each field, the version
shown (its stamp and the version vector it had seen) and whether and what a deletion covered.
Versions kept beside the one shown (concurrent edits of the same text) live in
``sync_versions`` with their value; the value shown lives where it always did (the entry row).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from kindspace.clock import Clock
from kindspace.journal.database import Database
from kindspace.sync.changes import Change, Seen, seen_from_text, seen_to_text
from kindspace.sync.hlc import HybridClock, genesis_stamp


@dataclass
class Version:
    """One version of one field: its stamp, what it had seen (itself included), its value."""

    stamp: str
    seen: Seen
    value: Any = None


@dataclass
class TargetState:
    kind: str
    target_id: str
    #: field -> {"s": stamp, "v": seen text} (and "raw" for an entry's tags)
    fields: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: {"s": newest deleting stamp, "v": {field: seen text}} once deleted
    tomb: dict[str, Any] | None = None
    #: The thing was in this journal before it recorded changes: fields without a version
    #: count as this device's first version.
    genesis: bool = False
    stored: bool = False

    def main(self, name: str, device_id: str) -> Version | None:
        held = self.fields.get(name)
        if held is not None:
            return Version(held["s"], seen_from_text(held["v"]))
        if self.genesis:
            stamp = genesis_stamp(device_id)
            return Version(stamp, {device_id: stamp})
        return None

    def set_main(self, name: str, version: Version, raw: Any = None) -> None:
        held: dict[str, Any] = {"s": version.stamp, "v": seen_to_text(version.seen)}
        if raw is not None:
            held["raw"] = raw
        self.fields[name] = held

    def tomb_seen(self, name: str) -> Seen:
        if self.tomb is None:
            return {}
        return seen_from_text(self.tomb["v"].get(name, ""))


def load_state(db: Database, kind: str, target_id: str) -> TargetState:
    row = db.execute(
        "SELECT fields, tomb, genesis FROM sync_state WHERE kind = ? AND target_id = ?",
        (kind, target_id),
    ).fetchone()
    if row is None:
        return TargetState(kind, target_id)
    fields, tomb, genesis = row
    return TargetState(
        kind, target_id, json.loads(fields), json.loads(tomb) if tomb else None, bool(genesis), True
    )


def save_state(db: Database, state: TargetState) -> None:
    db.execute(
        "INSERT INTO sync_state (kind, target_id, fields, tomb, genesis) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (kind, target_id) DO UPDATE SET fields = excluded.fields, "
        "tomb = excluded.tomb, genesis = excluded.genesis",
        (
            state.kind,
            state.target_id,
            json.dumps(state.fields, sort_keys=True),
            json.dumps(state.tomb, sort_keys=True) if state.tomb is not None else None,
            int(state.genesis),
        ),
    )
    state.stored = True


def kept_versions(db: Database, kind: str, target_id: str, name: str) -> list[Version]:
    rows = db.execute(
        "SELECT stamp, seen, value FROM sync_versions "
        "WHERE kind = ? AND target_id = ? AND field = ? ORDER BY stamp",
        (kind, target_id, name),
    ).fetchall()
    return [Version(stamp, seen_from_text(seen), json.loads(value)) for stamp, seen, value in rows]


def replace_kept_versions(
    db: Database, kind: str, target_id: str, name: str, versions: list[Version]
) -> None:
    db.execute(
        "DELETE FROM sync_versions WHERE kind = ? AND target_id = ? AND field = ?",
        (kind, target_id, name),
    )
    for version in versions:
        db.execute(
            "INSERT INTO sync_versions (kind, target_id, field, stamp, seen, value) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (
                kind,
                target_id,
                name,
                version.stamp,
                seen_to_text(version.seen),
                json.dumps(version.value, ensure_ascii=False, sort_keys=True),
            ),
        )


@dataclass
class Device:
    device_id: str
    last_stamp: str
    counter: int


def this_device(db: Database) -> Device:
    row = db.execute("SELECT device_id, last_stamp, counter FROM sync_device").fetchone()
    if row is None:
        raise RuntimeError("the journal has no sync device record (migration 5 did not run)")
    return Device(row[0], row[1], int(row[2]))


def hybrid_clock(db: Database, clock: Clock) -> HybridClock:
    device = this_device(db)
    return HybridClock(clock, device.device_id, device.last_stamp)


def save_clock(db: Database, hybrid: HybridClock) -> None:
    db.execute("UPDATE sync_device SET last_stamp = ?", (hybrid.last,))


def append_own_change(db: Database, change: Change) -> None:
    """Log one of this device's changes and move its counter, in the caller's transaction."""
    db.execute(
        "INSERT INTO sync_changes (counter, change) VALUES (?, ?)",
        (change.counter, json.dumps(change.to_json(), ensure_ascii=False, sort_keys=True)),
    )
    db.execute(
        "UPDATE sync_device SET counter = ?, last_stamp = max(last_stamp, ?)",
        (change.counter, change.stamp),
    )


def renames(db: Database) -> list[tuple[str, str, str]]:
    """Every tag rename known here, (stamp, old, new) in stamp order."""
    rows = db.execute("SELECT stamp, old, new FROM sync_renames ORDER BY stamp").fetchall()
    return [(str(stamp), str(old), str(new)) for stamp, old, new in rows]
