"""The journal side's promises: all or nothing, recorded with the write, snapshots, devices."""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from kindspace.errors import KindspaceError
from kindspace.journal import migrations
from kindspace.journal.database import open_encrypted
from kindspace.journal.entries import EntryRepository
from kindspace.journal.journal import Journal
from kindspace.journal.models import Entry
from kindspace.sync.changes import Change
from kindspace.sync.log import SyncLog
from tests.helpers.clocks import StepClock
from tests.helpers.devices import exchange, journal_state, send

ZONE = timezone(timedelta(hours=1))


def _count(journal: Journal, table: str) -> int:
    return int(journal.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_every_write_is_recorded_in_its_own_transaction(laptop: Journal) -> None:
    entry = laptop.entries.create(body="a")
    laptop.entries.update(entry.id, body="b")
    laptop.entries.update(entry.id, body="b")  # only the time it was saved changes
    laptop.entries.delete(entry.id)
    kinds = [(c.counter, c.kind, sorted(c.fields)) for c in laptop.sync.local_changes_after(0)]
    assert kinds[0][:2] == (1, "entry") and "body" in kinds[0][2]
    assert kinds[1:] == [(2, "entry", ["body", "updated"]), (3, "entry", ["updated"]),
                         (4, "entry", ["deleted"])]  # fmt: skip
    assert laptop.sync.local_changes_after(3)[0].fields == {"deleted": True}


def test_a_write_whose_change_cannot_be_recorded_is_not_made(laptop: Journal) -> None:
    laptop.db.execute(
        "CREATE TEMP TRIGGER refuse BEFORE INSERT ON sync_changes "
        "BEGIN SELECT RAISE(ABORT, 'no room'); END"
    )
    with pytest.raises(KindspaceError):
        laptop.entries.create(body="never half saved")
    assert laptop.entries.count() == 0
    assert _count(laptop, "sync_state") == 0


def test_apply_is_all_or_nothing_on_a_bad_value(laptop: Journal, desk: Journal) -> None:
    laptop.entries.create(body="fine")
    bad_entry = laptop.entries.create(body="will be damaged")
    good, bad = laptop.sync.local_changes_after(0)
    damaged = Change(bad.device_id, bad.counter, bad.stamp, bad.kind, bad.target_id,
                     {**bad.fields, "day": "2026-13-45"}, bad.base)  # fmt: skip
    with pytest.raises(ValueError):
        desk.sync.apply([good, damaged])
    assert desk.entries.count() == 0
    assert desk.sync.applied_counters() == {}
    assert _count(desk, "sync_state") == 0
    send(laptop, desk)  # the real changes still apply afterwards
    assert desk.entries.get(bad_entry.id).body == "will be damaged"


def test_apply_is_all_or_nothing_on_a_failing_write(laptop: Journal, desk: Journal) -> None:
    laptop.entries.create(body="first")
    second = laptop.entries.create(body="second")
    desk.db.execute(
        "CREATE TEMP TRIGGER fail AFTER INSERT ON entries WHEN new.id = "
        f"'{second.id}' BEGIN SELECT RAISE(ABORT, 'disk trouble'); END"
    )
    with pytest.raises(KindspaceError):
        send(laptop, desk)
    assert desk.entries.count() == 0
    assert desk.sync.applied_counters() == {}
    desk.db.execute("DROP TRIGGER fail")
    assert send(laptop, desk).applied == 2


def test_a_damaged_change_is_refused_before_anything_applies(laptop: Journal) -> None:
    laptop.entries.create(body="x")
    data = laptop.sync.local_changes_after(0)[0].to_json()
    data["fields"] = "not fields"
    with pytest.raises(ValueError):
        Change.from_json(data)


def test_a_new_device_joins_from_a_snapshot(laptop: Journal, desk: Journal, tmp_path: Path) -> None:
    kept = laptop.entries.create(body="kept", tags=["work"])
    gone = laptop.entries.create(body="gone")
    laptop.entries.delete(gone.id)
    laptop.entries.rename_tag("work", "job")
    laptop.own_exercises.save("own_walk", {"title": "Walk"})
    snapshot, covered = laptop.sync.snapshot_with_counters()
    assert covered == {laptop.sync.device_id(): 5}
    report = desk.sync.apply(snapshot, counters_covered=covered)
    assert report.conflicts == 0
    assert journal_state(desk) == journal_state(laptop)
    assert desk.entries.get(kept.id).tags == ("job",)
    assert send(laptop, desk).applied == 0  # everything was in the snapshot
    laptop.entries.update(kept.id, body="kept, and changed")
    desk.entries.update(kept.id, title="titled at the desk")
    exchange(laptop, desk)
    assert journal_state(desk) == journal_state(laptop)
    assert journal_state(desk)["conflicts"] == []
    again = desk.sync.apply(laptop.sync.snapshot())  # a snapshot applied twice changes nothing
    assert again.conflicts == 0
    assert journal_state(desk) == journal_state(laptop)


def test_an_existing_journal_migrates_and_its_past_counts_as_one_version(tmp_path: Path) -> None:
    clock = StepClock(datetime(2025, 1, 1, 8, 0, tzinfo=ZONE))
    key = secrets.token_bytes(32)
    db = open_encrypted(tmp_path / "old" / "journal.db", key, create=True)
    old_steps = migrations.MIGRATIONS[:4]
    for step in old_steps:  # a journal as the previous version left it
        db.execute("BEGIN")
        step.apply(db)
        db.execute(f"PRAGMA user_version = {step.number}")
        db.execute("COMMIT")
    entry = Entry("e-old", clock().date(), clock(), clock(), body="from last year", tags=("old",))
    row = entry.to_row()
    db.execute(
        f"INSERT INTO entries ({', '.join(row)}) VALUES ({', '.join(':' + n for n in row)})", row
    )
    assert migrations.migrate(db, clock) == migrations.LATEST_VERSION
    assert db.execute("SELECT count(*) FROM sync_state").fetchone()[0] == 0  # nothing seeded
    old = SyncLog(db, clock)
    assert old.local_changes_after(0) == []
    new_db = open_encrypted(tmp_path / "new" / "journal.db", secrets.token_bytes(32), create=True)
    migrations.migrate(new_db, clock)
    new = SyncLog(new_db, clock)
    new.apply(old.snapshot())
    assert EntryRepository(new_db).get("e-old") == entry
    EntryRepository(db, clock).update("e-old", title="changed on the old device")
    assert new.apply(old.local_changes_after(0)).conflicts == 0
    assert EntryRepository(new_db).get("e-old").title == "changed on the old device"
    db.conn.close()
    new_db.conn.close()


def test_devices_seen_are_remembered(laptop: Journal, desk: Journal) -> None:
    laptop.entries.create(body="x")
    send(laptop, desk)
    desk.sync.note_device_seen(
        laptop.sync.device_id(), {desk.sync.device_id(): 0}, "2026-03-01T09:00:00Z"
    )
    desk.sync.note_device_seen(
        laptop.sync.device_id(), {desk.sync.device_id(): 2}, "2026-03-02T09:00:00Z"
    )
    mine, other = desk.sync.devices()
    assert mine.this_device and mine.device_id == desk.sync.device_id()
    assert mine.counters == {laptop.sync.device_id(): 1, desk.sync.device_id(): 0}
    assert (other.device_id, other.counters, other.last_seen) == (
        laptop.sync.device_id(), {desk.sync.device_id(): 2}, "2026-03-02T09:00:00Z"
    )  # fmt: skip


def test_own_changes_can_be_forgotten_after_compaction(laptop: Journal) -> None:
    for word in ("a", "b", "c"):
        laptop.entries.create(body=word)
    assert laptop.sync.forget_local_changes_through(2) == 2
    assert [c.counter for c in laptop.sync.local_changes_after(0)] == [3]
    laptop.entries.create(body="d")
    assert [c.counter for c in laptop.sync.local_changes_after(0)] == [3, 4]
