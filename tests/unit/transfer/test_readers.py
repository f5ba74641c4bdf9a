"""Detection by content, decoding, limits and the calm messages of ``read_import``."""

from __future__ import annotations

import json
import os
import shutil
import zipfile
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from kindspace.errors import InvalidInput
from kindspace.transfer import import_text
from kindspace.transfer.importing import ImportCancelled, ImportFormat
from kindspace.transfer.readers import detect_format, read_import

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "imports"
UTC_ZONE = ZoneInfo("UTC")
KINDSPACE_EXPORT = {
    "format": "kindspace-journal",
    "version": 1,
    "entries": [
        {
            "id": "k1",
            "day": "2024-05-01",
            "created": "2024-05-01T21:14:03.000000+02:00",
            "updated": "2024-05-01T21:14:03.000000+02:00",
            "kind": "note",
            "body": "hello",
        }
    ],
}


def renamed(tmp_path: Path, source: Path, name: str = "export.dat") -> Path:
    """A sample under a name that says nothing about its format."""
    target = tmp_path / name
    if source.is_dir():
        shutil.copytree(source, target)
    else:
        shutil.copyfile(source, target)
    return target


@pytest.mark.parametrize(
    ("sample", "expected"),
    [
        ("jrnl.txt", ImportFormat.JRNL_TEXT),
        ("jrnl.json", ImportFormat.JRNL_JSON),
        ("dayone.txt", ImportFormat.DAYONE_TEXT),
        ("dayone-zip/Journal.json", ImportFormat.DAYONE_JSON),
        ("Journal.dayone", ImportFormat.DAYONE_CLASSIC),
    ],
)
def test_formats_are_told_apart_by_content_not_name(
    tmp_path: Path, sample: str, expected: ImportFormat
) -> None:
    assert detect_format(renamed(tmp_path, SAMPLES / sample)) is expected


def test_kindspace_exports_and_zips_are_recognised(tmp_path: Path) -> None:
    export = tmp_path / "entries.json"
    export.write_text(json.dumps(KINDSPACE_EXPORT), encoding="utf-8")
    assert detect_format(export) is ImportFormat.KINDSPACE
    assert read_import(export).entries[0].body == "hello"
    archive = tmp_path / "backup.bin"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.write(SAMPLES / "dayone-zip" / "Journal.json", "Journal.json")
    assert detect_format(archive) is ImportFormat.DAYONE_JSON


@pytest.mark.parametrize(
    "content",
    [b"", b"a shopping list\nmilk\n", b'{"something": "else"}', b"[1, 2, 3]", b"\x00\x01\x02"],
)
def test_unknown_content_gets_a_message_listing_what_can_be_imported(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "mystery.txt"
    path.write_bytes(content)
    with pytest.raises(InvalidInput) as caught:
        detect_format(path)
    message = str(caught.value)
    assert message.startswith("kindspace doesn't recognise mystery.txt as a journal")
    for fmt in ImportFormat:
        assert fmt.label in message
    assert message.endswith("Nothing was imported.")


def test_a_folder_without_entries_is_not_a_journal(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="doesn't recognise"):
        read_import(tmp_path)
    with pytest.raises(InvalidInput, match="holds no Day One entries"):
        read_import(tmp_path, ImportFormat.DAYONE_CLASSIC)


def test_a_forced_format_reads_the_file_as_that_format(tmp_path: Path) -> None:
    path = renamed(tmp_path, SAMPLES / "jrnl.txt")
    with pytest.raises(InvalidInput, match="can't be read as a Day One JSON export"):
        read_import(path, ImportFormat.DAYONE_JSON)
    with pytest.raises(InvalidInput, match="No line of this file starts with a tab and 'Date:'"):
        read_import(path, ImportFormat.DAYONE_TEXT)
    with pytest.raises(InvalidInput, match="is a file"):
        read_import(path, ImportFormat.DAYONE_CLASSIC)
    assert read_import(path, ImportFormat.JRNL_TEXT, local_zone=UTC_ZONE).count == 3


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [
        ("utf-8", b""),
        ("utf-8", b"\xef\xbb\xbf"),
        ("utf-16-le", b"\xff\xfe"),
        ("utf-16-be", b"\xfe\xff"),
    ],
)
def test_utf8_and_utf16_with_their_marks_read_alike(
    tmp_path: Path, encoding: str, prefix: bytes
) -> None:
    text = (SAMPLES / "jrnl.txt").read_text(encoding="utf-8").replace("\n", "\r\n")
    path = tmp_path / "journal.txt"
    path.write_bytes(prefix + text.encode(encoding))
    plan = read_import(path, local_zone=UTC_ZONE)
    expected = read_import(SAMPLES / "jrnl.txt", local_zone=UTC_ZONE)
    assert plan.entries == expected.entries


