"""Entries from Day One's plain-text export (``Journal.txt``).

Each entry starts with a header block of tab-indented lines, the first always the date:

    <TAB>Date:<TAB>1 May 2024 at 21:14:03 CEST
    <TAB>Tags:<TAB>morning, kindness
    <TAB>Location:<TAB>…
    <TAB>Weather:<TAB>…

then an empty line and the entry's text. The date is written the way the exporting
computer's language shows dates: kindspace reads the English shapes ("May 1, 2024 at 9:14 PM
EDT", "1 May 2024 at 21:14:03 GMT+2", with or without a weekday in front) and ISO dates
(``2024-05-01 21:14``). A zone given as an offset, UTC/GMT or a common abbreviation is used;
anything else places the time in this computer's zone, and the preview says so.

Words before the first ``Date:`` line (Mini Diarium's export puts a title there) belong to
no day: they are offered to the person (see ``ImportPlan.leading``), never dropped silently.

Only a line that begins with a tab and ``Date:`` starts an entry, so "Date:" inside a text
never splits it. The format carries no ids, so each entry's id is a hash of its time and
words (``dayone-text-…``): importing the same file again changes nothing.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone, tzinfo

from kindspace.errors import InvalidInput
from kindspace.i18n import N_, _, ngettext
from kindspace.journal.models import Entry
from kindspace.transfer.import_text import (
    NOTHING,
    Reading,
    ReadOptions,
    Source,
    derived_id,
    fixed_offset,
    left_out_note,
    note_entry,
    place_wall_time,
    places_note,
    split_heading,
    text_tags,
)
from kindspace.transfer.importing import LeadingText

SOURCE = "dayone"
ID_PREFIX = "dayone-text"
_DATE_LINE = re.compile(r"^\t+Date:[ \t]*(?P<value>[^\n]*)$", re.MULTILINE)
_FIELD_LINE = re.compile(
    r"\A\t+(?P<name>Tags|Location|Weather|Photos?|Audio|Video|PDF|Starred|Activity|Music):"
    r"[ \t]*(?P<value>.*)\Z",
    re.IGNORECASE,
)
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_WEEKDAY = re.compile(
    r"\A(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+", re.IGNORECASE
)
_CLOCK = (
    r"(?:(?:,?\s+at\s+|,?\s+|T)(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?:[:.](?P<second>\d{2}))?"
    r"(?:\s*(?P<ampm>[AaPp]\.?\s?[Mm]\.?))?"
    r"(?:\s*(?P<zone>(?:GMT|UTC)?\s?[+\-\u2212]\d{1,2}(?::?\d{2})?|[A-Za-z]{1,5}))?)?"
)
_DATE_SHAPES = (
    re.compile(
        rf"\A(?P<month>[A-Za-z]+)\.?\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}}){_CLOCK}\s*\Z"
    ),
    re.compile(
        rf"\A(?P<day>\d{{1,2}})\.?\s+(?P<month>[A-Za-z]+)\.?,?\s+(?P<year>\d{{4}}){_CLOCK}\s*\Z"
    ),
    re.compile(rf"\A(?P<year>\d{{4}})-(?P<month>\d{{1,2}})-(?P<day>\d{{1,2}}){_CLOCK}\s*\Z"),
)
#: Zone abbreviations that mean one offset almost everywhere they are used.
_ABBREVIATIONS = {
    "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "WEST": 60, "BST": 60, "CET": 60, "CEST": 120,
    "EET": 120, "EEST": 180, "MSK": 180, "JST": 540, "KST": 540, "AEST": 600, "AEDT": 660,
    "ACST": 570, "ACDT": 630, "AWST": 480, "NZST": 720, "NZDT": 780, "EST": -300, "EDT": -240,
    "CST": -360, "CDT": -300, "MST": -420, "MDT": -360, "PST": -480, "PDT": -420,
    "AKST": -540, "AKDT": -480, "HST": -600,
}  # fmt: skip
EXAMPLE_DATE = "1 May 2024 at 21:14"
#: The title of the note that keeps words found before the first entry, if the person wants.
LEADING_TITLE = N_("Words from the top of the Day One export")


def has_date_line(text: str) -> bool:
    """True when a line starts with a tab and ``Date:``: how Day One's text export looks."""
    return _DATE_LINE.search(text, 0, 1_000_000) is not None


def parse_date(value: str) -> tuple[datetime, tzinfo | None, bool] | None:
    """(wall time, its zone or None, whether a zone was written but not understood)."""
    value = _WEEKDAY.sub("", value.strip())
    for shape in _DATE_SHAPES:
        match = shape.match(value)
        if match is not None:
            break
    else:
        return None
    month_text = match["month"].lower()
    month = int(month_text) if month_text.isdigit() else _MONTHS.get(month_text)
    if month is None:
        return None
    hour = int(match["hour"] or 0)
    ampm = (match["ampm"] or "").lower()[:1]
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "p" else 0)
    try:
        wall = datetime(
            int(match["year"]),
            month,
            int(match["day"]),
            hour,
            int(match["minute"] or 0),
            int(match["second"] or 0),
        )
    except ValueError:
        return None
    zone_text = match["zone"]
    if not zone_text:
        return wall, None, False
    zone = _zone(zone_text)
    return wall, zone, zone is None


