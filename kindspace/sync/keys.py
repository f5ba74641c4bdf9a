"""The sync key, and how a device that has only the folder and a secret gets to it.

Bundles are sealed with a random 256-bit *sync key*, made once when a journal starts
sharing through a folder. Each device keeps two small files in its own subfolder:

* ``keys.json``: a byte-for-byte copy of the journal's own key file. It holds only the
  data key wrapped by the passphrase (Argon2id) and by the recovery key (HKDF), exactly as
  ``docs/unlock-model.md`` describes, and is as safe in the folder as it is in a backup.
* ``sync-key.json``: the sync key, wrapped (AES-256-GCM) under a key derived from the
  journal's data key.

So a new device needs nothing but the folder and the passphrase or recovery key: the
secret opens the data key from ``keys.json``, the data key opens the sync key. Every device
of one journal shares its data key, which is why the same passphrase and the same recovery
key open the journal on all of them. The passphrase is never stretched twice for the same
wrap, so a folder with many devices costs one Argon2 run, not one per device.
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from kindspace.errors import DamagedJournal, InvalidInput, WrongSecret
from kindspace.i18n import N_, _
from kindspace.journal import vault
from kindspace.journal.key_file import KeyFile
from kindspace.sync.bundles import KEY_BYTES, NONCE_BYTES
from kindspace.sync.hlc import DEVICE_ID

FORMAT_NAME = "kindspace-sync-key"
FORMAT_VERSION = 1
SALT_BYTES = 16
_MAX_FILE_BYTES = 16 * 1024

WRONG_PASSPHRASE = N_(
    "That passphrase doesn't open the journal shared in this folder, so nothing was made. "
    "Please check it and try again; your recovery key works too."
)
WRONG_RECOVERY_KEY = N_(
    "That recovery key doesn't open the journal shared in this folder, so nothing was made. "
    "If you have made a new one since, please use the newest."
)


class DamagedSyncKey(Exception):
    """A ``sync-key.json`` that can't be read; the device's other copy may still serve."""


@dataclass(frozen=True)
class WrappedSyncKey:
    """The sync key as one device keeps it in the folder: sealed under the data key."""

    journal_id: str
    device_id: str
    salt: bytes
    nonce: bytes
    ciphertext: bytes


def new_sync_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def _context(journal_id: str, device_id: str) -> bytes:
    return f"{FORMAT_NAME}/v{FORMAT_VERSION}|{journal_id}|{device_id}".encode()


def _kek(data_key: bytes, salt: bytes, context: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    # The data key is SQLCipher's raw key; a derived key keeps the two uses apart.
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=context).derive(data_key)


def wrap_sync_key(
    sync_key: bytes, data_key: bytes, journal_id: str, device_id: str
) -> WrappedSyncKey:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if len(sync_key) != KEY_BYTES:
        raise ValueError("a sync key is 32 bytes")
    salt, nonce = secrets.token_bytes(SALT_BYTES), secrets.token_bytes(NONCE_BYTES)
    context = _context(journal_id, device_id)
    sealed = AESGCM(_kek(data_key, salt, context)).encrypt(nonce, sync_key, context)
    return WrappedSyncKey(journal_id, device_id, salt, nonce, sealed)


def unwrap_sync_key(wrapped: WrappedSyncKey, data_key: bytes) -> bytes:
    """The sync key, or :class:`DamagedSyncKey` if the data key doesn't open this wrap."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    context = _context(wrapped.journal_id, wrapped.device_id)
    try:
        key = AESGCM(_kek(data_key, wrapped.salt, context)).decrypt(
            wrapped.nonce, wrapped.ciphertext, context
        )
    except InvalidTag:
        raise DamagedSyncKey("the sync key does not open with this journal's key") from None
    if len(key) != KEY_BYTES:
        raise DamagedSyncKey("the sync key has the wrong length")
    return key


# --- the file -------------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def sync_key_bytes(wrapped: WrappedSyncKey) -> bytes:
    document = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "journal_id": wrapped.journal_id,
        "device": wrapped.device_id,
        "cipher": "aes-256-gcm",
        "kdf": "hkdf-sha256",
        "salt": _b64(wrapped.salt),
        "nonce": _b64(wrapped.nonce),
        "ciphertext": _b64(wrapped.ciphertext),
    }
    return (json.dumps(document, indent=2, sort_keys=True) + "\n").encode()


