"""Applying import plans to a real (SQLCipher) journal: all or nothing, idempotent, cancellable,
and usable from a worker thread."""

from __future__ import annotations

import json
import threading
import zipfile
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from kindspace.journal import vault
from kindspace.journal.journal import Journal, JournalLocation, create_journal
from kindspace.journal.models import Entry
from kindspace.transfer import export_json
from kindspace.transfer.importing import (
    BATCH_SIZE,
    ImportCancelled,
    ImportFormat,
    ImportReport,
    apply_import,
)
from kindspace.transfer.readers import read_import

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "imports"
BERLIN = ZoneInfo("Europe/Berlin")


def new_journal(folder: Path) -> Journal:
    journal, _ = create_journal(
        JournalLocation(folder),
        passphrase="a calm test passphrase",
        use_keyring=False,
        kdf_params=vault.FAST_TEST_KDF,
    )
    return journal


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    with new_journal(tmp_path / "journal") as opened:
        yield opened


def rows(journal: Journal) -> list[dict[str, Any]]:
    return [entry.to_row() for entry in journal.entries.iter_all()]


@pytest.fixture
def export_zip(tmp_path: Path) -> Path:
    path = tmp_path / "export.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name in ("Journal.json", "Travel.json"):
            archive.write(SAMPLES / "dayone-zip" / name, name)
    return path


@pytest.mark.parametrize(
    "sample", ["jrnl.txt", "jrnl.json", "dayone.txt", "dayone-zip/Journal.json", "Journal.dayone"]
)
def test_a_second_import_of_the_same_file_leaves_everything_as_it_was(
    journal: Journal, sample: str
) -> None:
    plan = read_import(SAMPLES / sample, local_zone=BERLIN)
    first = apply_import(journal, plan)
    assert first == ImportReport(added=plan.count)
    stored = rows(journal)
    assert sorted(row["id"] for row in stored) == sorted(entry.id for entry in plan.entries)
    for entry in plan.entries:
        assert journal.entries.get(entry.id).to_row() == entry.to_row()
    again = apply_import(journal, read_import(SAMPLES / sample, local_zone=BERLIN))
    assert again == ImportReport(unchanged=plan.count)
    assert again.summary() == (
        f"Added 0 entries, updated 0 entries and left {plan.count} entries as they were."
    )
    assert rows(journal) == stored


def test_a_day_one_zip_imported_twice_changes_nothing(journal: Journal, export_zip: Path) -> None:
    assert apply_import(journal, read_import(export_zip)) == ImportReport(added=4)
    stored = rows(journal)
    assert apply_import(journal, read_import(export_zip)) == ImportReport(unchanged=4)
    assert rows(journal) == stored


def test_jrnl_text_and_its_json_export_do_not_double_entries(journal: Journal) -> None:
    apply_import(journal, read_import(SAMPLES / "jrnl.txt", local_zone=BERLIN))
    report = apply_import(journal, read_import(SAMPLES / "jrnl.json", local_zone=BERLIN))
    assert report == ImportReport(added=1, unchanged=1)  # the second differs in its words


def test_a_later_day_one_edit_updates_the_entry(journal: Journal, tmp_path: Path) -> None:
    apply_import(journal, read_import(SAMPLES / "dayone-zip" / "Journal.json"))
    document = json.loads((SAMPLES / "dayone-zip" / "Journal.json").read_text("utf-8"))
    document["entries"][1]["text"] = "A quiet start. I added a line later."
    document["entries"][1]["modifiedDate"] = "2024-05-04T08:00:00Z"
    edited = tmp_path / "Journal.json"
    edited.write_text(json.dumps(document), encoding="utf-8")
    report = apply_import(journal, read_import(edited))
    assert report == ImportReport(updated=1, unchanged=2)
    entry = journal.entries.get("dayone-1b2c3d4e5f60718293a4b5c6d7e8f90a")
    assert entry.body == "A quiet start. I added a line later."
    assert entry.updated == datetime(2024, 5, 4, 13, 30, tzinfo=timezone(timedelta(hours=5.5)))


