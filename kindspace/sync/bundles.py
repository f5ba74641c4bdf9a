"""The files devices leave for each other in the sync folder: names, and sealed contents.

Every file kindspace puts into the folder is a *bundle*: JSON, compressed, then sealed with
AES-256-GCM under the sync key. A sync tool, a cloud provider or someone who finds the USB
stick sees only file names (kinds and counters, never words) and sizes.

The associated data of each seal names the journal, the device whose subfolder the file
belongs in, the bundle's canonical name and the format version. So a bundle that was
renamed (``changes-1-5`` passed off as ``changes-6-10``), moved into another device's
subfolder, or carried over from another journal fails to open, exactly like a damaged one:
nothing from it is ever applied.

Names are read forgivingly. Sync tools keep both sides of a clash as *conflict copies*
(``….sync-conflict-20240101-101010-ABCD.ksync``, ``… (laptop's conflicted copy).ksync``,
``… (1).ksync``, ``… 2.ksync``); since bundles never change once written, such a copy holds
the same changes as the original and is read like any bundle. Any other file is not ours
and is left alone.
"""

from __future__ import annotations

import json
import re
import secrets
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from kindspace.sync.changes import Change
from kindspace.sync.hlc import DEVICE_ID

FORMAT_VERSION = 1
MAGIC = b"KSYNC"
SUFFIX = ".ksync"
KEY_BYTES = 32
NONCE_BYTES = 12
_HEADER = MAGIC + bytes([FORMAT_VERSION])
#: The most a bundle may hold, sealed or opened: far above a 20-year journal's snapshot,
#: and a guard against a stray huge file being read into memory.
MAX_BUNDLE_BYTES = 512 * 1024 * 1024
#: Changes per bundle: a bundle is applied whole or not at all, and a sync tool carries a
#: small file sooner; a first exchange of a big journal becomes several bundles.
CHANGES_PER_BUNDLE = 1000

_TAG = r"[0-9a-f]{8}"
_NAME = re.compile(
    rf"\A(?P<stem>(?:changes-(?P<first>\d{{10}})-(?P<last>\d{{10}})|snapshot)-(?P<tag>{_TAG})"
    r"|state|compaction-lease)"
    # Whatever a sync tool adds for a conflict copy, as long as the ending is still ours.
    rf"(?P<extra>(?![0-9a-f])[^/\\]*)?{re.escape(SUFFIX)}\Z"
)


class BundleKind(StrEnum):
    CHANGES = "changes"
    SNAPSHOT = "snapshot"
    STATE = "state"
    LEASE = "compaction-lease"


class DamagedBundle(Exception):
    """A bundle that can't be opened: partly synced, damaged, renamed, or not this journal's.

    Not a :class:`~kindspace.errors.KindspaceError`: it never reaches the person as an
    error. The file is skipped and tried again at the next exchange.
    """


@dataclass(frozen=True)
class BundleName:
    """What a file name says about a bundle, once any conflict-copy decoration is set aside."""

    kind: BundleKind
    first: int = 0
    last: int = 0
    tag: str = ""

    @property
    def canonical(self) -> str:
        """The name the writer gave it, which the seal is bound to."""
        if self.kind is BundleKind.CHANGES:
            return f"changes-{self.first:010d}-{self.last:010d}-{self.tag}"
        if self.kind is BundleKind.SNAPSHOT:
            return f"snapshot-{self.tag}"
        return self.kind.value

    @property
    def filename(self) -> str:
        return self.canonical + SUFFIX

    @classmethod
    def changes(cls, first: int, last: int) -> BundleName:
        """A fresh name for changes ``first..last``; the random tag keeps a rewritten range
        (after a damaged copy) from ever reusing a name."""
        if not 1 <= first <= last < 10**10:
            raise ValueError("change counters out of range")
        return cls(BundleKind.CHANGES, first, last, secrets.token_hex(4))

    @classmethod
    def snapshot(cls) -> BundleName:
        return cls(BundleKind.SNAPSHOT, tag=secrets.token_hex(4))

    @classmethod
    def parse(cls, filename: str) -> BundleName | None:
        """The bundle a file name stands for, or None for a file that isn't one of ours
        (including temporary files, which start with a dot)."""
        match = _NAME.match(filename)
        if match is None:
            return None
        stem = match["stem"]
        if match["first"] is not None:
            first, last = int(match["first"]), int(match["last"])
            if not 1 <= first <= last:
                return None
            return cls(BundleKind.CHANGES, first, last, match["tag"])
        if stem.startswith("snapshot-"):
            return cls(BundleKind.SNAPSHOT, tag=match["tag"])
        return cls(BundleKind(stem))


