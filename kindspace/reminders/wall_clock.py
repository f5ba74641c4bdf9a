"""Turning "10:00 on Sunday" into a real moment, in the zone the person is in today.

Two facts make this more than ``datetime.combine``. Some wall-clock times do not exist (the
hour skipped when DST starts) and some exist twice (the hour repeated when it ends); and the
scheduler can only see DST coming when the moment it is given carries a real zone
(:class:`zoneinfo.ZoneInfo`) rather than a bare UTC offset. :func:`local_now` gives it one.
"""

from __future__ import annotations

import math
import os
from datetime import UTC, date, datetime, time, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo

from kindspace.clock import system_offset_zone

_SYSTEM_ZONE_FILE = Path("/etc/localtime")


def resolve_wall_time(day: date, at: time, zone: tzinfo) -> datetime:
    """The moment (in UTC) when clocks in ``zone`` show ``at`` on ``day``.

    A time that happens twice (the repeated hour when DST ends) is its *first* occurrence, so
    a reminder in that hour comes once. A time that never happens (the skipped hour when DST
    starts) becomes the moment the clocks jump, the first valid time after it: a 02:30
    reminder on the spring-forward night in Berlin comes at 03:00, not an hour late and not
    never.

    The answer is in UTC because Python compares an ambiguous local time with a time in any
    other zone as unequal (PEP 495), which would make a repeated-hour reminder hard to match.
    """
    wall = datetime.combine(day, at.replace(tzinfo=None, fold=0))
    first = wall.replace(tzinfo=zone)
    if _wall(first.astimezone(UTC), zone) == wall:
        return first.astimezone(UTC)
    # A gap. Read with either offset, the two guesses lie on both sides of the jump.
    low = min(first.astimezone(UTC), wall.replace(tzinfo=zone, fold=1).astimezone(UTC))
    high = max(first.astimezone(UTC), wall.replace(tzinfo=zone, fold=1).astimezone(UTC))
    if not _wall(low, zone) < wall <= _wall(high, zone):
        return first.astimezone(UTC)  # a zone without PEP 495 folds
    low_second, high_second = math.floor(low.timestamp()), math.ceil(high.timestamp())
    while high_second - low_second > 1:  # transitions fall on whole seconds
        middle = (low_second + high_second) // 2
        if _wall(datetime.fromtimestamp(middle, UTC), zone) >= wall:
            high_second = middle
        else:
            low_second = middle
    return datetime.fromtimestamp(high_second, UTC)


def _wall(moment: datetime, zone: tzinfo) -> datetime:
    return moment.astimezone(zone).replace(tzinfo=None, fold=0)


def local_zone() -> tzinfo:
    """The computer's time zone, with its DST rules where the system reveals them.

    Read afresh on every call, so a change of time zone in the system settings is seen at the
    scheduler's next look. Order: ``TZ`` naming a zone, then ``/etc/localtime`` (Linux,
    macOS, BSD). Elsewhere (Windows) only today's UTC offset is known; the scheduler's
    regular re-check (see docs/design/reminders.md) then keeps reminders on the wall clock.
    """
    named = os.environ.get("TZ", "").removeprefix(":")
    if named:
        zone = _zone_from_name(named)
        if zone is not None:
            return zone
    zone = _zone_from_system_file(_SYSTEM_ZONE_FILE)
    if zone is not None:
        return zone
    return system_offset_zone()


def local_now(now: datetime) -> datetime:
    """``now`` (from any clock) seen in the computer's zone, ready for the scheduler."""
    return now.astimezone(local_zone())


def _zone_from_name(name: str) -> tzinfo | None:
    try:
        if name.startswith("/"):
            with Path(name).open("rb") as handle:
                return ZoneInfo.from_file(handle, key=name)
        return ZoneInfo(name)
    except (KeyError, ValueError, OSError):  # includes ZoneInfoNotFoundError
        return None  # e.g. a POSIX rule like "CET-1CEST": fall back to the system's zone


def _zone_from_system_file(path: Path) -> tzinfo | None:
    if os.name != "posix":
        return None
    try:
        target = str(path.resolve())
        if path.is_symlink() and "/zoneinfo/" in target:
            named = _zone_from_name(target.split("/zoneinfo/", 1)[1])
            if named is not None:
                return named
        with path.open("rb") as handle:
            return ZoneInfo.from_file(handle, key="localtime")
    except (KeyError, ValueError, OSError):
        return None