def _zone(text: str) -> tzinfo | None:
    text = text.replace("\u2212", "-").replace(" ", "")
    upper = text.upper()
    if upper in _ABBREVIATIONS:
        return timezone(timedelta(minutes=_ABBREVIATIONS[upper]))
    offset = re.fullmatch(r"(?:GMT|UTC)?([+-])(\d{1,2})(?::?(\d{2}))?", upper)
    if offset is None:
        return None
    minutes = int(offset[2]) * 60 + int(offset[3] or 0)
    if minutes >= 24 * 60:
        return None
    return timezone(timedelta(minutes=-minutes if offset[1] == "-" else minutes))


def read_dayone_text(source: Source, options: ReadOptions) -> Reading:
    """Every entry of the text export; see the module docstring."""
    text = source.text()
    starts = list(_DATE_LINE.finditer(text))
    reading = Reading()
    if not starts:
        if text.strip():
            raise InvalidInput(
                _(
                    "No line of this file starts with a tab and 'Date:', as Day "
                    "One's text export begins every entry, so kindspace can't tell "
                    "where entries begin. {nothing}"
                ).format(nothing=_(NOTHING))
            )
        return reading
    leading_text = text[: starts[0].start()].strip("\n")
    seen: set[str] = set()
    repeated = photos = others = places = guessed_zones = 0
    line, counted = 1, 0
    for position, match in enumerate(starts, start=1):
        options.check_cancel(position)
        # Counted on from the previous entry: counting from the start each time would make
        # reading a long journal slow in proportion to its length squared.
        line += text.count("\n", counted, match.start())
        counted = match.start()
        parsed = parse_date(match["value"])
        if parsed is None:
            raise InvalidInput(
                _(
                    "The date on line {line} is not one kindspace can read (a date "
                    "like {example_date} works). {nothing}"
                ).format(line=line, example_date=EXAMPLE_DATE, nothing=_(NOTHING))
            )
        wall, zone, guessed = parsed
        guessed_zones += guessed
        end = starts[position].start() if position < len(starts) else len(text)
        lines = text[match.end() : end].split("\n")[1:]
        tags: list[str] = []
        while lines and (field := _FIELD_LINE.match(lines[0])) is not None:
            name = field["name"].strip().lower()
            if name == "tags":
                tags.extend(part.strip() for part in field["value"].split(","))
            elif name in ("photo", "photos"):
                photos += 1
            elif name in ("audio", "video", "pdf"):
                others += 1
            elif name in ("location", "weather"):
                places += 1
            lines.pop(0)
        title, body = split_heading("\n".join(lines))
        moment = (
            place_wall_time(wall, options.local_zone)
            if zone is None
            else fixed_offset(wall.replace(tzinfo=zone))
        )
        if moment is None:
            raise InvalidInput(
                _(
                    "The date on line {line} is one kindspace can't keep (years "
                    "1000 to 9999 work). {nothing}"
                ).format(line=line, nothing=_(NOTHING))
            )
        entry_id = derived_id(ID_PREFIX, wall.isoformat(), match["value"].strip(), title, body)
        if entry_id in seen:
            repeated += 1
            continue
        seen.add(entry_id)
        reading.entries.append(
            note_entry(
                entry_id=entry_id,
                created=moment,
                updated=moment,
                title=title,
                body=body,
                tags=text_tags(tags),
                source=SOURCE,
            )
        )
    reading.notes.extend(_notes(repeated, (photos, others), places, guessed_zones))
    if leading_text.strip() and reading.entries:
        reading.leading = _leading(leading_text, reading.entries[0])
    return reading


def _leading(text: str, first: Entry) -> LeadingText:
    """Words before the first ``Date:`` line (Mini Diarium writes a title there), offered
    as a note at the first entry's day and time, so the person can keep them."""
    entry_id = derived_id(ID_PREFIX, "before-first-date", first.id, text)
    note = note_entry(
        entry_id=entry_id,
        created=first.created,
        updated=first.created,
        title=_(LEADING_TITLE),
        body=text.strip(),
        tags=(),
        source=SOURCE,
    )
    return LeadingText(text=text, entry=note)


def _notes(
    repeated: int, attachments: tuple[int, int], places: int, guessed_zones: int
) -> list[str]:
    notes: list[str] = []
    photos, others = attachments
    left_out = left_out_note(
        [(photos, "photo", "photos"), (others, "other attachment", "other attachments")]
    )
    if left_out:
        notes.append(left_out)
    if places:
        notes.append(places_note(places))
    if guessed_zones:
        notes.append(
            ngettext(
                "{count} entry has a time zone kindspace doesn't know, so its time is placed "
                "in this computer's zone.",
                "{count} entries have a time zone kindspace doesn't know, so their times are "
                "placed in this computer's zone.",
                guessed_zones,
            ).format(count=guessed_zones)
        )
    if repeated:
        notes.append(
            ngettext(
                "{count} entry appears twice with the same time and words; each comes across once.",
                "{count} entries appear twice with the same time and words; each comes across "
                "once.",
                repeated,
            ).format(count=repeated)
        )
    return notes
