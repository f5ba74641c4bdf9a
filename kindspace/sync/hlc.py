"""A hybrid logical clock: stamps that sort like wall time yet never go backwards.

Why not the wall clock alone: two devices' clocks disagree, and a laptop's clock can jump back
(a flat battery, a wrong time zone fix). A merge that trusted wall time could let an older edit
beat a newer one. The hybrid clock keeps the wall time where it can (so stamps stay readable and
roughly true) and falls back on a counter, and it moves past every stamp it has seen from another
device, so a change made after seeing another always sorts after it.

A stamp is text ``WWWWWWWWWWWWW-CCCCC-DEVICE``: milliseconds since 1970 (13 digits), a counter
(5 digits) and the device id. Stamps sort correctly as plain text, so the store can compare them
with SQL and Python alike. Time comes only from the journal's clock (``kindspace.clock``).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from kindspace.clock import Clock

WALL_DIGITS = 13
COUNTER_DIGITS = 5
MAX_COUNTER = 10**COUNTER_DIGITS - 1
MAX_WALL = 10**WALL_DIGITS - 1
#: Device ids are short lowercase hex (made by migration 5) or, in tests, simple names.
_DEVICE = r"[0-9a-z_]{1,40}"
_STAMP = re.compile(rf"\A(\d{{{WALL_DIGITS}}})-(\d{{{COUNTER_DIGITS}}})-({_DEVICE})\Z")
DEVICE_ID = re.compile(rf"\A{_DEVICE}\Z")


def make_stamp(wall_ms: int, counter: int, device_id: str) -> str:
    if not 0 <= wall_ms <= MAX_WALL or not 0 <= counter <= MAX_COUNTER:
        raise ValueError("a stamp's time or counter is out of range")
    if not DEVICE_ID.match(device_id):
        raise ValueError(f"{device_id!r} is not a device id")
    return f"{wall_ms:0{WALL_DIGITS}d}-{counter:0{COUNTER_DIGITS}d}-{device_id}"


def parse_stamp(stamp: str) -> tuple[int, int, str]:
    """(wall ms, counter, device id); ValueError for anything that is not a stamp."""
    match = _STAMP.match(stamp) if isinstance(stamp, str) else None
    if match is None:
        raise ValueError(f"{stamp!r} is not a sync stamp")
    return int(match[1]), int(match[2]), match[3]


def stamp_device(stamp: str) -> str:
    return parse_stamp(stamp)[2]


def genesis_stamp(device_id: str) -> str:
    """The stamp of what a journal held before it recorded changes: older than any change."""
    return make_stamp(0, 0, device_id)


def stamp_moment(stamp: str) -> datetime:
    """The wall time a stamp carries, in UTC (for showing, never for ordering)."""
    wall_ms = parse_stamp(stamp)[0]
    return datetime.fromtimestamp(wall_ms / 1000, UTC)


def wall_ms(clock: Clock) -> int:
    return int(clock().timestamp() * 1000)


class HybridClock:
    """One device's hybrid clock. ``last`` is the newest stamp it issued or observed."""

    def __init__(self, clock: Clock, device_id: str, last: str = "") -> None:
        if not DEVICE_ID.match(device_id):
            raise ValueError(f"{device_id!r} is not a device id")
        self._clock = clock
        self.device_id = device_id
        self._wall, self._counter = (0, 0)
        if last:
            self._wall, self._counter, _ = parse_stamp(last)

    @property
    def last(self) -> str:
        return make_stamp(self._wall, self._counter, self.device_id)

    def tick(self) -> str:
        """A new stamp, later than every stamp issued or observed before."""
        now = min(max(wall_ms(self._clock), 0), MAX_WALL)
        if now > self._wall:
            self._wall, self._counter = now, 0
        elif self._counter < MAX_COUNTER:
            self._counter += 1
        else:  # a burst of 100 000 changes in one millisecond: borrow the next millisecond
            self._wall, self._counter = self._wall + 1, 0
        return self.last

    def observe(self, stamp: str) -> None:
        """Move past another device's stamp, so what is done next sorts after it.

        A device whose clock runs far ahead drags the others' stamps forward with it; that
        only makes their later changes win, which is what they are, so nothing is refused.
        """
        wall, counter, _ = parse_stamp(stamp)
        if (wall, counter) > (self._wall, self._counter):
            self._wall, self._counter = wall, counter
