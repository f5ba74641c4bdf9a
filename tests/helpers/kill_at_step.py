"""Run one backup operation and SIGKILL this process just before its Nth change of a name.

Run as ``python -m tests.helpers.kill_at_step DATA_DIR OPERATION STEP [PASSPHRASE DAY]``:

* ``rotate``: :func:`rotate_backups` keeping one automatic backup;
* ``daily``: open the journal on ``DAY`` (ISO date) and make that day's automatic backup
  keeping one, the whole cycle of writing, placing and rotating;
* ``restore``: restore the backup at ``DAY`` (a path here) with the passphrase's key.

Why: a kill from outside lands wherever the scheduler lets it, so it may take hundreds of
tries to land between two renames that follow each other within microseconds. Python's audit
hooks see every ``link``, ``rename`` and ``remove`` before it happens, so the process can stop
itself with a real SIGKILL exactly there: after step ``STEP - 1`` was done, before step
``STEP``. It prints ``step <event> <file name>`` (flushed) for every step it lets happen and
``done`` if the operation ended first, so the test knows it has tried every step.
"""

from __future__ import annotations

import os
import signal
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from kindspace.journal.backup import KEEP_SETTING, ensure_daily_backup, rotate_backups
from kindspace.journal.journal import JournalLocation, open_journal
from kindspace.journal.restore import restore_backup, unlock_data_key

#: The audit events of every call that changes a file's name (``os.replace`` is os.rename).
NAME_EVENTS = frozenset({"os.link", "os.rename", "os.remove"})


def stop_before(step: int) -> None:
    """From now on, let ``step - 1`` name changes happen, then die before the next one."""
    done = 0

    def hook(event: str, args: tuple[object, ...]) -> None:
        nonlocal done
        if event not in NAME_EVENTS:
            return
        done += 1
        if done >= step:
            os.kill(os.getpid(), signal.SIGKILL)
        name = os.path.basename(os.fsdecode(args[0]))  # type: ignore[arg-type]
        sys.stdout.write(f"step {event} {name}\n")
        sys.stdout.flush()

    sys.addaudithook(hook)


def main(argv: list[str]) -> None:
    location, operation, step = JournalLocation(Path(argv[1])), argv[2], int(argv[3])
    if operation == "rotate":
        stop_before(step)
        rotate_backups(location, 1)
    elif operation == "daily":
        passphrase, day = argv[4], datetime.fromisoformat(argv[5])
        moment = day.replace(hour=9, tzinfo=timezone(timedelta(hours=1)))
        journal = open_journal(
            location, passphrase=passphrase, clock=lambda: moment, daily_backup=False
        )
        journal.settings.set(KEEP_SETTING, 1)
        stop_before(step)
        made = ensure_daily_backup(journal)
        assert made is not None, "the daily backup was skipped"
    elif operation == "restore":
        passphrase, backup = argv[4], Path(argv[5])
        key = unlock_data_key(location, passphrase=passphrase)
        print("restoring", flush=True)
        stop_before(step)
        restore_backup(location, backup, key)
    else:
        raise SystemExit(f"unknown operation {operation!r}")
    print("done", flush=True)


if __name__ == "__main__":
    main(sys.argv)
