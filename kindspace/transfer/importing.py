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
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from kindspace.errors import InvalidInput, KindspaceError
from kindspace.i18n import N_, _, medium_day, ngettext
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
        return _(FORMAT_LABELS[self])


FORMAT_LABELS: dict[ImportFormat, str] = {
    ImportFormat.KINDSPACE: N_("kindspace JSON export"),
    ImportFormat.JRNL_TEXT: N_("jrnl journal file"),
    ImportFormat.JRNL_JSON: N_("jrnl JSON export"),
    ImportFormat.DAYONE_JSON: N_("Day One JSON export"),
    ImportFormat.DAYONE_CLASSIC: N_("Day One classic journal (.dayone)"),
    ImportFormat.DAYONE_TEXT: N_("Day One plain-text export"),
}


class ImportCancelled(KindspaceError):
    """The person cancelled; the transaction was rolled back, so nothing was added."""

    def __init__(self) -> None:
        super().__init__(_("The import was cancelled, so nothing was added to your journal."))


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
    #: What the person chose to leave out, each named with its reason (see ImportPlan).
    left_out: tuple[str, ...] = ()

    @property
    def total(self) -> int:
        return self.added + self.updated + self.unchanged

    def summary(self) -> str:
        """A calm sentence for the person, e.g. after the CLI or GUI finished an import."""
        if not self.total:
            text = _("The file holds no entries, so your journal is unchanged.")
        else:
            # Translators: {added}, {updated} and {unchanged} are like "3 entries".
            text = _("Added {added}, updated {updated} and left {unchanged} as they were.").format(
                added=_entries(self.added),
                updated=_entries(self.updated),
                unchanged=_entries(self.unchanged),
            )
        if self.left_out:
            text += " " + _("Left out, as you chose: {parts}.").format(
                parts="; ".join(self.left_out)
            )
        return text


def _entries(count: int) -> str:
    return ngettext("{count} entry", "{count} entries", count).format(count=count)


@dataclass(frozen=True)
class Unreadable:
    """One part of a file kindspace could not read, named so the person can find it."""

    #: Where it is, e.g. "B40E….doentry"; short enough for a list.
    where: str
    #: Why, as a calm clause, e.g. "it may be damaged".
    reason: str

    def sentence(self) -> str:
        return f"{self.where} ({self.reason})"


@dataclass(frozen=True)
class LeadingText:
    """Words before a file's first entry (Day One's text export after some apps edit it).

    Why kept apart from the entries: no date says which day they belong to, so they are
    neither dropped silently nor guessed into an entry. The person sees them and chooses:
    keep them as ``entry`` (a note on the first entry's day) or leave them out.
    """

    text: str
    entry: Entry

    @property
    def line_count(self) -> int:
        return len(self.text.splitlines())


#: How much of the leading text a preview quotes; the rest is counted.
PREVIEW_LINES = 6
PREVIEW_LINE_CHARS = 120


