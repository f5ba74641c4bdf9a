"""Sync through the real command line when the folder is untidy or in trouble.

Conflict copies, damaged and late files, tidying with a device away, a stale lease, a pulled
USB stick, a read-only or full disk, a journal restored behind what it shared.
"""

# ruff: noqa: F811 (the shared fixtures are imported, then named as arguments)

from __future__ import annotations

import shutil
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from kindspace.sync.compaction import Compactor
from kindspace.sync.engine import SyncEngine
from kindspace.sync.folder import ROOT_NAME
from tests.helpers.cli import Cli
from tests.helpers.journals import PASSPHRASE, make_passphrase_journal
from tests.helpers.moments import pinned_at
from tests.helpers.namespaces import run_with_mounts
from tests.helpers.sync_devices import (  # noqa: F401 (fixtures are used by name)
    Device,
    bundle_files,
    cli,
    folder,
    join,
    laptop,
    new_device,
    no_real_keyring,
    recovery_key,
)

pytestmark = pytest.mark.usefixtures("ordinary_now")


# --- a folder that is not tidy ------------------------------------------------------------


def test_conflict_copies_duplicates_and_damaged_bundles(
    laptop: Device, folder: Path, cli: Cli, tmp_path: Path
) -> None:
    laptop.ok("sync", "setup", str(folder))
    desk = new_device(cli, tmp_path, "desk")
    join(desk, folder)
    for number in range(3):
        laptop.note(f"note number {number}")
        laptop.ok("sync")
    bundles = bundle_files(folder)
    assert len(bundles) == 3
    # Every file gets a sync tool's copy; the first bundle's original is cut short, the
    # second's original has a flipped bit, the third is damaged in every copy.
    root = folder / ROOT_NAME
    for path in list(root.rglob("*")):
        if path.is_file() and path.suffix == ".ksync":
            stem = path.name.removesuffix(".ksync")
            shutil.copy(path, path.with_name(f"{stem}.sync-conflict-20240101-101010-XYZ.ksync"))
            shutil.copy(path, path.with_name(f"{stem} (1).ksync"))
    (root / "stranger.txt").write_text("not ours")
    first, second, third = bundles
    first.write_bytes(first.read_bytes()[:20])
    data = bytearray(second.read_bytes())
    data[-3] ^= 0x10
    second.write_bytes(bytes(data))
    kept = third.read_bytes()
    for copy in third.parent.glob(third.name.removesuffix(".ksync") + "*"):
        copy.write_bytes(kept[: len(kept) // 2])

    partly = desk("sync")

    assert partly.code == 0, partly.err
    assert "couldn't be read yet" in partly.err and "Traceback" not in partly.err
    assert desk.bodies() == {"note number 0", "note number 1"}  # each once, none half
    third.write_bytes(kept)  # the sync tool finishes
    again = desk.ok("sync")
    assert "Came in: 1 change" in again.out
    assert desk.bodies() == {"note number 0", "note number 1", "note number 2"}
    assert (root / "stranger.txt").read_text() == "not ours"


def test_nothing_readable_ever_reaches_the_folder(
    laptop: Device, folder: Path, cli: Cli, tmp_path: Path
) -> None:
    canaries = ["CANARYBODY7a1", "CANARYTITLE9c2", "CANARYTAG4e0", "CANARYEDIT2b8"]
    entry = laptop.note(canaries[0], title=canaries[1])
    laptop.ok("note", "--tag", canaries[2], "tagged words")
    laptop.ok("sync", "setup", str(folder))
    desk = new_device(cli, tmp_path, "desk")
    join(desk, folder)
    desk.ok("edit", entry, canaries[3])
    desk.ok("sync")
    desk.ok("sync", "compact")
    scanned = 0
    for path in folder.rglob("*"):
        if path.is_file():
            raw = path.read_bytes()
            scanned += 1
            for secret in [*canaries, PASSPHRASE]:
                for encoded in (secret.encode(), secret.encode("utf-16-le")):
                    assert encoded not in raw, f"{secret} is readable in {path}"
    assert scanned >= 6


# --- compaction and a device that was away -------------------------------------------------


def test_compaction_keeps_what_an_absent_device_needs(
    laptop: Device, folder: Path, cli: Cli, tmp_path: Path
) -> None:
    laptop.note("from before")
    laptop.ok("sync", "setup", str(folder))
    desk, travel = new_device(cli, tmp_path, "desk"), new_device(cli, tmp_path, "travel")
    join(desk, folder)
    join(travel, folder)  # then the travel laptop goes into a drawer for months
    laptop.ok("sync")
    desk.ok("sync")
    for number in range(4):
        laptop.note(f"laptop note {number}")
        laptop.ok("sync")
        desk.note(f"desk note {number}")
        desk.ok("sync")
    laptop.ok("sync")
    before = bundle_files(folder)

    laptop.ok("sync", "compact")

    assert bundle_files(folder) == before  # the travel laptop hasn't seen any of them
    back = travel.ok("sync")
    assert "Came in: 8 changes" in back.out
    everything = {"from before"} | {f"{w} note {n}" for w in ("laptop", "desk") for n in range(4)}
    assert travel.bodies() == everything
    desk.ok("sync")

    tidied = laptop.ok("sync", "compact")

    assert "Tidied" in tidied.out
    assert bundle_files(folder) == []
    late = new_device(cli, tmp_path, "late")
    join(late, folder)  # from the snapshot alone
    assert late.bodies() == everything
    travel.note("back from the trip")
    travel.ok("sync")
    laptop.ok("sync")
    assert "back from the trip" in laptop.bodies()


def test_a_stale_lease_is_taken_over_and_a_fresh_one_respected(
    laptop: Device, folder: Path, cli: Cli, tmp_path: Path
) -> None:
    laptop.ok("sync", "setup", str(folder))
    desk = new_device(cli, tmp_path, "desk")
    join(desk, folder)
    laptop.note("one")
    laptop.ok("sync")
    desk.ok("sync")
    laptop.ok("sync")
    lease = folder / ROOT_NAME / "compaction-lease.ksync"
    # The desk takes the lease and stops half way (as if the computer went to sleep).
    with desk.journal() as journal:
        assert Compactor(SyncEngine(journal))._take_lease()
    assert lease.exists()
    assert "Nothing could be tidied" in laptop.ok("sync", "compact").out
    with desk.journal() as journal:
        now = journal.clock()
    with pinned_at(now + timedelta(hours=2)):
        assert "Tidied" in laptop.ok("sync", "compact").out
    assert not lease.exists()


# --- the folder itself in trouble ----------------------------------------------------------


def test_a_pulled_usb_stick_is_one_calm_sentence(
    laptop: Device, folder: Path, cli: Cli, tmp_path: Path
) -> None:
    laptop.ok("sync", "setup", str(folder))
    laptop.note("written while the stick was out")
    shutil.rmtree(folder)

    for argv in (["sync"], ["sync", "status"]):
        result = laptop(*argv)
        assert result.code == 1
        assert "can't find the sync folder" in result.err and result.err.count("\n") == 1
    assert not folder.exists()  # never made up in place of the stick
    folder.mkdir()  # plugged in again (empty, say, after a reformat)
    again = laptop.ok("sync")
    assert "Went out" in again.out
    assert list((folder / ROOT_NAME).rglob("snapshot-*.ksync"))  # a new device can join
    desk = new_device(cli, tmp_path, "desk")
    join(desk, folder)
    assert desk.bodies() == {"written while the stick was out"}


def test_read_only_and_full_folders_are_said_kindly(laptop: Device, folder: Path) -> None:
    """Real mounts, in a private mount namespace: a read-only bind and a full tmpfs."""

    laptop.ok("sync", "setup", str(folder))
    laptop.note("a note that waits to go out")
    command = [
        sys.executable, "-m", "kindspace", "--data-dir", str(laptop.data_dir),
        "sync", "--passphrase-stdin",
    ]  # fmt: skip
    read_only = run_with_mounts(
        [f"mount --bind {folder} {folder}", f"mount -o remount,bind,ro {folder}"],
        command,
        stdin=PASSPHRASE.encode() + b"\n",
    )
    assert read_only.returncode == 1, read_only.stderr.decode()
    assert b"can't be written to" in read_only.stderr and b"Traceback" not in read_only.stderr
    filler = folder / "filler"
    full = run_with_mounts(
        [
            f"mount -t tmpfs -o size=1m tmpfs {folder}",
            f"(head -c 1048576 /dev/zero > {filler} || true)",
        ],
        command,
        stdin=PASSPHRASE.encode() + b"\n",
    )
    assert full.returncode == 1, full.stderr.decode()
    assert b"is full" in full.stderr and b"Traceback" not in full.stderr
    assert laptop.bodies() == {"a note that waits to go out"}  # the journal is untouched


def test_a_journal_restored_behind_its_shared_changes_takes_a_new_id_and_loses_nothing(
    laptop: Device, folder: Path, cli: Cli, tmp_path: Path
) -> None:
    laptop.ok("sync", "setup", str(folder))
    desk = new_device(cli, tmp_path, "desk")
    join(desk, folder)
    laptop.note("kept in the backup")
    laptop.ok("sync")
    backup = tmp_path / "older.kindspace-backup"
    laptop.ok("backup", "--output", str(backup))
    laptop.note("shared, then lost by the restore")
    laptop.ok("sync")
    laptop.ok("restore", str(backup))
    laptop.note("written after the restore")

    result = laptop.ok("sync")

    assert "restored from a backup or copied" in result.err and "nothing was lost" in result.err
    desk.ok("sync")
    everything = {
        "kept in the backup",
        "shared, then lost by the restore",
        "written after the restore",
    }
    assert desk.bodies() == everything
    laptop.ok("sync")
    assert laptop.bodies() == everything
    assert "restored" not in laptop.ok("sync").err  # once only


def test_a_folder_that_holds_the_journal_itself_is_refused(cli: Cli, tmp_path: Path) -> None:
    dropbox = tmp_path / "Dropbox"
    make_passphrase_journal(dropbox / "kindspace")
    inside = Device(cli, dropbox / "kindspace")
    result = inside("sync", "setup", str(dropbox))
    assert result.code == 1 and "overlap" in result.err
    assert not (dropbox / ROOT_NAME).exists()

    shared = tmp_path / "Sync"
    shared.mkdir()
    new = Device(cli, shared / "journal")
    refused = new("sync", "join", str(shared))
    assert refused.code == 1 and "overlap" in refused.err
    assert not (shared / "journal").exists()
