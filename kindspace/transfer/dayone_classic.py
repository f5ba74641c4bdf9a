"""Entries from a Day One classic journal: the ``Journal.dayone`` folder of ``.doentry`` files.

Day One before version 2 kept each entry as an XML property list in
``Journal.dayone/entries/<UUID>.doentry``, with its pictures in ``photos/<UUID>.jpg``. An
entry's keys are ``Creation Date`` (UTC), ``Entry Text``, ``Time Zone`` (an IANA name),
``UUID``, and optionally ``Starred``, ``Tags``, ``Location`` and ``Weather``.

The words, tags and times come across like those of the JSON export (see
``dayone_import.py``), and with the same ids, ``dayone-<uuid>``: a journal imported from its
classic folder and later from a JSON export of the same entries is not doubled. The classic
format keeps no edit time, so ``updated`` is the creation time. Only ordinary files are read
(links are not followed), each with a size limit; photos are counted, never opened.
"""

from __future__ import annotations

import plistlib
import stat
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from xml.parsers.expat import ExpatError

from kindspace.errors import InvalidInput
from kindspace.i18n import _
from kindspace.journal.models import Entry
from kindspace.transfer.dayone_import import SOURCE
from kindspace.transfer.import_text import (
    MAX_FILE_BYTES,
    NOTHING,
    STARRED_TAG,
    Reading,
    ReadOptions,
    Source,
    in_zone,
    left_out_note,
    listed_tags,
    named_zone,
    note_entry,
    places_note,
    read_limited,
    split_heading,
    starred_note,
    unknown_zone_note,
)
from kindspace.transfer.importing import Unreadable
from kindspace.transfer.json_format import is_text

#: Larger than any one entry's text; a bigger .doentry is not one.
MAX_ENTRY_BYTES = 16 * 1024 * 1024
#: More entries than a lifetime of daily writing; a folder with more is not a journal.
MAX_ENTRIES = 500_000
_PLIST_ERRORS = (
    plistlib.InvalidFileException,
    ExpatError,
    ValueError,
    TypeError,
    AttributeError,
    KeyError,
    IndexError,
    OverflowError,
    RecursionError,
)


def entry_files(folder: Path) -> list[Path]:
    """The ``.doentry`` files of a classic journal folder (or of its ``entries`` folder)."""
    for candidate in (folder / "entries", folder):
        try:
            if not candidate.is_dir() or (candidate.is_symlink() and candidate != folder):
                continue
            files = sorted(
                path
                for path in candidate.iterdir()
                if path.suffix.lower() == ".doentry" and _is_ordinary(path)
            )
        except OSError:
            continue
        if files:
            return files
    return []


def _is_ordinary(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.lstat().st_mode)
    except OSError:
        return False


def _photo_count(folder: Path) -> int:
    photos = folder / "photos"
    try:
        if not photos.is_dir() or photos.is_symlink():
            return 0
        return sum(1 for path in photos.iterdir() if _is_ordinary(path))
    except OSError:
        return 0


