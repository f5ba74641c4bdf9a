"""Whatever a file holds, every importer takes all of it or none of it, and says why calmly.

Hypothesis feeds each reader random bytes, damaged copies of the sample journals and
documents with the right outline but wrong contents. The promise checked every time: reading
and applying raise nothing but ``InvalidInput``; after a refusal the journal holds exactly
what it held before; after a success every entry of the plan is in the journal.

One real journal is shared by all examples of the module (creating one per example would cost
more than the import), so every check is relative to what it held just before.
"""

from __future__ import annotations

import json
import plistlib
import shutil
import zipfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from kindspace.errors import InvalidInput
from kindspace.journal import vault
from kindspace.journal.journal import Journal, JournalLocation, create_journal
from kindspace.transfer.importing import ImportFormat, apply_import
from kindspace.transfer.readers import read_import
from tests.helpers.fuzzing import any_text, fuzz_settings, json_any, json_leaf

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "imports"
FUZZ = fuzz_settings(max_examples=150)
ANY_TEXT = any_text(max_size=16)
JSON_LEAF = json_leaf(ANY_TEXT)
JSON_ANY = json_any(ANY_TEXT)
MOMENTS = st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30))
UTC_TEXT = MOMENTS.map(lambda moment: moment.isoformat() + "Z") | ANY_TEXT
ZONES = st.sampled_from(["Europe/Berlin", "Asia/Kolkata", "UTC", "Mars/Base", "../etc", "", "/"])


