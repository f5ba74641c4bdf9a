"""Three real journals exchanging through one folder with the engine, as the app does.

Each device has its own stepping clock, so one can lag far behind; the folder is a plain
folder in which the tests play the sync tool: copying files, cutting them short, delivering
them late or twice.
"""

from __future__ import annotations

import dataclasses
import shutil
import threading
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from kindspace.journal.journal import Journal, JournalLocation
from kindspace.practice.own_exercises import OwnExerciseForm, save_own_exercise
from kindspace.sync.bundles import BundleKind, BundleName
from kindspace.sync.compaction import Compactor
from kindspace.sync.engine import ExchangeReport, NotSharing, SyncEngine
from kindspace.sync.folder import ROOT_NAME
from kindspace.sync.joining import join, open_folder_keys, start_sharing
from kindspace.sync.settings import load_settings
from tests.helpers.clocks import StepClock
from tests.helpers.devices import journal_state, open_device
from tests.helpers.journals import PASSPHRASE

START = datetime(2026, 3, 1, 9, 0, tzinfo=timezone(timedelta(hours=1)))
FORM = OwnExerciseForm(title="Three breaths", steps=("Breathe in, and out.",))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "Sync").mkdir()
    return tmp_path / "Sync"


@pytest.fixture
def devices(tmp_path: Path, folder: Path) -> Iterator[list[Journal]]:
    """A laptop sharing, and a desk and a travel laptop that joined from the folder."""
    laptop = open_device(tmp_path / "laptop", StepClock(START))
    laptop.entries.create(body="written before sharing began", tags=["old"])
    start_sharing(laptop, folder)
    opened = [laptop]
    for offset, name in ((timedelta(milliseconds=300), "desk"), (-timedelta(days=40), "travel")):
        keys = open_folder_keys(folder, passphrase=PASSPHRASE)
        device = join(
            JournalLocation(tmp_path / name), folder, keys, clock=StepClock(START + offset)
        )
        opened.append(device)
        exchange(device)
    try:
        yield opened
    finally:
        for journal in opened:
            journal.close()


def exchange(*journals: Journal) -> ExchangeReport:
    report = ExchangeReport()
    for journal in journals:
        report = SyncEngine(journal).exchange()
    return report


def settle(*journals: Journal) -> None:
    for _ in range(3):
        exchange(*journals)


def changes_files(folder: Path) -> list[Path]:
    return sorted(
        path
        for path in (folder / ROOT_NAME).rglob("*.ksync")
        if (name := BundleName.parse(path.name)) and name.kind is BundleKind.CHANGES
    )


def test_joined_devices_hold_the_whole_journal(devices: list[Journal]) -> None:
    laptop, desk, travel = devices
    assert journal_state(desk) == journal_state(laptop) == journal_state(travel)
    assert {e.body for e in desk.entries.iter_all()} == {"written before sharing began"}
    ids = {journal.sync.device_id() for journal in devices}
    assert len(ids) == 3  # one journal, three devices


def test_every_kind_of_change_converges(devices: list[Journal]) -> None:
    laptop, desk, travel = devices
    kept = laptop.entries.create(body="a quiet harbour", tags=["sea"])
    gone = desk.entries.create(body="to be let go")
    settle(*devices)
    travel.entries.rename_tag("sea", "coast")
    desk.entries.delete(gone.id)
    laptop.entries.update(kept.id, title="Harbour")
    own_id = save_own_exercise(desk, FORM)
    settle(*devices)
    assert journal_state(laptop) == journal_state(desk) == journal_state(travel)
    assert travel.own_exercises.get(own_id) is not None
    entry = travel.entries.get(kept.id)
    assert (entry.title, entry.tags) == ("Harbour", ("coast",))


