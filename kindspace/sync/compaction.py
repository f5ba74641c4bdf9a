"""Tidying the folder: one snapshot in place of many old bundles, never losing a change.

Bundles pile up: every exchange that sends something adds one. Now and then one device
writes a *snapshot* (the whole journal as changes, and how far it reaches into each
device's changes) and then removes what the snapshot makes unnecessary:

* a device's changes bundle goes only when the snapshot holds it **and every known device
  has said it has applied it**. A device that has been away for months still has its
  state file here, saying how far it got, so everything after that point stays for it;
* an older snapshot goes when the new one reaches at least as far everywhere.

A device whose state can't be read stops the tidying altogether: kindspace can't know
what it still needs. A device that left (``sync leave``) is not waited for.

Only one device should tidy at a time, so it first takes a *lease*: a small sealed file
beside the device subfolders naming the holder and a time until which the others leave
tidying alone. A lease whose time has passed is stale (its holder stopped halfway, or
went away) and is simply taken over. Sync tools are slow and clocks disagree, so two
devices may still tidy at once now and then; every step above is safe when repeated or
done twice, so that only costs a second snapshot.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from kindspace.clock import from_utc_text, to_utc_text
from kindspace.sync.bundles import (
    LEASE_OWNER,
    BundleKind,
    BundleName,
    DeviceState,
    Snapshot,
    lease_payload,
    snapshot_payload,
)

if TYPE_CHECKING:
    from kindspace.sync.engine import SyncEngine

#: Tidy once the folder holds this many changes bundles (about a few weeks of daily use).
TIDY_AFTER_BUNDLES = 64
#: How long a lease keeps the others from tidying; generous, for slow sync tools.
LEASE_DURATION = timedelta(minutes=30)


class Compactor:
    def __init__(self, engine: SyncEngine) -> None:
        self.engine = engine
        self.folder = engine.folder
        self.reader = engine.reader
        self.me = engine.device_id

    def bundle_count(self) -> int:
        return sum(
            len(self.folder.bundles(device_id, BundleKind.CHANGES))
            for device_id in self.folder.device_ids()
        )

    def maybe_compact(self) -> int:
        """Tidy when the folder has grown and tidying would remove something; returns how
        many files were removed. While a device is away, nothing it hasn't seen can go, and
        a new snapshot at every exchange would only cost time and space."""
        if self.bundle_count() < TIDY_AFTER_BUNDLES:
            return 0
        known = self._known_states()
        if known is None or not self._removable(known, known[-1].seen):
            return 0
        return self.compact()

    def _known_states(self) -> list[DeviceState] | None:
        """Every device still sharing, this one last; None if some state can't be read."""
        states = self.reader.states()
        if any(state is None for device, state in states.items() if device != self.me):
            return None
        known = [s for d, s in states.items() if s is not None and d != self.me and not s.left]
        known.append(self.engine.own_state())
        return known

    def _limits(self, known: list[DeviceState], covers: dict[str, int]) -> dict[str, int]:
        """Per device, up to which counter its bundles may go."""
        return {
            device_id: min(
                min(state.seen.get(device_id, 0) for state in known), covers.get(device_id, 0)
            )
            for device_id in self.folder.device_ids()
        }

    def _removable(self, known: list[DeviceState], covers: dict[str, int]) -> int:
        limits = self._limits(known, covers)
        return sum(
            1
            for device_id, limit in limits.items()
            for files in self.folder.bundles(device_id, BundleKind.CHANGES)
            if files.name.last <= limit
        )

    def compact(self) -> int:
        """Write a snapshot and remove what it and every known device make unnecessary.

        Returns how many files were removed (0 when another device holds the lease, or a
        device's state can't be read).
        """
        if not self.engine.settings.has_baseline:
            # Without a whole snapshot merged in, this journal may lack what the shared one
            # held before sync began; a snapshot of it would hide that from newcomers.
            return 0
        if not self._take_lease():
            return 0
        try:
            known = self._known_states()
            if known is None:
                return 0
            snapshot, name = self.write_snapshot()
            return self._remove_covered(snapshot, name, known)
        finally:
            self._release_lease()

    def write_snapshot(self) -> tuple[Snapshot, BundleName]:
        """The whole journal as it is now, reaching as far as this device has seen."""
        changes, covers = self.engine.log.snapshot_with_counters()
        made_at = to_utc_text(self.engine.journal.clock())
        payload = snapshot_payload(self.me, changes, covers, made_at)
        name = BundleName.snapshot()
        self.folder.make_device_dir(self.me)
        self.folder.add(self.me, name, self.engine.seal(self.me, name, payload))
        return Snapshot(self.me, made_at, dict(covers), changes), name

    def _remove_covered(
        self, snapshot: Snapshot, name: BundleName, known: list[DeviceState]
    ) -> int:
        removed = 0
        for device_id, limit in self._limits(known, snapshot.covers).items():
            for files in self.folder.bundles(device_id, BundleKind.CHANGES):
                if files.name.last <= limit:
                    removed += sum(self.folder.remove(path) for path in files.paths)
            if device_id == self.me and limit:
                # Every device has these, and the snapshot holds them for newcomers.
                self.engine.log.forget_local_changes_through(limit)
        for older in self.reader.snapshots():
            if older.name != name and _supersedes(snapshot, name, older.snapshot, older.name):
                removed += sum(self.folder.remove(path) for path in older.files.paths)
        return removed

    # -- the lease -----------------------------------------------------------------------

    def _take_lease(self) -> bool:
        now = self.engine.journal.clock()
        held = self.reader.lease()
        if held is not None:
            holder, until = held
            try:
                fresh = from_utc_text(until, 0) > now
            except ValueError:
                fresh = False  # a lease that can't be read is treated as stale
            if fresh and holder != self.me:
                return False
        name = BundleName(BundleKind.LEASE)
        payload = lease_payload(self.me, to_utc_text(now + LEASE_DURATION))
        data = self.engine.seal(LEASE_OWNER, name, payload)
        self.folder.put(self.folder.lease_path, data)
        return True

    def _release_lease(self) -> None:
        held = self.reader.lease()
        if held is not None and held[0] == self.me:
            for path in self.folder.lease_files():
                self.folder.remove(path)


def _supersedes(new: Snapshot, new_name: BundleName, old: Snapshot, old_name: BundleName) -> bool:
    """Whether ``old`` may go now that ``new`` exists. Of two that reach equally far, the
    one with the smaller name goes: two devices tidying at once then remove the same one,
    never both."""
    if not new.reaches(old):
        return False
    return not old.reaches(new) or old_name.canonical < new_name.canonical
