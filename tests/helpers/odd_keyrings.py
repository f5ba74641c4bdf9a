"""Real ``keyring`` backends that misbehave the way real keyrings do, for fault tests.

Each is a genuine :class:`keyring.backend.KeyringBackend`; kindspace meets it through
keyring's own configuration (``PYTHON_KEYRING_BACKEND=tests.helpers.odd_keyrings.X`` in a
subprocess, or an instance handed in), so the code under test is unchanged. None joins
keyring's discovery, so tests that probe the real system never meet them by accident.

- :class:`BlockingKeyring`: every call waits until the test releases it, as a keyring daemon
  that hangs or an unlock prompt nobody answers does.
- :class:`UnreadableKeyring`: passes the probe (its own test entry round-trips) but cannot
  read kindspace's item, as a collection that locks itself after the probe does.
- :class:`LedgerKeyring`: keeps secrets in a JSON file named by ``KINDSPACE_TEST_KEYRING``
  (so they outlive one process) and appends every call to ``<that file>.calls``.
"""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked, PasswordDeleteError

from tests.helpers.keyrings import MemoryKeyring

LEDGER_ENV = "KINDSPACE_TEST_KEYRING"
#: When set, BlockingKeyring writes a line here before it blocks (for subprocess tests).
BLOCKED_MARK_ENV = "KINDSPACE_TEST_KEYRING_MARK"


class BlockingKeyring(KeyringBackend):
    priority = 5

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()
        self.calls: list[tuple[str, str]] = []  # (method, thread name)

    def _block(self, method: str) -> None:
        self.calls.append((method, threading.current_thread().name))
        mark = os.environ.get(BLOCKED_MARK_ENV)
        if mark:
            with open(mark, "a", encoding="utf-8") as handle:
                handle.write(method + "\n")
        self.release.wait()

    def get_password(self, service: str, username: str) -> str | None:
        self._block("get_password")
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        self._block("set_password")

    def delete_password(self, service: str, username: str) -> None:
        self._block("delete_password")


class UnreadableKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        if service == "kindspace":
            raise KeyringLocked("the collection is locked")
        return super().get_password(service, username)


class LedgerKeyring(KeyringBackend):
    priority = 5

    @property
    def _path(self) -> Path:
        return Path(os.environ[LEDGER_ENV])

    def _note(self, method: str, service: str) -> None:
        with open(f"{self._path}.calls", "a", encoding="utf-8") as handle:
            handle.write(f"{method} {service}\n")

    def _load(self) -> dict[str, str]:
        try:
            return dict(json.loads(self._path.read_text(encoding="utf-8")))
        except FileNotFoundError:
            return {}

    def get_password(self, service: str, username: str) -> str | None:
        self._note("get_password", service)
        return self._load().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        self._note("set_password", service)
        secrets = self._load()
        secrets[f"{service}/{username}"] = password
        self._path.write_text(json.dumps(secrets), encoding="utf-8")

    def delete_password(self, service: str, username: str) -> None:
        self._note("delete_password", service)
        secrets = self._load()
        if secrets.pop(f"{service}/{username}", None) is None:
            raise PasswordDeleteError("not there")
        self._path.write_text(json.dumps(secrets), encoding="utf-8")


for _backend in (BlockingKeyring, UnreadableKeyring, LedgerKeyring):
    KeyringBackend._classes.discard(_backend)
