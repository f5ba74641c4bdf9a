"""File moves that backups and restores rely on: private, flushed, never overwriting.

Kept apart from :mod:`kindspace.journal.backup` so that module reads as policy (what is
backed up, checked, kept) while this one holds the careful mechanics every step shares:
files are created 0600 and exclusively, flushed before they are renamed, and put in place
without ever replacing something that is already there (data is never deleted by a rename).
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from kindspace.errors import KindspaceError
from kindspace.i18n import _
from kindspace.paths import PRIVATE_FILE_MODE, make_private, place_new

log = logging.getLogger(__name__)

#: What SQLite may keep beside a database file; they belong together when it moves.
COMPANIONS = ("", "-wal", "-shm")
_LOCK_WAIT_SECONDS = 30.0
_COPY_CHUNK = 1024 * 1024
_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


class FolderBusy(KindspaceError):
    """Another kindspace process holds the backup lock for longer than we wait."""


def companion(path: Path, suffix: str) -> Path:
    """``journal.db`` + ``-wal`` -> ``journal.db-wal`` (SQLite's own naming)."""
    return path.with_name(path.name + suffix)


def create_private(path: Path) -> None:
    """Create an empty file only the owner can read; fails if ``path`` exists."""
    os.close(os.open(path, _NEW_FILE, PRIVATE_FILE_MODE))
    make_private(path)  # a umask may have taken bits we need


def write_private(path: Path, data: bytes) -> None:
    with os.fdopen(os.open(path, _NEW_FILE, PRIVATE_FILE_MODE), "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    make_private(path)


def copy_private(source: Path, target: Path) -> None:
    with (
        source.open("rb") as reader,
        os.fdopen(os.open(target, _NEW_FILE, PRIVATE_FILE_MODE), "wb") as writer,
    ):
        shutil.copyfileobj(reader, writer, _COPY_CHUNK)
        writer.flush()
        os.fsync(writer.fileno())
    make_private(target)


def fsync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def remove_quietly(path: Path) -> None:
    """Remove a file this process made itself; a failure here must not hide the real one."""
    with contextlib.suppress(OSError):
        path.unlink()


def move_with_companions(source: Path, target: Path) -> bool:
    """Move a database and its -wal/-shm; on failure put back what moved, then raise.

    The main file goes first: if the process dies halfway, no database is left behind to
    pair with a stray -wal, whose pages (same key) would otherwise be replayed into
    whichever file next takes that name. Returns whether anything was there to move.
    """
    moved: list[str] = []
    try:
        for suffix in COMPANIONS:
            if companion(source, suffix).exists():
                place_new(companion(source, suffix), companion(target, suffix))
                moved.append(suffix)
    except OSError:
        for suffix in moved:
            with contextlib.suppress(OSError):
                place_new(companion(target, suffix), companion(source, suffix))
        raise
    return bool(moved)


@contextlib.contextmanager
def folder_lock(lock_file: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``lock_file`` (created 0600, never removed).

    Lets a backup tell a ``.partial`` left by a crash from one another window is writing
    right now. Raises OSError if the lock file cannot be created, FolderBusy on a timeout.
    """
    fd = os.open(lock_file, os.O_RDWR | os.O_CREAT, PRIVATE_FILE_MODE)
    try:
        deadline = time.monotonic() + _LOCK_WAIT_SECONDS
        while not _try_lock(fd):
            if time.monotonic() > deadline:
                raise FolderBusy(
                    _(
                        "Another kindspace window is making or restoring a backup. "
                        "Please try again in a moment."
                    )
                )
            time.sleep(0.05)
        try:
            yield
        finally:
            _unlock(fd)
    finally:
        os.close(fd)


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError:
        # Some network file systems have no locks; backing up unlocked beats not at all.
        log.info("The backups folder does not support file locks.")
    return True


def _unlock(fd: int) -> None:
    with contextlib.suppress(OSError):
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_UN)
