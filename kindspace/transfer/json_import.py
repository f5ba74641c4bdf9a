"""Read a kindspace JSON export back into a journal: everything, or nothing at all.

Why so strict: an import that stops halfway, or that quietly drops what it did not
understand, leaves a person unsure what their journal now holds. So the whole file is read
and every field of every entry is checked *before* anything is written; the first problem
becomes one calm :class:`InvalidInput` naming the entry and the field, and the journal is
left exactly as it was. Only then are all entries written in one transaction.

Importing is idempotent, so running it again (or after a crash) is always safe:

* an id the journal does not have is added;
* an id it has with the same content is left alone;
* an id it has with different content is replaced only when the file's ``updated`` time
  is later than the journal's; otherwise the journal's copy is kept.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kindspace.errors import InvalidInput
from kindspace.i18n import N_, _
from kindspace.journal.models import Entry
from kindspace.journal.own_exercises import OwnExerciseRecord
from kindspace.transfer.import_text import MAX_FILE_BYTES, read_limited
from kindspace.transfer.importing import ImportReport, apply_import
from kindspace.transfer.json_format import (
    FORMAT_NAME,
    FORMAT_VERSION,
    TOP_LEVEL_FIELDS,
    EntryProblem,
    duplicate_name,
    entry_from_document,
    loads,
    shown_name,
)
from kindspace.transfer.json_own import own_from_document

if TYPE_CHECKING:
    from kindspace.journal.journal import Journal

_NOTHING = N_("Nothing was imported.")


def import_json(journal: Journal, path: Path) -> ImportReport:
    """Check the whole export at ``path``, then add or update its entries in one go."""
    entries, own = parse_export_parts(read_export(Path(path)))
    return apply_import(journal, entries, own_exercises=own)


def read_export(path: Path) -> bytes:
    """The file's bytes; a file that cannot be read becomes a calm InvalidInput."""
    return read_limited(path, MAX_FILE_BYTES)


def apply_entries(journal: Journal, entries: list[Entry]) -> ImportReport:
    """Write checked entries in one transaction, following the rules in the module docstring."""
    return apply_import(journal, entries)


# -- reading the document --------------------------------------------------------------------


def _decode(data: bytes) -> Any:
    if data.startswith(b"\xef\xbb\xbf"):  # a byte-order mark some editors add
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidInput(
            _("This file is not UTF-8 text, so it cannot be a kindspace export. {nothing}").format(
                nothing=_(_NOTHING)
            )
        ) from None
    try:
        return loads(text)
    except json.JSONDecodeError as error:
        raise InvalidInput(
            _(
                "This file is not complete, valid JSON (the problem starts at "
                "line {lineno}, column {colno}); it may have been cut short. "
                "{nothing}"
            ).format(lineno=error.lineno, colno=error.colno, nothing=_(_NOTHING))
        ) from None
    except RecursionError:
        raise InvalidInput(
            _("This file is nested too deeply to be a kindspace export. {nothing}").format(
                nothing=_(_NOTHING)
            )
        ) from None
    except ValueError:
        raise InvalidInput(
            _("This file is not valid JSON. {nothing}").format(nothing=_(_NOTHING))
        ) from None


def parse_export_parts(data: bytes) -> tuple[list[Entry], list[OwnExerciseRecord]]:
    """The entries and the person's own exercises, all checked before anything is written."""
    return parse_export(data), own_from_document(_decode(data))


def parse_export(data: bytes) -> list[Entry]:
    """Check a whole export and return its entries in file order.

    Raises one :class:`InvalidInput` for the first problem found; nothing is half-accepted.
    """
    document = _decode(data)
    not_export = _("This file is not a kindspace journal export. {nothing}").format(
        nothing=_(_NOTHING)
    )
    if not isinstance(document, dict):
        raise InvalidInput(not_export)
    if document.get("format") != FORMAT_NAME:
        raise InvalidInput(not_export)
    twice = duplicate_name(document)
    if twice is not None:
        raise InvalidInput(
            _("The export names '{twice}' twice, so it is unclear which to use. {nothing}").format(
                twice=shown_name(twice), nothing=_(_NOTHING)
            )
        )
    version = document.get("version")
    if type(version) is not int or version < 1:
        raise InvalidInput(
            _("This export has no format version kindspace understands. {nothing}").format(
                nothing=_(_NOTHING)
            )
        )
    if version > FORMAT_VERSION:
        raise InvalidInput(
            _(
                "This export was made by a newer kindspace (format version "
                "{version}). Please update kindspace to import it; nothing was imported."
            ).format(version=version)
        )
    if "parts" in document:
        raise InvalidInput(
            _(
                "This export holds only some parts of each entry (it was made "
                "for reading, for example by a therapist), so it can't become "
                "journal entries again. {nothing}"
            ).format(nothing=_(_NOTHING))
        )
    for name in document:
        if name not in TOP_LEVEL_FIELDS:
            raise InvalidInput(
                _("The export has a field '{name}' that kindspace does not know. {nothing}").format(
                    name=shown_name(name), nothing=_(_NOTHING)
                )
            )
    for name in ("exported_at", "app_version"):
        if name in document and not isinstance(document[name], str):
            raise InvalidInput(
                _("The export's '{name}' is not text. {nothing}").format(
                    name=name, nothing=_(_NOTHING)
                )
            )
    items = document.get("entries")
    if not isinstance(items, list):
        raise InvalidInput(
            _("The export has no list of 'entries'. {nothing}").format(nothing=_(_NOTHING))
        )
    entries: list[Entry] = []
    first_position: dict[str, int] = {}
    for position, item in enumerate(items, start=1):
        try:
            entry = entry_from_document(item)
        except EntryProblem as problem:
            raise InvalidInput(
                # Translators: {position} is "Entry 3"; {problem} is a phrase that goes on
                # from it ("has no 'id'"), so the two make one sentence.
                _("{position} {problem}. {nothing}").format(
                    position=problem.where(position), problem=problem, nothing=_(_NOTHING)
                )
            ) from None
        if entry.id in first_position:
            where = EntryProblem("", entry_id=entry.id).where(position)
            raise InvalidInput(
                _("{where} has the same 'id' as entry {first_position}. {nothing}").format(
                    where=where, first_position=first_position[entry.id], nothing=_(_NOTHING)
                )
            )
        first_position[entry.id] = position
        entries.append(entry)
    return entries
