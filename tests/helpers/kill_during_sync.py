"""Run ``kindspace sync`` and SIGKILL this process just before its Nth step in the sync folder.

Run as ``python -m tests.helpers.kill_during_sync DATA_DIR STEP`` with the passphrase in
``KINDSPACE_PASSPHRASE``. A *step* is anything the exchange does to a file under
``kindspace-sync``: opening one (to read a bundle, or to write a temporary file), linking,
renaming or removing one. Python's audit hooks see each before it happens, so the process can
stop itself with a real SIGKILL exactly there: between two bundles applied, between writing a
bundle and placing it, between placing it and removing its temporary name. A kill from
outside would land there only by luck.

It prints ``step <event> <file name>`` (flushed) for every step it lets happen, and ``done``
with the exit code if the command ended first, so the test knows when it has tried them all.
"""

from __future__ import annotations

import os
import signal
import sys

STEP_EVENTS = frozenset({"open", "os.link", "os.rename", "os.remove", "os.mkdir"})
FOLDER_MARK = "kindspace-sync"


def stop_before(step: int) -> None:
    done = 0

    def hook(event: str, args: tuple[object, ...]) -> None:
        nonlocal done
        if event not in STEP_EVENTS or not args:
            return
        path = args[0]
        if not isinstance(path, (str, bytes, os.PathLike)):
            return
        text = os.fsdecode(path)
        if FOLDER_MARK not in text:
            return
        done += 1
        if done >= step:
            os.kill(os.getpid(), signal.SIGKILL)
        sys.stdout.write(f"step {event} {os.path.basename(text)}\n")
        sys.stdout.flush()

    sys.addaudithook(hook)


def main(argv: list[str]) -> None:
    from kindspace.cli import main as kindspace

    data_dir, step = argv[1], int(argv[2])
    stop_before(step)
    code = kindspace(["--data-dir", data_dir, "sync"])
    print(f"done {code}", flush=True)


if __name__ == "__main__":
    main(sys.argv)
