"""Rules + state + now -> whether to show a reminder, and when to look again. No Qt, no I/O.

The app keeps one single-shot timer. Whenever it fires (and on wake, on a rule change, on a
change of time zone) the app calls :func:`tick` with the current time, shows the reminder it
returns (if any), saves the new state and arms the timer for ``tick(...).wait``. Nothing
polls: between reminders the process sleeps.

The promises, and how they are kept (the reasons are in docs/design/reminders.md):

* After a long sleep, at most one reminder. Slots missed while the computer slept collapse
  into the latest one, which is shown only if it is at most :data:`GRACE` old.
* A slot is never shown twice, even when the clock jumps back: the state remembers the moment
  through which slots are dealt with (``handled_through``), and moments are absolute.
* Wall-clock times are read in the zone of ``now``, so after a change of time zone "10:00"
  means ten o'clock where the person is now. DST gaps and repeats follow
  :func:`~kindspace.reminders.wall_clock.resolve_wall_time`.
* Nothing comes during quiet hours, a pause, on a "not today" day, or (if asked) on a day
  with practice already done.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from kindspace.reminders.phrases import pick_phrase
from kindspace.reminders.rules import ReminderRules
from kindspace.reminders.state import (
    ReminderState,
    mark_shown,
    trusted_handled_through,
    trusted_snooze,
)
from kindspace.reminders.wall_clock import resolve_wall_time

#: How late a missed reminder may still be shown, after a sleep or with the app started late.
#: An hour keeps "10:00" meaningful at 10:40; at 14:00 it would only be noise.
GRACE = timedelta(hours=1)
#: The longest the timer is ever armed for. Qt's timers count time the computer is awake
#: (CLOCK_MONOTONIC on Linux, the same on macOS), so a timer armed before a sleep fires late
#: by the length of the sleep; and a zone known only by its UTC offset (Windows) cannot
#: foresee DST. Looking again at least this often bounds both errors; at six wake-ups an
#: hour it costs nothing measurable.
MAX_TIMER_WAIT = timedelta(minutes=10)
# Slots are searched this many days past the search start: a week covers every weekday.
_SEARCH_DAYS = 8


@dataclass(frozen=True)
class Reminder:
    """One reminder to show. ``phrase`` is never journal text; with ``generic`` it is one of
    kindspace's own defaults, safe to show while the journal is locked."""

    #: The planned moment this reminder stands for (may be a little before it is shown).
    slot: datetime
    phrase: str
    suggested_exercise: str | None
    popup_seconds: int
    generic: bool
    #: It comes back after Later.
    snoozed: bool


@dataclass(frozen=True)
class Tick:
    """What the app should do now: show ``reminder`` (if any), keep ``state``, sleep ``wait``."""

    reminder: Reminder | None
    #: The state to keep (and save) from now on; it already counts ``reminder`` as shown.
    state: ReminderState
    next_due: datetime | None
    #: Arm the single-shot timer for this long; None means stop it (nothing can come until
    #: the person changes a setting or resumes).
    wait: timedelta | None


@dataclass(frozen=True)
class _Slot:
    moment: datetime
    snoozed: bool


def tick(
    rules: ReminderRules,
    state: ReminderState,
    now: datetime,
    *,
    practised_today: bool,
    generic: bool = False,
    grace: timedelta = GRACE,
) -> Tick:
    """Decide everything for this moment; the one call the timer driver needs."""
    reminder = due_now(
        rules, state, now, practised_today=practised_today, generic=generic, grace=grace
    )
    if reminder is not None:
        state = mark_shown(state, now)
    due = next_due(rules, state, now, practised_today=practised_today, grace=grace)
    return Tick(reminder=reminder, state=state, next_due=due, wait=timer_wait(now, due))


def due_now(
    rules: ReminderRules,
    state: ReminderState,
    now: datetime,
    *,
    practised_today: bool,
    generic: bool = False,
    grace: timedelta = GRACE,
) -> Reminder | None:
    """The reminder to show at ``now``, or None.

    ``generic`` is for a locked journal: the phrase is then one of kindspace's own, whatever
    ``rules.phrases`` holds. ``practised_today`` is about the local day of ``now``.
    """
    _require_aware(now)
    if not rules.can_fire or not _allowed(rules, state, now, now, practised_today):
        return None
    now_utc = now.astimezone(UTC)
    missed = _slots(rules, state, now, practised_today, earliest=now_utc - grace, latest=now_utc)
    if not missed:
        return None
    latest = missed[-1]
    slot = latest.moment.astimezone(now.tzinfo)
    return reminder_for(rules, state, slot, generic=generic, snoozed=latest.snoozed)


