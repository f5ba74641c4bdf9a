"""Reminder state: each thing a person can do is one pure step, and all of it survives a restart."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kindspace.errors import InvalidInput
from kindspace.reminders.state import (
    MAX_SNOOZE_MINUTES,
    ReminderState,
    is_paused,
    mark_shown,
    not_today,
    pause_for,
    pause_until_resumed,
    pause_until_tomorrow,
    resume,
    snooze,
    trusted_handled_through,
    trusted_snooze,
)

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2024, 6, 3, 10, 0, tzinfo=BERLIN)


def test_a_fresh_state_has_nothing_pending() -> None:
    state = ReminderState()
    assert not is_paused(state, NOW)
    assert state.snoozed_until is None and state.handled_through is None
    assert ReminderState.from_dict({}) == state


def test_moments_are_kept_in_utc() -> None:
    state = mark_shown(ReminderState(), NOW)
    assert state.last_shown_at is not None and state.last_shown_at.tzinfo is UTC
    assert state.last_shown_at == NOW
    assert state.to_dict()["last_shown_at"] == "2024-06-03T08:00:00+00:00"


def test_mark_shown_uses_up_a_snooze_and_turns_the_phrase() -> None:
    state = mark_shown(snooze(ReminderState(), NOW, 10), NOW + timedelta(minutes=10))
    assert state.snoozed_until is None
    assert state.phrase_rotation == 1
    assert state.handled_through == NOW + timedelta(minutes=10)


def test_handled_through_never_moves_back() -> None:
    state = mark_shown(ReminderState(), NOW)
    earlier = mark_shown(state, NOW - timedelta(hours=2))  # the clock was set back
    assert earlier.handled_through == NOW


def test_handled_through_from_far_ahead_is_not_trusted() -> None:
    ahead = ReminderState(handled_through=NOW + timedelta(days=3))
    assert trusted_handled_through(ahead, NOW) is None
    assert mark_shown(ahead, NOW).handled_through == NOW
    near = ReminderState(handled_through=NOW + timedelta(hours=3))
    assert trusted_handled_through(near, NOW) == NOW + timedelta(hours=3)


@pytest.mark.parametrize("minutes", [10, 30, 60])
def test_snooze_for_the_offered_lengths(minutes: int) -> None:
    state = snooze(ReminderState(), NOW, minutes)
    assert state.snoozed_until == NOW + timedelta(minutes=minutes)
    assert trusted_snooze(state, NOW) == state.snoozed_until
    assert trusted_snooze(state, NOW - timedelta(days=1)) is None  # clock set back a day


@pytest.mark.parametrize("minutes", [0, -5, MAX_SNOOZE_MINUTES + 1, True])
def test_impossible_snoozes_are_refused_kindly(minutes: int) -> None:
    with pytest.raises(InvalidInput, match="can wait between"):
        snooze(ReminderState(), NOW, minutes)


def test_pause_for_an_hour() -> None:
    state = pause_for(snooze(ReminderState(), NOW, 10), NOW, 1)
    assert state.snoozed_until is None
    assert is_paused(state, NOW + timedelta(minutes=59))
    assert not is_paused(state, NOW + timedelta(hours=1))


@pytest.mark.parametrize("hours", [0, -1, 24 * 8, True])
def test_impossible_pauses_are_refused_kindly(hours: float) -> None:
    with pytest.raises(InvalidInput, match="pause"):
        pause_for(ReminderState(), NOW, hours)


def test_pause_until_tomorrow_ends_at_the_next_local_midnight() -> None:
    state = pause_until_tomorrow(ReminderState(), datetime(2024, 6, 3, 23, 59, tzinfo=BERLIN))
    assert state.paused_until == datetime(2024, 6, 4, 0, 0, tzinfo=BERLIN)


def test_pause_until_tomorrow_where_midnight_does_not_exist() -> None:
    # Sao Paulo moved its clocks from 00:00 straight to 01:00 on 4 November 2018.
    sao_paulo = ZoneInfo("America/Sao_Paulo")
    state = pause_until_tomorrow(ReminderState(), datetime(2018, 11, 3, 20, 0, tzinfo=sao_paulo))
    assert state.paused_until is not None
    assert state.paused_until.astimezone(sao_paulo).replace(tzinfo=None) == datetime(2018, 11, 4, 1)


def test_pause_until_resumed_and_resume() -> None:
    state = pause_until_resumed(ReminderState(), NOW)
    assert is_paused(state, NOW + timedelta(days=300))
    resumed = resume(state, NOW + timedelta(hours=2))
    assert not is_paused(resumed, NOW + timedelta(hours=2))
    assert resumed.handled_through == NOW + timedelta(hours=2)


def test_a_new_pause_replaces_the_old_one() -> None:
    state = pause_for(pause_until_resumed(ReminderState(), NOW), NOW, 1)
    assert not state.paused_until_resumed
    assert not is_paused(state, NOW + timedelta(hours=2))


def test_not_today_remembers_the_local_day() -> None:
    late = datetime(2024, 6, 3, 23, 30, tzinfo=BERLIN)  # 21:30 UTC, still the 3rd
    assert not_today(ReminderState(), late).not_today == date(2024, 6, 3)


moments = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)
)


@given(
    st.one_of(st.none(), moments),
    st.one_of(st.none(), moments),
    st.booleans(),
    st.one_of(st.none(), moments),
    st.one_of(st.none(), moments),
    st.one_of(st.none(), st.dates()),
    st.integers(0, 10**6),
)
def test_state_round_trips_through_its_dict(
    snoozed: datetime | None,
    paused: datetime | None,
    indefinitely: bool,
    shown: datetime | None,
    handled: datetime | None,
    day: date | None,
    rotation: int,
) -> None:
    state = ReminderState(snoozed, paused, indefinitely, shown, handled, day, rotation)
    assert ReminderState.from_dict(state.to_dict()) == state


@pytest.mark.parametrize(
    "data",
    [
        [],
        {"snoozed_until": "tomorrow"},
        {"snoozed_until": "2024-06-03T10:00:00"},  # no zone
        {"paused_until": 5},
        {"not_today": "3 June"},
        {"not_today": "2024-06-03T10:00"},
        {"paused_until_resumed": "no"},
        {"phrase_rotation": -1},
        {"phrase_rotation": 1.5},
    ],
)
def test_a_damaged_state_is_refused_kindly(data: object) -> None:
    with pytest.raises(InvalidInput):
        ReminderState.from_dict(data)


def test_naive_moments_are_refused() -> None:
    with pytest.raises(InvalidInput, match="time zone"):
        ReminderState(last_shown_at=datetime(2024, 6, 3, 10))
