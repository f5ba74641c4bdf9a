"""Two devices exchanging changes directly: entries, in every order, and the merge rules."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest

from kindspace.journal.entries import EntryNotFound
from kindspace.journal.journal import Journal
from kindspace.sync.changes import Change
from tests.helpers.clocks import StepClock
from tests.helpers.devices import exchange, journal_state, send


def test_a_new_entry_arrives_whole(laptop: Journal, desk: Journal) -> None:
    entry = laptop.entries.create(
        body="Slow walk by the river.",
        title="Sunday",
        tags=["calm", "outside"],
        answers={"notice": "cold air"},
        intensity_before=6,
        intensity_after=3,
        day=date(2026, 2, 28),
    )
    report = send(laptop, desk)
    assert (report.applied, report.skipped, report.conflicts) == (1, 0, 0)
    assert desk.entries.get(entry.id) == entry
    assert [tag for tag, _ in desk.entries.tags()] == ["calm", "outside"]
    assert desk.search("river")[0].entry_id == entry.id  # the search index follows too
    assert journal_state(desk) == journal_state(laptop)


def _three_changes(laptop: Journal) -> tuple[str, list[Change]]:
    entry = laptop.entries.create(body="first words")
    laptop.entries.update(entry.id, body="second words", tags=["kept"])
    laptop.entries.delete(entry.id)
    return entry.id, laptop.sync.local_changes_after(0)


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_create_edit_delete_arrive_in_any_order(
    laptop: Journal, desk: Journal, order: tuple[int, ...]
) -> None:
    entry_id, changes = _three_changes(laptop)
    for index in order:  # one at a time: later ones wait for the earlier ones
        desk.sync.apply([changes[index]])
    desk.sync.apply(changes)
    assert desk.sync.applied_counters()[laptop.sync.device_id()] == 3
    with pytest.raises(EntryNotFound):
        desk.entries.get(entry_id)
    assert journal_state(desk) == journal_state(laptop)


def test_a_change_that_comes_before_its_predecessor_waits(laptop: Journal, desk: Journal) -> None:
    _, changes = _three_changes(laptop)
    report = desk.sync.apply([changes[2], changes[1]])
    assert (report.applied, report.waiting) == (0, 2)
    assert desk.entries.count() == 0
    report = desk.sync.apply(reversed(changes))
    assert (report.applied, report.waiting) == (3, 0)


def test_duplicates_are_applied_once(laptop: Journal, desk: Journal) -> None:
    entry = laptop.entries.create(body="once")
    laptop.entries.update(entry.id, title="only once")
    changes = laptop.sync.local_changes_after(0)
    first = desk.sync.apply(changes + changes)
    again = desk.sync.apply(changes)
    assert (first.applied, first.skipped) == (2, 2)
    assert (again.applied, again.skipped) == (0, 2)
    assert journal_state(desk) == journal_state(laptop)
    assert desk.sync.local_changes_after(0) == []  # applying records nothing of its own


def test_edits_on_both_devices_travel_both_ways(laptop: Journal, desk: Journal) -> None:
    entry = laptop.entries.create(body="shared", title="a")
    exchange(laptop, desk)
    desk.entries.update(entry.id, title="b")
    exchange(laptop, desk)
    laptop.entries.update(entry.id, title="c")
    exchange(laptop, desk)
    assert desk.entries.get(entry.id).title == "c"
    assert journal_state(desk) == journal_state(laptop)
    assert journal_state(desk)["conflicts"] == []


def test_later_edit_wins_per_field(laptop: Journal, desk: Journal) -> None:
    entry = laptop.entries.create(body="day", title="old title", tags=["one"])
    exchange(laptop, desk)
    laptop.entries.update(entry.id, title="new title")
    desk.entries.update(entry.id, tags=["two"])
    desk.entries.update(entry.id, intensity_after=2)
    laptop.entries.update(entry.id, intensity_after=5)  # later by the hybrid clocks
    exchange(laptop, desk)
    for device in (laptop, desk):
        seen = device.entries.get(entry.id)
        assert (seen.title, seen.tags, seen.intensity_after) == ("new title", ("two",), 5)
    assert journal_state(desk) == journal_state(laptop)
    assert journal_state(desk)["conflicts"] == []


def test_edit_beats_a_concurrent_delete(laptop: Journal, desk: Journal) -> None:
    entry = laptop.entries.create(body="every word", title="keep me", tags=["t"])
    exchange(laptop, desk)
    laptop.entries.delete(entry.id)
    desk.entries.update(entry.id, title="edited meanwhile")
    exchange(laptop, desk)
    for device in (laptop, desk):
        kept = device.entries.get(entry.id)
        assert (kept.title, kept.body, kept.tags) == ("edited meanwhile", "every word", ("t",))
    assert laptop.trash.count() == 0  # back from the trash, not a copy beside it
    assert journal_state(desk) == journal_state(laptop)
    sent = desk.sync.local_counter()
    desk.sync.apply(laptop.sync.snapshot())  # the same deletion again: nothing to put back
    assert desk.sync.local_counter() == sent


def test_edit_beats_a_delete_even_after_the_trash_was_emptied(
    laptop: Journal, desk: Journal
) -> None:
    entry = laptop.entries.create(body="every word", title="keep me")
    exchange(laptop, desk)
    desk.entries.update(entry.id, title="edited offline")
    laptop.entries.delete(entry.id)
    laptop.db.execute("DELETE FROM trash")  # as if the 30 days had passed
    exchange(laptop, desk)
    assert laptop.entries.get(entry.id).body == "every word"
    assert journal_state(desk) == journal_state(laptop)


def test_a_delete_that_saw_the_edit_wins(laptop: Journal, desk: Journal) -> None:
    entry = laptop.entries.create(body="gone")
    exchange(laptop, desk)
    desk.entries.update(entry.id, title="seen before the delete")
    exchange(laptop, desk)
    laptop.entries.delete(entry.id)
    exchange(laptop, desk)
    assert desk.entries.count() == laptop.entries.count() == 0
    assert desk.trash.count() == 1  # the other device can still bring it back for a while


def test_bringing_back_from_the_trash_travels(laptop: Journal, desk: Journal) -> None:
    entry = laptop.entries.create(body="oops")
    exchange(laptop, desk)
    laptop.entries.delete(entry.id)
    exchange(laptop, desk)
    laptop.trash.bring_back(entry.id)
    exchange(laptop, desk)
    assert desk.entries.get(entry.id).body == "oops"
    assert journal_state(desk) == journal_state(laptop)


def test_concurrent_body_edits_keep_both_until_resolved(laptop: Journal, desk: Journal) -> None:
    entry = laptop.entries.create(body="morning")
    exchange(laptop, desk)
    laptop.entries.update(entry.id, body="morning, written on the laptop")
    desk.entries.update(entry.id, body="morning, written at the desk")
    exchange(laptop, desk)
    for device in (laptop, desk):
        (conflict,) = device.sync.conflicts()
        assert conflict.entry_id == entry.id and conflict.field == "body"
        assert {v.value for v in conflict.versions} == {
            "morning, written on the laptop",
            "morning, written at the desk",
        }
        assert device.entries.get(entry.id).body == conflict.versions[0].value
    assert journal_state(desk) == journal_state(laptop)
    desk.sync.resolve_conflict(entry.id, "morning, both:\nlaptop\ndesk")
    assert desk.sync.conflicts() == []
    exchange(laptop, desk)
    for device in (laptop, desk):
        assert device.sync.conflicts() == []
        assert device.entries.get(entry.id).body == "morning, both:\nlaptop\ndesk"
    assert journal_state(desk) == journal_state(laptop)


def test_an_edit_on_one_version_keeps_the_other_waiting(laptop: Journal, desk: Journal) -> None:
    entry = laptop.entries.create(title="t")
    exchange(laptop, desk)
    laptop.entries.update(entry.id, title="laptop")
    desk.entries.update(entry.id, title="desk")
    exchange(laptop, desk)
    shown = laptop.entries.get(entry.id).title
    laptop.entries.update(entry.id, title=shown + " (more)")
    exchange(laptop, desk)
    for device in (laptop, desk):
        (conflict,) = device.sync.conflicts()
        assert {v.value for v in conflict.versions} == {
            shown + " (more)",
            {"laptop": "desk", "desk": "laptop"}[shown],
        }
    assert journal_state(desk) == journal_state(laptop)


def test_same_text_written_on_both_is_no_conflict(laptop: Journal, desk: Journal) -> None:
    entry = laptop.entries.create(body="a")
    exchange(laptop, desk)
    laptop.entries.update(entry.id, body="same")
    desk.entries.update(entry.id, body="same")
    exchange(laptop, desk)
    assert laptop.sync.conflicts() == desk.sync.conflicts() == []


def test_a_device_back_after_months_with_its_clock_behind(
    laptop: Journal, desk: Journal, desk_clock: StepClock
) -> None:
    entry = laptop.entries.create(body="spring")
    exchange(laptop, desk)
    desk_clock.now -= timedelta(days=200)  # a flat battery: the desk thinks it is summer before
    exchange(laptop, desk)
    desk.entries.update(entry.id, intensity_after=1)  # after seeing the laptop's: must win
    exchange(laptop, desk)
    assert laptop.entries.get(entry.id).intensity_after == 1
    assert journal_state(desk) == journal_state(laptop)


def test_a_device_with_its_clock_far_ahead_does_not_freeze_the_others(
    laptop: Journal, desk: Journal, desk_clock: StepClock
) -> None:
    entry = laptop.entries.create(body="autumn")
    desk_clock.now += timedelta(days=400)
    exchange(laptop, desk)
    desk.entries.update(entry.id, title="from the future")
    exchange(laptop, desk)
    laptop.entries.update(entry.id, title="later, truly")  # the laptop saw it, so it wins
    exchange(laptop, desk)
    assert desk.entries.get(entry.id).title == "later, truly"
    assert journal_state(desk) == journal_state(laptop)
