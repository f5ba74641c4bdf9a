"""The JSON export: lossless round trips, private files, and all-or-nothing, repeatable imports.

Real journals (real SQLCipher files with a cheap Argon2id) on both ends: the promise is about
what a person gets back in a new journal, so it is checked there and not on dictionaries.
"""

from __future__ import annotations

import copy
import json
import os
import re
import stat
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from kindspace import __version__
from kindspace.clock import fixed_clock
from kindspace.errors import InvalidInput, KindspaceError
from kindspace.journal import vault
from kindspace.journal.journal import Journal, JournalLocation, create_journal
from kindspace.transfer import ImportReport, export_json, import_json, parse_export
from kindspace.transfer.json_format import ENTRY_FIELDS, moment_text
from tests.helpers.clocks import StepClock

REPO = Path(__file__).resolve().parents[3]
EXPORTED_AT = datetime(2024, 6, 1, 8, 0, tzinfo=UTC)
KATHMANDU = timezone(timedelta(hours=5, minutes=45))
NEWFOUNDLAND = timezone(timedelta(hours=-3, minutes=-30))
LISBON = timezone(timedelta(hours=1))


@pytest.fixture
def make_journal(tmp_path: Path) -> Iterator[Callable[[str], Journal]]:
    opened: list[Journal] = []

    def make(name: str) -> Journal:
        journal, _ = create_journal(
            JournalLocation(tmp_path / name),
            passphrase="correct horse battery",
            use_keyring=False,
            kdf_params=vault.FAST_TEST_KDF,
            clock=StepClock(datetime(2024, 5, 31, 21, 0, tzinfo=LISBON)),
        )
        opened.append(journal)
        return journal

    yield make
    for journal in opened:
        journal.close()


@pytest.fixture
def source(make_journal: Callable[[str], Journal]) -> Journal:
    """A journal holding the awkward cases: every kind of text, offset and shape of answer."""
    journal = make_journal("source")
    entries = journal.entries
    entries.create(body="Plain note.")
    entries.create(
        title="Überforderung 😮‍💨 — naïve café",
        body='line one\nline two\r\nthird\ttabbed\n\n“quotes” and "quotes" \\ back\u2028sep 🌱',
        kind="self-compassion-break",
        answers={
            "noticing": ["tight chest", ["nested", 3, 2.5, True, None]],
            "kindness": "May I be kind to myself.",
            "empty": "",
            "deep": {"a": {"b": [[], {}]}},
        },
        tags=["work", "#Ärger", "日本語"],
        intensity_before=10,
        intensity_after=0,
        written_at=datetime(2024, 5, 1, 21, 14, 3, 120000, tzinfo=KATHMANDU),
    )
    entries.create(title="", body="", written_at=datetime(2023, 1, 2, 3, 4, tzinfo=NEWFOUNDLAND))
    entries.create(
        body="Back-dated: written today about a day in 1999.",
        day=date(1999, 12, 31),
        written_at=datetime(2000, 1, 1, 0, 0, 0, 1, tzinfo=UTC),
        import_source="jrnl",
    )
    changed = entries.create(body="will change")
    entries.update(changed.id, body="changed later", tags=["later"])
    return journal


def export_bytes(journal: Journal, path: Path) -> bytes:
    journal.clock = fixed_clock(EXPORTED_AT)
    export_json(journal, path)
    return path.read_bytes()


def snapshot(journal: Journal) -> list[dict[str, Any]]:
    return [entry.to_row() for entry in journal.entries.iter_all()]


def write_document(path: Path, document: Any) -> Path:
    path.write_text(json.dumps(document), encoding="utf-8")  # escapes lone surrogates
    return path


# -- export and round trip ---------------------------------------------------------------------


def test_export_then_import_then_export_gives_the_same_bytes(
    source: Journal, make_journal: Callable[[str], Journal], tmp_path: Path
) -> None:
    first = export_bytes(source, tmp_path / "first.json")
    target = make_journal("target")
    report = import_json(target, tmp_path / "first.json")
    assert report == ImportReport(added=5, updated=0, unchanged=0)
    second = export_bytes(target, tmp_path / "second.json")
    assert second == first
    assert snapshot(target) == snapshot(source)


