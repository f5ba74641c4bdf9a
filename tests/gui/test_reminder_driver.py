"""The reminder driver: one timer, the scheduler's answers, and what is kept where."""

from __future__ import annotations

import json
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kindspace.errors import KindspaceError
from kindspace.gui.reminder_driver import FIRST_RUN_SETTING, ReminderDriver
from kindspace.journal.journal import Journal
from kindspace.reminders.phrases import default_phrases
from kindspace.reminders.rules import ReminderRules
from kindspace.reminders.schedule import MAX_TIMER_WAIT, Reminder
from kindspace.reminders.store import load_phrases, load_reminders, reminders_path

OWN_PHRASE = "You are allowed to rest, love."
#: Monday 2 March 2026, 10:00 in Berlin (09:00 UTC).
TEN_O_CLOCK = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


class MovableClock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture(autouse=True)
def berlin(monkeypatch: pytest.MonkeyPatch, qapp: object) -> None:
    """Berlin's time zone, and a running QApplication for the timer."""
    monkeypatch.setenv("TZ", "Europe/Berlin")


@pytest.fixture
def clock() -> MovableClock:
    return MovableClock(TEN_O_CLOCK)


def rules_at(*times: time, **changes: object) -> ReminderRules:
    settings: dict[str, object] = {
        "enabled": True,
        "times": times,
        "skip_if_practised_today": False,
        **changes,
    }
    return ReminderRules(**settings)  # type: ignore[arg-type]


def driver_for(
    data_dir: Path, clock: MovableClock, journal: Journal | None = None
) -> ReminderDriver:
    data_dir.mkdir(parents=True, exist_ok=True)
    return ReminderDriver(data_dir, lambda: journal, clock=clock)


def collect(driver: ReminderDriver) -> list[Reminder]:
    shown: list[Reminder] = []
    driver.reminder_due.connect(shown.append)
    return shown


def test_a_due_reminder_is_shown_once_and_the_timer_waits_for_the_next(
    tmp_path: Path, clock: MovableClock
) -> None:
    driver = driver_for(tmp_path / "data", clock)
    shown = collect(driver)
    driver.change_rules(rules_at(time(10, 0), time(15, 0)))
    shown.clear()  # a time set at the present minute is let go when saved ...
    clock.now += timedelta(days=1)  # ... so look at the next day's 10:00

    driver.check()
    driver.check()

    assert len(shown) == 1
    assert shown[0].phrase in default_phrases()
    assert driver.timer.isActive()
    assert 0 < driver.timer.interval() <= MAX_TIMER_WAIT.total_seconds() * 1000
    saved = load_reminders(tmp_path / "data")
    assert saved.state.last_shown_at == clock.now


def test_reminders_off_stop_the_timer_so_the_process_sleeps(
    tmp_path: Path, clock: MovableClock
) -> None:
    driver = driver_for(tmp_path / "data", clock)

    driver.check()

    assert not driver.timer.isActive()


def test_the_timer_waits_until_the_next_time_when_it_is_near(
    tmp_path: Path, clock: MovableClock
) -> None:
    driver = driver_for(tmp_path / "data", clock)
    driver.change_rules(rules_at(time(10, 5)))

    assert driver.timer.isActive()
    assert driver.timer.interval() == 5 * 60 * 1000


def test_later_brings_it_back_and_survives_a_restart(tmp_path: Path, clock: MovableClock) -> None:
    data_dir = tmp_path / "data"
    driver = driver_for(data_dir, clock)
    driver.change_rules(rules_at(time(10, 0)))

    driver.later(30)

    restarted = driver_for(data_dir, clock)
    assert restarted.state.snoozed_until == TEN_O_CLOCK + timedelta(minutes=30)
    clock.now += timedelta(minutes=30)
    shown = collect(restarted)
    restarted.check()
    assert [reminder.snoozed for reminder in shown] == [True]


