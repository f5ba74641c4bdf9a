"""What has happened to reminders so far: snoozes, pauses, "not today", what was shown.

The state is a plain value changed only by the pure functions below, one per thing a person
can do (or the app can do: :func:`mark_shown`). It survives a restart through :mod:`.store`,
so a snooze or a pause means what it said even after a reboot.

``handled_through`` is the heart of it: every reminder slot at or before that moment has been
dealt with (shown, snoozed, turned down), so it is never shown again, even when the clock
later jumps back. All moments are kept in UTC: a change of time zone moves nothing, and
Python compares two times of one zone by their wall clocks, which is wrong in the hour that
repeats when DST ends.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from kindspace.errors import InvalidInput
from kindspace.i18n import _
from kindspace.reminders.wall_clock import resolve_wall_time

MIN_SNOOZE_MINUTES = 1
MAX_SNOOZE_MINUTES = 12 * 60
MAX_PAUSE_HOURS = 7 * 24
#: ``handled_through`` is never honestly ahead of now. Further ahead than this, the clock was
#: set back a long way (a dead clock battery, a wrong date fixed by hand): honouring it would
#: silence reminders until the clock caught up, so it is forgotten instead.
CLOCK_SET_BACK_LIMIT = timedelta(days=1)


@dataclass(frozen=True)
class ReminderState:
    """Where reminders stand. The default is a fresh start: nothing shown, nothing paused."""

    #: A snoozed reminder comes back at this moment (and stands in for any slot before it).
    snoozed_until: datetime | None = None
    #: No reminder before this moment; slots that fall inside the pause are let go.
    paused_until: datetime | None = None
    #: Paused with no end, until the person chooses Resume.
    paused_until_resumed: bool = False
    #: When a reminder was last shown, for the settings page ("last reminder: 10:00").
    last_shown_at: datetime | None = None
    #: Every slot at or before this moment has been dealt with.
    handled_through: datetime | None = None
    #: The local day on which the person chose "Not today".
    not_today: date | None = None
    #: Counts shown reminders, so phrases take turns.
    phrase_rotation: int = 0

    def __post_init__(self) -> None:
        for name in ("snoozed_until", "paused_until", "last_shown_at", "handled_through"):
            moment = getattr(self, name)
            if moment is not None and (
                not isinstance(moment, datetime) or moment.utcoffset() is None
            ):
                raise InvalidInput(_("Reminder times must say which time zone they are in."))
            if moment is not None:
                object.__setattr__(self, name, moment.astimezone(UTC))
        if self.not_today is not None and (
            not isinstance(self.not_today, date) or isinstance(self.not_today, datetime)
        ):
            raise InvalidInput(_("'Not today' must be a day."))
        if not isinstance(self.paused_until_resumed, bool):
            raise InvalidInput(_("Whether reminders are paused must be a yes or a no."))
        rotation = self.phrase_rotation
        if isinstance(rotation, bool) or not isinstance(rotation, int) or rotation < 0:
            raise InvalidInput(_("The phrase counter must be a whole number, 0 or more."))

    def to_dict(self) -> dict[str, Any]:
        return {
            "snoozed_until": _moment_text(self.snoozed_until),
            "paused_until": _moment_text(self.paused_until),
            "paused_until_resumed": self.paused_until_resumed,
            "last_shown_at": _moment_text(self.last_shown_at),
            "handled_through": _moment_text(self.handled_through),
            "not_today": None if self.not_today is None else self.not_today.isoformat(),
            "phrase_rotation": self.phrase_rotation,
        }

    @classmethod
    def from_dict(cls, data: object) -> ReminderState:
        """The state from :meth:`to_dict`'s shape; missing keys keep their defaults."""
        if not isinstance(data, Mapping):
            raise InvalidInput(_("The reminder state is not in the shape kindspace expects."))
        values: dict[str, Any] = {
            name: _parse_moment(data[name])
            for name in ("snoozed_until", "paused_until", "last_shown_at", "handled_through")
            if name in data
        }
        if data.get("not_today") is not None:
            values["not_today"] = _parse_day(data["not_today"])
        for name in ("paused_until_resumed", "phrase_rotation"):
            if name in data:
                values[name] = data[name]
        return cls(**values)


def trusted_handled_through(state: ReminderState, now: datetime) -> datetime | None:
    """``handled_through``, unless the clock has since been set back by more than a day."""
    handled = state.handled_through
    if handled is None or handled > now.astimezone(UTC) + CLOCK_SET_BACK_LIMIT:
        return None
    return handled