def test_every_field_is_written_as_documented(source: Journal, tmp_path: Path) -> None:
    document = json.loads(export_bytes(source, tmp_path / "export.json"))
    assert list(document) == ["format", "version", "exported_at", "app_version", "entries"]
    assert document["format"] == "kindspace-journal"
    assert document["version"] == 1
    assert document["exported_at"] == "2024-06-01T08:00:00Z"
    assert document["app_version"] == __version__
    assert [list(item) for item in document["entries"]] == [list(ENTRY_FIELDS)] * 5
    awkward = document["entries"][1]
    assert awkward["created"] == "2024-05-01T21:14:03.120000+05:45"
    assert awkward["day"] == "2024-05-01"
    assert awkward["tags"] == ["work", "Ärger", "日本語"]
    assert awkward["intensity_before"] == 10 and awkward["intensity_after"] == 0
    assert document["entries"][2]["created"] == "2023-01-02T03:04:00.000000-03:30"
    assert document["entries"][3]["day"] == "1999-12-31"
    assert document["entries"][3]["import_source"] == "jrnl"
    assert document["entries"][4]["body"] == "changed later"
    assert document["entries"][4]["updated"] > document["entries"][4]["created"]


def test_the_streamed_file_is_exactly_indented_json(source: Journal, tmp_path: Path) -> None:
    raw = export_bytes(source, tmp_path / "export.json")
    text = raw.decode("utf-8")
    assert text == json.dumps(json.loads(text), indent=2, ensure_ascii=False) + "\n"
    assert "🌱" in text and "\\ud83c" not in text  # readable, not escaped


def test_an_empty_journal_exports_an_empty_list(
    make_journal: Callable[[str], Journal], tmp_path: Path
) -> None:
    empty = make_journal("empty")
    raw = export_bytes(empty, tmp_path / "empty.json")
    assert json.loads(raw)["entries"] == []
    assert b'"entries": []' in raw
    assert import_json(empty, tmp_path / "empty.json") == ImportReport()


