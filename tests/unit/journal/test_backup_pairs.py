"""A backup and its key file copy as a pair: what a crash may leave of one, and that listing,
rotation, daily backups and restore stay calm and lose nothing when only half is there.

Real SQLCipher files throughout; the kill is a real SIGKILL of a child process.
"""

from __future__ import annotations

import hashlib
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from kindspace.errors import DamagedJournal, InvalidInput
from kindspace.journal.backup import (
    backup_key_file,
    ensure_daily_backup,
    list_backups,
    make_backup,
    rotate_backups,
)
from kindspace.journal.journal import Journal, JournalLocation, create_journal, open_journal
from kindspace.journal.restore import restore_backup
from kindspace.journal.vault import FAST_TEST_KDF

PASSPHRASE = "a pair of gentle words"
REPO = Path(__file__).resolve().parents[3]
KILLER = (sys.executable, "-m", "tests.helpers.kill_at_step")


class WallClock:
    """A clock that stays where it is put, so backup names are predictable."""

    def __init__(self) -> None:
        self.now = datetime(2024, 5, 31, 9, 30, tzinfo=timezone(timedelta(hours=1)))

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def wall() -> WallClock:
    return WallClock()


@pytest.fixture
def location(tmp_path: Path) -> JournalLocation:
    return JournalLocation(tmp_path / "data")


@pytest.fixture
def journal(location: JournalLocation, wall: WallClock) -> Iterator[Journal]:
    opened, _recovery = create_journal(
        location, passphrase=PASSPHRASE, use_keyring=False, kdf_params=FAST_TEST_KDF, clock=wall
    )
    opened.settings.set("backup.keep", 100)
    yield opened
    opened.close()


def daily(journal: Journal, wall: WallClock, days: int) -> list[Path]:
    """One automatic backup on each of the next ``days`` days."""
    made = []
    for _day in range(days):
        wall.now += timedelta(days=1)
        path = ensure_daily_backup(journal)
        assert path is not None
        made.append(path)
    return made


def tree_hashes(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def backups_without_keys(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.glob("*.db") if not backup_key_file(p).exists())


def test_a_kill_at_any_step_of_rotation_leaves_no_backup_without_its_key(
    journal: Journal, wall: WallClock, tmp_path: Path
) -> None:
    manual = make_backup(journal)
    autos = daily(journal, wall, 5)
    start = tmp_path / "start"
    shutil.copytree(journal.location.backups_dir, start)
    folder = journal.location.backups_dir

    steps_done = -1
    for step in range(1, 30):
        shutil.rmtree(folder)
        shutil.copytree(start, folder)
        child = subprocess.run(
            [*KILLER, str(journal.location.data_dir), "rotate", str(step)],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=120,
        )
        steps_done = child.stdout.count("step ")
        if child.returncode == 0:
            assert child.stdout.splitlines()[-1] == "done"
            break
        assert child.returncode == -signal.SIGKILL, child.stderr[-2000:]
        assert steps_done == step - 1
        assert backups_without_keys(folder) == [], f"killed before step {step}"
        kept = (autos[-1], backup_key_file(autos[-1]), manual, backup_key_file(manual))
        assert all(path.exists() for path in kept)
        assert {info.path for info in list_backups(journal.location)} >= {autos[-1], manual}
        rotate_backups(journal.location, 1)  # what is left does not trouble the next rotation
        assert all(path.exists() for path in kept)
    else:
        pytest.fail("the rotation never finished")
    assert steps_done == step - 1 == 8  # four old pairs of two files: a kill before each


def test_rotation_counts_only_whole_pairs_and_removes_half_ones_once_old(
    journal: Journal, wall: WallClock
) -> None:
    first, second, keyless = daily(journal, wall, 3)
    backup_key_file(keyless).unlink()

    assert rotate_backups(journal.location, 2) == []  # two whole ones: nothing to rotate
    assert first.exists() and backup_key_file(first).exists()

    (fourth,) = daily(journal, wall, 1)
    removed = rotate_backups(journal.location, 2)
    assert removed == [first, backup_key_file(first)]  # the backup goes before its key copy
    assert keyless.exists()  # newer than the oldest kept pair: not rotation's turn yet

    daily(journal, wall, 1)
    assert rotate_backups(journal.location, 2) == [second, backup_key_file(second), keyless]
    assert fourth.exists() and backup_key_file(fourth).exists()


def test_a_backup_without_its_key_copy_restores_with_the_journal_key_file(
    journal: Journal, location: JournalLocation, wall: WallClock, tmp_path: Path
) -> None:
    journal.entries.create(body="the morning I was kind to myself")
    made = make_backup(journal)
    backup_key_file(made).unlink()
    journal.entries.create(body="written after the backup")

    listed = list_backups(location)
    assert [(info.path, info.key_file) for info in listed] == [(made, None)]
    # A backup named today but without its key copy is not the day's backup: a whole one is.
    today = ensure_daily_backup(journal)
    assert today is not None and backup_key_file(today).exists()
    key = journal.data_key
    journal.close()

    kept_aside = tmp_path / "keys.json.aside"
    location.key_file.rename(kept_aside)
    before = tree_hashes(location.data_dir)
    with pytest.raises(DamagedJournal, match=r"has no key file beside it.*Nothing was changed"):
        restore_backup(location, made, key, clock=wall)
    assert tree_hashes(location.data_dir) == before

    kept_aside.rename(location.key_file)
    assert restore_backup(location, made, key, clock=wall) is not None
    with open_journal(location, passphrase=PASSPHRASE, daily_backup=False) as restored:
        assert [entry.body for entry in restored.entries.iter_all()] == [
            "the morning I was kind to myself"
        ]


def test_a_lone_key_copy_is_not_a_backup_and_blocks_nothing(
    journal: Journal, location: JournalLocation, wall: WallClock
) -> None:
    folder = location.backups_dir
    folder.mkdir(mode=0o700)
    lone = folder / f"kindspace-{wall.now:%Y-%m-%d-%H%M%S}-auto.keys.json"
    lone.write_bytes(location.key_file.read_bytes())

    assert list_backups(location) == []
    today = ensure_daily_backup(journal)
    assert today is not None and today.name.endswith("-auto-2.db")
    assert backup_key_file(today).exists()
    assert lone.read_bytes() == location.key_file.read_bytes()  # never overwritten
    assert [info.path for info in list_backups(location)] == [today]
    with pytest.raises(InvalidInput, match="can't find the backup"):
        restore_backup(location, lone.with_name(lone.name.replace(".keys.json", ".db")), b"k")
