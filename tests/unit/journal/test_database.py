"""The SQLCipher connection: encryption proven, wrong keys refused, sqlite-utils consistent."""

from __future__ import annotations

import secrets
import stat
import sys
from pathlib import Path

import pytest

from kindspace.errors import DamagedJournal, WrongSecret
from kindspace.journal import database
from kindspace.journal.database import Database, key_pragma, open_encrypted, split_statements


def test_every_connection_reports_a_cipher_version(db: Database) -> None:
    assert database.cipher_version(db).startswith("4.")


def test_the_file_on_disk_has_no_sqlite_header_or_plaintext(db: Database, db_path: Path) -> None:
    db.execute("CREATE TABLE canary (words TEXT)")
    db.execute("INSERT INTO canary VALUES ('PLAINTEXT-CANARY-7f3a')")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = db_path.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert b"PLAINTEXT-CANARY-7f3a" not in raw
    assert b"canary" not in raw


def test_a_wrong_key_is_refused_at_open_not_at_first_use(db_path: Path, data_key: bytes) -> None:
    first = open_encrypted(db_path, data_key, create=True)
    first.execute("CREATE TABLE t (x)")
    first.conn.close()
    before = db_path.read_bytes()
    with pytest.raises(WrongSecret):
        open_encrypted(db_path, secrets.token_bytes(32))
    assert db_path.read_bytes() == before


def test_opening_a_missing_file_without_create_is_a_calm_error(tmp_path: Path) -> None:
    with pytest.raises(DamagedJournal, match="missing"):
        open_encrypted(tmp_path / "nope.db", secrets.token_bytes(32))
    assert not (tmp_path / "nope.db").exists()


def test_a_file_that_is_not_a_journal_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "journal.db"
    path.write_bytes(b"this is not a database at all" * 200)
    with pytest.raises(WrongSecret):
        open_encrypted(path, secrets.token_bytes(32))


def test_files_and_folder_are_private(db: Database, db_path: Path) -> None:
    db.execute("CREATE TABLE t (x)")
    assert stat.S_IMODE(db_path.parent.stat().st_mode) == 0o700
    for suffix in ("", "-wal", "-shm"):
        path = db_path.with_name(db_path.name + suffix)
        if path.exists():
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name


def test_wal_and_full_synchronous_are_on(db: Database) -> None:
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2


def test_memory_security_is_off_because_it_costs_search_and_import_most_of_their_time(
    db: Database,
) -> None:
    # Decided in docs/design/store.md: it locks and wipes every SQLite allocation (two system
    # calls each), which was 74-84 % of search time and 81 % of import time.
    assert db.execute("PRAGMA cipher_memory_security").fetchone()[0] in (0, "0")


def test_key_pragma_accepts_only_32_byte_keys() -> None:
    assert key_pragma(b"\x00" * 32) == "PRAGMA key = \"x'" + "00" * 32 + "'\""
    with pytest.raises(ValueError):
        key_pragma(b"short")


def test_sqlite_utils_catches_sqlcipher_errors(db: Database) -> None:
    """Regression: without the pysqlite3 alias, alter=True lets OperationalError escape."""
    assert sys.modules["pysqlite3"] is sys.modules["sqlcipher3"]
    tables = database.with_table_api(db)
    tables["things"].insert({"a": 1})
    tables["things"].insert({"a": 2, "b": "new column"}, alter=True)
    assert tables["things"].columns_dict == {"a": int, "b": str}
    tables["never_existed"].drop(ignore=True)
    assert [row["b"] for row in tables["things"].rows] == [None, "new column"]


def test_split_statements_keeps_trigger_bodies_whole() -> None:
    script = """
        CREATE TABLE a (x);
        CREATE TRIGGER t AFTER INSERT ON a BEGIN
            INSERT INTO a VALUES (1);
            INSERT INTO a VALUES (2);
        END;
        CREATE TABLE b (y);
    """
    statements = split_statements(script)
    assert len(statements) == 3
    assert statements[1].startswith("CREATE TRIGGER") and statements[1].endswith("END;")


def test_split_statements_refuses_an_unfinished_script() -> None:
    with pytest.raises(ValueError):
        split_statements("CREATE TABLE a (x")


def test_statements_fail_once_asked_to_stop_and_not_before(db: Database) -> None:
    stop = False
    database.stop_statements_when(db, lambda: stop)
    assert db.execute("SELECT 1").fetchone()[0] == 1
    stop = True
    with pytest.raises(database.DatabaseError):
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
