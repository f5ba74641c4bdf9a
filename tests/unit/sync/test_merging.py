"""Merging another kindspace file (a backup, a data folder) into a journal, by the sync rules.

Real journals, real backups made by the backup code, a real copy restored elsewhere; each
journal on its own stepping clock.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from kindspace.errors import DamagedJournal, WrongSecret
from kindspace.journal.backup import make_backup
from kindspace.journal.backup_listing import backup_key_file
from kindspace.journal.journal import Journal, JournalLocation, open_journal
from kindspace.journal.restore import restore_backup
from kindspace.sync.engine import SyncEngine
from kindspace.sync.joining import join, open_folder_keys, start_sharing
from kindspace.sync.merging import merge_file
from tests.helpers.clocks import StepClock
from tests.helpers.devices import journal_state, open_device
from tests.helpers.journals import PASSPHRASE, make_passphrase_journal

START = datetime(2026, 3, 1, 9, 0, tzinfo=timezone(timedelta(hours=1)))


@pytest.fixture
def home(tmp_path: Path) -> Iterator[Journal]:
    journal = open_device(tmp_path / "home", StepClock(START))
    yield journal
    journal.close()


def bodies(journal: Journal) -> set[str]:
    return {entry.body for entry in journal.entries.iter_all()}


def copy_elsewhere(backup: Path, where: Path, clock: StepClock) -> Journal:
    """The backup restored into another data folder, as on another computer."""
    where.mkdir()
    shutil.copy(backup_key_file(backup), JournalLocation(where).key_file)
    restore_backup(JournalLocation(where), backup, _data_key(where))
    return open_journal(
        JournalLocation(where), passphrase=PASSPHRASE, clock=clock, daily_backup=False
    )


def _data_key(where: Path) -> bytes:
    from kindspace.journal.restore import unlock_data_key

    return unlock_data_key(JournalLocation(where), passphrase=PASSPHRASE)


def test_an_entry_deleted_since_the_backup_stays_deleted(home: Journal, tmp_path: Path) -> None:
    home.entries.create(body="kept all along")
    gone = home.entries.create(body="deleted after the backup")
    backup = make_backup(home, tmp_path / "older.kindspace-backup")
    home.entries.delete(gone.id)
    home.entries.create(body="written after the backup")
    before = journal_state(home)

    report = merge_file(home, backup)

    assert report.nothing
    assert journal_state(home) == before  # the deletion had seen the backup's version
    assert bodies(home) == {"kept all along", "written after the backup"}


def test_an_entry_edited_on_both_sides_keeps_both_versions(home: Journal, tmp_path: Path) -> None:
    shared = home.entries.create(body="the first words")
    home.entries.create(body="only here")
    backup = make_backup(home, tmp_path / "older.kindspace-backup")
    elsewhere = copy_elsewhere(
        backup, tmp_path / "elsewhere", StepClock(START + timedelta(hours=1))
    )
    elsewhere.entries.update(shared.id, body="the first words, rewritten elsewhere")
    elsewhere.entries.create(body="written only elsewhere")
    elsewhere.close()
    home.entries.update(shared.id, body="the first words, rewritten here")

    report = merge_file(home, tmp_path / "elsewhere")

    assert (report.added, report.conflicts) == (1, 1)
    (conflict,) = home.sync.conflicts()
    assert conflict.entry_id == shared.id
    assert {version.value for version in conflict.versions} == {
        "the first words, rewritten elsewhere",
        "the first words, rewritten here",
    }
    assert "written only elsewhere" in bodies(home) and "only here" in bodies(home)
    assert merge_file(home, tmp_path / "elsewhere").nothing  # merging twice adds nothing


def test_an_edit_elsewhere_beats_a_delete_here(home: Journal, tmp_path: Path) -> None:
    entry = home.entries.create(body="a note")
    backup = make_backup(home, tmp_path / "older.kindspace-backup")
    elsewhere = copy_elsewhere(
        backup, tmp_path / "elsewhere", StepClock(START + timedelta(hours=1))
    )
    elsewhere.entries.update(entry.id, body="a note, kept and edited elsewhere")
    elsewhere.close()
    home.entries.delete(entry.id)

    report = merge_file(home, tmp_path / "elsewhere")

    assert report.added == 1
    assert bodies(home) == {"a note, kept and edited elsewhere"}


def test_another_journal_needs_its_own_secret_and_a_wrong_one_changes_nothing(
    home: Journal, tmp_path: Path
) -> None:
    home.entries.create(body="mine")
    other_dir = tmp_path / "friend-of-mine"
    make_passphrase_journal(other_dir, passphrase="a different passphrase")
    with open_journal(
        JournalLocation(other_dir), passphrase="a different passphrase", daily_backup=False
    ) as other:
        other.entries.create(body="from the other journal")
    before = journal_state(home)

    for wrong in ({}, {"passphrase": PASSPHRASE}, {"passphrase": "not it"}):
        with pytest.raises(WrongSecret):
            merge_file(home, other_dir, **wrong)
        assert journal_state(home) == before

    report = merge_file(home, other_dir, passphrase="a different passphrase")
    assert report.added == 1 and bodies(home) == {"mine", "from the other journal"}
    assert not list(home.location.data_dir.glob(".merging-*"))  # the copy is gone


@pytest.mark.parametrize("damage", ["truncated", "scrambled"])
def test_a_damaged_file_is_said_kindly_and_changes_nothing(
    home: Journal, tmp_path: Path, damage: str
) -> None:
    home.entries.create(body="mine")
    backup = make_backup(home, tmp_path / "older.kindspace-backup")
    home.entries.create(body="after the backup")
    data = bytearray(backup.read_bytes())
    if damage == "truncated":
        data = data[: len(data) // 3]
    else:
        data[4096:8192] = bytes(4096)
    backup.write_bytes(bytes(data))
    before = journal_state(home)

    with pytest.raises(DamagedJournal) as raised:
        merge_file(home, backup)

    assert "Nothing was changed" in str(raised.value)
    assert journal_state(home) == before
    assert not list(home.location.data_dir.glob(".merging-*"))


def test_what_was_merged_reaches_the_other_devices(home: Journal, tmp_path: Path) -> None:
    folder = tmp_path / "Sync"
    folder.mkdir()
    start_sharing(home, folder)
    keys = open_folder_keys(folder, passphrase=PASSPHRASE)
    desk = join(JournalLocation(tmp_path / "desk"), folder, keys, clock=StepClock(START))
    try:
        other_dir = tmp_path / "other"
        make_passphrase_journal(other_dir)
        with open_journal(
            JournalLocation(other_dir), passphrase=PASSPHRASE, daily_backup=False
        ) as other:
            other.entries.create(body="from a journal kept elsewhere", tags=["old"])
            other.entries.create(body="and a second one")
        merge_file(home, other_dir, passphrase=PASSPHRASE)
        for _ in range(2):
            SyncEngine(home).exchange()
            SyncEngine(desk).exchange()
        assert bodies(desk) == {"from a journal kept elsewhere", "and a second one"}
        assert journal_state(desk) == journal_state(home)
    finally:
        desk.close()
