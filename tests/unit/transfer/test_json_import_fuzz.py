"""Whatever a file holds, an import either takes all of it or none of it, and says why calmly.

Hypothesis feeds the importer arbitrary JSON, damaged copies of a real export (fields dropped,
retyped or replaced, entries swapped for junk) and byte-level corruption. The promise checked
every time: the only exception is ``InvalidInput``; after a failure the journal holds exactly
what it held before; after a success every entry of the file is in it and the count grew by
exactly the number of ids that were new.

One real journal is shared by all examples of a module (creating one per example would cost
more than the import), so every check is relative to what the journal held just before.
"""

from __future__ import annotations

import copy
import json
import uuid
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from kindspace.errors import InvalidInput
from kindspace.journal import vault
from kindspace.journal.journal import Journal, JournalLocation, create_journal
from kindspace.transfer import export_json, import_json, parse_export
from kindspace.transfer.json_format import ENTRY_FIELDS, MAX_ID_LENGTH, REQUIRED_FIELDS
from tests.helpers.fuzzing import any_text, fuzz_settings, json_any, json_leaf

FUZZ = fuzz_settings(max_examples=120)
ANY_TEXT = any_text(max_size=12)
JSON_LEAF = json_leaf(ANY_TEXT)
JSON_ANY = json_any(ANY_TEXT)
OFFSET = st.integers(min_value=-14 * 60, max_value=14 * 60).map(
    lambda minutes: timezone(timedelta(minutes=minutes))
)
MOMENT = st.builds(
    lambda moment, zone: moment.replace(tzinfo=zone).isoformat(),
    st.datetimes(min_value=datetime(1000, 1, 2), max_value=datetime(9999, 12, 30)),
    OFFSET,
)

SAFE_TEXT = st.text(st.characters(codec="utf-8"), max_size=30)  # NUL, emoji; no surrogates
SAFE_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=False, allow_infinity=False)
    | SAFE_TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(SAFE_TEXT, inner, max_size=3),
    max_leaves=10,
)
#: Every field valid, every value as awkward as the format allows.
VALID: dict[str, st.SearchStrategy[Any]] = {
    "id": st.from_regex(r"\A[0-9A-Za-z][0-9A-Za-z._:-]{0,20}\Z"),
    "day": st.dates(min_value=date(1000, 1, 1)).map(date.isoformat),
    "created": MOMENT,
    "updated": MOMENT,
    "kind": SAFE_TEXT.filter(str.strip),
    "title": SAFE_TEXT,
    "body": SAFE_TEXT,
    "answers": st.dictionaries(SAFE_TEXT, SAFE_JSON, max_size=3),
    "intensity_before": st.none() | st.integers(0, 10),
    "intensity_after": st.none() | st.integers(0, 10),
    "tags": st.lists(SAFE_TEXT, max_size=4),
    "import_source": st.none() | SAFE_TEXT,
}


@st.composite
def valid_entries(draw: st.DrawFn) -> dict[str, Any]:
    item = {name: draw(VALID[name]) for name in ENTRY_FIELDS}
    for name in ENTRY_FIELDS:
        if name not in REQUIRED_FIELDS and draw(st.integers(0, 4)) == 0:
            del item[name]
    item["id"] = f"{item['id']}-{uuid.uuid4()}"[:MAX_ID_LENGTH]
    return item