def test_other_encodings_get_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("[2024-01-01 10:00] Grüße".encode("latin-1"))
    with pytest.raises(InvalidInput) as caught:
        read_import(path, ImportFormat.JRNL_TEXT)
    assert "not UTF-8 or UTF-16 text" in str(caught.value)
    assert "Saving it again as UTF-8" in str(caught.value)


def test_files_larger_than_the_limit_are_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_text, "MAX_FILE_BYTES", 64)
    path = tmp_path / "big.txt"
    path.write_text("[2024-01-01 10:00] " + "words " * 20, encoding="utf-8")
    with pytest.raises(InvalidInput, match="larger than any journal kindspace can import"):
        read_import(path)


def test_missing_paths_and_special_files_are_explained(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="There is nothing at"):
        read_import(tmp_path / "gone.txt")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(InvalidInput, match="not an ordinary file or folder"):
        read_import(fifo)  # would block forever if it were opened


def test_doentry_links_are_not_followed(tmp_path: Path) -> None:
    folder = renamed(tmp_path, SAMPLES / "Journal.dayone", "Journal.dayone")
    outside = tmp_path / "secret.doentry"
    outside.write_bytes((folder / "entries").iterdir().__next__().read_bytes())
    (folder / "entries" / "link.doentry").symlink_to(outside)
    assert read_import(folder).count == 2


def test_reading_can_be_cancelled(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text(
        "".join(f"[2024-01-01 10:{minute:02d}] Entry {minute}.\n" for minute in range(60)) * 8,
        encoding="utf-8",
    )
    asked: list[int] = []

    def cancel() -> bool:
        asked.append(1)
        return len(asked) >= 2

    with pytest.raises(ImportCancelled):
        read_import(path, local_zone=UTC_ZONE, should_cancel=cancel)
    assert len(asked) == 2
    assert read_import(path, local_zone=UTC_ZONE, should_cancel=lambda: False).count == 60


@pytest.mark.parametrize("import_format", [None, ImportFormat.JRNL_JSON, ImportFormat.DAYONE_JSON])
def test_deeply_nested_json_is_refused_without_a_crash(
    tmp_path: Path, import_format: ImportFormat | None
) -> None:
    path = tmp_path / "deep.json"
    path.write_text('{"entries": ' + "[" * 200_000 + "]" * 200_000 + "}", encoding="utf-8")
    with pytest.raises(InvalidInput) as caught:
        read_import(path, import_format)
    assert "nested too deeply" in str(caught.value)


def test_a_link_to_a_journal_file_is_read(tmp_path: Path) -> None:
    link = tmp_path / "journal-link.txt"
    link.symlink_to(SAMPLES / "jrnl.txt")
    assert read_import(link, local_zone=UTC_ZONE).count == 3


@pytest.mark.parametrize(
    "import_format", [ImportFormat.JRNL_TEXT, ImportFormat.JRNL_JSON, ImportFormat.DAYONE_TEXT]
)
def test_single_file_formats_refuse_folders_and_zips(
    tmp_path: Path, import_format: ImportFormat
) -> None:
    with pytest.raises(InvalidInput, match="is a folder"):
        read_import(SAMPLES / "Journal.dayone", import_format)
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.write(SAMPLES / "jrnl.txt", "jrnl.txt")
    with pytest.raises(InvalidInput, match="as Day One JSON exports only"):
        read_import(archive, import_format)
