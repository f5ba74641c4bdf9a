"""The shapes of journal data, shared by the store, the CLI, the GUI and import/export."""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from kindspace.clock import from_utc_text, offset_minutes, to_utc_text
from kindspace.errors import InvalidInput
from kindspace.i18n import _

NOTE_KIND = "note"
MAX_TAG_LENGTH = 80
#: Marks around matched words in search snippets; control characters never typed by people.
HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"


def clean_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Trim, drop empties and duplicates (case-insensitively), keep the user's order."""
    seen: set[str] = set()
    cleaned: list[str] = []
    for raw in tags:
        tag = " ".join(str(raw).split()).lstrip("#")
        if not tag:
            continue
        if len(tag) > MAX_TAG_LENGTH:
            raise InvalidInput(
                _("A tag can be at most {max_tag_length} characters long.").format(
                    max_tag_length=MAX_TAG_LENGTH
                )
            )
        if tag.casefold() in seen:
            continue
        seen.add(tag.casefold())
        cleaned.append(tag)
    return tuple(cleaned)


def check_intensity(value: int | None, name: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10:
        raise InvalidInput(
            _("The {name} rating should be a whole number from 0 to 10.").format(name=name)
        )
    return value


def check_answers(answers: Mapping[str, Any] | None) -> dict[str, Any]:
    """Exercise answers must survive JSON exactly, so anything JSON can't hold is refused."""
    if answers is None:
        return {}
    if not isinstance(answers, Mapping):
        raise InvalidInput(_("Exercise answers should be a set of named steps."))
    try:
        # Sorted once here, so that stored JSON, the search text and exports all agree.
        text = json.dumps(dict(answers), ensure_ascii=False, allow_nan=False, sort_keys=True)
    except (TypeError, ValueError) as error:
        raise InvalidInput(_("Exercise answers can only hold text, numbers and lists.")) from error
    result: dict[str, Any] = json.loads(text)
    return result


def _texts_in(value: Any) -> Iterator[str]:
    """Every piece of text inside nested answers, in order (what search should find)."""
    if isinstance(value, str):
        if value.strip():
            yield value
    elif isinstance(value, Mapping):
        for item in value.values():
            yield from _texts_in(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _texts_in(item)


@dataclass(frozen=True)
class Entry:
    """One journal entry: a free note or a completed (or partial) exercise."""

    id: str
    day: date
    created: datetime
    updated: datetime
    kind: str = NOTE_KIND
    title: str = ""
    body: str = ""
    answers: dict[str, Any] = field(default_factory=dict)
    intensity_before: int | None = None
    intensity_after: int | None = None
    tags: tuple[str, ...] = ()
    import_source: str | None = None

    @property
    def first_line(self) -> str:
        """What a list shows: the title, or else the first non-empty line of the body."""
        if self.title.strip():
            return self.title.strip()
        for line in self.body.splitlines():
            if line.strip():
                return line.strip()
        return ""

    @property
    def time_of_day(self) -> time | None:
        """The wall-clock time it was written on its own day, else None.

        A note filed under another day (``note --date``, or a day picked in the app) was
        written at a time that belongs to a different day; printing that time under the
        entry's day would say something false, so lists and printouts show the day alone.
        """
        if self.created.date() != self.day:
            return None
        return self.created.time().replace(second=0, microsecond=0)

    def to_row(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "day": self.day.isoformat(),
            "created_utc": to_utc_text(self.created),
            "created_offset_minutes": offset_minutes(self.created),
            "updated_utc": to_utc_text(self.updated),
            "updated_offset_minutes": offset_minutes(self.updated),
            "kind": self.kind,
            "title": self.title,
            "body": self.body,
            "answers": json.dumps(self.answers, ensure_ascii=False, sort_keys=True),
            "intensity_before": self.intensity_before,
            "intensity_after": self.intensity_after,
            "tags": json.dumps(list(self.tags), ensure_ascii=False),
            "import_source": self.import_source,
            "tags_text": " ".join(self.tags),
            "answers_text": "\n".join(_texts_in(self.answers)),
        }

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> Entry:
        return cls(
            id=row["id"],
            day=date.fromisoformat(row["day"]),
            created=from_utc_text(row["created_utc"], row["created_offset_minutes"]),
            updated=from_utc_text(row["updated_utc"], row["updated_offset_minutes"]),
            kind=row["kind"],
            title=row["title"],
            body=row["body"],
            answers=json.loads(row["answers"]),
            intensity_before=row["intensity_before"],
            intensity_after=row["intensity_after"],
            tags=tuple(json.loads(row["tags"])),
            import_source=row["import_source"],
        )


@dataclass(frozen=True)
class SearchHit:
    """One search result. ``snippet`` marks matches with HIGHLIGHT_START/END."""

    entry_id: str
    day: date
    kind: str
    title: str
    snippet: str
    rank: float = math.inf
    #: When it was written, in the writer's own offset (lists show the time of day).
    created: datetime | None = None

    def snippet_parts(self) -> list[tuple[str, bool]]:
        """The snippet as (text, is_match) pieces, for views that style matches."""
        parts: list[tuple[str, bool]] = []
        rest = self.snippet
        while rest:
            start = rest.find(HIGHLIGHT_START)
            if start < 0:
                parts.append((rest, False))
                break
            if start:
                parts.append((rest[:start], False))
            end = rest.find(HIGHLIGHT_END, start + 1)
            if end < 0:
                end = len(rest)
            parts.append((rest[start + 1 : end], True))
            rest = rest[end + 1 :]
        return [(text, is_match) for text, is_match in parts if text]

    def plain_snippet(self, start: str = "", end: str = "") -> str:
        return "".join(f"{start}{text}{end}" if hit else text for text, hit in self.snippet_parts())


@dataclass(frozen=True)
class Draft:
    """Autosaved editor state: whatever the view needs to restore, as JSON."""

    slot: str
    payload: dict[str, Any]
    saved: datetime
