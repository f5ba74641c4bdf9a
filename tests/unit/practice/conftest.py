"""Fixtures for practice tests: the shipped exercises, and a real encrypted journal."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from kindspace.journal.journal import Journal, JournalLocation, open_journal
from kindspace.practice.definitions import ExerciseCatalog, load_exercises
from tests.helpers.clocks import StepClock
from tests.helpers.journals import PASSPHRASE, make_passphrase_journal

EVENING = datetime(2024, 5, 31, 21, 0, tzinfo=timezone(timedelta(hours=1)))


@pytest.fixture(scope="session")
def catalog() -> ExerciseCatalog:
    return load_exercises()


@pytest.fixture
def clock() -> StepClock:
    return StepClock(EVENING)


@pytest.fixture
def journal(tmp_path: Path, clock: StepClock) -> Iterator[Journal]:
    """A real SQLCipher journal, opened with its passphrase (no daily backup)."""
    location = JournalLocation(tmp_path / "journal")
    make_passphrase_journal(location.data_dir)
    opened = open_journal(location, passphrase=PASSPHRASE, clock=clock, daily_backup=False)
    yield opened
    opened.close()
