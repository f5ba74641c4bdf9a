"""The journal's everyday unlock through a real Secret Service, and every way around it."""

from __future__ import annotations

import gc
import secrets
import warnings
from pathlib import Path

import pytest
from keyring.backends import SecretService

from kindspace.errors import CannotUnlock
from kindspace.journal import vault
from kindspace.journal.journal import (
    JournalLocation,
    UnlockMethod,
    create_journal,
    needs_secret,
    open_journal,
)
from kindspace.journal.keyring_store import KeyringKeyStore, find_usable_keyring
from tests.helpers.keyrings import memory_key_store

pytestmark = pytest.mark.system
PASSPHRASE = "evening light on the water"


@pytest.fixture
def keyring(secret_service: str) -> KeyringKeyStore:
    check = find_usable_keyring(SecretService.Keyring())
    return KeyringKeyStore(check.require())


@pytest.fixture
def location(tmp_path: Path) -> JournalLocation:
    return JournalLocation(tmp_path / "kindspace")


def test_a_keyring_journal_opens_without_typing(
    location: JournalLocation, keyring: KeyringKeyStore
) -> None:
    journal, _recovery = create_journal(location, keyring=keyring)
    with journal:
        journal.entries.create(body="kept safe")
        journal_id = journal.journal_id
    assert keyring.load(journal_id) is not None
    assert not needs_secret(location, keyring)
    with open_journal(location, keyring=keyring) as reopened:
        assert reopened.unlocked_with is UnlockMethod.KEYRING
        assert reopened.entries.count() == 1


def test_a_reset_keyring_asks_for_the_recovery_key_then_remembers(
    location: JournalLocation, keyring: KeyringKeyStore
) -> None:
    journal, recovery = create_journal(location, keyring=keyring)
    journal_id = journal.journal_id
    journal.close()
    keyring.forget(journal_id)  # what a new computer or a reset keyring looks like
    with pytest.raises(CannotUnlock, match="passphrase or recovery key"):
        open_journal(location, keyring=keyring)
    with open_journal(location, recovery_key=recovery, keyring=keyring) as journal:
        assert journal.unlocked_with is UnlockMethod.RECOVERY_KEY
    with open_journal(location, keyring=keyring) as journal:
        assert journal.unlocked_with is UnlockMethod.KEYRING


def test_a_foreign_key_in_the_keyring_is_not_trusted(
    location: JournalLocation, keyring: KeyringKeyStore
) -> None:
    journal, _recovery = create_journal(location, keyring=keyring)
    journal_id = journal.journal_id
    journal.close()
    keyring.store(journal_id, secrets.token_bytes(32))
    with pytest.raises(CannotUnlock):
        open_journal(location, keyring=keyring)
    assert location.database.exists()


def test_require_passphrase_takes_the_key_out_and_back(
    location: JournalLocation, keyring: KeyringKeyStore
) -> None:
    journal, _recovery = create_journal(
        location, passphrase=PASSPHRASE, keyring=keyring, kdf_params=vault.FAST_TEST_KDF
    )
    with journal:
        journal.require_passphrase(keyring)
        journal_id = journal.journal_id
    assert keyring.load(journal_id) is None
    assert needs_secret(location, keyring)
    with pytest.raises(CannotUnlock):
        open_journal(location, keyring=keyring)
    with open_journal(location, passphrase=PASSPHRASE, keyring=keyring) as journal:
        assert keyring.load(journal_id) is None, "a passphrase-only journal stays out"
        journal.remember_in_keyring(keyring)
    with open_journal(location, keyring=keyring) as journal:
        assert journal.unlocked_with is UnlockMethod.KEYRING


def test_a_locked_keyring_never_refuses_the_passphrase_or_recovery_key(
    locked_secret_service: str, location: JournalLocation
) -> None:
    journal, recovery = create_journal(
        location, passphrase=PASSPHRASE, keyring=memory_key_store(), kdf_params=vault.FAST_TEST_KDF
    )
    journal.close()
    locked = KeyringKeyStore(SecretService.Keyring())
    with warnings.catch_warnings():
        # keyring leaves its D-Bus connection open when unlocking fails (keyring's leak).
        warnings.simplefilter("ignore", ResourceWarning)
        for secret in ({"passphrase": PASSPHRASE}, {"recovery_key": recovery}):
            with open_journal(location, keyring=locked, daily_backup=False, **secret) as opened:
                assert opened.entries.count() == 0
                assert any("keyring" in note for note in opened.notes)
        gc.collect()
