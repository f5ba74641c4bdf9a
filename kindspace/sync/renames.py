"""Tag renames across devices: one change for the rename, and every entry's tags follow it.

Why not record a new tags value on every entry renamed: a device that tagged another entry with
the old name meanwhile would keep the old name forever. Instead each entry keeps its tags as last
written ("raw") with what that version had seen, and shows them with every rename that version
had not seen applied, oldest first. That is the same on every device whatever order the renames
and edits arrive in; an edit written after a rename was seen no longer follows it.
"""

from __future__ import annotations

import json
from typing import Any

from kindspace.journal.database import Database
from kindspace.journal.models import clean_tags
from kindspace.sync.changes import Change, Seen, covers
from kindspace.sync.state import Version, load_state, renames, save_state
from kindspace.sync.targets import TARGETS


def visible_tags(raw: Any, seen: Seen, known: list[tuple[str, str, str]]) -> list[str]:
    """``raw`` tags with the renames ``seen`` does not include applied, in stamp order."""
    tags = [str(tag) for tag in raw] if isinstance(raw, list) else []
    for stamp, old, new in known:
        if covers(seen, stamp):
            continue
        folded = old.casefold()
        tags = list(clean_tags(new if tag.casefold() == folded else tag for tag in tags))
    return tags


def add_rename(db: Database, device_id: str, stamp: str, old: str, new: str) -> bool:
    """Note a rename and re-show the tags of every entry it may touch; False if known."""
    if db.execute("SELECT 1 FROM sync_renames WHERE stamp = ?", (stamp,)).fetchone():
        return False
    _materialise_tags(db, device_id, old)
    db.execute("INSERT INTO sync_renames (stamp, old, new) VALUES (?, ?, ?)", (stamp, old, new))
    known = renames(db)
    shown = db.execute(
        "SELECT e.id FROM entries e JOIN entry_tags t ON t.entry_seq = e.seq WHERE t.tag = ?",
        (old,),
    ).fetchall()
    for entry_id in sorted({row[0] for row in shown} | set(_entries_with_raw_tag(db, old))):
        _reshow(db, device_id, entry_id, known)
    return True


def merge_rename(db: Database, device_id: str, change: Change) -> None:
    new = change.fields.get("to")
    old_tags, new_tags = (
        clean_tags([change.target_id]),
        clean_tags([new] if isinstance(new, str) else []),
    )
    if set(change.fields) != {"to"} or not old_tags or not new_tags:
        raise ValueError("a tag rename names the old tag and carries only 'to'")
    add_rename(db, device_id, change.stamp, old_tags[0], new_tags[0])


def _materialise_tags(db: Database, device_id: str, tag: str) -> None:
    """Entries showing ``tag`` whose tags were never recorded keep what they show as raw,
    so the rename is applied to it once, like everywhere else."""
    rows = db.execute(
        "SELECT e.id, e.tags FROM entries e JOIN entry_tags t ON t.entry_seq = e.seq "
        "WHERE t.tag = ?",
        (tag,),
    ).fetchall()
    for entry_id, tags in rows:
        state = load_state(db, "entry", entry_id)
        if "tags" in state.fields:
            continue
        if not state.stored:
            state.genesis = True
        main = state.main("tags", device_id)
        if main is None:
            continue
        state.set_main("tags", Version(main.stamp, main.seen), json.loads(tags))
        save_state(db, state)


def _entries_with_raw_tag(db: Database, tag: str) -> list[str]:
    folded = tag.casefold()
    rows = db.execute(
        "SELECT target_id, fields FROM sync_state WHERE kind = 'entry' AND fields LIKE '%\"raw\"%'"
    ).fetchall()
    found = []
    for entry_id, fields in rows:
        raw = json.loads(fields).get("tags", {}).get("raw", [])
        if any(str(item).casefold() == folded for item in raw):
            found.append(str(entry_id))
    return found


def _reshow(db: Database, device_id: str, entry_id: str, known: list[tuple[str, str, str]]) -> None:
    entries = TARGETS["entry"]
    values = entries.read(db, entry_id)
    if values is None:
        return
    state = load_state(db, "entry", entry_id)
    main = state.main("tags", device_id)
    held = state.fields.get("tags", {})
    if main is None or "raw" not in held:
        return
    shown = visible_tags(held["raw"], main.seen, known)
    if shown != values["tags"]:
        values["tags"] = shown
        entries.write(db, entry_id, values, main.stamp)
