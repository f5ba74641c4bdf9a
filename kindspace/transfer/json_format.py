"""The kindspace JSON export format, version 1: the shapes shared by export and import.

Why a format of our own: it is the one way out of the encrypted journal that loses nothing,
so a person can move to a new computer, keep a readable copy, or leave kindspace entirely.
Every field of an :class:`~kindspace.journal.models.Entry` is written, and writing the same
entries again gives the same bytes, so an export can be compared with another by ``diff``.
The full description, with an example, is ``docs/export-format.md``.
"""

from __future__ import annotations

import json
import math
import re
from datetime import UTC, date, datetime, timedelta
from typing import Any

from kindspace.clock import from_utc_text, offset_minutes, to_utc_text
from kindspace.errors import InvalidInput
from kindspace.i18n import _
from kindspace.journal.models import MAX_TAG_LENGTH, Entry, check_answers, clean_tags

FORMAT_NAME = "kindspace-journal"
FORMAT_VERSION = 1

#: The fields of one entry, in the order they are written.
ENTRY_FIELDS: tuple[str, ...] = (
    "id",
    "day",
    "created",
    "updated",
    "kind",
    "title",
    "body",
    "answers",
    "intensity_before",
    "intensity_after",
    "tags",
    "import_source",
)
#: Fields an imported entry must have; the others fall back to an entry's defaults.
REQUIRED_FIELDS: frozenset[str] = frozenset({"id", "day", "created", "updated", "kind"})
#: Top-level fields, in the order they are written. Only ``format``, ``version`` and
#: ``entries`` are needed to import; the other two are there for people reading the file.
TOP_LEVEL_FIELDS: tuple[str, ...] = (
    "format",
    "version",
    "exported_at",
    "app_version",
    "entries",
    "own_exercises",
)
#: Written after ``entries``, and only when the journal has exercises the person wrote.
OWN_EXERCISES = "own_exercises"

#: The indentation of the written file (two spaces, as ``json.dumps(..., indent=2)``).
INDENT = "  "


def moment_text(moment: datetime) -> str:
    """A moment as the writer's wall clock saw it: ``2024-05-01T21:14:03.120000+02:00``.

    Microseconds are always written so that every entry's times have one fixed shape and
    the journal's own precision survives the round trip.
    """
    if moment.utcoffset() is None:
        raise ValueError("entry times must be timezone-aware")
    return moment.isoformat(timespec="microseconds")


