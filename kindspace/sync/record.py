"""Recording this device's own writes as changes, in the same transaction as the write.

Called by the journal's stores (entries, settings, own exercises) right after they write, inside
their ``write_transaction``: a crash can never leave a write without its change, or a change
without its write. The cost per save is a few small statements on rows already in cache (this
device's record, the thing's sync state, one insert into the log); see docs/design/sync.md.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kindspace.clock import Clock
from kindspace.journal.database import Database
from kindspace.sync import changes
from kindspace.sync.changes import Change, merged, seen_to_text, seen_with
from kindspace.sync.state import (
    TargetState,
    Version,
    append_own_change,
    hybrid_clock,
    kept_versions,
    load_state,
    renames,
    replace_kept_versions,
    save_state,
)
from kindspace.sync.targets import TARGETS, contact_key


def record_write(
    db: Database,
    clock: Clock,
    kind: str,
    target_id: str,
    new: Mapping[str, Any],
    old: Mapping[str, Any] | None,
    *,
    settle: bool = False,
) -> Change | None:
    """Record the fields of ``new`` that differ from ``old`` (all of them when it is new).

    ``settle`` makes the new version cover every version kept beside the one shown: resolving
    a conflict. Returns the change, or None when nothing changed.
    """
    changed = {
        name: value
        for name, value in new.items()
        if old is None or name not in old or old[name] != value
    }
    if not changed and not settle:
        return None
    hybrid = hybrid_clock(db, clock)
    device_id = hybrid.device_id
    stamp = hybrid.tick()
    state = load_state(db, kind, target_id)
    if not state.stored:
        state.genesis = old is not None
    base: dict[str, str] = {}
    for name, value in changed.items():
        seen = _seen_before(db, state, name, device_id, with_kept=settle)
        if kind == changes.ENTRY and name == "tags":
            seen = seen_with(seen, [stamp for stamp, _, _ in renames(db)])
        base[name] = seen_to_text(seen)
        raw = list(value) if kind == changes.ENTRY and name == "tags" else None
        state.set_main(name, Version(stamp, seen_with(seen, [stamp])), raw)
        if settle:
            replace_kept_versions(db, kind, target_id, name, [])
    return _log(db, state, Change(device_id, _next(db), stamp, kind, target_id, changed, base))


def record_delete(db: Database, clock: Clock, kind: str, target_id: str) -> Change:
    """Record that the person deleted something that was here: a tombstone covering every
    version of it this device knows, so only an edit it never saw can outlive it."""
    hybrid = hybrid_clock(db, clock)
    stamp = hybrid.tick()
    state = load_state(db, kind, target_id)
    if not state.stored:
        state.genesis = True
    names = set(TARGETS[kind].fields) | set(state.fields)
    base = {
        name: seen_to_text(_seen_before(db, state, name, hybrid.device_id, with_kept=True))
        for name in sorted(names)
    }
    base = {name: text for name, text in base.items() if text}
    tomb_seen = state.tomb["v"] if state.tomb else {}
    state.tomb = {
        "s": stamp,
        "v": {
            name: seen_to_text(
                merged(
                    changes.seen_from_text(tomb_seen.get(name, "")), changes.seen_from_text(text)
                )
            )
            for name, text in {**tomb_seen, **base}.items()
        },
    }
    for name in names:
        replace_kept_versions(db, kind, target_id, name, [])
    fields = {changes.DELETED: True}
    return _log(
        db, state, Change(hybrid.device_id, _next(db), stamp, kind, target_id, fields, base)
    )


def record_rename(db: Database, clock: Clock, old: str, new: str) -> Change:
    """Record a tag rename as one change; entries' tags follow it (see renames.py)."""
    hybrid = hybrid_clock(db, clock)
    stamp = hybrid.tick()
    change = Change(hybrid.device_id, _next(db), stamp, changes.TAG_RENAME, old, {"to": new}, {})
    append_own_change(db, change)
    return change


def record_contacts(
    db: Database, clock: Clock, before: list[dict[str, Any]], after: list[dict[str, Any]]
) -> None:
    """The support contacts were saved as a whole list: record each one that changed."""
    old = {contact_key(c): {"contact": c, "position": i} for i, c in enumerate(before)}
    new = {contact_key(c): {"contact": c, "position": i} for i, c in enumerate(after)}
    for key, values in new.items():
        if key:
            record_write(db, clock, changes.SUPPORT_CONTACT, key, values, old.get(key))
    for key in old.keys() - new.keys():
        if key:
            record_delete(db, clock, changes.SUPPORT_CONTACT, key)


def _seen_before(
    db: Database, state: TargetState, name: str, device_id: str, *, with_kept: bool
) -> changes.Seen:
    main = state.main(name, device_id)
    seen = dict(main.seen) if main else {}
    if with_kept:
        for version in kept_versions(db, state.kind, state.target_id, name):
            seen = merged(seen, version.seen)
    return seen


def _next(db: Database) -> int:
    row = db.execute("SELECT counter FROM sync_device").fetchone()
    return int(row[0]) + 1


def _log(db: Database, state: TargetState, change: Change) -> Change:
    save_state(db, state)
    append_own_change(db, change)
    return change
