"""The front door: create, unlock with each secret, re-key without rewriting the journal."""

from __future__ import annotations

import gc
import hashlib
import weakref
from pathlib import Path

import pytest

from kindspace.errors import (
    CannotUnlock,
    DamagedJournal,
    InvalidInput,
    JournalExists,
    JournalNotFound,
    KeyringUnavailable,
    WrongSecret,
)
from kindspace.journal import vault
from kindspace.journal.journal import (
    Journal,
    JournalLocation,
    UnlockMethod,
    create_journal,
    needs_secret,
    open_journal,
)

PASSPHRASE = "a quiet walk by the river"


def fingerprint(folder: Path) -> dict[str, str]:
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.iterdir())
        if path.is_file()
    }


@pytest.fixture
def location(tmp_path: Path) -> JournalLocation:
    return JournalLocation(tmp_path / "kindspace")


@pytest.fixture
def recovery_key(location: JournalLocation) -> str:
    journal, code = create_journal(
        location, passphrase=PASSPHRASE, use_keyring=False, kdf_params=vault.FAST_TEST_KDF
    )
    with journal:
        journal.entries.create(title="First", body="Hello, kind self.")
    return code


def open_with(location: JournalLocation, **secret: str) -> Journal:
    return open_journal(location, **secret)


def test_passphrase_and_recovery_key_both_open_it(
    location: JournalLocation, recovery_key: str
) -> None:
    with open_with(location, passphrase=PASSPHRASE) as journal:
        assert journal.unlocked_with is UnlockMethod.PASSPHRASE
        assert journal.entries.count() == 1
    typed_sloppily = recovery_key.lower().replace("-", " ")
    with open_with(location, recovery_key=typed_sloppily) as journal:
        assert journal.unlocked_with is UnlockMethod.RECOVERY_KEY
        assert journal.entries.count() == 1


@pytest.mark.parametrize(
    "secret", [{"passphrase": "not the passphrase"}, {"recovery_key": "AAAA-" * 6 + "AAAA"}]
)
def test_a_wrong_secret_is_refused_and_touches_nothing(
    location: JournalLocation, recovery_key: str, secret: dict[str, str]
) -> None:
    before = fingerprint(location.data_dir)
    with pytest.raises((WrongSecret, InvalidInput)):
        open_with(location, **secret)
    assert fingerprint(location.data_dir) == before


def test_without_a_secret_or_keyring_it_asks_for_one(
    location: JournalLocation, recovery_key: str
) -> None:
    assert needs_secret(location, keyring=None)
    with pytest.raises(CannotUnlock, match="passphrase or recovery key"):
        open_journal(location)


def test_changing_the_passphrase_rewraps_without_rewriting_the_journal(
    location: JournalLocation, recovery_key: str
) -> None:
    with open_with(location, passphrase=PASSPHRASE) as journal:
        journal.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        database_before = hashlib.sha256(location.database.read_bytes()).hexdigest()
        journal.set_passphrase("a new and longer passphrase", kdf_params=vault.FAST_TEST_KDF)
    assert hashlib.sha256(location.database.read_bytes()).hexdigest() == database_before
    with pytest.raises(WrongSecret):
        open_with(location, passphrase=PASSPHRASE)
    with open_with(location, passphrase="a new and longer passphrase") as journal:
        assert journal.entries.count() == 1
    with open_with(location, recovery_key=recovery_key) as journal:
        assert journal.entries.count() == 1


def test_a_new_recovery_key_replaces_the_old_one(
    location: JournalLocation, recovery_key: str
) -> None:
    with open_with(location, passphrase=PASSPHRASE) as journal:
        new_code = journal.replace_recovery_key()
    assert new_code != recovery_key
    with pytest.raises(WrongSecret):
        open_with(location, recovery_key=recovery_key)
    with open_with(location, recovery_key=new_code) as journal:
        assert journal.entries.count() == 1


def test_short_passphrases_are_refused_kindly(location: JournalLocation) -> None:
    with pytest.raises(InvalidInput, match="at least"):
        create_journal(location, passphrase="short", use_keyring=False)
    assert not location.exists()


def test_no_keyring_and_no_passphrase_explains_the_fallback(location: JournalLocation) -> None:
    with pytest.raises(KeyringUnavailable, match="passphrase"):
        create_journal(location, keyring=None, use_keyring=True)
    assert not location.exists()


def test_an_existing_journal_is_never_overwritten(
    location: JournalLocation, recovery_key: str
) -> None:
    before = fingerprint(location.data_dir)
    with pytest.raises(JournalExists):
        create_journal(location, passphrase=PASSPHRASE, use_keyring=False)
    assert fingerprint(location.data_dir) == before


def test_requiring_a_passphrase_needs_one(location: JournalLocation, recovery_key: str) -> None:
    with open_with(location, passphrase=PASSPHRASE) as journal:
        journal.require_passphrase(keyring=None)
        assert not journal.keys.keyring
    with (
        open_with(location, passphrase=PASSPHRASE) as journal,
        pytest.raises(KeyringUnavailable),
    ):
        journal.remember_in_keyring(keyring=None)


def test_no_journal_yet_says_how_to_make_one(location: JournalLocation) -> None:
    with pytest.raises(JournalNotFound, match="kindspace init"):
        open_journal(location, passphrase=PASSPHRASE)


def test_a_missing_key_file_is_explained_and_nothing_is_removed(
    location: JournalLocation, recovery_key: str
) -> None:
    location.key_file.rename(location.data_dir / "keys.json.elsewhere")
    with pytest.raises(DamagedJournal, match="key file"):
        open_journal(location, passphrase=PASSPHRASE)
    assert location.database.exists()


def test_a_missing_database_points_at_backups(location: JournalLocation, recovery_key: str) -> None:
    location.database.rename(location.data_dir / "moved.db")
    with pytest.raises(DamagedJournal, match="backups"):
        open_journal(location, passphrase=PASSPHRASE)
    assert not location.database.exists()


def test_a_damaged_journal_is_not_blamed_on_the_passphrase(
    location: JournalLocation, recovery_key: str
) -> None:
    size = location.database.stat().st_size
    location.database.write_bytes(b"\x00" * size)
    with pytest.raises(DamagedJournal, match="damaged"):
        open_journal(location, passphrase=PASSPHRASE, daily_backup=False)
    assert location.database.read_bytes() == b"\x00" * size


def test_a_worker_thread_reads_and_writes_through_its_own_connection(
    location: JournalLocation, recovery_key: str
) -> None:
    import threading

    seen: list[object] = []

    with open_with(location, passphrase=PASSPHRASE) as journal:

        def work() -> None:
            try:
                with journal.on_own_connection() as own:
                    seen.append([entry.title for entry in own.entries.iter_all()])
                    own.entries.create(title="From the worker")
                    seen.append(own.db.conn is not journal.db.conn)
            except Exception as error:  # reported to the test, never swallowed
                seen.append(error)

        worker = threading.Thread(target=work)
        worker.start()
        worker.join(30)
        assert seen == [["First"], True]
        assert [entry.title for entry in journal.entries.iter_all()] == ["First", "From the worker"]
        assert journal.entries.count() == 2, "the original connection is still open"


def test_a_closed_journal_is_let_go_with_its_key(
    location: JournalLocation, recovery_key: str
) -> None:
    """Nothing kindspace keeps may hold a closed journal (and so its data key) alive."""
    journal = open_with(location, passphrase=PASSPHRASE)
    journal.entries.create(title="Second", body="A write, so every after-commit hook ran.")
    held = weakref.ref(journal)
    journal.close()
    del journal
    gc.collect()
    assert held() is None
