"""Properties of the scheduler over random rules, states, zones, sleeps and clock jumps."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from timer_driver import drive

from kindspace.reminders.rules import QuietHours, ReminderRules
from kindspace.reminders.schedule import GRACE, MAX_TIMER_WAIT, due_now, next_due, tick
from kindspace.reminders.state import (
    ReminderState,
    mark_shown,
    not_today,
    pause_for,
    pause_until_tomorrow,
    snooze,
)

ZONES = [
    ZoneInfo(name)
    for name in (
        "Europe/Berlin",
        "America/New_York",
        "Australia/Lord_Howe",  # a half-hour DST shift
        "Asia/Kathmandu",  # a quarter-hour offset
        "UTC",
    )
]

minutes_of_day = st.builds(time, st.integers(0, 23), st.integers(0, 59))
# Moments near DST changes are the interesting ones, so many fall in March/April/October/November.
local_moments = st.builds(
    lambda zone, day, minute: (
        datetime(2024, 1, 1, tzinfo=UTC) + timedelta(days=day, minutes=minute)
    ).astimezone(zone),
    st.sampled_from(ZONES),
    st.one_of(st.integers(0, 365), st.integers(60, 100), st.integers(270, 315)),
    st.integers(0, 24 * 60 - 1),
)


@st.composite
def reminder_rules(draw: st.DrawFn) -> ReminderRules:
    start, end = draw(minutes_of_day), draw(minutes_of_day)
    quiet = None if start == end or draw(st.booleans()) else QuietHours(start, end)
    return ReminderRules(
        enabled=True,
        times=tuple(draw(st.lists(minutes_of_day, min_size=1, max_size=6))),
        weekdays=frozenset(draw(st.sets(st.integers(0, 6), min_size=1))),
        quiet_hours=quiet,
        skip_if_practised_today=draw(st.booleans()),
    )


@st.composite
def reminder_states(draw: st.DrawFn, now: datetime) -> ReminderState:
    """A state reached by things a person might have done in the last day."""
    state = ReminderState()
    for _ in range(draw(st.integers(0, 4))):
        moment = now - timedelta(minutes=draw(st.integers(0, 24 * 60)))
        step = draw(st.sampled_from(["shown", "snooze", "pause", "tomorrow", "not today"]))
        if step == "shown":
            state = mark_shown(state, moment)
        elif step == "snooze":
            state = snooze(state, moment, draw(st.sampled_from([10, 30, 60])))
        elif step == "pause":
            state = pause_for(state, moment, 1)
        elif step == "tomorrow":
            state = pause_until_tomorrow(state, moment)
        else:
            state = not_today(state, moment)
    return state


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(reminder_rules(), local_moments, st.booleans(), st.data())
def test_next_due_is_never_past_never_quiet_and_really_due(
    rules: ReminderRules, now: datetime, practised: bool, data: st.DataObject
) -> None:
    state = data.draw(reminder_states(now))
    due = next_due(rules, state, now, practised_today=practised)
    if due is None:
        return
    assert due.astimezone(UTC) >= now.astimezone(UTC)
    assert rules.quiet_hours is None or not rules.quiet_hours.contains(due.time())
    # When the timer fires at that moment, there is something to show.
    practised_then = practised and due.date() == now.date()
    assert due_now(rules, state, due, practised_today=practised_then) is not None


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(reminder_rules(), local_moments, st.booleans(), st.data())
def test_every_tick_leaves_nothing_due_and_arms_a_sane_timer(
    rules: ReminderRules, now: datetime, practised: bool, data: st.DataObject
) -> None:
    state = data.draw(reminder_states(now))
    result = tick(rules, state, now, practised_today=practised)
    assert due_now(rules, result.state, now, practised_today=practised) is None
    if result.wait is not None:
        assert timedelta(0) < result.wait <= MAX_TIMER_WAIT


sleeps = st.lists(st.tuples(st.integers(0, 3 * 24 * 60), st.integers(1, 20 * 60)), max_size=4).map(
    sorted
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reminder_rules(), local_moments, sleeps, st.booleans())
def test_sleeps_never_cause_a_burst_and_late_reminders_stay_within_grace(
    rules: ReminderRules, start: datetime, naps: list[tuple[int, int]], wake_signal: bool
) -> None:
    periods = []
    cursor = start.astimezone(UTC)
    for gap, length in naps:
        asleep = max(cursor, start.astimezone(UTC) + timedelta(minutes=gap))
        periods.append((asleep, asleep + timedelta(minutes=length)))
        cursor = asleep + timedelta(minutes=length)
    run = drive(
        rules,
        start,
        start + timedelta(days=4),
        sleeps=tuple(periods),
        wake_signal=wake_signal,
    )
    shown = [moment.astimezone(UTC) for moment in run.shown_at]
    for earlier, later in itertools.pairwise(shown):
        assert later - earlier >= timedelta(minutes=1)
    for moment, reminder in run.shown:
        assert timedelta(0) <= moment - reminder.slot <= GRACE
        assert rules.quiet_hours is None or not rules.quiet_hours.contains(moment.time())
    slots = {reminder.slot.astimezone(UTC) for _, reminder in run.shown}
    assert len(slots) == len(run.shown)  # no slot twice


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(reminder_rules(), local_moments, st.integers(1, 23 * 60))
def test_a_clock_jumping_back_never_repeats_a_reminder(
    rules: ReminderRules, now: datetime, back_minutes: int
) -> None:
    first = tick(rules, ReminderState(), now, practised_today=False)
    if first.reminder is None:
        return
    earlier = now - timedelta(minutes=back_minutes)
    again = due_now(rules, first.state, earlier, practised_today=False)
    assert again is None
    due = next_due(rules, first.state, earlier, practised_today=False)
    assert due is None or due.astimezone(UTC) > now.astimezone(UTC)
