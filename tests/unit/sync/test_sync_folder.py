"""The folder: private files written whole, other people's files left alone, copies grouped."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest

from kindspace.sync.bundles import BundleKind, BundleName
from kindspace.sync.folder import SyncFolder, SyncFolderProblem


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def folder(tmp_path: Path) -> SyncFolder:
    (tmp_path / "Sync").mkdir()
    return SyncFolder(tmp_path / "Sync")


def test_new_files_are_private_and_whole(folder: SyncFolder) -> None:
    folder.folder.chmod(0o755)
    device_dir = folder.make_device_dir("laptop")
    name = BundleName.changes(1, 4)
    path = folder.add("laptop", name, b"sealed bytes")
    assert path.read_bytes() == b"sealed bytes"
    assert mode(path) == 0o600
    assert mode(device_dir) == mode(folder.root) == 0o700
    assert [p.name for p in device_dir.iterdir()] == [name.filename]  # no temporary left
    assert mode(folder.folder) == 0o755  # the person's own folder is not ours to change


def test_a_bundle_is_never_written_over(folder: SyncFolder) -> None:
    folder.make_device_dir("laptop")
    name = BundleName.changes(1, 4)
    folder.add("laptop", name, b"first")
    with pytest.raises(FileExistsError):
        folder.add("laptop", name, b"second")
    assert (folder.device_dir("laptop") / name.filename).read_bytes() == b"first"
    assert len(list(folder.device_dir("laptop").iterdir())) == 1


def test_own_small_files_are_replaced_atomically(folder: SyncFolder) -> None:
    folder.make_device_dir("laptop")
    path = folder.keys_path("laptop")
    folder.put(path, b"one")
    folder.put(path, b"two")
    assert path.read_bytes() == b"two" and mode(path) == 0o600
    assert [p.name for p in path.parent.iterdir()] == ["keys.json"]


def test_copies_are_grouped_and_strangers_ignored(folder: SyncFolder) -> None:
    device_dir = folder.make_device_dir("laptop")
    first, second = BundleName.changes(1, 4), BundleName.changes(5, 5)
    snapshot = BundleName.snapshot()
    for filename in (
        second.filename,
        first.filename,
        f"{first.canonical}.sync-conflict-20240101-101010-ABC.ksync",
        f"{first.canonical} (1).ksync",
        snapshot.filename,
        f".{first.filename}.abc.tmp",
        "notes.txt",
        "desktop.ini",
    ):
        (device_dir / filename).write_bytes(b"x")
    groups = folder.bundles("laptop", BundleKind.CHANGES)
    assert [g.name for g in groups] == [first, second]
    assert groups[0].paths[0].name == first.filename  # the original is tried first
    assert len(groups[0].paths) == 3
    assert [g.name for g in folder.bundles("laptop", BundleKind.SNAPSHOT)] == [snapshot]


def test_only_device_subfolders_count_as_devices(folder: SyncFolder) -> None:
    folder.make_device_dir("laptop")
    folder.make_device_dir("desk_2")
    for stranger in (".stfolder", "Photos", "a b", "x" * 41):
        (folder.root / stranger).mkdir()
    (folder.root / "readme").write_text("hello")
    assert folder.device_ids() == ["desk_2", "laptop"]
    with pytest.raises(ValueError):
        folder.device_dir("../escape")


def test_a_missing_folder_is_one_kind_sentence(tmp_path: Path) -> None:
    gone = SyncFolder(tmp_path / "USB-STICK")
    with pytest.raises(SyncFolderProblem, match="USB stick") as caught:
        gone.check_reachable()
    assert "unchanged" in str(caught.value)
    with pytest.raises(SyncFolderProblem, match="can't find"):
        gone.make_device_dir("laptop")
    assert gone.device_ids() == []
    assert not (tmp_path / "USB-STICK").exists()  # never made up


def test_a_folder_that_vanishes_mid_way_is_said_so(folder: SyncFolder) -> None:
    folder.make_device_dir("laptop")
    shutil.rmtree(folder.folder)
    with pytest.raises(SyncFolderProblem, match="can't find"):
        folder.add("laptop", BundleName.changes(1, 1), b"x")
    with pytest.raises(SyncFolderProblem, match="can't find"):
        folder.put(folder.keys_path("laptop"), b"x")


def test_a_file_in_the_way_is_a_calm_problem(folder: SyncFolder) -> None:
    folder.root.write_bytes(b"someone else's file")
    with pytest.raises(SyncFolderProblem, match="couldn't use the sync folder"):
        folder.make_device_dir("laptop")
    assert folder.device_ids() == []


def test_reading_skips_what_is_not_there_or_too_big(folder: SyncFolder) -> None:
    device_dir = folder.make_device_dir("laptop")
    big = device_dir / "big"
    big.write_bytes(b"x" * 100)
    assert folder.read(big, limit=99) is None
    assert folder.read(big, limit=100) == b"x" * 100
    assert folder.read(device_dir / "vanished") is None


def test_only_old_temporaries_of_this_device_are_cleared(folder: SyncFolder) -> None:
    mine = folder.make_device_dir("laptop")
    other = folder.make_device_dir("desk")
    old_temp = mine / ".changes-0000000001-0000000001-0a1b2c3d.ksync.abc.tmp"
    new_temp = mine / ".state.ksync.def.tmp"
    theirs = other / ".state.ksync.123.tmp"
    lease_temp = folder.root / ".compaction-lease.ksync.456.tmp"
    stranger = mine / ".hidden-note.txt"
    for path in (old_temp, new_temp, theirs, lease_temp, stranger):
        path.write_bytes(b"x")
    for path in (old_temp, theirs, lease_temp, stranger):
        os.utime(path, (1_000_000, 1_000_000))
    assert folder.remove_stale_temporaries("laptop", before=2_000_000) == 2
    assert not old_temp.exists() and not lease_temp.exists()
    assert new_temp.exists() and theirs.exists() and stranger.exists()