def mostly(valid: st.SearchStrategy[Any], other: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Usually ``valid``, sometimes ``other``: so that a fair share of examples is accepted
    and written, and the writing side meets awkward but legal content too."""
    return st.integers(0, 4).flatmap(lambda pick: other if pick == 0 else valid)


SAMPLE_FILES = ["jrnl.txt", "jrnl.json", "dayone.txt", "dayone-zip/Journal.json"]


class Target:
    """The shared journal and a scratch folder to write each example's file into."""

    def __init__(self, journal: Journal, scratch: Path) -> None:
        self.journal = journal
        self.scratch = scratch

    def rows(self) -> list[dict[str, Any]]:
        return [entry.to_row() for entry in self.journal.entries.iter_all()]

    def fresh(self, name: str) -> Path:
        if self.scratch.exists():
            shutil.rmtree(self.scratch)
        self.scratch.mkdir()
        return self.scratch / name

    def check(self, path: Path, import_format: ImportFormat | None) -> None:
        """Read and apply ``path``, holding the importer to its all-or-nothing promise."""
        before = self.rows()
        try:
            plan = read_import(path, import_format, local_zone=ZoneInfo("Europe/Berlin"))
            report = apply_import(self.journal, plan)
        except InvalidInput as error:
            message = str(error)
            assert message.endswith("Nothing was imported."), message
            assert "Traceback" not in message and "\n" not in message
            assert self.rows() == before
            event("refused: " + " ".join(message.split()[:4]))
            return
        event(f"imported {'some' if plan.entries else 'no'} entries")
        assert report.total == plan.write_count(skip_unreadable=False)
        after = {row["id"] for row in self.rows()}
        assert {entry.id for entry in plan.entries} <= after
        assert len(after) == len({row["id"] for row in before}) + report.added


@pytest.fixture(scope="module")
def target(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Target]:
    base = tmp_path_factory.mktemp("import-fuzz")
    journal, _ = create_journal(
        JournalLocation(base / "journal"),
        passphrase="correct horse battery",
        use_keyring=False,
        kdf_params=vault.FAST_TEST_KDF,
    )
    with journal:
        yield Target(journal, base / "scratch")


FORMATS = st.sampled_from([None, *ImportFormat])


@FUZZ
@given(data=st.binary(max_size=600), import_format=FORMATS)
def test_random_bytes_are_imported_whole_or_refused(
    target: Target, data: bytes, import_format: ImportFormat | None
) -> None:
    path = target.fresh("file")
    path.write_bytes(data)
    target.check(path, import_format)


@FUZZ
@given(data=st.data(), sample=st.sampled_from(SAMPLE_FILES), import_format=FORMATS)
def test_damaged_samples_are_imported_whole_or_refused(
    target: Target, data: st.DataObject, sample: str, import_format: ImportFormat | None
) -> None:
    raw = bytearray((SAMPLES / sample).read_bytes())
    for _ in range(data.draw(st.integers(1, 5))):
        position = data.draw(st.integers(0, len(raw)))
        action = data.draw(st.sampled_from(["insert", "delete", "replace", "truncate"]))
        junk = data.draw(
            st.binary(min_size=1, max_size=4)
            | st.sampled_from([b"\n[2024-01-01 10:00] ", b"\n\tDate:\t", b'"', b"\\", b"\n"])
        )
        if action == "insert":
            raw[position:position] = junk
        elif action == "delete":
            del raw[position : position + len(junk)]
        elif action == "replace":
            raw[position : position + len(junk)] = junk
        else:
            del raw[position:]
    path = target.fresh("file")
    path.write_bytes(bytes(raw))
    target.check(path, import_format)


DAYONE_ENTRY = st.fixed_dictionaries(
    {
        "uuid": mostly(st.from_regex(r"\A[0-9A-F]{4,32}\Z"), JSON_LEAF),
        "creationDate": mostly(MOMENTS.map(lambda moment: moment.isoformat() + "Z"), UTC_TEXT),
    },
    optional={
        "modifiedDate": UTC_TEXT | JSON_LEAF,
        "timeZone": ZONES | JSON_LEAF,
        "text": ANY_TEXT | st.just("# T\n\\. ![](dayone-moment://A)") | JSON_LEAF,
        "tags": st.lists(ANY_TEXT, max_size=3) | JSON_ANY,
        "starred": JSON_LEAF,
        "photos": st.lists(JSON_ANY, max_size=2) | JSON_LEAF,
        "location": JSON_ANY,
    },
)


@FUZZ
@given(
    entries=st.lists(mostly(DAYONE_ENTRY, JSON_ANY), max_size=4),
    metadata=mostly(st.just({"version": "1.0"}), JSON_ANY),
    as_zip=st.booleans(),
)
def test_day_one_shaped_documents_are_imported_whole_or_refused(
    target: Target, entries: list[Any], metadata: Any, as_zip: bool
) -> None:
    document = json.dumps({"metadata": metadata, "entries": entries}, allow_nan=True)
    if as_zip:
        path = target.fresh("export.zip")
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("Journal.json", document)
            archive.writestr("Second journal.json", document.replace('"uuid"', '"uuid2"'))
    else:
        path = target.fresh("Journal.json")
        path.write_text(document, encoding="utf-8", errors="surrogatepass")
    target.check(path, None)


JRNL_ENTRY = st.fixed_dictionaries(
    {
        "date": mostly(MOMENTS.map(lambda moment: moment.date().isoformat()), JSON_LEAF),
        "time": mostly(st.sampled_from(["10:00", "23:59", "09:05 PM"]), st.just("25:00")),
    },
    optional={
        "title": mostly(ANY_TEXT, JSON_LEAF),
        "body": mostly(ANY_TEXT | st.just("@tag and @other"), JSON_LEAF),
        "tags": st.lists(ANY_TEXT, max_size=3) | JSON_ANY,
        "starred": JSON_LEAF,
    },
)


@FUZZ
@given(entries=st.lists(mostly(JRNL_ENTRY, JSON_ANY), max_size=4), tags=JSON_ANY)
def test_jrnl_shaped_documents_are_imported_whole_or_refused(
    target: Target, entries: list[Any], tags: Any
) -> None:
    path = target.fresh("export.json")
    document = json.dumps({"tags": tags, "entries": entries}, allow_nan=True)
    path.write_text(document, encoding="utf-8", errors="surrogatepass")
    target.check(path, ImportFormat.JRNL_JSON)


STAMPS = st.one_of(
    MOMENTS.map(lambda moment: moment.strftime("%Y-%m-%d %H:%M")),
    MOMENTS.map(lambda moment: moment.strftime("%Y-%m-%d %I:%M:%S %p")),
    ANY_TEXT,
)


@FUZZ
@given(
    parts=st.lists(st.tuples(STAMPS, ANY_TEXT, st.booleans()), max_size=5),
    preamble=st.sampled_from(["", "\n", "stray words\n"]),
)
def test_jrnl_shaped_text_is_imported_whole_or_refused(
    target: Target, parts: list[tuple[str, str, bool]], preamble: str
) -> None:
    text = preamble + "".join(
        f"[{stamp}] {words}{' *' if starred else ''}\n" for stamp, words, starred in parts
    )
    path = target.fresh("journal.txt")
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    target.check(path, None)


DAYONE_DATES = st.one_of(
    MOMENTS.map(lambda moment: moment.strftime("%B %d, %Y at %I:%M %p")),
    st.tuples(MOMENTS, st.sampled_from(["GMT+2", "UTC-14:00", "EDT", "XYZ", "+2400", ""])).map(
        lambda pair: f"{pair[0]:%d %b %Y at %H:%M:%S} {pair[1]}"
    ),
    ANY_TEXT,
)


@FUZZ
@given(
    parts=st.lists(st.tuples(DAYONE_DATES, st.lists(ANY_TEXT, max_size=2), ANY_TEXT), max_size=4)
)
def test_day_one_shaped_text_is_imported_whole_or_refused(
    target: Target, parts: list[tuple[str, list[str], str]]
) -> None:
    text = "".join(
        f"\tDate:\t{date}\n\tTags:\t{', '.join(tags)}\n\tPhoto:\tx.jpeg\n\n{words}\n\n"
        for date, tags, words in parts
    )
    path = target.fresh("Journal.txt")
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    target.check(path, None)


PLIST_VALUE = st.recursive(
    st.none().map(lambda _: "")
    | st.booleans()
    | st.integers(-(2**63), 2**63 - 1)
    | st.floats(allow_nan=False)
    | st.text(st.characters(codec="utf-8", exclude_categories=("Cc", "Cs")), max_size=12)
    | st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30))
    | st.binary(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(
            st.text(st.characters(codec="ascii", min_codepoint=32), max_size=8), inner, max_size=3
        )
    ),
    max_leaves=8,
)
DOENTRY = st.fixed_dictionaries(
    {
        "UUID": mostly(st.from_regex(r"\A[0-9A-F]{4,32}\Z"), PLIST_VALUE),
        "Creation Date": mostly(
            st.datetimes(min_value=datetime(1000, 1, 2), max_value=datetime(9999, 12, 30)),
            PLIST_VALUE,
        ),
    },
    optional={
        "Entry Text": st.text(
            st.characters(codec="utf-8", exclude_categories=("Cc", "Cs")), max_size=30
        )
        | PLIST_VALUE,
        "Time Zone": ZONES | PLIST_VALUE,
        "Tags": st.lists(st.text(max_size=10).filter(lambda tag: "\x00" not in tag), max_size=3)
        | PLIST_VALUE,
        "Starred": PLIST_VALUE,
    },
)