def parse_sync_key(raw: bytes) -> WrappedSyncKey:
    """Read a ``sync-key.json``; anything unexpected is :class:`DamagedSyncKey`."""
    try:
        doc = json.loads(raw.decode("utf-8")) if len(raw) <= _MAX_FILE_BYTES else None
    except (UnicodeDecodeError, ValueError, RecursionError):
        doc = None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT_NAME:
        raise DamagedSyncKey("not a sync key file")
    if doc.get("version") != FORMAT_VERSION:
        raise DamagedSyncKey("a sync key file from another version of kindspace")
    journal_id, device_id = doc.get("journal_id"), doc.get("device")
    if not isinstance(journal_id, str) or not isinstance(device_id, str):
        raise DamagedSyncKey("a sync key file without its names")
    if not DEVICE_ID.match(device_id):
        raise DamagedSyncKey("a sync key file with a strange device name")
    return WrappedSyncKey(
        journal_id,
        device_id,
        _bytes(doc, "salt", SALT_BYTES),
        _bytes(doc, "nonce", NONCE_BYTES),
        _bytes(doc, "ciphertext", KEY_BYTES + 16),
    )


def _bytes(doc: dict[str, Any], name: str, length: int) -> bytes:
    value = doc.get(name)
    try:
        data = base64.b64decode(value, validate=True) if isinstance(value, str) else b""
    except (binascii.Error, ValueError):
        data = b""
    if len(data) != length:
        raise DamagedSyncKey(f"a sync key file with a damaged {name}")
    return data


# --- joining --------------------------------------------------------------------------


@dataclass(frozen=True)
class JoinKeys:
    """What a secret opened: the journal's key file, its data key and the sync key."""

    key_file: KeyFile
    data_key: bytes
    sync_key: bytes

    def __repr__(self) -> str:  # never let a key reach a log by accident
        return f"JoinKeys({self.key_file.journal_id}, <hidden>)"


def open_with_secret(
    copies: Iterable[tuple[KeyFile, WrappedSyncKey]],
    *,
    passphrase: str | None = None,
    recovery_key: str | None = None,
) -> JoinKeys:
    """Open the first copy the secret fits; :class:`WrongSecret` if it fits none.

    ``copies`` are the (journal key file, wrapped sync key) pairs the devices left in the
    folder. Copies with the same wrap are tried once: the Argon2 cost is paid per distinct
    passphrase wrap. A mistyped recovery key (caught by its check character) is also a
    wrong secret here, with the typo named.
    """
    if (passphrase is None) == (recovery_key is None):
        raise ValueError("give exactly one secret")
    tried: dict[bytes, bytes | None] = {}
    for key_file, wrapped in copies:
        if wrapped.journal_id != key_file.journal_id:
            continue
        wrap = key_file.passphrase if passphrase is not None else key_file.recovery
        if wrap is None:
            continue
        fingerprint = wrap.salt + wrap.nonce + wrap.ciphertext
        if fingerprint not in tried:
            tried[fingerprint] = _try_unwrap(key_file, passphrase, recovery_key)
        data_key = tried[fingerprint]
        if data_key is None or not vault.data_key_matches(key_file, data_key):
            continue
        try:
            sync_key = unwrap_sync_key(wrapped, data_key)
        except DamagedSyncKey:
            continue
        return JoinKeys(key_file, data_key, sync_key)
    raise WrongSecret(_(WRONG_PASSPHRASE if passphrase is not None else WRONG_RECOVERY_KEY))


def _try_unwrap(
    key_file: KeyFile, passphrase: str | None, recovery_key: str | None
) -> bytes | None:
    try:
        if passphrase is not None:
            return vault.unwrap_with_passphrase(key_file, passphrase)
        assert recovery_key is not None
        return vault.unwrap_with_recovery_key(key_file, recovery_key)
    except InvalidInput as typo:
        # Translators: {problem} is what is wrong with the typed recovery key, already said.
        raise WrongSecret(_("{problem} Nothing was made.").format(problem=typo)) from None
    except (WrongSecret, DamagedJournal):  # a damaged copy must not hide a good one
        return None