def is_conflict_copy(filename: str) -> bool:
    """Whether ``filename`` is a sync tool's copy rather than the name kindspace wrote."""
    name = BundleName.parse(filename)
    return name is not None and filename != name.filename


# --- sealing --------------------------------------------------------------------------


def _associated_data(journal_id: str, device_id: str, name: BundleName) -> bytes:
    parts = (f"kindspace-sync-bundle/v{FORMAT_VERSION}", journal_id, device_id, name.canonical)
    return "|".join(parts).encode()


def seal(
    sync_key: bytes, journal_id: str, device_id: str, name: BundleName, payload: Mapping[str, Any]
) -> bytes:
    """The bytes of a bundle file: header, nonce, then the compressed payload sealed."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    plain = zlib.compress(
        json.dumps(payload, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode(),
        6,
    )
    if len(plain) > MAX_BUNDLE_BYTES:
        raise ValueError("a bundle would be larger than kindspace ever reads")
    nonce = secrets.token_bytes(NONCE_BYTES)
    aad = _associated_data(journal_id, device_id, name)
    return _HEADER + nonce + AESGCM(sync_key).encrypt(nonce, plain, aad)


def unseal(
    sync_key: bytes, journal_id: str, device_id: str, name: BundleName, data: bytes
) -> dict[str, Any]:
    """The payload of a bundle file, or :class:`DamagedBundle` for anything not quite right."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if len(data) < len(_HEADER) + NONCE_BYTES + 16:
        raise DamagedBundle("too short to be a whole bundle")
    if not data.startswith(MAGIC):
        raise DamagedBundle("not a kindspace bundle")
    if data[len(MAGIC)] != FORMAT_VERSION:
        raise DamagedBundle("made by another version of kindspace")
    nonce = data[len(_HEADER) : len(_HEADER) + NONCE_BYTES]
    sealed = data[len(_HEADER) + NONCE_BYTES :]
    aad = _associated_data(journal_id, device_id, name)
    try:
        compressed = AESGCM(sync_key).decrypt(nonce, sealed, aad)
    except InvalidTag:
        raise DamagedBundle("does not open with this journal's sync key") from None
    try:
        inflater = zlib.decompressobj()
        text = inflater.decompress(compressed, MAX_BUNDLE_BYTES)
        if inflater.unconsumed_tail or not inflater.eof:
            raise DamagedBundle("larger than kindspace reads, or cut short")
        payload = json.loads(text.decode("utf-8"))
    except (zlib.error, UnicodeDecodeError, ValueError, RecursionError):
        raise DamagedBundle("its contents are not readable") from None
    if not isinstance(payload, dict) or payload.get("kind") != name.kind.value:
        raise DamagedBundle("its contents are not what its name says")
    if payload.get("device") != device_id:
        raise DamagedBundle("it belongs to another device")
    return payload


# --- payloads -------------------------------------------------------------------------


def changes_payload(device_id: str, changes: Sequence[Change]) -> tuple[BundleName, dict[str, Any]]:
    """A changes bundle for this device's ``changes`` (in counter order, its own only)."""
    if not changes:
        raise ValueError("a bundle needs at least one change")
    if any(change.device_id != device_id for change in changes):
        raise ValueError("a device only ever writes its own changes")
    name = BundleName.changes(changes[0].counter, changes[-1].counter)
    payload = {
        "kind": BundleKind.CHANGES.value,
        "device": device_id,
        "first": name.first,
        "last": name.last,
        "changes": [change.to_json() for change in changes],
    }
    return name, payload


