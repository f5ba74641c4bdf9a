"""One suggested practice that fits the time of day and today's check-in."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from kindspace.practice.checkin import CheckIn
from kindspace.practice.definitions import ExerciseCatalog
from kindspace.practice.focus import closing_words, opening_line
from kindspace.practice.suggest import is_short, short_practices, suggest
from tests.unit.practice.test_content_words import pressure_words_in

ZONE = timezone(timedelta(hours=2))


def at(hour: int) -> datetime:
    return datetime(2024, 3, 9, hour, 30, tzinfo=ZONE)


def test_short_practices_are_thirty_seconds_to_five_minutes(catalog: ExerciseCatalog) -> None:
    short = short_practices(catalog)
    assert short[0].id == "small_moments"  # quickest first
    assert {ex.id for ex in short} == {"small_moments", "critic_to_friend", "self_compassion_break"}
    assert all(is_short(ex) for ex in short)


@pytest.mark.parametrize("hour", range(24))
def test_late_at_night_only_short_practices_are_suggested(
    catalog: ExerciseCatalog, hour: int
) -> None:
    for checkin in (None, CheckIn(("sad",)), CheckIn(("calm",)), CheckIn(("overwhelmed",), 3)):
        found = suggest(catalog, at(hour), checkin)
        assert found is not None and found.reason
        if hour >= 23 or hour < 5:
            assert is_short(found.exercise), (hour, checkin, found.exercise.id)
        assert pressure_words_in(found.reason) == []


def test_the_checkin_changes_the_suggestion(catalog: ExerciseCatalog) -> None:
    evening = at(20)
    assert suggest(catalog, evening).exercise.id == "self_compassion_journal"  # type: ignore[union-attr]
    strong = suggest(catalog, evening, CheckIn(("anxious", "overwhelmed"), 3))
    assert strong is not None and strong.exercise.id == "self_compassion_break"
    assert "strong" in strong.reason
    critic = suggest(catalog, evening, CheckIn(("hard on myself",), 2))
    assert critic is not None and critic.exercise.id == "critic_to_friend"
    light = suggest(catalog, evening, CheckIn(("grateful",)))
    assert light is not None and light.exercise.id == "small_moments"


def test_a_suggestion_is_found_without_the_shipped_exercises(catalog: ExerciseCatalog) -> None:
    only = {"rain": catalog["rain"]}
    found = suggest(only, at(2), CheckIn(("sad",), 3))
    assert found is not None and found.exercise.id == "rain"  # the only one there is
    assert suggest({}, at(12)) is None


def test_the_opening_line_says_what_is_coming(catalog: ExerciseCatalog) -> None:
    assert opening_line(catalog["small_moments"]).startswith(
        "About 30 seconds, in three short steps."
    )
    assert opening_line(catalog["rain"]).startswith("10 to 15 minutes, in eight short steps.")
    for exercise in catalog.values():
        assert pressure_words_in(opening_line(exercise)) == []
    assert closing_words("  breathe  ") == "“breathe”"
    assert closing_words("") == "However it went, it counted."
