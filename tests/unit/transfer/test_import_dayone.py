"""The Day One readers (JSON file and zip, classic folder, plain text) on sample journals
written to Day One's documented shapes (tests/data/imports), and the zip guards."""

from __future__ import annotations

import json
import shutil
import zipfile
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from kindspace.errors import InvalidInput
from kindspace.transfer import dayone_import
from kindspace.transfer.dayone_text import parse_date
from kindspace.transfer.importing import ImportFormat, ImportPlan
from kindspace.transfer.readers import read_import

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "imports"
BERLIN = ZoneInfo("Europe/Berlin")


def offset(hours: float) -> timezone:
    return timezone(timedelta(minutes=round(hours * 60)))


def read(path: Path, import_format: ImportFormat | None = None) -> ImportPlan:
    return read_import(path, import_format, local_zone=BERLIN)


@pytest.fixture
def export_zip(tmp_path: Path) -> Path:
    """A Day One export as Day One packs it: journals at the top, media in folders."""
    path = tmp_path / "Export-2024.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in ("Journal.json", "Travel.json"):
            archive.write(SAMPLES / "dayone-zip" / name, name)
        archive.writestr("photos/5f7e2d9c1b0a4e3d8c7b6a5f4e3d2c1b.jpeg", b"\xff\xd8 not a photo")
    return path


def test_a_journal_json_keeps_words_tags_and_its_own_wall_clock() -> None:
    plan = read(SAMPLES / "dayone-zip" / "Journal.json")
    assert plan.format is ImportFormat.DAYONE_JSON
    lake, quiet, far = plan.entries
    assert lake.id == "dayone-0a1b2c3d4e5f60718293a4b5c6d7e8f9"
    assert lake.title == "Evening by the lake"
    assert lake.body == (
        "I forgave myself for the late reply. It was enough.\n\nA list:\n- breathe\n- rest"
    )
    assert lake.created == datetime(2024, 5, 1, 21, 14, 3, tzinfo=offset(2))
    assert lake.updated == datetime(2024, 5, 2, 8, 0, tzinfo=offset(2))
    assert lake.tags == ("evening", "kindness", "starred")
    assert quiet.created == datetime(2024, 5, 2, 9, 0, tzinfo=offset(5.5))
    assert (quiet.title, quiet.body) == ("", "A quiet start. Nothing to fix today.")
    assert far.created == datetime(2024, 5, 3, 12, 0, tzinfo=offset(0))  # unknown zone: UTC
    for entry in plan.entries:
        assert (entry.kind, entry.import_source) == ("note", "dayone")
        assert entry.day == entry.created.date()
    assert plan.notes == (
        "1 photo and 1 audio recording were left out: kindspace keeps words only.",
        "Places and weather of 1 entry stay in Day One.",
        "1 entry has no time zone kindspace knows, so its time is shown in UTC.",
        "The one starred entry carries the tag 'starred'.",
    )


def test_a_zip_with_several_journals_tags_entries_with_their_journal(export_zip: Path) -> None:
    plan = read(export_zip)
    assert plan.format is ImportFormat.DAYONE_JSON
    assert plan.count == 4
    assert [entry.tags[-1] for entry in plan.entries] == ["Journal"] * 3 + ["Travel"]
    train = plan.entries[-1]
    assert train.created == datetime(2024, 6, 10, 18, 45, tzinfo=offset(-4))
    assert train.body == "On the night train, tired and still grateful!"
    assert plan.notes[0] == (
        "1 photo, 1 audio recording, 1 video and 1 PDF were left out: kindspace keeps words only."
    )
    assert plan.preview().startswith(
        "This Day One JSON export holds 4 entries, from 1 May 2024 to 10 June 2024."
    )


def test_a_zip_with_one_journal_adds_no_journal_tag(tmp_path: Path) -> None:
    path = tmp_path / "one.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.write(SAMPLES / "dayone-zip" / "Journal.json", "Export/Journal.json")
    plan = read(path)
    assert plan.entries == read(SAMPLES / "dayone-zip" / "Journal.json").entries


def test_moment_links_beyond_the_listed_media_are_counted(tmp_path: Path) -> None:
    path = tmp_path / "Journal.json"
    entry = {
        "uuid": "AB12",
        "creationDate": "2024-01-01T10:00:00Z",
        "timeZone": "UTC",
        "text": (
            "Before\n\n![](dayone-moment://X1)\n\n![](dayone-moment:/video/X2)\n\nAfter \\(ok\\)"
        ),
    }
    path.write_text(json.dumps({"metadata": {"version": "1.0"}, "entries": [entry]}), "utf-8")
    plan = read(path)
    assert plan.entries[0].body == "Before\n\nAfter (ok)"
    assert plan.notes == ("2 other attachments were left out: kindspace keeps words only.",)


