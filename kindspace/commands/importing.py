"""``kindspace import``: entries from another journal, all of them or (on any problem) none."""

from __future__ import annotations

from pathlib import Path

from kindspace.commands.session import Session
from kindspace.transfer.importing import ImportFormat, apply_import
from kindspace.transfer.readers import read_import


def run_import(session: Session) -> int:
    """Read and check the whole file before unlocking, so a broken file costs no prompt.

    The preview (how many entries, which days, what stays behind) is printed first, then
    what the import did; both go to standard output, one sentence or two per line.
    """
    path: Path = session.args.path
    chosen = session.args.import_format
    plan = read_import(path, ImportFormat(chosen) if chosen else None)
    session.out.write(plan.preview() + "\n")
    session.out.flush()
    if not plan.entries:
        return 0
    with session.open() as journal:
        report = apply_import(journal, plan)
    session.out.write(report.summary() + "\n")
    return 0
