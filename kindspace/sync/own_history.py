"""Does the folder hold a history of this device's id that this journal didn't write?

It does after a restore from an older backup (the folder has more of "my" changes than the
journal) and when a data folder was copied by hand to a second computer (two journals write
under one id, so the folder has two different changes at one counter). Either way the journal
must take a new device id (:mod:`kindspace.sync.identity`); this module finds out, and up to
which of its own changes the journal and the folder still agree.

Cheap when all is well: the names of the files say enough (how far they reach, whether two
overlap); bundles are opened only when something looks wrong, or after a restore.
"""

from __future__ import annotations

from itertools import pairwise

from kindspace.sync.bundles import BundleKind
from kindspace.sync.folder import SyncFolder
from kindspace.sync.log import SyncLog
from kindspace.sync.reading import FolderReader


def looks_doubled(folder: SyncFolder, device_id: str) -> bool:
    """Whether two of the device's changes bundles overlap (not the same range twice, which
    is a harmless re-send): a sign of two writers under one id."""
    found = folder.bundles(device_id, BundleKind.CHANGES)
    ranges = sorted({(files.name.first, files.name.last) for files in found})
    return any(b[0] <= a[1] for a, b in pairwise(ranges))


def agreed_up_to(
    folder: SyncFolder, reader: FolderReader, log: SyncLog, device_id: str, reach: int = 0
) -> int:
    """The last of this journal's own changes such that it and every earlier one it still
    records are in the folder exactly as written here (by stamp). A change no bundle holds
    any more but a snapshot reaches past (``reach``) counts as there."""
    in_folder: dict[int, set[str]] = {}
    for files in folder.bundles(device_id, BundleKind.CHANGES):
        for change in reader.changes(device_id, files) or []:
            in_folder.setdefault(change.counter, set()).add(change.stamp)
    for change in log.local_changes_after(0):
        found = in_folder.get(change.counter)
        if found is None and change.counter <= reach:
            continue
        if found != {change.stamp}:
            return change.counter - 1
    return log.local_counter()


def written_elsewhere(
    folder: SyncFolder, reader: FolderReader, log: SyncLog, device_id: str, exported: int
) -> bool:
    """Whether the folder holds changes under this id that this journal doesn't have: more
    of them than it has, a different change at the last counter both have, or (when two
    bundles overlap) a different change anywhere."""
    own = log.local_counter()
    if exported > own:
        return True
    if looks_doubled(folder, device_id):
        return agreed_up_to(folder, reader, log, device_id) < min(own, exported)
    last = [f for f in folder.bundles(device_id, BundleKind.CHANGES) if f.name.last == exported]
    if not exported or not last:
        return False  # nothing sent yet, or only in a snapshot: nothing to compare
    shared = reader.changes(device_id, last[-1])
    here = log.local_changes_after(exported - 1)[:1]
    if shared is None or not here:
        return False  # can't tell now (the log forgot it after tidying, say)
    return shared[-1].counter == exported and shared[-1].stamp != here[0].stamp
