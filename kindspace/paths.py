"""Where kindspace keeps its files, and how it finds its own resources.

The data folder is private (0700) and holds only encrypted or wrapped material. Resources
(``ui/``, ``resources/``) must be found from a source checkout, from an installed wheel and
from a PyInstaller bundle, so lookup goes through :func:`resource_root`.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import sys
from collections.abc import Iterator
from pathlib import Path

import platformdirs

from kindspace import APP_NAME

DATA_DIR_ENV = "KINDSPACE_DATA_DIR"
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def default_data_dir() -> Path:
    """The platform's per-user data folder, unless ``KINDSPACE_DATA_DIR`` overrides it."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) and make sure only the owner can enter it.

    An existing folder is tightened too: a journal folder that others can list leaks
    file names and sizes even when the contents are encrypted.
    """
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    if os.name == "posix":
        path.chmod(PRIVATE_DIR_MODE)
    return path


def make_private(path: Path) -> None:
    """Restrict an existing file to its owner (a no-op where POSIX modes do not exist)."""
    if os.name == "posix":
        with contextlib.suppress(FileNotFoundError):
            path.chmod(PRIVATE_FILE_MODE)


def fsync_dir(path: Path) -> None:
    """Flush a folder's entry list so that a rename inside it survives a power cut."""
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def place_new(source: Path, target: Path) -> None:
    """Rename ``source`` to ``target``, refusing (FileExistsError) to replace anything.

    ``link`` is atomic and refuses an existing target. Where a file system has no hard links
    (FAT on a USB stick), a check followed by a rename is the closest substitute.
    """
    try:
        os.link(source, target)
    except FileExistsError:
        raise
    except OSError:
        if target.exists():
            raise FileExistsError(errno.EEXIST, "File exists", str(target)) from None
        source.replace(target)
    else:
        source.unlink()


def resource_root() -> Path:
    """The folder that holds ``ui/`` and ``resources/``.

    In a PyInstaller bundle it is ``sys._MEIPASS``; in a wheel the two folders are shipped
    inside the package as ``kindspace/_data``; in a source checkout it is the repository root.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    package_dir = Path(__file__).resolve().parent
    shipped = package_dir / "_data"
    if (shipped / "resources").is_dir():
        return shipped
    return package_dir.parent


def resource_path(*parts: str) -> Path:
    """A file under ``resources/``, wherever kindspace is running from."""
    return resource_root().joinpath("resources", *parts)


def ui_path(name: str) -> Path:
    """A Qt Designer file under ``ui/``, wherever kindspace is running from."""
    return resource_root() / "ui" / name


@contextlib.contextmanager
def private_file_beside(
    path: Path, *, replace: bool = True, sync_folder: bool = True
) -> Iterator[Path]:
    """A new, empty, private (0600) file next to ``path`` for the block to fill; afterwards
    it becomes ``path``, so a crash leaves the old file or the new one, never half of one.

    Why one place for this: journal exports, printed PDFs and key material are all written
    this way, and each step matters. The file is private from the moment it exists (not
    tightened afterwards), it sits in the target's folder so the rename is atomic, it is
    flushed to disk before the rename and the folder entry after it. With ``replace=False``
    an existing ``path`` is never replaced (FileExistsError). A caller writing many files
    into one folder passes ``sync_folder=False`` and flushes the folder once at the end. If
    anything fails, the temporary file is removed: it is a copy being made, never the
    person's data.
    """
    temp = path.parent / f".{path.name}.{secrets.token_hex(6)}.tmp"
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    try:
        if os.name == "posix":
            os.fchmod(fd, PRIVATE_FILE_MODE)  # in case a umask took away more than it should
        os.close(fd)
        yield temp
        with temp.open("rb+") as handle:
            os.fsync(handle.fileno())
        if replace:
            temp.replace(path)
        else:
            place_new(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    if sync_folder:
        fsync_dir(path.parent)


def write_private_atomically(path: Path, data: bytes, *, own_folder: bool = True) -> None:
    """Replace ``path`` with ``data`` through :func:`private_file_beside`.

    ``own_folder`` makes the folder kindspace's private one (0700); pass False for a folder
    that belongs to the person or the desktop (a chosen save place, the autostart folder),
    which is left as it is.
    """
    if own_folder:
        ensure_private_dir(path.parent)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
    with private_file_beside(path) as temp:
        temp.write_bytes(data)
