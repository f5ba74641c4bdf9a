"""Recently deleted: a delete waits in the encrypted journal and can be brought back whole."""

from __future__ import annotations

from datetime import timedelta

import pytest

from kindspace.errors import KindspaceError
from kindspace.journal.database import Database
from kindspace.journal.entries import EntryNotFound, EntryRepository
from kindspace.journal.search import SearchFilters, search_entries
from kindspace.journal.trash import KEEP_DAYS, Trash
from tests.helpers.clocks import StepClock


@pytest.fixture
def trash(db: Database, clock: StepClock) -> Trash:
    return Trash(db, clock)


def test_a_deleted_entry_leaves_every_list_and_comes_back_exactly(
    db: Database, entries: EntryRepository, trash: Trash
) -> None:
    kept = entries.create(body="The lighthouse at night.", tags=["sea"], answers={"a": "b"})
    entries.delete(kept.id)
    with pytest.raises(EntryNotFound):
        entries.get(kept.id)
    assert entries.listed(SearchFilters(tag="sea")) == []
    assert entries.month_counts(kept.day.year, kept.day.month) == {}
    assert search_entries(db, "lighthouse", SearchFilters()) == []
    [deleted] = trash.recent()
    assert deleted.entry == kept
    assert trash.bring_back(kept.id) == kept
    assert entries.get(kept.id) == kept
    assert [hit.entry_id for hit in search_entries(db, "lighthouse", SearchFilters())] == [kept.id]
    assert entries.tags() == [("sea", 1)]
    assert trash.recent() == []


def test_undo_in_the_window_also_empties_it_from_the_trash(
    entries: EntryRepository, trash: Trash
) -> None:
    entry = entries.create(body="words")
    entries.restore(entries.delete(entry.id))
    assert trash.recent() == [] and entries.get(entry.id) == entry


def test_the_most_recently_deleted_comes_first(entries: EntryRepository, trash: Trash) -> None:
    first, second = entries.create(body="one"), entries.create(body="two")
    entries.delete(first.id)
    entries.delete(second.id)
    assert [d.entry.id for d in trash.recent()] == [second.id, first.id]
    assert trash.recent()[0].kept_until() - trash.recent()[0].deleted == timedelta(days=KEEP_DAYS)


def test_only_a_later_delete_empties_what_was_deleted_over_30_days_ago(
    entries: EntryRepository, trash: Trash, clock: StepClock
) -> None:
    old, recent, other = (entries.create(body=w) for w in ("old", "recent", "other"))
    entries.delete(old.id)
    clock.now += timedelta(days=KEEP_DAYS - 1)
    entries.delete(recent.id)
    clock.now += timedelta(days=2)
    # Reading, opening and time passing remove nothing.
    assert {d.entry.id for d in trash.recent()} == {old.id, recent.id}
    entries.delete(other.id)  # a write: now the one deleted 31 days ago goes
    assert {d.entry.id for d in trash.recent()} == {recent.id, other.id}


def test_a_clock_set_backwards_keeps_entries_longer_not_shorter(
    entries: EntryRepository, trash: Trash, clock: StepClock
) -> None:
    entry, later = entries.create(body="kept"), entries.create(body="later")
    entries.delete(entry.id)
    clock.now -= timedelta(days=400)
    entries.delete(later.id)
    assert {d.entry.id for d in trash.recent()} == {entry.id, later.id}


def test_bringing_back_twice_says_so_calmly(entries: EntryRepository, trash: Trash) -> None:
    entry = entries.create(body="words")
    entries.delete(entry.id)
    trash.bring_back(entry.id)
    with pytest.raises(KindspaceError, match="no longer among the recently deleted"):
        trash.bring_back(entry.id)
    assert entries.count() == 1