def test_the_classic_folder_reads_every_doentry() -> None:
    plan = read(SAMPLES / "Journal.dayone")
    assert plan.format is ImportFormat.DAYONE_CLASSIC
    first, late = plan.entries
    assert first.id == "dayone-4e5f60718293a4b5c6d7e8f90a1b2c3d"
    assert first.created == datetime(2013, 3, 10, 0, 5, tzinfo=offset(-8))
    assert first.tags == ("beginnings", "starred")
    assert first.body.startswith("A first page in a new notebook.\n")
    assert (late.title, late.body) == ("Late thoughts", "Tired, and that is allowed.")
    assert late.created == datetime(2013, 3, 11, 23, 30, tzinfo=offset(0))
    assert plan.notes == (
        "1 photo was left out: kindspace keeps words only.",
        "Places and weather of 1 entry stay in Day One.",
        "The one starred entry carries the tag 'starred'.",
    )


def test_the_entries_folder_itself_can_be_chosen(tmp_path: Path) -> None:
    folder = tmp_path / "entries"
    shutil.copytree(SAMPLES / "Journal.dayone" / "entries", folder)
    assert read(folder).count == 2


def test_the_text_export_reads_headers_dates_and_zones() -> None:
    plan = read(SAMPLES / "dayone.txt")
    assert plan.format is ImportFormat.DAYONE_TEXT
    evening, tea, unfamiliar = plan.entries
    assert evening.created == datetime(2024, 5, 1, 21, 14, tzinfo=offset(-4))
    assert evening.title == "A gentle evening"
    assert evening.body.endswith("Date: this line is only words and starts no entry.")
    assert evening.tags == ("evening", "kindness")
    assert tea.created == datetime(2024, 5, 2, 7, 30, 15, tzinfo=offset(2))
    assert tea.body == "Morning tea on the balcony."
    assert unfamiliar.created == datetime(2024, 5, 3, 18, 0, tzinfo=offset(2))  # local zone
    assert all(entry.id.startswith("dayone-text-") for entry in plan.entries)
    assert plan.notes == (
        "1 photo was left out: kindspace keeps words only.",
        "Places and weather of 1 entry stay in Day One.",
        "1 entry has a time zone kindspace doesn't know, so its time is placed in this "
        "computer's zone.",
    )


@pytest.mark.parametrize(
    ("text", "wall", "minutes"),
    [
        ("May 1, 2024 at 9:14 PM EDT", datetime(2024, 5, 1, 21, 14), -240),
        ("1 May 2024 at 21:14:03 GMT+2", datetime(2024, 5, 1, 21, 14, 3), 120),
        ("Wednesday, 1 May 2024 at 12:05 AM", datetime(2024, 5, 1, 0, 5), None),
        ("Sept 9, 2021 at 12:30 pm UTC+05:30", datetime(2021, 9, 9, 12, 30), 330),
        ("2024-05-01 21:14 +0100", datetime(2024, 5, 1, 21, 14), 60),
        ("3 Jan 2020", datetime(2020, 1, 3), None),
    ],
)
def test_day_one_date_shapes(text: str, wall: datetime, minutes: int | None) -> None:
    parsed = parse_date(text)
    assert parsed is not None
    assert parsed[0] == wall
    zone = parsed[1]
    assert (None if zone is None else zone.utcoffset(None)) == (
        None if minutes is None else timedelta(minutes=minutes)
    )


@pytest.mark.parametrize("text", ["Smarch 1, 2024", "31 February 2024", "1 May 2024 at 13:00 PM"])
def test_dates_that_are_not_dates_are_refused(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("entry", "fragment"),
    [
        ({"creationDate": "2024-01-01T10:00:00Z"}, "Entry 1 has no 'uuid'"),
        ({"uuid": "../x", "creationDate": "2024-01-01T10:00:00Z"}, "no 'uuid'"),
        ({"uuid": "AB", "creationDate": "yesterday"}, "no 'creationDate'"),
        ({"uuid": "AB", "creationDate": "2024-01-01T10:00:00Z", "text": 5}, "'text' that is"),
        ({"uuid": "AB", "creationDate": "2024-01-01T10:00:00Z", "tags": "a,b"}, "tags"),
        (
            {"uuid": "AB", "creationDate": "2024-01-01T10:00:00Z", "modifiedDate": 7},
            "'modifiedDate'",
        ),
        ({"uuid": "AB", "creationDate": "0001-01-01T00:00:00Z", "timeZone": "Asia/Tokyo"}, "9999"),
    ],
)
def test_json_problems_name_the_entry(
    tmp_path: Path, entry: dict[str, object], fragment: str
) -> None:
    path = tmp_path / "Journal.json"
    path.write_text(json.dumps({"metadata": {}, "entries": [entry]}), encoding="utf-8")
    with pytest.raises(InvalidInput) as caught:
        read(path)
    assert fragment in str(caught.value)
    assert str(caught.value).endswith("Nothing was imported.")