def test_the_export_file_is_private_from_creation(
    source: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old_umask = os.umask(0)
    try:
        target = tmp_path / "out" / "export.json"
        target.parent.mkdir()
        target.write_text("an older export")
        target.chmod(0o644)
        assert export_json(source, target) == 5
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert json.loads(target.read_text(encoding="utf-8"))["format"] == "kindspace-journal"
    assert [path.name for path in target.parent.iterdir()] == ["export.json"]


def test_an_export_to_a_missing_folder_fails_calmly(source: Journal, tmp_path: Path) -> None:
    with pytest.raises(KindspaceError, match="does not exist") as caught:
        export_json(source, tmp_path / "nowhere" / "export.json")
    assert "Traceback" not in str(caught.value)
    assert list(tmp_path.glob("**/*.tmp")) == []


def test_the_documented_example_imports_and_round_trips(
    make_journal: Callable[[str], Journal], tmp_path: Path
) -> None:
    doc = (REPO / "docs" / "export-format.md").read_text(encoding="utf-8")
    match = re.search(r"```json\n(.*?)```", doc, re.DOTALL)
    assert match is not None
    example = tmp_path / "example.json"
    example.write_text(match.group(1), encoding="utf-8")
    journal = make_journal("from-example")
    assert import_json(journal, example).added == 2
    assert export_bytes(journal, tmp_path / "again.json") == example.read_bytes()


# -- idempotency and the update rule ---------------------------------------------------------


def test_importing_the_same_file_twice_adds_nothing(
    source: Journal, make_journal: Callable[[str], Journal], tmp_path: Path
) -> None:
    export_bytes(source, tmp_path / "export.json")
    target = make_journal("target")
    import_json(target, tmp_path / "export.json")
    before = snapshot(target)
    again = import_json(target, tmp_path / "export.json")
    assert again == ImportReport(added=0, updated=0, unchanged=5)
    assert snapshot(target) == before
    assert import_json(source, tmp_path / "export.json").unchanged == 5


def test_a_newer_copy_updates_and_an_older_one_is_ignored(
    source: Journal, make_journal: Callable[[str], Journal], tmp_path: Path
) -> None:
    document = json.loads(export_bytes(source, tmp_path / "export.json"))
    target = make_journal("target")
    import_json(target, tmp_path / "export.json")
    target.entries.create(body="only in the target")

    newer, older, same_time = (copy.deepcopy(document["entries"][i]) for i in (0, 1, 2))
    newer.update(body="edited on the other computer", updated="2030-01-01T00:00:00.000000+09:00")
    older.update(body="an old version", updated="2001-01-01T00:00:00.000000+00:00")
    same_time.update(body="same moment, other words")
    document["entries"] = [newer, older, same_time]
    result = import_json(target, write_document(tmp_path / "changes.json", document))

    assert result == ImportReport(added=0, updated=1, unchanged=2)
    assert result.summary() == "Added 0 entries, updated 1 entry and left 2 entries as they were."
    bodies = [entry.body for entry in target.entries.iter_all()]
    assert bodies[0] == "edited on the other computer"
    assert bodies[1] == source.entries.get(older["id"]).body
    assert bodies[2] == ""
    assert bodies[-1] == "only in the target"
    updated = target.entries.get(newer["id"])
    assert updated.updated == datetime(2030, 1, 1, tzinfo=timezone(timedelta(hours=9)))


def test_a_different_offset_for_the_same_moment_is_a_change(
    source: Journal, tmp_path: Path
) -> None:
    """Equality is about what is stored, so a shifted offset alone is not 'identical'."""
    document = json.loads(export_bytes(source, tmp_path / "export.json"))
    item = document["entries"][0]
    moment = datetime.fromisoformat(item["created"]).astimezone(KATHMANDU)
    item["created"] = moment.isoformat(timespec="microseconds")
    item["updated"] = "2031-01-01T00:00:00.000000+00:00"
    document["entries"] = [item]
    report = import_json(source, write_document(tmp_path / "shifted.json", document))
    assert report.updated == 1
    assert source.entries.get(item["id"]).created.utcoffset() == timedelta(hours=5, minutes=45)


def test_the_order_of_answer_steps_does_not_make_an_entry_different(
    source: Journal, tmp_path: Path
) -> None:
    document = json.loads(export_bytes(source, tmp_path / "export.json"))
    item = document["entries"][1]
    assert list(item["answers"]) == sorted(item["answers"])
    item["answers"] = dict(reversed(item["answers"].items()))
    item["answers"]["deep"] = dict(reversed(item["answers"]["deep"].items()))
    item["answers"]["deep"]["a"] = {"c": 1}
    source.entries.update(item["id"], answers=item["answers"])
    item["updated"] = moment_text(source.entries.get(item["id"]).updated)
    document["entries"] = [item]
    data = json.dumps(document).encode()
    # What the file describes is exactly what the journal holds and hands back.
    assert parse_export(data)[0].to_row() == source.entries.get(item["id"]).to_row()
    assert import_json(source, write_document(tmp_path / "reordered.json", document)) == (
        ImportReport(unchanged=1)
    )


def test_hand_made_entries_may_leave_out_optional_fields(
    make_journal: Callable[[str], Journal], tmp_path: Path
) -> None:
    journal = make_journal("hand")
    document = {
        "format": "kindspace-journal",
        "version": 1,
        "entries": [
            {
                "id": "hand-1",
                "day": "2024-02-29",
                "created": "2024-02-29T23:59:59Z",
                "updated": "2024-02-29T23:59:59+00:00",
                "kind": "  note ",
                "tags": ["  a   b ", "#A   B", ""],
            }
        ],
    }
    assert import_json(journal, write_document(tmp_path / "hand.json", document)).added == 1
    entry = journal.entries.get("hand-1")
    assert (entry.kind, entry.title, entry.body, entry.answers) == ("note", "", "", {})
    assert entry.tags == ("a b",)
    assert entry.intensity_before is None and entry.import_source is None


# -- refusing malformed input -----------------------------------------------------------------

Mutation = Callable[[dict[str, Any]], None]


def _set(field: str, value: Any) -> Mutation:
    return lambda item: item.__setitem__(field, value)


def _drop(field: str) -> Mutation:
    return lambda item: item.pop(field)


ENTRY_CASES: list[tuple[str, Mutation, str]] = [
    ("day-not-a-date", _set("day", "2024-02-30"), "'day'"),
    ("day-week-form", _set("day", "2024-W01-1"), "'day'"),
    ("day-number", _set("day", 20240531), "'day'"),
    ("day-missing", _drop("day"), "no 'day'"),
    ("created-naive", _set("created", "2024-05-01T21:14:03"), "'created'"),
    ("created-garbage", _set("created", "yesterday"), "'created'"),
    ("created-seconds-offset", _set("created", "2024-05-01T21:14:03+02:00:30"), "'created'"),
    ("created-before-year-1", _set("created", "0001-01-01T00:30:00+01:00"), "'created'"),
    ("updated-null", _set("updated", None), "'updated'"),
    ("kind-empty", _set("kind", "   "), "'kind'"),
    ("kind-list", _set("kind", ["note"]), "'kind'"),
    ("title-number", _set("title", 3), "'title'"),
    ("body-null", _set("body", None), "'body'"),
    ("body-lone-surrogate", _set("body", "\ud800"), "'body'"),
    ("before-bool", _set("intensity_before", True), "'intensity_before'"),
    ("before-11", _set("intensity_before", 11), "'intensity_before'"),
    ("after-negative", _set("intensity_after", -1), "'intensity_after'"),
    ("after-float", _set("intensity_after", 5.0), "'intensity_after'"),
    ("after-text", _set("intensity_after", "5"), "'intensity_after'"),
    ("tags-text", _set("tags", "work"), "'tags'"),
    ("tags-number", _set("tags", ["ok", 7]), "'tags'"),
    ("tags-too-long", _set("tags", ["x" * 81]), "tag longer"),
    ("answers-list", _set("answers", ["a"]), "'answers'"),
    ("answers-deep", _set("answers", {"a": json.loads("[" * 40 + "]" * 40)}), "'answers'"),
    ("source-number", _set("import_source", 1), "'import_source'"),
    ("unknown-field", _set("mood", "calm"), "'mood'"),
    ("misspelt-field", _set("tittle", "calm"), "'tittle'"),
]


@pytest.mark.parametrize(
    ("mutate", "needle"), [c[1:] for c in ENTRY_CASES], ids=[c[0] for c in ENTRY_CASES]
)
def test_a_malformed_entry_is_refused_by_position_id_and_field(
    source: Journal,
    make_journal: Callable[[str], Journal],
    tmp_path: Path,
    mutate: Mutation,
    needle: str,
) -> None:
    document = json.loads(export_bytes(source, tmp_path / "export.json"))
    target = make_journal("target")
    target.entries.create(body="already here")
    before = snapshot(target)
    bad = document["entries"][2]
    mutate(bad)
    path = write_document(tmp_path / "bad.json", document)
    with pytest.raises(InvalidInput) as caught:
        import_json(target, path)
    message = str(caught.value)
    assert message.startswith(f"Entry 3 (id {bad['id'][:8]}…) ")
    assert needle in message
    assert message.endswith("Nothing was imported.")
    assert snapshot(target) == before  # entries 1 and 2 were valid, and still not written


def test_an_entry_without_a_usable_id_is_named_by_position(source: Journal, tmp_path: Path) -> None:
    document = json.loads(export_bytes(source, tmp_path / "export.json"))
    for value, needle in ((None, "'id'"), ("", "'id'"), ("has space", "'id'"), ("x" * 129, "'id'")):
        document["entries"][1]["id"] = value
        with pytest.raises(InvalidInput, match=needle) as caught:
            parse_export(json.dumps(document).encode())
        assert str(caught.value).startswith("Entry 2 has ")
    del document["entries"][1]["id"]
    with pytest.raises(InvalidInput, match=r"^Entry 2 has no 'id'\."):
        parse_export(json.dumps(document).encode())


def test_the_same_id_twice_is_refused(source: Journal, tmp_path: Path) -> None:
    document = json.loads(export_bytes(source, tmp_path / "export.json"))
    document["entries"].append(document["entries"][0])
    with pytest.raises(InvalidInput, match=r"^Entry 6 \(id .{8}…\) has the same 'id' as entry 1"):
        parse_export(json.dumps(document).encode())


def test_a_field_named_twice_is_refused(source: Journal, tmp_path: Path) -> None:
    text = export_bytes(source, tmp_path / "export.json").decode()
    doubled = text.replace('"kind": "note",', '"kind": "note", "kind": "other",', 1)
    with pytest.raises(InvalidInput, match=r"^Entry 1 \(id .{8}…\) names the field 'kind' twice"):
        parse_export(doubled.encode())


def _valid_text() -> str:
    item = {
        "id": "a",
        "day": "2024-05-31",
        "created": "2024-05-31T10:00:00+00:00",
        "updated": "2024-05-31T10:00:00+00:00",
        "kind": "note",
    }
    return json.dumps({"format": "kindspace-journal", "version": 1, "entries": [item]})


FILE_CASES: list[tuple[str, bytes, str]] = [
    ("latin-1", '{"format": "kindspace-journal", "x": "caf\xe9"}'.encode("latin-1"), "UTF-8"),
    ("truncated", _valid_text()[:-7].encode(), "cut short"),
    ("empty", b"", "cut short"),
    ("array", b"[]", "not a kindspace journal export"),
    ("string", b'"kindspace-journal"', "not a kindspace journal export"),
    (
        "other-format",
        _valid_text().replace("kindspace-journal", "dayone").encode(),
        "not a kindspace",
    ),
    (
        "newer-version",
        _valid_text().replace('"version": 1', '"version": 2').encode(),
        "newer kindspace",
    ),
    ("version-text", _valid_text().replace('"version": 1', '"version": "1"').encode(), "version"),
    ("version-bool", _valid_text().replace('"version": 1', '"version": true').encode(), "version"),
    ("version-nan", _valid_text().replace('"version": 1', '"version": NaN').encode(), "version"),
    ("no-entries", b'{"format": "kindspace-journal", "version": 1}', "'entries'"),
    (
        "entries-object",
        _valid_text().replace('"entries": [', '"entries": [[').replace("}]}", "}]]}").encode(),
        "Entry 1 is not",
    ),
    (
        "unknown-top",
        _valid_text().replace('"version": 1', '"version": 1, "settings": {}').encode(),
        "'settings'",
    ),
    (
        "exported-at-number",
        _valid_text().replace('"version": 1', '"version": 1, "exported_at": 5').encode(),
        "'exported_at'",
    ),
    (
        "intensity-huge",
        _valid_text().replace('"kind"', '"intensity_before": 1' + "0" * 5000 + ', "kind"').encode(),
        "'intensity_before'",
    ),
    (
        "answers-nan",
        _valid_text().replace('"kind"', '"answers": {"a": NaN}, "kind"').encode(),
        "'answers'",
    ),
    (
        "answers-infinity",
        _valid_text().replace('"kind"', '"answers": {"a": -Infinity}, "kind"').encode(),
        "'answers'",
    ),
    (
        "answers-1e999",
        _valid_text().replace('"kind"', '"answers": {"a": 1e999}, "kind"').encode(),
        "'answers'",
    ),
    (
        "answers-surrogate-key",
        _valid_text().replace('"kind"', '"answers": {"\\udc00": 1}, "kind"').encode(),
        "'answers'",
    ),
    (
        "deeply-nested",
        b'{"format": "kindspace-journal", "x": ' + b"[" * 100000 + b"]" * 100000 + b"}",
        "nested too deeply",
    ),
]


@pytest.mark.parametrize(
    ("data", "needle"), [c[1:] for c in FILE_CASES], ids=[c[0] for c in FILE_CASES]
)
def test_a_malformed_file_is_refused_calmly(
    make_journal: Callable[[str], Journal], tmp_path: Path, data: bytes, needle: str
) -> None:
    journal = make_journal("target")
    journal.entries.create(body="already here")
    before = snapshot(journal)
    path = tmp_path / "bad.json"
    path.write_bytes(data)
    with pytest.raises(InvalidInput, match=re.escape(needle)) as caught:
        import_json(journal, path)
    message = str(caught.value)
    assert message.endswith(("Nothing was imported.", "nothing was imported."))
    assert len(message) < 300 and "\n" not in message
    assert snapshot(journal) == before


def test_a_missing_file_or_a_folder_is_refused_calmly(
    make_journal: Callable[[str], Journal], tmp_path: Path
) -> None:
    journal = make_journal("target")
    with pytest.raises(InvalidInput, match="There is no file"):
        import_json(journal, tmp_path / "missing.json")
    with pytest.raises(InvalidInput, match="is a folder"):
        import_json(journal, tmp_path)


def test_a_byte_order_mark_is_accepted(
    make_journal: Callable[[str], Journal], tmp_path: Path
) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + _valid_text().encode())
    assert import_json(make_journal("target"), path).added == 1