def test_concurrent_edits_of_the_same_text_are_kept_on_every_device(devices: list[Journal]) -> None:
    laptop, _, travel = devices
    entry = laptop.entries.create(body="the first version")
    settle(*devices)
    laptop.entries.update(entry.id, body="changed on the laptop")
    travel.entries.update(entry.id, body="changed on the travel laptop, whose clock is behind")
    report = exchange(laptop, travel)
    settle(*devices)
    assert report.conflicts == 1
    for journal in devices:
        (conflict,) = journal.sync.conflicts()
        assert {v.value for v in conflict.versions} == {
            "changed on the laptop",
            "changed on the travel laptop, whose clock is behind",
        }


def test_conflict_copies_of_every_file_change_nothing(devices: list[Journal], folder: Path) -> None:
    laptop, desk, travel = devices
    for number in range(3):
        laptop.entries.create(body=f"laptop {number}")
        exchange(laptop)
    for path in list((folder / ROOT_NAME).rglob("*")):
        if path.is_file():
            for copy in (
                f"{path.name.removesuffix('.ksync')}.sync-conflict-20260301-090000-ABC.ksync",
                f"{path.name.removesuffix('.ksync')} (laptop's conflicted copy).ksync",
                f"{path.name.removesuffix('.ksync')} (1).ksync",
            ):
                shutil.copy(path, path.with_name(copy))
    report = exchange(desk)
    assert report.received == 3 and not report.unreadable
    assert exchange(desk).received == 0  # duplicates apply once
    settle(*devices)
    assert journal_state(desk) == journal_state(laptop) == journal_state(travel)


def test_bundles_that_arrive_late_or_out_of_order_wait_their_turn(
    devices: list[Journal], folder: Path, tmp_path: Path
) -> None:
    laptop, desk, _ = devices
    held = tmp_path / "in-transit"
    held.mkdir()
    for number in range(3):
        laptop.entries.create(body=f"note {number}")
        exchange(laptop)
    first = changes_files(folder)[0]
    shutil.move(first, held / first.name)  # the sync tool delivers the first one last
    report = exchange(desk)
    assert report.received == 0 and report.waiting
    shutil.move(held / first.name, first)
    assert exchange(desk).received == 3
    assert journal_state(desk) == journal_state(laptop)


