"""Exchanging changes with the other devices through the folder: the API both faces use.

``SyncEngine(journal).exchange()`` leaves this device's new changes in the folder, applies
what the other devices left, says what it has seen, and tidies up now and then. The CLI
calls it for ``kindspace sync``; the app calls it off the window's thread. The engine keeps
no state of its own between calls (what was sent is read back from the folder, what was
applied from the journal), so it is safe to make one per exchange, on the thread that runs
it, over that thread's own connection (``journal.on_own_connection()``).

Order matters for "nothing lost, nothing doubled": changes go out before anything comes in,
each bundle is applied in one transaction of the journal or not at all, and a device's
bundles are applied strictly in counter order: after a bundle that can't be read yet, that
device's later ones wait, so no change is ever skipped over.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kindspace.clock import from_utc_text, to_utc_text
from kindspace.errors import KindspaceError
from kindspace.i18n import N_, _
from kindspace.sync.bundles import (
    CHANGES_PER_BUNDLE,
    BundleKind,
    BundleName,
    DeviceState,
    changes_payload,
    seal,
)
from kindspace.sync.folder import SyncFolder
from kindspace.sync.keys import DamagedSyncKey, parse_sync_key, sync_key_bytes, wrap_sync_key
from kindspace.sync.reading import FolderReader, SnapshotFile
from kindspace.sync.settings import SyncSettings, device_label, load_settings, save_settings

if TYPE_CHECKING:
    from kindspace.journal.journal import Journal


class NotSharing(KindspaceError):
    """This journal isn't shared through a folder on this device."""


#: A temporary file this old in this device's subfolder was left by a run that was cut off.
STALE_TEMPORARY = timedelta(hours=1)

NOT_SHARING = N_(
    "This journal isn't shared through a folder on this device yet. "
    "'kindspace sync setup FOLDER' starts sharing it."
)


@dataclass(frozen=True)
class ExchangeReport:
    """What one exchange did, for a face to put into words."""

    sent: int = 0
    received: int = 0
    conflicts: int = 0
    devices: int = 0
    unreadable: tuple[str, ...] = ()
    waiting: tuple[str, ...] = ()
    from_snapshot: bool = False
    tidied: int = 0
    #: No longer set: a journal behind its own shared changes now takes a new device id
    #: (``new_identity``) instead of holding back. Kept so faces built against it still work.
    behind_own: bool = False
    #: This journal was restored from a backup or copied from another computer, so it took
    #: this new device id (see kindspace.sync.identity); empty when nothing happened.
    new_identity: str = ""


@dataclass(frozen=True)
class DeviceStatus:
    device_id: str
    label: str
    last_seen: datetime | None
    this_device: bool
    left: bool
    #: Changes of this device that it has not taken in yet.
    behind: int = 0


@dataclass(frozen=True)
class SyncStatus:
    folder: Path
    device_id: str
    devices: list[DeviceStatus] = field(default_factory=list)
    to_send: int = 0
    to_receive: int = 0
    unreadable: tuple[str, ...] = ()
    last_exchange: datetime | None = None


