"""The entry repository: what the calendar, the editor and exports rely on."""

from __future__ import annotations

import calendar
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kindspace.errors import InvalidInput
from kindspace.journal.database import Database
from kindspace.journal.entries import EntryNotFound, EntryRepository

KATHMANDU = timezone(timedelta(hours=5, minutes=45))


def test_a_saved_entry_reads_back_exactly(entries: EntryRepository) -> None:
    saved = entries.create(
        title="A hard meeting",
        body="I was harsh with myself.\nThen I paused. 🌱",
        kind="reverse-golden-rule",
        answers={"critic": "You always mess up", "friend": ["You did your best", "Rest now"]},
        tags=["work", "Work ", "#evening"],
        intensity_before=8,
        intensity_after=4,
    )
    assert entries.get(saved.id) == saved
    assert saved.tags == ("work", "evening")
    assert saved.first_line == "A hard meeting"


def test_the_day_is_local_and_the_offset_is_kept(entries: EntryRepository) -> None:
    late_evening = datetime(2024, 3, 1, 23, 30, tzinfo=KATHMANDU)
    saved = entries.create(body="late", written_at=late_evening)
    again = entries.get(saved.id)
    assert again.day == date(2024, 3, 1)
    assert again.created == late_evening
    assert again.created.utcoffset() == timedelta(hours=5, minutes=45)


def test_several_entries_a_day_come_back_in_writing_order(entries: EntryRepository) -> None:
    day = date(2024, 5, 2)
    first = entries.create(body="morning", day=day)
    second = entries.create(body="evening", day=day)
    entries.create(body="another day", day=date(2024, 5, 3))
    assert [entry.id for entry in entries.on_day(day)] == [first.id, second.id]


def test_month_counts_only_count_that_month(entries: EntryRepository) -> None:
    for day in (date(2024, 2, 1), date(2024, 2, 29), date(2024, 2, 29), date(2024, 3, 1)):
        entries.create(body="x", day=day)
    assert entries.month_counts(2024, 2) == {date(2024, 2, 1): 1, date(2024, 2, 29): 2}
    assert entries.month_counts(2023, 2) == {}


def test_update_changes_only_what_is_given(entries: EntryRepository) -> None:
    saved = entries.create(title="t", body="b", tags=["a"])
    updated = entries.update(saved.id, body="new body")
    assert (updated.title, updated.body, updated.tags) == ("t", "new body", ("a",))
    assert updated.updated > saved.updated
    assert updated.created == saved.created
    assert entries.get(saved.id) == updated


def test_back_dating_moves_the_entry_to_its_day(entries: EntryRepository) -> None:
    saved = entries.create(body="written late", day=date(2024, 5, 31))
    entries.update(saved.id, written_at=datetime(2024, 5, 20, 9, 0, tzinfo=KATHMANDU))
    assert [entry.id for entry in entries.on_day(date(2024, 5, 20))] == [saved.id]
    assert entries.on_day(date(2024, 5, 31)) == []


def test_delete_then_restore_brings_it_back_unchanged(entries: EntryRepository) -> None:
    saved = entries.create(body="keep me", tags=["x"])
    removed = entries.delete(saved.id)
    with pytest.raises(EntryNotFound):
        entries.get(saved.id)
    assert entries.tags() == []
    entries.restore(removed)
    assert entries.get(saved.id) == saved
    assert entries.tags() == [("x", 1)]


def test_updating_a_deleted_entry_says_so_kindly(entries: EntryRepository) -> None:
    saved = entries.create(body="gone soon")
    entries.delete(saved.id)
    with pytest.raises(EntryNotFound, match="no longer"):
        entries.update(saved.id, body="too late")


@pytest.mark.parametrize("rating", [-1, 11, True, 3.5])
def test_ratings_outside_0_to_10_are_refused(entries: EntryRepository, rating: object) -> None:
    with pytest.raises(InvalidInput, match="0 to 10"):
        entries.create(body="x", intensity_before=rating)  # type: ignore[arg-type]
    assert entries.count() == 0


def test_answers_that_json_cannot_hold_are_refused(entries: EntryRepository) -> None:
    with pytest.raises(InvalidInput):
        entries.create(body="x", answers={"step": float("nan")})
    with pytest.raises(InvalidInput):
        entries.create(body="x", answers={"step": object()})
    assert entries.count() == 0


def test_on_this_day_finds_earlier_years_only(entries: EntryRepository) -> None:
    older = entries.create(body="2019", day=date(2019, 6, 1))
    newer = entries.create(body="2022", day=date(2022, 6, 1))
    entries.create(body="today", day=date(2024, 6, 1))
    entries.create(body="other day", day=date(2022, 6, 2))
    found = entries.on_this_day(date(2024, 6, 1))
    assert [entry.id for entry in found] == [newer.id, older.id]