def exported_at_text(moment: datetime) -> str:
    """The export's own time stamp, in UTC, to the second."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def entry_to_document(entry: Entry) -> dict[str, Any]:
    """One entry as a JSON object, fields in :data:`ENTRY_FIELDS` order."""
    return {
        "id": entry.id,
        "day": entry.day.isoformat(),
        "created": moment_text(entry.created),
        "updated": moment_text(entry.updated),
        "kind": entry.kind,
        "title": entry.title,
        "body": entry.body,
        "answers": entry.answers,
        "intensity_before": entry.intensity_before,
        "intensity_after": entry.intensity_after,
        "tags": list(entry.tags),
        "import_source": entry.import_source,
    }


# -- reading ---------------------------------------------------------------------------------

#: Python refuses to turn longer digit strings into numbers; no kindspace field needs them.
MAX_INTEGER_DIGITS = 100
#: How deeply exercise answers may nest; SQLite's JSON functions stop at 1000, and no
#: exercise needs more than a list inside a step.
MAX_ANSWER_DEPTH = 32
MAX_ID_LENGTH = 128
_ID = re.compile(r"\A[0-9A-Za-z][0-9A-Za-z._:-]*\Z")
_DAY = re.compile(r"\A[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
_UTC_TEXT_LENGTH = len("2024-05-01T19:14:03.120000Z")


class JsonObject(dict[str, Any]):
    """A JSON object that remembers a name it saw twice (Python would keep only the last)."""

    duplicate: str | None = None


class Unstorable:
    """Stands in for NaN, Infinity and numbers too long to store while a file is parsed, so
    the checks can name the entry and field that hold one rather than fail without a place."""

    def __repr__(self) -> str:
        return "<a number kindspace cannot store>"


UNSTORABLE = Unstorable()


def _object(pairs: list[tuple[str, Any]]) -> JsonObject:
    result = JsonObject()
    for key, value in pairs:
        if key in result and result.duplicate is None:
            result.duplicate = key
        result[key] = value
    return result


def _float(text: str) -> float | Unstorable:
    value = float(text)
    return value if math.isfinite(value) else UNSTORABLE


def _int(text: str) -> int | Unstorable:
    return int(text) if len(text.lstrip("-")) <= MAX_INTEGER_DIGITS else UNSTORABLE


def _constant(_name: str) -> Unstorable:
    return UNSTORABLE


def loads(text: str) -> Any:
    """``json.loads`` that marks duplicate names and unstorable numbers instead of hiding
    or rejecting them (may raise ``json.JSONDecodeError`` or ``RecursionError``)."""
    return json.loads(
        text,
        object_pairs_hook=_object,
        parse_float=_float,
        parse_int=_int,
        parse_constant=_constant,
    )


def duplicate_name(value: Any) -> str | None:
    return value.duplicate if isinstance(value, JsonObject) else None


class EntryProblem(Exception):
    """What is wrong with one entry, as the end of a sentence that names it."""

    def __init__(self, problem: str, *, entry_id: str | None = None) -> None:
        super().__init__(problem)
        self.entry_id = entry_id

    def where(self, position: int) -> str:
        """``Entry 3 (id 1b2c3d4e…)``: the position always, the id when it is readable."""
        if self.entry_id is None:
            return _("Entry {position}").format(position=position)
        shown = self.entry_id if len(self.entry_id) <= 8 else self.entry_id[:8] + "…"
        return _("Entry {position} (id {id})").format(position=position, id=shown)


def entry_from_document(item: Any) -> Entry:
    """Check one entry object from an export and build the Entry it describes.

    Text is normalised the way the journal normalises what people type (tags trimmed and
    de-duplicated, the kind trimmed) and answers get the sorted step order the journal
    stores; everything else is taken exactly as written.
    """
    if not isinstance(item, dict):
        raise EntryProblem(_("is not a set of named fields like the other entries"))
    entry_id = _entry_id(item)
    if entry_id is None:
        if "id" not in item:
            raise EntryProblem(_("has no 'id'"))
        raise EntryProblem(
            _(
                "has an 'id' that is not a short code of letters, digits and "
                "dashes (at most {max_id_length} characters)"
            ).format(max_id_length=MAX_ID_LENGTH)
        )

    def problem(text: str) -> EntryProblem:
        return EntryProblem(text, entry_id=entry_id)

    name = duplicate_name(item)
    if name is not None:
        raise problem(_("names the field '{name}' twice").format(name=shown_name(name)))
    for name in item:
        if name not in ENTRY_FIELDS:
            raise problem(
                _("has a field '{name}' that kindspace does not know").format(name=shown_name(name))
            )
    for name in ENTRY_FIELDS:
        if name in REQUIRED_FIELDS and name not in item:
            raise problem(_("has no '{name}'").format(name=name))
    day = _day(item["day"])
    if day is None:
        raise problem(_("has a 'day' that is not a date like 2024-05-31"))
    moments: dict[str, datetime] = {}
    for name in ("created", "updated"):
        moment = _moment(item[name])
        if moment is None:
            raise problem(
                _(
                    "has a '{name}' that is not a time with its offset, like "
                    "2024-05-01T21:14:03+02:00"
                ).format(name=name)
            )
        moments[name] = moment
    kind = item["kind"]
    if not is_text(kind) or not kind.strip():
        raise problem(_("has a 'kind' that is not 'note' or the name of an exercise"))
    for name in ("title", "body"):
        if not is_text(item.get(name, "")):
            raise problem(_("has a '{name}' that is not text").format(name=name))
    source = item.get("import_source")
    if source is not None and not is_text(source):
        raise problem(_("has an 'import_source' that is not text or null"))
    intensities: dict[str, int | None] = {}
    for name in ("intensity_before", "intensity_after"):
        value = item.get(name)
        if value is not None and (type(value) is not int or not 0 <= value <= 10):
            raise problem(
                _("has an '{name}' that is not a whole number from 0 to 10 (or null)").format(
                    name=name
                )
            )
        intensities[name] = value
    answers = item.get("answers", {})
    if not isinstance(answers, dict):
        raise problem(_("has 'answers' that are not a set of named steps"))
    answers_problem = _answers_problem(answers)
    if answers_problem:
        raise problem(answers_problem)
    tags = item.get("tags", [])
    if not isinstance(tags, list) or not all(is_text(tag) for tag in tags):
        raise problem(_("has 'tags' that are not a list of texts"))
    try:
        cleaned_tags = clean_tags(tags)
    except InvalidInput:
        raise problem(
            _("has a tag longer than {max_tag_length} characters").format(
                max_tag_length=MAX_TAG_LENGTH
            )
        ) from None
    try:
        # The journal stores answers with sorted step names and reads them back that way;
        # sorting here too makes the entry equal to what the journal will hand back, so the
        # "identical content" test of an import does not depend on the file's key order.
        cleaned_answers = json.loads(json.dumps(check_answers(answers), sort_keys=True))
    except (InvalidInput, RecursionError):
        raise problem(
            _("has 'answers' that hold something other than text, numbers and lists")
        ) from None
    return Entry(
        id=entry_id,
        day=day,
        created=moments["created"],
        updated=moments["updated"],
        kind=kind.strip(),
        title=item.get("title", ""),
        body=item.get("body", ""),
        answers=cleaned_answers,
        intensity_before=intensities["intensity_before"],
        intensity_after=intensities["intensity_after"],
        tags=cleaned_tags,
        import_source=source,
    )


def shown_name(name: str) -> str:
    """A field name as it may appear in a message: short and printable."""
    clean = "".join(char if char.isprintable() else "?" for char in name)
    return clean if len(clean) <= 40 else clean[:39] + "…"


def is_text(value: Any) -> bool:
    """A string the journal can store: SQLite needs valid UTF-8, and JSON can carry lone
    surrogates (``"\\ud800"``) that have no UTF-8 form."""
    if not isinstance(value, str):
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _entry_id(item: dict[str, Any]) -> str | None:
    value = item.get("id")
    if isinstance(value, str) and len(value) <= MAX_ID_LENGTH and _ID.match(value):
        return value
    return None


def _day(value: Any) -> date | None:
    if not isinstance(value, str) or not _DAY.match(value):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _moment(value: Any) -> datetime | None:
    """An aware moment the journal can store exactly, rebuilt as the journal will read it.

    The journal keeps UTC time to the microsecond plus the offset in whole minutes, and its
    UTC text must have a four-digit year to sort, so anything outside that is refused
    rather than silently changed.
    """
    if not isinstance(value, str) or len(value) > 64:
        return None
    try:
        moment = datetime.fromisoformat(value)
        offset = moment.utcoffset()
        if offset is None or offset % timedelta(minutes=1):
            return None
        text = to_utc_text(moment)
        if len(text) != _UTC_TEXT_LENGTH:
            return None
        return from_utc_text(text, offset_minutes(moment))
    except (ValueError, OverflowError):
        return None


def _answers_problem(answers: dict[str, Any]) -> str | None:
    """Why exercise answers cannot be stored exactly, or None when they can."""
    pending: list[tuple[Any, int]] = [(answers, 1)]
    while pending:
        value, depth = pending.pop()
        if depth > MAX_ANSWER_DEPTH:
            return _("has 'answers' that are nested too deeply")
        if isinstance(value, dict):
            twice = duplicate_name(value)
            if twice is not None:
                return _("has 'answers' that name the step '{name}' twice").format(
                    name=shown_name(twice)
                )
            for key, inner in value.items():
                if not is_text(key):
                    return _("has 'answers' that have a step name that is not text")
                pending.append((inner, depth + 1))
        elif isinstance(value, list):
            pending.extend((inner, depth + 1) for inner in value)
        elif isinstance(value, str):
            if not is_text(value):
                return _("has 'answers' that hold text that is not valid Unicode")
        elif isinstance(value, float):
            if not math.isfinite(value):
                return _(
                    "has 'answers' that hold a number kindspace cannot store "
                    "(NaN, Infinity or a huge number)"
                )
        elif value is not None and not isinstance(value, int):
            return _(
                "has 'answers' that hold a number kindspace cannot store "
                "(NaN, Infinity or a huge number)"
            )
    return None
