"""Importing from any supported format: read and check first, then write all or nothing.

Why two steps: a person should see what an import will do (how many entries, which days)
before anything changes, and a file that turns out to be broken halfway must change
nothing. So :func:`read_import` reads and checks the whole file into an :class:`ImportPlan`
without touching the journal, and :func:`apply_import` writes the plan in one transaction.

Why the writing can run on its own connection: the GUI applies a long import on a worker
thread so the window stays responsive and the person can cancel, and SQLCipher connections
belong to one thread. A cancelled or failed import rolls the transaction back, so it adds
nothing. Imports are idempotent: entries carry ids derived from the source (see each
reader), so importing the same file again leaves the journal as it is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from kindspace.errors import KindspaceError
from kindspace.journal.database import write_transaction
from kindspace.journal.entries import EntryNotFound
from kindspace.journal.models import Entry
from kindspace.journal.own_exercises import OwnExerciseRecord

if TYPE_CHECKING:
    from kindspace.journal.journal import Journal

#: How many entries are written between two progress reports and cancel checks.
BATCH_SIZE = 100


class ImportFormat(StrEnum):
    """Every format kindspace can import; the values are what ``--format`` accepts."""

    KINDSPACE = "kindspace"
    JRNL_TEXT = "jrnl"
    JRNL_JSON = "jrnl-json"
    DAYONE_JSON = "dayone"
    DAYONE_CLASSIC = "dayone-classic"
    DAYONE_TEXT = "dayone-text"

    @property
    def label(self) -> str:
        """How the format is named to a person."""
        return FORMAT_LABELS[self]


FORMAT_LABELS: dict[ImportFormat, str] = {
    ImportFormat.KINDSPACE: "kindspace JSON export",
    ImportFormat.JRNL_TEXT: "jrnl journal file",
    ImportFormat.JRNL_JSON: "jrnl JSON export",
    ImportFormat.DAYONE_JSON: "Day One JSON export",
    ImportFormat.DAYONE_CLASSIC: "Day One classic journal (.dayone)",
    ImportFormat.DAYONE_TEXT: "Day One plain-text export",
}


class ImportCancelled(KindspaceError):
    """The person cancelled; the transaction was rolled back, so nothing was added."""

    def __init__(self) -> None:
        super().__init__("The import was cancelled, so nothing was added to your journal.")


#: Asked between batches; returning True cancels (raising :class:`ImportCancelled`).
CancelCheck = Callable[[], bool]
#: Told ``(done, total)`` between batches.
ProgressReport = Callable[[int, int], None]


@dataclass(frozen=True)
class ImportReport:
    """What an import did, so the person can be told in one sentence."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0

    @property
    def total(self) -> int:
        return self.added + self.updated + self.unchanged

    def summary(self) -> str:
        """A calm sentence for the person, e.g. after the CLI or GUI finished an import."""
        if not self.total:
            return "The file holds no entries, so your journal is unchanged."
        return (
            f"Added {_entries(self.added)}, updated {_entries(self.updated)} and left "
            f"{_entries(self.unchanged)} as they were."
        )


def _entries(count: int) -> str:
    return f"{count} {'entry' if count == 1 else 'entries'}"


@dataclass(frozen=True)
class ImportPlan:
    """A whole file read and checked, ready to write: what a preview shows."""

    format: ImportFormat
    source: Path
    entries: tuple[Entry, ...]
    #: Calm sentences about what will not come across (for example skipped photos).
    notes: tuple[str, ...] = field(default_factory=tuple)
    #: Exercises the person wrote themselves (a kindspace export), written with the entries.
    own_exercises: tuple[OwnExerciseRecord, ...] = ()

    @property
    def count(self) -> int:
        return len(self.entries)

    @property
    def first_day(self) -> date | None:
        return min((entry.day for entry in self.entries), default=None)

    @property
    def last_day(self) -> date | None:
        return max((entry.day for entry in self.entries), default=None)

    def preview(self) -> str:
        """One or two sentences for the person before they agree to import."""
        if not self.entries:
            text = f"This {self.format.label} holds no entries, so there is nothing to import."
        else:
            noun = "entry" if self.count == 1 else "entries"
            first, last = self.first_day, self.last_day
            assert first is not None and last is not None
            span = (
                f"from {_long_day(first)}"
                if first == last
                else f"from {_long_day(first)} to {_long_day(last)}"
            )
            text = f"This {self.format.label} holds {self.count} {noun}, {span}."
        own = len(self.own_exercises)
        if own:
            text += f" It also holds {own} exercise{'' if own == 1 else 's'} you wrote yourself."
        return " ".join((text, *self.notes))


def _long_day(day: date) -> str:
    return f"{day.day} {day.strftime('%B')} {day.year}"


def apply_import(
    journal: Journal,
    plan: ImportPlan | Sequence[Entry],
    *,
    progress: ProgressReport | None = None,
    should_cancel: CancelCheck | None = None,
    own_connection: bool = False,
    own_exercises: Sequence[OwnExerciseRecord] = (),
) -> ImportReport:
    """Write a checked plan in one transaction: all of it, or (cancelled, failed) nothing.

    An id the journal lacks is added; an id it has with the same content is left alone; an
    id it has with different content is replaced only when the plan's ``updated`` time is
    later. With ``own_connection`` the journal's file is opened afresh for this call, so it
    may run on a thread other than the one that opened ``journal``.
    """
    entries = plan.entries if isinstance(plan, ImportPlan) else tuple(plan)
    exercises = plan.own_exercises if isinstance(plan, ImportPlan) else tuple(own_exercises)
    if not own_connection:
        return _write(journal, entries, progress, should_cancel, exercises)
    with journal.on_own_connection() as own:
        return _write(own, entries, progress, should_cancel, exercises)


def _write(
    journal: Journal,
    entries: Sequence[Entry],
    progress: ProgressReport | None,
    should_cancel: CancelCheck | None,
    own_exercises: Sequence[OwnExerciseRecord] = (),
) -> ImportReport:
    added = updated = unchanged = 0
    total = len(entries)
    repository = journal.entries
    with write_transaction(journal.db):
        for done, entry in enumerate(entries):
            if done % BATCH_SIZE == 0:
                if should_cancel is not None and should_cancel():
                    raise ImportCancelled
                if progress is not None:
                    progress(done, total)
            try:
                current = repository.get(entry.id)
            except EntryNotFound:
                repository._insert(entry)
                added += 1
                continue
            if current.to_row() != entry.to_row() and entry.updated > current.updated:
                repository._replace(entry)
                updated += 1
            else:
                unchanged += 1
        # In the same transaction: the entries and the exercises they were written with.
        journal.own_exercises.merge_in_transaction(own_exercises)
        if should_cancel is not None and should_cancel():
            raise ImportCancelled
    if progress is not None:
        progress(total, total)
    return ImportReport(added=added, updated=updated, unchanged=unchanged)
