"""Entries from a Day One JSON export: the ``.zip`` Day One makes, or its ``.json`` alone.

The export is a zip holding one ``<Journal name>.json`` per journal, next to folders of
photos and other media. Each JSON file is ``{"metadata": {"version": …}, "entries": […]}``;
an entry has a ``uuid``, a ``creationDate`` in UTC (``2024-05-01T19:14:03Z``), the
``timeZone`` it was written in (an IANA name such as ``Europe/Berlin``), its ``text`` as
Markdown, and optionally ``modifiedDate``, ``tags``, ``starred``, ``photos``, ``audios``,
``videos``, ``pdfAttachments``, ``location`` and ``weather``.

What comes across: the words (Day One's backslash escapes such as ``\\.`` undone, and its
``![](dayone-moment://…)`` picture links taken out), the tags, and the times, shown on the
entry's own wall clock. A first line written as a heading becomes the title. Starred entries
get the tag "starred". When a zip holds several journals, each entry also gets its journal's
name as a tag, so they can still be told apart. Media, places and weather stay behind, and
the preview says how many.

Ids are ``dayone-<uuid>``: importing the same export again, or a later one, finds the entries
already there, and an entry edited in Day One since (a later ``modifiedDate``) is updated.
The zip is never unpacked to disk: only its ``.json`` members are read, each with a size
limit, so a damaged or hostile zip cannot fill the disk or escape into other folders.
"""

from __future__ import annotations

import re
import struct
import zipfile
import zlib
from datetime import UTC, datetime
from pathlib import PurePosixPath
from typing import Any

from kindspace.errors import InvalidInput
from kindspace.i18n import N_, _
from kindspace.journal.models import MAX_TAG_LENGTH, Entry
from kindspace.transfer.import_text import (
    MAX_FILE_BYTES,
    NOTHING,
    STARRED_TAG,
    Reading,
    ReadOptions,
    Source,
    decode_text,
    in_zone,
    left_out_note,
    listed_tags,
    named_zone,
    note_entry,
    parse_json,
    places_note,
    split_heading,
    starred_note,
    unknown_zone_note,
)
from kindspace.transfer.json_format import duplicate_name, is_text

SOURCE = "dayone"
WHAT = N_("Day One JSON export")
#: More journals than anyone keeps; a zip listing more is not a Day One export.
MAX_JOURNALS = 1000
_MEDIA = (
    ("photos", "photo", "photos"),
    ("audios", "audio recording", "audio recordings"),
    ("videos", "video", "videos"),
    ("pdfAttachments", "PDF", "PDFs"),
)
_MOMENT = re.compile(r"!\[[^\]\n]*\]\(dayone-moment:[^)\s]*\)")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~<=:])")
_UUID = re.compile(r"\A[0-9A-Za-z-]{1,64}\Z")
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    NotImplementedError,
    RuntimeError,
    EOFError,
    OSError,
    zlib.error,
    ValueError,
    KeyError,
    struct.error,
)


def looks_like_dayone(document: Any) -> bool:
    """Day One's shape: ``entries`` with ``metadata`` beside it or ``creationDate`` inside."""
    if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
        return False
    if isinstance(document.get("metadata"), dict):
        return True
    first = document["entries"][0] if document["entries"] else None
    return isinstance(first, dict) and "creationDate" in first and "uuid" in first


def _is_journal_member(info: zipfile.ZipInfo) -> bool:
    path = PurePosixPath(info.filename)
    return (
        not info.is_dir()
        and path.suffix.lower() == ".json"
        and not path.name.startswith(".")
        and "__MACOSX" not in path.parts
    )


def zip_has_journal(source: Source) -> bool:
    """Whether a zip file holds at least one ``.json`` member (what detection needs)."""
    try:
        with zipfile.ZipFile(source.path) as archive:
            return any(_is_journal_member(info) for info in archive.infolist())
    except _ZIP_ERRORS:
        return False


