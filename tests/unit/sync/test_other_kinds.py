"""Tag renames, settings that follow the person, own exercises and support contacts."""

from __future__ import annotations

from kindspace.journal.journal import Journal
from kindspace.practice.support import (
    CONTACTS_KEY,
    CRISIS_LINES_KEY,
    CrisisLine,
    SupportContact,
    contacts,
    crisis_lines,
    reset_crisis_lines,
    save_contacts,
    save_crisis_lines,
)
from kindspace.reminders.store import load_phrases, save_phrases
from kindspace.sync import targets
from tests.helpers.devices import exchange, journal_state


def test_the_synced_setting_names_are_the_ones_support_uses() -> None:
    assert targets.CONTACTS_SETTING == CONTACTS_KEY
    assert CRISIS_LINES_KEY in targets.FOLLOWING_SETTINGS


def test_a_rename_reaches_entries_tagged_meanwhile_elsewhere(
    laptop: Journal, desk: Journal
) -> None:
    first = laptop.entries.create(body="one", tags=["work", "tired"])
    exchange(laptop, desk)
    assert laptop.entries.rename_tag("work", "job") == 1
    second = desk.entries.create(body="two", tags=["Work"])
    desk.entries.update(first.id, tags=["work", "tired", "rest"])  # before seeing the rename
    exchange(laptop, desk)
    for device in (laptop, desk):
        assert device.entries.get(first.id).tags == ("job", "tired", "rest")
        assert device.entries.get(second.id).tags == ("job",)
    assert journal_state(desk) == journal_state(laptop)
    desk.entries.update(second.id, tags=["work"])  # typed after the rename: it stays
    exchange(laptop, desk)
    assert laptop.entries.get(second.id).tags == ("work",)


def test_crossed_renames_end_the_same_on_both(laptop: Journal, desk: Journal) -> None:
    entry = laptop.entries.create(body="x", tags=["a"])
    exchange(laptop, desk)
    laptop.entries.rename_tag("a", "b")
    desk.entries.rename_tag("a", "c")
    desk.entries.create(body="y", tags=["b"])
    exchange(laptop, desk)
    assert journal_state(desk) == journal_state(laptop)
    assert laptop.entries.get(entry.id).tags in {("b",), ("c",)}


def test_a_rename_into_an_existing_tag_merges_them(laptop: Journal, desk: Journal) -> None:
    entry = laptop.entries.create(body="x", tags=["job", "work"])
    exchange(laptop, desk)
    desk.entries.rename_tag("work", "job")
    exchange(laptop, desk)
    assert laptop.entries.get(entry.id).tags == ("job",)


def test_crisis_lines_follow_the_person_and_reminders_stay(laptop: Journal, desk: Journal) -> None:
    save_crisis_lines(laptop.settings, [CrisisLine("Here", "Night line", "0800 111")])
    save_phrases(laptop.settings, ["Breathe out slowly"])
    exchange(laptop, desk)
    assert crisis_lines(desk.settings).lines == (CrisisLine("Here", "Night line", "0800 111"),)
    assert load_phrases(desk.settings) == ()
    assert desk.settings.get("recovery_key") != laptop.settings.get("recovery_key")
    reset_crisis_lines(desk.settings)
    exchange(laptop, desk)
    assert not crisis_lines(laptop.settings).edited


def test_support_contacts_added_on_both_devices_are_all_kept(
    laptop: Journal, desk: Journal
) -> None:
    save_contacts(laptop.settings, [SupportContact("Sam", "friend")])
    exchange(laptop, desk)
    save_contacts(laptop.settings, [SupportContact("Sam", "friend"), SupportContact("Ana")])
    save_contacts(desk.settings, [SupportContact("Sam", "friend", "0123"), SupportContact("Kim")])
    exchange(laptop, desk)
    for device in (laptop, desk):
        people = {person.name: person for person in contacts(device.settings)}
        assert set(people) == {"Sam", "Ana", "Kim"}
        assert people["Sam"].phone == "0123"
    assert journal_state(desk) == journal_state(laptop)
    save_contacts(desk.settings, [c for c in contacts(desk.settings) if c.name != "Kim"])
    exchange(laptop, desk)
    assert {person.name for person in contacts(laptop.settings)} == {"Sam", "Ana"}
    assert journal_state(desk) == journal_state(laptop)


def test_own_exercises_travel_change_and_go(laptop: Journal, desk: Journal) -> None:
    definition = {"title": "My pause", "steps": [{"prompt": "What do I need?"}]}
    laptop.own_exercises.save("own_pause1", definition)
    exchange(laptop, desk)
    assert desk.own_exercises.get("own_pause1") == laptop.own_exercises.get("own_pause1")
    changed = {**definition, "title": "My longer pause"}
    desk.own_exercises.save("own_pause1", changed)
    exchange(laptop, desk)
    record = laptop.own_exercises.get("own_pause1")
    assert record is not None and record.definition == changed
    laptop.own_exercises.delete("own_pause1")
    exchange(laptop, desk)
    assert desk.own_exercises.all() == []


def test_an_own_exercise_changed_while_deleted_elsewhere_stays(
    laptop: Journal, desk: Journal
) -> None:
    laptop.own_exercises.save("own_calm", {"title": "Calm"})
    exchange(laptop, desk)
    laptop.own_exercises.delete("own_calm")
    desk.own_exercises.save("own_calm", {"title": "Calm, changed"})
    exchange(laptop, desk)
    for device in (laptop, desk):
        record = device.own_exercises.get("own_calm")
        assert record is not None and record.definition == {"title": "Calm, changed"}


def test_an_entry_back_from_the_trash_shows_renames_made_meanwhile(
    laptop: Journal, desk: Journal
) -> None:
    entry = laptop.entries.create(body="x", tags=["work"])
    exchange(laptop, desk)
    laptop.entries.update(entry.id, body="edited")
    desk.entries.delete(entry.id)
    desk.entries.create(body="y", tags=["work"])  # so the tag still exists to rename
    desk.entries.rename_tag("work", "job")
    exchange(laptop, desk)
    for device in (laptop, desk):
        assert device.entries.get(entry.id).tags == ("job",)
    assert journal_state(desk) == journal_state(laptop)


def test_renaming_back_and_forth_lands_where_it_started(laptop: Journal, desk: Journal) -> None:
    entry = laptop.entries.create(body="x", tags=["work"])
    exchange(laptop, desk)
    laptop.entries.rename_tag("work", "calm")
    laptop.entries.rename_tag("calm", "work")
    other = desk.entries.create(body="y", tags=["work"])
    exchange(laptop, desk)
    for device in (laptop, desk):
        assert device.entries.get(entry.id).tags == device.entries.get(other.id).tags == ("work",)
