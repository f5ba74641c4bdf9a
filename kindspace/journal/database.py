"""The one place that opens SQLCipher connections.

Everything that touches the journal file goes through :func:`open_encrypted`, so the
dangerous defaults of SQLite-with-a-codec are handled once:

* ``PRAGMA key`` always answers "ok"; a wrong key only shows at the first read, so the
  schema is read straight away and a failure becomes :class:`WrongSecret`.
* Python's own ``sqlite3`` silently ignores ``PRAGMA key`` and writes plaintext, so every
  connection proves it is SQLCipher by asking for ``cipher_version``.
* sqlite-utils (used only through :func:`with_table_api`) catches the exception classes of
  whichever sqlite module it imported; it prefers ``pysqlite3`` when importable, so
  ``sqlcipher3`` is registered under that name before sqlite-utils is first imported.
  Otherwise ``insert(alter=True)`` and friends would let sqlcipher3's ``OperationalError``
  escape.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import inspect
import os
import re
import shutil
import sys
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import sqlcipher3
import sqlcipher3._sqlite3
import sqlcipher3.dbapi2

from kindspace.errors import DamagedJournal, KindspaceError, StorageFull, WrongSecret
from kindspace.i18n import _
from kindspace.paths import ensure_private_dir, make_private


def _alias_sqlcipher_for_sqlite_utils() -> None:
    """Make sqlite-utils catch sqlcipher3's exceptions (see the module docstring)."""
    existing = sys.modules.get("pysqlite3")
    if existing is not None and existing is not sqlcipher3:
        raise RuntimeError("pysqlite3 was imported before kindspace could alias sqlcipher3")
    if "sqlite_utils" in sys.modules and existing is None:
        raise RuntimeError("sqlite_utils was imported before kindspace.journal.database")
    sys.modules["pysqlite3"] = sqlcipher3
    sys.modules["pysqlite3.dbapi2"] = sqlcipher3.dbapi2


_alias_sqlcipher_for_sqlite_utils()

if TYPE_CHECKING:
    import sqlite_utils

    Connection = sqlcipher3.dbapi2.Connection
else:
    Connection = Any

#: Raised by SQLCipher for locking, corruption, full disks and bad SQL alike.
DatabaseError = sqlcipher3.dbapi2.DatabaseError
OperationalError = sqlcipher3.dbapi2.OperationalError
IntegrityError = sqlcipher3.dbapi2.IntegrityError


class Database:
    """An open journal connection, as every module uses it: ``execute`` and ``conn``.

    Why not sqlite-utils' ``Database``, which this was: kindspace only ever used these two
    of it, and importing sqlite-utils (click, dateutil, pluggy) cost about 45 ms of every
    start. Where its table API pays, :func:`with_table_api` wraps the same connection.
    Connections run in autocommit mode (``isolation_level=None``), so ``execute`` passes
    straight through; transactions are :func:`write_transaction`'s.
    """

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        # What sqlite-utils set on every connection it wrapped; kept so REPLACE still fires
        # the delete triggers that keep the search index in step.
        conn.execute("PRAGMA recursive_triggers = ON")

    def execute(self, sql: str, parameters: Any = None) -> Any:
        if parameters is None:
            return self.conn.execute(sql)
        return self.conn.execute(sql, parameters)


def with_table_api(db: Database) -> sqlite_utils.Database:
    """sqlite-utils over the same connection, for bulk work where its table API pays.

    Imported here, on first use, never on the start path (see :class:`Database`).
    """
    import sqlite_utils  # lazy on purpose; the alias above is already in place

    return sqlite_utils.Database(cast(Any, db.conn))


KEY_BYTES = 32
_HEX_KEY = re.compile(r"\A[0-9a-f]{64}\Z")
#: Seconds a writer waits for another connection's lock before giving up.
BUSY_TIMEOUT_SECONDS = 10.0