#: Values that are often right for a field, so that many examples get past the checks and
#: exercise the writing side with awkward but legal content.
PLAUSIBLE: dict[str, st.SearchStrategy[Any]] = {
    "id": st.from_regex(r"\A[0-9A-Za-z][0-9A-Za-z._:-]{0,20}\Z") | JSON_LEAF,
    "day": st.dates(min_value=date(1000, 1, 1)).map(date.isoformat) | ANY_TEXT,
    "created": MOMENT | ANY_TEXT,
    "updated": MOMENT | ANY_TEXT,
    "kind": ANY_TEXT,
    "title": ANY_TEXT,
    "body": ANY_TEXT,
    "answers": st.dictionaries(ANY_TEXT, JSON_ANY, max_size=3) | JSON_ANY,
    "intensity_before": st.none() | st.integers(-2, 12) | st.booleans() | st.floats(0, 10),
    "intensity_after": st.none() | st.integers(-2, 12) | st.booleans() | st.floats(0, 10),
    "tags": st.lists(ANY_TEXT, max_size=4) | JSON_ANY,
    "import_source": st.none() | ANY_TEXT | JSON_LEAF,
}


class Target:
    """The shared journal, a scratch file to import from, and a valid export to damage."""

    def __init__(self, journal: Journal, scratch: Path, export: dict[str, Any]) -> None:
        self.journal = journal
        self.scratch = scratch
        self.export = export

    def fresh_export(self) -> dict[str, Any]:
        """The valid export with ids no earlier example used, so every entry would be new."""
        document = copy.deepcopy(self.export)
        for item in document["entries"]:
            item["id"] = str(uuid.uuid4())
        return document

    def ids(self) -> list[str]:
        return [entry.id for entry in self.journal.entries.iter_all()]

    def rows(self) -> list[dict[str, Any]]:
        return [entry.to_row() for entry in self.journal.entries.iter_all()]

    def check_import(self, data: bytes) -> None:
        """Import ``data`` and hold the importer to its all-or-nothing promise."""
        self.scratch.write_bytes(data)
        before_rows = self.rows()
        before = [row["id"] for row in before_rows]
        try:
            report = import_json(self.journal, self.scratch)
        except InvalidInput as error:
            message = str(error)
            assert message and "Traceback" not in message and "\n" not in message
            assert self.rows() == before_rows
            event("refused: " + " ".join(message.split()[:3]))  # --hypothesis-show-statistics
            return
        entries = parse_export(data)
        event(f"imported {'some' if entries else 'no'} entries")
        new = [entry for entry in entries if entry.id not in set(before)]
        after = self.ids()
        assert after[: len(before)] == before
        assert after[len(before) :] == [entry.id for entry in new]
        assert report.added == len(new)
        assert report.total == len(entries)
        for entry in new:
            assert self.journal.entries.get(entry.id).to_row() == entry.to_row()


@pytest.fixture(scope="module")
def target(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Target]:
    base = tmp_path_factory.mktemp("fuzz")
    source, _ = create_journal(
        JournalLocation(base / "source"),
        passphrase="correct horse battery",
        use_keyring=False,
        kdf_params=vault.FAST_TEST_KDF,
    )
    with source:
        source.entries.create(body="plain")
        source.entries.create(
            title="Ärger 🌱",
            body="two\nlines",
            kind="self-compassion-break",
            answers={"steps": ["a", ["b", 1.5]], "kindness": "May I be kind."},
            tags=["work", "rest"],
            intensity_before=7,
            intensity_after=3,
            written_at=datetime(
                2024, 5, 1, 21, 14, 3, 120000, tzinfo=timezone(timedelta(hours=5, minutes=45))
            ),
        )
        source.entries.create(body="", import_source="jrnl", day=date(1999, 12, 31))
        export_json(source, base / "export.json")
    export = json.loads((base / "export.json").read_text(encoding="utf-8"))
    journal, _ = create_journal(
        JournalLocation(base / "target"),
        passphrase="correct horse battery",
        use_keyring=False,
        kdf_params=vault.FAST_TEST_KDF,
    )
    with journal:
        yield Target(journal, base / "scratch.json", export)


def dumps(document: Any) -> bytes:
    """JSON as a careless tool might write it: NaN and Infinity allowed, surrogates escaped."""
    return json.dumps(document, allow_nan=True).encode("utf-8")


