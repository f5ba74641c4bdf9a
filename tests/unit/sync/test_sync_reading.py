"""Reading the folder: how far a device's own changes reach, and which of its words count."""

from __future__ import annotations

from pathlib import Path

import pytest

from kindspace.sync.bundles import (
    BundleKind,
    BundleName,
    DeviceState,
    changes_payload,
    seal,
    snapshot_payload,
)
from kindspace.sync.changes import Change
from kindspace.sync.folder import SyncFolder
from kindspace.sync.reading import FolderReader

JOURNAL = "6f1c7a52-9d0e-4f2b-8a57-3c1e2d4b5a69"
KEY = bytes(range(32))


def change(counter: int, device: str = "laptop") -> Change:
    return Change(device, counter, f"{1700000000000 + counter:013d}-00000-{device}", "entry",
                  f"e{counter}", {"body": f"words {counter}"})  # fmt: skip


@pytest.fixture
def reader(tmp_path: Path) -> FolderReader:
    (tmp_path / "Sync").mkdir()
    folder = SyncFolder(tmp_path / "Sync")
    folder.make_device_dir("laptop")
    return FolderReader(folder, KEY, JOURNAL)


def add_changes(reader: FolderReader, first: int, last: int, device: str = "laptop") -> Path:
    name, payload = changes_payload(device, [change(n, device) for n in range(first, last + 1)])
    return reader.folder.add(device, name, seal(KEY, JOURNAL, device, name, payload))


def add_snapshot(reader: FolderReader, covers: dict[str, int], maker: str = "laptop") -> None:
    name = BundleName.snapshot()
    payload = snapshot_payload(maker, [], covers, "2026-03-01T09:00:00.000000Z")
    reader.folder.add(maker, name, seal(KEY, JOURNAL, maker, name, payload))


def test_own_changes_reach_as_far_as_they_go_without_a_hole(reader: FolderReader) -> None:
    assert reader.exported_up_to("laptop", reader.snapshots()) == 0
    add_changes(reader, 1, 3)
    add_changes(reader, 4, 4)
    add_changes(reader, 7, 9)  # 5 and 6 went missing (removed by hand)
    assert reader.exported_up_to("laptop", reader.snapshots()) == 4
    add_changes(reader, 3, 6)  # sent again after the hole was seen: overlaps are fine
    assert reader.exported_up_to("laptop", reader.snapshots()) == 9


def test_a_snapshot_counts_as_sent(reader: FolderReader) -> None:
    add_snapshot(reader, {"laptop": 5, "desk": 2})
    add_changes(reader, 6, 8)
    assert reader.exported_up_to("laptop", reader.snapshots()) == 8
    add_snapshot(reader, {"laptop": 1})
    assert [s.snapshot.covers["laptop"] for s in reader.snapshots()] == [5, 1]  # furthest first


def test_of_several_state_copies_the_one_that_saw_most_counts(reader: FolderReader) -> None:
    name = BundleName(BundleKind.STATE)
    older = DeviceState("laptop", "Laptop", "2026-03-01T09:00:00.000000Z", {"laptop": 2})
    newer = DeviceState("laptop", "Laptop", "2026-03-02T09:00:00.000000Z", {"laptop": 5})
    device_dir = reader.folder.device_dir("laptop")
    (device_dir / name.filename).write_bytes(seal(KEY, JOURNAL, "laptop", name, older.payload()))
    copy = device_dir / "state.sync-conflict-20260302-090000-XYZ.ksync"
    copy.write_bytes(seal(KEY, JOURNAL, "laptop", name, newer.payload()))
    (device_dir / "state (1).ksync").write_bytes(b"cut")
    assert reader.state("laptop") == newer
    assert not reader.unreadable  # a copy that didn't open is no loss when another did


def test_pending_skips_what_was_applied(reader: FolderReader) -> None:
    add_changes(reader, 1, 3)
    add_changes(reader, 4, 6)
    assert [f.name.first for f in reader.pending("laptop", 3)] == [4]
    assert [f.name.first for f in reader.pending("laptop", 2)] == [1, 4]
    assert list(reader.pending("laptop", 6)) == []
