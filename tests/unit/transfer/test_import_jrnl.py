"""The jrnl readers on sample files written to jrnl's documented shapes (tests/data/imports).

Times are placed in Europe/Berlin here, so every expected offset is known; the app itself
places jrnl's zone-less times in the computer's own zone.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from kindspace.errors import InvalidInput
from kindspace.transfer.importing import ImportFormat
from kindspace.transfer.jrnl_import import split_title
from kindspace.transfer.readers import read_import

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "imports"
BERLIN = ZoneInfo("Europe/Berlin")
SUMMER = timezone(timedelta(hours=2))


def read(path: Path, import_format: ImportFormat | None = None):  # type: ignore[no-untyped-def]
    return read_import(path, import_format, local_zone=BERLIN)


def test_the_journal_file_splits_only_at_bracketed_times_at_line_start() -> None:
    plan = read(SAMPLES / "jrnl.txt")
    assert plan.format is ImportFormat.JRNL_TEXT
    assert [(e.title, e.created) for e in plan.entries] == [
        ("A slow evening walk.", datetime(2024, 5, 1, 21, 14, tzinfo=SUMMER)),
        ("Morning pages", datetime(2024, 5, 2, 7, 30, 15, tzinfo=SUMMER)),
        ("Kind words to myself.", datetime(2024, 5, 3, 21, 5, tzinfo=SUMMER)),
    ]
    first, second, third = plan.entries
    assert first.body == (
        "The light stayed long over the river and I let myself rest. @walk @evening\n"
        "Earlier I noted: 2024-05-02 08:00 is when the bakery opens.\n"
        "[not a date] stays inside this entry, and so does [2024-05-02]."
    )
    assert second.body.endswith(
        "\n [2024-05-02 09:00] an indented bracket is part of the text too."
    )
    assert third.body == "They helped more than I expected."  # a one-liner's first sentence
    assert first.tags == ("walk", "evening")
    assert second.tags == ("Writing", "starred")  # tags keep the text as written
    for entry in plan.entries:
        assert (entry.kind, entry.import_source) == ("note", "jrnl")
        assert entry.updated == entry.created
        assert entry.day == entry.created.date()
        assert entry.id.startswith("jrnl-")
        assert entry.created.utcoffset() == timedelta(hours=2)
    assert plan.notes == ("The one starred entry carries the tag 'starred'.",)
    assert plan.preview().startswith("This jrnl journal file holds 3 entries, from 1 May 2024")


def test_the_json_export_gives_the_same_ids_as_the_journal_file() -> None:
    text_plan = read(SAMPLES / "jrnl.txt")
    json_plan = read(SAMPLES / "jrnl.json")
    assert json_plan.format is ImportFormat.JRNL_JSON
    assert json_plan.entries[0] == text_plan.entries[0]
    starred = json_plan.entries[1]
    assert (starred.title, starred.body) == (
        "Morning pages",
        "Wrote three pages before breakfast. @writing",
    )
    assert starred.tags == ("writing", "starred")  # jrnl lists them with the @ sign
    assert starred.created == datetime(2024, 5, 2, 7, 30, tzinfo=SUMMER)


def test_ids_follow_the_time_and_words_only(tmp_path: Path) -> None:
    one = tmp_path / "one.txt"
    one.write_text("[2024-01-02 10:00] Same.\nWords.\n", encoding="utf-8")
    again = read(one).entries[0].id
    assert read(one).entries[0].id == again
    one.write_text("[2024-01-02 10:00] Same.\nWords, edited.\n", encoding="utf-8")
    assert read(one).entries[0].id != again
    one.write_text("[2024-01-02 10:01] Same.\nWords.\n", encoding="utf-8")
    assert read(one).entries[0].id != again


def test_the_same_entry_twice_comes_across_once_with_a_note(tmp_path: Path) -> None:
    path = tmp_path / "twice.txt"
    path.write_text("[2024-01-02 10:00] Same.\n\n[2024-01-02 10:00] Same.\n", encoding="utf-8")
    plan = read(path)
    assert plan.count == 1
    assert "1 entry appears twice with the same time and words" in plan.preview()


def test_winter_times_get_winter_offsets(tmp_path: Path) -> None:
    path = tmp_path / "winter.txt"
    path.write_text("[2024-01-02 10:00] Cold and calm.", encoding="utf-8")
    [entry] = read(path).entries
    assert entry.created.isoformat() == "2024-01-02T10:00:00+01:00"
    assert (entry.title, entry.body) == ("Cold and calm.", "")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One. Two three.", ("One.", "Two three.")),
        ("No end mark", ("No end mark", "")),
        ("Line one\nline two. more", ("Line one", "line two. more")),
        ("Is it? Yes.", ("Is it?", "Yes.")),
        ("「静か。」続き", ("「静か。", "」続き")),
    ],
)
def test_titles_are_the_first_line_or_first_sentence(text: str, expected: tuple[str, str]) -> None:
    assert split_title(text) == expected


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        ("Some words first.\n[2024-01-02 10:00] Then an entry.", "Line 1 comes before"),
        ("\n\nwords\n[2024-01-02 10:00] x", "Line 3 comes before"),
        ("just words, no dates", "No line of this file starts with a jrnl date"),
        ("[0001-01-01 00:30] Too early to keep.", "years 1000 to 9999"),
    ],
)
def test_problems_name_their_place_and_import_nothing(
    tmp_path: Path, content: str, fragment: str
) -> None:
    path = tmp_path / "journal.txt"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InvalidInput) as caught:
        read(path, ImportFormat.JRNL_TEXT)
    assert fragment in str(caught.value)
    assert str(caught.value).endswith("Nothing was imported.")


@pytest.mark.parametrize(
    ("document", "fragment"),
    [
        (
            '{"entries": [{"title": "x", "body": "", "date": "2024-13-01", "time": "10:00"}]}',
            "Entry 1 has a 'date'",
        ),
        ('{"entries": [{"title": "x", "time": "10:00"}]}', "Entry 1 has no 'date'"),
        ('{"entries": [{"title": 3, "date": "2024-01-01", "time": "10:00"}]}', "not text"),
        ('{"entries": [1]}', "Entry 1 is not a set of named fields"),
        (
            '{"entries": [{"date": "2024-01-01", "date": "2024-01-02"}]}',
            "names one of its fields twice",
        ),
        ('{"entries": [{"date": "2024-01-01", "time": "1:00", "tags": [1]}]}', "tags that are not"),
        ('{"entries": [{"date": "2024-01-01", "time": "10:00", "starred": "yes"}]}', "'starred'"),
        ('{"tags": {}}', "no list of 'entries'"),
        ("[1, 2", "not complete, valid JSON"),
    ],
)
def test_json_problems_name_their_entry(tmp_path: Path, document: str, fragment: str) -> None:
    path = tmp_path / "export.json"
    path.write_text(document, encoding="utf-8")
    with pytest.raises(InvalidInput) as caught:
        read(path, ImportFormat.JRNL_JSON)
    assert fragment in str(caught.value)
    assert str(caught.value).endswith("Nothing was imported.")


def test_an_empty_journal_file_has_nothing_to_import(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("\n\n", encoding="utf-8")
    plan = read(path, ImportFormat.JRNL_TEXT)
    assert plan.count == 0
    assert "holds no entries" in plan.preview()


# --- encrypted journals, dates jrnl reads in other shapes, empty Day One folders -----------

DATA = Path(__file__).resolve().parents[2] / "data" / "imports"


@pytest.mark.parametrize("name", ["encrypted.journal", "encrypted-jrnl1.journal"])
@pytest.mark.parametrize("forced", [None, ImportFormat.JRNL_TEXT])
def test_an_encrypted_jrnl_journal_is_named_and_explained(
    name: str, forced: ImportFormat | None
) -> None:
    with pytest.raises(InvalidInput) as raised:
        read_import(DATA / name, forced)
    message = str(raised.value)
    assert "encrypted jrnl journal" in message
    assert "jrnl --decrypt" in message and "jrnl --export json" in message
    assert "doesn't recognise" not in message


def test_headers_jrnl_reads_in_other_shapes_start_their_own_entries() -> None:
    plan = read_import(DATA / "mostlyreadabledates.journal")
    assert plan.format is ImportFormat.JRNL_TEXT
    assert [(entry.title, entry.created.strftime("%Y-%m-%d %H:%M")) for entry in plan.entries] == [
        ("The first entry.", "2019-07-01 14:23"),
        ("The second entry, with a date jrnl also reads.", "2019-07-02 09:05"),
        ("The third entry, with slashes.", "2019-07-03 21:40"),
    ]


def test_a_header_that_is_no_date_is_refused_with_its_line_never_merged() -> None:
    with pytest.raises(InvalidInput, match=r"Line 3 starts like an entry, with \[2019-02-30"):
        read_import(DATA / "unreadabledate.journal")


def test_an_empty_day_one_folder_says_it_has_no_entries(tmp_path: Path) -> None:
    (tmp_path / "empty.dayone" / "entries").mkdir(parents=True)
    with pytest.raises(InvalidInput, match="this journal has no entries"):
        read_import(tmp_path / "empty.dayone")
