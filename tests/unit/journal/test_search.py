"""Search: plain words work, a little syntax works, nothing typed can raise a raw error."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kindspace.errors import InvalidInput
from kindspace.journal.database import Database
from kindspace.journal.entries import EntryRepository
from kindspace.journal.search import SearchFilters, search_entries, to_fts_query


@pytest.fixture
def journal_text(entries: EntryRepository) -> EntryRepository:
    entries.create(
        title="Rainy Tuesday",
        body="I practised self-compassion after the meeting. Café later.",
        tags=["work"],
        day=date(2024, 4, 2),
    )
    entries.create(
        kind="rain",
        body="",
        answers={"recognize": "shame", "nurture": {"words": ["It's okay to rest"]}},
        tags=["evening"],
        day=date(2024, 5, 10),
    )
    entries.create(title="Walk", body="A quiet walk by the river.", day=date(2024, 5, 11))
    return entries


def titles(db: Database, query: str, filters: SearchFilters | None = None) -> list[str]:
    return [hit.title for hit in search_entries(db, query, filters)]


def test_hyphenated_words_and_accents_are_found(db: Database, journal_text: object) -> None:
    assert titles(db, "self-compassion") == ["Rainy Tuesday"]
    assert titles(db, "cafe") == ["Rainy Tuesday"]


def test_exercise_answers_and_tags_are_searched(db: Database, journal_text: object) -> None:
    assert [hit.kind for hit in search_entries(db, "rest")] == ["rain"]
    assert titles(db, "evening") == [""]


def test_snippets_mark_the_matched_words(db: Database, journal_text: object) -> None:
    (hit,) = search_entries(db, "river")
    assert hit.plain_snippet("[", "]") == "A quiet walk by the [river]."
    assert ("river", True) in hit.snippet_parts()


def test_hits_carry_when_the_entry_was_written(entries: EntryRepository, db: Database) -> None:
    written = datetime(2024, 5, 1, 21, 14, tzinfo=timezone(timedelta(hours=2)))
    entries.create(body="a heron by the canal", written_at=written)
    (hit,) = search_entries(db, "heron")
    assert hit.created == written
    assert hit.created is not None and hit.created.utcoffset() == timedelta(hours=2)


def test_phrases_prefixes_and_or(db: Database, journal_text: object) -> None:
    assert titles(db, '"quiet walk"') == ["Walk"]
    assert titles(db, '"walk quiet"') == []
    assert titles(db, "rain*") == ["Rainy Tuesday"]
    assert sorted(titles(db, "river OR meeting")) == ["Rainy Tuesday", "Walk"]


def test_title_matches_rank_above_body_matches(entries: EntryRepository, db: Database) -> None:
    entries.create(title="Notes", body="kindness kindness came up today")
    entries.create(title="Kindness", body="a short one")
    assert titles(db, "kindness")[0] == "Kindness"


def test_filters_narrow_by_date_kind_and_tag(db: Database, journal_text: object) -> None:
    may = SearchFilters(first_day=date(2024, 5, 1), last_day=date(2024, 5, 31))
    assert titles(db, "walk OR shame", may) == ["Walk", ""] or titles(db, "walk OR shame", may) == [
        "",
        "Walk",
    ]
    assert titles(db, "walk OR shame", SearchFilters(kind="rain")) == [""]
    assert titles(db, "compassion", SearchFilters(tag="WORK")) == ["Rainy Tuesday"]
    assert titles(db, "compassion", SearchFilters(tag="evening")) == []


def test_an_empty_query_asks_for_words(db: Database) -> None:
    with pytest.raises(InvalidInput, match="word"):
        search_entries(db, '  "" * OR ')


def test_an_unusable_query_gives_a_kind_message(db: Database, journal_text: object) -> None:
    # FTS5 refuses expressions nested too deep; long before that, kindspace asks for fewer
    # words (see test_search_limits.py).
    with pytest.raises(InvalidInput, match="fewer words"):
        search_entries(db, " NOT ".join(f"w{n}" for n in range(600)))


def test_edits_and_deletes_are_reflected(db: Database, entries: EntryRepository) -> None:
    saved = entries.create(body="the old words")
    entries.update(saved.id, body="the new words")
    assert titles(db, "old") == []
    assert len(search_entries(db, "new")) == 1
    entries.delete(saved.id)
    assert search_entries(db, "new") == []
    db.execute("INSERT INTO entries_fts (entries_fts, rank) VALUES ('integrity-check', 1)")


def test_translation_quotes_every_word() -> None:
    assert to_fts_query("don't self-care") == '"don\'t" "self-care"'
    assert to_fts_query('say "hi there') == '"say" "hi there"'
    assert to_fts_query("OR walk NOT run") == '"walk" NOT "run"'


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(max_size=60))
def test_anything_typed_gives_results_or_a_kind_message(
    db: Database, journal_text: object, text: str
) -> None:
    try:
        hits = search_entries(db, text)
    except InvalidInput:
        return
    assert all(hit.entry_id for hit in hits)


def test_awkward_queries_never_raise_raw_errors(db: Database, journal_text: object) -> None:
    samples = ['"', "*", "(", ")", "NEAR(", "a:b", "^start", "title:walk", "-x", "x AND", "{a}"]
    for sample in samples:
        try:
            search_entries(db, sample)
        except InvalidInput as error:
            assert "search" in str(error) or "word" in str(error)


def test_filters_apply_before_the_limit_and_best_matches_come_first(
    db: Database, entries: EntryRepository
) -> None:
    for number in range(6):
        entries.create(title=f"plain {number}", body="river " + "filler " * number)
    tagged = entries.create(title="tagged", body="river " + "filler " * 20, tags=["calm"])
    (only,) = search_entries(db, "river", SearchFilters(tag="calm"), limit=1)
    assert only.entry_id == tagged.id
    best_two = search_entries(db, "river", limit=2)
    assert [hit.title for hit in best_two] == ["plain 0", "plain 1"]
    assert all(hit.snippet for hit in best_two)
