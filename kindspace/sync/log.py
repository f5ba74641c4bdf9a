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
from kindspace.sync.identity import NewIdentity, restored_at, take_new_identity
from kindspace.sync.merge import merge_change, state_change
from kindspace.sync.record import record_write
from kindspace.sync.snapshot import snapshot_changes
from kindspace.sync.state import (
    append_own_change,
    hybrid_clock,
    kept_versions,
    load_state,
    renames,
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
class MergeReport:
    """What came in from another kindspace file (see kindspace.sync.merging)."""

    added: int = 0
    changed: int = 0
    removed: int = 0
    #: Entries that now have two versions to choose between.
    conflicts: int = 0
    #: Settings that follow the person, support contacts, own exercises, tag renames.
    other: int = 0

    @property
    def nothing(self) -> bool:
        return not (self.added or self.changed or self.removed or self.conflicts or self.other)


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

    def take_new_identity(self, shared_up_to: int, written_before: int = 0) -> NewIdentity:
        """Move this journal's own history after ``shared_up_to`` to a new device id (it was
        restored from a backup or copied); see :mod:`kindspace.sync.identity`."""
        with write_transaction(self._db):
            return take_new_identity(
                self._db, self._clock, shared_up_to, written_before=written_before
            )

    def restored_at(self) -> int | None:
        """This journal's own counter when a restore marked it for a new device id."""
        return restored_at(self._db)

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

    def merge_foreign(self, incoming: Iterable[Change]) -> MergeReport:
        """Merge another journal's snapshot in, all or nothing, and record what changed here
        as this device's own changes, so the person's other devices get it too (the other
        journal's device takes no part in sync). ValueError for a change that can't apply."""
        counts = dict.fromkeys(("added", "changed", "removed", "conflicts", "other"), 0)
        try:
            with write_transaction(self._db):
                own = self.device_id()
                touched: list[tuple[str, str]] = []
                for change in incoming:
                    if change.kind == changes.TAG_RENAME:
                        counts["other"] += self._merge_foreign_rename(own, change)
                        continue
                    target = TARGETS[change.kind]
                    before = (target.read(self._db, change.target_id), self._held(change))
                    conflicts = self._merge(own, change)
                    after = (target.read(self._db, change.target_id), self._held(change))
                    if before == after:
                        continue
                    touched.append((change.kind, change.target_id))
                    counts["conflicts"] += conflicts
                    if change.kind != changes.ENTRY:
                        counts["other"] += 1
                    elif before[0] is None and after[0] is not None:
                        counts["added"] += 1
                    elif before[0] is not None and after[0] is None:
                        counts["removed"] += 1
                    elif before[0] != after[0]:
                        counts["changed"] += 1
                for kind, target_id in touched:
                    self._announce(own, kind, target_id)
        except (KeyError, TypeError, InvalidInput) as error:
            raise ValueError(f"a change could not be merged: {error}") from error
        return MergeReport(**counts)

    def _held(self, change: Change) -> tuple[Any, ...]:
        key = (change.kind, change.target_id)
        row = self._db.execute(
            "SELECT fields, tomb FROM sync_state WHERE kind = ? AND target_id = ?", key
        ).fetchone()
        kept = self._db.execute(
            "SELECT field, stamp FROM sync_versions WHERE kind = ? AND target_id = ? "
            "ORDER BY field, stamp",
            key,
        ).fetchall()
        return (tuple(row) if row else None, tuple(map(tuple, kept)))

    def _merge_foreign_rename(self, own: str, change: Change) -> int:
        """A tag rename the other journal made and this one lacks is made again here, under
        this device's own stamp, so the other devices rename too."""
        if any(stamp == change.stamp for stamp, _old, _new in renames(self._db)):
            return 0
        if any(
            (old, new) == (change.target_id, change.fields.get("to"))
            for _stamp, old, new in renames(self._db)
        ):
            return 0
        self._merge(own, change)
        hybrid = hybrid_clock(self._db, self._clock)
        again = Change(
            own,
            this_device(self._db).counter + 1,
            hybrid.tick(),
            changes.TAG_RENAME,
            change.target_id,
            dict(change.fields),
        )
        merge_change(self._db, own, again, self._clock())
        append_own_change(self._db, again)
        return 1

    def _announce(self, own: str, kind: str, target_id: str) -> None:
        state = load_state(self._db, kind, target_id)
        target = TARGETS[kind]
        values = target.read(self._db, target_id) or target.read_dead(self._db, target_id) or {}
        hybrid = hybrid_clock(self._db, self._clock)
        stamp = hybrid.tick()
        save_clock(self._db, hybrid)
        counter = this_device(self._db).counter + 1
        again = state_change(self._db, own, state, values, stamp, counter)
        if again is not None:
            append_own_change(self._db, again)

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