def test_a_bundle_cut_short_is_retried_and_never_half_applied(
    devices: list[Journal], folder: Path
) -> None:
    laptop, desk, _ = devices
    for number in range(2):
        laptop.entries.create(body=f"note {number}")
    exchange(laptop)
    (bundle,) = changes_files(folder)
    whole = bundle.read_bytes()
    for cut in (0, 10, len(whole) // 2, len(whole) - 1):
        bundle.write_bytes(whole[:cut])
        report = exchange(desk)
        assert report.received == 0 and report.unreadable
        assert desk.entries.count() == 1  # only what was there before
    bundle.write_bytes(whole)
    assert exchange(desk).received == 2


def test_a_bundle_moved_into_another_devices_folder_is_not_applied(
    devices: list[Journal], folder: Path
) -> None:
    laptop, desk, travel = devices
    laptop.entries.create(body="only the laptop wrote this")
    exchange(laptop)
    (bundle,) = changes_files(folder)
    travel_dir = folder / ROOT_NAME / travel.sync.device_id()
    shutil.copy(bundle, travel_dir / bundle.name)
    bundle.unlink()
    report = exchange(desk)
    assert report.received == 0 and travel.sync.device_id() in report.waiting
    assert "only the laptop wrote this" not in {e.body for e in desk.entries.iter_all()}


def test_a_device_away_for_months_still_merges_after_tidying(
    devices: list[Journal], folder: Path
) -> None:
    laptop, desk, travel = devices
    for number in range(5):
        laptop.entries.create(body=f"laptop {number}")
        desk.entries.create(body=f"desk {number}")
        exchange(laptop, desk)
    exchange(laptop, desk)
    Compactor(SyncEngine(laptop)).compact()
    assert len(changes_files(folder)) == 10  # the travel laptop has seen none of them
    travel.entries.create(body="written while away")
    report = exchange(travel)
    assert report.received == 10
    settle(*devices)
    Compactor(SyncEngine(desk)).compact()
    assert changes_files(folder) == []
    assert journal_state(laptop) == journal_state(desk) == journal_state(travel)
    assert laptop.entries.count() == 12


def test_a_device_that_missed_tidied_changes_catches_up_from_the_snapshot(
    devices: list[Journal], folder: Path
) -> None:
    laptop, desk, travel = devices
    SyncEngine(travel).leave()  # gone from the folder's point of view
    for number in range(3):
        laptop.entries.create(body=f"laptop {number}")
        exchange(laptop, desk)
    exchange(laptop)
    Compactor(SyncEngine(laptop)).compact()
    assert changes_files(folder) == []
    with pytest.raises(NotSharing):
        SyncEngine(travel)
    start_sharing(travel, folder)  # comes back to the same folder
    report = exchange(travel)
    assert report.from_snapshot and not report.waiting
    assert {f"laptop {n}" for n in range(3)} <= {e.body for e in travel.entries.iter_all()}
    settle(*devices)
    assert journal_state(travel) == journal_state(laptop)


def test_two_devices_tidying_at_once_never_remove_every_snapshot(
    devices: list[Journal], folder: Path
) -> None:
    laptop, desk, _ = devices
    laptop.entries.create(body="one")
    settle(*devices)
    # Both write their snapshot before either sees the other's (a slow sync tool), then
    # both remove what theirs makes unnecessary.
    tidiers = [Compactor(SyncEngine(journal)) for journal in (laptop, desk)]
    written = [tidier.write_snapshot() for tidier in tidiers]
    for tidier, (snapshot, name) in zip(tidiers, written, strict=True):
        known = [SyncEngine(j).own_state() for j in devices]
        tidier._remove_covered(snapshot, name, known)
    assert len(list((folder / ROOT_NAME).rglob("snapshot-*.ksync"))) == 1
    late = open_folder_keys(folder, passphrase=PASSPHRASE)
    assert late.key_file.journal_id == laptop.journal_id


def test_an_exchange_runs_on_a_worker_thread_over_its_own_connection(
    devices: list[Journal],
) -> None:
    """As the app will: the window keeps its connection, the worker opens its own."""
    laptop, desk, _ = devices
    laptop.entries.create(body="written in the window")
    reports: list[ExchangeReport] = []
    problems: list[BaseException] = []

    def work() -> None:
        try:
            with laptop.on_own_connection() as own:
                reports.append(SyncEngine(own).exchange())
        except BaseException as error:  # handed to the test's thread to fail there
            problems.append(error)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    assert not problems
    assert reports[0].sent == 1
    assert SyncEngine(laptop).status().to_send == 0  # the window's connection sees it
    assert exchange(desk).received == 1


def test_tidying_by_itself_waits_quietly_for_an_absent_device(
    devices: list[Journal], folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("kindspace.sync.compaction.TIDY_AFTER_BUNDLES", 2)
    laptop, desk, travel = devices
    snapshots = sorted((folder / ROOT_NAME).rglob("snapshot-*.ksync"))
    for number in range(4):
        laptop.entries.create(body=f"note {number}")
        exchange(laptop, desk)
    assert sorted((folder / ROOT_NAME).rglob("snapshot-*.ksync")) == snapshots  # no new one
    assert len(changes_files(folder)) == 4
    exchange(travel, laptop)
    assert changes_files(folder) == []  # everyone has them now: tidied by itself
    assert exchange(desk).tidied == 0
    settle(*devices)
    assert journal_state(desk) == journal_state(travel) == journal_state(laptop)


def test_a_journal_without_a_whole_snapshot_never_writes_one(
    devices: list[Journal], folder: Path
) -> None:
    """It may lack what the journal held before sync began; its snapshot would hide that."""
    _, desk, _ = devices
    settings = load_settings(desk)
    assert settings is not None and settings.has_baseline
    before = sorted((folder / ROOT_NAME).rglob("snapshot-*.ksync"))
    without = SyncEngine(desk, dataclasses.replace(settings, has_baseline=False))
    assert Compactor(without).compact() == 0
    assert sorted((folder / ROOT_NAME).rglob("snapshot-*.ksync")) == before