@dataclass(frozen=True)
class ImportPlan:
    """A whole file read and checked, ready to write: what a preview shows.

    Why ``unreadable`` and ``leading`` exist: one damaged entry among years of writing should
    not keep all the others out, yet nothing may be left out without the person knowing.
    A plan with unreadable parts is refused whole unless the person asks to skip them
    (``skip_unreadable``); then exactly those are named in the report.
    """

    format: ImportFormat
    source: Path
    entries: tuple[Entry, ...]
    #: Calm sentences about what will not come across (for example skipped photos).
    notes: tuple[str, ...] = field(default_factory=tuple)
    #: Entries that could not be read, in file order.
    unreadable: tuple[Unreadable, ...] = field(default_factory=tuple)
    #: Words before the first entry, with the note they would become.
    leading: LeadingText | None = None
    #: Exercises the person wrote themselves (a kindspace export), written with the entries.
    own_exercises: tuple[OwnExerciseRecord, ...] = ()

    @property
    def count(self) -> int:
        """How many entries the file holds that kindspace could read."""
        return len(self.entries)

    @property
    def can_import_whole(self) -> bool:
        """True when everything in the file can come across as it is."""
        return not self.unreadable and self.write_count(skip_unreadable=False) > 0

    @property
    def has_choice(self) -> bool:
        """True when the person may leave something out (unreadable entries, leading words)."""
        return bool(self.unreadable) or self.leading is not None

    def write_count(self, *, skip_unreadable: bool) -> int:
        """How many entries an import writes with that choice."""
        if self.unreadable and not skip_unreadable:
            return 0
        return self.count + (self.leading is not None and not skip_unreadable)

    def to_write(self, *, skip_unreadable: bool) -> tuple[Entry, ...]:
        """The entries to write, or a calm InvalidInput when the plan must be refused whole."""
        if self.unreadable and not skip_unreadable:
            raise InvalidInput(self.refusal())
        if self.leading is not None and not skip_unreadable:
            return (*self.entries, self.leading.entry)
        return self.entries

    def left_out(self, *, skip_unreadable: bool) -> tuple[str, ...]:
        """Exactly what an import with that choice leaves out, each with its reason."""
        if not skip_unreadable:
            return ()
        parts = [part.sentence() for part in self.unreadable]
        if self.leading is not None:
            parts.append(
                _("{lines} before the first entry").format(lines=_lines(self.leading.line_count))
            )
        return tuple(parts)

    def refusal(self) -> str:
        """Why nothing is imported by default, and how to import the rest."""
        named = "; ".join(part.sentence() for part in self.unreadable)
        return ngettext(
            "kindspace couldn't read {count} entry of {name}: {named}. Nothing was imported.",
            "kindspace couldn't read {count} entries of {name}: {named}. Nothing was imported.",
            len(self.unreadable),
        ).format(count=len(self.unreadable), name=self.source.name, named=named)

    @property
    def first_day(self) -> date | None:
        return min((entry.day for entry in self.entries), default=None)

    @property
    def last_day(self) -> date | None:
        return max((entry.day for entry in self.entries), default=None)

    def preview(self) -> str:
        """One or two sentences for the person before they agree to import."""
        label = self.format.label
        if not self.entries and self.has_choice:
            text = _("This {format} holds no entry kindspace could read.").format(format=label)
        elif not self.entries:
            text = _("This {format} holds no entries, so there is nothing to import.").format(
                format=label
            )
        else:
            first, last = self.first_day, self.last_day
            assert first is not None and last is not None
            if first == last:
                text = ngettext(
                    "This {format} holds {count} entry, from {first}.",
                    "This {format} holds {count} entries, from {first}.",
                    self.count,
                )
            else:
                text = ngettext(
                    "This {format} holds {count} entry, from {first} to {last}.",
                    "This {format} holds {count} entries, from {first} to {last}.",
                    self.count,
                )
            text = text.format(
                format=label, count=self.count, first=medium_day(first), last=medium_day(last)
            )
        own = len(self.own_exercises)
        if own:
            text += " " + ngettext(
                "It also holds {count} exercise you wrote yourself.",
                "It also holds {count} exercises you wrote yourself.",
                own,
            ).format(count=own)
        return " ".join((text, *self.notes))

    def choices(self, *, max_listed: int | None = None) -> list[str]:
        """Paragraphs after the preview about what the person may leave out (may be empty).

        The unreadable entries are listed with their reasons (the first ``max_listed``, the
        rest counted, where space is short); leading words are quoted (the first few
        lines), so the person decides on what they can see.
        """
        paragraphs: list[str] = []
        if self.unreadable:
            count = len(self.unreadable)
            shown = self.unreadable[:max_listed] if max_listed else self.unreadable
            listed = "\n".join(f"• {part.sentence()}" for part in shown)
            if len(shown) < count:
                listed += "\n• " + _("… and {count} more").format(count=count - len(shown))
            paragraphs.append(
                ngettext(
                    "kindspace couldn't read {count} entry:\n{listed}\n"
                    "Nothing is imported unless you choose to leave it out.",
                    "kindspace couldn't read {count} entries:\n{listed}\n"
                    "Nothing is imported unless you choose to leave them out.",
                    count,
                ).format(count=count, listed=listed)
            )
        if self.leading is not None:
            lines = self.leading.text.splitlines()
            quoted = "\n".join(f"  {_shortened(line)}" for line in lines[:PREVIEW_LINES])
            more = len(lines) - PREVIEW_LINES
            if more > 0:
                quoted += "\n  " + _("… and {count} more").format(count=more)
            paragraphs.append(
                _(
                    "The file starts with {lines} before its first date:\n{quoted}\n"
                    "They can come across as a note on {day}, or be left out."
                ).format(
                    lines=_lines(len(lines)),
                    quoted=quoted,
                    day=medium_day(self.leading.entry.day),
                )
            )
        return paragraphs


def _lines(count: int) -> str:
    return ngettext("{count} line", "{count} lines", count).format(count=count)


def _shortened(line: str) -> str:
    return line if len(line) <= PREVIEW_LINE_CHARS else line[: PREVIEW_LINE_CHARS - 1] + "…"


def apply_import(
    journal: Journal,
    plan: ImportPlan | Sequence[Entry],
    *,
    progress: ProgressReport | None = None,
    should_cancel: CancelCheck | None = None,
    own_connection: bool = False,
    skip_unreadable: bool = False,
    own_exercises: Sequence[OwnExerciseRecord] = (),
) -> ImportReport:
    """Write a checked plan in one transaction: all of it, or (cancelled, failed) nothing.

    A plan with unreadable entries is refused (InvalidInput, nothing written) unless
    ``skip_unreadable``; then the readable entries are written, words before the first
    entry are left out too, and the report names exactly what was left out.

    An id the journal lacks is added; an id it has with the same content is left alone; an
    id it has with different content is replaced only when the plan's ``updated`` time is
    later. With ``own_connection`` the journal's file is opened afresh for this call, so it
    may run on a thread other than the one that opened ``journal``.
    """
    if isinstance(plan, ImportPlan):
        entries = plan.to_write(skip_unreadable=skip_unreadable)
        left_out = plan.left_out(skip_unreadable=skip_unreadable)
        exercises = plan.own_exercises
    else:
        entries, left_out = tuple(plan), ()
        exercises = tuple(own_exercises)
    if not own_connection:
        report = _write(journal, entries, progress, should_cancel, exercises)
    else:
        with journal.on_own_connection() as own:
            report = _write(own, entries, progress, should_cancel, exercises)
    return replace(report, left_out=left_out)


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
