"""Looking after the journal: check, backup, restore.

Files a person names are read (and checked) before the journal is unlocked where possible,
so a typo in a path costs no passphrase prompt. Nothing here deletes: a restore moves the
current journal aside.
"""

from __future__ import annotations

from pathlib import Path

from kindspace.commands.session import Session
from kindspace.errors import DamagedKeyFile, InvalidInput
from kindspace.i18n import _, ngettext
from kindspace.journal.backup import backup_key_file, make_backup
from kindspace.journal.health import check_journal
from kindspace.journal.restore import (
    key_file_is_damaged,
    put_key_file_back,
    restore_backup,
    set_damaged_key_file_aside,
)


def run_check(session: Session) -> int:
    """One line per check; exit code 1 when any check found a problem.

    ``--rebuild-index`` first builds the search index again from the entries: the index
    holds nothing of its own, so rebuilding loses nothing, and it mends what search reports.
    """
    rebuild = bool(getattr(session.args, "rebuild_index", False))
    with session.open(daily_backup=False) as journal:
        method = journal.unlocked_with.value
        if rebuild:
            journal.rebuild_search_index()
        results = check_journal(journal)
    opened = {
        "keyring": _("opened with the keyring"),
        "passphrase": _("opened with the passphrase"),
        "recovery key": _("opened with the recovery key"),
    }.get(method, method)
    # The first two columns stay English on every language: scripts read them.
    lines = [f"{'ok':<8} {'unlock':<19} {opened}"]
    if rebuild:
        lines.append(f"{'ok':<8} {'rebuild index':<19} {_('built again from the entries')}")
    lines += [f"{'ok' if r.ok else 'problem':<8} {r.name:<19} {r.detail}" for r in results]
    session.out.write("\n".join(lines) + "\n")
    problems = sum(not result.ok for result in results)
    if not problems:
        session.out.write(_("Your journal looks whole and well.") + "\n")
        return 0
    if any(not r.ok and r.name == "search index" for r in results) and not rebuild:
        session.err.write(
            _("'kindspace check --rebuild-index' builds the search index again from your entries.")
            + "\n"
        )
    session.err.write(
        ngettext(
            "{count} check found a problem; your backups are in "
            "{backups_dir} and 'kindspace restore' can bring one back.",
            "{count} checks found a problem; your backups are in "
            "{backups_dir} and 'kindspace restore' can bring one back.",
            problems,
        ).format(count=problems, backups_dir=session.location.backups_dir)
        + "\n"
    )
    return 1


def run_backup(session: Session) -> int:
    """An encrypted copy of the journal, in the backups folder or where the person says."""
    with session.open() as journal:
        made = make_backup(journal, session.args.output)
    session.out.write(_("Backed up to {made}.").format(made=made) + "\n")
    return 0


def run_restore(session: Session) -> int:
    """Bring back a backup; the current journal is moved aside, never deleted."""
    backup: Path = session.args.backup
    location = session.location
    if not backup.is_file():
        raise InvalidInput(
            _("There is no backup at {backup}, so nothing was changed.").format(backup=backup)
        )
    key_file = location.key_file
    damaged = key_file_is_damaged(location)
    if damaged or not key_file.exists():
        # A new computer, or a lost or damaged keys.json: the backup's own copy unlocks it.
        key_file = backup_key_file(backup)
        if not key_file.is_file():
            no_copy = (
                _(
                    "The journal's key file is damaged and {name} has no key file "
                    "beside it, so the backup couldn't be opened afterwards. "
                    "Nothing was changed."
                )
                if damaged
                else _(
                    "The journal's key file is missing and {name} has no key file "
                    "beside it, so the backup couldn't be opened afterwards. "
                    "Nothing was changed."
                )
            )
            raise DamagedKeyFile(no_copy.format(name=backup.name))
        note = (
            _(
                "Note: the journal's key file is damaged, so kindspace uses the "
                "key file beside the backup, {key_file}."
            )
            if damaged
            else _(
                "Note: the journal's key file is missing, so kindspace uses the "
                "key file beside the backup, {key_file}."
            )
        )
        session.err.write(note.format(key_file=key_file) + "\n")
    data_key = session.data_key(key_file)
    key_file_aside = set_damaged_key_file_aside(location) if damaged else None
    try:
        set_aside = restore_backup(location, backup, data_key)
    except BaseException:
        if key_file_aside is not None:
            put_key_file_back(location, key_file_aside)
        raise
    session.out.write(_("Restored your journal from {backup}.").format(backup=backup) + "\n")
    if key_file_aside is not None:
        session.out.write(
            _(
                "Its key file now comes from beside the backup; the damaged "
                "one is kept at {key_file_aside}."
            ).format(key_file_aside=key_file_aside)
            + "\n"
        )
    if set_aside is not None:
        session.out.write(
            _(
                "The journal as it was before is kept at {set_aside}, in case you want it back."
            ).format(set_aside=set_aside)
            + "\n"
        )
    return 0
