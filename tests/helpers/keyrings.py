"""A keyring that lives in memory, for GUI tests where the Secret Service is not under test.

It is a real ``keyring`` backend (the same class hierarchy kindspace's probe and
:class:`KeyringKeyStore` use), only without a daemon. Tests of keyring behaviour itself use
the private Secret Service in :mod:`tests.helpers.secret_service`.
"""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from kindspace.journal.keyring_store import KeyringCheck, KeyringKeyStore


class MemoryKeyring(KeyringBackend):
    priority = 5

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.secrets.pop((service, username), None) is None:
            raise PasswordDeleteError("not there")


# Every KeyringBackend subclass joins keyring's own discovery, where this one would compete
# with the real Secret Service in tests that probe the system. It is only for explicit use.
KeyringBackend._classes.discard(MemoryKeyring)


def usable_keyring() -> KeyringCheck:
    return KeyringCheck(MemoryKeyring(), "an in-memory keyring for tests")


def no_keyring() -> KeyringCheck:
    return KeyringCheck(None, "no keyring in this test")


def memory_key_store() -> KeyringKeyStore:
    return KeyringKeyStore(MemoryKeyring())


class LockedKeyring(MemoryKeyring):
    """A keyring that refuses to store, as a locked or vanished collection does."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise RuntimeError("the collection is locked")