def read_dayone_classic(source: Source, options: ReadOptions) -> Reading:
    """Every ``.doentry`` of the folder, in file-name order; see the module docstring."""
    if not source.is_folder:
        raise InvalidInput(
            _(
                "A Day One classic journal is a folder (Journal.dayone), and "
                "{name} is a file. {nothing}"
            ).format(name=source.path.name, nothing=_(NOTHING))
        )
    files = entry_files(source.path)
    if not files:
        raise InvalidInput(
            _(
                "{name} holds no Day One entries (.doentry files), so there is "
                "nothing to import. {nothing}"
            ).format(name=source.path.name, nothing=_(NOTHING))
        )
    if len(files) > MAX_ENTRIES:
        raise InvalidInput(
            _("{name} holds more entries than kindspace can import. {nothing}").format(
                name=source.path.name, nothing=_(NOTHING)
            )
        )
    reading = Reading()
    first_seen: dict[str, str] = {}
    tally = _Tally()
    total = 0
    for position, path in enumerate(files, start=1):
        options.check_cancel(position)
        data = read_limited(path, MAX_ENTRY_BYTES + 1)
        total += len(data)
        if total > MAX_FILE_BYTES:
            raise InvalidInput(
                _("{name} is larger than any journal kindspace can import. {nothing}").format(
                    name=source.path.name, nothing=_(NOTHING)
                )
            )
        try:
            entry = _read_entry(data, tally)
        except _Damaged as damaged:
            # One damaged file among many: named, never silently dropped; the plan refuses
            # unless the person chooses to import the rest.
            reading.unreadable.append(Unreadable(path.name, damaged.reason))
            continue
        if entry.id in first_seen:
            raise InvalidInput(
                _(
                    "The entry {name} has the same UUID as {first_seen}, so it is "
                    "unclear which to keep. {nothing}"
                ).format(name=path.name, first_seen=first_seen[entry.id], nothing=_(NOTHING))
            )
        first_seen[entry.id] = path.name
        reading.entries.append(entry)
    reading.notes.extend(
        _notes(_photo_count(source.path), tally.places, tally.unknown_zones, tally.starred)
    )
    return reading


class _Damaged(Exception):
    """One .doentry that can't be read; ``reason`` is a calm clause for the preview."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass
class _Tally:
    """What the preview's notes count across the readable entries."""

    starred: int = 0
    places: int = 0
    unknown_zones: int = 0


def _read_entry(data: bytes, tally: _Tally) -> Entry:
    """One .doentry's entry, or _Damaged saying what is wrong with it."""
    if len(data) > MAX_ENTRY_BYTES:
        raise _Damaged(_("it is larger than any journal entry could be"))
    try:
        item = plistlib.loads(data, fmt=plistlib.FMT_XML)
    except _PLIST_ERRORS:
        raise _Damaged(
            _("it is not a Day One entry kindspace can read; it may be damaged")
        ) from None
    if not isinstance(item, dict):
        raise _Damaged(_("it is not a Day One entry"))
    uuid = item.get("UUID")
    if not isinstance(uuid, str) or not uuid.replace("-", "").isalnum() or len(uuid) > 64:
        raise _Damaged(_("it has no 'UUID' like Day One gives every entry"))
    created_at = item.get("Creation Date")
    if not isinstance(created_at, datetime):
        raise _Damaged(_("it has no 'Creation Date'"))
    zone_name = item.get("Time Zone")
    zone = named_zone(zone_name) if isinstance(zone_name, str) else None
    created = in_zone(created_at.replace(tzinfo=UTC), zone or UTC)
    if created is None:
        raise _Damaged(_("its date is one kindspace can't keep (years 1000 to 9999 work)"))
    text = item.get("Entry Text", "")
    if not is_text(text):
        raise _Damaged(_("its 'Entry Text' is not text"))
    try:
        tags = list(listed_tags(item.get("Tags"), "It"))
    except InvalidInput as problem:
        reason = str(problem).removesuffix(f" {_(NOTHING)}").removesuffix(".")
        raise _Damaged(reason[:1].lower() + reason[1:]) from None
    title, body = split_heading(text)
    tally.unknown_zones += zone is None
    if item.get("Starred") is True:
        tally.starred += 1
        tags.append(STARRED_TAG)
    tally.places += bool(item.get("Location") or item.get("Weather"))
    return note_entry(
        entry_id=f"{SOURCE}-{uuid.replace('-', '').lower()}",
        created=created,
        updated=created,
        title=title,
        body=body,
        tags=tags,
        source=SOURCE,
    )


def _notes(photos: int, places: int, unknown_zones: int, starred: int) -> list[str]:
    notes: list[str] = []
    left_out = left_out_note([(photos, "photo", "photos")])
    if left_out:
        notes.append(left_out)
    if places:
        notes.append(places_note(places))
    if unknown_zones:
        notes.append(unknown_zone_note(unknown_zones))
    note = starred_note(starred)
    if note:
        notes.append(note)
    return notes
