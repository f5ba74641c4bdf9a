"""The sync folder on disk: where each device's files live, and how they are written and read.

Layout, inside the folder the person already syncs (or carries on a USB stick)::

    FOLDER/kindspace-sync/
        compaction-lease.ksync        who is tidying up right now (see compaction)
        <device id>/                  one subfolder per device; only that device writes here
            keys.json                 the journal's wrapped keys (see keys.py)
            sync-key.json             the sync key, wrapped under the data key
            state.ksync               what this device has seen, and when
            changes-…-….ksync         this device's changes, never changed once written
            snapshot-….ksync          the whole journal, for joining and after compaction

Every file is written under a temporary name that starts with a dot and renamed when it is
complete, so a sync tool never carries half a file; new bundles are never put over an
existing name. Folders are made 0700 and files 0600 where the file system keeps modes (a
FAT-formatted USB stick doesn't, which is why a refused chmod is not an error here: the
contents are sealed either way).

Reading never trusts the folder: a file may vanish between listing and reading (a sync
tool at work), be partly there, or not be ours at all. Problems with the folder itself (it
is gone, full or read-only) become one calm :class:`SyncFolderProblem`.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kindspace.errors import KindspaceError, StorageFull
from kindspace.i18n import _
from kindspace.paths import PRIVATE_DIR_MODE, PRIVATE_FILE_MODE, fsync_dir, place_new
from kindspace.sync.bundles import MAX_BUNDLE_BYTES, BundleKind, BundleName
from kindspace.sync.hlc import DEVICE_ID

ROOT_NAME = "kindspace-sync"
KEYS_NAME = "keys.json"
SYNC_KEY_NAME = "sync-key.json"


class SyncFolderProblem(KindspaceError):
    """The folder can't be used right now (gone, read-only); nothing was changed."""


@dataclass
class BundleFiles:
    """Every copy of one bundle in a device's subfolder: the original and any conflict copies."""

    name: BundleName
    paths: list[Path] = field(default_factory=list)


def _gone(folder: Path) -> SyncFolderProblem:
    return SyncFolderProblem(
        _(
            "kindspace can't find the sync folder {folder}. If it's on a USB stick or a "
            "network drive, please connect it and try again; your journal is unchanged."
        ).format(folder=folder)
    )


def _problem(folder: Path, error: OSError, *, reading: bool = False) -> KindspaceError:
    if reading and error.errno in (errno.EACCES, errno.EPERM):
        return SyncFolderProblem(
            _(
                "kindspace isn't allowed to look into the sync folder {folder}, so nothing "
                "was exchanged. Your journal is unchanged."
            ).format(folder=folder)
        )
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageFull(
            _(
                "The disk that holds the sync folder {folder} is full, so kindspace couldn't "
                "leave its changes there. Your journal is unchanged; please free some space "
                "and sync again."
            ).format(folder=folder)
        )
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return SyncFolderProblem(
            _(
                "The sync folder {folder} can't be written to (it may be read-only), so "
                "kindspace couldn't leave its changes there. Your journal is unchanged."
            ).format(folder=folder)
        )
    if error.errno in (errno.ENOENT, errno.ENODEV, errno.ENXIO, errno.EIO, errno.ESTALE):
        return _gone(folder)
    reason = error.strerror or type(error).__name__
    return SyncFolderProblem(
        # Translators: {reason} is the system's own words for the problem, often English.
        _(
            "kindspace couldn't use the sync folder {folder} ({reason}). "
            "Your journal is unchanged; please try again."
        ).format(folder=folder, reason=reason)
    )