def test_leap_day_entries_return_on_28_february_of_common_years(
    entries: EntryRepository,
) -> None:
    leap = entries.create(body="leap", day=date(2024, 2, 29))
    assert [e.id for e in entries.on_this_day(date(2025, 2, 28))] == [leap.id]
    assert entries.on_this_day(date(2028, 2, 28)) == []


@pytest.mark.parametrize(
    "today",
    [date(2025, 2, 28), date(2024, 2, 29), date(2024, 2, 28), date(2026, 1, 1), date(2026, 12, 31)],
)
def test_on_this_day_finds_what_a_look_at_every_entry_would(
    db: Database, entries: EntryRepository, today: date
) -> None:
    """The lookup goes day by day through the index, yet finds exactly what comparing every
    entry's month and day finds, leap days and year ends included."""
    wanted_days = {today.strftime("%m-%d")}
    if today == date(2025, 2, 28):
        wanted_days.add("02-29")
    days = [date(year, month, day) for year in (1999, 2012, 2020, 2023, 2024, 2025, 2026)
            for month, day in ((1, 1), (2, 28), (2, 29), (12, 31), (6, 1))
            if not (month == 2 and day == 29 and not calendar.isleap(year))]  # fmt: skip
    made = {entries.create(body=f"on {day}", day=day).id: day for day in days}
    expected = sorted(
        (entry_id for entry_id, day in made.items()
         if day.strftime("%m-%d") in wanted_days and day.year < today.year),
        key=lambda entry_id: made[entry_id], reverse=True,
    )  # fmt: skip
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    try:
        found = [entry.id for entry in entries.on_this_day(today)]
    finally:
        db.conn.set_trace_callback(None)
    assert found == expected
    # Each earlier year's date is found by equality in the index, never by a range that
    # reads every earlier entry (what comparing the month and day of every row did).
    for statement in statements:
        plan = [str(row[-1]) for row in db.execute(f"EXPLAIN QUERY PLAN {statement}")]
        ranges = [step for step in plan if step.startswith("SCAN entries") or "(day<" in step]
        assert ranges == [], plan


def test_tags_are_counted_for_completion(entries: EntryRepository) -> None:
    entries.create(body="a", tags=["work", "family"])
    entries.create(body="b", tags=["work"])
    assert entries.tags() == [("work", 2), ("family", 1)]


def test_practice_days_are_distinct_days(entries: EntryRepository) -> None:
    entries.create(body="a", day=date(2024, 1, 1))
    entries.create(body="b", day=date(2024, 1, 1))
    entries.create(body="c", day=date(2024, 1, 5))
    assert entries.practice_days(date(2024, 1, 1), date(2024, 1, 31)) == {
        date(2024, 1, 1),
        date(2024, 1, 5),
    }


def test_iter_all_walks_every_entry_across_batches(entries: EntryRepository) -> None:
    ids = [entries.create(body=str(n)).id for n in range(7)]
    assert [entry.id for entry in entries.iter_all(batch_size=3)] == ids


def test_an_empty_kind_is_refused(entries: EntryRepository) -> None:
    with pytest.raises(InvalidInput):
        entries.create(body="x", kind="  ")


def test_answers_are_stored_in_one_order_whatever_order_they_came_in(
    entries: EntryRepository,
) -> None:
    saved = entries.create(kind="rain", answers={"recognize": "fear", "allow": "yes"})
    assert list(saved.answers) == ["allow", "recognize"]
    assert entries.get(saved.id).to_row() == saved.to_row()


def test_very_early_years_keep_four_digits_so_they_sort() -> None:
    from kindspace.clock import from_utc_text, to_utc_text

    early = datetime(999, 12, 31, 12, 0, tzinfo=KATHMANDU)
    text = to_utc_text(early)
    assert text.startswith("0999-12-31T")
    assert from_utc_text(text, 345) == early


@given(
    st.datetimes(
        min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30), timezones=st.just(UTC)
    ),
    st.integers(min_value=-14 * 60, max_value=14 * 60),
)
def test_stored_times_come_back_as_the_same_moment_and_offset(
    moment: datetime, minutes: int
) -> None:
    from kindspace.clock import from_utc_text, to_utc_text

    local = moment.astimezone(timezone(timedelta(minutes=minutes)))
    back = from_utc_text(to_utc_text(local), minutes)
    assert back == local and back.utcoffset() == local.utcoffset()


def test_a_time_without_its_utc_mark_is_refused() -> None:
    from kindspace.clock import from_utc_text

    with pytest.raises(ValueError, match="ending in Z"):
        from_utc_text("2024-05-01T19:14:03.120000", 0)
