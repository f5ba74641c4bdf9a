"""Moments the whole stack's clock is pinned to, so date-sensitive tests pass on any day.

Why these: each is a moment where "today" is easy to get wrong. The zone of each moment becomes
the process's local zone while it is pinned (time-machine sets ``TZ``), so the journal, the
window, practice and reminders all see the same wall clock, as they would on that night.

* a leap day a minute before midnight, in a zone where UTC is already in March;
* the night clocks go back, a minute before the repeated hour starts;
* New Year's Eve a minute before midnight, in a zone with a half-hour offset;
* UTC+13:45, where the local day is a day ahead of UTC's.

Time keeps running from the pinned moment (``tick=True``): Qt's timers and pytest-qt's waits go
on as usual, and a test that takes a minute really crosses midnight, as a person would.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from zoneinfo import ZoneInfo

import time_machine

from kindspace.clock import system_clock

#: An ordinary evening, to tell a failure at a hostile moment apart from one at any moment.
ORDINARY = datetime(2026, 11, 26, 20, 30, tzinfo=ZoneInfo("Europe/Paris"))

HOSTILE_MOMENTS = {
    "leap-day-23.59": datetime(2028, 2, 29, 23, 59, tzinfo=ZoneInfo("America/Los_Angeles")),
    "clocks-go-back": datetime(2026, 10, 25, 2, 59, fold=0, tzinfo=ZoneInfo("Europe/Berlin")),
    "new-years-eve-23.59": datetime(2026, 12, 31, 23, 59, tzinfo=ZoneInfo("Asia/Kolkata")),
    "utc+13.45": datetime(2027, 1, 12, 8, 0, tzinfo=ZoneInfo("Pacific/Chatham")),
}

MOMENTS = {"ordinary": ORDINARY, **HOSTILE_MOMENTS}


@contextmanager
def pinned_at(moment: datetime) -> Iterator[datetime]:
    """Move the system clock (and zone) of this process to ``moment``; yields local now.

    What is yielded is what ``kindspace.clock.system_clock`` answers, so a test compares with
    exactly what the stack sees.
    """
    with time_machine.travel(moment, tick=True):
        yield system_clock()
