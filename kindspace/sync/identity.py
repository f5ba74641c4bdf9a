"""Giving a journal a new device id, when its old one can no longer be trusted.

Two journals must never write changes under one device id: the others apply a device's
changes by counter, once each, so a second history under the same id is ignored by them, and
its stamps make version vectors lie (a vector that names ``a``'s newest stamp claims to have
seen every older change of ``a``, including the ones the other history wrote). That happens
when a journal is restored from an older backup (its counters start again below what the
others already applied) and when a data folder is copied by hand to a second computer.

The cure is the same for both: from the last change this journal and the folder agree on
(``shared_up_to``), this journal's own history is moved to a brand-new device id. Its stamps
after that point are renamed (same time and counter, new device) everywhere the journal
keeps them, its vectors are split (the old id keeps what it really had seen, the new id takes
the rest), and every thing those changes touched is announced again as the new device's
changes. The old id becomes a device like any other that left: its changes in the folder
after ``shared_up_to`` are applied here like anyone else's. Nothing is rewritten that the
others already hold, so nothing they have is contradicted, and nothing written here is lost.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kindspace.clock import Clock
from kindspace.journal.database import Database
from kindspace.sync import changes
from kindspace.sync.changes import Change, Seen, seen_from_text, seen_to_text
from kindspace.sync.hlc import HybridClock, make_stamp, parse_stamp
from kindspace.sync.merge import state_change
from kindspace.sync.snapshot import known_targets
from kindspace.sync.state import append_own_change, load_state, save_state, this_device
from kindspace.sync.targets import TARGETS

#: A setting a restore leaves in the restored journal, so the next exchange gives it a new
#: device id even before the folder shows it went back (the folder may still be arriving).
RESTORED_MARK = "sync.restored"


@dataclass(frozen=True)
class NewIdentity:
    old_id: str
    new_id: str
    #: This journal's own changes up to here are the old id's, and stay so.
    shared_up_to: int
    #: Changes the new id made to carry what was written after that point.
    announced: int


def new_device_id() -> str:
    """16 hex digits, like the ids migration 5 makes."""
    return secrets.token_hex(8)


def mark_restored(db: Database) -> None:
    """Called on a restored copy before it is put in place (outside any transaction)."""
    has_sync = db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_device'"
    ).fetchone()
    shared = db.execute("SELECT 1 FROM settings WHERE key = 'sync.this_device'").fetchone()
    if has_sync and shared:
        # How far the journal's own changes went when it was restored: those were written
        # before the backup, so they keep their stamps; what comes after is new.
        counter = db.execute("SELECT counter FROM sync_device").fetchone()
        db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (RESTORED_MARK, json.dumps(int(counter[0]) if counter else 0)),
        )


def restored_at(db: Database) -> int | None:
    """The journal's own counter when it was restored, if a restore marked it."""
    row = db.execute("SELECT value FROM settings WHERE key = ?", (RESTORED_MARK,)).fetchone()
    if row is None:
        return None
    try:
        value = json.loads(row[0])
    except ValueError:
        return 0
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def take_new_identity(
    db: Database, clock: Clock, shared_up_to: int, *, written_before: int = 0
) -> NewIdentity:
    """Move this journal's history after ``shared_up_to`` to a new device id; see the
    module. Runs inside the caller's write transaction.

    ``written_before``: own changes up to this counter are the old id's for certain (they
    were in a restored backup) even where the folder can't confirm it; they keep their
    stamps, and are announced again in case the others never got them."""
    device = this_device(db)
    old = device.device_id
    new = new_device_id()
    own = [
        Change.from_json(json.loads(row[0]))
        for row in db.execute("SELECT change FROM sync_changes ORDER BY counter").fetchall()
    ]
    moved = [change for change in own if change.counter > shared_up_to]
    renamed_after = max(shared_up_to, written_before)
    kept = [change for change in own if change.counter <= renamed_after]
    cut = min((c.stamp for c in own if c.counter > renamed_after), default=None)
    _pin_genesis(db, old)
    if cut is not None:
        below = max((change.stamp for change in kept), default="") or _newest_below(db, old, cut)
        _rewrite(db, _Renamer(old, new, cut, below))
    hybrid = HybridClock(clock, new)
    if device.last_stamp:
        hybrid.observe(device.last_stamp)  # never behind anything this journal has seen
    db.execute("DELETE FROM sync_changes")
    db.execute("UPDATE sync_device SET device_id = ?, counter = 0, last_stamp = ?", (new, ""))
    applied = db.execute("SELECT counter FROM sync_applied WHERE device_id = ?", (old,)).fetchone()
    db.execute(
        "INSERT INTO sync_applied (device_id, counter) VALUES (?, ?) "
        "ON CONFLICT (device_id) DO UPDATE SET counter = excluded.counter",
        (old, max(shared_up_to, int(applied[0]) if applied else 0)),
    )
    db.execute("DELETE FROM settings WHERE key = ?", (RESTORED_MARK,))
    announced = _announce(db, hybrid, moved, new)
    return NewIdentity(old, new, shared_up_to, announced)


