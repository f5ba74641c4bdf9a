"""A child process that writes to a journal until the crash-safety test kills it.

Usage (run with ``sys.executable``; the passphrase comes from the environment so it never
shows in a process list)::

    KINDSPACE_CRASH_PASSPHRASE=... crash_writer.py DATA_DIR save
    KINDSPACE_CRASH_PASSPHRASE=... crash_writer.py DATA_DIR import FILE [FILE ...]

It prints ``OPENING`` just before it opens the journal (Python and kindspace are loaded by
then) and ``READY`` once the journal is open, so the parent can aim kills at the start-up
itself and tell which ones landed there. Then one line per completed write, flushed at
once and *only after* the write call returned: ``ACK <entry id>`` after each
``entries.create()`` (mode ``save``, forever) or ``ACK <file name>`` after each
``import_json()`` (mode ``import``, then ``DONE``). So every ACK the parent reads is a
promise the journal made, and the parent checks that the promise held after SIGKILL.
"""

from __future__ import annotations

import os
import secrets
import sys
from pathlib import Path

PASSPHRASE_ENV = "KINDSPACE_CRASH_PASSPHRASE"


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main(argv: list[str]) -> int:
    from kindspace.journal.journal import JournalLocation, open_journal
    from kindspace.transfer import import_json

    data_dir, mode, *files = argv
    say("OPENING")
    journal = open_journal(JournalLocation(Path(data_dir)), passphrase=os.environ[PASSPHRASE_ENV])
    say("READY")
    if mode == "save":
        number = 0
        while True:
            number += 1
            entry = journal.entries.create(
                title=f"crash test {number}",
                body=f"entry {number} {secrets.token_hex(64)}\nsecond line 🌱",
                tags=["crash", f"t{number % 7}"],
                answers={"step": [number, secrets.token_hex(8)]},
            )
            say(f"ACK {entry.id}")
    if mode == "import":
        for name in files:
            import_json(journal, Path(name))
            say(f"ACK {Path(name).name}")
        journal.close()
        say("DONE")
        return 0
    raise SystemExit(f"unknown mode {mode!r}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
