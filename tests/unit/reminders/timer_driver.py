"""A stand-in for the GUI's timer driver, so tests can live through days in microseconds.

It does what docs/design/reminders.md asks of the GUI: call ``tick`` whenever the single-shot
timer fires, keep the state it returns, and arm the timer for ``tick.wait``. A timer counts
only time the computer is awake, so a sleep delays it by the sleep's length; with
``wake_signal`` the driver also ticks at once on waking, as the GUI does when the desktop
tells it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from kindspace.reminders.rules import ReminderRules
from kindspace.reminders.schedule import Reminder, tick
from kindspace.reminders.state import ReminderState


@dataclass
class Run:
    shown: list[tuple[datetime, Reminder]] = field(default_factory=list)
    wake_ups: list[datetime] = field(default_factory=list)
    state: ReminderState = field(default_factory=ReminderState)

    @property
    def shown_at(self) -> list[datetime]:
        return [moment for moment, _ in self.shown]


def drive(
    rules: ReminderRules,
    start: datetime,
    end: datetime,
    *,
    state: ReminderState | None = None,
    sleeps: tuple[tuple[datetime, datetime], ...] = (),
    wake_signal: bool = False,
    practised: Callable[[datetime], bool] = lambda now: False,
) -> Run:
    """Run the timer loop from ``start`` to ``end`` (both in the zone to use)."""
    zone = start.tzinfo
    run = Run(state=state or ReminderState())
    now = start
    while now <= end:
        assert len(run.wake_ups) < 100_000, "the timer loop never settled"
        run.wake_ups.append(now)
        result = tick(rules, run.state, now, practised_today=practised(now))
        run.state = result.state
        if result.reminder is not None:
            run.shown.append((now, result.reminder))
        if result.wait is None:
            break
        now = _fire_time(now, result.wait, sleeps, wake_signal).astimezone(zone)
    return run


def _fire_time(
    armed: datetime,
    wait: timedelta,
    sleeps: tuple[tuple[datetime, datetime], ...],
    wake_signal: bool,
) -> datetime:
    """When a timer armed at ``armed`` for ``wait`` of awake time really fires."""
    fire = armed.astimezone(UTC) + wait
    for asleep, awake in sorted(sleeps):
        asleep, awake = asleep.astimezone(UTC), awake.astimezone(UTC)
        if armed.astimezone(UTC) <= asleep < fire:
            if wake_signal:
                return awake
            fire += awake - asleep
    return fire
