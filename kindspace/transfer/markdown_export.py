"""Write entries as a folder of Markdown files, one per entry (format: docs/export-format.md).

Markdown is for reading and for other note apps (Obsidian and friends), so each file is
named to sort by date and to read well in a file list, carries its facts in YAML front
matter, and shows the exercise answers under the exercise's own step titles.

These files are plaintext copies the person asked for, so they are written with the same
care as the JSON export: each one is private (0600) from the moment it exists, written
under a temporary name and renamed into place, and nothing the person already has is ever
replaced unless they said so. When something fails halfway, the files already written stay
(they are the copies that were asked for) but no temporary file is left behind.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kindspace.errors import InvalidInput
from kindspace.i18n import _
from kindspace.journal.database import DatabaseError, describe_storage_error
from kindspace.journal.models import NOTE_KIND
from kindspace.paths import PRIVATE_DIR_MODE, fsync_dir, private_file_beside
from kindspace.transfer.entry_sections import EntryLayout, lay_out_entry, long_when
from kindspace.transfer.json_export import export_write_error
from kindspace.transfer.selection import ALL_PARTS, EntryPart, EntrySelection

if TYPE_CHECKING:
    from kindspace.journal.journal import Journal
    from kindspace.practice.definitions import ExerciseCatalog

MARKDOWN_SUFFIX = ".md"
#: The title part of a file name is cut to this many bytes of UTF-8, so that date, time,
#: a "(2)" and the suffix always fit in the 255 bytes every common file system allows.
TITLE_BYTES = 120
#: Characters Windows refuses in file names (macOS and Linux only refuse "/"), and controls.
_UNSAFE_IN_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
#: Characters a YAML double-quoted scalar must not hold raw (JSON already escapes C0 ones).
_YAML_UNPRINTABLE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]")


def export_markdown(
    journal: Journal,
    folder: Path,
    selection: EntrySelection = EntrySelection(),  # noqa: B008  (frozen, so safe to share)
    catalog: ExerciseCatalog | None = None,
    *,
    progress: Callable[[int, int], None] | None = None,
    replace: bool = False,
    parts: frozenset[EntryPart] = ALL_PARTS,
) -> int:
    """Write one ``.md`` file per chosen entry into ``folder``; returns how many were written.

    ``folder`` is created (private) when it does not exist. An existing folder that already
    holds files is only written into when ``replace`` is True, and then a file of the same
    name is replaced; otherwise the person gets a calm message and nothing is written.
    With only some ``parts``, the others are left out of the files and of their names (an
    entry without its date or title is named "Entry 1", "Entry 2" … in order).
    """
    folder = Path(folder)
    _prepare_folder(folder, replace=replace)
    total = selection.count(journal) if progress is not None else 0
    taken: set[str] = set()
    written = 0
    try:
        for entry in selection.entries(journal):
            layout = lay_out_entry(entry, catalog)
            name = _unique_name(file_stem(layout, parts, written + 1), taken)
            _write_file(folder / name, entry_markdown(layout, parts), replace=replace)
            written += 1
            if progress is not None:
                progress(written, total)
    except DatabaseError as error:
        raise describe_storage_error(error, journal.location.database) from error
    fsync_dir(folder)
    return written


def _prepare_folder(folder: Path, *, replace: bool) -> None:
    if folder.exists() and not folder.is_dir():
        raise InvalidInput(
            _(
                "{folder} is a file, not a folder. Markdown export writes one "
                "file per entry into a folder; please choose a folder name."
            ).format(folder=folder)
        )
    if folder.is_dir():
        if not replace and any(folder.iterdir()):
            raise InvalidInput(
                _(
                    "The folder {folder} already holds files, so kindspace left it "
                    "as it is. Please choose an empty or new folder, or ask to "
                    "replace files of the same name."
                ).format(folder=folder)
            )
        return
    try:
        # Only a folder kindspace creates is made private: one the person chose stays theirs.
        folder.mkdir(parents=True, mode=PRIVATE_DIR_MODE)
        if os.name == "posix":
            folder.chmod(PRIVATE_DIR_MODE)
    except OSError as error:
        raise export_write_error(error, folder) from None


def _unique_name(stem: str, taken: set[str]) -> str:
    """``stem.md``, or ``stem (2).md`` and so on; compared as case-blind file systems do."""
    number = 1
    name = stem + MARKDOWN_SUFFIX
    while name.casefold() in taken:
        number += 1
        name = f"{stem} ({number}){MARKDOWN_SUFFIX}"
    taken.add(name.casefold())
    return name


def _write_file(path: Path, text: str, *, replace: bool) -> None:
    """One entry's file; the folder is flushed once after the last one."""
    try:
        with private_file_beside(path, replace=replace, sync_folder=False) as temp:
            temp.write_text(text, encoding="utf-8", newline="\n")
    except FileExistsError:
        raise InvalidInput(
            _(
                "A file named {name} appeared in {parent} while exporting, so "
                "kindspace left it as it is. The entries written before it are "
                "in the folder."
            ).format(name=path.name, parent=path.parent)
        ) from None
    except OSError as error:
        raise export_write_error(error, path) from None


