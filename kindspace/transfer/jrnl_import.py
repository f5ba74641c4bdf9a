"""Entries from jrnl: its plain-text journal file and its ``jrnl --export json`` file.

jrnl keeps a journal as one text file. Each entry begins on a new line with its time in
brackets, ``[2024-05-01 21:14]`` by default (the ``timeformat`` setting), followed by a
space and the title; a ``*`` at the end of that line marks it starred. Everything up to the
next such line is the entry. jrnl splits entries only at a bracketed time at the start of a
line, so a date that appears inside the text never starts a new entry; kindspace reads it
the same way. The title is the first line, or, when an entry is one line only, its first
sentence. Tags are words that begin with ``@`` anywhere in the text.

jrnl's times carry no zone: they are the writer's wall clock, placed in this computer's zone
unless the caller names another. jrnl has no ids either, so each entry's id is a hash of its
time, title and body (``jrnl-…``): importing the same file, or its JSON export, again finds
every entry already there. An entry edited in jrnl afterwards arrives as a new entry, and the
earlier copy stays, because kindspace never deletes anything on its own.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from kindspace.errors import InvalidInput
from kindspace.i18n import N_, _, ngettext
from kindspace.journal.models import Entry
from kindspace.transfer.import_text import (
    NOTHING,
    STARRED_TAG,
    Reading,
    ReadOptions,
    Source,
    derived_id,
    listed_tags,
    note_entry,
    place_wall_time,
    starred_note,
    text_tags,
)
from kindspace.transfer.json_format import duplicate_name, is_text

SOURCE = "jrnl"
#: The time formats jrnl documents: its default, with seconds, and the 12-hour clock.
TIME_FORMATS = ("%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %I:%M %p", "%Y-%m-%d %I:%M:%S %p")
_HEADER = re.compile(r"^\[(?P<stamp>[0-9][0-9: apmAPM-]{9,24})\](?: |$)", re.MULTILINE)
_TAG = re.compile(r"(?<!\S)@([-+*#/\w]+)")
#: Where jrnl ends a one-line entry's title: a sentence mark, maybe a quote, then a space.
_SENTENCE_END = re.compile(r"[.!?\u2026]['\"\u2019\u201d]?[\])]*\s+|[\uff01\uff0e\uff1f\u3002]")
EXAMPLE_HEADER = "[2024-05-01 21:14]"
#: A line that starts like a jrnl header with a date in it, readable or not.
_DATE_LIKE_HEADER = re.compile(
    r"^\[(?P<stamp>\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}[^\]\n]{0,30})\] ", re.M
)
#: Shapes jrnl (through dateparser) also reads in a header: single digits, slashes, dots.
_LENIENT_DAY = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]+(.*))?\Z")
_FERNET_TOKEN = re.compile(rb"\AgAAAAA[A-Za-z0-9_=-]{40,}\Z")
ENCRYPTED = N_(
    "{name} looks like an encrypted jrnl journal, which kindspace can't open. Please "
    "decrypt it first with 'jrnl --decrypt' (or export it with 'jrnl --export json'), "
    "then import that file. {nothing}"
)


def encrypted_jrnl(data: bytes) -> bool:
    """jrnl 2 and later encrypt a journal as one Fernet token (base64 that starts
    ``gAAAAA``); jrnl 1 wrote raw AES-CBC: an IV and whole 16-byte blocks, not text."""
    stripped = data.strip()
    if _FERNET_TOKEN.match(stripped):
        return True
    if len(data) < 32 or len(data) % 16:
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


def lenient_stamp(stamp: str) -> datetime | None:
    """A header date jrnl reads though it isn't in jrnl's own shape (``2019-7-1 9:05``)."""
    found = parse_stamp(stamp)
    if found is not None:
        return found
    match = _LENIENT_DAY.match(stamp.strip())
    if match is None:
        return None
    year, month, day, rest = match.groups()
    base = f"{int(year):04d}-{int(month):02d}-{int(day):02d}"
    if not rest:
        return parse_stamp(f"{base} 00:00")
    rest = rest.strip()
    if re.fullmatch(r"\d:.*", rest):
        rest = "0" + rest
    return parse_stamp(f"{base} {rest}")


def parse_stamp(stamp: str) -> datetime | None:
    """The wall-clock time in a header's brackets, or None when it is not one jrnl writes."""
    for pattern in TIME_FORMATS:
        try:
            return datetime.strptime(stamp.strip(), pattern)
        except ValueError:
            continue
    return None


