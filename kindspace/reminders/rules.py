"""What the person asked for: when reminders may come, what they say and what they suggest.

Rules are plain values that the settings page and the first-run wizard edit and the scheduler
reads. They are checked once, when made, so the scheduler never meets an impossible rule, and
every problem comes back as one kind sentence (:class:`InvalidInput`) for the settings page.

Times are wall-clock times without a zone on purpose: "10:00" means ten o'clock wherever the
person is today, so reminders follow them across time zones and DST changes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import time
from typing import Any

from kindspace.errors import InvalidInput
from kindspace.i18n import _
from kindspace.reminders.phrases import clean_phrases

ALL_DAYS: frozenset[int] = frozenset(range(7))
MAX_TIMES_PER_DAY = 12
MIN_POPUP_SECONDS = 5
MAX_POPUP_SECONDS = 600
DEFAULT_POPUP_SECONDS = 60
DEFAULT_TIMES: tuple[time, ...] = (time(10, 0),)

_CLOCK_TEXT = re.compile(r"([0-9]{1,2}):([0-9]{2})\Z")
# The same shape as exercise ids in kindspace.practice.definitions.
_EXERCISE_ID = re.compile(r"[a-z][a-z0-9_]{0,63}\Z")


@dataclass(frozen=True)
class QuietHours:
    """A daily stretch without reminders; ``start`` after ``end`` means it spans midnight.

    ``start`` is included and ``end`` is not, so quiet hours 22:00–07:00 still allow a
    reminder at 07:00.
    """

    start: time
    end: time

    def __post_init__(self) -> None:
        object.__setattr__(self, "start", _minute(self.start))
        object.__setattr__(self, "end", _minute(self.end))
        if self.start == self.end:
            raise InvalidInput(
                _("Quiet hours need a start and an end that differ, like 22:00 to 07:00.")
            )

    @property
    def spans_midnight(self) -> bool:
        return self.start > self.end

    def contains(self, moment: time) -> bool:
        """Whether a wall-clock time falls inside the quiet hours."""
        moment = moment.replace(tzinfo=None)
        if self.spans_midnight:
            return moment >= self.start or moment < self.end
        return self.start <= moment < self.end


@dataclass(frozen=True)
class ReminderRules:
    """The person's reminder settings. Build with keywords; values are checked and tidied.

    ``times`` becomes a sorted tuple without repeats and ``weekdays`` a frozenset (0 is
    Monday), so equal settings compare equal however they were typed. ``phrases`` are the
    person's own words, which belong in the encrypted journal (see :mod:`.store`); empty
    means kindspace's gentle defaults.
    """

    enabled: bool = False
    times: tuple[time, ...] = DEFAULT_TIMES
    weekdays: frozenset[int] = ALL_DAYS
    quiet_hours: QuietHours | None = None
    skip_if_practised_today: bool = True
    phrases: tuple[str, ...] = ()
    suggested_exercise: str | None = None
    popup_seconds: int = DEFAULT_POPUP_SECONDS

    def __post_init__(self) -> None:
        _require_bool(self.enabled, _("Please choose whether reminders are on or off."))
        _require_bool(
            self.skip_if_practised_today,
            _("Please choose whether to skip reminders on days you have already practised."),
        )
        object.__setattr__(self, "times", _clean_times(self.times))
        object.__setattr__(self, "weekdays", _clean_weekdays(self.weekdays))
        if self.quiet_hours is not None and not isinstance(self.quiet_hours, QuietHours):
            raise InvalidInput(_("Quiet hours need a start and an end time."))
        object.__setattr__(self, "phrases", clean_phrases(self.phrases))
        if self.suggested_exercise is not None and not (
            isinstance(self.suggested_exercise, str) and _EXERCISE_ID.match(self.suggested_exercise)
        ):
            raise InvalidInput(_("kindspace doesn't know that exercise, so it can't suggest it."))
        seconds = self.popup_seconds
        if (
            isinstance(seconds, bool)
            or not isinstance(seconds, int)
            or not MIN_POPUP_SECONDS <= seconds <= MAX_POPUP_SECONDS
        ):
            raise InvalidInput(
                _(
                    "A reminder can stay on screen for {min_popup_seconds} seconds "
                    "up to {number} minutes."
                ).format(min_popup_seconds=MIN_POPUP_SECONDS, number=MAX_POPUP_SECONDS // 60)
            )

    @property
    def can_fire(self) -> bool:
        """Whether these rules can ever produce a reminder (on, with a time and a day)."""
        return self.enabled and bool(self.times) and bool(self.weekdays)

    def with_phrases(self, phrases: Iterable[str]) -> ReminderRules:
        return replace(self, phrases=tuple(phrases))

    def to_dict(self, *, with_phrases: bool = True) -> dict[str, Any]:
        """A JSON-ready dict. ``with_phrases=False`` leaves the private phrases out."""
        data: dict[str, Any] = {
            "enabled": self.enabled,
            "times": [clock_text(moment) for moment in self.times],
            "days": sorted(self.weekdays),
            "quiet_hours": None
            if self.quiet_hours is None
            else {
                "start": clock_text(self.quiet_hours.start),
                "end": clock_text(self.quiet_hours.end),
            },
            "skip_if_practised": self.skip_if_practised_today,
            "suggested_exercise": self.suggested_exercise,
            "popup_seconds": self.popup_seconds,
        }
        if with_phrases:
            data["phrases"] = list(self.phrases)
        return data

    @classmethod
    def from_dict(cls, data: object) -> ReminderRules:
        """Rules from :meth:`to_dict`'s shape, or from the first-run wizard's smaller one.

        The wizard sends ``{"enabled", "times", "days", "skip_if_practised"}``; every key
        that is missing keeps its default. Unknown keys are ignored, so a file written by a
        newer kindspace still opens.
        """
        if not isinstance(data, Mapping):
            raise InvalidInput(_("The reminder settings are not in the shape kindspace expects."))
        values: dict[str, Any] = {}
        if "enabled" in data:
            values["enabled"] = data["enabled"]
        if "times" in data:
            values["times"] = tuple(parse_clock(text) for text in _list(data["times"], "times"))
        if "days" in data:
            values["weekdays"] = tuple(_list(data["days"], "days"))
        if data.get("quiet_hours") is not None:
            values["quiet_hours"] = _parse_quiet_hours(data["quiet_hours"])
        if "skip_if_practised" in data:
            values["skip_if_practised_today"] = data["skip_if_practised"]
        if "phrases" in data:
            values["phrases"] = _list(data["phrases"], "phrases")
        if "suggested_exercise" in data:
            values["suggested_exercise"] = data["suggested_exercise"]
        if "popup_seconds" in data:
            values["popup_seconds"] = data["popup_seconds"]
        return cls(**values)


def clock_text(moment: time) -> str:
    return f"{moment.hour:02d}:{moment.minute:02d}"


def parse_clock(text: object) -> time:
    """``"HH:MM"`` (24-hour) as a time; anything else is a kind :class:`InvalidInput`."""
    match = _CLOCK_TEXT.match(text.strip()) if isinstance(text, str) else None
    if match is None or int(match[1]) > 23 or int(match[2]) > 59:
        shown = f"'{text}'" if isinstance(text, str) else "That"
        raise InvalidInput(
            _("{shown} isn't a time kindspace can use; please write it like 09:30.").format(
                shown=shown
            )
        )
    return time(int(match[1]), int(match[2]))


def _minute(moment: object) -> time:
    """Times are kept to the minute: a reminder never needs seconds, and it keeps slots apart."""
    if not isinstance(moment, time):
        raise InvalidInput(_("Reminder times should be times of day, like 09:30."))
    if moment.tzinfo is not None:
        raise InvalidInput(_("Reminder times follow your clock, so they can't carry a time zone."))
    return moment.replace(second=0, microsecond=0, fold=0)


def _clean_times(times: object) -> tuple[time, ...]:
    if not isinstance(times, Iterable):
        raise InvalidInput(_("Reminder times should be a list of times, like 09:30 and 17:00."))
    cleaned = tuple(sorted({_minute(moment) for moment in times}))
    if len(cleaned) > MAX_TIMES_PER_DAY:
        raise InvalidInput(
            _(
                "Up to {max_times_per_day} reminders a day keep them gentle; "
                "please choose fewer times."
            ).format(max_times_per_day=MAX_TIMES_PER_DAY)
        )
    return cleaned


def _clean_weekdays(days: object) -> frozenset[int]:
    if not isinstance(days, Iterable):
        raise InvalidInput(_("Reminder days should be a list of weekdays."))
    items = list(days)
    for day in items:
        if isinstance(day, bool) or not isinstance(day, int) or not 0 <= day <= 6:
            raise InvalidInput(_("Days are numbered from 0 (Monday) to 6 (Sunday)."))
    return frozenset(items)


def _parse_quiet_hours(data: object) -> QuietHours:
    if not isinstance(data, Mapping) or "start" not in data or "end" not in data:
        raise InvalidInput(_("Quiet hours need a start and an end time, like 22:00 to 07:00."))
    return QuietHours(parse_clock(data["start"]), parse_clock(data["end"]))


def _list(value: object, what: str) -> list[Any]:
    if not isinstance(value, list | tuple):
        raise InvalidInput(_("The reminder setting '{what}' should be a list.").format(what=what))
    return list(value)


def _require_bool(value: object, message: str) -> None:
    if not isinstance(value, bool):
        raise InvalidInput(message)
