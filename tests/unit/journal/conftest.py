"""Fixtures for the journal store: a real SQLCipher database in a temporary folder."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from kindspace.clock import Clock
from kindspace.journal.database import Database, open_encrypted
from kindspace.journal.drafts import DraftStore, SettingsStore
from kindspace.journal.entries import EntryRepository
from kindspace.journal.migrations import migrate
from tests.helpers.clocks import StepClock

LISBON_SUMMER = timezone(timedelta(hours=1))


@pytest.fixture
def data_key() -> bytes:
    return secrets.token_bytes(32)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "journal" / "journal.db"


@pytest.fixture
def db(db_path: Path, data_key: bytes, clock: Clock) -> Iterator[Database]:
    database = open_encrypted(db_path, data_key, create=True)
    migrate(database, clock)
    yield database
    database.conn.close()


@pytest.fixture
def clock() -> StepClock:
    return StepClock(datetime(2024, 5, 31, 21, 0, tzinfo=LISBON_SUMMER))


@pytest.fixture
def entries(db: Database, clock: Clock) -> EntryRepository:
    return EntryRepository(db, clock)


@pytest.fixture
def drafts(db: Database, clock: Clock) -> DraftStore:
    return DraftStore(db, clock)


@pytest.fixture
def settings(db: Database) -> SettingsStore:
    return SettingsStore(db)
