"""Which importer reads a file: detected from its content, or chosen with ``--format``.

Why detect by content rather than by name: exports get renamed, and ``entries.json`` may be
kindspace's own, jrnl's or Day One's. Each format has a reader that checks the whole file and
either returns every entry or raises one calm :class:`~kindspace.errors.InvalidInput`.
"""

from __future__ import annotations

from pathlib import Path

from kindspace.errors import InvalidInput
from kindspace.transfer.importing import ImportFormat, ImportPlan
from kindspace.transfer.json_import import parse_export, read_export

NOTHING = "Nothing was imported."


def detect_format(path: Path) -> ImportFormat:
    """The format of the file or folder at ``path``, or a calm InvalidInput naming the
    formats kindspace can read."""
    if Path(path).is_file() and read_export(Path(path)).lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"{":
        return ImportFormat.KINDSPACE
    raise InvalidInput(
        f"kindspace doesn't recognise {Path(path).name} as a journal it can import. {NOTHING}"
    )


def read_import(path: Path, import_format: ImportFormat | None = None) -> ImportPlan:
    """Read and check everything at ``path`` without touching any journal."""
    path = Path(path)
    chosen = import_format or detect_format(path)
    if chosen is ImportFormat.KINDSPACE:
        entries = parse_export(read_export(path))
        return ImportPlan(format=chosen, source=path, entries=tuple(entries))
    raise InvalidInput(f"kindspace can't read a {chosen.label} yet. {NOTHING}")