def trusted_snooze(state: ReminderState, now: datetime) -> datetime | None:
    """``snoozed_until``, unless it is further ahead than any snooze can be (clock set back)."""
    until = state.snoozed_until
    if until is None or until > now.astimezone(UTC) + timedelta(minutes=MAX_SNOOZE_MINUTES):
        return None
    return until


def is_paused(state: ReminderState, now: datetime) -> bool:
    """Whether the person has paused reminders and the pause is still running."""
    if state.paused_until_resumed:
        return True
    return state.paused_until is not None and now < state.paused_until


# --- what a person can do with a reminder ------------------------------------------------


def mark_shown(state: ReminderState, now: datetime) -> ReminderState:
    """A reminder was shown: every slot so far is dealt with, a snooze is used up."""
    return replace(
        state,
        snoozed_until=None,
        last_shown_at=now,
        handled_through=_handled_now(state, now),
        phrase_rotation=state.phrase_rotation + 1,
    )


def snooze(state: ReminderState, now: datetime, minutes: int) -> ReminderState:
    """Later: the reminder comes back once, ``minutes`` from now."""
    if (
        isinstance(minutes, bool)
        or not isinstance(minutes, int)
        or not MIN_SNOOZE_MINUTES <= minutes <= MAX_SNOOZE_MINUTES
    ):
        raise InvalidInput(
            _("A reminder can wait between {min_snooze_minutes} minute and {number} hours.").format(
                min_snooze_minutes=MIN_SNOOZE_MINUTES, number=MAX_SNOOZE_MINUTES // 60
            )
        )
    return replace(
        state,
        snoozed_until=now.astimezone(UTC) + timedelta(minutes=minutes),
        handled_through=_handled_now(state, now),
    )


def not_today(state: ReminderState, now: datetime) -> ReminderState:
    """Not today: nothing more until tomorrow's first reminder; a snooze is let go."""
    return replace(
        state,
        not_today=now.date(),
        snoozed_until=None,
        handled_through=_handled_now(state, now),
    )


def pause_for(state: ReminderState, now: datetime, hours: float) -> ReminderState:
    """Pause for a while (the tray offers one hour); reminders then carry on by themselves."""
    if isinstance(hours, bool) or not 0 < hours <= MAX_PAUSE_HOURS:
        raise InvalidInput(
            _("Reminders can pause for a while, up to {number} days at a time.").format(
                number=MAX_PAUSE_HOURS // 24
            )
        )
    return _paused(state, now, until=now.astimezone(UTC) + timedelta(hours=hours))


def pause_until_tomorrow(state: ReminderState, now: datetime) -> ReminderState:
    """Pause until the start of the next local day (midnight, or the first moment after it)."""
    tomorrow = now.date() + timedelta(days=1)
    assert now.tzinfo is not None  # checked by ReminderState for stored moments
    return _paused(state, now, until=resolve_wall_time(tomorrow, time(0, 0), now.tzinfo))


def pause_until_resumed(state: ReminderState, now: datetime) -> ReminderState:
    """Pause with no end: reminders wait until the person chooses Resume."""
    return replace(_paused(state, now, until=None), paused_until_resumed=True)


def resume(state: ReminderState, now: datetime) -> ReminderState:
    """End any pause now. Slots that fell inside the pause are not shown afterwards."""
    return replace(
        state,
        paused_until=None,
        paused_until_resumed=False,
        handled_through=_handled_now(state, now),
    )


def skip_missed(state: ReminderState, now: datetime) -> ReminderState:
    """Let go of slots that have already passed, without showing anything.

    For when reminders are switched on or their times change: a time set a few minutes in
    the past should not pop up the moment the person presses Save.
    """
    return replace(state, handled_through=_handled_now(state, now))


def _paused(state: ReminderState, now: datetime, *, until: datetime | None) -> ReminderState:
    return replace(
        state,
        paused_until=until,
        paused_until_resumed=False,
        snoozed_until=None,
        handled_through=_handled_now(state, now),
    )


def _handled_now(state: ReminderState, now: datetime) -> datetime:
    """Everything up to ``now`` is dealt with (and a slot already dealt with stays so)."""
    handled = trusted_handled_through(state, now)
    now = now.astimezone(UTC)
    return now if handled is None or now > handled else handled


def _moment_text(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def _parse_moment(value: object) -> datetime | None:
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        moment = None
    if moment is None or moment.utcoffset() is None:
        raise InvalidInput(_("A saved reminder time is not a moment kindspace can read."))
    return moment


def _parse_day(value: object) -> date:
    try:
        if isinstance(value, str) and len(value) == 10:
            return date.fromisoformat(value)
    except ValueError:
        pass
    raise InvalidInput(_("A saved 'not today' day is not a day kindspace can read."))
