"""Write a whole journal to one JSON file (format: ``docs/export-format.md``).

The export is the only plaintext copy of the journal kindspace ever makes, and only because
the person asked for it, so it is written carefully:

* the file is private (0600) from the moment it exists, not tightened afterwards, so no
  other user can open it in between;
* it is written beside the target under a temporary name, flushed to disk and renamed into
  place, so the target is at every moment either the previous file or the complete new
  export, never half of one;
* entries are streamed a batch at a time, so a twenty-year journal never has to be held
  in memory as one string.
"""

from __future__ import annotations

import errno
import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from kindspace import __version__
from kindspace.errors import KindspaceError, StorageFull
from kindspace.i18n import _
from kindspace.journal.database import DatabaseError, describe_storage_error
from kindspace.journal.models import Entry
from kindspace.journal.own_exercises import OwnExerciseRecord
from kindspace.paths import private_file_beside
from kindspace.transfer.json_format import (
    FORMAT_NAME,
    FORMAT_VERSION,
    INDENT,
    entry_to_document,
    exported_at_text,
)
from kindspace.transfer.json_own import own_exercises_text
from kindspace.transfer.selection import ALL_PARTS, EntryPart, EntrySelection

if TYPE_CHECKING:
    from kindspace.journal.journal import Journal


#: The document fields each chosen part brings; ``id`` and ``kind`` always come along.
PART_FIELDS: dict[EntryPart, tuple[str, ...]] = {
    EntryPart.DATE: ("day", "created", "updated"),
    EntryPart.TITLE: ("title",),
    EntryPart.BODY: ("body",),
    EntryPart.ANSWERS: ("answers",),
    EntryPart.RATINGS: ("intensity_before", "intensity_after"),
    EntryPart.TAGS: ("tags",),
}


def export_json(
    journal: Journal,
    path: Path,
    selection: EntrySelection | None = None,
    parts: frozenset[EntryPart] = ALL_PARTS,
) -> int:
    """Write the chosen entries (every entry by default) to ``path``; returns how many.

    An existing file at ``path`` is replaced (the caller asks the person first). Drafts and
    settings are not part of the export (see ``docs/export-format.md``). A partial export
    has the same shape as a full one, so it can be imported into another journal as is.
    With only some ``parts`` (a copy for a therapist, say) the other fields are left out
    and the document lists its ``parts``; such a copy is for reading, and kindspace's
    importer says it can't bring it back.
    """
    selection = selection or EntrySelection()
    path = Path(path)
    try:
        with (
            private_file_beside(path) as temp,
            temp.open("w", encoding="utf-8", newline="\n") as handle,
        ):
            kinds: set[str] = set()
            count = write_export(
                handle,
                _noting_kinds(selection.entries(journal), kinds),
                exported_at_text(journal.clock()),
                parts,
                # A copy with only some parts is for reading: the person's own exercises,
                # like every other part they did not choose, stay in the journal.
                own=lambda: [
                    record
                    for record in journal.own_exercises.all()
                    if parts == ALL_PARTS and (selection.is_everything or record.id in kinds)
                ],
            )
    except OSError as error:
        raise export_write_error(error, path) from None
    except DatabaseError as error:
        raise describe_storage_error(error, journal.location.database) from error
    return count


def _noting_kinds(entries: Iterable[Entry], kinds: set[str]) -> Iterator[Entry]:
    """The entries, noting their kinds: a partial export carries only the own exercises
    its entries were written with."""
    for entry in entries:
        kinds.add(entry.kind)
        yield entry


def write_export(
    handle: TextIO,
    entries: Iterable[Entry],
    exported_at: str,
    parts: frozenset[EntryPart] = ALL_PARTS,
    own: Callable[[], Iterable[OwnExerciseRecord]] = list,
) -> int:
    """Stream the export document to ``handle``; returns the number of entries written.

    The text is exactly what ``json.dumps(document, indent=2, ensure_ascii=False)`` plus a
    final newline would give, built one entry at a time.
    """
    header: dict[str, object] = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": exported_at,
        "app_version": __version__,
    }
    left_out: set[str] = set()
    if parts < ALL_PARTS:
        header["parts"] = [part.value for part in EntryPart if part in parts]
        left_out = {name for part in EntryPart if part not in parts for name in PART_FIELDS[part]}
        left_out.add("import_source")
    handle.write("{\n")
    for name, value in header.items():
        handle.write(f"{INDENT}{json.dumps(name)}: {json.dumps(value, ensure_ascii=False)},\n")
    handle.write(f'{INDENT}"entries": [')
    count = 0
    for entry in entries:
        handle.write(",\n" if count else "\n")
        handle.write(_indented_entry(entry, left_out))
        count += 1
    handle.write(f"\n{INDENT}]" if count else "]")
    own_text = own_exercises_text(own())  # after the entries; only when there are some
    if own_text:
        handle.write(",\n" + own_text)
    handle.write("\n}\n")
    return count


def _indented_entry(entry: Entry, left_out: set[str]) -> str:
    """One entry as it sits inside the ``entries`` list (two levels of indentation).

    JSON escapes every newline inside strings, so splitting on ``\\n`` only ever splits the
    layout; ``str.splitlines`` would also split on characters such as U+2028 in the text.
    """
    document = entry_to_document(entry)
    for name in left_out:
        del document[name]
    text = json.dumps(document, indent=len(INDENT), ensure_ascii=False)
    return "\n".join(INDENT * 2 + line for line in text.split("\n"))


def export_write_error(error: OSError, path: Path) -> KindspaceError:
    """A calm message for a failed write of an export file (shared by every export)."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageFull(
            _(
                "The disk is full, so the export could not be written. Your "
                "journal is unchanged; please free some space or choose "
                "another place."
            )
        )
    if isinstance(error, FileNotFoundError):
        return KindspaceError(
            _(
                "The folder {parent} does not exist, so the export could not "
                "be written there. Please choose another place."
            ).format(parent=path.parent)
        )
    if isinstance(error, IsADirectoryError):
        return KindspaceError(
            _(
                "{path} is a folder, so the export could not be written there. "
                "Please choose a file name."
            ).format(path=path)
        )
    reason = (error.strerror or "an unexpected problem").lower()
    return KindspaceError(
        _(
            "The export could not be written to {path} ({reason}). Your "
            "journal is unchanged; please choose another place."
        ).format(path=path, reason=reason)
    )
