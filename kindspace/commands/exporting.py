"""``kindspace export``: a readable copy of the journal, the one plaintext copy it makes.

Everything a person can get wrong (a file already there, an unknown ``--fields`` part, a
range the wrong way round) is checked before the journal is unlocked,
so a mistake costs no passphrase. Qt is loaded only for ``--format pdf``: the other formats
and every other command stay quick and need no display libraries.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from kindspace.commands.session import Session
from kindspace.errors import InvalidInput
from kindspace.i18n import N_, _, ngettext
from kindspace.journal.entries import EntryNotFound
from kindspace.transfer.selection import (
    EntryPart,
    EntrySelection,
    ExportFormat,
    parse_parts,
)

if TYPE_CHECKING:
    from kindspace.journal.journal import Journal

NOT_ENCRYPTED = N_(
    "This file is not encrypted: anyone who can open it can read your journal, "
    "so please keep it somewhere private."
)
NOT_ENCRYPTED_FOLDER = N_(
    "These files are not encrypted: anyone who can open them can read your journal, "
    "so please keep the folder somewhere private."
)


def run_export(session: Session) -> int:
    """Write the chosen entries as JSON (the default), a Markdown folder or a PDF."""
    args = session.args
    export_format = ExportFormat(args.format)
    output: Path = args.output
    selection = selection_from(args.first_day, args.last_day, args.entry or (), args.tag)
    parts = parse_parts(args.fields)
    _check_output(export_format, output, force=args.force)
    with session.open() as journal:
        _check_selection(journal, selection)
        count = _export(journal, export_format, output, selection, parts, force=args.force)
    exported = ngettext(
        "Exported {count} entry to {output}.", "Exported {count} entries to {output}.", count
    )
    session.out.write(exported.format(count=count, output=output) + "\n")
    warning = NOT_ENCRYPTED_FOLDER if export_format is ExportFormat.MARKDOWN else NOT_ENCRYPTED
    session.err.write(_(warning) + "\n")
    return 0


def selection_from(
    first_day: date | None,
    last_day: date | None,
    entry_ids: tuple[str, ...] | list[str],
    tag: str | None = None,
) -> EntrySelection:
    """``--from``/``--to`` or ``--entry``: one way of choosing at a time; ``--tag`` narrows
    either."""
    if entry_ids and (first_day is not None or last_day is not None):
        raise InvalidInput(
            _("--entry already names the entries to export, so please leave out --from and --to.")
        )
    cleaned = tag.strip().lstrip("#") if tag is not None else None
    if tag is not None and not cleaned:
        raise InvalidInput(_("--tag needs a tag, for example --tag sleep."))
    return EntrySelection(
        first_day=first_day, last_day=last_day, entry_ids=tuple(entry_ids), tag=cleaned
    )


def _check_output(export_format: ExportFormat, output: Path, *, force: bool) -> None:
    if export_format is ExportFormat.MARKDOWN:
        if output.exists() and not output.is_dir():
            raise InvalidInput(
                _(
                    "{output} is a file. A Markdown export is a folder with one "
                    "file per entry; please choose a folder name."
                ).format(output=output)
            )
        if output.is_dir() and any(output.iterdir()) and not force:
            raise InvalidInput(
                _(
                    "The folder {output} already holds files, so kindspace left it "
                    "as it is; add --force to write into it (replacing files of "
                    "the same name), or choose a new folder."
                ).format(output=output)
            )
        return
    if output.is_dir():
        raise InvalidInput(
            _("{output} is a folder; please give a file name for the export.").format(output=output)
        )
    if output.exists() and not force:
        raise InvalidInput(
            _(
                "There is already a file at {output}, so kindspace left it as "
                "it is; add --force to replace it, or choose another name."
            ).format(output=output)
        )


def _check_selection(journal: Journal, selection: EntrySelection) -> None:
    for entry_id in selection.entry_ids:
        try:
            journal.entries.get(entry_id)
        except EntryNotFound:
            raise InvalidInput(
                _(
                    "There is no entry with the id {entry_id} in this journal, so "
                    "nothing was written. Please check the id."
                ).format(entry_id=entry_id)
            ) from None
    if selection.count(journal) == 0:
        raise InvalidInput(
            _("No entries match that choice, so nothing was written.")
            if not selection.is_everything
            else _("The journal has no entries yet, so there is nothing to export.")
        )


def _export(
    journal: Journal,
    export_format: ExportFormat,
    output: Path,
    selection: EntrySelection,
    parts: frozenset[EntryPart],
    *,
    force: bool,
) -> int:
    if export_format is ExportFormat.JSON:
        from kindspace.transfer.json_export import export_json

        return export_json(journal, output, selection, parts)
    from kindspace.practice.definitions import load_exercises

    catalog = load_exercises(strict=False)
    if export_format is ExportFormat.MARKDOWN:
        from kindspace.transfer.markdown_export import export_markdown

        return export_markdown(journal, output, selection, catalog, replace=force, parts=parts)
    # The one command that loads Qt, and only because it lays out and prints the PDF.
    from kindspace.gui.pdf_export import ensure_gui_application, export_pdf

    ensure_gui_application()
    return export_pdf(journal, output, selection, parts, catalog)
