"""Keeping the journal's data key in the operating system's keyring.

The keyring is an *optional* convenience: it lets the journal open without typing a
passphrase. So every failure here turns into "not usable" or :class:`KeyringUnavailable`,
and the caller falls back to the passphrase; nothing in this module may crash the app.

A keyring only counts as usable when it really protects the secret: ``keyring``'s ``fail``
and ``null`` backends, the file and plaintext backends of ``keyrings.alt`` and anything
below priority 1 (``keyring``'s own threshold for "recommended") are rejected, and the rest
must pass a store/read/delete round trip, because a backend can look fine and still fail
(a locked collection, a daemon that went away).

The full round trip (the *probe*) runs only when the keyring is being chosen: when a journal
is made, or when the person turns the keyring on. At every other start
:func:`find_keyring_for_reading` only looks at which backend is configured and the key is
read once: a probe writes to the keyring, and can start a daemon or an unlock dialog.

Threading: talking to a keyring can block for as long as an unlock prompt stays open, or
forever when a daemon hangs. So every call to a backend runs on a helper thread and is
given up after :data:`KEYRING_TIMEOUT_SECONDS` (:class:`KeyringTimedOut`); a store that
timed out once fails fast afterwards instead of stacking up more stuck calls. The GUI still
calls everything here off the GUI thread, since even a few seconds is too long to freeze.
"""

from __future__ import annotations

import dataclasses
import importlib
import logging
import os
import queue
import secrets
import sys
import threading
from collections.abc import Callable
from typing import TypeVar

import keyring
from keyring.backend import KeyringBackend
from keyring.backends.chainer import ChainerBackend
from keyring.errors import PasswordDeleteError

from kindspace.errors import KeyringUnavailable
from kindspace.i18n import _
from kindspace.journal import keyring_words
from kindspace.journal.unlocking import KEYRING_TIMEOUT_SECONDS as KEYRING_TIMEOUT_SECONDS

log = logging.getLogger(__name__)