@FUZZ
@given(
    document=JSON_ANY
    | st.fixed_dictionaries({"format": JSON_ANY, "version": JSON_ANY, "entries": JSON_ANY})
)
def test_arbitrary_json_is_imported_whole_or_refused(target: Target, document: Any) -> None:
    target.check_import(dumps(document))


@st.composite
def damaged_exports(draw: st.DrawFn, target: Target) -> dict[str, Any]:
    document = target.fresh_export()
    entries = document["entries"]
    for _ in range(draw(st.integers(1, 3))):
        # Mostly plausible values, so a fair share of examples is accepted and written.
        action = draw(
            st.sampled_from(["plausible"] * 6 + ["drop", "set", "extra", "entry", "top", "dup"])
        )
        index = draw(st.integers(0, len(entries) - 1))
        item = entries[index]
        field = draw(st.sampled_from(ENTRY_FIELDS))
        if not isinstance(item, dict):  # an earlier step replaced this entry with junk
            action = "entry"
        if action == "drop":
            item.pop(field, None)
        elif action == "set":
            item[field] = draw(JSON_ANY)
        elif action == "plausible":
            item[field] = draw(PLAUSIBLE[field])
        elif action == "extra":
            item[draw(ANY_TEXT)] = draw(JSON_ANY)
        elif action == "entry":
            entries[index] = draw(JSON_ANY)
        elif action == "dup":
            entries.append(copy.deepcopy(item))
        else:
            document[
                draw(st.sampled_from(["format", "version", "entries", "exported_at", "x"]))
            ] = draw(JSON_ANY)
    if draw(st.booleans()) and draw(st.integers(0, 9)) == 0:
        document["entries"] = draw(JSON_ANY)
    return document


@FUZZ
@given(data=st.data())
def test_a_damaged_export_is_imported_whole_or_refused(target: Target, data: st.DataObject) -> None:
    target.check_import(dumps(data.draw(damaged_exports(target))))


@FUZZ
@given(data=st.data())
def test_corrupted_bytes_are_imported_whole_or_refused(target: Target, data: st.DataObject) -> None:
    raw = bytearray(json.dumps(target.fresh_export(), ensure_ascii=False, indent=2).encode())
    for _ in range(data.draw(st.integers(1, 5))):
        position = data.draw(st.integers(0, len(raw)))
        action = data.draw(st.sampled_from(["insert", "delete", "replace", "truncate"]))
        junk = data.draw(st.binary(min_size=1, max_size=4))
        if action == "insert":
            raw[position:position] = junk
        elif action == "delete":
            del raw[position : position + len(junk)]
        elif action == "replace":
            raw[position : position + len(junk)] = junk
        else:
            del raw[position:]
    target.check_import(bytes(raw))


@FUZZ
@given(items=st.lists(valid_entries(), min_size=1, max_size=4))
def test_any_valid_export_is_accepted_and_stored_exactly(
    target: Target, items: list[dict[str, Any]]
) -> None:
    document = {"format": "kindspace-journal", "version": 1, "entries": items}
    data = dumps(document)
    before = len(target.ids())
    target.check_import(data)  # also proves the stored rows equal the parsed entries
    assert len(target.ids()) == before + len(items)  # so it was accepted, not refused
    for item in items:
        stored = target.journal.entries.get(item["id"])
        for name in ("created", "updated"):
            written = datetime.fromisoformat(item[name])
            kept = getattr(stored, name)
            assert (kept, kept.utcoffset()) == (written, written.utcoffset())
        assert stored.day.isoformat() == item["day"]
        assert (stored.title, stored.body) == (item.get("title", ""), item.get("body", ""))


def test_the_fuzzed_journal_is_still_sound(target: Target) -> None:
    """After all the examples above (same module journal), the store is still consistent."""
    db = target.journal.db
    assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    db.execute("INSERT INTO entries_fts(entries_fts, rank) VALUES('integrity-check', 1)")
    assert len(target.ids()) == len(set(target.ids()))
