"""Schema steps run once, in order, and a newer journal is left alone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from kindspace.clock import Clock
from kindspace.errors import DamagedJournal
from kindspace.journal.database import Database
from kindspace.journal.migrations import LATEST_VERSION, MIGRATIONS, migrate, schema_version
from tests.helpers.clocks import StepClock


def _table_names(db: Database) -> list[str]:
    rows = db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    return [row[0] for row in rows]


def test_a_fresh_journal_reaches_the_latest_version(db: Database) -> None:
    assert schema_version(db) == LATEST_VERSION
    recorded = [row[0] for row in db.execute("SELECT number FROM schema_migrations ORDER BY 1")]
    assert recorded == [migration.number for migration in MIGRATIONS]


def test_migrating_twice_changes_nothing(db: Database, clock: Clock) -> None:
    tables_before = _table_names(db)
    assert migrate(db, clock) == LATEST_VERSION
    assert _table_names(db) == tables_before


def test_each_step_is_dated_by_the_journals_clock(db: Database, clock: StepClock) -> None:
    """The record of when a step ran uses the clock the rest of the journal uses."""
    applied = [row[0] for row in db.execute("SELECT applied_utc FROM schema_migrations")]
    first_reading = datetime(2024, 5, 31, 20, 0, 1, tzinfo=UTC)
    assert applied == [
        (first_reading + timedelta(seconds=step)).isoformat() for step in range(len(applied))
    ]
    assert clock.now == first_reading + timedelta(seconds=len(applied) - 1)


def test_versions_are_numbered_in_order() -> None:
    numbers = [migration.number for migration in MIGRATIONS]
    assert numbers == list(range(1, len(numbers) + 1))


def test_a_journal_from_a_newer_kindspace_is_not_touched(db: Database, clock: Clock) -> None:
    db.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    with pytest.raises(DamagedJournal, match="newer version"):
        migrate(db, clock)
    assert schema_version(db) == LATEST_VERSION + 1


def test_a_step_that_fails_halfway_leaves_the_previous_version(
    db: Database, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kindspace.journal import migrations

    def half_done(database: Database) -> None:
        database.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("power cut, as far as this step knows")

    broken = migrations.Migration(LATEST_VERSION + 1, "breaks halfway", half_done)
    monkeypatch.setattr(migrations, "MIGRATIONS", (*MIGRATIONS, broken))
    monkeypatch.setattr(migrations, "LATEST_VERSION", LATEST_VERSION + 1)
    with pytest.raises(RuntimeError):
        migrations.migrate(db, clock)
    assert schema_version(db) == LATEST_VERSION
    assert "half_done" not in _table_names(db)


def test_the_state_record_reads_indexes_not_every_entry(db: Database) -> None:
    """Opening and every save read the count and the newest change; a scan of the entries
    table would decrypt every page of the journal each time."""
    plans = [
        " ".join(row[3] for row in db.execute(f"EXPLAIN QUERY PLAN {query}"))
        for query in ("SELECT count(*) FROM entries", "SELECT max(updated_utc) FROM entries")
    ]
    assert all("INDEX" in plan for plan in plans), plans
    assert "entries_by_update" in plans[1]
