"""Bundles: sealed so that nothing readable reaches the folder, and bound to their place.

A bundle that was cut short, renamed, moved to another device's subfolder or made for
another journal must fail to open (and so be skipped), while the copies sync tools make of
a bundle must read exactly like the original.
"""

from __future__ import annotations

import secrets

import pytest

from kindspace.sync.bundles import (
    BundleKind,
    BundleName,
    DamagedBundle,
    DeviceState,
    changes_payload,
    is_conflict_copy,
    read_changes,
    read_snapshot,
    read_state,
    seal,
    snapshot_payload,
    unseal,
)
from kindspace.sync.changes import Change

JOURNAL = "6f1c7a52-9d0e-4f2b-8a57-3c1e2d4b5a69"
KEY = bytes(range(32))
WORDS = "the lighthouse keeper's quiet letter"


def change(counter: int, device: str = "laptop", text: str = WORDS) -> Change:
    return Change(
        device_id=device,
        counter=counter,
        stamp=f"{1700000000000 + counter:013d}-00000-{device}",
        kind="entry",
        target_id=f"entry-{counter}",
        fields={"body": f"{text} {counter}", "tags": ["sea"]},
        base={"body": f"{1700000000000:013d}-00000-{device}"},
    )


def sealed_changes(
    device: str = "laptop", first: int = 1, last: int = 3
) -> tuple[BundleName, bytes]:
    name, payload = changes_payload(device, [change(n, device) for n in range(first, last + 1)])
    return name, seal(KEY, JOURNAL, device, name, payload)


def test_changes_round_trip_and_nothing_readable_is_sealed() -> None:
    name, data = sealed_changes()
    assert WORDS.encode() not in data
    assert b"lighthouse" not in data
    payload = unseal(KEY, JOURNAL, "laptop", name, data)
    assert read_changes(payload, name, "laptop") == [change(1), change(2), change(3)]


def test_names_say_kind_and_range_and_survive_conflict_copy_decorations() -> None:
    name, _ = sealed_changes(first=4, last=9)
    assert (name.first, name.last, name.kind) == (4, 9, BundleKind.CHANGES)
    stem = name.canonical
    copies = [
        f"{stem}.sync-conflict-20240101-101010-ABCDEFG.ksync",  # Syncthing
        f"{stem} (laptop's conflicted copy 2024-01-01).ksync",  # Dropbox
        f"{stem} (conflicted copy 2024-01-01 101010).ksync",  # Nextcloud
        f"{stem} (1).ksync",
        f"{stem} 2.ksync",  # iCloud Drive
        f"{stem}-DESKTOP-1.ksync",  # OneDrive
    ]
    for copy in copies:
        assert BundleName.parse(copy) == name, copy
        assert is_conflict_copy(copy)
    assert BundleName.parse(name.filename) == name
    assert not is_conflict_copy(name.filename)


@pytest.mark.parametrize(
    "filename",
    [
        ".changes-0000000001-0000000003-0a1b2c3d.ksync.5d2e0f.tmp",  # our own temporary file
        ".syncthing.changes-0000000001-0000000003-0a1b2c3d.ksync.tmp",
        "changes-0000000001-0000000003-0a1b2c3d.ksync.part",
        "changes-0000000003-0000000001-0a1b2c3d.ksync",  # a range that runs backwards
        "changes-0000000000-0000000001-0a1b2c3d.ksync",
        "changes-1-3-0a1b2c3d.ksync",
        "changes-0000000001-0000000003-0a1b2c3d9.ksync",  # a longer tag is another name
        "desktop.ini",
        "journal.db",
        "notes.txt",
    ],
)
def test_files_that_are_not_bundles_are_not_read_as_ones(filename: str) -> None:
    assert BundleName.parse(filename) is None


def test_every_new_name_is_new_even_for_the_same_range() -> None:
    assert BundleName.changes(1, 5) != BundleName.changes(1, 5)
    with pytest.raises(ValueError):
        BundleName.changes(5, 1)


def test_a_renamed_bundle_does_not_open() -> None:
    name, data = sealed_changes(first=1, last=3)
    renamed = BundleName(BundleKind.CHANGES, 4, 6, name.tag)
    with pytest.raises(DamagedBundle):
        unseal(KEY, JOURNAL, "laptop", renamed, data)
    other_tag = BundleName(BundleKind.CHANGES, 1, 3, "00000000")
    with pytest.raises(DamagedBundle):
        unseal(KEY, JOURNAL, "laptop", other_tag, data)