def has_entry_header(text: str) -> bool:
    """True when some line starts with a bracketed jrnl time: how a jrnl file looks."""
    return any(parse_stamp(match["stamp"]) for match in _HEADER.finditer(text, 0, 1_000_000))


def split_title(text: str) -> tuple[str, str]:
    """(title, body) as jrnl splits them: the first line, or a one-liner's first sentence."""
    text = text.strip()
    first, newline, rest = text.partition("\n")
    if newline:
        return first.strip(), rest.strip()
    sentence = _SENTENCE_END.search(text)
    if sentence is None:
        return text, ""
    return text[: sentence.end()].strip(), text[sentence.end() :].strip()


def tags_in(*texts: str) -> tuple[str, ...]:
    return text_tags(tag for text in texts for tag in _TAG.findall(text))


def read_jrnl_text(source: Source, options: ReadOptions) -> Reading:
    """Every entry of a jrnl journal file; see the module docstring for the rules."""
    if not source.is_folder and not source.is_zip and encrypted_jrnl(source.data):
        raise InvalidInput(_(ENCRYPTED).format(name=source.path.name, nothing=_(NOTHING)))
    text = source.text()
    headers = _headers(text)
    reading = Reading()
    if not headers:
        if text.strip():
            raise InvalidInput(
                _(
                    "No line of this file starts with a jrnl date like "
                    "{example_header}, so kindspace can't tell where its entries "
                    "begin. {nothing}"
                ).format(example_header=EXAMPLE_HEADER, nothing=_(NOTHING))
            )
        return reading
    preamble = text[: headers[0][0].start()]
    if preamble.strip():
        line = 1 + text.count("\n", 0, len(preamble) - len(preamble.lstrip()))
        raise InvalidInput(
            _(
                "Line {line} comes before the first entry's date, so kindspace "
                "can't tell which day it belongs to. Adding a date line like "
                "{example_header} above it would help. {nothing}"
            ).format(line=line, example_header=EXAMPLE_HEADER, nothing=_(NOTHING))
        )
    seen: dict[str, int] = {}
    repeated = starred = 0
    line, counted = 1, 0
    for position, (match, wall) in enumerate(headers, start=1):
        options.check_cancel(position)
        end = headers[position][0].start() if position < len(headers) else len(text)
        chunk = text[match.end() : end]
        first, newline, rest = chunk.partition("\n")
        is_starred = first.rstrip().endswith("*")
        if is_starred:
            first = first.rstrip().rstrip("*")
            starred += 1
        title, body = split_title(first + newline + rest)
        # Counted on from the previous entry: counting from the start each time would make
        # reading a long journal slow in proportion to its length squared.
        line += text.count("\n", counted, match.start())
        counted = match.start()
        entry = _entry(
            wall,
            title,
            body,
            tags_in(title, body),
            is_starred,
            options,
            _("line {line}").format(line=line),
        )
        if entry.id in seen:
            repeated += 1
            continue
        seen[entry.id] = position
        reading.entries.append(entry)
    _add_notes(reading, repeated, starred)
    return reading


def _headers(text: str) -> list[tuple[re.Match[str], datetime]]:
    """Each entry's header and time. A header whose date jrnl would read in another shape
    is read too; one that looks like a date but isn't one stops the import with its line
    named, so no entry is ever merged silently into the one before it."""
    headers = []
    for match in _DATE_LIKE_HEADER.finditer(text):
        moment = lenient_stamp(match["stamp"])
        if moment is None:
            line = 1 + text.count("\n", 0, match.start())
            raise InvalidInput(
                _(
                    "Line {line} starts like an entry, with [{match}], but that is "
                    "not a date kindspace can read, so it can't tell where that "
                    "entry begins. Writing it like {example_header} would help. "
                    "{nothing}"
                ).format(
                    line=line,
                    match=match["stamp"],
                    example_header=EXAMPLE_HEADER,
                    nothing=_(NOTHING),
                )
            )
        headers.append((match, moment))
    for match in _HEADER.finditer(text):
        moment = parse_stamp(match["stamp"])
        if moment is not None and not any(
            found.start() == match.start() for found, _time in headers
        ):
            headers.append((match, moment))
    return sorted(headers, key=lambda header: header[0].start())


