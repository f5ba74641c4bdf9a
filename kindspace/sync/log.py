"""The journal side of sync, as the folder side and the faces see it: ``journal.sync``.

It hands out this device's changes in order, applies other devices' changes (all of a batch or
none, each change once however often it arrives), computes a snapshot of everything when asked,
lists the entries with two versions to reconcile, and remembers what each device has seen.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from kindspace.clock import Clock, to_utc_text
from kindspace.errors import InvalidInput
from kindspace.i18n import _
from kindspace.journal.database import Database, write_transaction
from kindspace.journal.entries import EntryNotFound
from kindspace.sync import changes
from kindspace.sync.changes import SNAPSHOT_COUNTER, Change
from kindspace.sync.hlc import stamp_device
from kindspace.sync.merge import merge_change, state_change
from kindspace.sync.record import record_write
from kindspace.sync.snapshot import snapshot_changes
from kindspace.sync.state import (
    append_own_change,
    hybrid_clock,
    kept_versions,
    load_state,
    save_clock,
    this_device,
)
from kindspace.sync.targets import TARGETS, TEXT_FIELDS


@dataclass(frozen=True)
class ApplyReport:
    applied: int
    skipped: int
    conflicts: int
    #: Changes that came before an earlier change of the same device: applied once it comes.
    waiting: int = 0


@dataclass(frozen=True)
class ConflictVersion:
    stamp: str
    device_id: str
    value: Any


@dataclass(frozen=True)
class Conflict:
    """An entry's field with versions written on two devices at once; the first is shown."""

    entry_id: str
    field: str
    versions: tuple[ConflictVersion, ...]


@dataclass(frozen=True)
class DeviceInfo:
    device_id: str
    counters: dict[str, int] = field(default_factory=dict)
    last_seen: str = ""
    this_device: bool = False


