"""SIGKILL a process that is busy saving and backing up, many times, at random moments.

Why: the promise of backup.py is that a file with a backup's name is always a whole, checked
backup, and that making backups never endangers the live journal. Only killing a real process
in the middle of ``VACUUM INTO``, the check, the renames and the rotation can show that.
"""

from __future__ import annotations

import os
import random
import selectors
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kindspace.journal.backup import backup_key_file, check_database, make_backup
from kindspace.journal.database import open_encrypted_readonly
from kindspace.journal.journal import JournalLocation, create_journal, open_journal
from kindspace.journal.key_file import read_key_file
from kindspace.journal.vault import FAST_TEST_KDF, data_key_matches

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
]

REPO = Path(__file__).resolve().parents[2]
PASSPHRASE = "correct horse battery staple"
KILLS = 20
LOOP = (sys.executable, "-m", "tests.helpers.backup_loop")
SEED_ENTRIES = 600  # about 1 MB: a backup takes long enough for kills to land inside it


def wait_for_line(process: subprocess.Popen[str], expected: str, timeout: float) -> None:
    assert process.stdout is not None
    selector = selectors.DefaultSelector()
    selector.register(process.stdout, selectors.EVENT_READ)
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            if selector.select(timeout=deadline - time.monotonic()):
                line = process.stdout.readline()
                assert line, "the backup loop ended before it was ready"
                if line.strip() == expected:
                    return
        pytest.fail(f"the backup loop did not print {expected!r} within {timeout} s")
    finally:
        selector.close()


def check_backup(path: Path, key: bytes) -> None:
    """A file with a backup's name must open with the key and pass every check."""
    db = open_encrypted_readonly(path, key)
    try:
        check_database(db)
    finally:
        db.conn.close()
    keys = read_key_file(backup_key_file(path))
    assert data_key_matches(keys, key), path.name


def test_every_named_backup_is_whole_after_random_sigkills(tmp_path: Path) -> None:
    location = JournalLocation(tmp_path / "data")
    journal, _code = create_journal(
        location, passphrase=PASSPHRASE, use_keyring=False, kdf_params=FAST_TEST_KDF
    )
    key = journal.data_key
    with journal:
        for number in range(SEED_ENTRIES):
            journal.entries.create(body=f"seed {number} " * 150)
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    acknowledged = SEED_ENTRIES
    manual_promised: set[Path] = set()
    checked: set[Path] = set()
    kills_mid_write = backups_reported = 0

    for run in range(KILLS):
        with (tmp_path / f"loop-{run}.err").open("w") as errors:
            process = subprocess.Popen(
                [*LOOP, str(location.data_dir), PASSPHRASE, str(run)],
                cwd=REPO,
                stdout=subprocess.PIPE,
                stderr=errors,
                text=True,
            )
            try:
                wait_for_line(process, "ready", timeout=60)
                time.sleep(rng.uniform(0.0, 0.6))
            finally:
                process.send_signal(signal.SIGKILL)
                output, _ = process.communicate(timeout=60)
        assert process.returncode == -signal.SIGKILL, f"seed {seed}, run {run}"

        for line in output.splitlines():
            word, _, value = line.partition(" ")
            if word == "saved":
                acknowledged = max(acknowledged, int(value))
            elif word == "backup":
                backups_reported += 1
                if "-manual" in value:
                    manual_promised.add(Path(value))
        names = os.listdir(location.backups_dir) if location.backups_dir.exists() else []
        kills_mid_write += any(".partial" in name for name in names)

        for name in names:
            path = location.backups_dir / name
            if path.suffix == ".db" and path not in checked:
                check_backup(path, key)
                checked.add(path)
        missing = [p.name for p in manual_promised if not p.exists()]
        assert not missing, f"manual backups lost (seed {seed}): {missing}"
        with open_journal(location, passphrase=PASSPHRASE, daily_backup=False) as live:
            assert live.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert live.entries.count() >= acknowledged, f"seed {seed}, run {run}"

    assert backups_reported >= KILLS, f"the loop hardly ran (seed {seed})"
    print(f"seed {seed}: {backups_reported} backups, {kills_mid_write} kills left a .partial")

    with open_journal(location, passphrase=PASSPHRASE, daily_backup=False) as live:
        make_backup(live)
    assert not [name for name in os.listdir(location.backups_dir) if ".partial" in name]
