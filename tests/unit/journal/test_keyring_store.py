"""Which keyrings may hold the data key, and how the key store behaves when they misbehave.

The backends here are small but real ``KeyringBackend`` subclasses (no mocking library):
``keyring``'s own ``fail`` and ``null`` backends, and in-memory stand-ins shaped like the
plaintext backends of ``keyrings.alt`` or like a keyring that breaks.
"""

from __future__ import annotations

import logging

import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null
from keyring.errors import KeyringLocked, PasswordDeleteError

from kindspace.errors import KeyringUnavailable
from kindspace.journal.keyring_store import (
    PROBE_SERVICE,
    SERVICE,
    KeyringKeyStore,
    find_usable_keyring,
)

DATA_KEY = bytes(range(32))


class MemoryKeyring(KeyringBackend):
    """A keyring that works: what a good system keyring looks like to kindspace."""

    priority = 5  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.entries[(service, username)]
        except KeyError:
            raise PasswordDeleteError("No such password!") from None


class PlaintextKeyring(MemoryKeyring):
    """Named like ``keyrings.alt.file.PlaintextKeyring``: works, but is not secure."""


class AltModuleKeyring(MemoryKeyring):
    """An innocent name, but from the ``keyrings.alt`` package."""


AltModuleKeyring.__module__ = "keyrings.alt.Windows"


class LowPriorityKeyring(MemoryKeyring):
    priority = 0.5  # type: ignore[assignment]


class ForgetfulKeyring(MemoryKeyring):
    """Accepts secrets and gives back something else (a broken daemon, a stale cache)."""

    def get_password(self, service: str, username: str) -> str | None:
        return "0" * 64


class LockedKeyring(MemoryKeyring):
    """Every operation fails the way a dismissed unlock prompt does."""

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("Failed to unlock the collection!")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("Failed to unlock the collection!")

    def delete_password(self, service: str, username: str) -> None:
        raise KeyringLocked("Failed to unlock the collection!")


class CrashingKeyring(MemoryKeyring):
    """Fails with errors that are not keyring's own, as D-Bus libraries do."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise ConnectionResetError(f"socket closed while sending {password}")


class MixedChainer(chainer.ChainerBackend):
    """A chainer whose first member is plaintext: it would write the key there."""

    backends = (PlaintextKeyring(), MemoryKeyring())  # type: ignore[assignment]


class UnavailableKeyring(MemoryKeyring):
    @property
    def priority(self) -> float:  # type: ignore[override]
        raise RuntimeError("The Secret Service daemon is neither running nor activatable")


TEST_BACKENDS = (
    MemoryKeyring,
    PlaintextKeyring,
    AltModuleKeyring,
    LowPriorityKeyring,
    ForgetfulKeyring,
    LockedKeyring,
    CrashingKeyring,
    UnavailableKeyring,
    MixedChainer,
)
# keyring registers every backend class it sees; these must never be chosen for real use.
for _backend in TEST_BACKENDS:
    KeyringBackend._classes.discard(_backend)  # type: ignore[attr-defined]


def test_a_working_keyring_is_usable_and_the_probe_cleans_up() -> None:
    backend = MemoryKeyring()
    check = find_usable_keyring(backend)
    assert check.usable and check.backend is backend and check.require() is backend
    assert backend.entries == {}


@pytest.mark.parametrize(
    ("backend", "why"),
    [
        (fail.Keyring(), "does not store secrets securely"),
        (null.Keyring(), "does not store secrets securely"),
        (PlaintextKeyring(), "plaintext"),
        (AltModuleKeyring(), "does not store secrets securely"),
        (LowPriorityKeyring(), "priority 0.5"),
        (ForgetfulKeyring(), "did not give back"),
        (LockedKeyring(), "KeyringLocked"),
        (CrashingKeyring(), "ConnectionResetError"),
        (UnavailableKeyring(), "neither running nor activatable"),
    ],
)
def test_unusable_keyrings_are_rejected_with_a_reason(backend: KeyringBackend, why: str) -> None:
    check = find_usable_keyring(backend)
    assert not check.usable and check.backend is None
    assert why in check.reason
    assert type(backend).__name__ in check.reason
    with pytest.raises(KeyringUnavailable, match="passphrase instead"):
        check.require()


def test_plaintext_backends_are_rejected_before_anything_is_written() -> None:
    backend = PlaintextKeyring()
    find_usable_keyring(backend)
    backend_alt = AltModuleKeyring()
    find_usable_keyring(backend_alt)
    assert backend.entries == backend_alt.entries == {}


def test_a_chainer_is_judged_by_its_members() -> None:
    check = find_usable_keyring(MixedChainer())
    assert isinstance(check.backend, MemoryKeyring)
    assert type(check.backend) is MemoryKeyring


def test_key_store_round_trip() -> None:
    backend = MemoryKeyring()
    store = KeyringKeyStore(backend)
    assert store.load("journal-1") is None
    store.store("journal-1", DATA_KEY)
    assert backend.entries == {(SERVICE, "journal-1"): DATA_KEY.hex()}
    assert store.load("journal-1") == DATA_KEY
    store.forget("journal-1")
    assert store.load("journal-1") is None
    store.forget("journal-1")  # forgetting twice is fine
    assert (PROBE_SERVICE, "journal-1") not in backend.entries


@pytest.mark.parametrize("value", ["not hex at all", "ab" * 31, "ab" * 33, "zz" * 32, ""])
def test_malformed_entry_loads_as_none_and_warns_without_the_value(
    value: str, caplog: pytest.LogCaptureFixture
) -> None:
    backend = MemoryKeyring()
    backend.entries[(SERVICE, "journal-1")] = value
    with caplog.at_level(logging.WARNING):
        assert KeyringKeyStore(backend).load("journal-1") is None
    assert "journal-1" in caplog.text and "not a valid key" in caplog.text
    if value:
        assert value not in caplog.text


def test_store_failure_is_keyring_unavailable_and_never_logs_the_key(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.DEBUG), pytest.raises(KeyringUnavailable) as caught:
        KeyringKeyStore(CrashingKeyring()).store("journal-1", DATA_KEY)
    assert "passphrase" in str(caught.value)
    assert "ConnectionResetError" in caplog.text
    assert DATA_KEY.hex() not in caplog.text


def test_a_keyring_that_drops_the_key_is_unavailable() -> None:
    with pytest.raises(KeyringUnavailable):
        KeyringKeyStore(ForgetfulKeyring()).store("journal-1", DATA_KEY)


@pytest.mark.parametrize("operation", ["load", "forget"])
def test_locked_keyring_on_load_or_forget_is_keyring_unavailable(operation: str) -> None:
    store = KeyringKeyStore(LockedKeyring())
    with pytest.raises(KeyringUnavailable):
        getattr(store, operation)("journal-1")


@pytest.mark.parametrize("backend", [fail.Keyring(), LockedKeyring()])
def test_keyring_errors_never_escape_as_themselves(backend: KeyringBackend) -> None:
    store = KeyringKeyStore(backend)
    with pytest.raises(KeyringUnavailable):
        store.store("journal-1", DATA_KEY)
    with pytest.raises(KeyringUnavailable):
        store.load("journal-1")


def test_only_32_byte_keys_are_stored() -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        KeyringKeyStore(MemoryKeyring()).store("journal-1", b"short")