class SyncEngine:
    """Exchanges for one open journal; make one per exchange, on the thread that runs it."""

    def __init__(self, journal: Journal, settings: SyncSettings | None = None) -> None:
        settings = settings or load_settings(journal)
        if settings is None:
            raise NotSharing(_(NOT_SHARING))
        if journal.read_only:
            raise KindspaceError(
                _(
                    "This journal's folder is read-only here, so kindspace can't take in "
                    "changes from your other devices. Nothing was changed."
                )
            )
        self.journal = journal
        self.settings = settings
        self.folder = SyncFolder(settings.folder)
        self.log = journal.sync  # the journal side: its changes, merging, what was applied
        self.device_id = self.log.device_id()
        self.reader = FolderReader(self.folder, settings.sync_key, journal.journal_id)
        #: Set by an exchange that gave this journal a new device id.
        self.new_identity = ""

    def _now(self) -> str:
        return to_utc_text(self.journal.clock())

    # -- exchanging ----------------------------------------------------------------------

    def exchange(self, *, tidy: bool = True) -> ExchangeReport:
        """Send, receive, say what was seen, and (now and then) tidy up; see the module."""
        self.folder.check_reachable()
        self.write_own_files()
        snapshots = self.reader.snapshots()
        self._check_identity(snapshots)
        sent = self._send(snapshots)
        received, conflicts, waiting, from_snapshot = self._receive(snapshots)
        states = self.reader.states()
        for device_id, state in states.items():
            if state is not None and device_id != self.device_id:
                self.log.note_device_seen(device_id, dict(state.seen), state.at)
        self.write_state()
        from kindspace.sync.compaction import Compactor

        if not snapshots and self.settings.has_baseline and not self.reader.snapshots():
            # The folder lost every snapshot (emptied, reformatted): leave one, so that a
            # new device can still join.
            Compactor(self).write_snapshot()
        tidied = Compactor(self).maybe_compact() if tidy else 0
        others = [d for d, s in states.items() if d != self.device_id and not (s and s.left)]
        return ExchangeReport(
            sent=sent,
            received=received,
            conflicts=conflicts,
            devices=len(others),
            unreadable=tuple(sorted(self.reader.unreadable)),
            waiting=tuple(waiting),
            from_snapshot=from_snapshot,
            tidied=tidied,
            new_identity=self.new_identity,
        )

    def write_own_files(self) -> None:
        """This device's subfolder with its key copies; re-made if a copy is missing,
        damaged or out of date (after a passphrase change, say)."""
        from kindspace.journal.key_file import key_file_bytes

        self.folder.make_device_dir(self.device_id)
        an_hour_ago = (self.journal.clock() - STALE_TEMPORARY).timestamp()
        self.folder.remove_stale_temporaries(self.device_id, an_hour_ago)
        keys_path = self.folder.keys_path(self.device_id)
        current = key_file_bytes(self.journal.keys)
        if self.folder.read(keys_path, limit=64 * 1024) != current:
            self.folder.put(keys_path, current)
        key_path = self.folder.sync_key_path(self.device_id)
        raw = self.folder.read(key_path, limit=64 * 1024)
        try:
            usable = raw is not None and parse_sync_key(raw).device_id == self.device_id
        except DamagedSyncKey:
            usable = False
        if not usable:
            wrapped = wrap_sync_key(
                self.settings.sync_key,
                self.journal.data_key,
                self.journal.journal_id,
                self.device_id,
            )
            self.folder.put(key_path, sync_key_bytes(wrapped))

    def _check_identity(self, snapshots: list[SnapshotFile]) -> None:
        """After a restore, or when the folder holds changes under this device's id that this
        journal didn't write (restored from an older backup, or its data folder copied to a
        second computer), take a new device id: the old one's changes then come in like any
        other device's, and what was written here goes out under the new one."""
        from kindspace.sync.own_history import agreed_up_to, written_elsewhere

        exported = self.reader.exported_up_to(self.device_id, snapshots)
        restored = self.log.restored_at()
        if restored is None and not written_elsewhere(
            self.folder, self.reader, self.log, self.device_id, exported
        ):
            return
        reach = max((s.snapshot.covers.get(self.device_id, 0) for s in snapshots), default=0)
        agreed = agreed_up_to(self.folder, self.reader, self.log, self.device_id, reach)
        old = self.device_id
        # The old id is now a device that left, so the others stop keeping changes for it.
        # Said first: a run cut off here finds the same trouble next time and goes on.
        seen = {**self.log.applied_counters(), old: agreed}
        state = DeviceState(old, device_label(), self._now(), seen, True)
        name = BundleName(BundleKind.STATE)
        sealed = self.seal(old, name, state.payload())
        self.folder.put(self.folder.device_dir(old) / name.filename, sealed)
        identity = self.log.take_new_identity(agreed, written_before=restored or 0)
        self.device_id = identity.new_id
        self.new_identity = identity.new_id
        self.write_own_files()

    def _send(self, snapshots: list[SnapshotFile]) -> int:
        exported = self.reader.exported_up_to(self.device_id, snapshots)
        new = self.log.local_changes_after(exported)
        for start in range(0, len(new), CHANGES_PER_BUNDLE):
            chunk = new[start : start + CHANGES_PER_BUNDLE]
            name, payload = changes_payload(self.device_id, chunk)
            self.folder.add(self.device_id, name, self.seal(self.device_id, name, payload))
        return len(new)

    def seal(self, device_id: str, name: BundleName, payload: dict[str, Any]) -> bytes:
        return seal(self.settings.sync_key, self.journal.journal_id, device_id, name, payload)

    def _receive(self, snapshots: list[SnapshotFile]) -> tuple[int, int, list[str], bool]:
        applied = self.log.applied_counters()
        from_snapshot = False
        holes = self._holes(applied)
        if snapshots and (not self.settings.has_baseline or holes):
            # The snapshot that fills every hole, else the one that reaches furthest.
            filling = [
                found
                for found in snapshots
                if all(found.snapshot.covers.get(d, 0) >= n for d, n in holes.items())
            ]
            self.apply_snapshot((filling or snapshots)[0])
            applied = self.log.applied_counters()
            from_snapshot = True
        received = conflicts = 0
        waiting: list[str] = []
        for device_id in self.folder.device_ids():
            if device_id == self.device_id:
                continue
            for files in self.reader.pending(device_id, applied.get(device_id, 0)):
                if files.name.first > applied.get(device_id, 0) + 1:
                    waiting.append(device_id)  # a hole no snapshot fills (yet)
                    break
                changes = self.reader.changes(device_id, files)
                if changes is None:
                    waiting.append(device_id)
                    break
                try:
                    report = self.log.apply(changes)
                except ValueError:  # a change this version can't apply: none of the bundle is
                    self.reader.unreadable.add(f"{device_id}/{files.name.filename}")
                    waiting.append(device_id)
                    break
                received += report.applied
                conflicts += report.conflicts
                applied = self.log.applied_counters()
        return received, conflicts, waiting, from_snapshot

    def _holes(self, applied: dict[str, int]) -> dict[str, int]:
        """Devices whose next changes are no longer in the folder (tidied away while this
        device was away), with how far a snapshot must reach to fill the hole."""
        holes = {}
        for device_id in self.folder.device_ids():
            if device_id == self.device_id:
                continue
            for files in self.reader.pending(device_id, applied.get(device_id, 0)):
                if files.name.first > applied.get(device_id, 0) + 1:
                    holes[device_id] = files.name.first - 1
                break
        return holes

    def apply_snapshot(self, found: SnapshotFile) -> None:
        """Merge a whole snapshot in (by the same rules as any change) and count its
        changes as applied, then remember that this journal has its baseline."""
        whole = self.reader.snapshot_changes(found.snapshot.maker, found.files)
        if whole is None:
            return  # gone or damaged since it was listed: tried again next time
        try:
            self.log.apply(whole.changes, counters_covered=whole.covers)
        except ValueError:
            self.reader.unreadable.add(f"{found.snapshot.maker}/{found.name.filename}")
            return
        if not self.settings.has_baseline:
            self.settings = SyncSettings(self.settings.folder, self.settings.sync_key, True)
            save_settings(self.journal, self.settings)

    def own_state(self, *, left: bool = False) -> DeviceState:
        seen = dict(self.log.applied_counters())
        seen[self.device_id] = self.log.local_counter()
        return DeviceState(self.device_id, device_label(), self._now(), seen, left)

    def write_state(self, *, left: bool = False) -> None:
        state = self.own_state(left=left)
        name = BundleName(BundleKind.STATE)
        path = self.folder.device_dir(self.device_id) / name.filename
        self.folder.put(path, self.seal(self.device_id, name, state.payload()))

    # -- looking -------------------------------------------------------------------------

    def status(self) -> SyncStatus:
        """The devices known, when each last exchanged, and what is waiting either way."""
        self.folder.check_reachable()
        snapshots = self.reader.snapshots()
        exported = self.reader.exported_up_to(self.device_id, snapshots)
        own = self.log.local_counter()
        applied = self.log.applied_counters()
        to_receive = 0
        for device_id in self.folder.device_ids():
            if device_id == self.device_id:
                continue
            have = applied.get(device_id, 0)
            for files in self.reader.pending(device_id, have):
                to_receive += files.name.last - max(files.name.first, have + 1) + 1
                have = files.name.last
        devices = []
        last_exchange = None
        for device_id, state in self.reader.states().items():
            if state is None:  # still arriving, or damaged: listed, but nothing known
                devices.append(DeviceStatus(device_id, "", None, False, False))
                continue
            seen_at = _moment(state.at)
            if device_id == self.device_id:
                last_exchange = seen_at
            behind = max(0, own - state.seen.get(self.device_id, 0))
            devices.append(
                DeviceStatus(
                    device_id,
                    state.label,
                    seen_at,
                    device_id == self.device_id,
                    state.left,
                    0 if device_id == self.device_id else behind,
                )
            )
        return SyncStatus(
            folder=self.folder.folder,
            device_id=self.device_id,
            devices=devices,
            to_send=max(0, own - exported),
            to_receive=to_receive,
            unreadable=tuple(sorted(self.reader.unreadable)),
            last_exchange=last_exchange,
        )

    # -- leaving -------------------------------------------------------------------------

    def leave(self) -> bool:
        """Stop sharing on this device; the journal stays as it is.

        The folder is told, so the others stop keeping changes for this device; this
        device's bundles stay for the devices that haven't read them. Returns whether the
        folder could be told (a missing folder doesn't stop leaving).
        """
        told = True
        try:
            self.folder.check_reachable()
            self.write_state(left=True)
        except KindspaceError:
            told = False
        save_settings(self.journal, None)
        return told


def _moment(text: str) -> datetime | None:
    try:
        return from_utc_text(text, 0)
    except ValueError:
        return None