def test_a_bundle_moved_into_another_devices_stream_does_not_open() -> None:
    name, data = sealed_changes(device="laptop")
    with pytest.raises(DamagedBundle):
        unseal(KEY, JOURNAL, "desktop", name, data)


def test_a_bundle_of_another_journal_or_key_does_not_open() -> None:
    name, data = sealed_changes()
    with pytest.raises(DamagedBundle):
        unseal(KEY, "11111111-2222-4333-8444-555555555555", "laptop", name, data)
    with pytest.raises(DamagedBundle):
        unseal(secrets.token_bytes(32), JOURNAL, "laptop", name, data)


@pytest.mark.parametrize("cut", [0, 5, 6, 17, 40, -1])
def test_a_bundle_cut_short_does_not_open(cut: int) -> None:
    name, data = sealed_changes()
    with pytest.raises(DamagedBundle):
        unseal(KEY, JOURNAL, "laptop", name, data[:cut])


def test_a_flipped_bit_anywhere_is_caught() -> None:
    name, data = sealed_changes()
    for position in (0, 5, 6, 10, len(data) // 2, len(data) - 1):
        damaged = bytearray(data)
        damaged[position] ^= 0x01
        with pytest.raises(DamagedBundle):
            unseal(KEY, JOURNAL, "laptop", name, bytes(damaged))


def test_a_bundle_from_a_newer_format_is_skipped_not_misread() -> None:
    name, data = sealed_changes()
    newer = data[:5] + bytes([2]) + data[6:]
    with pytest.raises(DamagedBundle, match="another version"):
        unseal(KEY, JOURNAL, "laptop", name, newer)


def test_contents_that_disagree_with_the_name_are_refused() -> None:
    name, payload = changes_payload("laptop", [change(1), change(2)])
    wider = BundleName(BundleKind.CHANGES, 1, 3, name.tag)
    with pytest.raises(DamagedBundle):
        read_changes(payload, wider, "laptop")
    payload["changes"] = [change(2).to_json(), change(1).to_json()]
    with pytest.raises(DamagedBundle, match="order"):
        read_changes(payload, name, "laptop")
    payload["changes"] = [change(1, device="desktop").to_json(), change(2).to_json()]
    with pytest.raises(DamagedBundle, match="another device"):
        read_changes(payload, name, "laptop")
    payload["changes"] = [{"counter": "one"}]
    with pytest.raises(DamagedBundle, match="out of shape"):
        read_changes(payload, name, "laptop")


def test_a_device_writes_only_its_own_changes() -> None:
    with pytest.raises(ValueError):
        changes_payload("laptop", [change(1, "desktop")])
    with pytest.raises(ValueError):
        changes_payload("laptop", [])


def test_snapshot_and_state_round_trip() -> None:
    name = BundleName.snapshot()
    payload = snapshot_payload(
        "laptop", [change(1), change(1, "desktop")], {"laptop": 1, "desktop": 4}, "2024-05-01"
    )
    opened = read_snapshot(
        unseal(KEY, JOURNAL, "laptop", name, seal(KEY, JOURNAL, "laptop", name, payload))
    )
    assert opened.covers == {"laptop": 1, "desktop": 4}
    assert opened.changes == [change(1), change(1, "desktop")]
    assert opened.maker == "laptop"
    state = DeviceState("laptop", "Laptop", "2024-05-01T10:00:00Z", {"desktop": 4, "laptop": 9})
    state_name = BundleName(BundleKind.STATE)
    sealed = seal(KEY, JOURNAL, "laptop", state_name, state.payload())
    assert read_state(unseal(KEY, JOURNAL, "laptop", state_name, sealed)) == state
    with pytest.raises(DamagedBundle):  # a state is bound to its kind too
        unseal(KEY, JOURNAL, "laptop", BundleName(BundleKind.LEASE), sealed)


def test_a_snapshot_reaches_another_only_when_it_covers_as_much_everywhere() -> None:
    older = read_snapshot(snapshot_payload("a", [], {"a": 3, "b": 2}, "t"))
    newer = read_snapshot(snapshot_payload("b", [], {"a": 3, "b": 5}, "t"))
    sideways = read_snapshot(snapshot_payload("c", [], {"a": 9}, "t"))
    assert newer.reaches(older) and not older.reaches(newer)
    assert not sideways.reaches(newer) and not newer.reaches(sideways)
