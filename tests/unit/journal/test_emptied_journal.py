"""An emptied or foreign journal.db is damaged, never a new journal; a shrunken journal's
last full backup is never rotated away.

Real SQLCipher journals, one injected clock for the days, and the real CLI (in-process) for
what a person sees. Before the fix, the emptied file opened as a new journal and sixteen daily
backups later no automatic backup held the 30 entries.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from kindspace.errors import DamagedJournal
from kindspace.journal.backup import list_backups
from kindspace.journal.database import open_encrypted
from kindspace.journal.health import check_journal
from kindspace.journal.journal import Journal, JournalLocation, create_journal, open_journal
from kindspace.journal.vault import FAST_TEST_KDF
from tests.helpers.cli import Cli
from tests.helpers.journals import PASSPHRASE


class DayClock:
    """The journal's one clock, moved a day at a time by the test."""

    def __init__(self) -> None:
        self.now = datetime(2024, 3, 1, 20, 15, tzinfo=timezone(timedelta(hours=2)))

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture(autouse=True)
def no_real_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.setenv("KINDSPACE_PASSPHRASE", PASSPHRASE)


@pytest.fixture
def clock() -> DayClock:
    return DayClock()


@pytest.fixture
def location(tmp_path: Path) -> JournalLocation:
    return JournalLocation(tmp_path / "data")


@pytest.fixture
def cli(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, location: JournalLocation
) -> Cli:
    return Cli(capsys, monkeypatch, location.data_dir)


def thirty_entries(location: JournalLocation, clock: DayClock) -> None:
    """A journal with 30 entries and its first daily backup."""
    journal, _code = create_journal(
        location, passphrase=PASSPHRASE, use_keyring=False, kdf_params=FAST_TEST_KDF, clock=clock
    )
    with journal:
        for number in range(30):
            journal.entries.create(body=f"entry {number}")
    open_journal(location, passphrase=PASSPHRASE, clock=clock).close()  # the daily backup


def open_on(location: JournalLocation, clock: DayClock) -> Journal:
    return open_journal(location, passphrase=PASSPHRASE, clock=clock)


def digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_an_emptied_journal_is_damaged_and_its_backups_stay(
    location: JournalLocation, clock: DayClock, cli: Cli
) -> None:
    thirty_entries(location, clock)
    os.truncate(location.database, 0)
    backups_before = digest(location.backups_dir)

    for _day in range(16):
        clock.now += timedelta(days=1)
        with pytest.raises(DamagedJournal, match="empty") as refused:
            open_on(location, clock)
        assert "kindspace restore" in str(refused.value)
        written = cli("note", "a note for today")
        assert written.code == 1 and "empty" in written.err

    assert location.database.stat().st_size == 0  # never written over
    assert digest(location.backups_dir) == backups_before
    checked = cli("check")
    assert checked.code == 1
    assert "whole and well" not in checked.out
    newest = list_backups(location)[0].path
    assert f"The newest good backup is {newest.name} (30 entries)" in checked.err
    assert f"kindspace restore {newest}" in checked.err

    restored = cli("restore", str(newest))
    assert restored.code == 0, restored.err
    with open_journal(location, passphrase=PASSPHRASE, daily_backup=False) as journal:
        assert journal.entries.count() == 30


def test_another_database_in_the_journals_place_is_damaged_too(
    location: JournalLocation, clock: DayClock, cli: Cli
) -> None:
    thirty_entries(location, clock)
    with open_on(location, clock) as journal:
        key = journal.data_key
    location.database.unlink()
    other = open_encrypted(location.database, key, create=True)
    other.execute("CREATE TABLE notes (body TEXT)")
    other.conn.close()
    before = location.database.read_bytes()

    result = cli("check")
    assert result.code == 1
    assert "holds another database" in result.err and "30 entries" in result.err
    assert location.database.read_bytes() == before


def test_a_journal_empty_on_every_day_with_no_backup_says_so_calmly(
    location: JournalLocation, clock: DayClock, cli: Cli
) -> None:
    journal, _code = create_journal(
        location, passphrase=PASSPHRASE, use_keyring=False, kdf_params=FAST_TEST_KDF, clock=clock
    )
    journal.close()
    os.truncate(location.database, 0)
    result = cli("search", "anything")
    assert result.code == 1
    assert "No backup" in result.err and "Traceback" not in result.err
    assert location.database.stat().st_size == 0


@pytest.fixture
def shrunk(location: JournalLocation, clock: DayClock) -> Iterator[Path]:
    """30 entries backed up daily for three days, then 25 of them deleted at once."""
    thirty_entries(location, clock)
    for _day in range(2):
        clock.now += timedelta(days=1)
        open_on(location, clock).close()
    last_full = list_backups(location)[0].path
    clock.now += timedelta(days=1)
    with open_journal(location, passphrase=PASSPHRASE, clock=clock, daily_backup=False) as j:
        for entry in list(j.entries.iter_all())[:25]:
            j.entries.delete(entry.id)
    yield last_full


def test_rotation_never_removes_the_last_backup_before_the_journal_shrank(
    location: JournalLocation, clock: DayClock, shrunk: Path, cli: Cli
) -> None:
    for _day in range(16):
        with open_on(location, clock) as journal:
            journal.entries.create(body="a small note")
        clock.now += timedelta(days=1)

    backups = list_backups(location)
    assert shrunk.exists() and shrunk in [info.path for info in backups]
    assert [info.path for info in backups if info.kept] == [shrunk]
    ordinary = [info for info in backups if info.automatic and not info.kept]
    assert len(ordinary) == 14  # the kept one is not counted
    with open_journal(location, passphrase=PASSPHRASE, daily_backup=False) as journal:
        backups_check = {r.name: r for r in check_journal(journal)}["backups"]
    assert shrunk.name in backups_check.detail and "kept" in backups_check.detail
    result = cli("check")
    assert result.code == 0 and f"{shrunk.name} is kept out of rotation" in result.out


def test_ordinary_days_keep_nothing_extra(location: JournalLocation, clock: DayClock) -> None:
    thirty_entries(location, clock)
    for _day in range(16):
        clock.now += timedelta(days=1)
        with open_on(location, clock) as journal:
            journal.entries.create(body="one more")
    backups = list_backups(location)
    assert len(backups) == 14 and not any(info.kept for info in backups)
