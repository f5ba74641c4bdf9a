"""Sync driven through the real command line: data folders playing devices, one shared folder.

Every step is a ``kindspace`` command run in-process through ``main(argv)`` (as a shell would
run one after another), on real SQLCipher journals; the journals are only opened directly
to look at what they hold afterwards. The journals use the cheapest Argon2id cost, stored in
their key file, so joining with the passphrase is quick too. The keyring is keyring's
``fail`` backend, so nothing here touches a real one.
"""

from __future__ import annotations

import os
import shutil
import stat
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from kindspace.journal.journal import Journal, JournalLocation, open_journal
from kindspace.sync.bundles import BundleKind, BundleName
from kindspace.sync.compaction import Compactor
from kindspace.sync.engine import SyncEngine
from kindspace.sync.folder import ROOT_NAME
from tests.helpers.cli import Cli, Result
from tests.helpers.journals import PASSPHRASE, make_passphrase_journal
from tests.helpers.moments import pinned_at
from tests.helpers.namespaces import run_with_mounts

pytestmark = pytest.mark.usefixtures("ordinary_now")


@pytest.fixture(autouse=True)
def no_real_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.delenv("KINDSPACE_PASSPHRASE", raising=False)
    monkeypatch.delenv("KINDSPACE_DEBUG", raising=False)


class Device:
    """One data folder, driven through the command line."""

    def __init__(self, cli: Cli, data_dir: Path) -> None:
        self.cli, self.data_dir = cli, data_dir

    def __call__(self, *argv: str, stdin: str | None = None) -> Result:
        secret = PASSPHRASE + "\n" if stdin is None else stdin
        options = ["--passphrase-stdin"] if stdin is None else []
        return self.cli("--data-dir", str(self.data_dir), *argv, *options, stdin=secret, data=False)

    def ok(self, *argv: str) -> Result:
        result = self(*argv)
        assert result.code == 0, result.err
        return result

    def note(self, text: str, title: str = "") -> str:
        self.ok("note", *(["--title", title] if title else []), text)
        return self.id_of(text)

    def id_of(self, text: str) -> str:
        with self.journal() as journal:
            return next(e.id for e in journal.entries.iter_all() if e.body == text)

    def journal(self) -> Journal:
        location = JournalLocation(self.data_dir)
        return open_journal(location, passphrase=PASSPHRASE, daily_backup=False)

    def bodies(self) -> set[str]:
        with self.journal() as journal:
            return {entry.body for entry in journal.entries.iter_all()}

    def conflicts(self) -> list[Any]:
        with self.journal() as journal:
            return list(journal.sync.conflicts())


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Cli:
    return Cli(capsys, monkeypatch, tmp_path / "unused")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shared = tmp_path / "Sync"
    shared.mkdir()
    return shared


@pytest.fixture
def laptop(cli: Cli, tmp_path: Path) -> Device:
    make_passphrase_journal(tmp_path / "laptop")
    return Device(cli, tmp_path / "laptop")


@pytest.fixture
def recovery_key(laptop: Device) -> str:
    with laptop.journal() as journal:
        code = journal.recovery_key()
    assert code is not None
    return code


def new_device(cli: Cli, tmp_path: Path, name: str) -> Device:
    return Device(cli, tmp_path / name)


def join(device: Device, folder: Path) -> Result:
    result = device("sync", "join", str(folder))
    assert result.code == 0, result.err
    return result


def bundle_files(folder: Path) -> list[Path]:
    return sorted(
        path
        for path in (folder / ROOT_NAME).rglob("*.ksync")
        if (name := BundleName.parse(path.name)) is not None and name.kind is BundleKind.CHANGES
    )


# --- setup and join -------------------------------------------------------------------


def test_setup_then_join_with_the_passphrase_brings_every_entry(
    laptop: Device, folder: Path, cli: Cli, tmp_path: Path
) -> None:
    laptop.note("the tide came in slowly", title="Evening")
    laptop.note("written before sharing began")
    setup = laptop.ok("sync", "setup", str(folder))
    assert "now shared through" in setup.out and "sync join" in setup.out

    desk = new_device(cli, tmp_path, "desk")
    joined = join(desk, folder)

    assert desk.bodies() == {"the tide came in slowly", "written before sharing began"}
    assert "now shares the journal" in joined.out and "your passphrase" in joined.out
    assert stat.S_IMODE(desk.data_dir.stat().st_mode) == 0o700
    with desk.journal() as journal, laptop.journal() as original:
        assert journal.journal_id == original.journal_id  # one journal, two devices
    for path in (folder / ROOT_NAME).rglob("*"):
        expected = 0o700 if path.is_dir() else 0o600
        assert stat.S_IMODE(path.stat().st_mode) == expected, path


