"""``keys.json``: how the journal's wrapped data keys are laid out on disk, written and read.

The file beside the database holds only wrapped copies of the data key plus non-secret
metadata, so it can be backed up together with the database. How the wraps are made and
opened is :mod:`.vault`'s job; this module only knows their shape, so it never sees a secret.

A half-written key file would lock the person out of every entry, so it is only ever
replaced atomically. It is read as untrusted input: its size is limited, every field is
checked for type and length, and anything unexpected becomes a calm :class:`DamagedJournal`
rather than a crash. A file from a newer kindspace is reported as such, so the person knows
that updating will open it.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import errno
import json
import uuid
from pathlib import Path
from typing import Any, TypeVar

from kindspace.errors import (
    DamagedJournal,
    JournalExists,
    JournalNotFound,
    KindspaceError,
    StorageFull,
)
from kindspace.i18n import N_, _
from kindspace.paths import private_file_beside

FORMAT_NAME = "kindspace-keys"
FORMAT_VERSION = 1
KEY_FILE_NAME = "keys.json"
DATA_KEY_BYTES = 32
PASSPHRASE = "passphrase"  # noqa: S105 (a method name, not a password)
RECOVERY = "recovery"
SALT_BYTES = 16
NONCE_BYTES = 12
_WRAPPED_BYTES = DATA_KEY_BYTES + 16  # ciphertext plus GCM tag
_KEY_CHECK_BYTES = 32  # HMAC-SHA256
_MAX_FILE_BYTES = 64 * 1024
_ARGON2, _HKDF, _CIPHER = "argon2id", "hkdf-sha256", "aes-256-gcm"
_T = TypeVar("_T")

EXISTS = N_("There is already a journal here, so kindspace left it untouched.")
DAMAGED = N_(
    "This journal's key file is damaged, so kindspace can't open the journal with it. "
    "Your entries are untouched; a backup copy of the key file can open them."
)


@dataclasses.dataclass(frozen=True)
class KdfParams:
    """Argon2id cost, stored with each passphrase wrap so it can be raised later.

    The default (t=3, 128 MiB, p=1) took about 0.3 s on the development machine: slow
    enough to make guessing expensive, quick enough not to feel like a hang when unlocking.
    """

    time_cost: int = 3
    memory_cost_kib: int = 128 * 1024
    parallelism: int = 1

    def __post_init__(self) -> None:
        # The bounds also protect against a key file that asks for absurd amounts of memory.
        if not (1 <= self.time_cost <= 64 and 1 <= self.parallelism <= 16):
            raise ValueError("Argon2id time_cost or parallelism out of range")
        if not (8 * self.parallelism <= self.memory_cost_kib <= 4 * 1024 * 1024):
            raise ValueError("Argon2id memory_cost_kib out of range")


@dataclasses.dataclass(frozen=True)
class Wrap:
    """One wrapped copy of the data key; ``kdf_params`` is None for the recovery wrap."""

    salt: bytes
    nonce: bytes
    ciphertext: bytes
    kdf_params: KdfParams | None = None


@dataclasses.dataclass(frozen=True)
class KeyFile:
    """The parsed contents of ``keys.json``: wraps and metadata, no secrets."""

    journal_id: str
    created: str
    keyring: bool
    key_check: bytes
    recovery: Wrap
    passphrase: Wrap | None = None


# --- writing --------------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _wrap_json(wrap: Wrap) -> dict[str, Any]:
    kdf: dict[str, Any] = {"kdf": _HKDF}
    if wrap.kdf_params is not None:
        kdf = {"kdf": _ARGON2, **dataclasses.asdict(wrap.kdf_params)}
    return {
        **kdf,
        "salt": _b64(wrap.salt),
        "cipher": _CIPHER,
        "nonce": _b64(wrap.nonce),
        "ciphertext": _b64(wrap.ciphertext),
    }


def key_file_bytes(keys: KeyFile) -> bytes:
    """The exact bytes :func:`write_key_file` puts on disk."""
    wraps = {RECOVERY: _wrap_json(keys.recovery)}
    if keys.passphrase is not None:
        wraps[PASSPHRASE] = _wrap_json(keys.passphrase)
    document = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "journal_id": keys.journal_id,
        "created": keys.created,
        "keyring": keys.keyring,
        "key_check": _b64(keys.key_check),
        "wraps": wraps,
    }
    return (json.dumps(document, indent=2, sort_keys=True) + "\n").encode("utf-8")


def write_key_file(path: Path, keys: KeyFile, *, exclusive: bool = False) -> KeyFile:
    """Replace ``path`` atomically, so at every moment it holds the old or the new version.

    The content goes to a private temp file in the same folder, is flushed to disk and
    renamed over the old file; then the folder is flushed so the rename survives a power
    cut. A temp file left by a crash is never read (and, holding key material, is not
    deleted automatically either). ``exclusive`` refuses to replace an existing file.
    """
    data = key_file_bytes(keys)
    try:
        with private_file_beside(path, replace=not exclusive) as temp:
            temp.write_bytes(data)
    except OSError as error:
        if isinstance(error, FileExistsError):
            raise JournalExists(_(EXISTS)) from None
        raise _write_error(error) from None
    return keys


def _write_error(error: OSError) -> KindspaceError:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageFull(
            _(
                "The disk is full, so kindspace couldn't save the key change. "
                "Nothing was changed; please free some space and try again."
            )
        )
    reason = error.strerror or "an unexpected problem"
    return KindspaceError(
        _("kindspace couldn't save its key file ({reason}). Nothing was changed.").format(
            reason=reason
        )
    )


# --- reading --------------------------------------------------------------------------


def read_key_file(path: Path) -> KeyFile:
    """Parse ``keys.json``; anything unexpected becomes a calm :class:`DamagedJournal`."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(_MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise JournalNotFound(
            _(
                "kindspace couldn't find this journal's key file. If you moved "
                "your journal, please choose the folder it's in now."
            )
        ) from None
    except OSError as error:
        raise DamagedJournal(
            _(
                "kindspace couldn't read this journal's key file ({strerror}). "
                "Your entries are untouched."
            ).format(strerror=error.strerror)
        ) from None
    try:
        doc = json.loads(raw.decode("utf-8")) if len(raw) <= _MAX_FILE_BYTES else None
    except (UnicodeDecodeError, ValueError, RecursionError):
        doc = None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT_NAME:
        raise DamagedJournal(_(DAMAGED))
    version = doc.get("version")
    if type(version) is int and version > FORMAT_VERSION:
        raise DamagedJournal(
            _(
                "This journal's key file comes from a newer version of "
                "kindspace. Please update kindspace to open it; your entries "
                "are untouched."
            )
        )
    if type(version) is not int or version != FORMAT_VERSION:
        raise DamagedJournal(_(DAMAGED))
    return _parse_v1(doc)


