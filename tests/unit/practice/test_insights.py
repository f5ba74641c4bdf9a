"""Insights: practice counted up by day, ratings compared plainly, critic rewrites kept in order."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from benchmarks import bench_insights
from kindspace.journal.journal import Journal
from kindspace.journal.models import NOTE_KIND, Entry
from kindspace.practice.definitions import ExerciseCatalog
from kindspace.practice.insights import (
    FULLEST_LEVEL,
    NOTES_LABEL,
    ExerciseRatings,
    RatingPair,
    YearCalendar,
    gather,
    level,
    summarise,
    title_for,
)
from kindspace.practice.insights_words import (
    EMPTY_JOURNAL,
    NO_RATINGS,
    NO_REWRITES,
    RATINGS_CAVEAT,
    all_time_line,
    ratings_line,
    rewrites_line,
    summary_in_words,
    times,
    use_label,
    year_line,
)

TODAY = date(2024, 6, 1)
_serial = iter(range(1_000_000))


def entry(
    day: date,
    kind: str = NOTE_KIND,
    *,
    before: int | None = None,
    after: int | None = None,
    answers: dict[str, Any] | None = None,
    hour: int = 12,
) -> Entry:
    moment = datetime(day.year, day.month, day.day, hour, tzinfo=UTC)
    return Entry(
        id=f"entry-{next(_serial)}",
        day=day,
        created=moment,
        updated=moment,
        kind=kind,
        answers=answers or {},
        intensity_before=before,
        intensity_after=after,
    )


def critic(day: date, phrase: str, rewrite: str, hour: int = 12) -> Entry:
    answers = {"critic": phrase, "rewrite": rewrite}
    return entry(day, "critic_to_friend", answers=answers, before=7, after=4, hour=hour)


# -- the practice calendar -------------------------------------------------------------------


def test_days_with_entries_are_counted_once_with_their_number_of_entries(
    catalog: ExerciseCatalog,
) -> None:
    entries = [
        entry(date(2024, 3, 2)),
        entry(date(2024, 3, 2), hour=20),
        entry(date(2024, 3, 2), "rain", before=6, after=3),
        entry(date(2024, 5, 9)),
        entry(date(2023, 12, 31)),
    ]
    insights = summarise(entries, catalog.values(), TODAY)

    year = insights.year(2024)
    assert year.practice_days == 2
    assert year.entries == 4
    assert year.count_on(date(2024, 3, 2)) == 3
    assert year.count_on(date(2024, 3, 3)) == 0
    assert year.month_practice_days() == [0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0]
    assert insights.year(2023).practice_days == 1
    assert insights.practice_days == 3
    assert insights.entries == 5
    assert not insights.is_empty


def test_a_leap_year_has_366_days_and_counts_29_february() -> None:
    leap = YearCalendar(2024, {date(2024, 2, 29): 2})
    common = YearCalendar(2023, {})

    assert len(leap.days()) == 366
    assert leap.days()[0] == date(2024, 1, 1) and leap.days()[-1] == date(2024, 12, 31)
    assert date(2024, 2, 29) in leap.days()
    assert leap.count_on(date(2024, 2, 29)) == 2
    assert len(common.days()) == 365
    assert date(2023, 3, 1) == common.days()[59]


def test_colour_steps_start_plain_and_stop_at_the_fullest() -> None:
    assert [level(count) for count in (0, 1, 2, 3, 4, 12)] == [0, 1, 2, 3, 3, 3]
    assert FULLEST_LEVEL == 3


def test_the_years_run_from_the_first_entry_to_this_year(catalog: ExerciseCatalog) -> None:
    insights = summarise(
        [entry(date(2019, 7, 1)), entry(date(2022, 1, 1))], catalog.values(), TODAY
    )

    assert list(insights.years()) == [2019, 2020, 2021, 2022, 2023, 2024]
    assert insights.year(2020).practice_days == 0


def test_the_stored_day_counts_even_when_the_moment_is_another_day_in_utc(
    catalog: ExerciseCatalog,
) -> None:
    """Late on 31 December in New York is 1 January in UTC: the writer's own day counts."""
    new_york = timezone(timedelta(hours=-5))
    moment = datetime(2023, 12, 31, 23, 30, tzinfo=new_york)
    late = Entry("late", date(2023, 12, 31), moment, moment)

    insights = summarise([late], catalog.values(), TODAY)

    assert insights.year(2023).count_on(date(2023, 12, 31)) == 1
    assert insights.year(2024).practice_days == 0


