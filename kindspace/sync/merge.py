"""Merging one change from another device into this journal: the merge rules.

Every field holds versions. A version knows what it had seen (a version vector), so for an
incoming version there are three cases: something here already includes it (nothing to do), it
includes everything here (it wins), or neither saw the other (concurrent). Concurrent versions
of what the person wrote (an entry's title, text and answers) are all kept: the newest is shown
and the others wait, as a conflict, for the person to choose. Any other field keeps the newest
(last writer wins by hybrid time). A deletion is a tombstone listing the versions it deleted;
the thing stays (or comes back) while any version it did not list exists. These rules give the
same result whatever order changes arrive in (docs/design/sync.md, "Merge rules").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from kindspace.journal.database import Database
from kindspace.sync import changes
from kindspace.sync.changes import Change, covers, merged, seen_from_text, seen_to_text, seen_with
from kindspace.sync.renames import merge_rename, visible_tags
from kindspace.sync.state import (
    TargetState,
    Version,
    kept_versions,
    load_state,
    renames,
    replace_kept_versions,
    save_state,
)
from kindspace.sync.targets import TARGETS, TEXT_FIELDS


@dataclass(frozen=True)
class Merged:
    """What one change did here: new kept conflicts, and whether a deletion lost to an edit
    this device holds (then this device sends the entry's versions again, so the device that
    deleted it gets every word back even after its own trash was emptied)."""

    conflicts: int = 0
    put_back: bool = False


def merge_change(db: Database, device_id: str, change: Change, now: datetime) -> Merged:
    if change.kind == changes.TAG_RENAME:
        merge_rename(db, device_id, change)
        return Merged()
    target = TARGETS[change.kind]
    state = load_state(db, change.kind, change.target_id)
    alive_values = target.read(db, change.target_id)
    was_alive = alive_values is not None
    if not state.stored:
        state.genesis = was_alive
    values = dict(alive_values or target.read_dead(db, change.target_id) or {})
    had_copy = bool(values)
    before = dict(values)
    conflicts = 0
    tomb_grew = False
    if change.is_delete:
        tomb_grew = _bury(state, change.stamp, change.base)
    elif change.is_state:
        if change.fields.get(changes.TOMB):
            tomb_grew = _bury(state, change.stamp, change.fields[changes.TOMB])
        for name, stamp, seen, value in change.fields.get(changes.VERSIONS, []):
            incoming = Version(stamp, seen_with(seen_from_text(seen), [stamp]), value)
            conflicts += _merge_field(db, device_id, state, target.fields, name, incoming, values)
    else:
        for name, value in change.fields.items():
            incoming = Version(change.stamp, change.seen(name), value)
            conflicts += _merge_field(db, device_id, state, target.fields, name, incoming, values)
    if state.tomb is not None:
        _forget_buried_kept_versions(db, state, target.fields)
    alive = _alive(db, device_id, state, target.fields)
    held_tags = state.fields.get("tags", {}) if change.kind == changes.ENTRY else {}
    if "raw" in held_tags:  # an entry back from the trash shows renames made meanwhile too
        seen = seen_from_text(held_tags["v"])
        values["tags"] = visible_tags(held_tags["raw"], seen, renames(db))
    if alive and not was_alive and not had_copy:
        # Back without a copy here (the trash was emptied): the fields this device only knows
        # the version of wait for its value, which the device that kept it sends again.
        for name in target.fields:
            if name in state.fields and name not in values:
                state.fields[name]["u"] = True
    save_state(db, state)
    if alive:
        if not was_alive or values != before:
            target.write(db, change.target_id, values, change.stamp)
    elif was_alive:
        target.remove(db, change.target_id, now)
    elif had_copy and values != before:
        target.write_dead(db, change.target_id, values)
    return Merged(conflicts, put_back=alive and was_alive and tomb_grew)


def _bury(state: TargetState, stamp: str, covered: Any) -> bool:
    """Widen the tombstone by what a deletion covered; returns whether it learned anything."""
    old = state.tomb or {"s": stamp, "v": {}}
    seen = dict(old["v"])
    for name, text in covered.items():
        widened = seen_to_text(merged(seen_from_text(seen.get(name, "")), seen_from_text(text)))
        seen[name] = widened
    grew = state.tomb is None or seen != state.tomb["v"]
    state.tomb = {"s": max(old["s"], stamp), "v": seen}
    return grew


def _merge_field(
    db: Database,
    device_id: str,
    state: TargetState,
    known: tuple[str, ...],
    name: str,
    incoming: Version,
    values: dict[str, Any],
) -> int:
    if name not in known:
        raise ValueError(f"a {state.kind} has no field {name!r}")
    is_tags = state.kind == changes.ENTRY and name == "tags"
    main = state.main(name, device_id)
    kept = kept_versions(db, state.kind, state.target_id, name)
    if main is not None:
        held = state.fields.get(name, {})
        main.value = held["raw"] if is_tags and "raw" in held else values.get(name)
    pool = ([main] if main else []) + kept
    if main is not None and held_value_unknown(state, name) and incoming.stamp == main.stamp:
        state.set_main(name, main, incoming.value if is_tags else None)
        values[name] = (
            visible_tags(incoming.value, main.seen, renames(db)) if is_tags else incoming.value
        )
        return 0
    if any(covers(version.seen, incoming.stamp) for version in pool):
        return 0
    pool = [v for v in pool if not covers(incoming.seen, v.stamp)] + [incoming]
    top = max(pool, key=lambda version: version.stamp)
    if state.kind == changes.ENTRY and name in TEXT_FIELDS:
        others = [version for version in pool if version is not top]
        was_open = any(version.value != values.get(name) for version in kept)
        state.set_main(name, Version(top.stamp, top.seen))
        replace_kept_versions(db, state.kind, state.target_id, name, others)
        values[name] = top.value
        now_open = any(version.value != top.value for version in others)
        return int(now_open and not was_open)
    seen = merged(*(version.seen for version in pool))
    state.set_main(name, Version(top.stamp, seen), top.value if is_tags else None)
    values[name] = visible_tags(top.value, seen, renames(db)) if is_tags else top.value
    return 0


def held_value_unknown(state: TargetState, name: str) -> bool:
    return bool(state.fields.get(name, {}).get("u"))


def _alive(db: Database, device_id: str, state: TargetState, known: tuple[str, ...]) -> bool:
    for name in set(known) | set(state.fields):
        main = state.main(name, device_id)
        versions = ([main] if main else []) + kept_versions(db, state.kind, state.target_id, name)
        buried = state.tomb_seen(name)
        if any(not covers(buried, version.stamp) for version in versions):
            return True
    return False


def _forget_buried_kept_versions(db: Database, state: TargetState, known: tuple[str, ...]) -> None:
    """A version kept beside the shown one that a deletion covered is gone with it."""
    for name in known:
        kept = kept_versions(db, state.kind, state.target_id, name)
        alive = [v for v in kept if not covers(state.tomb_seen(name), v.stamp)]
        if len(alive) != len(kept):
            replace_kept_versions(db, state.kind, state.target_id, name, alive)


def state_change(
    db: Database,
    device_id: str,
    state: TargetState,
    values: dict[str, Any],
    stamp: str,
    counter: int,
) -> Change | None:
    """Every version of one thing as it is here, as one change (snapshots, putting back)."""
    known = TARGETS[state.kind].fields
    versions: list[list[Any]] = []
    for name in known:
        main = state.main(name, device_id)
        if main is not None and name in values:
            held = state.fields.get(name, {})
            value = held.get("raw", values[name]) if name == "tags" else values[name]
            versions.append([name, main.stamp, seen_to_text(main.seen), value])
        for version in kept_versions(db, state.kind, state.target_id, name):
            versions.append([name, version.stamp, seen_to_text(version.seen), version.value])
    fields: dict[str, Any] = {}
    if versions:
        fields[changes.VERSIONS] = versions
    if state.tomb is not None:
        fields[changes.TOMB] = state.tomb["v"]
    if not fields:
        return None
    return Change(device_id, counter, stamp, state.kind, state.target_id, fields, {})
