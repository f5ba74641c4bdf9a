"""Reminder rules: checked once, kind messages for bad input, the wizard's shape accepted."""

from __future__ import annotations

from datetime import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kindspace.errors import InvalidInput
from kindspace.reminders.phrases import MAX_PHRASE_LENGTH, clean_phrases, default_phrases
from kindspace.reminders.rules import (
    ALL_DAYS,
    MAX_TIMES_PER_DAY,
    QuietHours,
    ReminderRules,
    parse_clock,
)


def test_the_wizards_shape_is_accepted() -> None:
    rules = ReminderRules.from_dict(
        {
            "enabled": True,
            "times": ["9:05", "17:30"],
            "days": [0, 1, 2, 3, 4],
            "skip_if_practised": False,
        }
    )
    assert rules.enabled
    assert rules.times == (time(9, 5), time(17, 30))
    assert rules.weekdays == frozenset({0, 1, 2, 3, 4})
    assert not rules.skip_if_practised_today
    assert rules.quiet_hours is None and rules.phrases == () and rules.suggested_exercise is None


def test_a_full_round_trip_keeps_everything() -> None:
    rules = ReminderRules(
        enabled=True,
        times=(time(21, 0), time(8, 15)),
        weekdays=frozenset({5, 6}),
        quiet_hours=QuietHours(time(22, 0), time(7, 0)),
        skip_if_practised_today=False,
        phrases=("Breathe.", "You matter."),
        suggested_exercise="kind_pause",
        popup_seconds=30,
    )
    data = rules.to_dict()
    assert data["times"] == ["08:15", "21:00"]
    assert data["quiet_hours"] == {"start": "22:00", "end": "07:00"}
    assert ReminderRules.from_dict(data) == rules


def test_to_dict_can_leave_the_private_phrases_out() -> None:
    rules = ReminderRules(phrases=("a private sentence",))
    data = rules.to_dict(with_phrases=False)
    assert "phrases" not in data
    assert "a private sentence" not in repr(data)
    assert ReminderRules.from_dict(data).phrases == ()


def test_times_are_tidied_to_sorted_unique_minutes() -> None:
    rules = ReminderRules(times=[time(9, 0, 30), time(8, 0), time(9, 0)])  # type: ignore[arg-type]
    assert rules.times == (time(8, 0), time(9, 0))
    assert ReminderRules(weekdays=[1, 1, 3]).weekdays == frozenset({1, 3})  # type: ignore[arg-type]


def test_defaults_are_off_every_day_with_no_quiet_hours() -> None:
    rules = ReminderRules()
    assert not rules.enabled and not rules.can_fire
    assert rules.weekdays == ALL_DAYS
    assert ReminderRules.from_dict({}) == rules


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ([], "shape"),
        ({"enabled": "yes"}, "on or off"),
        ({"times": "09:00"}, "should be a list"),
        ({"times": ["9 o'clock"]}, "like 09:30"),
        ({"times": ["24:00"]}, "like 09:30"),
        ({"times": ["12:60"]}, "like 09:30"),
        ({"times": [930]}, "like 09:30"),
        ({"times": [f"{h:02d}:00" for h in range(MAX_TIMES_PER_DAY + 1)]}, "fewer times"),
        ({"days": [7]}, "0 (Monday) to 6 (Sunday)"),
        ({"days": [True]}, "0 (Monday) to 6 (Sunday)"),
        ({"days": [[1]]}, "0 (Monday) to 6 (Sunday)"),
        ({"quiet_hours": {"start": "22:00"}}, "start and an end"),
        ({"quiet_hours": {"start": "22:00", "end": "22:00"}}, "differ"),
        ({"skip_if_practised": 1}, "already practised"),
        ({"phrases": "be kind"}, "should be a list"),
        ({"phrases": [5]}, "piece of text"),
        ({"phrases": ["x" * (MAX_PHRASE_LENGTH + 1)]}, "shorten"),
        ({"suggested_exercise": "../etc"}, "doesn't know that exercise"),
        ({"popup_seconds": 2}, "on screen"),
        ({"popup_seconds": True}, "on screen"),
    ],
)
def test_bad_input_gets_one_kind_sentence(data: object, words: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        ReminderRules.from_dict(data)
    message = str(caught.value)
    assert words in message
    assert message.endswith((".", "?")) and "Traceback" not in message


def test_times_with_a_zone_are_refused() -> None:
    from datetime import UTC

    with pytest.raises(InvalidInput, match="time zone"):
        ReminderRules(times=(time(9, 0, tzinfo=UTC),))


def test_quiet_hours_spanning_midnight() -> None:
    quiet = QuietHours(time(22, 0), time(7, 0))
    assert quiet.spans_midnight
    assert (
        quiet.contains(time(22, 0)) and quiet.contains(time(23, 59)) and quiet.contains(time(0, 0))
    )
    assert quiet.contains(time(6, 59))
    assert not quiet.contains(time(7, 0)) and not quiet.contains(time(21, 59))


def test_quiet_hours_within_a_day() -> None:
    quiet = QuietHours(time(12, 0), time(14, 0))
    assert not quiet.spans_midnight
    assert quiet.contains(time(12, 0)) and quiet.contains(time(13, 59))
    assert not quiet.contains(time(14, 0)) and not quiet.contains(time(11, 59))


@given(st.integers(0, 23), st.integers(0, 59))
def test_clock_text_round_trips(hour: int, minute: int) -> None:
    text = f"{hour:02d}:{minute:02d}"
    assert parse_clock(text) == time(hour, minute)
    assert ReminderRules.from_dict({"times": [text]}).to_dict()["times"] == [text]


def test_phrases_are_trimmed_and_kept_once() -> None:
    assert clean_phrases(["  Breathe   in. ", "", "Breathe in.", "\tRest\n"]) == (
        "Breathe in.",
        "Rest",
    )


def test_default_phrases_are_gentle() -> None:
    pressure = ("streak", "missed", "forgot", "should", "must", "don't forget", "again", "failed")
    for phrase in default_phrases():
        assert len(phrase) <= MAX_PHRASE_LENGTH
        assert not any(word in phrase.lower() for word in pressure), phrase
