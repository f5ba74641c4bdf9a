"""SIGKILL a process that is busy saving and backing up, many times, inside its backups.

Why: the promise of backup.py is that a file with a backup's name is always a whole, checked
backup with its key copy beside it, and that making backups never endangers the live journal.
Only killing a real process in the middle of ``VACUUM INTO``, the check, the renames and the
rotation can show that.

Kill moments follow what the child reports, not the clock: most kills wait for a ``backing
up`` line and land a random part of a (measured) backup later, some land at any moment after
``ready``. A kill counts as mid-backup when ``backing up`` was the last line the child printed,
and as mid-write when it left a ``.partial``. The loop goes on until enough kills landed in
both windows, within a generous deadline, so a slow, busy machine makes the run longer, never
weaker. The renames and removals are too quick for a kill from outside to hit often, so a
second test stops the daily backup with a real SIGKILL just before each of them in turn.

``KINDSPACE_CRASH_SEED`` repeats a run's kill moments (the seed is in every failure message).
"""

from __future__ import annotations

import os
import random
import select
import shutil
import signal
import statistics
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from kindspace.journal.backup import (
    backup_key_file,
    check_database,
    ensure_daily_backup,
    list_backups,
    make_backup,
)
from kindspace.journal.database import open_encrypted_readonly
from kindspace.journal.journal import JournalLocation, create_journal, open_journal
from kindspace.journal.key_file import read_key_file
from kindspace.journal.restore import restore_backup
from kindspace.journal.vault import FAST_TEST_KDF, data_key_matches

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
]

REPO = Path(__file__).resolve().parents[2]
PASSPHRASE = "correct horse battery staple"
KILLS = 20
MID_BACKUP = KILLS // 2  # kills that must land inside a backup call...
LEFT_PARTIAL = 3  # ...and inside its VACUUM INTO or check, leaving a .partial
DEADLINE_S = 900.0  # for the whole loop: generous, as only a stuck child should reach it
LINE_TIMEOUT_S = 120.0
LOOP = (sys.executable, "-m", "tests.helpers.backup_loop")
KILLER = (sys.executable, "-m", "tests.helpers.kill_at_step")
SEED_ENTRIES = 600  # about 1 MB: a backup takes long enough for kills to land inside it
SEED = int(os.environ.get("KINDSPACE_CRASH_SEED", time.time_ns() % 1_000_000))


class Loop:
    """One backup loop process and the complete lines it printed, each with when it was read."""

    def __init__(self, location: JournalLocation, run: int, errors: Path) -> None:
        with errors.open("wb") as stderr:
            self.process = subprocess.Popen(
                [*LOOP, str(location.data_dir), PASSPHRASE, str(run)],
                cwd=REPO,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=stderr,
            )
        self.lines: list[tuple[float, str]] = []
        self._partial = b""
        self._open = True

    def _pump(self, timeout: float) -> None:
        assert self.process.stdout is not None
        ready, _, _ = select.select([self.process.stdout], [], [], timeout)
        if not ready:
            return
        chunk = os.read(self.process.stdout.fileno(), 65536)
        if not chunk:
            self._open = False
            return
        *complete, self._partial = (self._partial + chunk).split(b"\n")
        now = time.monotonic()
        self.lines += [(now, line.decode()) for line in complete]

    def count(self, line: str) -> int:
        return sum(text == line for _, text in self.lines)

    def wait_for(self, line: str, times: int = 1) -> None:
        """Read until ``line`` was printed ``times`` times; fail if the child stops or stalls."""
        deadline = time.monotonic() + LINE_TIMEOUT_S
        while self.count(line) < times:
            assert self._open, f"the backup loop ended on its own (seed {SEED})"
            if time.monotonic() > deadline:
                pytest.fail(f"the backup loop did not print {line!r} (seed {SEED})")
            self._pump(deadline - time.monotonic())

    def kill(self) -> list[str]:
        """SIGKILL the loop and return every complete line it printed."""
        self.process.send_signal(signal.SIGKILL)
        while self._open:
            self._pump(1.0)
        assert self.process.wait(timeout=LINE_TIMEOUT_S) == -signal.SIGKILL, f"seed {SEED}"
        assert self.process.stdout is not None
        self.process.stdout.close()
        return [text for _, text in self.lines]

    def backup_times(self) -> list[float]:
        """How long each finished backup took, from ``backing up`` to ``backup <path>``."""
        pairs = zip(self.lines, self.lines[1:], strict=False)
        return [
            end - start
            for (start, before), (end, after) in pairs
            if before == "backing up" and after.startswith("backup ")
        ]


def check_backup(path: Path, key: bytes) -> None:
    """A file with a backup's name must open with the key and pass every check."""
    db = open_encrypted_readonly(path, key)
    try:
        check_database(db)
    finally:
        db.conn.close()
    keys = read_key_file(backup_key_file(path))
    assert data_key_matches(keys, key), path.name


def backups_without_keys(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.glob("*.db") if not backup_key_file(p).exists())


def kill_somewhere(loop: Loop, rng: random.Random, backup_s: float) -> list[str]:
    """Kill mostly inside a backup, a random part of one after the Nth began; else anywhere."""
    loop.wait_for("ready")
    if rng.random() < 0.25:
        time.sleep(rng.uniform(0.0, 3 * backup_s))
    else:
        loop.wait_for("backing up", times=rng.randint(1, 3))
        time.sleep(rng.uniform(0.0, 1.2 * backup_s))
    return loop.kill()