_T = TypeVar("_T")

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
#: The backends ``keyring`` itself could choose on each platform. Reading a key at start
#: imports only these instead of letting ``keyring`` load every backend it ships (macOS's
#: alone cost about 46 ms on Linux), and picks among them as ``keyring`` does: the highest
#: priority that is available.
_PLATFORM_BACKENDS = {
    "linux": (
        "keyring.backends.SecretService.Keyring",
        "keyring.backends.kwallet.DBusKeyring",
        "keyring.backends.libsecret.Keyring",
    ),
    "darwin": ("keyring.backends.macOS.Keyring",),
    "win32": ("keyring.backends.Windows.WinVaultKeyring",),
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
            raise KeyringUnavailable(keyring_words.unusable())
        return self.backend


class KeyringTimedOut(KeyringUnavailable):
    """The keyring did not answer in time (a hung daemon, an unlock prompt nobody answers)."""


def call_with_timeout(call: Callable[[], _T], timeout: float = KEYRING_TIMEOUT_SECONDS) -> _T:
    """Run ``call`` on a helper thread and wait at most ``timeout`` seconds for it.

    Why a thread: keyring backends offer no timeout of their own, and a D-Bus call to a hung
    daemon never returns. A call that does not answer in time is left running on its daemon
    thread (it cannot be stopped from outside); whatever it returns later is dropped.
    """
    answers: queue.SimpleQueue[tuple[bool, object]] = queue.SimpleQueue()

    def run() -> None:
        try:
            answers.put((True, call()))
        except BaseException as error:  # handed to the waiting thread, never lost
            answers.put((False, error))

    threading.Thread(target=run, name="keyring-call", daemon=True).start()
    try:
        ok, value = answers.get(timeout=timeout)
    except queue.Empty:
        raise KeyringTimedOut(keyring_words.timed_out()) from None
    if not ok:
        raise value  # type: ignore[misc]
    return value  # type: ignore[return-value]


def find_keyring_for_reading(timeout: float = KEYRING_TIMEOUT_SECONDS) -> KeyringCheck:
    """The keyring to read an already chosen key from, without the write/read/delete probe.

    Only the checks that write nothing are made (a secure, recommended backend), so an
    everyday start costs one read of the key (done by the caller, with a timeout). Blocking
    for at most about ``timeout`` seconds: call it off the GUI thread.
    """
    return _choose(None, round_trip=False, timeout=timeout)


def find_usable_keyring(
    backend: KeyringBackend | None = None, *, timeout: float = KEYRING_TIMEOUT_SECONDS
) -> KeyringCheck:
    """Check ``backend``, or else the keyrings this system offers, and pick the first usable.

    Without an explicit backend the one ``keyring`` chose (which honours the user's
    ``PYTHON_KEYRING_BACKEND`` and ``keyringrc.cfg``) is tried first. Unless the user
    configured one, a freshly made platform backend is tried too: ``keyring`` decides once
    per process, so a keyring daemon that started after kindspace would otherwise be missed.
    This is the probe: run it only when the keyring is being chosen (a new journal, the
    keyring turned on), never at every start. Each step is given ``timeout`` seconds.
    Blocking: call it off the GUI thread.
    """
    return _choose(backend, round_trip=True, timeout=timeout)


def _choose(backend: KeyringBackend | None, *, round_trip: bool, timeout: float) -> KeyringCheck:
    """The first usable candidate; each step is given ``timeout`` seconds."""

    def candidates_now() -> list[KeyringBackend]:
        if backend is not None:
            return _expand(backend)
        if not round_trip:
            platform = _platform_candidates()
            if platform:
                return platform
        return _default_candidates()

    try:
        candidates = call_with_timeout(candidates_now, timeout)
    except KeyringTimedOut:
        log.info("The keyring did not answer in time while a backend was being chosen")
        return KeyringCheck(None, f"the keyring did not answer within {timeout:g} s")
    reasons = []
    for candidate in candidates:
        try:
            reason = call_with_timeout(
                lambda c=candidate: _unusable_reason(c, round_trip=round_trip),  # type: ignore[misc]
                timeout,
            )
        except KeyringTimedOut:
            reason = f"{_name(candidate)} did not answer within {timeout:g} s"
        if reason is None:
            done = "passed the round trip" if round_trip else "is configured"
            return KeyringCheck(candidate, f"{_name(candidate)} {done}")
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
        module_name, _dot, class_name = native.rpartition(".")
        try:
            candidates.append(getattr(importlib.import_module(module_name), class_name)())
        except Exception:
            log.info("The platform keyring backend %s is not available", native, exc_info=True)
    return candidates


def _platform_candidates() -> list[KeyringBackend]:
    """This platform's own backends, best first, importing no others (see
    :data:`_PLATFORM_BACKENDS`); empty when the user configured a backend or none is here."""
    if _user_configured_backend():
        return []
    ranked: list[tuple[float, KeyringBackend]] = []
    for path in _PLATFORM_BACKENDS.get(sys.platform, ()):
        module_name, _dot, class_name = path.rpartition(".")
        try:
            backend_class = getattr(importlib.import_module(module_name), class_name)
            priority = float(backend_class.priority)  # raises when it can't work here
            ranked.append((priority, backend_class()))
        except Exception:
            log.debug("The keyring backend %s is not available", path, exc_info=True)
    return [found for _priority, found in sorted(ranked, key=lambda pair: -pair[0])]


def _user_configured_backend() -> bool:
    if os.environ.get("PYTHON_KEYRING_BACKEND"):
        return True
    try:
        return keyring.core.load_config() is not None
    except Exception:
        return True  # a broken configuration is still the user's choice: don't override it


def _unusable_reason(backend: KeyringBackend, *, round_trip: bool = True) -> str | None:
    """Why ``backend`` cannot hold the data key, or None when it can. Never raises.

    Without ``round_trip`` only what needs no writing is checked (see the module docstring).
    """
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
    if not round_trip:
        return None
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

    def __init__(
        self, backend: KeyringBackend, *, timeout: float = KEYRING_TIMEOUT_SECONDS
    ) -> None:
        self.backend = backend
        self.timeout = timeout
        self._stalled = False

    def _call(self, call: Callable[[], _T]) -> _T:
        """One backend call under the timeout; after a timeout, fail at once from then on."""
        if self._stalled:
            raise KeyringTimedOut(
                _(
                    "The system keyring didn't answer earlier, so kindspace isn't "
                    "waiting for it again; your passphrase or recovery key opens "
                    "your journal."
                )
            )
        try:
            return call_with_timeout(call, self.timeout)
        except KeyringTimedOut:
            self._stalled = True
            log.warning("%s did not answer within %g s", _name(self.backend), self.timeout)
            raise

    def store(self, journal_id: str, data_key: bytes) -> None:
        """Save the key and read it back: a keyring that silently drops it must not count."""
        if len(data_key) * 2 != _KEY_HEX_CHARS:
            raise ValueError("a data key has 32 bytes")
        secret = data_key.hex()
        try:
            self._call(lambda: self.backend.set_password(SERVICE, journal_id, secret))
            stored = self._call(lambda: self.backend.get_password(SERVICE, journal_id)) == secret
        except KeyringTimedOut:
            raise
        except Exception as error:
            reason = _describe(error, secret)
            log.warning("Storing a key in %s failed: %s", _name(self.backend), reason)
            stored = False
        if not stored:
            raise KeyringUnavailable(
                _(
                    "kindspace couldn't save your journal's key in the system "
                    "keyring. Your journal is fine; you can keep opening it with "
                    "your passphrase."
                )
            )

    def load(self, journal_id: str) -> bytes | None:
        """The stored key, or None when there is none (or what is there is not a key)."""
        try:
            value = self._call(lambda: self.backend.get_password(SERVICE, journal_id))
        except KeyringTimedOut:
            raise
        except Exception as error:
            log.warning("Reading a key from %s failed: %s", _name(self.backend), _describe(error))
            raise KeyringUnavailable(keyring_words.unreadable()) from None
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
            self._call(lambda: self.backend.delete_password(SERVICE, journal_id))
            return
        except PasswordDeleteError:
            pass
        except KeyringTimedOut:
            raise
        except Exception as error:
            log.warning("Removing a key from %s failed: %s", _name(self.backend), _describe(error))
            raise KeyringUnavailable(
                _(
                    "kindspace couldn't remove your journal's key from the system "
                    "keyring. You can remove the “kindspace” entry with your "
                    "system's password manager."
                )
            ) from None
        if self.load(journal_id) is not None:
            raise KeyringUnavailable(
                _(
                    "kindspace couldn't remove your journal's key from the system "
                    "keyring. You can remove the “kindspace” entry with your "
                    "system's password manager."
                )
            )
