"""The scheduler with an injected clock: DST, quiet hours, days, snooze, pause, sleep, jumps."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from timer_driver import drive

from kindspace.reminders.phrases import default_phrases
from kindspace.reminders.rules import ReminderRules
from kindspace.reminders.schedule import (
    GRACE,
    MAX_TIMER_WAIT,
    due_now,
    next_due,
    tick,
    timer_wait,
)
from kindspace.reminders.state import (
    ReminderState,
    mark_shown,
    not_today,
    pause_for,
    pause_until_resumed,
    pause_until_tomorrow,
    resume,
    skip_missed,
    snooze,
)

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
TOKYO = ZoneInfo("Asia/Tokyo")


def at(zone: ZoneInfo, year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=zone)


def rules(*times: str, **changes: object) -> ReminderRules:
    return ReminderRules.from_dict({"enabled": True, "times": list(times), **changes})


def walls(moments: list[datetime]) -> list[str]:
    """Local wall times with their UTC offset, e.g. '03-31 03:00+0200'."""
    return [f"{m:%m-%d %H:%M%z}" for m in moments]


# --- DST -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("zone", "day", "expected"),
    [
        (BERLIN, 31, ["03-30 02:30+0100", "03-31 03:00+0200", "04-01 02:30+0200"]),
        (NEW_YORK, 10, ["03-09 02:30-0500", "03-10 03:00-0400", "03-11 02:30-0400"]),
    ],
)
def test_a_time_skipped_by_spring_forward_comes_when_the_clocks_jump(
    zone: ZoneInfo, day: int, expected: list[str]
) -> None:
    start = at(zone, 2024, 3, day - 1, 0)
    run = drive(rules("02:30"), start, start + timedelta(days=2, hours=12))
    assert walls([reminder.slot for _, reminder in run.shown]) == expected
    assert walls(run.shown_at) == expected


def test_two_times_inside_the_skipped_hour_give_one_reminder() -> None:
    run = drive(rules("02:15", "02:45"), at(BERLIN, 2024, 3, 31, 0), at(BERLIN, 2024, 3, 31, 12))
    assert walls(run.shown_at) == ["03-31 03:00+0200"]


@pytest.mark.parametrize(
    ("zone", "day", "clock", "first"),
    [(BERLIN, 27, "02:30", "10-27 02:30+0200"), (NEW_YORK, 3, "01:30", "11-03 01:30-0400")],
)
def test_a_time_repeated_by_fall_back_comes_once(
    zone: ZoneInfo, day: int, clock: str, first: str
) -> None:
    month = 10 if zone is BERLIN else 11
    run = drive(rules(clock), at(zone, 2024, month, day, 0), at(zone, 2024, month, day, 12))
    assert walls(run.shown_at) == [first]


@pytest.mark.parametrize(
    ("zone", "spring", "autumn"),
    [(BERLIN, (3, 26), (10, 22)), (NEW_YORK, (3, 5), (10, 29))],
)
def test_an_ordinary_time_keeps_its_wall_clock_across_both_dst_changes(
    zone: ZoneInfo, spring: tuple[int, int], autumn: tuple[int, int]
) -> None:
    for month, day in (spring, autumn):
        start = at(zone, 2024, month, day, 12)
        run = drive(rules("09:00"), start, start + timedelta(days=12))
        assert [m.strftime("%H:%M") for m in run.shown_at] == ["09:00"] * 12
        offsets = {m.utcoffset() for m in run.shown_at}
        assert len(offsets) == 2  # the wall clock stayed, the UTC moment moved


# --- quiet hours, days -----------------------------------------------------------------------


def test_quiet_hours_across_midnight_hold_back_reminders() -> None:
    quiet = {"start": "22:00", "end": "07:00"}
    chosen = rules("06:30", "07:00", "21:59", "22:00", "23:30", "00:15", quiet_hours=quiet)
    run = drive(chosen, at(BERLIN, 2024, 6, 3, 0), at(BERLIN, 2024, 6, 4, 23, 59))
    assert [f"{m:%d %H:%M}" for m in run.shown_at] == [
        "03 07:00",
        "03 21:59",
        "04 07:00",
        "04 21:59",
    ]


def test_quiet_hours_within_one_day() -> None:
    chosen = rules(
        "11:59", "12:00", "13:30", "14:00", quiet_hours={"start": "12:00", "end": "14:00"}
    )
    run = drive(chosen, at(BERLIN, 2024, 6, 3, 0), at(BERLIN, 2024, 6, 3, 23))
    assert [f"{m:%H:%M}" for m in run.shown_at] == ["11:59", "14:00"]


def test_a_missed_reminder_is_not_shown_once_quiet_hours_have_begun() -> None:
    chosen = rules("21:50", quiet_hours={"start": "22:00", "end": "07:00"})
    woke = at(BERLIN, 2024, 6, 3, 22, 10)  # the lid was closed 21:45-22:10
    assert due_now(chosen, ReminderState(), woke, practised_today=False) is None
    assert next_due(chosen, ReminderState(), woke, practised_today=False) == at(
        BERLIN, 2024, 6, 4, 21, 50
    )


def test_only_the_chosen_weekdays() -> None:
    chosen = rules("10:00", days=[0, 2, 4])  # Monday, Wednesday, Friday
    run = drive(chosen, at(BERLIN, 2024, 6, 3, 0), at(BERLIN, 2024, 6, 16, 23))
    assert [m.weekday() for m in run.shown_at] == [0, 2, 4, 0, 2, 4]


def test_reminders_off_or_without_days_never_wake_the_timer() -> None:
    now = at(BERLIN, 2024, 6, 3, 9)
    for chosen in (rules("10:00", enabled=False), rules("10:00", days=[]), rules()):
        if chosen.times:
            assert next_due(chosen, ReminderState(), now, practised_today=False) is None
        assert tick(chosen, ReminderState(), now, practised_today=False).wait is None


# --- snooze, not today, practised ------------------------------------------------------------


def test_snooze_brings_the_reminder_back_once_in_place_of_slots_before_it() -> None:
    chosen = rules("10:00", "10:20", "12:00")
    first = tick(chosen, ReminderState(), at(BERLIN, 2024, 6, 3, 10), practised_today=False)
    assert first.reminder is not None and not first.reminder.snoozed
    later = snooze(first.state, at(BERLIN, 2024, 6, 3, 10, 1), 30)
    assert next_due(chosen, later, at(BERLIN, 2024, 6, 3, 10, 1), practised_today=False) == at(
        BERLIN, 2024, 6, 3, 10, 31
    )
    # 10:20 is inside the snooze: nothing then.
    assert due_now(chosen, later, at(BERLIN, 2024, 6, 3, 10, 20), practised_today=False) is None
    back = tick(chosen, later, at(BERLIN, 2024, 6, 3, 10, 31), practised_today=False)
    assert back.reminder is not None and back.reminder.snoozed
    assert back.state.snoozed_until is None
    assert back.next_due == at(BERLIN, 2024, 6, 3, 12)


def test_a_snooze_survives_a_restart() -> None:
    chosen = rules("10:00")
    state = snooze(ReminderState(), at(BERLIN, 2024, 6, 3, 10), 60)
    restored = ReminderState.from_dict(state.to_dict())
    now = at(BERLIN, 2024, 6, 3, 10, 30)
    assert next_due(chosen, restored, now, practised_today=False) == at(BERLIN, 2024, 6, 3, 11)


def test_a_snooze_that_would_end_in_quiet_hours_is_let_go() -> None:
    chosen = rules("21:30", "08:00", quiet_hours={"start": "22:00", "end": "07:00"})
    state = snooze(ReminderState(), at(BERLIN, 2024, 6, 3, 21, 40), 30)
    now = at(BERLIN, 2024, 6, 3, 21, 41)
    assert next_due(chosen, state, now, practised_today=False) == at(BERLIN, 2024, 6, 4, 8)


def test_practising_lets_a_snooze_go_and_skips_the_rest_of_the_day() -> None:
    chosen = rules("10:00", "15:00")
    state = snooze(ReminderState(), at(BERLIN, 2024, 6, 3, 10), 10)
    now = at(BERLIN, 2024, 6, 3, 10, 5)
    assert next_due(chosen, state, now, practised_today=True) == at(BERLIN, 2024, 6, 4, 10)
    assert due_now(chosen, state, at(BERLIN, 2024, 6, 3, 15), practised_today=True) is None
    without_skip = replace(chosen, skip_if_practised_today=False)
    assert next_due(without_skip, state, now, practised_today=True) == at(
        BERLIN, 2024, 6, 3, 10, 10
    )


def test_not_today_waits_for_tomorrows_first_reminder() -> None:
    chosen = rules("10:00", "15:00")
    state = not_today(
        snooze(ReminderState(), at(BERLIN, 2024, 6, 3, 10), 10), at(BERLIN, 2024, 6, 3, 10, 1)
    )
    assert state.snoozed_until is None
    now = at(BERLIN, 2024, 6, 3, 10, 2)
    assert next_due(chosen, state, now, practised_today=False) == at(BERLIN, 2024, 6, 4, 10)


# --- pause -----------------------------------------------------------------------------------


def test_pause_for_an_hour_lets_slots_inside_it_go() -> None:
    chosen = rules("10:00", "10:30", "12:00")
    paused = pause_for(ReminderState(), at(BERLIN, 2024, 6, 3, 9, 45), 1)
    assert due_now(chosen, paused, at(BERLIN, 2024, 6, 3, 10), practised_today=False) is None
    # The pause ended at 10:45: 10:30 (inside it) is not shown afterwards, even within GRACE.
    assert due_now(chosen, paused, at(BERLIN, 2024, 6, 3, 10, 46), practised_today=False) is None
    assert next_due(chosen, paused, at(BERLIN, 2024, 6, 3, 9, 50), practised_today=False) == at(
        BERLIN, 2024, 6, 3, 12
    )


def test_pause_until_tomorrow_ends_at_local_midnight() -> None:
    chosen = rules("00:00", "10:00", "20:00")
    paused = pause_until_tomorrow(ReminderState(), at(BERLIN, 2024, 6, 3, 9))
    assert paused.paused_until == at(BERLIN, 2024, 6, 4, 0)
    run = drive(chosen, at(BERLIN, 2024, 6, 3, 9), at(BERLIN, 2024, 6, 4, 11), state=paused)
    assert [f"{m:%d %H:%M}" for m in run.shown_at] == ["04 00:00", "04 10:00"]


def test_pause_until_resumed_stops_the_timer_until_resume() -> None:
    chosen = rules("10:00", "12:00")
    paused = pause_until_resumed(ReminderState(), at(BERLIN, 2024, 6, 3, 9))
    for hour in (10, 11, 23):
        result = tick(chosen, paused, at(BERLIN, 2024, 6, 3, hour), practised_today=False)
        assert result.reminder is None and result.wait is None
    resumed = resume(paused, at(BERLIN, 2024, 6, 3, 11, 30))
    assert due_now(chosen, resumed, at(BERLIN, 2024, 6, 3, 11, 30), practised_today=False) is None
    assert next_due(chosen, resumed, at(BERLIN, 2024, 6, 3, 11, 30), practised_today=False) == at(
        BERLIN, 2024, 6, 3, 12
    )


def test_a_long_pause_is_followed_by_the_first_slot_after_it() -> None:
    monday = at(BERLIN, 2024, 6, 3, 12)
    chosen = rules("10:00", days=[0])  # Mondays only
    paused = pause_for(ReminderState(), monday, 7 * 24)  # until next Monday, 12:00
    assert next_due(chosen, paused, monday, practised_today=False) == at(BERLIN, 2024, 6, 17, 10)


def test_a_pause_survives_a_restart() -> None:
    chosen = rules("10:00")
    paused = ReminderState.from_dict(
        pause_until_resumed(ReminderState(), at(BERLIN, 2024, 6, 3, 9)).to_dict()
    )
    assert next_due(chosen, paused, at(BERLIN, 2024, 6, 5, 9), practised_today=False) is None


# --- sleep, clock jumps, zones ---------------------------------------------------------------


@pytest.mark.parametrize("wake_signal", [False, True])
def test_an_eight_hour_sleep_brings_at_most_one_reminder(wake_signal: bool) -> None:
    hourly = rules(*[f"{hour:02d}:00" for hour in range(8, 20)])
    asleep, awake = at(BERLIN, 2024, 6, 3, 9, 30), at(BERLIN, 2024, 6, 3, 17, 30)
    run = drive(
        hourly,
        at(BERLIN, 2024, 6, 3, 7),
        at(BERLIN, 2024, 6, 3, 19),
        sleeps=((asleep, awake),),
        wake_signal=wake_signal,
    )
    after_wake = [
        (moment, r.slot) for moment, r in run.shown if asleep < moment < at(BERLIN, 2024, 6, 3, 18)
    ]
    assert len(after_wake) == 1
    shown_at, slot = after_wake[0]
    assert slot == at(BERLIN, 2024, 6, 3, 17)  # the latest missed slot stands for all of them
    assert shown_at - awake <= (timedelta(0) if wake_signal else MAX_TIMER_WAIT)
    assert [f"{m:%H:%M}" for m in run.shown_at if m < asleep] == ["08:00", "09:00"]
    assert [f"{m:%H:%M}" for m in run.shown_at if m >= at(BERLIN, 2024, 6, 3, 18)] == [
        "18:00",
        "19:00",
    ]


def test_several_slots_missed_within_the_grace_window_collapse_into_the_latest() -> None:
    chosen = rules("10:00", "10:20", "10:40")
    woke = at(BERLIN, 2024, 6, 3, 10, 50)  # asleep since 09:50
    result = tick(chosen, ReminderState(), woke, practised_today=False)
    assert result.reminder is not None
    assert result.reminder.slot == at(BERLIN, 2024, 6, 3, 10, 40)
    assert due_now(chosen, result.state, woke + timedelta(minutes=1), practised_today=False) is None


def test_a_sleep_past_the_grace_window_brings_nothing_until_the_next_time() -> None:
    chosen = rules("09:00", "12:00")
    asleep, awake = at(BERLIN, 2024, 6, 3, 11), at(BERLIN, 2024, 6, 3, 14, 30)
    run = drive(
        chosen,
        at(BERLIN, 2024, 6, 3, 8),
        at(BERLIN, 2024, 6, 4, 10),
        sleeps=((asleep, awake),),
        wake_signal=True,
    )
    assert [f"{m:%d %H:%M}" for m in run.shown_at] == ["03 09:00", "04 09:00"]
    assert awake - at(BERLIN, 2024, 6, 3, 12) > GRACE


def test_the_clock_jumping_forward_while_awake_is_like_a_sleep() -> None:
    chosen = rules("10:00", "11:00", "12:00", "13:00")
    state = tick(chosen, ReminderState(), at(BERLIN, 2024, 6, 3, 10), practised_today=False).state
    jumped = tick(chosen, state, at(BERLIN, 2024, 6, 3, 13, 20), practised_today=False)
    assert jumped.reminder is not None and jumped.reminder.slot == at(BERLIN, 2024, 6, 3, 13)
    again = tick(chosen, jumped.state, at(BERLIN, 2024, 6, 3, 13, 21), practised_today=False)
    assert again.reminder is None


def test_the_clock_jumping_back_never_shows_the_same_slot_again() -> None:
    chosen = rules("09:00", "14:00")
    shown = tick(chosen, ReminderState(), at(BERLIN, 2024, 6, 3, 9, 0), practised_today=False)
    assert shown.reminder is not None
    back = at(BERLIN, 2024, 6, 3, 8, 30)  # the clock is corrected back by half an hour
    assert due_now(chosen, shown.state, back, practised_today=False) is None
    assert next_due(chosen, shown.state, back, practised_today=False) == at(BERLIN, 2024, 6, 3, 14)
    assert due_now(chosen, shown.state, at(BERLIN, 2024, 6, 3, 9, 1), practised_today=False) is None


def test_the_clock_set_back_by_days_does_not_silence_reminders() -> None:
    chosen = rules("09:00")
    from_the_future = mark_shown(ReminderState(), at(BERLIN, 2030, 1, 1, 9))
    now = at(BERLIN, 2024, 6, 3, 9)
    reminder = due_now(chosen, from_the_future, now, practised_today=False)
    assert reminder is not None
    after = tick(chosen, from_the_future, now, practised_today=False)
    assert due_now(chosen, after.state, now + timedelta(minutes=1), practised_today=False) is None


def test_wall_clock_times_follow_a_move_west() -> None:
    chosen = rules("09:00")
    shown = tick(chosen, ReminderState(), at(BERLIN, 2024, 6, 3, 9), practised_today=False)
    in_new_york = at(BERLIN, 2024, 6, 3, 9, 5).astimezone(NEW_YORK)  # 03:05 there
    assert next_due(chosen, shown.state, in_new_york, practised_today=False) == at(
        NEW_YORK, 2024, 6, 3, 9
    )


def test_wall_clock_times_follow_a_move_east_without_a_late_burst() -> None:
    chosen = rules("09:00", "21:00")
    shown = tick(chosen, ReminderState(), at(NEW_YORK, 2024, 6, 3, 9), practised_today=False)
    landed = at(TOKYO, 2024, 6, 4, 12)  # 09:00 Tokyo passed three hours ago
    assert due_now(chosen, shown.state, landed, practised_today=False) is None
    assert next_due(chosen, shown.state, landed, practised_today=False) == at(TOKYO, 2024, 6, 4, 21)


def test_a_time_set_in_the_past_does_not_pop_up_on_save() -> None:
    chosen = rules("09:50")
    now = at(BERLIN, 2024, 6, 3, 10)
    assert due_now(chosen, ReminderState(), now, practised_today=False) is not None
    settled = skip_missed(ReminderState(), now)
    assert due_now(chosen, settled, now, practised_today=False) is None


# --- what a reminder says --------------------------------------------------------------------


def test_own_phrases_take_turns() -> None:
    chosen = rules("10:00", phrases=["one", "two", "three"], suggested_exercise="kind_pause")
    run = drive(chosen, at(BERLIN, 2024, 6, 3, 0), at(BERLIN, 2024, 6, 6, 23))
    assert [r.phrase for _, r in run.shown] == ["one", "two", "three", "one"]
    assert {r.suggested_exercise for _, r in run.shown} == {"kind_pause"}
    assert {r.popup_seconds for _, r in run.shown} == {chosen.popup_seconds}


def test_a_locked_journal_gets_generic_words_only() -> None:
    chosen = rules("10:00", phrases=["my own words"])
    state = ReminderState()
    seen = set()
    for _ in range(len(default_phrases())):
        reminder = due_now(
            chosen, state, at(BERLIN, 2024, 6, 3, 10), practised_today=False, generic=True
        )
        assert reminder is not None and reminder.generic
        seen.add(reminder.phrase)
        state = mark_shown(state, at(BERLIN, 2024, 6, 2, 0))
    assert seen == set(default_phrases())


def test_without_own_phrases_the_defaults_take_turns() -> None:
    first = due_now(
        rules("10:00"), ReminderState(), at(BERLIN, 2024, 6, 3, 10), practised_today=False
    )
    second = due_now(
        rules("10:00"),
        ReminderState(phrase_rotation=1),
        at(BERLIN, 2024, 6, 3, 10),
        practised_today=False,
    )
    assert first is not None and second is not None
    assert first.phrase in default_phrases() and second.phrase in default_phrases()
    assert first.phrase != second.phrase


# --- the timer -------------------------------------------------------------------------------


def test_timer_wait_is_capped_and_never_negative() -> None:
    now = at(BERLIN, 2024, 6, 3, 10)
    assert timer_wait(now, None) is None
    assert timer_wait(now, now - timedelta(minutes=5)) == timedelta(0)
    assert timer_wait(now, now + timedelta(minutes=3)) == timedelta(minutes=3)
    assert timer_wait(now, now + timedelta(hours=5)) == MAX_TIMER_WAIT


def test_timer_wait_counts_real_time_across_a_dst_change() -> None:
    before = at(BERLIN, 2024, 3, 31, 1, 55)
    after = datetime(2024, 3, 31, 1, 5, tzinfo=UTC).astimezone(BERLIN)  # 03:05 summer time
    assert timer_wait(before, after) == timedelta(minutes=10)


def test_an_idle_day_wakes_the_process_rarely() -> None:
    run = drive(rules("10:00", "16:00"), at(BERLIN, 2024, 6, 3, 0), at(BERLIN, 2024, 6, 4, 0))
    gaps = [b - a for a, b in zip(run.wake_ups, run.wake_ups[1:], strict=False)]
    assert min(gaps) >= timedelta(minutes=1)
    assert len(run.wake_ups) <= 24 * 60 // 10 + 3


def test_naive_now_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        next_due(rules("10:00"), ReminderState(), datetime(2024, 6, 3, 10), practised_today=False)


def test_today_means_the_local_day_of_now() -> None:
    chosen = rules("00:30", "23:30")
    late = at(TOKYO, 2024, 6, 3, 23, 40)  # still 3 June in Tokyo, already 3 June 14:40 UTC
    state = not_today(ReminderState(), late)
    assert state.not_today == date(2024, 6, 3)
    assert next_due(chosen, state, late, practised_today=False) == at(TOKYO, 2024, 6, 4, 0, 30)
    assert time(0, 30) in chosen.times
