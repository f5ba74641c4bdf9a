"""Looking after the journal: check, export, import, backup, restore.

Files a person names are read (and checked) before the journal is unlocked where possible,
so a typo in a path costs no passphrase prompt. Nothing here deletes: an export never
replaces a file unless asked to, and a restore moves the current journal aside.
"""

from __future__ import annotations

from pathlib import Path

from kindspace.commands.session import Session
from kindspace.errors import DamagedJournal, InvalidInput
from kindspace.journal.backup import backup_key_file, make_backup
from kindspace.journal.health import check_journal
from kindspace.journal.restore import restore_backup
from kindspace.transfer.json_export import export_json
from kindspace.transfer.json_import import apply_entries, parse_export, read_export


def run_check(session: Session) -> int:
    """One line per check; exit code 1 when any check found a problem."""
    with session.open(daily_backup=False) as journal:
        method = journal.unlocked_with.value
        results = check_journal(journal)
    lines = [f"{'ok':<8} {'unlock':<19} opened with the {method}"]
    lines += [f"{'ok' if r.ok else 'problem':<8} {r.name:<19} {r.detail}" for r in results]
    session.out.write("\n".join(lines) + "\n")
    problems = sum(not result.ok for result in results)
    if not problems:
        session.out.write("Your journal looks whole and well.\n")
        return 0
    noun = "check" if problems == 1 else "checks"
    session.err.write(
        f"{problems} {noun} found a problem; your backups are in {session.location.backups_dir} "
        "and 'kindspace restore' can bring one back.\n"
    )
    return 1


def run_export(session: Session) -> int:
    """Write the whole journal as readable JSON, the one plaintext copy kindspace makes."""
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
    session.err.write(
        "This file is not encrypted: anyone who can open it can read your journal, "
        "so please keep it somewhere private.\n"
    )
    return 0


def run_import(session: Session) -> int:
    """Import a kindspace JSON export: all of it, or (on any problem) nothing at all."""
    path: Path = session.args.path
    entries = parse_export(read_export(path))  # a broken file is reported before unlocking
    with session.open() as journal:
        report = apply_entries(journal, entries)
    session.out.write(report.summary() + "\n")
    return 0


def run_backup(session: Session) -> int:
    """An encrypted copy of the journal, in the backups folder or where the person says."""
    with session.open() as journal:
        made = make_backup(journal, session.args.output)
    session.out.write(f"Backed up to {made}.\n")
    return 0


def run_restore(session: Session) -> int:
    """Bring back a backup; the current journal is moved aside, never deleted."""
    backup: Path = session.args.backup
    location = session.location
    if not backup.is_file():
        raise InvalidInput(f"There is no backup at {backup}, so nothing was changed.")
    key_file = location.key_file
    if not key_file.exists():
        # A new computer, or a lost keys.json: the backup's own key file copy unlocks it.
        key_file = backup_key_file(backup)
        if not key_file.is_file():
            raise DamagedJournal(
                f"The journal's key file is missing and {backup.name} has no key file beside "
                "it, so the backup couldn't be opened afterwards. Nothing was changed."
            )
    set_aside = restore_backup(location, backup, session.data_key(key_file))
    session.out.write(f"Restored your journal from {backup}.\n")
    if set_aside is not None:
        session.out.write(
            f"The journal as it was before is kept at {set_aside}, in case you want it back.\n"
        )
    return 0
