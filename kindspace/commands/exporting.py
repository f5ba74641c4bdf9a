"""``kindspace export``: a readable copy of the journal, the one plaintext copy it makes."""

from __future__ import annotations

from pathlib import Path

from kindspace.commands.session import Session
from kindspace.errors import InvalidInput
from kindspace.transfer.json_export import export_json

NOT_ENCRYPTED = (
    "This file is not encrypted: anyone who can open it can read your journal, "
    "so please keep it somewhere private.\n"
)


def run_export(session: Session) -> int:
    """Write the whole journal as readable JSON."""
    output: Path = session.args.output
    if output.exists() and not session.args.force:
        raise InvalidInput(
            f"There is already a file at {output}, so kindspace left it as it is; "
            "add --force to replace it, or choose another name."
        )
    with session.open() as journal:
        count = export_json(journal, output)
    noun = "entry" if count == 1 else "entries"
    session.out.write(f"Exported {count} {noun} to {output}.\n")
    session.err.write(NOT_ENCRYPTED)
    return 0