def _zip_journals(source: Source) -> list[tuple[str, str | None]]:
    """(journal name, JSON text) of every ``.json`` member, read in memory with limits."""
    journals: list[tuple[str, str | None]] = []
    total = 0
    try:
        with zipfile.ZipFile(source.path) as archive:
            members = sorted(
                (info for info in archive.infolist() if _is_journal_member(info)),
                key=lambda info: info.filename,
            )
            if len(members) > MAX_JOURNALS:
                raise InvalidInput(
                    _(
                        "This zip file holds more journals than kindspace can import "
                        "at once. {nothing}"
                    ).format(nothing=_(NOTHING))
                )
            for info in members:
                if info.file_size > MAX_FILE_BYTES - total:
                    raise InvalidInput(
                        _(
                            "The journals in this zip file are larger than kindspace can "
                            "import. {nothing}"
                        ).format(nothing=_(NOTHING))
                    )
                with archive.open(info) as handle:
                    data = handle.read(MAX_FILE_BYTES - total + 1)
                total += len(data)
                if total > MAX_FILE_BYTES:
                    raise InvalidInput(
                        _(
                            "The journals in this zip file are larger than kindspace can "
                            "import. {nothing}"
                        ).format(nothing=_(NOTHING))
                    )
                journals.append((_journal_name(info.filename), decode_text(data)))
    except _ZIP_ERRORS:
        raise InvalidInput(
            _(
                "{name} is a zip file kindspace can't open; it may be damaged, "
                "locked with a password or cut short. {nothing}"
            ).format(name=source.path.name, nothing=_(NOTHING))
        ) from None
    if not journals:
        raise InvalidInput(
            _(
                "{name} holds no Day One journal (a .json file), so there is "
                "nothing kindspace can import from it. {nothing}"
            ).format(name=source.path.name, nothing=_(NOTHING))
        )
    return journals


def _journal_name(member: str) -> str:
    stem = PurePosixPath(member).stem
    name = "".join(char for char in stem if char.isprintable()).strip() or "Journal"
    return name[:MAX_TAG_LENGTH]


def read_dayone_json(source: Source, options: ReadOptions) -> Reading:
    """Every entry of every journal in the export; see the module docstring."""
    journals: list[tuple[str, str | None]]
    journals = _zip_journals(source) if source.is_zip else [("", None)]
    several = len(journals) > 1
    counter = _Counter()
    reading = Reading()
    first_seen: dict[str, str] = {}
    position = 0
    for name, text in journals:
        document = source.json(_(WHAT)) if text is None else parse_json(text, _(WHAT))
        if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
            no_entries = (
                _("The file {name}.json has no list of 'entries', so it is not a {what}. {nothing}")
                if several or name
                else _("The file has no list of 'entries', so it is not a {what}. {nothing}")
            )
            raise InvalidInput(no_entries.format(name=name, what=_(WHAT), nothing=_(NOTHING)))
        for number, item in enumerate(document["entries"], start=1):
            position += 1
            options.check_cancel(position)
            where = (
                _("Entry {number} of {name}.json").format(number=number, name=name)
                if several or name
                else _("Entry {number}").format(number=number)
            )
            entry = _entry(item, where, counter, name if several else None)
            if entry.id in first_seen:
                raise InvalidInput(
                    _(
                        "{where} has the same uuid as {first_seen}, so it is unclear "
                        "which to keep. {nothing}"
                    ).format(where=where, first_seen=first_seen[entry.id], nothing=_(NOTHING))
                )
            first_seen[entry.id] = where[0].lower() + where[1:]
            reading.entries.append(entry)
    reading.notes.extend(counter.notes())
    return reading