def key_pragma(key: bytes) -> str:
    """Build ``PRAGMA key`` for a raw key.

    SQLCipher does not accept a bound parameter here (``PRAGMA key = ?`` is a syntax
    error), so the statement is built from text that is checked to be exactly 64
    lowercase hex digits: nothing else can reach the SQL.
    """
    if len(key) != KEY_BYTES:
        raise ValueError("the journal key must be exactly 32 bytes")
    hex_key = key.hex()
    if not _HEX_KEY.match(hex_key):
        raise ValueError("the journal key did not encode to hex")
    return f"PRAGMA key = \"x'{hex_key}'\""


def _configure(conn: Connection, key: bytes) -> None:
    """Key the connection and apply the settings every kindspace connection needs."""
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(key_pragma(key))
    # cipher_memory_security stays off (SQLCipher's default): see docs/design/store.md.
    version = conn.execute("PRAGMA cipher_version").fetchone()
    if not version or not version[0]:
        raise RuntimeError("the SQLite library in use does not encrypt; refusing to continue")


def _verify_key(conn: Connection, path: Path) -> int:
    """Read the schema at once, because a wrong key only shows at the first read.

    Returns how many schema objects the file holds (none: an empty or brand-new file).
    """
    try:
        row = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DatabaseError as error:
        # SQLCipher reports a wrong key as "file is not a database"; anything else (a full
        # disk, an unreadable file) is a storage problem and must not blame the secret.
        if "not a database" not in str(error).lower():
            raise describe_storage_error(error, path) from error
        raise WrongSecret(
            _(
                "This key does not open the journal. If you have a passphrase "
                "or recovery key, you can use it instead."
            )
        ) from error
    return int(row[0]) if row else 0


class NotAJournal(DamagedJournal):
    """The file is there but holds no journal (emptied, or another database): never reuse it.

    SQLite treats an empty file as a new database, so without this check an emptied
    ``journal.db`` would quietly become a new, empty journal, and its daily backups would
    then rotate the real journal's backups away.
    """


def is_read_only(path: Path) -> bool:
    """Whether the journal at ``path`` can't be written (a read-only disk, snapshot or folder).

    ``os.access`` answers for this process, and says so for a read-only mount even to root.
    """
    return not os.access(path.parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK))


def open_encrypted(
    path: Path, key: bytes, *, create: bool = False, read_only: bool = False
) -> Database:
    """Open (or create) the encrypted journal at ``path`` and return its :class:`Database`.

    One connection per thread: SQLCipher connections are not shared across threads.
    WAL with ``synchronous=FULL`` makes every acknowledged save survive a power cut.
    ``read_only`` opens without changing anything on disk (see :func:`_open_read_only`).
    """
    if not create and not path.exists():
        raise DamagedJournal(
            _("The journal file {name} is missing from {parent}.").format(
                name=path.name, parent=path.parent
            )
        )
    if read_only:
        return _open_read_only(path, key)
    ensure_private_dir(path.parent)
    try:
        conn = sqlcipher3.connect(
            str(path), timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None, check_same_thread=True
        )
    except DatabaseError as error:
        raise describe_storage_error(error, path) from error
    try:
        _configure(conn, key)
        if _verify_key(conn, path) == 0 and not create:
            raise NotAJournal(_("The journal file {name} is empty.").format(name=path.name))
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
    except KindspaceError:
        conn.close()
        raise
    except DatabaseError as error:
        conn.close()
        raise describe_storage_error(error, path) from error
    for suffix in ("", "-wal", "-shm"):
        make_private(path.with_name(path.name + suffix))
    return Database(conn)


