"""Keeping the journal's data key in the operating system's keyring.

The keyring is an *optional* convenience: it lets the journal open without typing a
passphrase. So every failure here turns into "not usable" or :class:`KeyringUnavailable`,
and the caller falls back to the passphrase; nothing in this module may crash the app.

A keyring only counts as usable when it really protects the secret: ``keyring``'s ``fail``
and ``null`` backends, the file and plaintext backends of ``keyrings.alt`` and anything
below priority 1 (``keyring``'s own threshold for "recommended") are rejected, and the rest
must pass a store/read/delete round trip, because a backend can look fine and still fail
(a locked collection, a daemon that went away).

Threading: talking to a keyring can block for as long as an unlock prompt stays open, so
the GUI must call :func:`find_usable_keyring` and :class:`KeyringKeyStore` methods off the
GUI thread.
"""

from __future__ import annotations

import dataclasses
import importlib
import logging
import os
import secrets
import sys

import keyring
from keyring.backend import KeyringBackend
from keyring.backends.chainer import ChainerBackend
from keyring.errors import PasswordDeleteError

from kindspace.errors import KeyringUnavailable

log = logging.getLogger(__name__)

SERVICE = "kindspace"
PROBE_SERVICE = "kindspace-probe"
_PROBE_USER = "availability-check"
_KEY_HEX_CHARS = 64
_REJECTED_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")
_PLAINTEXT_HINTS = ("plaintext", "plain", "file", "unencrypted", "insecure", "null", "fail")
_NATIVE_BACKENDS = {
    "linux": "keyring.backends.SecretService.Keyring",
    "darwin": "keyring.backends.macOS.Keyring",
    "win32": "keyring.backends.Windows.WinVaultKeyring",
}


@dataclasses.dataclass(frozen=True)
class KeyringCheck:
    """The outcome of looking for a keyring: a usable ``backend``, or ``None`` and why not.

    ``reason`` is for logs and diagnostics (it names backends and errors, never secrets);
    people should be shown a kind sentence such as the one :meth:`require` raises.
    """

    backend: KeyringBackend | None
    reason: str

    @property
    def usable(self) -> bool:
        return self.backend is not None

    def require(self) -> KeyringBackend:
        if self.backend is None:
            raise KeyringUnavailable(
                "kindspace couldn't use a secure system keyring on this computer, "
                "so your journal will open with your passphrase instead."
            )
        return self.backend


def find_usable_keyring(backend: KeyringBackend | None = None) -> KeyringCheck:
    """Check ``backend``, or else the keyrings this system offers, and pick the first usable.

    Without an explicit backend the one ``keyring`` chose (which honours the user's
    ``PYTHON_KEYRING_BACKEND`` and ``keyringrc.cfg``) is tried first. Unless the user
    configured one, a freshly made platform backend is tried too: ``keyring`` decides once
    per process, so a keyring daemon that started after kindspace would otherwise be missed.
    Blocking: call it off the GUI thread.
    """
    candidates = _expand(backend) if backend is not None else _default_candidates()
    reasons = []
    for candidate in candidates:
        reason = _unusable_reason(candidate)
        if reason is None:
            return KeyringCheck(candidate, f"{_name(candidate)} passed the round trip")
        reasons.append(reason)
    summary = "; ".join(reasons) or "no keyring backend is available"
    log.info("No usable keyring: %s", summary)
    return KeyringCheck(None, summary)


def _name(backend: KeyringBackend) -> str:
    return f"{type(backend).__module__}.{type(backend).__qualname__}"


def _expand(backend: KeyringBackend) -> list[KeyringBackend]:
    """A chainer writes to whichever member accepts, possibly a plaintext one: judge members."""
    if isinstance(backend, ChainerBackend):
        try:
            return list(type(backend).backends)
        except Exception:
            log.info("The keyring chainer could not list its backends", exc_info=True)
            return []
    return [backend]


def _default_candidates() -> list[KeyringBackend]:
    candidates: list[KeyringBackend] = []
    try:
        candidates.extend(_expand(keyring.get_keyring()))
    except Exception:
        log.info("keyring could not choose a backend", exc_info=True)
    if _user_configured_backend():
        return candidates
    native = _NATIVE_BACKENDS.get(sys.platform)
    if native and not any(_name(c) == native for c in candidates):
        module_name, _, class_name = native.rpartition(".")
        try:
            candidates.append(getattr(importlib.import_module(module_name), class_name)())
        except Exception:
            log.info("The platform keyring backend %s is not available", native, exc_info=True)
    return candidates