def test_every_named_backup_is_whole_after_random_sigkills(tmp_path: Path) -> None:
    location = JournalLocation(tmp_path / "data")
    journal, _code = create_journal(
        location, passphrase=PASSPHRASE, use_keyring=False, kdf_params=FAST_TEST_KDF
    )
    key = journal.data_key
    with journal:
        for number in range(SEED_ENTRIES):
            journal.entries.create(body=f"seed {number} " * 150)
    rng = random.Random(SEED)
    acknowledged = SEED_ENTRIES
    manual_promised: set[Path] = set()
    checked: set[Path] = set()
    durations: list[float] = []
    kills = mid_backup = left_partial = backups_reported = 0
    deadline = time.monotonic() + DEADLINE_S

    def enough() -> bool:
        hits = mid_backup >= MID_BACKUP and left_partial >= LEFT_PARTIAL
        return kills >= KILLS and hits and backups_reported >= KILLS

    while not enough():
        tally = (
            f"{kills} kills, {mid_backup} mid-backup, {left_partial} left a .partial, "
            f"{backups_reported} backups"
        )
        assert time.monotonic() < deadline, f"too few kills hit a backup: {tally} (seed {SEED})"
        loop = Loop(location, kills, tmp_path / f"loop-{kills}.err")
        backup_s = statistics.median(durations[-15:]) if durations else 0.3
        output = kill_somewhere(loop, rng, backup_s)
        durations += loop.backup_times()
        kills += 1
        mid_backup += output[-1] == "backing up"

        for line in output:
            word, _, value = line.partition(" ")
            if word == "saved":
                acknowledged = max(acknowledged, int(value))
            elif word == "backup":
                backups_reported += 1
                if "-manual" in value:
                    manual_promised.add(Path(value))
        names = os.listdir(location.backups_dir) if location.backups_dir.exists() else []
        left_partial += any(".partial" in name for name in names)

        assert backups_without_keys(location.backups_dir) == [], f"seed {SEED}, run {kills}"
        for name in names:
            path = location.backups_dir / name
            if path.suffix == ".db" and path not in checked:
                check_backup(path, key)
                checked.add(path)
        missing = [p.name for p in manual_promised if not p.exists()]
        assert not missing, f"manual backups lost (seed {SEED}): {missing}"
        with open_journal(location, passphrase=PASSPHRASE, daily_backup=False) as live:
            assert live.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert live.entries.count() >= acknowledged, f"seed {SEED}, run {kills}"

    print(f"seed {SEED}: {backups_reported} backups, {kills} kills, {mid_backup} mid-backup,")
    print(f"{left_partial} left a .partial; a backup took {statistics.median(durations):.2f} s")

    with open_journal(location, passphrase=PASSPHRASE, daily_backup=False) as live:
        make_backup(live)
    assert not [name for name in os.listdir(location.backups_dir) if ".partial" in name]
    assert all(info.key_file is not None for info in list_backups(location))


def test_a_kill_before_any_rename_or_removal_of_a_daily_backup_leaves_whole_pairs(
    tmp_path: Path,
) -> None:
    location = JournalLocation(tmp_path / "data")
    day = datetime(2024, 6, 1, 9, 0, tzinfo=timezone(timedelta(hours=1)))
    journal, _code = create_journal(
        location,
        passphrase=PASSPHRASE,
        use_keyring=False,
        kdf_params=FAST_TEST_KDF,
        clock=lambda: day,
    )
    key = journal.data_key
    with journal:
        journal.entries.create(body="kept through every kill")
        for _old in range(2):  # two old automatic backups, for the child's rotation to remove
            assert ensure_daily_backup(journal) is not None
            day += timedelta(days=1)
    start = tmp_path / "start"
    shutil.copytree(location.data_dir, start)

    steps = -1
    for step in range(1, 40):
        shutil.rmtree(location.data_dir)
        shutil.copytree(start, location.data_dir)
        child = subprocess.run(
            [*KILLER, str(location.data_dir), "daily", str(step), PASSPHRASE, day.isoformat()],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=LINE_TIMEOUT_S,
        )
        steps = child.stdout.count("step ")
        if child.returncode == 0:
            break
        assert child.returncode == -signal.SIGKILL, child.stderr[-3000:]
        assert steps == step - 1, child.stdout

        folder = location.backups_dir
        assert backups_without_keys(folder) == [], f"killed before step {step}"
        for backup in folder.glob("*.db"):
            check_backup(backup, key)
        assert list_backups(location), f"killed before step {step}: no backup left"
        with open_journal(
            location, passphrase=PASSPHRASE, daily_backup=False, clock=lambda: day
        ) as live:
            ensure_daily_backup(live)  # finishes the day's backup if the kill stopped it
            assert list_backups(location)[0].made_at.date() == day.date()
            make_backup(live)  # and the next backup clears what the kill left
            assert live.entries.count() == 1
        assert not [name for name in os.listdir(folder) if ".partial" in name]
        newest = list_backups(location)[0].path
        assert restore_backup(location, newest, key) is not None
    else:
        pytest.fail("the daily backup never finished")
    # Placing the key copy and the backup (a link and a removal each), removing two old pairs.
    assert steps >= 8, child.stdout