def _open_read_only(path: Path, key: bytes) -> Database:
    """Open a journal in a folder that can't be written: no chmod, no journal mode change.

    A WAL journal normally needs its ``-shm`` file, which a read-only folder can't get. A
    journal closed cleanly has no ``-wal`` left, so it is opened ``immutable`` (SQLite then
    needs no ``-shm`` and takes no locks: nobody can write there meanwhile). When a
    ``-wal`` with changes is there, ``mode=ro`` reads it, as long as its ``-shm`` is there
    too; without it the changes in the ``-wal`` can't be read, so rather than show an older
    journal without a word, this says so.
    """
    wal = path.with_name(path.name + "-wal")
    shm = path.with_name(path.name + "-shm")
    has_changes = wal.exists() and wal.stat().st_size > 0
    if has_changes and not shm.exists():
        raise DamagedJournal(
            _(
                "The journal's folder {parent} is read-only and its latest "
                "changes are still in a side file kindspace can't read there. "
                "Please open it where it can be written, or copy the whole "
                "folder somewhere writable."
            ).format(parent=path.parent)
        )
    query = "mode=ro" if has_changes else "mode=ro&immutable=1"
    try:
        conn = sqlcipher3.connect(
            f"{path.resolve().as_uri()}?{query}", uri=True, isolation_level=None
        )
    except DatabaseError as error:
        raise describe_storage_error(error, path) from error
    try:
        _configure(conn, key)
        if _verify_key(conn, path) == 0:
            raise NotAJournal(_("The journal file {name} is empty.").format(name=path.name))
        conn.execute("PRAGMA temp_store = MEMORY")
    except KindspaceError:
        conn.close()
        raise
    except DatabaseError as error:
        conn.close()
        raise describe_storage_error(error, path) from error
    return Database(conn)


def describe_storage_error(error: BaseException, path: Path) -> KindspaceError:
    """Turn a low-level database or OS error into a calm sentence the user can act on."""
    message = str(error).lower()
    errno_value = getattr(error, "errno", None)
    if (
        errno_value in (errno.ENOSPC, errno.EDQUOT)
        or "disk is full" in message
        or ("disk i/o error" in message and _nearly_full(path.parent))
    ):
        return StorageFull(
            _(
                "The disk is full, so nothing new could be saved. Your journal "
                "is unchanged; please free some space and try again."
            )
        )
    if errno_value in (errno.EACCES, errno.EPERM, errno.EROFS) or "readonly" in message:
        return DamagedJournal(
            _(
                "kindspace cannot write to {parent}. Please check that the "
                "folder is yours and not read-only."
            ).format(parent=path.parent)
        )
    if "file is not a database" in message or "malformed" in message:
        return DamagedJournal(
            _(
                "{name} could not be read as a kindspace journal. It may be "
                "damaged; your backups are in the backups folder beside it."
            ).format(name=path.name)
        )
    if "locked" in message or "busy" in message:
        return DamagedJournal(
            _(
                "The journal is busy in another kindspace window or command. "
                "Please try again in a moment."
            )
        )
    return DamagedJournal(_("The journal could not be used: {error}.").format(error=error))


#: Below this much free space, SQLite's "disk I/O error" means the disk is full: when the
#: last few pages can't be written, SQLite reports the failed write, not the full disk.
NEARLY_FULL_BYTES = 1024 * 1024


def _nearly_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < NEARLY_FULL_BYTES
    except OSError:
        return False


def release_sqlite_memory() -> None:
    """Ask SQLite to hand back cached memory (pages of closed journals), where it can.

    Best effort: ``sqlite3_release_memory`` does nothing unless SQLite was built with
    memory management, and nothing here may stop a lock or a close from finishing.
    """
    with contextlib.suppress(OSError, AttributeError):
        library = ctypes.CDLL(sqlcipher3._sqlite3.__file__)
        library.sqlite3_release_memory(1 << 30)


def cipher_version(db: Database) -> str:
    """The SQLCipher version of this connection (proof that the file is encrypted)."""
    row = db.execute("PRAGMA cipher_version").fetchone()
    return str(row[0]) if row else ""


def split_statements(script: str) -> list[str]:
    """Split an SQL script into complete statements (trigger bodies included).

    ``executescript`` would COMMIT any open transaction first, which would break the
    all-or-nothing promise of migrations, so scripts are run statement by statement.
    """
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlcipher3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        raise ValueError("the SQL script ends in the middle of a statement")
    return statements