def test_an_empty_journal_has_nothing_but_this_year(catalog: ExerciseCatalog) -> None:
    insights = summarise([], catalog.values(), TODAY)

    assert insights.is_empty
    assert list(insights.years()) == [2024]
    assert insights.year(2024).practice_days == 0
    assert insights.ratings == () and insights.uses == () and insights.rewrites == ()
    assert summary_in_words(insights, 2024) == [EMPTY_JOURNAL]


# -- before and after ------------------------------------------------------------------------


def test_rating_pairs_come_oldest_first_and_entries_without_both_ratings_are_set_aside(
    catalog: ExerciseCatalog,
) -> None:
    entries = [
        entry(date(2024, 4, 1), "rain", before=8, after=5),
        entry(date(2024, 2, 1), "rain", before=6, after=6),
        entry(date(2024, 3, 1), "rain", before=4, after=7),
        entry(date(2024, 3, 5), "rain", before=5),
        entry(date(2024, 3, 6), "rain"),
        entry(date(2024, 3, 7), "self_compassion_break", after=2),
    ]
    insights = summarise(entries, catalog.values(), TODAY)

    rain = insights.ratings_for("rain")
    assert rain is not None
    assert [pair.day.month for pair in rain.pairs] == [2, 3, 4]
    assert [pair.change for pair in rain.pairs] == [0, 3, -3]
    assert (rain.lighter, rain.same, rain.heavier, rain.unrated) == (1, 1, 1, 2)
    assert rain.average_before == pytest.approx(6.0)
    assert rain.average_after == pytest.approx(6.0)
    assert rain.title == "RAIN" and rain.measures == "distress"
    unrated_only = insights.ratings_for("self_compassion_break")
    assert unrated_only is None  # rated only after: no pair to compare


def test_ratings_follow_the_catalog_order(catalog: ExerciseCatalog) -> None:
    kinds = [exercise.id for exercise in catalog.values()]
    entries = [entry(TODAY, kind, before=5, after=4) for kind in reversed(kinds)]

    insights = summarise(entries, catalog.values(), TODAY)

    assert [ratings.kind for ratings in insights.ratings] == kinds


def test_ratings_are_described_as_counts_and_averages_never_as_a_promise(
    catalog: ExerciseCatalog,
) -> None:
    pairs = [(8, 5), (7, 4), (6, 6), (5, 3), (4, 6), (9, 2), (6, 5), (7, 7), (8, 3), (6, 2)]
    entries = [
        entry(date(2024, 1, index + 1), "rain", before=before, after=after)
        for index, (before, after) in enumerate(pairs)
    ]
    insights = summarise(entries, catalog.values(), TODAY)
    rain = insights.ratings_for("rain")
    assert rain is not None

    line = ratings_line(rain)

    assert line.startswith("RAIN: rated before and after 10 times.")
    assert "the feeling was lighter 7 times, about the same 2 times and stronger 1 time" in line
    assert "6.6 before and 4.3 after" in line
    for promise in ("works", "proven", "cure", "will help", "always", "never"):
        assert promise not in line.casefold()


def test_a_critic_exercise_speaks_of_the_critic() -> None:
    ratings = ExerciseRatings(
        "critic_to_friend",
        "From critic to friend",
        "self-criticism",
        (RatingPair("a", TODAY, datetime(2024, 6, 1, tzinfo=UTC), 8, 8),),
    )

    assert "the critic was about the same 1 time" in ratings_line(ratings)
    assert "8.0 before and 8.0 after" in ratings_line(ratings)


# -- use of exercises ------------------------------------------------------------------------


def test_uses_count_every_kind_most_used_first_with_this_years_share(
    catalog: ExerciseCatalog,
) -> None:
    entries = [
        entry(date(2024, 1, 2)),
        entry(date(2023, 1, 2)),
        entry(date(2022, 1, 2)),
        entry(date(2024, 1, 3), "rain", before=5, after=4),
        entry(date(2023, 1, 3), "rain"),
        entry(date(2021, 5, 5), "an_old_exercise"),
    ]
    insights = summarise(entries, catalog.values(), TODAY)

    assert [(use.title, use.count, use.in_year) for use in insights.uses] == [
        (NOTES_LABEL, 3, 1),
        ("RAIN", 2, 1),
        ("An old exercise", 1, 0),
    ]
    assert use_label(insights.uses[0]) == "Notes: 3 notes (1 this year)"
    assert use_label(insights.uses[2]) == "An old exercise: 1 time"