def test_the_same_uuid_twice_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "Journal.json"
    entry = {"uuid": "AB-12", "creationDate": "2024-01-01T10:00:00Z"}
    other = {"uuid": "ab12", "creationDate": "2024-01-02T10:00:00Z"}
    path.write_text(json.dumps({"metadata": {}, "entries": [entry, other]}), encoding="utf-8")
    with pytest.raises(InvalidInput, match="Entry 2 has the same uuid as entry 1"):
        read(path)


def test_the_zip_is_never_unpacked_and_odd_member_names_stay_names(tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    path = work / "tricky.zip"
    document = json.dumps(
        {"metadata": {}, "entries": [{"uuid": "AB", "creationDate": "2024-01-01T10:00:00Z"}]}
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("../../outside.json", document)
        archive.writestr("/absolute/Other.json", document.replace('"AB"', '"CD"'))
        archive.writestr("__MACOSX/._Journal.json", b"\x00\x05\x16\x07 resource fork")
    before = sorted(tmp_path.rglob("*"))
    plan = read(path)
    assert sorted(entry.tags for entry in plan.entries) == [("Other",), ("outside",)]
    assert sorted(tmp_path.rglob("*")) == before


def test_a_compressed_bomb_stops_at_the_size_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dayone_import, "MAX_FILE_BYTES", 1024 * 1024)
    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Journal.json", b" " * (8 * 1024 * 1024))
    assert path.stat().st_size < 64 * 1024
    with pytest.raises(InvalidInput, match="larger than kindspace can import"):
        read(path)


def test_a_zip_whose_header_lies_about_its_size_still_stops(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dayone_import, "MAX_FILE_BYTES", 4096)
    path = tmp_path / "liar.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Journal.json", b" " * 100_000)
    data = bytearray(path.read_bytes())
    # Claim a tiny uncompressed size in both headers; reading must still stop at the limit.
    for signature, at in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = data.find(signature)
        data[start + at : start + at + 4] = (10).to_bytes(4, "little")
    path.write_bytes(bytes(data))
    with pytest.raises(InvalidInput) as caught:
        read(path)
    assert str(caught.value).endswith("Nothing was imported.")


@pytest.mark.parametrize("cut", [10, 60, -30])
def test_a_damaged_zip_is_refused_calmly(export_zip: Path, cut: int) -> None:
    data = export_zip.read_bytes()
    export_zip.write_bytes(data[:cut] if cut > 0 else data[:cut] + b"\x00" * 5)
    with pytest.raises(InvalidInput) as caught:
        read(export_zip, ImportFormat.DAYONE_JSON)
    assert str(caught.value).endswith("Nothing was imported.")


def test_a_zip_without_journals_is_explained(tmp_path: Path) -> None:
    path = tmp_path / "photos.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("photos/a.jpeg", b"x")
    with pytest.raises(InvalidInput, match=r"doesn't recognise photos\.zip"):
        read(path)
    with pytest.raises(InvalidInput, match="holds no Day One journal"):
        read(path, ImportFormat.DAYONE_JSON)


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"not a plist", "may be damaged"),
        (b'<?xml version="1.0"?><plist version="1.0"><array/></plist>', "is not a Day One entry"),
        (
            b'<?xml version="1.0"?><plist version="1.0"><dict><key>UUID</key><string>AB</string>'
            b"</dict></plist>",
            "no 'Creation Date'",
        ),
    ],
)
def test_classic_problems_name_the_file(tmp_path: Path, content: bytes, fragment: str) -> None:
    folder = tmp_path / "Journal.dayone"
    shutil.copytree(SAMPLES / "Journal.dayone", folder)
    (folder / "entries" / "ZZZ.doentry").write_bytes(content)
    plan = read(folder)
    [unreadable] = plan.unreadable
    assert unreadable.where == "ZZZ.doentry" and fragment in unreadable.reason
    assert plan.count == 2
    with pytest.raises(InvalidInput) as caught:
        plan.to_write(skip_unreadable=False)
    assert "ZZZ.doentry" in str(caught.value) and fragment in str(caught.value)
    assert str(caught.value).endswith("Nothing was imported.")