def next_due(
    rules: ReminderRules,
    state: ReminderState,
    now: datetime,
    *,
    practised_today: bool,
    grace: timedelta = GRACE,
) -> datetime | None:
    """When the next reminder is due: ``now`` if one is due already, else a later moment.

    None when no reminder can come without the person doing something (reminders off,
    paused until resumed, no days or times, every time inside quiet hours).
    """
    _require_aware(now)
    if not rules.can_fire or state.paused_until_resumed:
        return None
    if due_now(rules, state, now, practised_today=practised_today, grace=grace) is not None:
        return now
    now_utc = now.astimezone(UTC)
    start = now_utc if state.paused_until is None else max(now_utc, state.paused_until)
    ahead = _slots(
        rules,
        state,
        now,
        practised_today,
        earliest=now_utc,
        latest=start + timedelta(days=_SEARCH_DAYS),
    )
    upcoming = [slot.moment for slot in ahead if slot.moment > now_utc]
    return upcoming[0].astimezone(now.tzinfo) if upcoming else None


def timer_wait(now: datetime, due: datetime | None) -> timedelta | None:
    """How long to arm the single-shot timer: until ``due``, but never past the re-check cap."""
    if due is None:
        return None
    # In UTC: Python subtracts two times of one zone by their wall clocks, ignoring DST.
    return max(timedelta(0), min(due.astimezone(UTC) - now.astimezone(UTC), MAX_TIMER_WAIT))


def reminder_for(
    rules: ReminderRules,
    state: ReminderState,
    slot: datetime,
    *,
    generic: bool,
    snoozed: bool = False,
) -> Reminder:
    """The reminder for ``slot``, with the phrase whose turn it is."""
    return Reminder(
        slot=slot,
        phrase=pick_phrase(rules.phrases, state.phrase_rotation, generic=generic),
        suggested_exercise=rules.suggested_exercise,
        popup_seconds=rules.popup_seconds,
        generic=generic,
        snoozed=snoozed,
    )


def in_quiet_hours(rules: ReminderRules, moment: datetime) -> bool:
    """Whether ``moment``'s local time (in its own zone) falls inside the quiet hours."""
    return rules.quiet_hours is not None and rules.quiet_hours.contains(moment.time())


def _slots(
    rules: ReminderRules,
    state: ReminderState,
    now: datetime,
    practised_today: bool,
    *,
    earliest: datetime,
    latest: datetime,
) -> list[_Slot]:
    """Every moment (in UTC) in [earliest, latest] a reminder may stand for, oldest first.

    A pending snooze is one such moment, and it stands in for the regular slots before it
    (the person said "later", not "also later"). A snooze that may not be shown when it
    falls due (in quiet hours, say) is let go and stands in for nothing.
    """
    zone = now.tzinfo
    assert zone is not None
    handled = trusted_handled_through(state, now)
    snooze_at = trusted_snooze(state, now)
    if snooze_at is not None and (
        (handled is not None and snooze_at <= handled)
        or not _allowed(rules, state, snooze_at, now, practised_today)
    ):
        snooze_at = None
    floor = snooze_at if snooze_at is not None else handled
    found: dict[datetime, _Slot] = {}
    if snooze_at is not None and earliest <= snooze_at <= latest:
        found[snooze_at] = _Slot(snooze_at, snoozed=True)
    for day in _days(earliest.astimezone(zone).date(), latest.astimezone(zone).date()):
        if day.weekday() not in rules.weekdays:
            continue
        for at in rules.times:
            moment = resolve_wall_time(day, at, zone)
            if (
                earliest <= moment <= latest
                and (floor is None or moment > floor)
                and moment not in found  # two times in one DST gap meet at the same moment
                and _allowed(rules, state, moment, now, practised_today)
            ):
                found[moment] = _Slot(moment, snoozed=False)
    return sorted(found.values(), key=lambda slot: slot.moment)


def _allowed(
    rules: ReminderRules,
    state: ReminderState,
    moment: datetime,
    now: datetime,
    practised_today: bool,
) -> bool:
    """Whether a reminder may appear at ``moment`` (seen in the zone of ``now``)."""
    if state.paused_until_resumed:
        return False
    if state.paused_until is not None and moment < state.paused_until:
        return False
    local = moment.astimezone(now.tzinfo)
    if in_quiet_hours(rules, local):
        return False
    day = local.date()
    if day == state.not_today:
        return False
    return not (practised_today and rules.skip_if_practised_today and day == now.date())


def _days(first: date, last: date) -> list[date]:
    # One day either side: a DST gap can move a slot across midnight.
    first -= timedelta(days=1)
    return [first + timedelta(days=n) for n in range((last - first).days + 2)]


def _require_aware(now: datetime) -> None:
    if now.utcoffset() is None:
        raise ValueError("the scheduler needs a timezone-aware 'now'")