def read_changes(payload: Mapping[str, Any], name: BundleName, device_id: str) -> list[Change]:
    """The changes of an opened changes bundle, checked against its name and device."""
    if payload.get("first") != name.first or payload.get("last") != name.last:
        raise DamagedBundle("its range does not match its name")
    changes = _changes_list(payload.get("changes"))
    counters = [change.counter for change in changes]
    if not changes or counters != sorted(set(counters)):
        raise DamagedBundle("its changes are out of order")
    if counters[0] < name.first or counters[-1] > name.last:
        raise DamagedBundle("it holds changes outside its range")
    if any(change.device_id != device_id for change in changes):
        raise DamagedBundle("it holds another device's changes")
    return changes


def snapshot_payload(
    device_id: str, changes: Sequence[Change], covers: Mapping[str, int], made_at: str
) -> dict[str, Any]:
    """The whole journal as changes, and up to which counter of each device it reaches."""
    return {
        "kind": BundleKind.SNAPSHOT.value,
        "device": device_id,
        "made_at": made_at,
        "covers": dict(covers),
        "changes": [change.to_json() for change in changes],
    }


@dataclass(frozen=True)
class Snapshot:
    maker: str
    made_at: str
    covers: dict[str, int]
    changes: list[Change]

    def reaches(self, other: Snapshot) -> bool:
        """Whether this snapshot holds at least everything ``other`` holds."""
        return all(self.covers.get(device, 0) >= n for device, n in other.covers.items())


def read_snapshot(payload: Mapping[str, Any]) -> Snapshot:
    covers = counters_map(payload.get("covers"))
    made_at = payload.get("made_at")
    if not isinstance(made_at, str):
        raise DamagedBundle("a snapshot without its time")
    changes = _changes_list(payload.get("changes"))
    return Snapshot(str(payload["device"]), made_at, covers, changes)


@dataclass(frozen=True)
class DeviceState:
    """What one device last said about itself: what it has seen, and when it looked."""

    device_id: str
    label: str
    at: str
    seen: dict[str, int]
    left: bool = False

    def payload(self) -> dict[str, Any]:
        return {
            "kind": BundleKind.STATE.value,
            "device": self.device_id,
            "label": self.label,
            "at": self.at,
            "seen": dict(self.seen),
            "left": self.left,
        }


def read_state(payload: Mapping[str, Any]) -> DeviceState:
    label, at, left = payload.get("label"), payload.get("at"), payload.get("left")
    if not isinstance(label, str) or not isinstance(at, str) or not isinstance(left, bool):
        raise DamagedBundle("a device state out of shape")
    return DeviceState(str(payload["device"]), label[:100], at, counters_map(payload["seen"]), left)


#: The lease sits beside the device subfolders, so its seal names the folder, not a device.
LEASE_OWNER = "folder"


def lease_payload(holder: str, until: str) -> dict[str, Any]:
    """Who is compacting, and until when (by the holder's clock) the others should wait."""
    return {"kind": BundleKind.LEASE.value, "device": LEASE_OWNER, "holder": holder, "until": until}


def read_lease(payload: Mapping[str, Any]) -> tuple[str, str]:
    holder, until = payload.get("holder"), payload.get("until")
    if not isinstance(holder, str) or not DEVICE_ID.match(holder) or not isinstance(until, str):
        raise DamagedBundle("a lease out of shape")
    return holder, until


def counters_map(value: object) -> dict[str, int]:
    """A ``{device: counter}`` map read from a bundle, or :class:`DamagedBundle`."""
    if not isinstance(value, dict):
        raise DamagedBundle("a counters map out of shape")
    result: dict[str, int] = {}
    for device, counter in value.items():
        if not DEVICE_ID.match(device) or type(counter) is not int or counter < 0:
            raise DamagedBundle("a counters map out of shape")
        result[device] = counter
    return result


def _changes_list(value: object) -> list[Change]:
    if not isinstance(value, list):
        raise DamagedBundle("its changes are not a list")
    try:
        return [Change.from_json(item) for item in value]
    except ValueError as error:
        raise DamagedBundle(f"a change in it is out of shape ({error})") from None
