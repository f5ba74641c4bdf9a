"""check_journal on real SQLCipher journals: whole ones pass, each kind of damage is named."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from kindspace.journal import vault
from kindspace.journal.health import CheckResult, check_journal
from kindspace.journal.journal import Journal, JournalLocation, create_journal, open_journal

PASSPHRASE = "the kettle is on"
NAMES = [
    "key file",
    "encryption",
    "decrypt",
    "cipher integrity",
    "database integrity",
    "search index",
    "links",
    "schema",
    "saved changes",
    "backups",
]


@pytest.fixture
def location(tmp_path: Path) -> JournalLocation:
    return JournalLocation(tmp_path / "journal")


@pytest.fixture
def journal(location: JournalLocation) -> Iterator[Journal]:
    made, _recovery = create_journal(
        location, passphrase=PASSPHRASE, use_keyring=False, kdf_params=vault.FAST_TEST_KDF
    )
    with made:
        for day in range(1, 29):
            made.entries.create(
                body=f"Day {day}: a long enough note " * 40, day=date(2024, 2, day), tags=["tea"]
            )
        yield made


def by_name(results: list[CheckResult]) -> dict[str, CheckResult]:
    return {result.name: result for result in results}


def test_a_whole_journal_passes_every_check(journal: Journal) -> None:
    results = check_journal(journal)
    assert [result.name for result in results] == NAMES
    assert all(result.ok for result in results), results
    checks = by_name(results)
    assert checks["decrypt"].detail == "28 entries read"
    assert checks["encryption"].detail.startswith("SQLCipher 4.")


def test_a_damaged_search_index_is_named(journal: Journal) -> None:
    journal.db.execute(
        "INSERT INTO entries_fts(entries_fts, rowid, title, body, tags_text, answers_text) "
        "VALUES('delete', 1, '', 'words that were never there', '', '')"
    )
    checks = by_name(check_journal(journal))
    assert not checks["search index"].ok
    assert checks["search index"].detail.startswith("SQLite reported:")
    assert checks["database integrity"].ok


def test_a_tag_pointing_at_no_entry_is_named(journal: Journal) -> None:
    journal.db.execute("PRAGMA foreign_keys = OFF")
    journal.db.execute("INSERT INTO entry_tags (tag, entry_seq) VALUES ('lost', 9999)")
    journal.db.execute("PRAGMA foreign_keys = ON")
    checks = by_name(check_journal(journal))
    assert not checks["links"].ok
    assert checks["links"].detail == "1 row points at missing rows (in entry_tags)"


def test_a_schema_version_this_kindspace_does_not_know_is_named(journal: Journal) -> None:
    journal.db.execute("PRAGMA user_version = 99")
    checks = by_name(check_journal(journal))
    assert not checks["schema"].ok
    assert "version 99" in checks["schema"].detail


def test_a_key_file_of_another_journal_is_named(journal: Journal, tmp_path: Path) -> None:
    other, _ = create_journal(
        JournalLocation(tmp_path / "other"),
        passphrase=PASSPHRASE,
        use_keyring=False,
        kdf_params=vault.FAST_TEST_KDF,
    )
    other.close()
    journal.keys = other.keys
    assert not by_name(check_journal(journal))["key file"].ok


def test_a_flipped_byte_on_disk_fails_the_page_checks(
    journal: Journal, location: JournalLocation
) -> None:
    journal.close()
    size = location.database.stat().st_size
    assert size > 16 * 4096, "the journal should span many pages"
    with location.database.open("r+b") as handle:
        handle.seek(size - 4096 - 100)  # inside the last-but-one page, far from the header
        original = handle.read(1)
        handle.seek(-1, os.SEEK_CUR)
        handle.write(bytes([original[0] ^ 0xFF]))
    with open_journal(location, passphrase=PASSPHRASE, daily_backup=False) as reopened:
        checks = by_name(check_journal(reopened))
    assert not checks["cipher integrity"].ok
    assert (
        "HMAC" in checks["cipher integrity"].detail or "page" in checks["cipher integrity"].detail
    )
    assert not checks["database integrity"].ok
    assert checks["encryption"].ok and checks["key file"].ok