class SyncLog:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def device_id(self) -> str:
        return this_device(self._db).device_id

    def local_counter(self) -> int:
        return this_device(self._db).counter

    def local_changes_after(self, counter: int) -> list[Change]:
        rows = self._db.execute(
            "SELECT change FROM sync_changes WHERE counter > ? ORDER BY counter", (counter,)
        ).fetchall()
        return [Change.from_json(json.loads(row[0])) for row in rows]

    def forget_local_changes_through(self, counter: int) -> int:
        """After compaction (every device has seen them): drop own changes up to ``counter``."""
        with write_transaction(self._db):
            gone = self._db.execute("DELETE FROM sync_changes WHERE counter <= ?", (counter,))
        return int(gone.rowcount)

    def applied_counters(self) -> dict[str, int]:
        rows = self._db.execute("SELECT device_id, counter FROM sync_applied").fetchall()
        return {str(device): int(counter) for device, counter in rows}

    def apply(
        self, incoming: Iterable[Change], *, counters_covered: Mapping[str, int] | None = None
    ) -> ApplyReport:
        """Apply other devices' changes in one transaction: all of them, or (on any error)
        none. Each device's changes are applied in counter order and each only once.

        ``counters_covered`` comes with a snapshot: the changes it already holds, so they are
        not waited for. A bad change raises ValueError and nothing is applied.
        """
        ordered = sorted(incoming, key=lambda change: (change.device_id, change.counter))
        applied = skipped = conflicts = waiting = 0
        try:
            with write_transaction(self._db):
                own = self.device_id()
                done = self.applied_counters()
                for change in ordered:
                    if change.counter == SNAPSHOT_COUNTER:
                        pass
                    elif change.device_id == own or change.counter <= done.get(change.device_id, 0):
                        skipped += 1
                        continue
                    elif change.counter > done.get(change.device_id, 0) + 1:
                        waiting += 1
                        continue
                    conflicts += self._merge(own, change)
                    applied += 1
                    if change.counter != SNAPSHOT_COUNTER:
                        done[change.device_id] = change.counter
                for device, counter in (counters_covered or {}).items():
                    if device != own and counter > done.get(device, 0):
                        done[device] = counter
                self._db.execute("DELETE FROM sync_applied")
                for device, counter in done.items():
                    self._db.execute(
                        "INSERT INTO sync_applied (device_id, counter) VALUES (?, ?)",
                        (device, counter),
                    )
        except (KeyError, TypeError, InvalidInput) as error:
            raise ValueError(f"a change could not be applied: {error}") from error
        return ApplyReport(applied, skipped, conflicts, waiting)

    def _merge(self, own: str, change: Change) -> int:
        hybrid = hybrid_clock(self._db, self._clock)
        hybrid.observe(change.stamp)
        for version in change.fields.get(changes.VERSIONS, []) if change.is_state else []:
            if stamp_device(version[1]) != own:
                hybrid.observe(version[1])
        save_clock(self._db, hybrid)
        merged = merge_change(self._db, own, change, self._clock())
        if merged.put_back:
            self._put_back(own, change)
        return merged.conflicts

    def _put_back(self, own: str, change: Change) -> None:
        """A deletion lost to an edit made here: send every version of the thing again, so
        the device that deleted it has all of it back (its trash may be long emptied)."""
        state = load_state(self._db, change.kind, change.target_id)
        values = TARGETS[change.kind].read(self._db, change.target_id) or {}
        state.tomb = None
        hybrid = hybrid_clock(self._db, self._clock)
        stamp = hybrid.tick()
        counter = this_device(self._db).counter + 1
        again = state_change(self._db, own, state, values, stamp, counter)
        if again is not None:
            append_own_change(self._db, again)

    def snapshot(self) -> list[Change]:
        """Everything this journal holds, as changes that recreate it (for joining and
        compaction). Computed now, from the journal itself; nothing is stored."""
        return self.snapshot_with_counters()[0]

    def snapshot_with_counters(self) -> tuple[list[Change], dict[str, int]]:
        """The snapshot and the changes it covers (per device, the highest counter), read
        in one transaction so the two agree."""
        with write_transaction(self._db):
            hybrid = hybrid_clock(self._db, self._clock)
            stamp = hybrid.tick()
            save_clock(self._db, hybrid)
            found = snapshot_changes(self._db, hybrid.device_id, stamp)
            covered = self.applied_counters()
            covered[hybrid.device_id] = this_device(self._db).counter
        return found, covered

    def conflicts(self) -> list[Conflict]:
        rows = self._db.execute(
            "SELECT DISTINCT target_id, field FROM sync_versions WHERE kind = ? "
            "ORDER BY target_id, field",
            (changes.ENTRY,),
        ).fetchall()
        found = []
        for entry_id, name in rows:
            values = TARGETS[changes.ENTRY].read(self._db, entry_id)
            if values is None:
                continue
            state = load_state(self._db, changes.ENTRY, entry_id)
            main = state.main(name, self.device_id())
            assert main is not None  # kept versions exist only beside a shown one
            others = [
                ConflictVersion(v.stamp, stamp_device(v.stamp), v.value)
                for v in kept_versions(self._db, changes.ENTRY, entry_id, name)
                if v.value != values[name]
            ]
            if others:
                shown = ConflictVersion(main.stamp, stamp_device(main.stamp), values[name])
                found.append(Conflict(entry_id, name, (shown, *others)))
        return found

    def resolve_conflict(self, entry_id: str, chosen_text: Any, field: str = "body") -> None:
        """Keep ``chosen_text`` (one version, the other, or both joined) as the entry's
        ``field``. Recorded as a change that covers every version, so the other devices
        settle the same conflict when they apply it."""
        if field not in TEXT_FIELDS:
            raise InvalidInput(_("An entry has no text called {field}.").format(field=field))
        entries = TARGETS[changes.ENTRY]
        with write_transaction(self._db):
            values = entries.read(self._db, entry_id)
            if values is None:
                raise EntryNotFound(_("That entry is no longer in the journal."))
            before = {name: value for name, value in values.items() if name != field}
            now = self._clock()
            after = {**values, field: chosen_text, "updated": now.isoformat()}
            entries.write(self._db, entry_id, after, hybrid_clock(self._db, self._clock).last)
            record_write(self._db, self._clock, changes.ENTRY, entry_id, after, before, settle=True)

    def note_device_seen(self, device_id: str, counters: Mapping[str, int], at: str) -> None:
        """Remember what ``device_id`` said it had seen (per device, the highest counter)."""
        text = json.dumps({str(k): int(v) for k, v in counters.items()}, sort_keys=True)
        with write_transaction(self._db):
            self._db.execute(
                "INSERT INTO sync_devices (device_id, counters, seen_at) VALUES (?, ?, ?) "
                "ON CONFLICT (device_id) DO UPDATE SET counters = excluded.counters, "
                "seen_at = max(seen_at, excluded.seen_at)",
                (device_id, text, at),
            )

    def devices(self) -> list[DeviceInfo]:
        """Every device known: this one first, then the others by when they were last seen."""
        own = self.device_id()
        rows = self._db.execute(
            "SELECT device_id, counters, seen_at FROM sync_devices ORDER BY seen_at DESC, device_id"
        ).fetchall()
        mine = DeviceInfo(
            own,
            {**self.applied_counters(), own: self.local_counter()},
            to_utc_text(self._clock()),
            this_device=True,
        )
        others = [
            DeviceInfo(device, json.loads(counters), seen_at)
            for device, counters, seen_at in rows
            if device != own
        ]
        return [mine, *others]
