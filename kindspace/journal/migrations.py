"""Versioned schema steps for the journal database.

Each step runs once, in order, inside one transaction together with the record that it
ran, so a crash mid-migration leaves the journal at the previous version rather than half
changed. ``PRAGMA user_version`` mirrors the newest step for quick checks (and because
``sqlcipher_export()`` would not carry it, backups are made with ``VACUUM INTO``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC

from kindspace.clock import Clock
from kindspace.errors import DamagedJournal
from kindspace.i18n import _
from kindspace.journal.database import Database, run_script, write_transaction

MIGRATIONS_TABLE = "schema_migrations"

_FTS_COLUMNS = "title, body, tags_text, answers_text"


def _fts_values(row: str) -> str:
    return ", ".join(f"{row}.{column}" for column in ("seq", *_FTS_COLUMNS.split(", ")))


def _create_entries(db: Database) -> None:
    run_script(
        db,
        f"""
        CREATE TABLE entries (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            created_utc TEXT NOT NULL,
            created_offset_minutes INTEGER NOT NULL,
            updated_utc TEXT NOT NULL,
            updated_offset_minutes INTEGER NOT NULL,
            kind TEXT NOT NULL DEFAULT 'note',
            title TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '',
            answers TEXT NOT NULL DEFAULT '{{}}' CHECK (json_valid(answers)),
            intensity_before INTEGER CHECK (intensity_before BETWEEN 0 AND 10),
            intensity_after INTEGER CHECK (intensity_after BETWEEN 0 AND 10),
            tags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags)),
            import_source TEXT,
            -- What the full-text index sees of tags and answers. Kept as columns because
            -- FTS5's external content must be re-readable exactly for deletes and checks.
            tags_text TEXT NOT NULL DEFAULT '',
            answers_text TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX entries_by_day ON entries (day, created_utc);
        CREATE INDEX entries_by_kind ON entries (kind, day);
        CREATE INDEX entries_by_import_source ON entries (import_source)
            WHERE import_source IS NOT NULL;

        CREATE TABLE entry_tags (
            tag TEXT NOT NULL COLLATE NOCASE,
            entry_seq INTEGER NOT NULL REFERENCES entries (seq) ON DELETE CASCADE,
            PRIMARY KEY (tag, entry_seq)
        ) WITHOUT ROWID;
        CREATE INDEX entry_tags_by_entry ON entry_tags (entry_seq);

        CREATE VIRTUAL TABLE entries_fts USING fts5 (
            title, body, tags_text, answers_text,
            content = 'entries',
            content_rowid = 'seq',
            tokenize = 'porter unicode61 remove_diacritics 2'
        );

        CREATE TRIGGER entries_after_insert AFTER INSERT ON entries BEGIN
            INSERT INTO entries_fts (rowid, {_FTS_COLUMNS})
                VALUES ({_fts_values("new")});
            INSERT OR IGNORE INTO entry_tags (tag, entry_seq)
                SELECT value, new.seq FROM json_each(new.tags);
        END;

        CREATE TRIGGER entries_after_delete AFTER DELETE ON entries BEGIN
            INSERT INTO entries_fts (entries_fts, rowid, {_FTS_COLUMNS})
                VALUES ('delete', {_fts_values("old")});
        END;

        CREATE TRIGGER entries_after_update AFTER UPDATE ON entries BEGIN
            INSERT INTO entries_fts (entries_fts, rowid, {_FTS_COLUMNS})
                VALUES ('delete', {_fts_values("old")});
            INSERT INTO entries_fts (rowid, {_FTS_COLUMNS})
                VALUES ({_fts_values("new")});
            DELETE FROM entry_tags WHERE entry_seq = old.seq;
            INSERT OR IGNORE INTO entry_tags (tag, entry_seq)
                SELECT value, new.seq FROM json_each(new.tags);
        END;
        """,
    )


def _create_drafts_and_settings(db: Database) -> None:
    run_script(
        db,
        """
        CREATE TABLE drafts (
            slot TEXT PRIMARY KEY,
            payload TEXT NOT NULL CHECK (json_valid(payload)),
            saved_utc TEXT NOT NULL
        );
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL CHECK (json_valid(value))
        );
        """,
    )


def _create_own_exercises(db: Database) -> None:
    """The person's own exercises: the same shape as a shipped exercise's content, as JSON,
    kept inside the encrypted journal (never a plain file beside it)."""
    run_script(
        db,
        """
        CREATE TABLE own_exercises (
            id TEXT PRIMARY KEY CHECK (id GLOB 'own_[a-z0-9]*'),
            definition TEXT NOT NULL CHECK (json_valid(definition)),
            created_utc TEXT NOT NULL,
            updated_utc TEXT NOT NULL
        );
        """,
    )


def _create_trash(db: Database) -> None:
    """Recently deleted entries, whole, kept inside the encrypted journal (journal/trash.py)."""
    run_script(
        db,
        """
        CREATE TABLE trash (
            id TEXT PRIMARY KEY,
            entry TEXT NOT NULL CHECK (json_valid(entry)),
            deleted_utc TEXT NOT NULL
        );
        CREATE INDEX trash_by_deleted ON trash (deleted_utc);
        """,
    )


def _create_sync(db: Database) -> None:
    """What sync between a person's own devices needs (kindspace/sync, docs/design/sync.md).

    Light on purpose: it makes this device's id and empty tables, and nothing else. A journal
    that was written before holds no record of its past changes; what it holds counts as its
    first version (the sync "genesis"), and a snapshot of it is computed only when asked.
    """
    run_script(
        db,
        """
        CREATE TABLE sync_device (
            one INTEGER PRIMARY KEY CHECK (one = 1),
            device_id TEXT NOT NULL,
            last_stamp TEXT NOT NULL DEFAULT '',
            counter INTEGER NOT NULL DEFAULT 0
        );
        INSERT INTO sync_device (one, device_id) VALUES (1, lower(hex(randomblob(8))));
        -- This device's own changes, in order (what it writes for the others to read).
        CREATE TABLE sync_changes (
            counter INTEGER PRIMARY KEY,
            change TEXT NOT NULL CHECK (json_valid(change))
        );
        -- Per thing changed: each field's version (stamp and what it had seen), deletions.
        CREATE TABLE sync_state (
            kind TEXT NOT NULL,
            target_id TEXT NOT NULL,
            fields TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(fields)),
            tomb TEXT CHECK (tomb IS NULL OR json_valid(tomb)),
            genesis INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (kind, target_id)
        ) WITHOUT ROWID;
        -- Versions kept beside the one shown: concurrent edits of the same text.
        CREATE TABLE sync_versions (
            kind TEXT NOT NULL,
            target_id TEXT NOT NULL,
            field TEXT NOT NULL,
            stamp TEXT NOT NULL,
            seen TEXT NOT NULL,
            value TEXT NOT NULL CHECK (json_valid(value)),
            PRIMARY KEY (kind, target_id, field, stamp)
        ) WITHOUT ROWID;
        CREATE TABLE sync_renames (
            stamp TEXT PRIMARY KEY,
            old TEXT NOT NULL,
            new TEXT NOT NULL
        ) WITHOUT ROWID;
        -- Per other device: the highest counter of its changes applied here.
        CREATE TABLE sync_applied (
            device_id TEXT PRIMARY KEY,
            counter INTEGER NOT NULL
        ) WITHOUT ROWID;
        -- What each device has said it has seen, and when (compaction, "sync status").
        CREATE TABLE sync_devices (
            device_id TEXT PRIMARY KEY,
            counters TEXT NOT NULL CHECK (json_valid(counters)),
            seen_at TEXT NOT NULL
        ) WITHOUT ROWID;
        """,
    )


def _index_changes(db: Database) -> None:
    """The newest change is read on every open and after every save (``state_mark``); without
    an index that is a scan of every entry's page, decrypted (70 ms at 20 years)."""
    run_script(db, "CREATE INDEX entries_by_update ON entries (updated_utc);")