class SyncFolder:
    """One sync folder, as the devices of one journal share it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.root = folder / ROOT_NAME

    # -- finding things ------------------------------------------------------------------

    def check_reachable(self) -> None:
        """Stop early, and kindly, when the folder isn't there (a USB stick pulled out)."""
        if not self.folder.is_dir():
            raise _gone(self.folder)

    def is_shared(self) -> bool:
        """Whether any device has started sharing a journal here."""
        return bool(self.device_ids())

    def device_dir(self, device_id: str) -> Path:
        if not DEVICE_ID.match(device_id):
            raise ValueError("not a device id")
        return self.root / device_id

    def device_ids(self) -> list[str]:
        """The devices with a subfolder here; anything else in the folder is not ours."""
        try:
            children = list(os.scandir(self.root))
        except FileNotFoundError:
            return []
        except NotADirectoryError:
            return []
        except OSError as error:
            raise _problem(self.folder, error, reading=True) from None
        found = []
        for child in children:
            with contextlib.suppress(OSError):
                if DEVICE_ID.match(child.name) and child.is_dir():
                    found.append(child.name)
        return sorted(found)

    def bundles(self, device_id: str, kind: BundleKind) -> list[BundleFiles]:
        """A device's bundles of one kind, copies grouped by name, in counter/name order."""
        groups: dict[BundleName, BundleFiles] = defaultdict(lambda: BundleFiles(BundleName(kind)))
        try:
            entries = sorted(os.scandir(self.device_dir(device_id)), key=lambda e: e.name)
        except (FileNotFoundError, NotADirectoryError):
            return []
        except OSError as error:
            raise _problem(self.folder, error, reading=True) from None
        for entry in entries:
            name = BundleName.parse(entry.name)
            if name is None or name.kind is not kind:
                continue
            group = groups[name]
            group.name = name
            # The name kindspace wrote first, conflict copies after it.
            if entry.name == name.filename:
                group.paths.insert(0, Path(entry.path))
            else:
                group.paths.append(Path(entry.path))
        return sorted(groups.values(), key=lambda g: (g.name.first, g.name.last, g.name.tag))

    def lease_files(self) -> list[Path]:
        """The compaction lease and any copies a sync tool made of it."""
        try:
            entries = list(os.scandir(self.root))
        except OSError:
            return []
        found = []
        for entry in entries:
            name = BundleName.parse(entry.name)
            if name is not None and name.kind is BundleKind.LEASE:
                found.append(Path(entry.path))
        return sorted(found)

    @property
    def lease_path(self) -> Path:
        return self.root / BundleName(BundleKind.LEASE).filename

    def keys_path(self, device_id: str) -> Path:
        return self.device_dir(device_id) / KEYS_NAME

    def sync_key_path(self, device_id: str) -> Path:
        return self.device_dir(device_id) / SYNC_KEY_NAME

    def state_paths(self, device_id: str) -> list[Path]:
        return [path for group in self.bundles(device_id, BundleKind.STATE) for path in group.paths]

    # -- reading ------------------------------------------------------------------------

    def read(self, path: Path, limit: int = MAX_BUNDLE_BYTES) -> bytes | None:
        """A file's bytes, or None when it can't be read now (vanished, too big, unreadable):
        the caller skips it and tries again at the next exchange."""
        try:
            with path.open("rb") as handle:
                data = handle.read(limit + 1)
        except OSError:
            return None
        return data if len(data) <= limit else None

    def remove_stale_temporaries(self, device_id: str, before: float) -> int:
        """Remove the temporary files a killed run left in this device's subfolder (and of
        the lease beside it), if last changed before ``before`` (a POSIX time): a recent one
        may belong to an exchange running right now."""
        lease_temp = f".{self.lease_path.name}."
        removed = 0
        for place, prefix in ((self.device_dir(device_id), "."), (self.root, lease_temp)):
            try:
                entries = list(os.scandir(place))
            except OSError:
                continue
            for entry in entries:
                if entry.name.startswith(prefix) and entry.name.endswith(".tmp"):
                    with contextlib.suppress(OSError):
                        if entry.stat().st_mtime < before:
                            Path(entry.path).unlink()
                            removed += 1
        return removed

    # -- writing ------------------------------------------------------------------------

    def make_device_dir(self, device_id: str) -> Path:
        self.check_reachable()
        with self.writing():
            for path in (self.root, self.device_dir(device_id)):
                path.mkdir(mode=PRIVATE_DIR_MODE, exist_ok=True)
                _tighten(path, PRIVATE_DIR_MODE)
        return self.device_dir(device_id)

    def add(self, device_id: str, name: BundleName, data: bytes) -> Path:
        """Put a new bundle into the device's subfolder; never over an existing file."""
        target = self.device_dir(device_id) / name.filename
        with self.writing(allow_exists=True):
            write_atomically(target, data, replace=False)
        return target

    def put(self, path: Path, data: bytes) -> None:
        """Replace one of this device's own small files (state, key copies) atomically."""
        with self.writing():
            write_atomically(path, data, replace=True)

    def remove(self, path: Path) -> bool:
        """Remove a file that is no longer needed; one already gone is fine."""
        try:
            path.unlink()
        except FileNotFoundError:
            return False
        except OSError as error:
            raise _problem(self.folder, error) from None
        return True

    @contextlib.contextmanager
    def writing(self, *, allow_exists: bool = False) -> Iterator[None]:
        """Turn the folder's OS errors into one calm sentence (``allow_exists`` lets a name
        clash through, for the caller to handle)."""
        try:
            yield
        except FileExistsError:
            if allow_exists:
                raise
            raise _problem(
                self.folder, FileExistsError(errno.EEXIST, "a file is in the way")
            ) from None
        except OSError as error:
            if not self.folder.is_dir():
                raise _gone(self.folder) from None
            raise _problem(self.folder, error) from None


def _tighten(path: Path, mode: int) -> None:
    if os.name == "posix":
        with contextlib.suppress(OSError):  # FAT and some network file systems keep no modes
            path.chmod(mode)


def write_atomically(path: Path, data: bytes, *, replace: bool) -> None:
    """Write ``data`` to a dot-named temporary file beside ``path``, flush, rename.

    The same steps as :func:`kindspace.paths.private_file_beside`, except that a file
    system that refuses modes (FAT on a USB stick) is accepted: the bytes are sealed.
    """
    temp = path.parent / f".{path.name}.{secrets.token_hex(6)}.tmp"
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    try:
        with contextlib.suppress(OSError):
            if os.name == "posix":
                os.fchmod(fd, PRIVATE_FILE_MODE)  # in case a umask took away too much
        with os.fdopen(fd, "wb", closefd=True) as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if replace:
            temp.replace(path)
        else:
            place_new(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    with contextlib.suppress(OSError):  # some network file systems can't flush a folder
        fsync_dir(path.parent)
