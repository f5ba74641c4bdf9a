"""A journal restored from an older backup, or copied by hand to a second computer, takes a
new device id at its next exchange, so nothing written on any device is lost.

Real journals, a real folder, real backups and restores; each device on its own clock.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from kindspace.journal.backup import make_backup
from kindspace.journal.journal import Journal, JournalLocation, open_journal
from kindspace.journal.restore import restore_backup
from kindspace.sync.engine import ExchangeReport, SyncEngine
from kindspace.sync.joining import join, open_folder_keys, start_sharing
from tests.helpers.clocks import StepClock
from tests.helpers.devices import open_device
from tests.helpers.journals import PASSPHRASE

START = datetime(2026, 3, 1, 9, 0, tzinfo=timezone(timedelta(hours=1)))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "Sync").mkdir()
    return tmp_path / "Sync"


class Devices:
    """A laptop that shares and a desk that joined; either can be closed and reopened."""

    def __init__(self, tmp_path: Path, folder: Path) -> None:
        self.tmp_path = tmp_path
        self.clocks = {"laptop": StepClock(START), "desk": StepClock(START + timedelta(seconds=1))}
        self.laptop = open_device(tmp_path / "laptop", self.clocks["laptop"])
        self.laptop.entries.create(body="written before sharing began")
        # As in a journal from before sync existed: the entry has no recorded history.
        for sql in ("DELETE FROM sync_state", "DELETE FROM sync_changes"):
            self.laptop.db.execute(sql)
        self.laptop.db.execute("UPDATE sync_device SET counter = 0")
        start_sharing(self.laptop, folder)
        keys = open_folder_keys(folder, passphrase=PASSPHRASE)
        self.desk = join(
            JournalLocation(tmp_path / "desk"), folder, keys, clock=self.clocks["desk"]
        )

    def reopen(self, name: str) -> Journal:
        return open_journal(
            JournalLocation(self.tmp_path / name),
            passphrase=PASSPHRASE,
            clock=self.clocks[name],
            daily_backup=False,
        )

    def settle(self, *journals: Journal) -> list[ExchangeReport]:
        reports = []
        for _ in range(3):
            for journal in journals or (self.laptop, self.desk):
                reports.append(SyncEngine(journal).exchange())
        return reports


@pytest.fixture
def devices(tmp_path: Path, folder: Path) -> Iterator[Devices]:
    made = Devices(tmp_path, folder)
    yield made
    made.laptop.close()
    made.desk.close()


def bodies(journal: Journal) -> set[str]:
    return {entry.body for entry in journal.entries.iter_all()}


def test_a_restored_backup_takes_a_new_id_and_nothing_is_lost(devices: Devices) -> None:
    laptop, desk = devices.laptop, devices.desk
    kept = laptop.entries.create(body="kept in the backup")
    devices.settle()
    backup = make_backup(laptop, devices.tmp_path / "older.kindspace-backup")
    shared = laptop.entries.create(body="shared, then lost by the restore")
    laptop.entries.update(kept.id, body="kept, then edited before the restore")
    desk_entry = desk.entries.create(body="written on the desk meanwhile")
    devices.settle()
    old_id = laptop.sync.device_id()
    laptop.close()
    restore_backup(JournalLocation(devices.tmp_path / "laptop"), backup, laptop.data_key)
    laptop = devices.laptop = devices.reopen("laptop")
    assert shared.id not in {e.id for e in laptop.entries.iter_all()}  # the restore lost it
    laptop.entries.create(body="written after the restore")

    reports = devices.settle()

    assert reports[0].new_identity and reports[0].new_identity != old_id
    assert laptop.sync.device_id() == reports[0].new_identity
    assert not any(report.new_identity for report in reports[1:])
    everything = {
        "written before sharing began",
        "kept, then edited before the restore",
        "shared, then lost by the restore",
        "written on the desk meanwhile",
        "written after the restore",
    }
    assert bodies(laptop) == everything
    assert bodies(desk) == everything
    assert desk_entry.id in {e.id for e in laptop.entries.iter_all()}
    assert laptop.sync.conflicts() == [] and desk.sync.conflicts() == []
    # What the journal held before sharing began still counts as the old id's version: an
    # edit made after seeing it replaces it on the new id too, with no second version.
    (before,) = [e for e in desk.entries.iter_all() if e.body == "written before sharing began"]
    desk.entries.update(before.id, body="written before sharing began, edited on the desk")
    devices.settle()
    assert laptop.entries.get(before.id).body.endswith("edited on the desk")
    assert laptop.sync.conflicts() == []


def test_a_journal_put_back_by_hand_is_noticed_by_its_counters(devices: Devices) -> None:
    laptop, desk = devices.laptop, devices.desk
    laptop.entries.create(body="in the old copy")
    devices.settle()
    laptop.close()
    data = devices.tmp_path / "laptop"
    old_copy = devices.tmp_path / "laptop-copy"
    shutil.copytree(data, old_copy)
    laptop = devices.laptop = devices.reopen("laptop")
    laptop.entries.create(body="lost when the old copy came back")
    devices.settle()
    laptop.close()
    shutil.rmtree(data)
    shutil.copytree(old_copy, data)  # no restore command: the file was put back by hand
    laptop = devices.laptop = devices.reopen("laptop")
    note = laptop.entries.create(body="written on the old copy")
    laptop.entries.update(note.id, body="written on the old copy, then edited")

    reports = devices.settle()

    assert reports[0].new_identity
    expected = {
        "written before sharing began",
        "in the old copy",
        "lost when the old copy came back",
        "written on the old copy, then edited",
    }
    assert bodies(laptop) == expected and bodies(desk) == expected


def test_a_data_folder_copied_to_a_second_computer_gets_its_own_id(
    devices: Devices, tmp_path: Path
) -> None:
    laptop, desk = devices.laptop, devices.desk
    first = laptop.entries.create(body="written before the copy")
    devices.settle()
    laptop.close()
    shutil.copytree(tmp_path / "laptop", tmp_path / "second")
    devices.clocks["second"] = StepClock(START + timedelta(seconds=2))
    laptop = devices.laptop = devices.reopen("laptop")
    second = devices.reopen("second")
    try:
        assert second.sync.device_id() == laptop.sync.device_id()  # two devices, one id
        laptop.entries.create(body="on the laptop")
        laptop.entries.update(first.id, body="edited on the laptop")
        second.entries.create(body="on the second computer")
        second.entries.create(body="more on the second computer")
        second.entries.update(first.id, body="edited on the second computer")

        reports = devices.settle(laptop, second, desk)

        assert any(report.new_identity for report in reports)
        ids = {laptop.sync.device_id(), second.sync.device_id(), desk.sync.device_id()}
        assert len(ids) == 3
        expected_new = {"on the laptop", "on the second computer", "more on the second computer"}
        for journal in (laptop, second, desk):
            assert expected_new <= bodies(journal), journal.location.data_dir
            (conflict,) = journal.sync.conflicts()  # the same entry edited on both: both kept
            assert {v.value for v in conflict.versions} == {
                "edited on the laptop",
                "edited on the second computer",
            }
    finally:
        second.close()


def test_a_restore_on_a_computer_whose_folder_is_still_arriving_loses_nothing(
    devices: Devices, folder: Path
) -> None:
    laptop, desk = devices.laptop, devices.desk
    entry = laptop.entries.create(body="in the backup")
    devices.settle()
    backup = make_backup(laptop, devices.tmp_path / "older.kindspace-backup")
    laptop.entries.create(body="after the backup")
    devices.settle()
    desk.entries.update(entry.id, body="in the backup, edited on the desk")
    devices.settle(desk)
    laptop.close()
    restore_backup(JournalLocation(devices.tmp_path / "laptop"), backup, laptop.data_key)
    laptop = devices.laptop = devices.reopen("laptop")
    laptop.entries.create(body="after the restore")
    # The sync tool hasn't brought the laptop's own files back yet (a new computer).
    own = folder / "kindspace-sync" / laptop.sync.device_id()
    aside = folder.parent / "arriving-later"
    own.rename(aside)

    first = SyncEngine(laptop).exchange()
    for arrived in aside.iterdir():  # now they arrive (the newer state file stays)
        if not (own / arrived.name).exists():
            arrived.rename(own / arrived.name)
    devices.settle()

    assert first.new_identity
    expected = {
        "written before sharing began",
        "in the backup, edited on the desk",
        "after the backup",
        "after the restore",
    }
    assert bodies(laptop) == expected and bodies(desk) == expected
    assert laptop.sync.conflicts() == [] and desk.sync.conflicts() == []
