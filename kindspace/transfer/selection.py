"""Which entries an export covers, and which parts of them a printed copy shows.

Why a shared description: the GUI's export dialog and ``kindspace export`` both turn a
person's choice ("this letter", "May and June", "everything") into the same selection,
so the Markdown and PDF writers never need to know where the choice came from.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING

from kindspace.errors import InvalidInput
from kindspace.i18n import _
from kindspace.journal.search import SearchFilters

if TYPE_CHECKING:
    from kindspace.journal.journal import Journal
    from kindspace.journal.models import Entry


class ExportFormat(StrEnum):
    """The values are what ``kindspace export --format`` accepts."""

    JSON = "json"
    MARKDOWN = "markdown"
    PDF = "pdf"


class EntryPart(StrEnum):
    """The parts of an entry a person may choose to include in any export."""

    DATE = "date"
    TITLE = "title"
    BODY = "body"
    ANSWERS = "answers"
    RATINGS = "ratings"
    TAGS = "tags"


ALL_PARTS: frozenset[EntryPart] = frozenset(EntryPart)
#: How each part is named to a person, in the order a sentence lists them.
PART_WORDS: dict[EntryPart, str] = {
    EntryPart.DATE: "date",
    EntryPart.TITLE: "title",
    EntryPart.BODY: "text",
    EntryPart.ANSWERS: "exercise answers",
    EntryPart.RATINGS: "ratings",
    EntryPart.TAGS: "tags",
}


def parts_in_words(parts: frozenset[EntryPart]) -> str:
    """``{DATE, BODY}`` → "the date and text"; every part → "every part"."""
    if parts >= ALL_PARTS:
        return "every part"
    words = [word for part, word in PART_WORDS.items() if part in parts]
    if not words:
        return "no part"
    if len(words) == 1:
        return f"the {words[0]}"
    return "the " + ", ".join(words[:-1]) + " and " + words[-1]


def parse_parts(text: str | None) -> frozenset[EntryPart]:
    """``"date,body"`` as typed after ``--fields``; None means every part."""
    if text is None:
        return ALL_PARTS
    names = [name.strip().lower() for name in text.split(",") if name.strip()]
    known = {part.value for part in EntryPart}
    unknown = [name for name in names if name not in known]
    if unknown or not names:
        choices = ", ".join(part.value for part in EntryPart)
        raise InvalidInput(
            _("--fields takes a comma-separated list from: {choices}.").format(choices=choices)
        )
    return frozenset(EntryPart(name) for name in names)


@dataclass(frozen=True)
class EntrySelection:
    """Everything (the default), a range of days, or chosen entries; any of them narrowed
    to the entries carrying ``tag`` (a person picking what to show a therapist often
    thinks in tags: "everything tagged 'sleep'")."""

    first_day: date | None = None
    last_day: date | None = None
    entry_ids: tuple[str, ...] = ()
    tag: str | None = None

    def __post_init__(self) -> None:
        if self.first_day and self.last_day and self.first_day > self.last_day:
            raise InvalidInput(_("The first day of the range comes after the last one."))

    @property
    def is_everything(self) -> bool:
        return (
            self.first_day is None
            and self.last_day is None
            and not self.entry_ids
            and self.tag is None
        )

    def count(self, journal: Journal) -> int:
        """How many entries :meth:`entries` yields, for progress bars and "nothing matched"."""
        if self.tag is not None:
            return sum(1 for _entry in self.entries(journal))
        if self.entry_ids:
            return len(self.entry_ids)
        if self.is_everything:
            return journal.entries.count()
        return len(journal.entries.between(self.first_day or date.min, self.last_day or date.max))

    def entries(self, journal: Journal) -> Iterator[Entry]:
        """The chosen entries in the order they were written (ids in the order given)."""
        if self.entry_ids:
            for entry_id in self.entry_ids:
                entry = journal.entries.get(entry_id)
                if self.tag is None or self._tagged(entry):
                    yield entry
            return
        if self.tag is not None:
            yield from journal.entries.listed(
                SearchFilters(first_day=self.first_day, last_day=self.last_day, tag=self.tag)
            )
            return
        if self.is_everything:
            yield from journal.entries.iter_all()
            return
        first = self.first_day or date.min
        last = self.last_day or date.max
        yield from journal.entries.between(first, last)

    def _tagged(self, entry: Entry) -> bool:
        # As the journal's own tag filter compares: exactly, without a leading "#".
        return (self.tag or "").strip().lstrip("#") in entry.tags
