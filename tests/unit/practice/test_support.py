"""Support: the person's contacts and edited crisis lines live encrypted inside the journal."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kindspace.errors import InvalidInput
from kindspace.journal.journal import Journal, JournalLocation, open_journal
from kindspace.paths import resource_path
from kindspace.practice.content import ContentError
from kindspace.practice.crisis_lines import ALL_COUNTRIES
from kindspace.practice.support import (
    CONTACTS_KEY,
    CrisisLine,
    SupportContact,
    contacts,
    crisis_lines,
    load_support_page,
    reset_crisis_lines,
    save_contacts,
    save_crisis_lines,
    shipped_crisis_lines,
)
from tests.helpers.journals import PASSPHRASE

THERAPIST = SupportContact("Dr Imogen Quillfeather", "therapist", "+44 20 7946 0000", "Tuesdays")


def test_contacts_round_trip_and_are_never_readable_on_disk(journal: Journal) -> None:
    assert contacts(journal.settings) == []
    save_contacts(journal.settings, [THERAPIST, SupportContact("  Ana  ", "friend")])
    location: JournalLocation = journal.location
    journal.close()
    for path in location.data_dir.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert b"Quillfeather" not in data, path.name
            assert "Quillfeather".encode("utf-16-le") not in data, path.name
    with open_journal(location, passphrase=PASSPHRASE, daily_backup=False) as reopened:
        assert contacts(reopened.settings) == [THERAPIST, SupportContact("Ana", "friend")]


def test_a_contact_needs_a_name(journal: Journal) -> None:
    with pytest.raises(InvalidInput, match="give each contact a name"):
        save_contacts(journal.settings, [SupportContact("  ", phone="123")])
    with pytest.raises(InvalidInput, match="under 500 characters"):
        save_contacts(journal.settings, [SupportContact("A", other="x" * 501)])
    assert contacts(journal.settings) == []


def test_odd_stored_contacts_are_shown_as_far_as_they_go(journal: Journal) -> None:
    journal.settings.set(CONTACTS_KEY, [{"name": "Sam", "phone": 5}, "junk", {"x": 1}])
    assert contacts(journal.settings) == [SupportContact("Sam")]


def test_the_shipped_crisis_lines_say_they_may_be_out_of_date() -> None:
    shipped = shipped_crisis_lines(country=ALL_COUNTRIES, language="en")
    assert "may be out of date" in shipped.note and "edit" in shipped.note
    numbers = " ".join(line.contact for line in shipped.lines)
    for well_known in ("988", "116 123", "13 11 14", "0800 111 0 111", "findahelpline.com"):
        assert well_known in numbers
    assert not shipped.edited


def test_edited_crisis_lines_replace_the_shipped_list_until_reset(journal: Journal) -> None:
    mine = [CrisisLine("Portugal", "SOS Voz Amiga", "213 544 545", " evenings ")]
    save_crisis_lines(journal.settings, mine)
    edited = crisis_lines(journal.settings)
    assert edited.edited
    assert edited.lines == (CrisisLine("Portugal", "SOS Voz Amiga", "213 544 545", "evenings"),)
    assert edited.note == shipped_crisis_lines().note  # the reminder to check stays
    reset_crisis_lines(journal.settings)
    assert crisis_lines(journal.settings) == shipped_crisis_lines()
    with pytest.raises(InvalidInput, match="a name or a number"):
        save_crisis_lines(journal.settings, [CrisisLine("Anywhere", "", "")])


def test_the_support_page_has_every_part_the_issue_asks_for() -> None:
    page = load_support_page()
    shows = [section.shows for section in page.sections]
    assert shows.count("contacts") == 1 and shows.count("crisis_lines") == 1
    # Emergency help and the crisis lines first; the person's own people after the numbers.
    assert [section.id for section in page.sections][:3] == [
        "emergency",
        "crisis_lines",
        "your_people",
    ]
    text = " ".join(section.text for section in page.sections).casefold()
    assert "emergency number" in text
    assert "not therapy" in text
    assert "strong feelings" in text


def test_a_bad_support_file_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "support"
    shutil.copytree(resource_path("support"), folder)
    page = folder / "support.toml"
    page.write_text(page.read_text().replace('shows = "contacts"', 'shows = "friends"'))
    with pytest.raises(ContentError, match=r"support\.toml: sections\[3\]\.shows should be"):
        load_support_page(folder)
