"""One recorded change, as it travels between devices, and the "what had I seen" it carries.

A change says: device D (its ``counter``-th change, at hybrid time ``stamp``) set these
``fields`` of one thing (an entry, a setting, ...). ``base`` says, for each field, which
versions of it D had seen when it wrote: the stamps of a *version vector* (one newest stamp per
device, written as text separated by spaces). With it a device that receives the change can tell
a later edit (it saw what I have) from a concurrent one (neither saw the other), which is what
lets concurrent edits of the same text be kept side by side instead of one silently winning.

``fields == {"deleted": True}`` is a tombstone; its ``base`` says which versions it deleted, so
an edit it never saw outlives it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from kindspace.sync.hlc import DEVICE_ID, parse_stamp

ENTRY = "entry"
TAG_RENAME = "tag_rename"
SETTING = "setting"
OWN_EXERCISE = "own_exercise"
SUPPORT_CONTACT = "support_contact"
KINDS = (ENTRY, TAG_RENAME, SETTING, OWN_EXERCISE, SUPPORT_CONTACT)
DELETED = "deleted"
#: A change that carries versions as they are (a snapshot, or a device putting back an entry
#: another device deleted while it was being edited here): [[field, stamp, seen, value], ...]
#: under VERSIONS, and what deletions covered ({field: seen}) under TOMB.
VERSIONS = "versions"
TOMB = "tomb"
#: The counter of a change that describes state (a snapshot) rather than one logged edit.
SNAPSHOT_COUNTER = 0
MAX_TARGET_LENGTH = 200

#: A version vector: device id -> the newest stamp of that device included.
Seen = dict[str, str]


def seen_from_text(text: str) -> Seen:
    """Parse a ``base`` value; ValueError when it holds anything but stamps."""
    if not isinstance(text, str):
        raise ValueError("a change's base must be text")
    seen: Seen = {}
    for stamp in text.split():
        device = parse_stamp(stamp)[2]
        if stamp > seen.get(device, ""):
            seen[device] = stamp
    return seen


def seen_to_text(seen: Mapping[str, str]) -> str:
    return " ".join(sorted(seen.values()))


def seen_with(seen: Mapping[str, str], stamps: Iterable[str]) -> Seen:
    """``seen`` widened by ``stamps`` (each counts for its own device)."""
    result = dict(seen)
    for stamp in stamps:
        device = parse_stamp(stamp)[2]
        if stamp > result.get(device, ""):
            result[device] = stamp
    return result


def merged(*vectors: Mapping[str, str]) -> Seen:
    result: Seen = {}
    for vector in vectors:
        result = seen_with(result, vector.values())
    return result


def covers(seen: Mapping[str, str], stamp: str) -> bool:
    """Whether a version that had seen ``seen`` already included the version ``stamp``."""
    return seen.get(parse_stamp(stamp)[2], "") >= stamp


@dataclass(frozen=True)
class Change:
    device_id: str
    counter: int
    stamp: str
    kind: str
    target_id: str
    fields: Mapping[str, Any]
    base: Mapping[str, str] = field(default_factory=dict)

    @property
    def is_delete(self) -> bool:
        return self.fields.get(DELETED) is True

    @property
    def is_state(self) -> bool:
        return VERSIONS in self.fields or TOMB in self.fields

    def seen(self, name: str) -> Seen:
        """The version vector of the value this change gives ``name`` (its base and itself)."""
        return seen_with(seen_from_text(self.base.get(name, "")), [self.stamp])

    def to_json(self) -> dict[str, Any]:
        return {
            "device_id": self.device_id,
            "counter": self.counter,
            "stamp": self.stamp,
            "kind": self.kind,
            "target_id": self.target_id,
            "fields": dict(self.fields),
            "base": dict(self.base),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Change:
        """Check the shape strictly: a bundle from an unknown version or a damaged one is
        refused whole (ValueError), never applied in part."""
        if not isinstance(data, Mapping):
            raise ValueError("a change must be an object")
        try:
            device_id, counter, stamp = data["device_id"], data["counter"], data["stamp"]
            kind, target_id = data["kind"], data["target_id"]
            fields, base = data["fields"], data.get("base", {})
        except KeyError as missing:
            raise ValueError(f"a change lacks {missing}") from None
        if not isinstance(device_id, str) or not DEVICE_ID.match(device_id):
            raise ValueError("a change names no valid device")
        if isinstance(counter, bool) or not isinstance(counter, int) or counter < 0:
            raise ValueError("a change's counter must be a whole number from 0")
        if parse_stamp(stamp)[2] != device_id:
            raise ValueError("a change's stamp belongs to another device")
        if kind not in KINDS:
            raise ValueError(f"unknown change kind {kind!r}")
        if not isinstance(target_id, str) or not 0 < len(target_id) <= MAX_TARGET_LENGTH:
            raise ValueError("a change must name what it changes")
        if not isinstance(fields, Mapping) or not fields:
            raise ValueError("a change must set at least one field")
        if not all(isinstance(name, str) for name in fields):
            raise ValueError("field names must be text")
        if DELETED in fields and (fields[DELETED] is not True or len(fields) != 1):
            raise ValueError("a deletion carries nothing else")
        if VERSIONS in fields or TOMB in fields:
            _check_state(fields)
        if not isinstance(base, Mapping):
            raise ValueError("a change's base must be an object")
        for name, text in base.items():
            if not isinstance(name, str):
                raise ValueError("base names must be text")
            seen_from_text(text)
        return cls(device_id, counter, stamp, kind, target_id, dict(fields), dict(base))


def _check_state(fields: Mapping[str, Any]) -> None:
    if set(fields) - {VERSIONS, TOMB}:
        raise ValueError("a change carrying versions carries nothing else")
    versions = fields.get(VERSIONS, [])
    if not isinstance(versions, list):
        raise ValueError("versions must be a list")
    for version in versions:
        if not isinstance(version, list) or len(version) != 4 or not isinstance(version[0], str):
            raise ValueError("a version is [field, stamp, seen, value]")
        parse_stamp(version[1])
        seen_from_text(version[2])
    tomb = fields.get(TOMB, {})
    if not isinstance(tomb, Mapping) or not all(isinstance(name, str) for name in tomb):
        raise ValueError("a tomb is {field: seen}")
    for text in tomb.values():
        seen_from_text(text)