def file_stem(layout: EntryLayout, parts: frozenset[EntryPart] = ALL_PARTS, number: int = 1) -> str:
    """``2024-05-01 2114 A compassionate letter``: sorts by date, reads well, safe anywhere.

    A part left out is left out of the name too: without the date, files are numbered in
    order (``0001 …``); without the title, the exercise's name or "Entry" stands in.
    """
    entry = layout.entry
    title = _safe_title(layout.title) if EntryPart.TITLE in parts else ""
    title = title or _safe_title(layout.kind_title) or "Entry"
    if EntryPart.DATE not in parts:
        return f"{number:04d} {title}"
    return f"{entry.day.isoformat()} {entry.created.strftime('%H%M')} {title}"


def _safe_title(title: str) -> str:
    cleaned = " ".join(_UNSAFE_IN_NAMES.sub(" ", title).split())
    encoded = cleaned.encode("utf-8")
    if len(encoded) > TITLE_BYTES:
        cleaned = encoded[:TITLE_BYTES].decode("utf-8", errors="ignore")
    # Windows drops trailing dots and spaces silently, which would make two names collide.
    return cleaned.rstrip(" .")


def entry_markdown(layout: EntryLayout, parts: frozenset[EntryPart] = ALL_PARTS) -> str:
    """The whole file: YAML front matter, the title, then the body and answers."""
    blocks = [front_matter(layout, parts)]
    if EntryPart.TITLE in parts and (layout.entry.title.strip() or layout.entry.kind != NOTE_KIND):
        # An untitled note is named after its first line; repeating that line as a heading
        # right above itself would only be noise.
        blocks.append(f"# {_one_line(layout.title)}")
    if EntryPart.DATE in parts:
        # The day as the person says it, in their language, under the title: the front
        # matter's ISO date is for programs.
        blocks.append(f"*{long_when(layout.entry)}*")
    for section in layout.chosen(parts):
        if section.part not in (EntryPart.BODY, EntryPart.ANSWERS):
            continue  # ratings and tags live in the front matter, where other apps read them
        block = "\n".join(f"- {_one_line(item)}" for item in section.items) or section.text
        blocks.append(f"## {_one_line(section.heading)}\n\n{block}" if section.heading else block)
    return "\n\n".join(blocks) + "\n"


def front_matter(layout: EntryLayout, parts: frozenset[EntryPart] = ALL_PARTS) -> str:
    """The entry's facts as YAML; every string is quoted so no text can change its type.

    Only the chosen parts' facts are written; the kind and id always are (they say nothing
    the person wrote)."""
    entry = layout.entry
    lines = ["---"]
    if EntryPart.TITLE in parts:
        lines.append(f"title: {yaml_string(layout.entry.title)}")
    if EntryPart.DATE in parts:
        lines.append(f"date: {entry.day.isoformat()}")
        lines.append(f"time: {yaml_string(entry.created.isoformat(timespec='minutes')[11:])}")
    lines.append(f"kind: {yaml_string(entry.kind)}")
    if entry.kind != NOTE_KIND:
        lines.append(f"exercise: {yaml_string(layout.kind_title)}")
    if EntryPart.TAGS in parts:
        if entry.tags:
            lines.append("tags:")
            lines.extend(f"  - {yaml_string(tag)}" for tag in entry.tags)
        else:
            lines.append("tags: []")
    if EntryPart.RATINGS in parts:
        lines.append(f"intensity_before: {_yaml_number(entry.intensity_before)}")
        lines.append(f"intensity_after: {_yaml_number(entry.intensity_after)}")
    lines.append(f"id: {yaml_string(entry.id)}")
    lines.append("---")
    return "\n".join(lines)


def yaml_string(text: str) -> str:
    """A YAML double-quoted scalar. JSON's string syntax is one, once unprintables are escaped."""
    quoted = json.dumps(text, ensure_ascii=False)
    return _YAML_UNPRINTABLE.sub(lambda match: f"\\u{ord(match.group()):04x}", quoted)


def _yaml_number(value: int | None) -> str:
    return "null" if value is None else str(value)


def _one_line(text: str) -> str:
    """Headings and list items must stay on one line to stay what they are."""
    return " ".join(text.split())