def test_a_title_that_is_a_question_is_not_followed_by_a_colon(catalog: ExerciseCatalog) -> None:
    entries = [entry(TODAY, "reverse_golden_rule", before=6, after=4)]
    insights = summarise(entries, catalog.values(), TODAY)
    ratings = insights.ratings_for("reverse_golden_rule")
    assert ratings is not None

    assert ratings_line(ratings).startswith("Would I speak to a friend this way? Rated before")
    assert use_label(insights.uses[0]) == "Would I speak to a friend this way? 1 time"


def test_titles_for_unknown_kinds_are_readable(catalog: ExerciseCatalog) -> None:
    assert title_for("note", catalog) == NOTES_LABEL
    assert title_for("rain", catalog) == "RAIN"
    assert title_for("inner-critic-reframe", catalog) == "Inner critic reframe"


# -- critic to friend ------------------------------------------------------------------------


def test_critic_rewrites_are_kept_newest_first_from_every_exercise_that_logs_them(
    catalog: ExerciseCatalog,
) -> None:
    golden = entry(
        date(2024, 2, 1),
        "reverse_golden_rule",
        answers={"critic": "You're lazy", "to_self": "You were exhausted and rested."},
    )
    entries = [
        critic(date(2024, 1, 1), "You're useless", "You're learning."),
        critic(date(2024, 3, 1), "  I always fail  ", "  I fail sometimes, like everyone. "),
        critic(date(2024, 3, 1), "Later that day", "A kinder word", hour=21),
        critic(date(2024, 3, 2), "Only the critic", ""),
        golden,
        entry(date(2024, 3, 3), "rain", answers={"critic": "not a critic step here"}),
    ]
    insights = summarise(entries, catalog.values(), TODAY)

    pairs = [(found.day.isoformat(), found.phrase, found.rewrite) for found in insights.rewrites]
    assert pairs == [
        ("2024-03-01", "Later that day", "A kinder word"),
        ("2024-03-01", "I always fail", "I fail sometimes, like everyone."),
        ("2024-02-01", "You're lazy", "You were exhausted and rested."),
        ("2024-01-01", "You're useless", "You're learning."),
    ]
    assert insights.rewrites[2].kind == "reverse_golden_rule"
    assert rewrites_line(insights) == (
        "You have written 4 kinder rewrites of the critic's words, the newest on 1 March 2024."
    )


def test_answers_that_are_not_text_are_left_out(catalog: ExerciseCatalog) -> None:
    odd = entry(TODAY, "critic_to_friend", answers={"critic": ["a", "list"], "rewrite": "kind"})

    insights = summarise([odd], catalog.values(), TODAY)

    assert insights.rewrites == ()
    assert rewrites_line(insights) == NO_REWRITES


# -- words -----------------------------------------------------------------------------------


def test_large_counts_are_grouped_for_reading() -> None:
    assert times(9500, "entry", "entries") == "9,500 entries"
    assert times(1) == "1 time"


def test_year_lines_count_up_and_never_mention_what_was_not_done() -> None:
    this_year = YearCalendar(2024, {date(2024, 1, 1): 2, date(2024, 1, 5): 1})
    last_year = YearCalendar(2023, {date(2023, 4, 1): 1})

    assert year_line(this_year, TODAY) == (
        "In 2024 you have taken time for yourself on 2 days (3 entries)."
    )
    assert year_line(last_year, TODAY) == "In 2023 you took time for yourself on 1 day (1 entry)."
    assert year_line(YearCalendar(2024, {}), TODAY).startswith("Nothing written in 2024 yet.")
    assert year_line(YearCalendar(2020, {}), TODAY) == "No entries in 2020."


