"""The hybrid clock: stamps sort as text, never go backwards, and move past what they see."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from kindspace.sync.hlc import HybridClock, make_stamp, parse_stamp, stamp_moment
from tests.helpers.clocks import StepClock

START = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def test_stamps_carry_the_wall_time_and_sort_as_text() -> None:
    clock = StepClock(START)
    hybrid = HybridClock(clock, "laptop")
    first, second = hybrid.tick(), hybrid.tick()
    assert first < second
    assert stamp_moment(first) == START + timedelta(seconds=1)
    assert parse_stamp(second) == (
        int((START + timedelta(seconds=2)).timestamp() * 1000),
        0,
        "laptop",
    )


def test_a_clock_that_jumps_back_still_gives_later_stamps() -> None:
    clock = StepClock(START)
    hybrid = HybridClock(clock, "laptop")
    before = hybrid.tick()
    clock.now = START - timedelta(days=90)
    after = hybrid.tick()
    assert after > before
    assert parse_stamp(after)[:2] == (parse_stamp(before)[0], 1)


def test_observing_a_later_stamp_orders_what_follows_after_it() -> None:
    behind = HybridClock(StepClock(START - timedelta(days=200)), "old")
    ahead = make_stamp(int(START.timestamp() * 1000), 7, "desk")
    behind.observe(ahead)
    assert behind.tick() > ahead.replace("desk", "old")
    assert behind.tick().startswith(ahead[:14])


def test_state_survives_through_its_last_stamp() -> None:
    clock = StepClock(START)
    first = HybridClock(clock, "laptop")
    first.observe(make_stamp(int(START.timestamp() * 1000) + 10**9, 3, "desk"))
    again = HybridClock(clock, "laptop", first.last)
    assert again.tick() > first.last


@pytest.mark.parametrize(
    "bad", ["", "12-3-x", "0000000000001-00001-", "0000000000001-00001-A-B", 5]
)
def test_anything_but_a_stamp_is_refused(bad: object) -> None:
    with pytest.raises(ValueError):
        parse_stamp(bad)  # type: ignore[arg-type]
