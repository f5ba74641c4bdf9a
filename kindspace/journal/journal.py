"""The journal as the GUI and the CLI see it: create, unlock, use, re-key, close.

This is the single front door. It ties the key file (:mod:`vault`), the system keyring
(:mod:`keyring_store`) and the encrypted database together, so that neither face of the app
ever touches key material or SQL directly.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterator
from types import TracebackType

from kindspace.clock import Clock, system_clock
from kindspace.errors import (
    DamagedJournal,
    InvalidInput,
    JournalExists,
    KeyringUnavailable,
    SearchIndexDamaged,
    WrongSecret,
)
from kindspace.i18n import N_, _
from kindspace.journal import vault
from kindspace.journal.damage import damaged_journal, require_journal_schema
from kindspace.journal.database import (
    Database,
    DatabaseError,
    NotAJournal,
    after_each_commit,
    is_read_only,
    open_encrypted,
    release_sqlite_memory,
    write_transaction,
)
from kindspace.journal.drafts import DraftStore, SettingsStore
from kindspace.journal.entries import EntryRepository
from kindspace.journal.key_file import KdfParams, KeyFile, read_key_file
from kindspace.journal.migrations import migrate
from kindspace.journal.models import SearchHit
from kindspace.journal.open_lock import OpenLock
from kindspace.journal.own_exercises import OwnExerciseStore
from kindspace.journal.search import SearchFilters, search_entries
from kindspace.journal.state_mark import missing_changes, record_state
from kindspace.journal.trash import Trash
from kindspace.journal.unlocking import BACKUPS_FOLDER as BACKUPS_FOLDER
from kindspace.journal.unlocking import DATABASE_NAME as DATABASE_NAME
from kindspace.journal.unlocking import JournalLocation as JournalLocation
from kindspace.journal.unlocking import KeyStore as KeyStore
from kindspace.journal.unlocking import UnlockedKey as UnlockedKey
from kindspace.journal.unlocking import UnlockMethod as UnlockMethod
from kindspace.journal.unlocking import _key_from_keyring as _key_from_keyring
from kindspace.journal.unlocking import needs_secret as needs_secret
from kindspace.journal.unlocking import unlock_key as unlock_key
from kindspace.paths import ensure_private_dir
from kindspace.sync.log import SyncLog

log = logging.getLogger(__name__)

#: The recovery key is also kept inside the encrypted journal, so that Settings can show it
#: again (after asking for the passphrase). Anyone who can read it there already holds the
#: data key, so keeping it adds no way in.
RECOVERY_KEY_SETTING = "recovery_key"
#: The most matches one search returns (SQLite takes no larger LIMIT than a 64-bit number).
MAX_SEARCH_LIMIT = 100_000
READ_ONLY_NOTE = N_(
    "This journal's folder is read-only, so kindspace opened it for reading: searching, "
    "checking, exporting and backing up to another place work, and writing is off."
)
SEARCH_INDEX_DAMAGED = N_(
    "The search index is damaged, so search can't work right now; your entries are not "
    "affected and export still works. 'kindspace check --rebuild-index' rebuilds the index."
)


class Journal:
    """An unlocked journal. Close it (or use ``with``) so the WAL is checkpointed."""

    def __init__(
        self,
        location: JournalLocation,
        db: Database,
        keys: KeyFile,
        data_key: bytes,
        unlocked_with: UnlockMethod,
        clock: Clock = system_clock,
        *,
        notes: tuple[str, ...] = (),
        read_only: bool = False,
        open_lock: OpenLock | None = None,
    ) -> None:
        #: Held while open, so nothing replaces the file under us (see open_lock).
        self._open_lock = open_lock or OpenLock.acquire(location.data_dir)
        self.location = location
        self.db = db
        self.keys = keys
        self._data_key = data_key
        self.unlocked_with = unlocked_with
        self.clock = clock
        self.entries = EntryRepository(db, clock)
        self.drafts = DraftStore(db, clock)
        self.trash = Trash(db, clock)
        self.settings = SettingsStore(db, clock)
        self.own_exercises = OwnExerciseStore(db, clock)
        #: This journal's side of sync between the person's own devices (kindspace/sync).
        self.sync = SyncLog(db, clock)
        #: Calm sentences for the person about this opening (a keyring that couldn't be
        #: read, a read-only folder); each face shows them once, beside the journal.
        self.notes: list[str] = list(notes)
        #: Opened from a folder that can't be written: reading works, any write is refused.
        self.read_only = read_only
        self._changes_seen = self._changes_checkpointed = db.conn.total_changes
        if not read_only:
            after_each_commit(db, self._record_state)

    def _record_state(self) -> None:
        record_state(self.location.data_dir, self.db, self._data_key, self.clock)

    def missing_changes(self) -> str | None:
        """Whether the journal holds less than it did after its last save (see state_mark)."""
        return missing_changes(self.location.data_dir, self.db, self._data_key)

    def checkpoint_when_quiet(self) -> bool:
        """Copy saved changes from the WAL into the journal file once writing has paused.

        Call it every few seconds: the first call after a write only notes that writing
        happened, a later call that sees no further write checkpoints. Until then the
        changes live only in ``journal.db-wal``, where deleting that file would lose them.
        Returns whether a checkpoint ran.
        """
        changes = self.db.conn.total_changes
        if changes != self._changes_seen:
            self._changes_seen = changes
            return False
        if changes == self._changes_checkpointed or self.read_only:
            return False
        try:
            busy = self.db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()[0]
        except DatabaseError:
            return False
        if not busy:
            self._changes_checkpointed = changes
        return not busy

    @property
    def journal_id(self) -> str:
        return self.keys.journal_id

    @property
    def data_key(self) -> bytes:
        """The raw key, for the few modules that must open a second file (backups)."""
        return self._data_key

    def search(
        self,
        query: str,
        filters: SearchFilters | None = None,
        *,
        limit: int = 100,
        should_stop: Callable[[], bool] | None = None,
    ) -> list[SearchHit]:
        """Matches for ``query``; a damaged index is said so, with the way to rebuild it."""
        try:
            return search_entries(
                self.db,
                query,
                filters,
                limit=min(limit, MAX_SEARCH_LIMIT),
                should_stop=should_stop,
            )
        except MemoryError:
            # SQLCipher reports a page that fails its check as "out of memory".
            raise SearchIndexDamaged(_(SEARCH_INDEX_DAMAGED)) from None
        except DatabaseError as error:
            text = str(error).lower()
            if not any(word in text for word in ("malformed", "corrupt", "not a database")):
                raise  # a busy or closed journal is not a damaged index
            raise SearchIndexDamaged(_(SEARCH_INDEX_DAMAGED)) from None

    def rebuild_search_index(self) -> None:
        """Build the search index again from the entries (the index holds nothing else)."""
        with write_transaction(self.db):
            self.db.execute("INSERT INTO entries_fts(entries_fts) VALUES('rebuild')")

    # -- unlock methods --------------------------------------------------------------------

    def set_passphrase(self, passphrase: str, *, kdf_params: KdfParams | None = None) -> None:
        """Add or change the passphrase. Only the key file changes; entries are not rewritten."""
        check_passphrase_strength(passphrase)
        self.keys = vault.set_passphrase(
            self.location.key_file,
            self._data_key,
            passphrase,
            kdf_params=kdf_params or vault.DEFAULT_KDF,
        )
        self._rewrap_backups()

    def _rewrap_backups(self) -> None:
        """After a key change, the backups' key file copies take the new wraps too, so an
        old passphrase or recovery key stops opening older backups (see backup_keys)."""
        from kindspace.journal.backup_keys import rewrap_backup_key_files  # builds on this

        if rewrap_backup_key_files(self).failed:
            self.notes.append(
                "kindspace couldn't update the key files beside some backups, so the old "
                f"secret may still open those backups (in {self.location.backups_dir})."
            )

    def require_passphrase(self, keyring: KeyStore | None) -> None:
        """Take the key out of the keyring so only the passphrase or recovery key open it.

        The key file is updated first: if the process dies between the two steps, the
        journal still opens with the passphrase, and running this again finishes the job.
        """
        if self.keys.passphrase is None:
            raise InvalidInput(
                _("Please set a passphrase first, so you still have an everyday way in.")
            )
        self.keys = vault.set_keyring_flag(self.location.key_file, enabled=False)
        if keyring is not None:
            keyring.forget(self.journal_id)

    def remember_in_keyring(self, keyring: KeyStore | None) -> None:
        """Keep the key in the system keyring so the journal opens without typing."""
        if keyring is None:
            raise KeyringUnavailable(
                _(
                    "This computer has no usable keyring, so the journal keeps "
                    "asking for your passphrase."
                )
            )
        keyring.store(self.journal_id, self._data_key)
        self.keys = vault.set_keyring_flag(self.location.key_file, enabled=True)

    def replace_recovery_key(self) -> str:
        """Make a new recovery key and return it; the old one stops working."""
        code = vault.replace_recovery_key(self.location.key_file, self._data_key)
        self.keys = read_key_file(self.location.key_file)
        self.settings.set(RECOVERY_KEY_SETTING, code)
        self._rewrap_backups()
        return code

    def recovery_key(self) -> str | None:
        """The current recovery key, or None for a journal made before it was kept inside."""
        value = self.settings.get(RECOVERY_KEY_SETTING)
        if not isinstance(value, str):
            return None
        try:
            matches = vault.unwrap_with_recovery_key(self.keys, value) == self._data_key
        except (WrongSecret, InvalidInput):
            return None
        return value if matches else None

    def passphrase_matches(self, passphrase: str) -> bool:
        """Ask again before showing secrets: true only for this journal's passphrase."""
        if self.keys.passphrase is None:
            return False
        try:
            return vault.unwrap_with_passphrase(self.keys, passphrase) == self._data_key
        except WrongSecret:
            return False

    # -- lifetime ------------------------------------------------------------------------

    @contextlib.contextmanager
    def on_own_connection(self) -> Iterator[Journal]:
        """The same unlocked journal over a connection of its own, closed afterwards.

        Why: SQLCipher connections belong to the thread that opened them, and long work
        (importing or exporting thousands of entries) runs on a worker thread so the window
        stays responsive. Enter this *on that thread*. The copy shares the keys already
        unwrapped, so no secret is asked for again; closing it leaves the original open.
        """
        db = open_encrypted(self.location.database, self._data_key, read_only=self.read_only)
        try:
            yield Journal(
                self.location, db, self.keys, self._data_key, self.unlocked_with, self.clock,
                read_only=self.read_only,
            )  # fmt: skip
        finally:
            db.conn.close()

    def close(self) -> None:
        """Checkpoint the WAL into the main file, close the connection, and free its cache."""
        with contextlib.suppress(Exception):
            if not self.read_only:
                self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        with contextlib.suppress(Exception):
            self.db.execute("PRAGMA shrink_memory")  # decrypted pages, before the close
        after_each_commit(self.db, None)
        self.db.conn.close()
        release_sqlite_memory()
        self._open_lock.release()

    def __enter__(self) -> Journal:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


