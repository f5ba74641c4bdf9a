"""Reading the sync folder forgivingly: what each device left, as far as it can be opened now.

Everything here treats the folder as untrusted and in motion. A bundle is opened from its
original file or, failing that, from any conflict copy of it; one that opens from none is
*unreadable for now* (still arriving, cut short, damaged) and is simply skipped: the next
exchange tries it again, and nothing is ever remembered as bad. Nothing here writes.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kindspace.sync.bundles import (
    LEASE_OWNER,
    BundleKind,
    BundleName,
    DamagedBundle,
    DeviceState,
    Snapshot,
    read_changes,
    read_lease,
    read_snapshot,
    read_state,
    unseal,
)
from kindspace.sync.changes import Change
from kindspace.sync.folder import BundleFiles, SyncFolder


@dataclass(frozen=True)
class SnapshotFile:
    """A snapshot as listed: who made it, when, how far it reaches. Its changes (the
    whole journal) are read only when it is applied: :meth:`FolderReader.snapshot_changes`."""

    snapshot: Snapshot  # with ``changes`` left empty
    name: BundleName
    files: BundleFiles


#: What listing a snapshot learnt, by (file, size, modification time, journal): a snapshot is
#: the whole journal, and an exchange that brings nothing new should not open it every time.
_SNAPSHOT_FACTS: dict[tuple[str, int, int, str], Snapshot] = {}


class FolderReader:
    """The folder as one journal's devices see it, through the journal's sync key."""

    def __init__(self, folder: SyncFolder, sync_key: bytes, journal_id: str) -> None:
        self.folder = folder
        self._key = sync_key
        self._journal_id = journal_id
        #: Files that could not be opened during this reader's life, for the report.
        self.unreadable: set[str] = set()

    def open(self, device_id: str, files: BundleFiles) -> dict[str, Any] | None:
        """The payload of the first copy that opens, or None (remembered in ``unreadable``)."""
        for path in files.paths:
            data = self.folder.read(path)
            if data is None:
                continue
            try:
                return unseal(self._key, self._journal_id, device_id, files.name, data)
            except DamagedBundle:
                continue
        self.unreadable.add(f"{device_id}/{files.name.filename}")
        return None

    def changes(self, device_id: str, files: BundleFiles) -> list[Change] | None:
        payload = self.open(device_id, files)
        if payload is None:
            return None
        try:
            return read_changes(payload, files.name, device_id)
        except DamagedBundle:
            self.unreadable.add(f"{device_id}/{files.name.filename}")
            return None

    def snapshots(self) -> list[SnapshotFile]:
        """Every snapshot that opens, the one reaching furthest first."""
        found = []
        for device_id in self.folder.device_ids():
            for files in self.folder.bundles(device_id, BundleKind.SNAPSHOT):
                facts = self._snapshot_facts(device_id, files)
                if facts is not None:
                    found.append(SnapshotFile(facts, files.name, files))
        return sorted(found, key=_snapshot_order, reverse=True)

    def _fact_key(self, path: Path) -> tuple[str, int, int, str] | None:
        try:
            info = path.stat()
        except OSError:
            return None
        return (str(path), info.st_size, info.st_mtime_ns, self._journal_id)

    def _snapshot_facts(self, device_id: str, files: BundleFiles) -> Snapshot | None:
        keys = [key for key in map(self._fact_key, files.paths) if key is not None]
        for key in keys:
            if key in _SNAPSHOT_FACTS:
                return _SNAPSHOT_FACTS[key]
        full = self.snapshot_changes(device_id, files)
        if full is None:
            return None
        facts = Snapshot(full.maker, full.made_at, full.covers, [])
        for key in keys:
            _SNAPSHOT_FACTS[key] = facts
        return facts

    def snapshot_changes(self, device_id: str, files: BundleFiles) -> Snapshot | None:
        """A snapshot read whole, with its changes; None when it can't be read now."""
        payload = self.open(device_id, files)
        if payload is None:
            return None
        try:
            return read_snapshot(payload)
        except DamagedBundle:
            self.unreadable.add(f"{device_id}/{files.name.filename}")
            return None

    def state(self, device_id: str) -> DeviceState | None:
        """What a device last said about itself; of several copies, the one that saw most."""
        best: DeviceState | None = None
        for files in self.folder.bundles(device_id, BundleKind.STATE):
            for path in files.paths:
                one = BundleFiles(files.name, [path])
                payload = self.open(device_id, one)
                if payload is None:
                    continue
                try:
                    state = read_state(payload)
                except DamagedBundle:
                    continue
                if best is None or _state_order(state) > _state_order(best):
                    best = state
        if best is not None:  # a copy that didn't open is no loss when another did
            self.unreadable = {u for u in self.unreadable if not u.startswith(f"{device_id}/state")}
        return best

    def states(self) -> dict[str, DeviceState | None]:
        """Every device subfolder, with its state or None when none can be read now."""
        return {device_id: self.state(device_id) for device_id in self.folder.device_ids()}

    def lease(self) -> tuple[str, str] | None:
        """(holder, until) of the compaction lease; None if there is none that opens."""
        name = BundleName(BundleKind.LEASE)
        for path in self.folder.lease_files():
            data = self.folder.read(path, limit=64 * 1024)
            if data is None:
                continue
            try:
                return read_lease(unseal(self._key, self._journal_id, LEASE_OWNER, name, data))
            except DamagedBundle:
                continue
        return None

    def exported_up_to(self, device_id: str, snapshots: list[SnapshotFile]) -> int:
        """How far this device's own changes are in the folder without a hole: what a
        snapshot already holds, then bundle after bundle. A bundle someone removed by
        hand leaves a hole, and what follows the hole is written again."""
        reached = max((s.snapshot.covers.get(device_id, 0) for s in snapshots), default=0)
        for files in self.folder.bundles(device_id, BundleKind.CHANGES):
            if files.name.first <= reached + 1 < files.name.last + 1:
                reached = files.name.last
        return reached

    def pending(self, device_id: str, applied: int) -> Iterator[BundleFiles]:
        """A device's bundles that hold changes beyond ``applied``, in counter order."""
        for files in self.folder.bundles(device_id, BundleKind.CHANGES):
            if files.name.last > applied:
                yield files


def _snapshot_order(found: SnapshotFile) -> tuple[int, str, str]:
    return (sum(found.snapshot.covers.values()), found.snapshot.made_at, found.name.canonical)


def _state_order(state: DeviceState) -> tuple[int, str]:
    return (sum(state.seen.values()), state.at)