class _Counter:
    """What stays behind, counted over all entries, for the preview's notes."""

    def __init__(self) -> None:
        self.media = {key: 0 for key, _kind, _label in _MEDIA}
        self.other_media = 0
        self.unknown_zones = 0
        self.places = 0
        self.starred = 0

    def notes(self) -> list[str]:
        notes: list[str] = []
        counts = [(self.media[key], one, many) for key, one, many in _MEDIA]
        counts.append((self.other_media, "other attachment", "other attachments"))
        left_out = left_out_note(counts)
        if left_out:
            notes.append(left_out)
        if self.places:
            notes.append(places_note(self.places))
        if self.unknown_zones:
            notes.append(unknown_zone_note(self.unknown_zones))
        starred = starred_note(self.starred)
        if starred:
            notes.append(starred)
        return notes


def _entry(item: Any, where: str, counter: _Counter, journal: str | None) -> Entry:
    if not isinstance(item, dict):
        raise InvalidInput(
            _("{where} is not a set of named fields like the others. {nothing}").format(
                where=where, nothing=_(NOTHING)
            )
        )
    if duplicate_name(item) is not None:
        raise InvalidInput(
            _("{where} names one of its fields twice. {nothing}").format(
                where=where, nothing=_(NOTHING)
            )
        )
    uuid = item.get("uuid")
    if not isinstance(uuid, str) or not _UUID.match(uuid):
        raise InvalidInput(
            _("{where} has no 'uuid' like Day One gives every entry. {nothing}").format(
                where=where, nothing=_(NOTHING)
            )
        )
    created_utc = _utc_time(item.get("creationDate"))
    if created_utc is None:
        raise InvalidInput(
            _("{where} has no 'creationDate' like 2024-05-01T19:14:03Z. {nothing}").format(
                where=where, nothing=_(NOTHING)
            )
        )
    modified_utc = created_utc
    if item.get("modifiedDate") is not None:
        modified = _utc_time(item["modifiedDate"])
        if modified is None:
            raise InvalidInput(
                _(
                    "{where} has a 'modifiedDate' that is not a time like "
                    "2024-05-01T19:14:03Z. {nothing}"
                ).format(where=where, nothing=_(NOTHING))
            )
        modified_utc = modified
    zone_name = item.get("timeZone")
    zone = named_zone(zone_name) if isinstance(zone_name, str) else None
    if zone is None:
        counter.unknown_zones += 1
    created = in_zone(created_utc, zone or UTC)
    updated = in_zone(modified_utc, zone or UTC)
    if created is None or updated is None:
        raise InvalidInput(
            _(
                "{where} has a date kindspace can't keep (years 1000 to 9999 work). {nothing}"
            ).format(where=where, nothing=_(NOTHING))
        )
    text = item.get("text", "")
    if text is None:
        text = ""
    if not is_text(text):
        raise InvalidInput(
            _("{where} has a 'text' that is not text. {nothing}").format(
                where=where, nothing=_(NOTHING)
            )
        )
    text, links = _MOMENT.subn("", text)
    text = re.sub(r"\n{3,}", "\n\n", _ESCAPE.sub(r"\1", text))
    title, body = split_heading(text)
    attachments = 0
    for key, _kind, _label in _MEDIA:
        value = item.get(key)
        if isinstance(value, list):
            counter.media[key] += len(value)
            attachments += len(value)
    counter.other_media += max(0, links - attachments)
    if item.get("location") or item.get("weather"):
        counter.places += 1
    tags = list(listed_tags(item.get("tags"), where))
    starred = item.get("starred", False)
    if starred is True:
        counter.starred += 1
        tags.append(STARRED_TAG)
    if journal:
        tags.append(journal)
    return note_entry(
        entry_id=f"{SOURCE}-{uuid.replace('-', '').lower()}",
        created=created,
        updated=updated,
        title=title,
        body=body,
        tags=tags,
        source=SOURCE,
    )


def _utc_time(value: Any) -> datetime | None:
    """Day One's UTC times, ``2024-05-01T19:14:03Z`` (fractions of a second allowed)."""
    if not isinstance(value, str) or not 10 <= len(value) <= 40:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment
