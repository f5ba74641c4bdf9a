"""SIGKILL a restore, and a daily backup whose rotation must keep the last full backup, at
every change of a file's name and at random moments: nothing is lost, no backup loses its key.

Why: a restore moves the live journal aside and puts a checked copy of a backup in its place,
and rotation removes pairs of files; a kill between any two of those steps must leave every
entry in some journal file kindspace keeps (``journal.db`` or ``journal.db.before-restore-…``)
and every backup beside its key file. The step-by-step kills use tests/helpers/kill_at_step.py
(a real SIGKILL just before the Nth rename, link or removal); the random ones kill the child
from outside a random time after it began. Figures are printed for the report.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from kindspace.journal.backup import (
    backup_key_file,
    ensure_daily_backup,
    list_backups,
    make_backup,
)
from kindspace.journal.database import open_encrypted_readonly
from kindspace.journal.journal import JournalLocation, create_journal, open_journal
from kindspace.journal.restore import restore_backup
from kindspace.journal.vault import FAST_TEST_KDF

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
]

REPO = Path(__file__).resolve().parents[2]
PASSPHRASE = "steady breath, steady words"
KILLER = (sys.executable, "-m", "tests.helpers.kill_at_step")
RANDOM_KILLS = 15
SEED = int(os.environ.get("KINDSPACE_CRASH_SEED", time.time_ns() % 1_000_000))


def bodies_in(path: Path, key: bytes) -> set[str]:
    db = open_encrypted_readonly(path, key)
    try:
        return {str(row[0]) for row in db.execute("SELECT body FROM entries").fetchall()}
    finally:
        db.conn.close()


def kept_bodies(location: JournalLocation, key: bytes) -> set[str]:
    """Every entry in a journal file kindspace keeps: the journal and what restores set aside."""
    found: set[str] = set()
    for path in [location.database, *location.data_dir.glob("journal.db.before-restore-*")]:
        if path.name.endswith(("-wal", "-shm")) or not path.exists():
            continue
        scratch = location.data_dir.parent / "scratch"
        shutil.rmtree(scratch, ignore_errors=True)
        scratch.mkdir()
        for suffix in ("", "-wal"):  # read a copy, so looking changes nothing
            source = path.with_name(path.name + suffix)
            if source.exists():
                shutil.copyfile(source, scratch / ("copy.db" + suffix))
        found |= bodies_in(scratch / "copy.db", key)
    return found


def backups_without_keys(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.glob("*.db") if not backup_key_file(p).exists())


def run_killer(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*KILLER, *args], cwd=REPO, capture_output=True, text=True, timeout=120)


@pytest.fixture
def restore_start(tmp_path: Path) -> tuple[JournalLocation, Path, Path, bytes, set[str]]:
    """A journal of 40 entries whose older backup holds 25: restoring it must keep all 40."""
    location = JournalLocation(tmp_path / "data")
    journal, _code = create_journal(
        location, passphrase=PASSPHRASE, use_keyring=False, kdf_params=FAST_TEST_KDF
    )
    with journal:
        for number in range(25):
            journal.entries.create(body=f"early {number} " * 40)
        backup = make_backup(journal)
        for number in range(15):
            journal.entries.create(body=f"later {number} " * 40)
        everything = {entry.body for entry in journal.entries.iter_all()}
        key = journal.data_key
    start = tmp_path / "start"
    shutil.copytree(location.data_dir, start)
    return location, start, backup, key, everything


def reset(location: JournalLocation, start: Path) -> None:
    shutil.rmtree(location.data_dir)
    shutil.copytree(start, location.data_dir)


def test_a_killed_restore_loses_nothing(
    restore_start: tuple[JournalLocation, Path, Path, bytes, set[str]],
) -> None:
    location, start, backup, key, everything = restore_start
    tries = failures = step_kills = 0
    finished_at = None
    for step in range(1, 30):
        reset(location, start)
        child = run_killer(str(location.data_dir), "restore", str(step), PASSPHRASE, str(backup))
        tries += 1
        if child.returncode == 0:
            finished_at = step
            break
        assert child.returncode == -signal.SIGKILL, child.stderr[-3000:]
        step_kills += 1
        lost = everything - kept_bodies(location, key)
        failures += bool(lost) or bool(backups_without_keys(location.backups_dir))
        assert not lost, f"killed before step {step}: {len(lost)} entries lost"
        assert backups_without_keys(location.backups_dir) == []
        # Running the restore again finishes the job and still loses nothing.
        restore_backup(location, backup, key)
        assert everything <= kept_bodies(location, key)
    assert finished_at is not None and finished_at >= 3, "the restore never finished"

    rng = random.Random(SEED)
    random_kills = 0
    for _attempt in range(RANDOM_KILLS):
        reset(location, start)
        child = subprocess.Popen(
            [*KILLER, str(location.data_dir), "restore", "9999", PASSPHRASE, str(backup)],
            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        )  # fmt: skip
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "restoring"
        time.sleep(rng.uniform(0.0, 0.03))  # the restore itself takes a few milliseconds
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=60)
        tries += 1
        random_kills += child.returncode == -signal.SIGKILL
        lost = everything - kept_bodies(location, key)
        failures += bool(lost) or bool(backups_without_keys(location.backups_dir))
        assert not lost, f"seed {SEED}: {len(lost)} entries lost"
        assert backups_without_keys(location.backups_dir) == []
    print(
        f"restore: seed {SEED}, {tries} tries ({step_kills} step kills, {random_kills} random "
        f"kills landed), {failures} failures, 0 entries lost of {len(everything)}"
    )


def test_a_killed_rotation_keeps_the_last_full_backup_and_every_key(tmp_path: Path) -> None:
    location = JournalLocation(tmp_path / "data")
    day = datetime(2024, 6, 1, 9, 0, tzinfo=timezone(timedelta(hours=1)))
    journal, _code = create_journal(
        location, passphrase=PASSPHRASE, use_keyring=False, kdf_params=FAST_TEST_KDF,
        clock=lambda: day,
    )  # fmt: skip
    key = journal.data_key
    with journal:
        journal.settings.set("backup.keep", 100)
        for number in range(30):
            journal.entries.create(body=f"full {number}")
        for _old in range(3):  # three full backups: two for the child's rotation to remove
            assert ensure_daily_backup(journal) is not None
            day += timedelta(days=1)
        last_full = list_backups(location)[0].path
        journal.settings.set("backup.keep", 1)
        for entry in list(journal.entries.iter_all())[:25]:
            journal.entries.delete(entry.id)  # the journal shrinks to 5 entries
    start = tmp_path / "start"
    shutil.copytree(location.data_dir, start)

    tries = failures = 0
    for step in range(1, 40):
        reset(location, start)
        child = run_killer(str(location.data_dir), "daily", str(step), PASSPHRASE, day.isoformat())
        tries += 1
        whole = not backups_without_keys(location.backups_dir) and last_full.exists()
        failures += not whole
        assert whole, f"killed before step {step}"
        assert len(bodies_in(last_full, key)) == 30
        if child.returncode == 0:
            break
        assert child.returncode == -signal.SIGKILL, child.stderr[-3000:]
        with open_journal(
            location, passphrase=PASSPHRASE, daily_backup=False, clock=lambda: day
        ) as live:
            ensure_daily_backup(live)  # the next start finishes the day's backup
        assert last_full.exists() and any(i.kept for i in list_backups(location))
    else:
        pytest.fail("the daily backup never finished")
    assert any(info.kept and info.path == last_full for info in list_backups(location))
    assert tries >= 9, child.stdout  # two placements (link, remove each), two pairs removed
    print(f"rotation: {tries} tries ({tries - 1} step kills), {failures} failures, 0 lost")