def _user_configured_backend() -> bool:
    if os.environ.get("PYTHON_KEYRING_BACKEND"):
        return True
    try:
        return keyring.core.load_config() is not None
    except Exception:
        return True  # a broken configuration is still the user's choice: don't override it


def _unusable_reason(backend: KeyringBackend) -> str | None:
    """Why ``backend`` cannot hold the data key, or None when it can. Never raises."""
    name = _name(backend)
    module = type(backend).__module__
    if any(module == bad or module.startswith(bad + ".") for bad in _REJECTED_MODULES):
        return f"{name} does not store secrets securely"
    if any(hint in type(backend).__name__.lower() for hint in _PLAINTEXT_HINTS):
        return f"{name} looks like a plaintext or file keyring"
    try:
        priority = float(backend.priority)
    except Exception as error:
        return f"{name} is not available ({_describe(error)})"
    if priority < 1:
        return f"{name} has priority {priority:g}, below the recommended 1"
    value = secrets.token_hex(16)
    try:
        backend.set_password(PROBE_SERVICE, _PROBE_USER, value)
        read_back = backend.get_password(PROBE_SERVICE, _PROBE_USER)
        backend.delete_password(PROBE_SERVICE, _PROBE_USER)
        after_delete = backend.get_password(PROBE_SERVICE, _PROBE_USER)
    except Exception as error:
        return f"{name} failed the round trip ({_describe(error)})"
    if read_back != value:
        return f"{name} did not give back what was stored"
    if after_delete is not None:
        return f"{name} did not delete the test entry"
    return None


def _describe(error: BaseException, secret: str | None = None) -> str:
    """Error text for logs. Backends name services and paths in their messages; the secret
    is cut out all the same, in case one echoes what it was given."""
    text = str(error).strip()
    if secret:
        text = text.replace(secret, "<secret>")
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


class KeyringKeyStore:
    """The data key of each journal in one keyring, under service ``kindspace``.

    The username is the journal id and the secret the key as hex, because keyring APIs
    store text. All methods block (see the module docstring) and raise
    :class:`KeyringUnavailable` when the keyring fails, so callers can fall back.
    """

    def __init__(self, backend: KeyringBackend) -> None:
        self.backend = backend

    def store(self, journal_id: str, data_key: bytes) -> None:
        """Save the key and read it back: a keyring that silently drops it must not count."""
        if len(data_key) * 2 != _KEY_HEX_CHARS:
            raise ValueError("a data key has 32 bytes")
        secret = data_key.hex()
        try:
            self.backend.set_password(SERVICE, journal_id, secret)
            stored = self.backend.get_password(SERVICE, journal_id) == secret
        except Exception as error:
            reason = _describe(error, secret)
            log.warning("Storing a key in %s failed: %s", _name(self.backend), reason)
            stored = False
        if not stored:
            raise KeyringUnavailable(
                "kindspace couldn't save your journal's key in the system keyring. "
                "Your journal is fine; you can keep opening it with your passphrase."
            )

    def load(self, journal_id: str) -> bytes | None:
        """The stored key, or None when there is none (or what is there is not a key)."""
        try:
            value = self.backend.get_password(SERVICE, journal_id)
        except Exception as error:
            log.warning("Reading a key from %s failed: %s", _name(self.backend), _describe(error))
            raise KeyringUnavailable(
                "kindspace couldn't read your journal's key from the system keyring. "
                "Please open your journal with your passphrase this time."
            ) from None
        if value is None:
            return None
        try:
            key = bytes.fromhex(value) if len(value) == _KEY_HEX_CHARS else None
        except ValueError:
            key = None
        if key is None:
            # Say what is wrong, never what the value is.
            log.warning("The keyring entry for journal %s is not a valid key", journal_id)
        return key

    def forget(self, journal_id: str) -> None:
        """Remove the key from the keyring; forgetting a key that isn't there is fine."""
        try:
            self.backend.delete_password(SERVICE, journal_id)
            return
        except PasswordDeleteError:
            pass
        except Exception as error:
            log.warning("Removing a key from %s failed: %s", _name(self.backend), _describe(error))
            raise KeyringUnavailable(
                "kindspace couldn't remove your journal's key from the system keyring. "
                "You can remove the “kindspace” entry with your system's password manager."
            ) from None
        if self.load(journal_id) is not None:
            raise KeyringUnavailable(
                "kindspace couldn't remove your journal's key from the system keyring. "
                "You can remove the “kindspace” entry with your system's password manager."
            )