@dataclass(frozen=True)
class Migration:
    number: int
    name: str
    apply: Callable[[Database], None]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "entries with full-text search and tags", _create_entries),
    Migration(2, "drafts and settings", _create_drafts_and_settings),
    Migration(3, "your own exercises", _create_own_exercises),
    Migration(4, "recently deleted entries", _create_trash),
    Migration(5, "sync between your own devices", _create_sync),
    Migration(6, "entries indexed by their newest change", _index_changes),
)

LATEST_VERSION = MIGRATIONS[-1].number


def schema_version(db: Database) -> int:
    row = db.execute("PRAGMA user_version").fetchone()
    return int(row[0]) if row else 0


def migrate(db: Database, clock: Clock) -> int:
    """Bring the schema up to date and return the version it is at.

    A journal written by a newer kindspace is left untouched: guessing at a future schema
    could lose entries.
    """
    current = schema_version(db)
    if current > LATEST_VERSION:
        raise DamagedJournal(
            _(
                "This journal was written by a newer version of kindspace. "
                "Please update kindspace to open it; nothing has been changed."
            )
        )
    for migration in MIGRATIONS:
        if migration.number <= current:
            continue
        with write_transaction(db):
            db.execute(
                f"CREATE TABLE IF NOT EXISTS {MIGRATIONS_TABLE} "
                "(number INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_utc TEXT NOT NULL)"
            )
            migration.apply(db)
            db.execute(
                f"INSERT INTO {MIGRATIONS_TABLE} (number, name, applied_utc) VALUES (?, ?, ?)",
                (migration.number, migration.name, clock().astimezone(UTC).isoformat()),
            )
            db.execute(f"PRAGMA user_version = {int(migration.number)}")
        current = migration.number
    return current