def _pin_genesis(db: Database, old: str) -> None:
    """What the journal held before it recorded changes counts as ``old``'s first version
    (computed from the device id when asked); write it down, so a new id changes nothing."""
    for kind, target_id in known_targets(db):
        state = load_state(db, kind, target_id)
        if not state.stored:
            state.genesis = TARGETS[kind].read(db, target_id) is not None
        if not state.genesis:
            continue
        for name in TARGETS[kind].fields:
            if name not in state.fields:
                version = state.main(name, old)
                assert version is not None
                state.set_main(name, version)
        state.genesis = False
        save_state(db, state)


class _Renamer:
    """Stamps of ``old`` from ``cut`` on become ``new``'s; vectors are split to match."""

    def __init__(self, old: str, new: str, cut: str, below: str) -> None:
        self.old, self.new, self.cut, self.below = old, new, cut, below

    def stamp(self, stamp: str) -> str:
        wall, counter, device = parse_stamp(stamp)
        if device != self.old or stamp < self.cut:
            return stamp
        return make_stamp(wall, counter, self.new)

    def seen(self, seen: Seen) -> Seen:
        mine = seen.get(self.old, "")
        if mine < self.cut:
            return seen
        result = {device: stamp for device, stamp in seen.items() if device != self.old}
        result[self.new] = self.stamp(mine)
        if self.below:
            result[self.old] = self.below
        return result

    def text(self, text: str) -> str:
        return seen_to_text(self.seen(seen_from_text(text)))


def _newest_below(db: Database, old: str, cut: str) -> str:
    """The newest stamp of ``old`` before ``cut`` that the journal still mentions (when its
    own record of that change was already tidied away)."""
    newest = ""

    def look(stamp: str) -> str:
        nonlocal newest
        if parse_stamp(stamp)[2] == old and newest < stamp < cut:
            newest = stamp
        return stamp

    _walk(db, look, lambda text: " ".join(look(s) for s in text.split()), write=False)
    return newest


def _rewrite(db: Database, rename: _Renamer) -> None:
    _walk(db, rename.stamp, rename.text, write=True)


def _walk(
    db: Database, stamp: Callable[[str], str], seen: Callable[[str], str], *, write: bool
) -> None:
    """Pass every stamp and vector the journal keeps through ``stamp`` and ``seen``."""
    rows = db.execute("SELECT kind, target_id, fields, tomb FROM sync_state").fetchall()
    for kind, target_id, fields_text, tomb_text in rows:
        fields: dict[str, Any] = json.loads(fields_text)
        for held in fields.values():
            held["s"], held["v"] = stamp(held["s"]), seen(held["v"])
        tomb: dict[str, Any] | None = json.loads(tomb_text) if tomb_text else None
        if tomb is not None:
            tomb["s"] = stamp(tomb["s"])
            tomb["v"] = {name: seen(text) for name, text in tomb["v"].items()}
        if write:
            db.execute(
                "UPDATE sync_state SET fields = ?, tomb = ? WHERE kind = ? AND target_id = ?",
                (
                    json.dumps(fields, sort_keys=True),
                    json.dumps(tomb, sort_keys=True) if tomb is not None else None,
                    kind,
                    target_id,
                ),
            )
    versions = db.execute(
        "SELECT kind, target_id, field, stamp, seen, value FROM sync_versions"
    ).fetchall()
    if write:
        db.execute("DELETE FROM sync_versions")
    for kind, target_id, name, when, text, value in versions:
        if write:
            db.execute(
                "INSERT OR REPLACE INTO sync_versions VALUES (?, ?, ?, ?, ?, ?)",
                (kind, target_id, name, stamp(when), seen(text), value),
            )
        else:
            stamp(when), seen(text)
    renames = db.execute("SELECT stamp, old, new FROM sync_renames").fetchall()
    if write:
        db.execute("DELETE FROM sync_renames")
    for when, old, new in renames:
        if write:
            db.execute("INSERT INTO sync_renames VALUES (?, ?, ?)", (stamp(when), old, new))
        else:
            stamp(when)


def _announce(db: Database, hybrid: HybridClock, moved: list[Change], new: str) -> int:
    """The things the moved changes touched, as the new device's changes: every version
    of each as it is now (like a snapshot), and each tag rename again under its new stamp."""
    counter = 0
    done: set[tuple[str, str]] = set()
    for change in moved:
        counter += 1 if _announce_one(db, hybrid, change, new, counter + 1, done) else 0
    db.execute("UPDATE sync_device SET last_stamp = ?", (hybrid.last,))
    return counter


def _announce_one(
    db: Database,
    hybrid: HybridClock,
    change: Change,
    new: str,
    counter: int,
    done: set[tuple[str, str]],
) -> bool:
    if change.kind == changes.TAG_RENAME:
        stamp = make_stamp(*parse_stamp(change.stamp)[:2], new)
        rename = Change(new, counter, stamp, change.kind, change.target_id, change.fields)
        append_own_change(db, rename)
        return True
    if (change.kind, change.target_id) in done:
        return False
    done.add((change.kind, change.target_id))
    state = load_state(db, change.kind, change.target_id)
    values = TARGETS[change.kind].read(db, change.target_id)
    if values is None:
        values = TARGETS[change.kind].read_dead(db, change.target_id) or {}
    again = state_change(db, new, state, values, hybrid.tick(), counter)
    if again is None:
        return False
    append_own_change(db, again)
    return True