@FUZZ
@given(entries=st.lists(DOENTRY, max_size=3), junk=st.lists(st.binary(max_size=80), max_size=1))
def test_classic_folders_are_imported_whole_or_refused(
    target: Target, entries: list[dict[str, Any]], junk: list[bytes]
) -> None:
    folder = target.fresh("Journal.dayone")
    (folder / "entries").mkdir(parents=True)
    for number, item in enumerate(entries):
        try:
            data = plistlib.dumps(item, fmt=plistlib.FMT_XML)
        except (TypeError, ValueError, OverflowError):
            continue  # plistlib can't write every value; the reader never sees those
        (folder / "entries" / f"E{number}.doentry").write_bytes(data)
    for number, data in enumerate(junk):
        (folder / "entries" / f"J{number}.doentry").write_bytes(data)
    if not any((folder / "entries").iterdir()):
        (folder / "entries" / "empty.doentry").write_bytes(b"")
    target.check(folder, None)


def test_the_fuzzed_journal_is_still_sound(target: Target) -> None:
    """After all the examples above (same module journal), the store is still consistent."""
    db = target.journal.db
    assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    db.execute("INSERT INTO entries_fts(entries_fts, rank) VALUES('integrity-check', 1)")
    ids = [row["id"] for row in target.rows()]
    assert len(ids) == len(set(ids))
