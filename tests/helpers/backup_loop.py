"""The victim of the backup crash test: saves entries and makes backups until it is killed.

Run as ``python -m tests.helpers.backup_loop DATA_DIR PASSPHRASE RUN``. Every call of its
clock is a new day (starting far from earlier runs' days), so each daily backup really is
made and rotated. It prints a flushed line before each backup starts and after each
acknowledged save or backup, so the test knows what had been promised when the SIGKILL
arrived, and whether the kill landed inside a backup (``backing up`` was the last line):

    ready
    saved <entries in the journal>
    backing up
    backup <path>      (or ``no backup`` when the day already had one)
"""

from __future__ import annotations

import itertools
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from kindspace.journal.backup import KEEP_SETTING, ensure_daily_backup, make_backup
from kindspace.journal.journal import JournalLocation, open_journal

KEEP = 3


def main(argv: list[str]) -> None:
    data_dir, passphrase, run = Path(argv[1]), argv[2], int(argv[3])
    start = datetime(2024, 1, 1, 12, 0, tzinfo=timezone(timedelta(hours=1)))
    start += timedelta(days=1000 * run)
    days = itertools.count()

    def clock() -> datetime:
        return start + timedelta(days=next(days))

    journal = open_journal(
        JournalLocation(data_dir), passphrase=passphrase, clock=clock, daily_backup=False
    )
    journal.settings.set(KEEP_SETTING, KEEP)
    print("ready", flush=True)
    for number in itertools.count():
        journal.entries.create(body=f"run {run} entry {number} " * 20)
        print(f"saved {journal.entries.count()}", flush=True)
        print("backing up", flush=True)
        made = make_backup(journal) if number % 3 == 0 else ensure_daily_backup(journal)
        print("no backup" if made is None else f"backup {made}", flush=True)


if __name__ == "__main__":
    main(sys.argv)
