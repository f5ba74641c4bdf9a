"""A small record beside the journal of what it held after its last write, to notice loss.

Why beside the database and not inside it: SQLite keeps recent commits in ``journal.db-wal``
until a checkpoint copies them into ``journal.db``. If that side file is deleted (by a cleaning
tool, a sync tool, a person tidying up) while it holds commits, those commits are gone, and a
record kept *inside* the database would be rolled back together with them, so it could never
disagree. ``journal.state`` is written after every committed write (a private file, replaced
atomically) with the entry count and the newest entry change; ``check`` and every open
compare it with what the journal holds and say so calmly when entries or edits are missing.

It holds no journal text: two numbers and two times, authenticated with a key derived from
the journal's data key, so a stray or foreign file is ignored rather than believed. When two
processes write at once, the last record written may describe the earlier of the two commits;
so only a journal *behind* its record is reported (fewer entries at the same newest change,
or an older newest change), never one ahead of it.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kindspace.clock import Clock
from kindspace.i18n import ngettext
from kindspace.journal.database import Database, DatabaseError
from kindspace.paths import PRIVATE_FILE_MODE

log = logging.getLogger(__name__)

STATE_NAME = "journal.state"
_FORMAT = 1


@dataclass(frozen=True)
class JournalState:
    entries: int
    newest_change: str  # the largest updated_utc of any entry ("" with none)


def found_state(db: Database) -> JournalState:
    # Two queries, so each is answered from an index (the smallest one for the count, the
    # end of ``entries_by_update`` for the newest change) instead of one scan of every entry.
    count = db.execute("SELECT count(*) FROM entries").fetchone()
    newest = db.execute("SELECT max(updated_utc) FROM entries").fetchone()
    return JournalState(int(count[0]), str(newest[0] or ""))


def _mac_key(data_key: bytes) -> bytes:
    return hmac.new(data_key, b"kindspace journal.state", hashlib.sha256).digest()


def _mac(data_key: bytes, body: dict[str, Any]) -> str:
    text = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    return hmac.new(_mac_key(data_key), text, hashlib.sha256).hexdigest()


def record_state(data_dir: Path, db: Database, data_key: bytes, clock: Clock) -> None:
    """Write what the journal holds now. Never raises: a failure removes the old record, so
    a stale one can't later cry wolf."""
    path = data_dir / STATE_NAME
    try:
        state = found_state(db)
        body = {
            "format": _FORMAT,
            "entries": state.entries,
            "newest_change": state.newest_change,
            "written": clock().strftime("%Y-%m-%d %H:%M"),
        }
        body["mac"] = _mac(data_key, body)
        _replace_unsynced(path, json.dumps(body).encode())
    except (OSError, DatabaseError, MemoryError) as error:
        log.info("The journal's state record could not be written (%s).", type(error).__name__)
        with contextlib.suppress(OSError):
            path.unlink()


def _replace_unsynced(path: Path, data: bytes) -> None:
    """Replace ``path`` atomically but without flushing: after a power cut an old record is
    harmless (only a journal behind its record is reported) and a torn one fails its check,
    so the two flushes per save a durable write would cost buy nothing here."""
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        temp.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise


def forget_state(data_dir: Path) -> None:
    """After a restore the record describes the journal that was replaced."""
    with contextlib.suppress(OSError):
        (data_dir / STATE_NAME).unlink()


def missing_changes(data_dir: Path, db: Database, data_key: bytes) -> str | None:
    """A calm sentence when the journal holds less than its last record says, else None."""
    try:
        body = json.loads((data_dir / STATE_NAME).read_text(encoding="utf-8"))
        mac = body.pop("mac")
        if not hmac.compare_digest(str(mac), _mac(data_key, body)):
            return None
        recorded = JournalState(int(body["entries"]), str(body["newest_change"]))
        written = str(body["written"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None  # no record (an older kindspace, a fresh restore) or not ours
    try:
        found = found_state(db)
    except (DatabaseError, MemoryError):
        return None  # a damaged page: the other checks name it, and search says it calmly
    behind = found.newest_change < recorded.newest_change or (
        found.newest_change == recorded.newest_change and found.entries != recorded.entries
    )
    if not behind:
        return None
    if found.entries >= recorded.entries:
        text = ngettext(
            "After its last save ({written}) the journal held {recorded} entry; it now holds "
            "{found}, and recent changes are missing. Recent saves may have been lost (for "
            "example if journal.db-wal was deleted); a backup may hold them.",
            "After its last save ({written}) the journal held {recorded} entries; it now holds "
            "{found}, and recent changes are missing. Recent saves may have been lost (for "
            "example if journal.db-wal was deleted); a backup may hold them.",
            recorded.entries,
        )
    else:
        text = ngettext(
            "After its last save ({written}) the journal held {recorded} entry; it now holds "
            "{found}. Recent saves may have been lost (for example if journal.db-wal was "
            "deleted); a backup may hold them.",
            "After its last save ({written}) the journal held {recorded} entries; it now holds "
            "{found}. Recent saves may have been lost (for example if journal.db-wal was "
            "deleted); a backup may hold them.",
            recorded.entries,
        )
    return text.format(written=written, recorded=recorded.entries, found=found.entries)
