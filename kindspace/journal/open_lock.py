"""Who has the journal open: a shared OS lock per open journal, an exclusive one to replace it.

Why: a restore moves ``journal.db`` aside and puts a backup in its place. A window or command
that still has the old file open would go on saving into the file that was moved aside, and
an acknowledged entry would end up only in ``journal.db.before-restore-…``. So every open
:class:`~kindspace.journal.journal.Journal` holds a *shared* advisory lock on
``.kindspace-open.lock`` in the data folder, and whatever replaces or rewrites the journal file
(restore; later sync) takes it *exclusively*, without waiting: while anyone has the journal
open, it refuses and says so. An open that meets a restore in progress waits a little for it.

The OS drops the lock when a process ends, however it ends, so a crash never leaves the
journal looking busy (unlike a lock file that names a pid). No Qt: the app and the command
line share this. POSIX uses ``flock`` (shared and exclusive); Windows has only exclusive byte
locks, so each opener takes one of :data:`_SLOTS` bytes and the exclusive side takes them all.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from kindspace.errors import KindspaceError
from kindspace.i18n import _
from kindspace.paths import PRIVATE_FILE_MODE

log = logging.getLogger(__name__)

OPEN_LOCK_NAME = ".kindspace-open.lock"
#: How long an open waits for a restore that is replacing the journal right now.
OPEN_WAIT_SECONDS = 30.0
_SLOTS = 64


class JournalInUse(KindspaceError):
    """Another window or command has the journal open, so it can't be replaced now."""


class JournalBeingReplaced(KindspaceError):
    """A restore is replacing the journal right now; opening waits for it, then gives up."""


def _open_lock_file(data_dir: Path) -> int | None:
    path = data_dir / OPEN_LOCK_NAME
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE_MODE)
    except OSError:
        pass
    try:
        return os.open(path, os.O_RDONLY)  # a read-only folder: nobody can replace it anyway
    except OSError:
        log.info("The journal's open lock can't be created here; going on without it.")
        return None


class OpenLock:
    """A shared hold on the journal, released by :meth:`release` (or when the process ends)."""

    def __init__(self, fd: int | None) -> None:
        self._fd = fd

    @classmethod
    def acquire(cls, data_dir: Path, *, wait: float = OPEN_WAIT_SECONDS) -> OpenLock:
        fd = _open_lock_file(data_dir)
        if fd is None:
            return cls(None)
        deadline = time.monotonic() + wait
        while not _try_shared(fd):
            if time.monotonic() > deadline:
                os.close(fd)
                raise JournalBeingReplaced(
                    _(
                        "A backup is being restored into this journal right now. "
                        "Please try again in a moment."
                    )
                )
            time.sleep(0.05)
        return cls(fd)

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            os.close(fd)  # closing the descriptor drops its lock


@contextlib.contextmanager
def sole_use(data_dir: Path, doing: str) -> Iterator[None]:
    """Hold the journal exclusively for replacing it; refuse at once if anyone has it open.

    ``doing`` completes the refusal ("the backup was not restored").
    """
    fd = _open_lock_file(data_dir)
    if fd is None:
        yield
        return
    try:
        if not _try_exclusive(fd):
            raise JournalInUse(
                _(
                    "kindspace has this journal open in another window or command, "
                    "so {doing}. Please close kindspace there (locking it is "
                    "enough) and try again; nothing was changed."
                ).format(doing=doing)
            )
        yield
    finally:
        os.close(fd)


def journal_is_open_elsewhere(data_dir: Path) -> bool:
    """Whether some other open journal holds the lock now (for tests and diagnostics)."""
    try:
        with sole_use(data_dir, "it is open"):
            return False
    except JournalInUse:
        return True


if sys.platform == "win32":
    import msvcrt

    def _lock_bytes(fd: int, start: int, length: int) -> bool:
        os.lseek(fd, start, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, length)
        except OSError:
            return False
        return True

    def _try_shared(fd: int) -> bool:
        # Slot 0 is the restore's "in progress" byte; each opener takes one free slot.
        if not _lock_bytes(fd, 0, 1):
            return False
        try:
            return any(_lock_bytes(fd, slot, 1) for slot in range(1, _SLOTS))
        finally:
            os.lseek(fd, 0, os.SEEK_SET)
            with contextlib.suppress(OSError):
                msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

    def _try_exclusive(fd: int) -> bool:
        return _lock_bytes(fd, 0, _SLOTS)

else:
    import fcntl

    def _flock(fd: int, how: int) -> bool:
        try:
            fcntl.flock(fd, how | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        except OSError:
            # Some network file systems have no locks; opening unguarded beats not at all.
            log.info("The data folder does not support file locks.")
        return True

    def _try_shared(fd: int) -> bool:
        return _flock(fd, fcntl.LOCK_SH)

    def _try_exclusive(fd: int) -> bool:
        return _flock(fd, fcntl.LOCK_EX)
