"""The ten-second check-in: kept as a journal entry, counted for Insights in kind words."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from kindspace.errors import InvalidInput
from kindspace.journal.journal import Journal
from kindspace.practice.checkin import (
    CHECKIN_KIND,
    FEELING_WORDS,
    checkin_of,
    count_feelings,
    feelings_sentence,
    latest_checkin,
    make_checkin,
    save_checkin,
)
from kindspace.practice.definitions import ExerciseCatalog
from kindspace.practice.insights import gather
from kindspace.practice.insights_words import summary_in_words
from tests.unit.practice.test_content_words import pressure_words_in


def test_a_checkin_is_an_entry_with_words_and_an_optional_strength(journal: Journal) -> None:
    entry = save_checkin(journal, ["anxious", "tired"], 2)
    assert entry.kind == CHECKIN_KIND and entry.title == "Check-in"
    # The words in the offered order, and plain text for lists, search and exports.
    assert entry.answers == {"feelings": ["tired", "anxious"], "strength": 2}
    assert entry.body == "tired, anxious (quite a lot)"
    assert [hit.entry_id for hit in journal.search("anxious")] == [entry.id]
    plain = save_checkin(journal, ["calm"])
    assert plain.answers == {"feelings": ["calm"]} and plain.body == "calm"


def test_nothing_picked_or_an_odd_strength_is_refused_kindly(journal: Journal) -> None:
    with pytest.raises(InvalidInput, match="Pick one or more words"):
        save_checkin(journal, [], 2)
    with pytest.raises(InvalidInput, match="three steps"):
        make_checkin(["calm"], 7)
    assert journal.entries.count() == 0


def test_the_latest_checkin_of_the_day_is_the_one_that_counts(journal: Journal) -> None:
    first = save_checkin(journal, ["sad"], 3)
    save_checkin(journal, ["calm"])
    latest = latest_checkin(journal, first.day)
    assert latest is not None and latest.feelings == ("calm",)
    assert latest_checkin(journal, date(1999, 1, 1)) is None


def test_a_damaged_checkin_is_read_calmly(journal: Journal) -> None:
    odd = journal.entries.create(kind=CHECKIN_KIND, answers={"feelings": "calm", "strength": 9})
    assert checkin_of(odd) is None
    half = journal.entries.create(kind=CHECKIN_KIND, answers={"feelings": ["sad"], "strength": 9})
    found = checkin_of(half)
    assert found is not None and found.strength is None


def test_feelings_are_counted_per_year_for_insights(
    journal: Journal, catalog: ExerciseCatalog
) -> None:
    now = journal.clock()
    for words in (["tired"], ["tired", "calm"], ["hopeful"]):
        save_checkin(journal, words)
    journal.entries.create(
        kind=CHECKIN_KIND,
        answers={"feelings": ["tired"]},
        written_at=datetime(now.year - 1, 6, 1, 12, tzinfo=now.tzinfo),
    )
    counts = count_feelings(journal.entries.iter_all(), now.year)
    assert counts == [("tired", 2), ("calm", 1), ("hopeful", 1)]
    insights = gather(journal, catalog.values(), now.date())
    assert insights.feelings[now.year] == tuple(counts)
    assert insights.feelings[now.year - 1] == (("tired", 1),)
    # Check-ins are not rated exercises, and read as "Check-ins" where uses are listed.
    assert not any(ratings.kind == CHECKIN_KIND for ratings in insights.ratings)
    assert any(use.title == "Check-ins" for use in insights.uses)
    words = "\n".join(summary_in_words(insights, now.year))
    assert f"In {now.year} you named “tired” most often (2 times)" in words


def test_the_feelings_sentence_is_kind() -> None:
    sentence = feelings_sentence([("sad", 3), ("lonely", 1)], 2024)
    assert sentence.startswith("In 2024 you named “sad” most often (3 times), then “lonely” (once)")
    assert "welcome" in sentence
    assert "No check-ins in 2024 yet" in feelings_sentence([], 2024)
    for text in (sentence, feelings_sentence([], 2024), *FEELING_WORDS):
        assert pressure_words_in(text) == []
