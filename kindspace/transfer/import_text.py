"""What every importer from another journal app shares: reading safely, times, ids, notes.

Why one place: each format has its own shape, but the promises are the same for all of them.
A file is read with a size limit and never followed into special files; text may come as
UTF-8 (with or without a byte-order mark) or UTF-16; times become aware moments the journal
can store exactly; ids are derived from the source so that importing the same file twice
changes nothing; and every problem is one calm sentence that says where it is and ends with
"Nothing was imported."
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from kindspace.clock import to_utc_text
from kindspace.errors import InvalidInput
from kindspace.i18n import N_, _, ngettext
from kindspace.journal.models import MAX_TAG_LENGTH, NOTE_KIND, Entry, clean_tags
from kindspace.journal.own_exercises import OwnExerciseRecord
from kindspace.transfer.importing import ImportCancelled, LeadingText, Unreadable
from kindspace.transfer.json_format import is_text, loads

NOTHING = N_("Nothing was imported.")
#: Larger than any real journal's text; reading more would only risk running out of memory.
MAX_FILE_BYTES = 512 * 1024 * 1024
#: How many entries are read between two cancel checks.
CANCEL_EVERY = 200
_UTC_TEXT_LENGTH = len("2024-05-01T19:14:03.120000Z")
_ZIP_MAGIC = b"PK\x03\x04"
_EMPTY_ZIP_MAGIC = b"PK\x05\x06"

#: Asked now and then while reading; returning True cancels.
CancelCheck = Callable[[], bool]


@dataclass
class Reading:
    """What a reader found: the entries in file order and calm notes for the preview.

    A reader that can tell one entry from the next puts an entry it cannot read into
    ``unreadable`` instead of refusing the whole file; the plan then refuses unless the
    person chooses to leave it out (see :class:`~kindspace.transfer.importing.ImportPlan`).
    """

    entries: list[Entry] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    unreadable: list[Unreadable] = field(default_factory=list)
    leading: LeadingText | None = None
    #: Exercises the person wrote themselves (only a kindspace export carries them).
    own_exercises: list[OwnExerciseRecord] = field(default_factory=list)


@dataclass(frozen=True)
class ReadOptions:
    """How naive times are placed, and how a long read can be stopped.

    ``local_zone`` is the zone for formats that write wall-clock times without a zone (jrnl,
    Day One's plain text): None means this computer's own zone, as the writing app used.
    """

    local_zone: tzinfo | None = None
    should_cancel: CancelCheck | None = None

    def check_cancel(self, position: int) -> None:
        """Raise ImportCancelled when asked to, every few entries."""
        if self.should_cancel is not None and position % CANCEL_EVERY == 0 and self.should_cancel():
            raise ImportCancelled


class Source:
    """The file or folder being imported, read once, decoded and parsed at most once."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._text: str | None = None
        self._document: Any = None
        self._parsed = False
        try:
            info = self.path.stat()
        except FileNotFoundError:
            raise InvalidInput(
                _("There is nothing at {path}. {nothing}").format(
                    path=self.path, nothing=_(NOTHING)
                )
            ) from None
        except OSError as error:
            raise InvalidInput(_unreadable(self.path, error)) from None
        self.is_folder = stat.S_ISDIR(info.st_mode)
        if not self.is_folder and not stat.S_ISREG(info.st_mode):
            raise InvalidInput(
                _(
                    "{name} is not an ordinary file or folder, so kindspace did "
                    "not read it. {nothing}"
                ).format(name=self.path.name, nothing=_(NOTHING))
            )
        self.is_zip = False
        self.data = b""
        if not self.is_folder:
            head = read_limited(self.path, 4)
            self.is_zip = head in (_ZIP_MAGIC, _EMPTY_ZIP_MAGIC)
            if not self.is_zip:
                self.data = read_limited(self.path, MAX_FILE_BYTES)

    def text(self) -> str:
        """The file as text (see :func:`decode_text`)."""
        if self.is_folder:
            raise InvalidInput(
                _("{name} is a folder, and this format is a single file. {nothing}").format(
                    name=self.path.name, nothing=_(NOTHING)
                )
            )
        if self.is_zip:
            raise InvalidInput(
                _(
                    "{name} is a zip file; kindspace reads zip files as Day One "
                    "JSON exports only. {nothing}"
                ).format(name=self.path.name, nothing=_(NOTHING))
            )
        if self._text is None:
            self._text = decode_text(self.data)
        return self._text

    def json(self, what: str) -> Any:
        """The file as a JSON document; ``what`` names the format in messages."""
        if not self._parsed:
            self._document = parse_json(self.text(), what)
            self._parsed = True
        return self._document


def _unreadable(path: Path, error: OSError) -> str:
    reason = (error.strerror or "an unexpected problem").lower()
    return _("kindspace could not read {path} ({reason}). {nothing}").format(
        path=path, reason=reason, nothing=_(NOTHING)
    )


def read_limited(path: Path, limit: int) -> bytes:
    """Up to ``limit`` bytes of an ordinary file; a larger one becomes a calm InvalidInput."""
    try:
        mode = path.stat().st_mode
        if stat.S_ISDIR(mode):
            raise InvalidInput(
                _("{path} is a folder, not a file. {nothing}").format(path=path, nothing=_(NOTHING))
            )
        if not stat.S_ISREG(mode):
            raise InvalidInput(
                _("{name} is not an ordinary file. {nothing}").format(
                    name=path.name, nothing=_(NOTHING)
                )
            )
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
        descriptor = os.open(path, flags)
        with os.fdopen(descriptor, "rb") as handle:
            data = handle.read(limit + 1)
    except FileNotFoundError:
        raise InvalidInput(
            _("There is no file at {path}. {nothing}").format(path=path, nothing=_(NOTHING))
        ) from None
    except IsADirectoryError:
        raise InvalidInput(
            _("{path} is a folder, not a file. {nothing}").format(path=path, nothing=_(NOTHING))
        ) from None
    except OSError as error:
        raise InvalidInput(_unreadable(path, error)) from None
    if len(data) > limit:
        if limit < MAX_FILE_BYTES:
            return data[:limit]
        raise InvalidInput(
            _(
                "{name} is larger than any journal kindspace can import, so it "
                "was not read. {nothing}"
            ).format(name=path.name, nothing=_(NOTHING))
        )
    return data


def decode_text(data: bytes) -> str:
    """UTF-8 (a byte-order mark is allowed) or UTF-16 with its byte-order mark, with line
    endings made plain ``\\n``; anything else is a calm InvalidInput."""
    try:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            text = data.decode("utf-16")
        else:
            text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInput(
            _(
                "This file is not UTF-8 or UTF-16 text, so kindspace can't "
                "read its words. Saving it again as UTF-8 in a text editor "
                "should help. {nothing}"
            ).format(nothing=_(NOTHING))
        ) from None
    text = text.lstrip("\ufeff")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse_json(text: str, what: str) -> Any:
    """A JSON document, or one calm InvalidInput naming ``what`` it should have been."""
    try:
        return loads(text)
    except json.JSONDecodeError as error:
        raise InvalidInput(
            _(
                "This file is not complete, valid JSON (the problem starts at "
                "line {lineno}, column {colno}), so it can't be read as a "
                "{what}. {nothing}"
            ).format(lineno=error.lineno, colno=error.colno, what=what, nothing=_(NOTHING))
        ) from None
    except RecursionError:
        raise InvalidInput(
            _("This file is nested too deeply to be a {what}. {nothing}").format(
                what=what, nothing=_(NOTHING)
            )
        ) from None
    except ValueError:
        raise InvalidInput(
            _("This file is not valid JSON, so it can't be a {what}. {nothing}").format(
                what=what, nothing=_(NOTHING)
            )
        ) from None


# -- times -----------------------------------------------------------------------------------


def fixed_offset(moment: datetime) -> datetime | None:
    """``moment`` with a fixed whole-minute offset, as the journal stores it; None when the
    journal cannot store it (a year before 1000 or after 9999 once in UTC)."""
    try:
        offset = moment.utcoffset()
        if offset is None:
            return None
        minutes = round(offset.total_seconds() / 60)
        wall = moment.replace(tzinfo=None)
        fixed = wall.replace(tzinfo=timezone(timedelta(minutes=minutes)))
        if len(to_utc_text(fixed)) != _UTC_TEXT_LENGTH:
            return None
        return fixed
    except (OverflowError, ValueError, OSError):
        return None


def place_wall_time(wall: datetime, zone: tzinfo | None) -> datetime | None:
    """A wall-clock time without zone, placed in ``zone`` (None: this computer's zone)."""
    try:
        aware = wall.astimezone() if zone is None else wall.replace(tzinfo=zone)
    except (OverflowError, ValueError, OSError):
        # The system's zone rules can't place times far outside 1970-2038 everywhere.
        aware = wall.replace(tzinfo=UTC)
    return fixed_offset(aware)


def in_zone(moment: datetime, zone: tzinfo) -> datetime | None:
    """An aware moment shown on ``zone``'s wall clock, as a fixed offset; None if unstorable."""
    try:
        return fixed_offset(moment.astimezone(zone))
    except (OverflowError, ValueError, OSError):
        return None


_ZONES: dict[str, ZoneInfo | None] = {}


def named_zone(name: str) -> ZoneInfo | None:
    """The IANA zone called ``name`` (for example "Europe/Berlin"), or None if unknown."""
    if name not in _ZONES:
        zone: ZoneInfo | None
        try:
            zone = ZoneInfo(name) if name and len(name) <= 64 and "\x00" not in name else None
        except Exception:
            zone = None
        if len(_ZONES) < 1000:
            _ZONES[name] = zone
        return zone
    return _ZONES[name]


# -- entries ---------------------------------------------------------------------------------


def derived_id(prefix: str, *parts: str) -> str:
    """A stable id for a source without ids: the same words at the same time give the same
    id, so importing a file again finds every entry already there."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()
    return f"{prefix}-{digest[:32]}"


def text_tags(values: Iterable[str]) -> tuple[str, ...]:
    """Tags a person wrote in their text: trimmed, de-duplicated; any too long to be a tag
    is left in the text only."""
    kept = [value for value in values if 0 < len(value.strip()) <= MAX_TAG_LENGTH]
    return clean_tags(kept)


def listed_tags(values: Any, where: str) -> tuple[str, ...]:
    """Tags a format lists on their own; anything else is a calm InvalidInput."""
    if values is None:
        return ()
    if not isinstance(values, list) or not all(is_text(value) for value in values):
        raise InvalidInput(
            _("{where} has tags that are not a list of words. {nothing}").format(
                where=where, nothing=_(NOTHING)
            )
        )
    try:
        return clean_tags(value.lstrip("@") for value in values)
    except InvalidInput:
        raise InvalidInput(
            _("{where} has a tag longer than {max_tag_length} characters. {nothing}").format(
                where=where, max_tag_length=MAX_TAG_LENGTH, nothing=_(NOTHING)
            )
        ) from None


def note_entry(
    *,
    entry_id: str,
    created: datetime,
    updated: datetime,
    title: str,
    body: str,
    tags: Sequence[str],
    source: str,
) -> Entry:
    """A free note as an import brings it: its day is the day it was written, there."""
    return Entry(
        id=entry_id,
        day=created.date(),
        created=created,
        updated=max(created, updated),
        kind=NOTE_KIND,
        title=title,
        body=body,
        tags=clean_tags(tags),
        import_source=source,
    )


_HEADING = re.compile(r"\A[ \t]{0,3}#{1,6}[ \t]+(?P<title>[^\n]*?)[ \t#]*(?:\n|\Z)")


def split_heading(text: str) -> tuple[str, str]:
    """(title, body): a Markdown heading on the first line becomes the title, as Day One
    shows it; any other text stays whole in the body."""
    stripped = text.strip("\n")
    match = _HEADING.match(stripped)
    if match is None:
        return "", stripped.strip()
    return match["title"].strip(), stripped[match.end() :].strip()


def _attachments(count: int, one: str, many: str) -> str:
    """ "3 photos" in the current language; each kind is written out so it can be extracted."""
    if one == "photo":
        return ngettext("{count} photo", "{count} photos", count).format(count=count)
    if one == "audio recording":
        phrase = ngettext("{count} audio recording", "{count} audio recordings", count)
        return phrase.format(count=count)
    if one == "video":
        return ngettext("{count} video", "{count} videos", count).format(count=count)
    if one == "PDF":
        return ngettext("{count} PDF", "{count} PDFs", count).format(count=count)
    if one == "other attachment":
        phrase = ngettext("{count} other attachment", "{count} other attachments", count)
        return phrase.format(count=count)
    return f"{count} {one if count == 1 else many}"


def count_phrase(counts: Sequence[tuple[int, str, str]]) -> str:
    """``[(3, "photo", "photos"), (1, "audio recording", ...)]`` → "3 photos and 1 audio
    recording" (zero counts left out)."""
    parts = [_attachments(count, one, many) for count, one, many in counts if count]
    if len(parts) <= 1:
        return "".join(parts)
    # Translators: the end of a list: "3 photos, 1 video and 2 PDFs".
    return _("{list} and {last}").format(list=", ".join(parts[:-1]), last=parts[-1])


def left_out_note(counts: Sequence[tuple[int, str, str]]) -> str | None:
    """The note about attachments: kindspace keeps words only."""
    phrase = count_phrase(counts)
    if not phrase:
        return None
    total = sum(count for count, _kind, _label in counts)
    note = ngettext(
        "{things} was left out: kindspace keeps words only.",
        "{things} were left out: kindspace keeps words only.",
        total,
    ).format(things=phrase)
    return note[:1].upper() + note[1:]


def places_note(count: int) -> str:
    """Day One's places and weather, which kindspace does not keep."""
    return ngettext(
        "Places and weather of {count} entry stay in Day One.",
        "Places and weather of {count} entries stay in Day One.",
        count,
    ).format(count=count)


def starred_note(count: int) -> str | None:
    if not count:
        return None
    if count == 1:
        return _("The one starred entry carries the tag 'starred'.")
    return ngettext(
        "The {count} starred entry carries the tag 'starred'.",
        "The {count} starred entries carry the tag 'starred'.",
        count,
    ).format(count=count)


def unknown_zone_note(count: int) -> str:
    """For entries whose time zone is missing or unknown: their times are shown in UTC."""
    return ngettext(
        "{count} entry has no time zone kindspace knows, so its time is shown in UTC.",
        "{count} entries have no time zone kindspace knows, so their times are shown in UTC.",
        count,
    ).format(count=count)


STARRED_TAG = "starred"