MIN_PASSPHRASE_LENGTH = 8


def check_passphrase_strength(passphrase: str) -> None:
    """Refuse passphrases too short to protect a journal; say so kindly."""
    if len(passphrase.strip()) < MIN_PASSPHRASE_LENGTH:
        raise InvalidInput(
            _(
                "Please choose a passphrase of at least "
                "{min_passphrase_length} characters; a few ordinary words in a "
                "row work well."
            ).format(min_passphrase_length=MIN_PASSPHRASE_LENGTH)
        )


def create_journal(
    location: JournalLocation,
    *,
    passphrase: str | None = None,
    keyring: KeyStore | None = None,
    use_keyring: bool = True,
    kdf_params: KdfParams | None = None,
    clock: Clock = system_clock,
) -> tuple[Journal, str]:
    """Create a new journal and return it with its recovery key (shown once, to write down).

    With ``use_keyring`` and a usable keyring the key is kept there; a passphrase is
    optional then. Without a keyring a passphrase is required.
    """
    if location.exists():
        raise JournalExists(
            _("There is already a journal in {data_dir}, so kindspace left it untouched.").format(
                data_dir=location.data_dir
            )
        )
    if use_keyring and keyring is None and passphrase is None:
        raise KeyringUnavailable(
            _(
                "This computer has no usable keyring, so kindspace needs a "
                "passphrase to protect your journal."
            )
        )
    if passphrase is not None:
        check_passphrase_strength(passphrase)
    ensure_private_dir(location.data_dir)
    open_lock = OpenLock.acquire(location.data_dir)
    keep_in_keyring = use_keyring and keyring is not None
    new_keys = vault.create_key_file(
        location.key_file,
        passphrase=passphrase,
        keyring=keep_in_keyring,
        kdf_params=kdf_params or vault.DEFAULT_KDF,
        clock=clock,
    )
    try:
        db = open_encrypted(location.database, new_keys.data_key, create=True)
        migrate(db, clock)
        SettingsStore(db).set(RECOVERY_KEY_SETTING, new_keys.recovery_key)
        if keep_in_keyring and keyring is not None:
            keyring.store(new_keys.key_file.journal_id, new_keys.data_key)
    except BaseException:
        open_lock.release()
        # Nothing was ever written with this key, so removing the half-made journal loses
        # nothing and lets the person simply try again.
        for path in (location.key_file, location.database):
            for suffix in ("", "-wal", "-shm"):
                with contextlib.suppress(FileNotFoundError):
                    path.with_name(path.name + suffix).unlink()
        raise
    journal = Journal(
        location, db, new_keys.key_file, new_keys.data_key, UnlockMethod.NEW, clock,
        open_lock=open_lock,
    )  # fmt: skip
    return journal, new_keys.recovery_key


