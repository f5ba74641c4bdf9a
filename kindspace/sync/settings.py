"""What a device remembers about its sharing: the folder and the sync key, in the journal.

Kept inside the encrypted journal (a setting, so a backup restores it too), and not one of
the settings that follow the person: each device has its own folder path and its own
answer to "does this journal already hold a whole snapshot of the shared one?".
"""

from __future__ import annotations

import platform
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kindspace.journal.journal import Journal

#: Where this device remembers its sync folder and key, inside the encrypted journal.
#: Not one of the settings that follow the person: each device has its own.
SETTING = "sync.this_device"


@dataclass(frozen=True)
class SyncSettings:
    folder: Path
    sync_key: bytes
    #: Whether this device's journal already holds a whole snapshot of the shared journal.
    has_baseline: bool

    def to_json(self) -> dict[str, Any]:
        return {
            "folder": str(self.folder),
            "sync_key": self.sync_key.hex(),
            "has_baseline": self.has_baseline,
        }


def load_settings(journal: Journal) -> SyncSettings | None:
    value = journal.settings.get(SETTING)
    if not isinstance(value, dict):
        return None
    try:
        key = bytes.fromhex(str(value["sync_key"]))
        folder = Path(str(value["folder"]))
    except (KeyError, ValueError):
        return None
    return SyncSettings(folder, key, bool(value.get("has_baseline")))


def save_settings(journal: Journal, settings: SyncSettings | None) -> None:
    if settings is None:
        journal.settings.delete(SETTING)
    else:
        journal.settings.set(SETTING, settings.to_json())


def device_label() -> str:
    """A name a person recognises in ``sync status`` (the computer's name)."""
    return (platform.node() or "a device")[:100]
