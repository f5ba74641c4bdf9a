"""Two real journals on two pinned clocks: a laptop and a desktop of the same person."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from kindspace.journal.journal import Journal
from tests.helpers.clocks import StepClock
from tests.helpers.devices import open_device

START = datetime(2026, 3, 1, 9, 0, tzinfo=timezone(timedelta(hours=1)))


@pytest.fixture
def laptop_clock() -> StepClock:
    return StepClock(START)


@pytest.fixture
def desk_clock() -> StepClock:
    return StepClock(START + timedelta(milliseconds=300))


@pytest.fixture
def laptop(tmp_path: Path, laptop_clock: StepClock) -> Iterator[Journal]:
    journal = open_device(tmp_path / "laptop", laptop_clock)
    yield journal
    journal.close()


@pytest.fixture
def desk(tmp_path: Path, desk_clock: StepClock) -> Iterator[Journal]:
    journal = open_device(tmp_path / "desk", desk_clock)
    yield journal
    journal.close()