def _parse_v1(doc: dict[str, Any]) -> KeyFile:
    journal_id = _field(doc, "journal_id", str)
    try:
        valid_id = str(uuid.UUID(journal_id)) == journal_id
    except ValueError:
        valid_id = False
    wraps = _field(doc, "wraps", dict)
    if not valid_id or not set(wraps) <= {RECOVERY, PASSPHRASE}:
        raise DamagedJournal(_(DAMAGED))
    return KeyFile(
        journal_id=journal_id,
        created=_field(doc, "created", str),
        keyring=_field(doc, "keyring", bool),
        key_check=_bytes(doc.get("key_check"), _KEY_CHECK_BYTES),
        recovery=_parse_wrap(wraps.get(RECOVERY), _HKDF),
        passphrase=None if wraps.get(PASSPHRASE) is None else _parse_wrap(wraps[PASSPHRASE]),
    )


def _field(doc: dict[str, Any], name: str, kind: type[_T]) -> _T:
    value = doc.get(name)
    # type() rather than isinstance(): True must not pass as an int, nor a dict subclass.
    if type(value) is not kind:
        raise DamagedJournal(_(DAMAGED))
    return value


def _bytes(value: object, length: int) -> bytes:
    try:
        data = base64.b64decode(value, validate=True) if isinstance(value, str) else b""
    except (binascii.Error, ValueError):
        data = b""
    if len(data) != length:
        raise DamagedJournal(_(DAMAGED))
    return data


def _parse_wrap(value: object, kdf: str = _ARGON2) -> Wrap:
    if not isinstance(value, dict) or value.get("kdf") != kdf or value.get("cipher") != _CIPHER:
        raise DamagedJournal(_(DAMAGED))
    params = None
    if kdf == _ARGON2:
        try:
            params = KdfParams(**{f.name: _field(value, f.name, int) for f in _KDF_FIELDS})
        except ValueError:
            raise DamagedJournal(_(DAMAGED)) from None
    return Wrap(
        salt=_bytes(value.get("salt"), SALT_BYTES),
        nonce=_bytes(value.get("nonce"), NONCE_BYTES),
        ciphertext=_bytes(value.get("ciphertext"), _WRAPPED_BYTES),
        kdf_params=params,
    )


_KDF_FIELDS = dataclasses.fields(KdfParams)
