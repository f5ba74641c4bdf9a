"""Which importer reads a file: detected from its content, or chosen with ``--format``.

Why detect by content rather than by name: exports get renamed, and ``entries.json`` may be
kindspace's own, jrnl's or Day One's. So a folder is looked into (a Day One classic journal
holds ``.doentry`` files), a zip file is recognised by its first bytes and the members it
lists, a JSON document by its shape, and a text file by the lines that start its entries.
Each format has a reader that checks the whole file and either returns every entry or
raises one calm :class:`~kindspace.errors.InvalidInput`; nothing touches a journal until the
plan is applied.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo
from pathlib import Path

from kindspace.errors import InvalidInput
from kindspace.i18n import _
from kindspace.transfer.dayone_classic import entry_files, read_dayone_classic
from kindspace.transfer.dayone_import import looks_like_dayone, read_dayone_json, zip_has_journal
from kindspace.transfer.dayone_text import has_date_line, read_dayone_text
from kindspace.transfer.import_text import NOTHING, CancelCheck, Reading, ReadOptions, Source
from kindspace.transfer.importing import ImportFormat, ImportPlan
from kindspace.transfer.jrnl_import import (
    ENCRYPTED,
    encrypted_jrnl,
    has_entry_header,
    looks_like_jrnl_json,
    read_jrnl_json,
    read_jrnl_text,
)
from kindspace.transfer.json_format import FORMAT_NAME
from kindspace.transfer.json_import import parse_export_parts

__all__ = ["NOTHING", "detect_format", "read_import", "supported_formats_sentence"]


def _read_kindspace(source: Source, options: ReadOptions) -> Reading:
    if source.is_folder or source.is_zip:
        raise InvalidInput(
            _("A kindspace export is one JSON file. {nothing}").format(nothing=_(NOTHING))
        )
    entries, own = parse_export_parts(source.data)
    return Reading(entries=entries, own_exercises=own)


_READERS: dict[ImportFormat, Callable[[Source, ReadOptions], Reading]] = {
    ImportFormat.KINDSPACE: _read_kindspace,
    ImportFormat.JRNL_TEXT: read_jrnl_text,
    ImportFormat.JRNL_JSON: read_jrnl_json,
    ImportFormat.DAYONE_JSON: read_dayone_json,
    ImportFormat.DAYONE_CLASSIC: read_dayone_classic,
    ImportFormat.DAYONE_TEXT: read_dayone_text,
}


def supported_formats_sentence() -> str:
    """Every format kindspace imports, as the end of a sentence."""
    labels = [fmt.label for fmt in ImportFormat]
    # Translators: the end of the list of formats kindspace imports.
    return _("{list} or a {last}").format(list=", ".join(labels[:-1]), last=labels[-1])


def detect_format(path: Path) -> ImportFormat:
    """The format of the file or folder at ``path``, or a calm InvalidInput naming the
    formats kindspace can read."""
    return _detect(Source(Path(path)))


def _detect(source: Source) -> ImportFormat:
    found = _recognise(source)
    if found is None and source.is_folder and _is_dayone_folder(source.path):
        raise InvalidInput(
            _(
                "{name} is a Day One journal, but this journal has no entries, "
                "so there is nothing to import."
            ).format(name=source.path.name)
        )
    if found is None and not source.is_folder and encrypted_jrnl(source.data):
        raise InvalidInput(_(ENCRYPTED).format(name=source.path.name, nothing=_(NOTHING)))
    if found is None:
        raise InvalidInput(
            _(
                "kindspace doesn't recognise {name} as a journal it can "
                "import. It can import a {supported_formats_sentence}. "
                "{nothing}"
            ).format(
                name=source.path.name,
                supported_formats_sentence=supported_formats_sentence(),
                nothing=_(NOTHING),
            )
        )
    return found


def _is_dayone_folder(folder: Path) -> bool:
    """A classic Day One journal: named ``*.dayone`` or holding its ``entries`` folder."""
    return folder.suffix.lower() == ".dayone" or (folder / "entries").is_dir()


def _recognise(source: Source) -> ImportFormat | None:
    if source.is_folder:
        return ImportFormat.DAYONE_CLASSIC if entry_files(source.path) else None
    if source.is_zip:
        return ImportFormat.DAYONE_JSON if zip_has_journal(source) else None
    try:
        text = source.text()
    except InvalidInput:
        return None
    if text.lstrip()[:1] == "{":
        try:
            document = source.json("journal export")
        except InvalidInput:
            # Broken JSON: the kindspace reader explains JSON problems most precisely.
            return ImportFormat.KINDSPACE
        if isinstance(document, dict) and "format" in document:
            return ImportFormat.KINDSPACE if document["format"] == FORMAT_NAME else None
        if looks_like_dayone(document):
            return ImportFormat.DAYONE_JSON
        if looks_like_jrnl_json(document):
            return ImportFormat.JRNL_JSON
        return None
    first_line = text.lstrip(" \n").split("\n", 1)[0]
    if first_line.startswith("\tDate:"):
        return ImportFormat.DAYONE_TEXT
    if has_entry_header(text):
        return ImportFormat.JRNL_TEXT
    if has_date_line(text):
        return ImportFormat.DAYONE_TEXT
    return None


def read_import(
    path: Path,
    import_format: ImportFormat | None = None,
    *,
    local_zone: tzinfo | None = None,
    should_cancel: CancelCheck | None = None,
) -> ImportPlan:
    """Read and check everything at ``path`` without touching any journal.

    ``local_zone`` places the zone-less times of jrnl and Day One's text export (None: this
    computer's zone). ``should_cancel`` is asked now and then while reading; returning True
    raises :class:`~kindspace.transfer.importing.ImportCancelled`.
    """
    source = Source(Path(path))
    chosen = import_format or _detect(source)
    options = ReadOptions(local_zone=local_zone, should_cancel=should_cancel)
    reading = _READERS[chosen](source, options)
    return ImportPlan(
        format=chosen,
        source=source.path,
        entries=tuple(reading.entries),
        notes=tuple(reading.notes),
        unreadable=tuple(reading.unreadable),
        leading=reading.leading,
        own_exercises=tuple(reading.own_exercises),
    )