def test_join_with_the_recovery_key_and_it_keeps_opening_with_both(
    laptop: Device, folder: Path, cli: Cli, tmp_path: Path, recovery_key: str
) -> None:
    laptop.note("a walk along the canal")
    laptop.ok("sync", "setup", str(folder))
    desk = new_device(cli, tmp_path, "desk")

    joined = desk("sync", "join", str(folder), "--recovery-key-stdin", stdin=recovery_key + "\n")

    assert joined.code == 0, joined.err
    assert recovery_key not in joined.out + joined.err
    assert desk.bodies() == {"a walk along the canal"}  # opens with the passphrase too
    with open_journal(
        JournalLocation(desk.data_dir), recovery_key=recovery_key, daily_backup=False
    ) as journal:
        assert journal.recovery_key() == recovery_key


@pytest.mark.parametrize(
    ("option", "secret"),
    [
        ("--passphrase-stdin", "not the right words at all"),
        ("--recovery-key-stdin", "2345-6789-ACDE-FGHJ-KMNP-QRTU-VWXY"),
    ],
)
def test_a_wrong_secret_exits_2_and_makes_nothing(
    laptop: Device, folder: Path, cli: Cli, tmp_path: Path, option: str, secret: str
) -> None:
    laptop.ok("sync", "setup", str(folder))
    before = sorted(p.name for p in (folder / ROOT_NAME).rglob("*"))
    desk = new_device(cli, tmp_path, "desk")

    result = desk("sync", "join", str(folder), option, stdin=secret + "\n")

    assert result.code == 2
    assert "nothing was made" in result.err.lower() and result.err.count("\n") == 1
    assert not desk.data_dir.exists()
    assert sorted(p.name for p in (folder / ROOT_NAME).rglob("*")) == before


def test_join_refuses_a_folder_with_a_journal_already_in_it(
    laptop: Device, folder: Path, cli: Cli, tmp_path: Path
) -> None:
    laptop.ok("sync", "setup", str(folder))
    make_passphrase_journal(tmp_path / "other")
    other = Device(cli, tmp_path / "other")
    result = other("sync", "join", str(folder))
    assert result.code == 1 and "already a journal" in result.err
    assert other.bodies() == set()


def test_join_without_a_shared_journal_or_folder_says_so(cli: Cli, tmp_path: Path) -> None:
    empty = tmp_path / "Empty"
    empty.mkdir()
    desk = new_device(cli, tmp_path, "desk")
    nothing = desk("sync", "join", str(empty))
    assert nothing.code == 1 and "No kindspace journal is shared" in nothing.err
    gone = desk("sync", "join", str(tmp_path / "USB"))
    assert gone.code == 1 and "can't find the sync folder" in gone.err
    assert not desk.data_dir.exists()


def test_setup_refuses_a_folder_that_shares_another_journal(
    laptop: Device, folder: Path, cli: Cli, tmp_path: Path
) -> None:
    laptop.ok("sync", "setup", str(folder))
    make_passphrase_journal(tmp_path / "other")
    other = Device(cli, tmp_path / "other")
    result = other("sync", "setup", str(folder))
    assert result.code == 1 and "already shares another kindspace journal" in result.err


def test_sync_before_setup_says_how_to_start(laptop: Device) -> None:
    result = laptop("sync")
    assert result.code == 1 and "sync setup FOLDER" in result.err


# --- exchanging -------------------------------------------------------------------------


def test_edits_on_both_devices_meet(laptop: Device, folder: Path, cli: Cli, tmp_path: Path) -> None:
    first = laptop.note("first draft of a letter")
    laptop.ok("sync", "setup", str(folder))
    desk = new_device(cli, tmp_path, "desk")
    join(desk, folder)

    laptop.ok("edit", first, "the letter, finished")
    desk.note("a new note from the desk")
    sent = laptop.ok("sync")
    assert "Went out: 1 change" in sent.out
    received = desk.ok("sync")
    assert "Came in: 1 change" in received.out and "Went out: 1 change" in received.out
    laptop.ok("sync")

    expected = {"the letter, finished", "a new note from the desk"}
    assert laptop.bodies() == desk.bodies() == expected
    quiet = desk.ok("sync")
    assert "Nothing new" in quiet.out and "Shared with 1 other device" in quiet.out