def test_the_summary_in_words_says_every_figure(catalog: ExerciseCatalog) -> None:
    entries = [
        entry(date(2024, 5, 1)),
        entry(date(2023, 5, 1), "rain", before=7, after=4),
        critic(date(2024, 5, 2), "You're useless", "You're learning."),
    ]
    insights = summarise(entries, catalog.values(), TODAY)

    lines = summary_in_words(insights, 2024)

    assert lines[0] == "In 2024 you have taken time for yourself on 2 days (2 entries)."
    assert lines[1] == all_time_line(insights)
    assert lines[1] == "Since your first entry: 3 days of practice, 3 entries in all."
    assert any(line.startswith("RAIN: rated before and after 1 time.") for line in lines)
    assert any(line.startswith("From critic to friend: rated") for line in lines)
    assert RATINGS_CAVEAT in lines
    assert "What you have written: From critic to friend 1 time, 1 note and RAIN 1 time." in lines
    assert lines[-1].startswith("You have written 1 kinder rewrite")
    for word in ("streak", "missed", "failed", "should"):
        assert all(word not in line.casefold() for line in lines)


def test_without_ratings_the_summary_invites_rather_than_counts(catalog: ExerciseCatalog) -> None:
    insights = summarise([entry(TODAY)], catalog.values(), TODAY)

    lines = summary_in_words(insights, 2024)

    assert NO_RATINGS in lines
    assert RATINGS_CAVEAT not in lines


# -- from a real journal -----------------------------------------------------------------------


def test_gather_reads_the_encrypted_journal(catalog: ExerciseCatalog, journal: Journal) -> None:
    zone = timezone(timedelta(hours=2))
    journal.entries.create(body="A note", written_at=datetime(2024, 2, 29, 9, tzinfo=zone))
    journal.entries.create(
        kind="critic_to_friend",
        answers={"critic": "You're useless", "rewrite": "You're learning."},
        intensity_before=8,
        intensity_after=5,
        written_at=datetime(2024, 3, 1, 22, tzinfo=zone),
    )

    insights = gather(journal, catalog.values(), TODAY)

    assert insights.year(2024).count_on(date(2024, 2, 29)) == 1
    assert insights.practice_days == 2
    ratings = insights.ratings_for("critic_to_friend")
    assert ratings is not None and [(p.before, p.after) for p in ratings.pairs] == [(8, 5)]
    assert [found.rewrite for found in insights.rewrites] == ["You're learning."]


def test_gather_reading_counts_and_practices_finds_what_reading_every_entry_finds(
    catalog: ExerciseCatalog, journal: Journal
) -> None:
    """Notes are counted from an index, not read; nothing may differ from the whole read."""
    from benchmarks.synthetic_journal import generate_entries
    from kindspace.journal.database import write_transaction

    with write_transaction(journal.db):
        for made in generate_entries(400, first_day=date(2021, 1, 1), last_day=TODAY):
            journal.entries._insert(made)
    journal.entries.create(kind="checkin", answers={"feelings": ["calm"]})
    exercises = [*catalog.values(), *bench_insights.exercises()[-1:]]  # one that logs critics

    read_all = summarise(journal.entries.iter_all(), exercises, TODAY)
    insights = gather(journal, exercises, TODAY)

    assert insights == read_all
    assert insights.ratings and insights.rewrites and insights.feelings and insights.entries > 400


def test_gather_counts_from_an_index_and_reads_practices_through_one(journal: Journal) -> None:
    counted = " ".join(
        row[3]
        for row in journal.db.execute(
            "EXPLAIN QUERY PLAN SELECT day, kind, count(*) FROM entries GROUP BY kind, day"
        )
    )
    practices = " ".join(
        row[3]
        for row in journal.db.execute("EXPLAIN QUERY PLAN SELECT * FROM entries WHERE kind = 'x'")
    )
    assert "COVERING INDEX" in counted
    assert "INDEX entries_by_kind" in practices


# -- the benchmark -----------------------------------------------------------------------------


def test_the_insights_benchmark_runs_end_to_end_on_a_small_journal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No timing is asserted: the run must work, compare with the month query and clean up."""
    work, out = tmp_path / "work", tmp_path / "out"
    work.mkdir()

    code = bench_insights.main(
        ["--entries", "60", "--repeat", "1", "--workdir", str(work), "--out", str(out)]
    )

    assert code == 0
    printed = capsys.readouterr().out
    assert "baseline: month_counts" in printed and "insights: gather" in printed
    [written] = out.glob("insights-*.json")
    results = json.loads(written.read_text(encoding="utf-8"))
    assert results["dataset"]["entries"] == 60
    assert all(figure["seconds"] > 0 for figure in results["results"])
    assert list(work.iterdir()) == []
