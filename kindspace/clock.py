"""Time as kindspace sees it: an injectable clock with the local offset.

Entries belong to the *local* day on which they were written, and keep the UTC offset of
that moment, so a note written at 23:30 in Lisbon stays on that day after a move to Tokyo.
This module is the only place in kindspace that reads the system's time of day
(``tests/unit/test_clock_discipline.py`` enforces it). Everything else is handed a clock, and
the app hands the same one to the journal, the window, practice and reminders, so a test that
pins "now" pins it for the whole stack. Tests pass their own clock, or pin the system clock
for everything at once with ``time-machine`` (``tests/helpers/moments.py``).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo

#: A clock returns the current time as an *aware* datetime in the local offset.
Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now().astimezone()


def system_offset_zone() -> tzinfo:
    """The computer's current UTC offset as a zone, for when no named zone can be found."""
    zone = system_clock().tzinfo
    assert zone is not None  # astimezone() always attaches a zone
    return zone


def fixed_clock(moment: datetime) -> Clock:
    """A clock that always answers ``moment`` (which must be timezone-aware)."""
    if moment.tzinfo is None:
        raise ValueError("a fixed clock needs a timezone-aware moment")
    return lambda: moment


def to_utc_text(moment: datetime) -> str:
    """ISO 8601 in UTC with microseconds: sorts correctly as text."""
    if moment.tzinfo is None:
        raise ValueError("timestamps must be timezone-aware")
    utc = moment.astimezone(UTC)
    # Not strftime: "%Y" drops leading zeros before the year 1000 on some platforms.
    return f"{utc.year:04d}-{utc:%m-%dT%H:%M:%S.%f}Z"


def offset_minutes(moment: datetime) -> int:
    offset = moment.utcoffset()
    if offset is None:
        raise ValueError("timestamps must be timezone-aware")
    return int(offset.total_seconds() // 60)


def from_utc_text(text: str, minutes: int) -> datetime:
    """Rebuild the moment as it was seen on the writer's wall clock.

    ``fromisoformat`` rather than ``strptime``: every entry read passes through here twice,
    and it is several times faster. Only the ``Z`` form :func:`to_utc_text` writes is taken.
    """
    if not text.endswith("Z"):
        raise ValueError(f"{text!r} is not a UTC time ending in Z")
    utc_moment = datetime.fromisoformat(text)
    return utc_moment.astimezone(_offset(minutes))


@functools.lru_cache(maxsize=256)
def _offset(minutes: int) -> timezone:
    return timezone(timedelta(minutes=minutes))


def parse_day(text: str) -> date:
    """A ``YYYY-MM-DD`` day; raises ValueError for anything else."""
    if len(text) != 10:
        raise ValueError(f"{text!r} is not a date like 2024-05-31")
    return date.fromisoformat(text)