def test_the_same_entry_edited_on_both_keeps_both_versions(
    laptop: Device, folder: Path, cli: Cli, tmp_path: Path
) -> None:
    entry = laptop.note("the garden in the morning")
    laptop.ok("sync", "setup", str(folder))
    desk = new_device(cli, tmp_path, "desk")
    join(desk, folder)

    laptop.ok("edit", entry, "the garden in the morning, with rain")
    desk.ok("edit", entry, "the garden in the morning, with sun")
    laptop.ok("sync")
    told = desk.ok("sync")
    laptop.ok("sync")

    assert "two versions" in told.out
    for device in (laptop, desk):
        conflicts = device.conflicts()
        assert len(conflicts) == 1
        values = {version.value for version in conflicts[0].versions}
        assert values == {
            "the garden in the morning, with rain",
            "the garden in the morning, with sun",
        }


def test_status_lists_devices_and_what_waits(
    laptop: Device, folder: Path, cli: Cli, tmp_path: Path
) -> None:
    laptop.ok("sync", "setup", str(folder))
    desk = new_device(cli, tmp_path, "desk")
    join(desk, folder)
    desk.note("one more thing")
    desk.ok("sync")
    laptop.note("and from here")
    arriving = folder / ROOT_NAME / "0123456789abcdef"
    arriving.mkdir()
    (arriving / "state.ksync").write_bytes(b"half of a state")

    status = laptop.ok("sync", "status")

    assert f"Shared through {folder}" in status.out
    assert status.out.count("last seen") == 2 and "(this device)" in status.out
    assert "Waiting to go out: 1 change" in status.out
    assert "Waiting to come in: 1 change" in status.out
    assert "[01234567]: its state can't be read yet" in status.out
    assert "one more thing" not in status.out + status.err


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


# --- leaving ------------------------------------------------------------------------------


def test_leave_stops_sharing_keeps_the_journal_and_frees_the_others(
    laptop: Device, folder: Path, cli: Cli, tmp_path: Path
) -> None:
    laptop.ok("sync", "setup", str(folder))
    desk = new_device(cli, tmp_path, "desk")
    join(desk, folder)
    desk.note("written on the desk")
    desk.ok("sync")

    left = desk.ok("sync", "leave")

    assert "no longer shares" in left.out and "stays here" in left.out
    assert desk.bodies() == {"written on the desk"}
    assert "sync setup FOLDER" in desk("sync").err
    laptop.note("after the desk left")
    laptop.ok("sync")
    assert "stopped sharing" in laptop.ok("sync", "status").out
    assert "Tidied" in laptop.ok("sync", "compact").out  # nobody waits for the desk
    assert "after the desk left" not in desk.bodies()


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


def test_a_journal_restored_behind_its_shared_changes_sends_nothing_and_says_so(
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

    assert "restored from an older backup" in result.err
    assert "Went out" not in result.out
    desk.ok("sync")
    assert desk.bodies() == {"kept in the backup", "shared, then lost by the restore"}


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


@pytest.mark.skipif(os.name != "posix", reason="pseudo-terminals are POSIX")
def test_join_in_a_terminal_asks_and_forgives_a_wrong_guess(
    laptop: Device, folder: Path, tmp_path: Path
) -> None:
    from tests.unit.test_cli_process import Terminal

    laptop.note("read on the train")
    laptop.ok("sync", "setup", str(folder))
    desk = tmp_path / "desk"
    terminal = Terminal("--data-dir", str(desk), "sync", "join", str(folder))
    terminal.expect("Passphrase or recovery key: ")
    terminal.type("a wrong guess\n")
    terminal.expect("doesn't open the journal shared in this folder")
    assert not desk.exists()
    terminal.expect("Passphrase or recovery key: ")
    terminal.type(PASSPHRASE + "\n")
    code, output = terminal.finish()
    assert code == 0, output
    assert "now shares the journal" in output
    assert "wrong guess" not in output and PASSPHRASE not in output  # never echoed
