"""Clocks for tests: the journal takes a clock, so tests pass one instead of patching time."""

from __future__ import annotations

from datetime import datetime, timedelta


class StepClock:
    """Moves on by one second at each reading, so every saved entry has its own time."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now
