"""Starting to share a journal through a folder, and making a new device's journal from one.

``start_sharing`` is ``kindspace sync setup FOLDER``: the first device makes the sync key
and leaves a snapshot of the whole journal, so another device can join; a device of the
same journal that shared here before simply takes up its place again.

``join`` is ``kindspace sync join FOLDER`` on a new device: the passphrase or recovery key
opens the keys a device left in the folder (see keys.py), and only then is anything made
on this device. The new journal has the same data key, key file, passphrase and recovery
key as the others (one journal on several devices), but its own device id; it is filled
from the newest snapshot and the changes made after it.
"""

from __future__ import annotations

import contextlib
import dataclasses
from pathlib import Path

from kindspace.clock import Clock, system_clock
from kindspace.errors import DamagedJournal, JournalExists, JournalNotFound
from kindspace.i18n import _
from kindspace.journal.database import open_encrypted
from kindspace.journal.drafts import SettingsStore
from kindspace.journal.journal import RECOVERY_KEY_SETTING, Journal, JournalLocation
from kindspace.journal.key_file import KeyFile, read_key_file, write_key_file
from kindspace.journal.migrations import migrate
from kindspace.journal.open_lock import OpenLock
from kindspace.journal.recovery_key import normalize_recovery_key
from kindspace.journal.unlocking import KeyStore, UnlockMethod
from kindspace.paths import ensure_private_dir
from kindspace.sync.engine import SyncEngine
from kindspace.sync.folder import SyncFolder, SyncFolderProblem
from kindspace.sync.keys import (
    DamagedSyncKey,
    JoinKeys,
    WrappedSyncKey,
    new_sync_key,
    open_with_secret,
    parse_sync_key,
    unwrap_sync_key,
)
from kindspace.sync.reading import FolderReader
from kindspace.sync.settings import SyncSettings, save_settings


def key_copies(folder: SyncFolder) -> list[tuple[KeyFile, WrappedSyncKey]]:
    """The (key file, wrapped sync key) pairs the devices left; damaged ones are passed by."""
    copies = []
    for device_id in folder.device_ids():
        raw = folder.read(folder.sync_key_path(device_id), limit=64 * 1024)
        try:
            key_file = read_key_file(folder.keys_path(device_id))
            wrapped = parse_sync_key(raw) if raw is not None else None
        except (DamagedJournal, JournalNotFound, DamagedSyncKey):
            continue
        if wrapped is not None and wrapped.device_id == device_id:
            copies.append((key_file, wrapped))
    return copies


def start_sharing(journal: Journal, folder: Path) -> SyncEngine:
    """Share ``journal`` through ``folder`` from now on (``sync setup``); see the module."""
    sync_folder = SyncFolder(folder)
    sync_folder.check_reachable()
    refuse_overlap(journal.location.data_dir, folder)
    copies = key_copies(sync_folder)
    ours = [wrapped for key_file, wrapped in copies if key_file.journal_id == journal.journal_id]
    if copies and not ours:
        raise SyncFolderProblem(
            _(
                "{folder} already shares another kindspace journal, so this one wasn't added. "
                "To share this journal, please choose another folder; to bring this device "
                "into that journal instead, 'kindspace --data-dir NEW-FOLDER sync join "
                "{folder}' makes a new journal from it."
            ).format(folder=folder)
        )
    sync_key = None
    for wrapped in ours:
        with contextlib.suppress(DamagedSyncKey):
            sync_key = unwrap_sync_key(wrapped, journal.data_key)
            break
    if ours and sync_key is None:
        raise SyncFolderProblem(
            _(
                "The keys this journal left in {folder} can't be opened any more, so nothing "
                "was changed. Please choose another folder to share it through."
            ).format(folder=folder)
        )
    first = sync_key is None
    settings = SyncSettings(folder.absolute(), sync_key or new_sync_key(), has_baseline=first)
    engine = SyncEngine(journal, settings)
    engine.write_own_files()
    if first or not engine.reader.snapshots():
        # The journal as it is now (including everything written before sync existed),
        # so another device can join from it.
        from kindspace.sync.compaction import Compactor

        Compactor(engine).write_snapshot()
    save_settings(journal, settings)
    return engine