def test_pause_until_resumed_stops_the_timer_and_resume_starts_it(
    tmp_path: Path, clock: MovableClock, qtbot: QtBot
) -> None:
    driver = driver_for(tmp_path / "data", clock)
    driver.change_rules(rules_at(time(11, 0)))

    with qtbot.waitSignal(driver.changed):
        driver.pause_until_resumed()
    assert driver.is_paused()
    assert not driver.timer.isActive()
    assert driver_for(tmp_path / "data", clock).state.paused_until_resumed

    driver.resume()
    assert not driver.is_paused()
    assert driver.timer.isActive()


def test_not_today_lets_the_rest_of_the_day_go(tmp_path: Path, clock: MovableClock) -> None:
    driver = driver_for(tmp_path / "data", clock)
    driver.change_rules(rules_at(time(11, 0), time(15, 0)))
    shown = collect(driver)

    driver.not_today()
    clock.now += timedelta(hours=5)
    driver.check()

    assert shown == []
    assert driver.state.not_today == TEN_O_CLOCK.date()


def test_while_locked_only_kindspace_own_words_are_shown(
    tmp_path: Path, clock: MovableClock, journal: Journal
) -> None:
    open_now: list[Journal | None] = [journal]
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    driver = ReminderDriver(data_dir, lambda: open_now[0], clock=clock)
    driver.change_rules(rules_at(time(10, 30), phrases=(OWN_PHRASE,)))
    shown = collect(driver)

    open_now[0] = None
    driver.journal_closing()
    clock.now += timedelta(minutes=30)
    driver.check()

    assert len(shown) == 1
    assert shown[0].generic
    assert shown[0].phrase in default_phrases()


def test_own_phrases_live_in_the_journal_never_in_the_file(
    tmp_path: Path, clock: MovableClock, journal: Journal
) -> None:
    data_dir = tmp_path / "data"
    driver = driver_for(data_dir, clock, journal)

    driver.change_rules(rules_at(time(10, 30), phrases=(OWN_PHRASE,)))
    clock.now += timedelta(minutes=30)
    shown = collect(driver)
    driver.check()

    assert load_phrases(journal.settings) == (OWN_PHRASE,)
    assert OWN_PHRASE not in reminders_path(data_dir).read_text()
    assert [reminder.phrase for reminder in shown] == [OWN_PHRASE]


def test_own_phrases_cannot_be_changed_while_locked(tmp_path: Path, clock: MovableClock) -> None:
    driver = driver_for(tmp_path / "data", clock)

    with pytest.raises(KindspaceError, match="unlock"):
        driver.change_rules(rules_at(time(10, 30), phrases=(OWN_PHRASE,)))


def test_a_practice_today_skips_reminders_when_asked(
    tmp_path: Path, clock: MovableClock, journal: Journal
) -> None:
    driver = driver_for(tmp_path / "data", clock, journal)
    driver.change_rules(rules_at(time(10, 30), skip_if_practised_today=True))
    journal.entries.create(body="a few kind words", day=TEN_O_CLOCK.date())
    shown = collect(driver)

    clock.now += timedelta(minutes=30)
    driver.check()

    assert shown == []


def test_the_first_run_choices_are_adopted_at_the_first_unlock(
    tmp_path: Path, clock: MovableClock, journal: Journal
) -> None:
    journal.settings.set(
        FIRST_RUN_SETTING,
        {"enabled": True, "times": ["18:00"], "days": [0, 1, 2], "skip_if_practised": False},
    )
    data_dir = tmp_path / "data"
    driver = driver_for(data_dir, clock, journal)

    driver.journal_opened()

    assert driver.rules.enabled
    assert driver.rules.times == (time(18, 0),)
    assert driver.rules.weekdays == frozenset({0, 1, 2})
    saved = json.loads(reminders_path(data_dir).read_text())
    assert saved["rules"]["times"] == ["18:00"]