def test_a_damaged_entry_is_listed_and_the_rest_can_be_chosen() -> None:
    """Shaped like jrnl's bug153.dayone: one .doentry lost its XML and plist opening."""
    plan = read(SAMPLES / "damaged.dayone")
    assert [entry.body for entry in plan.entries] == [
        "Rain on the window. I made tea and let the day be slow."
    ]
    assert [(part.where, part.reason) for part in plan.unreadable] == [
        (
            "1A2B3C4D5E6F708192A3B4C5D6E7F802.doentry",
            "it is not a Day One entry kindspace can read; it may be damaged",
        )
    ]
    assert not plan.can_import_whole and plan.has_choice
    assert plan.write_count(skip_unreadable=False) == 0
    assert plan.write_count(skip_unreadable=True) == 1
    [choice] = plan.choices()
    assert "• 1A2B3C4D5E6F708192A3B4C5D6E7F802.doentry (it is not a Day One entry" in choice
    assert plan.to_write(skip_unreadable=True) == plan.entries
    assert plan.left_out(skip_unreadable=True) == (plan.unreadable[0].sentence(),)


def test_a_folder_where_every_entry_is_damaged_offers_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "broken.dayone" / "entries"
    folder.mkdir(parents=True)
    (folder / "A.doentry").write_bytes(b"<dict>")
    plan = read(folder.parent)
    assert plan.count == 0 and plan.write_count(skip_unreadable=True) == 0
    assert (
        plan.preview()
        == "This Day One classic journal (.dayone) holds no entry kindspace could read."
    )


def test_text_export_problems_name_the_line(tmp_path: Path) -> None:
    path = tmp_path / "Journal.txt"
    path.write_text("\tDate:\t1 May 2024 at 10:00\n\nfine\n\n\tDate:\tsoon\n\nx\n", "utf-8")
    with pytest.raises(InvalidInput, match="The date on line 5 is not one kindspace can read"):
        read(path)


def test_words_before_the_first_date_are_shown_and_offered_as_a_note() -> None:
    """Shaped like Mini Diarium's sample export: a title and a line before the first date."""
    plan = read(SAMPLES / "dayone-leading.txt")
    assert plan.format is ImportFormat.DAYONE_TEXT
    assert [entry.body for entry in plan.entries] == ["A kind evening.", "Tea and sun."]
    assert plan.leading is not None and not plan.unreadable
    assert plan.can_import_whole
    [choice] = plan.choices()
    assert choice == (
        "The file starts with 2 lines before its first date:\n"
        "  My little journal\n  Exported from a diary app\n"
        "They can come across as a note on 1 May 2024, or be left out."
    )
    note = plan.leading.entry
    assert (note.day, note.created) == (plan.entries[0].day, plan.entries[0].created)
    assert note.body == "My little journal\nExported from a diary app"
    assert plan.to_write(skip_unreadable=False) == (*plan.entries, note)
    assert plan.to_write(skip_unreadable=True) == plan.entries
    assert plan.left_out(skip_unreadable=True) == ("2 lines before the first entry",)
    assert plan.left_out(skip_unreadable=False) == ()


def test_a_long_preamble_is_quoted_in_part_and_counted(tmp_path: Path) -> None:
    path = tmp_path / "Journal.txt"
    lines = [f"line {number} " + "x" * 200 for number in range(10)]
    path.write_text("\n".join(lines) + "\n\tDate:\t1 May 2024 at 10:00\n\nfine\n", "utf-8")
    [choice] = read(path, ImportFormat.DAYONE_TEXT).choices()
    assert "10 lines before its first date" in choice and "… and 4 more" in choice
    assert "line 6" not in choice and max(map(len, choice.splitlines())) < 130


def test_only_known_header_lines_are_taken_from_the_text(tmp_path: Path) -> None:
    path = tmp_path / "Journal.txt"
    path.write_text(
        "\tDate:\t1 May 2024 at 10:00\n\tAudio:\ta.m4a\n\tRemember:\tbe kind\nand rest.\n",
        encoding="utf-8",
    )
    [entry] = read(path).entries
    assert entry.body == "Remember:\tbe kind\nand rest."
    assert read(path).notes == ("1 other attachment was left out: kindspace keeps words only.",)