def run_script(db: Database, script: str) -> None:
    """Run every statement of ``script`` inside the caller's transaction."""
    for statement in split_statements(script):
        db.execute(statement)


#: What to do after each committed write on a connection (the journal's state record).
_AFTER_COMMIT: weakref.WeakKeyDictionary[Database, Callable[[], Callable[[], None] | None]] = (
    weakref.WeakKeyDictionary()
)


def after_each_commit(db: Database, action: Callable[[], None] | None) -> None:
    """Run ``action`` after every write :func:`write_transaction` commits on ``db``.

    A bound method is held weakly: its object (a journal) owns ``db``, so a strong reference
    here would keep the journal, and its data key, alive after it was closed and locked.
    """
    if action is None:
        _AFTER_COMMIT.pop(db, None)
    elif inspect.ismethod(action):
        _AFTER_COMMIT[db] = weakref.WeakMethod(action)
    else:
        _AFTER_COMMIT[db] = lambda: action


def database_path(db: Database) -> Path:
    """The file behind a connection (used to name it in messages)."""
    row = db.execute("PRAGMA database_list").fetchone()
    return Path(row[2] or "journal.db")


@contextmanager
def write_transaction(db: Database) -> Iterator[None]:
    """One immediate transaction; storage errors become calm KindspaceErrors.

    ``BEGIN IMMEDIATE`` takes the write lock up front, so two windows saving at once wait
    for each other instead of failing halfway.
    """
    path = database_path(db)
    try:
        db.execute("BEGIN IMMEDIATE")
    except DatabaseError as error:
        raise describe_storage_error(error, path) from error
    try:
        yield
    except BaseException as error:
        # A failing ROLLBACK must not hide the error that caused it.
        if db.conn.in_transaction:
            with contextlib.suppress(DatabaseError):
                db.execute("ROLLBACK")
        if isinstance(error, DatabaseError):
            raise describe_storage_error(error, path) from error
        raise
    try:
        db.execute("COMMIT")
    except DatabaseError as error:
        if db.conn.in_transaction:
            with contextlib.suppress(DatabaseError):
                db.execute("ROLLBACK")
        raise describe_storage_error(error, path) from error
    held = _AFTER_COMMIT.get(db)
    action = held() if held is not None else None
    if action is not None:
        action()


#: SQLite virtual-machine steps between two looks at a stop flag (a few per millisecond).
STEPS_PER_STOP_CHECK = 100_000


def stop_statements_when(db: Database, should_stop: Callable[[], bool]) -> None:
    """Make every statement on ``db`` fail once ``should_stop()`` is true, from any thread.

    For long work on a worker's own connection (the daily backup) that must be stoppable
    when the journal locks: a statement not yet prepared is denied (the authorizer), one
    running is aborted within a few thousand steps (the progress handler). Both fail as
    ``DatabaseError``, so the work's own rollback and clean-up run as for any failure.
    """

    def authorize(*_action: object) -> int:
        return sqlcipher3.SQLITE_DENY if should_stop() else sqlcipher3.SQLITE_OK

    db.conn.set_authorizer(authorize)
    db.conn.set_progress_handler(should_stop, STEPS_PER_STOP_CHECK)


def open_encrypted_readonly(path: Path, key: bytes) -> Database:
    """Open an existing encrypted file without the right to change it (checking backups).

    Read-only, so that checking a backup can never alter it, and no journal mode is set,
    so a backup made by ``VACUUM INTO`` (rollback mode) gets no ``-wal``/``-shm`` files.
    """
    if not path.is_file():
        raise DamagedJournal(
            _("The file {name} is missing from {parent}.").format(
                name=path.name, parent=path.parent
            )
        )
    try:
        conn = sqlcipher3.connect(
            path.resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None
        )
    except DatabaseError as error:
        raise describe_storage_error(error, path) from error
    try:
        _configure(conn, key)
        _verify_key(conn, path)
    except BaseException:
        conn.close()
        raise
    return Database(conn)
