"""``kindspace import``: entries from another journal, all of them or (on any problem) none."""

from __future__ import annotations

from pathlib import Path

from kindspace.commands.session import Session
from kindspace.errors import InvalidInput
from kindspace.i18n import N_, _, ngettext
from kindspace.transfer.importing import ImportFormat, apply_import
from kindspace.transfer.readers import read_import

LEADING_HINT = N_(
    "They come across as a note; to leave them out, run the import with --skip-unreadable."
)


def skip_hint(count: int) -> str:
    """How to import the readable entries and leave the rest out."""
    return ngettext(
        "To import the other {count} entry and leave these out, run the import again with "
        "--skip-unreadable.",
        "To import the other {count} entries and leave these out, run the import again with "
        "--skip-unreadable.",
        count,
    ).format(count=count)


def run_import(session: Session) -> int:
    """Read and check the whole file before unlocking, so a broken file costs no prompt.

    The preview (how many entries, which days, what stays behind, what can't be read) is
    printed first, then what the import did; both go to standard output. A file with
    unreadable entries is refused whole unless ``--skip-unreadable`` names them and
    imports the rest; words before a Day One text export's first date come across as a
    note unless ``--skip-unreadable`` leaves them out.
    """
    path: Path = session.args.path
    chosen = session.args.import_format
    skip: bool = session.args.skip_unreadable
    plan = read_import(path, ImportFormat(chosen) if chosen else None)
    session.out.write(plan.preview() + "\n")
    for paragraph in plan.choices():
        session.out.write(paragraph + "\n")
    if plan.leading is not None and not skip:
        session.out.write(_(LEADING_HINT) + "\n")
    session.out.flush()
    if plan.unreadable and not skip:
        raise InvalidInput(f"{plan.refusal()} {skip_hint(plan.count)}")
    if not plan.write_count(skip_unreadable=skip):
        return 0
    with session.open() as journal:
        report = apply_import(journal, plan, skip_unreadable=skip)
    session.out.write(report.summary() + "\n")
    return 0
