"""Critic to friend: a phrase heard again brings back the earlier rewrite, and only then."""

from __future__ import annotations

import pytest

from kindspace.journal.journal import Journal
from kindspace.practice.critic_log import (
    DEFAULT_THRESHOLD,
    earlier_rewrites,
    meaningful_words,
    similarity,
)
from kindspace.practice.definitions import ExerciseCatalog
from kindspace.practice.session import ExerciseSession

SAME_CRITIC = [
    ("You're useless at this", "I'm so useless"),
    ("You never finish anything", "you never finish what you start!"),
    ("Nobody wants to hear from you", "No one wants to hear from me"),
    ("You're hopeless with money", "You are terrible with money"),
    ("I'm a bad mother", "You are a terrible mother"),
    ("Everyone thinks you're boring", "Everyone thinks I'm weird"),
]
DIFFERENT_CRITIC = [
    ("I'm lazy", "I'm stupid"),
    ("You're hopeless with money", "Nobody wants to hear from you"),
    ("You never finish anything", "You always leave everything to the last minute"),
    ("I'm too fat", "I'm a bad friend"),
    ("You're so stupid", "Why is the weather like this"),
]


@pytest.mark.parametrize(("first", "second"), SAME_CRITIC)
def test_rephrasings_of_one_critic_phrase_are_similar(first: str, second: str) -> None:
    assert similarity(first, second) >= DEFAULT_THRESHOLD
    assert similarity(first, second) == similarity(second, first)


@pytest.mark.parametrize(("first", "second"), DIFFERENT_CRITIC)
def test_unrelated_phrases_are_not(first: str, second: str) -> None:
    assert similarity(first, second) < DEFAULT_THRESHOLD


def test_little_words_case_and_punctuation_do_not_count() -> None:
    assert meaningful_words("You’re ALWAYS so useless!!") == ["useless"]
    assert similarity("", "anything") == 0.0
    assert similarity("you are so", "I am so") == 0.0  # nothing meaningful to compare


def log(catalog: ExerciseCatalog, journal: Journal, phrase: str, rewrite: str) -> str:
    session = ExerciseSession(catalog["critic_to_friend"])
    session.set_answer("critic", phrase)
    if rewrite:
        session.set_answer("rewrite", rewrite)
    return session.save(journal).id


def test_the_earlier_rewrite_comes_back_from_the_journal(
    catalog: ExerciseCatalog, journal: Journal
) -> None:
    money = log(catalog, journal, "You're hopeless with money.", "Money is tight; let's plan.")
    log(catalog, journal, "Nobody wants to hear from you.", "Your friends like hearing from you.")
    log(catalog, journal, "You're terrible with money", "")  # no rewrite yet: nothing to show
    journal.entries.create(title="A note", body="I was hopeless with money today.")

    found = earlier_rewrites(journal, catalog.values(), "you are so hopeless with money")
    assert [match.entry_id for match in found] == [money]
    assert found[0].rewrite == "Money is tight; let's plan."
    assert found[0].phrase == "You're hopeless with money."
    assert earlier_rewrites(journal, catalog.values(), "I can't cook") == []
    assert earlier_rewrites(journal, catalog.values(), "you are so") == []


def test_other_exercises_with_a_critic_step_count_too(
    catalog: ExerciseCatalog, journal: Journal
) -> None:
    golden = ExerciseSession(catalog["reverse_golden_rule"])
    golden.set_answer("critic", "Everyone else manages this. Why can't you?")
    golden.set_answer("to_self", "It's hard, and I'm learning.")
    saved = golden.save(journal)
    found = earlier_rewrites(journal, catalog.values(), "everyone else manages it")
    assert [(match.entry_id, match.rewrite) for match in found] == [
        (saved.id, "It's hard, and I'm learning.")
    ]
    # The entry being written right now is never offered back to itself.
    assert (
        earlier_rewrites(
            journal, catalog.values(), "everyone else manages it", exclude_entry_id=saved.id
        )
        == []
    )


def test_the_most_alike_comes_first(catalog: ExerciseCatalog, journal: Journal) -> None:
    loose = log(catalog, journal, "You never finish what you start", "Some things take longer.")
    close = log(catalog, journal, "You never finish anything", "You finish more than you think.")
    found = earlier_rewrites(journal, catalog.values(), "you never finish anything!")
    assert [match.entry_id for match in found] == [close, loose]
    assert found[0].similarity == 1.0 > found[1].similarity
