"""kindspace against a real Secret Service (gnome-keyring on a private D-Bus session bus).

``keyring`` picks and caches its backends once per process, so these tests construct the
Secret Service backend themselves; it connects to ``DBUS_SESSION_BUS_ADDRESS`` afresh on
every call, which the ``secret_service`` fixture points at the private bus.
"""

from __future__ import annotations

import gc
import logging
import warnings

import pytest
from keyring.backends import SecretService

from kindspace.errors import KeyringUnavailable
from kindspace.journal import vault
from kindspace.journal.keyring_store import (
    PROBE_SERVICE,
    SERVICE,
    KeyringKeyStore,
    find_usable_keyring,
)

pytestmark = pytest.mark.system

JOURNAL_ID = "5b0c7f5e-8d8e-4c4a-9a0e-6f1d2c3b4a59"


@pytest.fixture
def backend(secret_service: str) -> SecretService.Keyring:
    return SecretService.Keyring()


def test_the_secret_service_is_usable_and_the_probe_leaves_nothing(
    backend: SecretService.Keyring,
) -> None:
    check = find_usable_keyring(backend)
    assert check.usable, check.reason
    assert check.backend is backend
    assert backend.get_password(PROBE_SERVICE, "availability-check") is None


@pytest.mark.usefixtures("secret_service")
def test_the_default_search_finds_the_secret_service() -> None:
    check = find_usable_keyring()
    assert check.usable, check.reason
    assert isinstance(check.backend, SecretService.Keyring)


def test_store_load_forget(backend: SecretService.Keyring) -> None:
    store = KeyringKeyStore(backend)
    data_key = vault.new_data_key()
    store.store(JOURNAL_ID, data_key)
    try:
        assert store.load(JOURNAL_ID) == data_key
        # Another process (the next start of kindspace) sees it through a new connection.
        assert KeyringKeyStore(SecretService.Keyring()).load(JOURNAL_ID) == data_key
    finally:
        store.forget(JOURNAL_ID)
    assert store.load(JOURNAL_ID) is None
    store.forget(JOURNAL_ID)  # forgetting what is gone is fine


def test_storing_again_replaces_the_key(backend: SecretService.Keyring) -> None:
    store = KeyringKeyStore(backend)
    first, second = vault.new_data_key(), vault.new_data_key()
    store.store(JOURNAL_ID, first)
    try:
        store.store(JOURNAL_ID, second)
        assert store.load(JOURNAL_ID) == second
    finally:
        store.forget(JOURNAL_ID)
    assert store.load(JOURNAL_ID) is None


def test_missing_entry_loads_as_none(backend: SecretService.Keyring) -> None:
    assert KeyringKeyStore(backend).load("00000000-0000-4000-8000-000000000000") is None


def test_malformed_entry_loads_as_none(
    backend: SecretService.Keyring, caplog: pytest.LogCaptureFixture
) -> None:
    backend.set_password(SERVICE, JOURNAL_ID, "certainly-not-a-key")
    try:
        with caplog.at_level(logging.WARNING):
            assert KeyringKeyStore(backend).load(JOURNAL_ID) is None
        assert "not a valid key" in caplog.text
        assert "certainly-not-a-key" not in caplog.text
    finally:
        backend.delete_password(SERVICE, JOURNAL_ID)


@pytest.mark.usefixtures("locked_secret_service")
def test_a_locked_keyring_is_not_usable_and_never_crashes() -> None:
    store = KeyringKeyStore(SecretService.Keyring())
    with warnings.catch_warnings():
        # keyring 25.7 leaves its D-Bus connection open when unlocking fails; that is
        # keyring's leak, not ours, and is closed when collected here.
        warnings.simplefilter("ignore", ResourceWarning)
        check = find_usable_keyring(SecretService.Keyring())
        with pytest.raises(KeyringUnavailable):
            store.store(JOURNAL_ID, vault.new_data_key())
        with pytest.raises(KeyringUnavailable):
            store.load(JOURNAL_ID)
        gc.collect()
    assert not check.usable
    assert "KeyringLocked" in check.reason
