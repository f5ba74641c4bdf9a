"""Drives the Qt-free scheduler with one single-shot timer, and acts on the popup's answers.

Why one timer and not polling: the process should sleep while nothing is due. ``tick`` says
how long to wait (never more than ten minutes, so sleep and clock changes are noticed); the
timer is re-armed after every answer, rule change, lock, unlock and at start. Everything that
decides whether a reminder is due lives in :mod:`kindspace.reminders`.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from kindspace.clock import Clock, system_clock
from kindspace.errors import KindspaceError
from kindspace.gui.words import translate
from kindspace.journal.journal import Journal
from kindspace.reminders import state as actions
from kindspace.reminders.rules import ReminderRules
from kindspace.reminders.schedule import Reminder, tick
from kindspace.reminders.state import ReminderState, is_paused
from kindspace.reminders.store import (
    load_phrases,
    load_reminders,
    reminders_path,
    save_phrases,
    save_reminders,
)
from kindspace.reminders.wall_clock import local_now

log = logging.getLogger(__name__)

#: The first-run wizard leaves its reminder choices here in the journal until they are adopted.
FIRST_RUN_SETTING = "reminder_preferences"


class ReminderDriver(QObject):
    """Keeps rules and state, asks ``tick`` what to do, and shows what is due."""

    #: A reminder is due: show it (the popup listens).
    reminder_due = Signal(object)  # Reminder
    #: Rules or state changed (the tray updates its Pause menu).
    changed = Signal()
    #: Saving failed: one kind sentence to show.
    problem = Signal(str)

    def __init__(
        self,
        data_dir: Path,
        journal: Callable[[], Journal | None],
        *,
        clock: Clock = system_clock,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.journal = journal
        self._clock = clock
        saved = load_reminders(data_dir, clock=clock)
        self.rules: ReminderRules = saved.rules
        self.state: ReminderState = saved.state
        #: One kind sentence when the saved file could not be used (shown once by the app).
        self.load_problem = saved.problem
        self._has_file = reminders_path(data_dir).exists()
        self._practised_known = False
        #: How many times the timer has fired (the idle benchmark reads it via the probe).
        self.wakeups = 0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._on_timer)

    # -- the loop -----------------------------------------------------------------------------

    def now(self) -> datetime:
        return local_now(self._clock())

    def check(self) -> Reminder | None:
        """Ask the scheduler now: show what is due, keep the new state, re-arm the timer."""
        now = self.now()
        journal = self.journal()
        result = tick(
            self.rules,
            self.state,
            now,
            practised_today=self._practised_today(journal, now),
            generic=journal is None,
        )
        self._keep(result.state)
        if result.wait is None:
            self.timer.stop()
        else:
            self.timer.start(max(1, math.ceil(result.wait.total_seconds() * 1000)))
        if result.reminder is not None:
            self.reminder_due.emit(result.reminder)
        return result.reminder

    def _on_timer(self) -> None:
        self.wakeups += 1
        self.check()

    def _practised_today(self, journal: Journal | None, now: datetime) -> bool:
        if journal is not None:
            today = now.date()
            try:
                self._practised_known = bool(journal.entries.practice_days(today, today))
            except Exception:  # a closing journal: keep what was known
                log.debug("Could not read today's practice", exc_info=True)
        return self._practised_known

    def _keep(self, state: ReminderState, rules: ReminderRules | None = None) -> None:
        changed = state != self.state or (rules is not None and rules != self.rules)
        self.state = state
        if rules is not None:
            self.rules = rules
        if not changed:
            return
        try:
            save_reminders(self.data_dir, self.rules, self.state, clock=self._clock)
            self._has_file = True
        except KindspaceError as error:
            self.problem.emit(str(error))
        self.changed.emit()

    # -- the journal ---------------------------------------------------------------------------

    def journal_opened(self) -> None:
        """The person's own phrases (and the first run's choices) are in the journal."""
        journal = self.journal()
        if journal is None:
            return
        rules = self.rules
        adopt = not self._has_file
        if adopt:
            wizard = journal.settings.get(FIRST_RUN_SETTING)
            try:
                rules = ReminderRules.from_dict(wizard) if wizard else rules
            except KindspaceError:
                log.info("The first run's reminder choices could not be used")
        rules = rules.with_phrases(load_phrases(journal.settings))
        if adopt and rules.to_dict(with_phrases=False) != self.rules.to_dict(with_phrases=False):
            self._keep(actions.skip_missed(self.state, self.now()), rules)
        else:
            self.rules = rules
        self.check()

    def journal_closing(self) -> None:
        """Locked: only the built-in phrases from now on."""
        self.rules = self.rules.with_phrases(())
        self.check()

    # -- what the person chose ----------------------------------------------------------------

    def later(self, minutes: int) -> None:
        self._act(actions.snooze(self.state, self.now(), minutes))

    def not_today(self) -> None:
        self._act(actions.not_today(self.state, self.now()))

    def pause_for_an_hour(self) -> None:
        self._act(actions.pause_for(self.state, self.now(), 1))

    def pause_until_tomorrow(self) -> None:
        self._act(actions.pause_until_tomorrow(self.state, self.now()))

    def pause_until_resumed(self) -> None:
        self._act(actions.pause_until_resumed(self.state, self.now()))

    def resume(self) -> None:
        self._act(actions.resume(self.state, self.now()))

    def is_paused(self) -> bool:
        return is_paused(self.state, self.now())

    def change_rules(self, rules: ReminderRules) -> None:
        """New settings: phrases into the journal, the rest to the file, then look again.

        Raises :class:`KindspaceError` when the journal is locked but phrases were given.
        """
        journal = self.journal()
        if journal is not None:
            phrases = save_phrases(journal.settings, rules.phrases)
            rules = rules.with_phrases(phrases)
        elif rules.phrases:
            raise KindspaceError(
                translate(
                    "ReminderDriver",
                    "Please unlock your journal to change your own phrases.",
                )
            )
        else:
            rules = rules.with_phrases(self.rules.phrases)
        self._keep(actions.skip_missed(self.state, self.now()), rules)
        self.check()

    def _act(self, state: ReminderState) -> None:
        self._keep(state)
        self.check()
