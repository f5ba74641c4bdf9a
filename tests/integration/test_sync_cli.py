"""Sync through the real command line: setting up, joining, exchanging, leaving.

Data folders play the devices and one folder is shared (tests/helpers/sync_devices.py);
tests/integration/test_sync_folder_troubles.py covers a folder that is untidy or in trouble.
"""

# ruff: noqa: F811 (the shared fixtures are imported, then named as arguments)

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from kindspace.journal.journal import JournalLocation, open_journal
from kindspace.sync.folder import ROOT_NAME
from tests.helpers.cli import Cli
from tests.helpers.journals import PASSPHRASE, make_passphrase_journal
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