def refuse_overlap(data_dir: Path, folder: Path) -> None:
    """Never share through a folder that holds the journal itself (or lies inside it): a
    sync tool would then carry the live database, which is how journals get lost."""
    journal_place, shared = data_dir.resolve(), folder.resolve()
    if journal_place.is_relative_to(shared) or shared.is_relative_to(journal_place):
        raise SyncFolderProblem(
            _(
                "Your journal's own folder ({data_dir}) and {folder} overlap, so a sync tool "
                "would carry the live journal file, which it can't merge. Nothing was "
                "changed; please choose a folder outside your journal's, and your journal's "
                "outside it."
            ).format(data_dir=data_dir, folder=folder)
        )


def open_folder_keys(
    folder: Path, *, passphrase: str | None = None, recovery_key: str | None = None
) -> JoinKeys:
    """The keys of the journal shared in ``folder``, opened with a secret; nothing is made.

    Raises :class:`~kindspace.errors.WrongSecret` (exit 2) for a secret that opens nothing.
    """
    sync_folder = SyncFolder(folder)
    sync_folder.check_reachable()
    copies = key_copies(sync_folder)
    if not copies:
        raise SyncFolderProblem(
            _(
                "No kindspace journal is shared in {folder} yet (or its files haven't arrived "
                "yet). On the device that has your journal, 'kindspace sync setup FOLDER' "
                "starts sharing it."
            ).format(folder=folder)
        )
    keys = open_with_secret(copies, passphrase=passphrase, recovery_key=recovery_key)
    reader = FolderReader(sync_folder, keys.sync_key, keys.key_file.journal_id)
    if not reader.snapshots():
        raise SyncFolderProblem(
            _(
                "{folder} doesn't hold a whole copy of the journal yet; it may still be "
                "arriving. Please try again once your sync tool has finished."
            ).format(folder=folder)
        )
    return keys


def join(
    location: JournalLocation,
    folder: Path,
    keys: JoinKeys,
    *,
    recovery_key: str | None = None,
    keyring: KeyStore | None = None,
    clock: Clock = system_clock,
) -> Journal:
    """Make this device's journal for the journal shared in ``folder`` (keys from
    :func:`open_folder_keys`). The caller then runs the first exchange, which fills it;
    if that is interrupted, ``kindspace sync`` finishes the job."""
    refuse_overlap(location.data_dir, folder)
    if location.exists():
        raise JournalExists(
            _(
                "There is already a journal in {data_dir}, so kindspace left it untouched. "
                "Please join into a new, empty folder."
            ).format(data_dir=location.data_dir)
        )
    journal = adopt_journal(location, keys, recovery_key=recovery_key, keyring=keyring, clock=clock)
    save_settings(journal, SyncSettings(folder.absolute(), keys.sync_key, has_baseline=False))
    return journal


def adopt_journal(
    location: JournalLocation,
    keys: JoinKeys,
    *,
    recovery_key: str | None = None,
    keyring: KeyStore | None = None,
    clock: Clock = system_clock,
) -> Journal:
    """A new, empty journal here with the shared journal's keys (and a device id of its own).

    As with a new journal, a failure part way removes what was made: nothing was written
    with it yet, so nothing can be lost.
    """
    ensure_private_dir(location.data_dir)
    open_lock = OpenLock.acquire(location.data_dir)
    key_file = dataclasses.replace(keys.key_file, keyring=keyring is not None)
    try:
        write_key_file(location.key_file, key_file, exclusive=True)
    except BaseException:
        open_lock.release()
        raise
    try:
        db = open_encrypted(location.database, keys.data_key, create=True)
        migrate(db, clock)
        if recovery_key is not None:
            SettingsStore(db).set(RECOVERY_KEY_SETTING, normalize_recovery_key(recovery_key))
        if keyring is not None:
            keyring.store(key_file.journal_id, keys.data_key)
    except BaseException:
        open_lock.release()
        for path in (location.key_file, location.database):
            for suffix in ("", "-wal", "-shm"):
                with contextlib.suppress(FileNotFoundError):
                    path.with_name(path.name + suffix).unlink()
        raise
    method = UnlockMethod.RECOVERY_KEY if recovery_key is not None else UnlockMethod.PASSPHRASE
    return Journal(location, db, key_file, keys.data_key, method, clock, open_lock=open_lock)