def _entry(
    wall: datetime,
    title: str,
    body: str,
    tags: tuple[str, ...],
    is_starred: bool,
    options: ReadOptions,
    where: str,
) -> Entry:
    moment = place_wall_time(wall, options.local_zone)
    if moment is None:
        raise InvalidInput(
            _(
                "The entry at {where} has a date kindspace can't keep (years "
                "1000 to 9999 work). {nothing}"
            ).format(where=where, nothing=_(NOTHING))
        )
    return note_entry(
        entry_id=derived_id(SOURCE, wall.isoformat(timespec="seconds"), title, body),
        created=moment,
        updated=moment,
        title=title,
        body=body,
        tags=(*tags, STARRED_TAG) if is_starred else tags,
        source=SOURCE,
    )


def _add_notes(reading: Reading, repeated: int, starred: int) -> None:
    if repeated:
        reading.notes.append(
            ngettext(
                "{count} entry appears twice with the same time and words; each comes across once.",
                "{count} entries appear twice with the same time and words; each comes across "
                "once.",
                repeated,
            ).format(count=repeated)
        )
    note = starred_note(starred)
    if note:
        reading.notes.append(note)


# -- jrnl --export json ----------------------------------------------------------------------

WHAT_JSON = N_("jrnl JSON export")


def looks_like_jrnl_json(document: Any) -> bool:
    """jrnl's export: ``{"tags": {...}, "entries": [{"date", "time", "title", ...}]}``."""
    if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
        return False
    if isinstance(document.get("tags"), dict):
        return True
    first = document["entries"][0] if document["entries"] else None
    return isinstance(first, dict) and "date" in first and "title" in first


def read_jrnl_json(source: Source, options: ReadOptions) -> Reading:
    """Every entry of ``jrnl --export json``; the same ids as the journal file gives."""
    document = source.json(_(WHAT_JSON))
    if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
        raise InvalidInput(
            _("This file has no list of 'entries', so it is not a {what}. {nothing}").format(
                what=_(WHAT_JSON), nothing=_(NOTHING)
            )
        )
    reading = Reading()
    seen: set[str] = set()
    repeated = starred = 0
    for position, item in enumerate(document["entries"], start=1):
        options.check_cancel(position)
        where = _("Entry {position}").format(position=position)
        if not isinstance(item, dict):
            raise InvalidInput(
                _("{where} is not a set of named fields like the others. {nothing}").format(
                    where=where, nothing=_(NOTHING)
                )
            )
        twice = duplicate_name(item)
        if twice is not None:
            raise InvalidInput(
                _("{where} names one of its fields twice. {nothing}").format(
                    where=where, nothing=_(NOTHING)
                )
            )
        wall = _json_time(item, where)
        title, body = item.get("title", ""), item.get("body", "")
        if not is_text(title) or not is_text(body):
            raise InvalidInput(
                _("{where} has a title or body that is not text. {nothing}").format(
                    where=where, nothing=_(NOTHING)
                )
            )
        title, body = title.strip(), body.strip()
        listed = listed_tags(item.get("tags"), where) or tags_in(title, body)
        is_starred = item.get("starred", False)
        if not isinstance(is_starred, bool):
            raise InvalidInput(
                _("{where} has a 'starred' that is not true or false. {nothing}").format(
                    where=where, nothing=_(NOTHING)
                )
            )
        starred += is_starred
        entry = _entry(
            wall,
            title,
            body,
            listed,
            is_starred,
            options,
            _("entry {position}").format(position=position),
        )
        if entry.id in seen:
            repeated += 1
            continue
        seen.add(entry.id)
        reading.entries.append(entry)
    _add_notes(reading, repeated, starred)
    return reading


def _json_time(item: dict[str, Any], where: str) -> datetime:
    day, time = item.get("date"), item.get("time", "00:00")
    if not isinstance(day, str) or not isinstance(time, str) or len(day) + len(time) > 40:
        raise InvalidInput(
            _("{where} has no 'date' and 'time' like 2024-05-01 and 21:14. {nothing}").format(
                where=where, nothing=_(NOTHING)
            )
        )
    wall = parse_stamp(f"{day} {time}")
    if wall is None:
        raise InvalidInput(
            _(
                "{where} has a 'date' and 'time' that are not like 2024-05-01 and 21:14. {nothing}"
            ).format(where=where, nothing=_(NOTHING))
        )
    return wall
