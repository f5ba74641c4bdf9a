"""Checks that tell a person whether their journal is whole: ``kindspace check`` and the GUI.

Why a separate module: the checks must be the same wherever they run (the command line, the
self-test, later a "check my journal" button), and they must run on an already unlocked
journal without Qt. Every check catches its own database error, so one broken part never
hides what the others would have said. Details name pages, tables and counts, never the
text of an entry.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from kindspace.i18n import _, ngettext
from kindspace.journal import vault
from kindspace.journal.database import Database, DatabaseError, cipher_version
from kindspace.journal.journal import Journal
from kindspace.journal.migrations import (
    LATEST_VERSION,
    MIGRATIONS,
    MIGRATIONS_TABLE,
    schema_version,
)

#: How many problem lines a check quotes from SQLite; the rest are counted.
_QUOTED_PROBLEMS = 3


@dataclass(frozen=True)
class CheckResult:
    """One check: ``name`` says what was looked at, ``detail`` what was found."""

    name: str
    ok: bool
    detail: str


def check_journal(journal: Journal) -> list[CheckResult]:
    """Run every check on an open journal, in order from the outermost layer inwards."""
    db = journal.db
    checks: list[tuple[str, Callable[[], CheckResult]]] = [
        ("key file", lambda: _key_file(journal)),
        ("encryption", lambda: _encryption(db)),
        ("decrypt", lambda: _decrypt(db)),
        ("cipher integrity", lambda: _cipher_integrity(db)),
        ("database integrity", lambda: _integrity(db)),
        ("search index", lambda: _search_index(db, read_only=journal.read_only)),
        ("links", lambda: _foreign_keys(db)),
        ("schema", lambda: _schema(db)),
        ("saved changes", lambda: _saved_changes(journal)),
        ("backups", lambda: _backups(journal)),
    ]
    results = []
    for name, check in checks:
        try:
            results.append(check())
        except (DatabaseError, MemoryError) as error:
            # SQLCipher reports a page that fails its HMAC as "out of memory" (MemoryError).
            reason = str(error) or _("a page could not be decrypted")
            detail = _("SQLite reported: {reason}").format(reason=reason)
            results.append(CheckResult(name, False, detail))
    return results


def _saved_changes(journal: Journal) -> CheckResult:
    missing = journal.missing_changes()
    if missing:
        return CheckResult("saved changes", False, missing)
    return CheckResult("saved changes", True, _("the journal holds every save kindspace recorded"))


def _backups(journal: Journal) -> CheckResult:
    """How many backups there are, and any kept because the journal shrank after them."""
    from kindspace.journal.backup import list_backups  # backup builds on the journal module

    found = list_backups(journal.location)
    whole = [info for info in found if info.key_file is not None]
    detail = ngettext(
        "{count} backup with its key file", "{count} backups with their key files", len(whole)
    ).format(count=len(whole))
    kept = [info.path.name for info in found if info.kept]
    if kept:
        detail += "; " + ngettext(
            "{names} is kept out of rotation because the journal became much smaller after "
            "it, until you delete it yourself",
            "{names} are kept out of rotation because the journal became much smaller after "
            "them, until you delete them yourself",
            len(kept),
        ).format(names=", ".join(kept))
    return CheckResult("backups", True, detail)


def _key_file(journal: Journal) -> CheckResult:
    matches = vault.data_key_matches(journal.keys, journal.data_key)
    detail = (
        _("the key file belongs to this journal")
        if matches
        else _("the key file does not match the key that opened the journal")
    )
    return CheckResult("key file", matches, detail)


def _encryption(db: Database) -> CheckResult:
    version = cipher_version(db)
    if not version:
        return CheckResult("encryption", False, _("the connection is not encrypted"))
    return CheckResult("encryption", True, f"SQLCipher {version}")


def _decrypt(db: Database) -> CheckResult:
    # Counting reads every page of the entries table, each of which must decrypt.
    entries = int(db.execute("SELECT count(*) FROM entries").fetchone()[0])
    read = ngettext("{count} entry read", "{count} entries read", entries)
    return CheckResult("decrypt", True, read.format(count=entries))


def _problems(rows: list[str]) -> str:
    quoted = "; ".join(rows[:_QUOTED_PROBLEMS])
    more = len(rows) - _QUOTED_PROBLEMS
    return quoted + (" " + _("(and {count} more)").format(count=more) if more > 0 else "")


def _cipher_integrity(db: Database) -> CheckResult:
    rows = [str(row[0]) for row in db.execute("PRAGMA cipher_integrity_check").fetchall()]
    if rows:
        return CheckResult("cipher integrity", False, _problems(rows))
    return CheckResult("cipher integrity", True, _("every page is intact and authentic"))


def _integrity(db: Database) -> CheckResult:
    rows = [str(row[0]) for row in db.execute("PRAGMA integrity_check").fetchall()]
    if rows == ["ok"]:
        return CheckResult("database integrity", True, "ok")
    return CheckResult("database integrity", False, _problems(rows))


def _search_index(db: Database, *, read_only: bool = False) -> CheckResult:
    if read_only:
        # FTS5's own check is a write statement. Reading every index row still proves each
        # page decrypts and is whole (a damaged one raises); the rest needs a writable copy.
        for table in ("entries_fts_data", "entries_fts_idx", "entries_fts_docsize"):
            db.execute(f"SELECT * FROM {table}").fetchall()
        return CheckResult(
            "search index",
            True,
            _("every index page reads (a full check needs a writable folder)"),
        )
    # FTS5 answers a damaged index by raising, which check_journal turns into a problem.
    db.execute("INSERT INTO entries_fts(entries_fts, rank) VALUES('integrity-check', 1)")
    return CheckResult("search index", True, _("matches the entries"))


def _foreign_keys(db: Database) -> CheckResult:
    rows = db.execute("PRAGMA foreign_key_check").fetchall()
    if rows:
        tables = sorted({str(row[0]) for row in rows})
        detail = ngettext(
            "{count} row points at missing rows (in {tables})",
            "{count} rows point at missing rows (in {tables})",
            len(rows),
        ).format(count=len(rows), tables=", ".join(tables))
        return CheckResult("links", False, detail)
    return CheckResult("links", True, _("every tag points at its entry"))


def _schema(db: Database) -> CheckResult:
    version = schema_version(db)
    recorded = {
        int(row[0]) for row in db.execute(f"SELECT number FROM {MIGRATIONS_TABLE}").fetchall()
    }
    expected = {migration.number for migration in MIGRATIONS}
    if version != LATEST_VERSION:
        detail = _("version {version}, but this kindspace expects {expected}").format(
            version=version, expected=LATEST_VERSION
        )
        return CheckResult("schema", False, detail)
    if recorded != expected:
        detail = _("version {version}, but some steps are not recorded").format(version=version)
        return CheckResult("schema", False, detail)
    return CheckResult("schema", True, _("version {version}").format(version=version))