def test_the_same_entries_from_classic_and_json_are_one_entry(
    journal: Journal, tmp_path: Path
) -> None:
    classic = read_import(SAMPLES / "Journal.dayone")
    apply_import(journal, classic)
    same = classic.entries[1]
    document = {
        "metadata": {"version": "1.0"},
        "entries": [
            {
                "uuid": same.id.removeprefix("dayone-").upper(),
                "creationDate": "2013-03-11T23:30:00Z",
                "timeZone": "Europe/London",
                "text": "# Late thoughts\n\nTired, and that is allowed.",
            }
        ],
    }
    path = tmp_path / "Journal.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert apply_import(journal, read_import(path)) == ImportReport(unchanged=1)


def test_a_kindspace_export_round_trips_into_an_empty_journal(
    journal: Journal, tmp_path: Path
) -> None:
    journal.entries.create(body="plain words")
    journal.entries.create(
        title="Ärger 🌱",
        body="two\nlines",
        kind="self-compassion-break",
        answers={"kindness": "May I be kind.", "steps": ["a", ["b", 1.5]]},
        tags=["work", "rest"],
        intensity_before=7,
        intensity_after=3,
        written_at=datetime(2024, 5, 1, 21, 14, 3, 120000, tzinfo=timezone(timedelta(hours=5.75))),
    )
    apply_import(journal, read_import(SAMPLES / "jrnl.txt", local_zone=BERLIN))
    export = tmp_path / "export.json"
    export_json(journal, export)
    with new_journal(tmp_path / "empty") as empty:
        plan = read_import(export)
        assert plan.format is ImportFormat.KINDSPACE
        assert apply_import(empty, plan) == ImportReport(added=5)
        assert rows(empty) == rows(journal)
        second = tmp_path / "second.json"
        export_json(empty, second)
    assert without_stamp(second) == without_stamp(export)


def without_stamp(path: Path) -> list[str]:
    """An export's lines apart from the one that says when it was made."""
    return [line for line in path.read_text("utf-8").splitlines() if '"exported_at"' not in line]


def many_entries(count: int) -> list[Entry]:
    moment = datetime(2024, 1, 1, 9, 0, tzinfo=UTC)
    return [
        Entry(
            id=f"bulk-{number}",
            day=date(2024, 1, 1),
            created=moment,
            updated=moment,
            body=f"entry {number}",
            import_source="test",
        )
        for number in range(count)
    ]


def test_a_cancelled_import_adds_nothing(journal: Journal) -> None:
    journal.entries.create(body="already here")
    before = rows(journal)
    entries = many_entries(BATCH_SIZE * 3 + 5)
    asked: list[int] = []
    progress: list[tuple[int, int]] = []

    def cancel_after_two_batches() -> bool:
        asked.append(1)
        return len(asked) > 2

    with pytest.raises(ImportCancelled) as caught:
        apply_import(
            journal,
            entries,
            progress=lambda done, total: progress.append((done, total)),
            should_cancel=cancel_after_two_batches,
        )
    assert "nothing was added" in str(caught.value)
    assert progress == [(0, len(entries)), (BATCH_SIZE, len(entries))]
    assert rows(journal) == before
    assert apply_import(journal, entries).added == len(entries)  # the journal still works


def test_an_own_connection_import_runs_on_a_worker_thread(journal: Journal) -> None:
    plan = read_import(SAMPLES / "dayone.txt", local_zone=BERLIN)
    outcome: list[object] = []
    thread_ids: list[int] = []

    def work() -> None:
        thread_ids.append(threading.get_ident())
        try:
            outcome.append(apply_import(journal, plan, own_connection=True))
        except Exception as error:  # reported below, so the test fails with the cause
            outcome.append(error)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(timeout=60)
    assert not worker.is_alive()
    assert thread_ids[0] != threading.get_ident()
    assert outcome == [ImportReport(added=plan.count)]
    assert sorted(row["id"] for row in rows(journal)) == sorted(e.id for e in plan.entries)


def test_an_own_connection_import_can_be_cancelled_from_the_thread(journal: Journal) -> None:
    entries = many_entries(BATCH_SIZE + 1)
    errors: list[BaseException] = []

    def work() -> None:
        try:
            apply_import(journal, entries, own_connection=True, should_cancel=lambda: True)
        except ImportCancelled as error:
            errors.append(error)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(timeout=60)
    assert len(errors) == 1
    assert rows(journal) == []