def open_journal(
    location: JournalLocation,
    *,
    passphrase: str | None = None,
    recovery_key: str | None = None,
    keyring: KeyStore | None = None,
    clock: Clock = system_clock,
    daily_backup: bool = True,
) -> Journal:
    """Unlock and open a journal: the given secret first, else the keyring (see unlock_key)."""
    unlocked = unlock_key(
        location, passphrase=passphrase, recovery_key=recovery_key, keyring=keyring
    )
    return open_unlocked(location, unlocked, clock=clock, daily_backup=daily_backup)


def open_unlocked(
    location: JournalLocation,
    unlocked: UnlockedKey,
    *,
    clock: Clock = system_clock,
    daily_backup: bool = True,
) -> Journal:
    """Open the database with a key :func:`unlock_key` found, on the calling thread."""
    open_lock = OpenLock.acquire(location.data_dir)  # waits while a restore replaces it
    if not location.database.exists():
        open_lock.release()
        raise DamagedJournal(
            _(
                "The journal file is missing from {data_dir}. Your backups are "
                "in {backups_dir}; 'kindspace restore' can bring one back."
            ).format(data_dir=location.data_dir, backups_dir=location.backups_dir)
        )
    read_only = is_read_only(location.database)
    try:
        db = open_encrypted(location.database, unlocked.data_key, read_only=read_only)
    except BaseException as error:
        open_lock.release()
        if not isinstance(error, (WrongSecret, NotAJournal)):
            raise
        # The key was already proven right against the key file, so a file that does not
        # decrypt, or decrypts to nothing, is damaged or was replaced: never reuse it.
        what = str(error) if isinstance(error, NotAJournal) else _(
            "The journal file {name} does not decrypt with its own key."
        ).format(name=location.database.name)  # fmt: skip
        raise damaged_journal(location, unlocked.data_key, what) from error
    try:
        require_journal_schema(db, location.database)
        migrate(db, clock)
    except NotAJournal as error:
        db.conn.close()
        open_lock.release()
        raise damaged_journal(location, unlocked.data_key, str(error)) from error
    except BaseException:
        db.conn.close()
        open_lock.release()
        raise
    notes = (*unlocked.notes, _(READ_ONLY_NOTE)) if read_only else unlocked.notes
    lost = missing_changes(location.data_dir, db, unlocked.data_key)
    notes = (*notes, lost) if lost else notes
    journal = Journal(
        location, db, unlocked.keys, unlocked.data_key, unlocked.method, clock,
        notes=notes, read_only=read_only, open_lock=open_lock,
    )  # fmt: skip
    if daily_backup and not read_only:
        from kindspace.journal.backup import ensure_daily_backup  # backup builds on this module

        ensure_daily_backup(journal)  # never raises: a failed backup must not block opening
    return journal
