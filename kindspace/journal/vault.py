"""The journal's data key and the key file that holds it, wrapped once per unlock method.

The database is encrypted with one random 32-byte *data key* that never changes: changing a
passphrase or a recovery key only re-wraps that key, so it never means rewriting (and
risking) years of entries. ``keys.json`` beside the database holds only wrapped copies of
the data key plus non-secret metadata, so it can be backed up together with the database.

Each wrap is AES-256-GCM whose associated data names the journal and the method, so a wrap
cannot be moved to another journal or pose as another method. The GCM tag is what tells a
right secret from a wrong one. ``key_check`` (an HMAC keyed by the data key, which reveals
nothing about it) lets callers verify a key from elsewhere, such as the system keyring,
and keeps a buggy caller from re-wrapping the wrong key.

Python cannot reliably wipe secrets: ``str``/``bytes`` are immutable and argon2-cffi and
``cryptography`` only take and return ``bytes``. So this module does not pretend to wipe;
it keeps secrets in local variables only and never logs or stores them.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import dataclasses
import errno
import hmac
import json
import os
import secrets
import tempfile
import unicodedata
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from kindspace.errors import (
    DamagedJournal,
    InvalidInput,
    JournalExists,
    JournalNotFound,
    KindspaceError,
    StorageFull,
    WrongSecret,
)
from kindspace.journal.recovery_key import derive_wrapping_key, generate_recovery_key
from kindspace.paths import PRIVATE_FILE_MODE, fsync_dir

FORMAT_NAME = "kindspace-keys"
FORMAT_VERSION = 1
KEY_FILE_NAME = "keys.json"
DATA_KEY_BYTES = 32
PASSPHRASE = "passphrase"  # noqa: S105 (a method name, not a password)
RECOVERY = "recovery"
_SALT_BYTES = 16
_NONCE_BYTES = 12
_WRAPPED_BYTES = DATA_KEY_BYTES + 16  # ciphertext plus GCM tag
_KEY_CHECK_BYTES = 32  # HMAC-SHA256
_MAX_FILE_BYTES = 64 * 1024
_ARGON2, _HKDF, _CIPHER = "argon2id", "hkdf-sha256", "aes-256-gcm"
_T = TypeVar("_T")

_EXISTS = "There is already a journal here, so kindspace left it untouched."
_DAMAGED = (
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


DEFAULT_KDF = KdfParams()
#: For tests only: still Argon2id, with the smallest cost the algorithm allows.
FAST_TEST_KDF = KdfParams(time_cost=1, memory_cost_kib=8, parallelism=1)


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


@dataclasses.dataclass(frozen=True)
class NewJournalKeys:
    """What :func:`create_key_file` hands back once; ``recovery_key`` is shown to the person."""

    key_file: KeyFile
    data_key: bytes
    recovery_key: str


def new_data_key() -> bytes:
    """A fresh random data key, used by SQLCipher as its raw key."""
    return secrets.token_bytes(DATA_KEY_BYTES)


# --- wrapping -------------------------------------------------------------------------


def _context(journal_id: str, method: str) -> bytes:
    return f"{FORMAT_NAME}/v{FORMAT_VERSION}|{journal_id}|{method}".encode()


def _key_check(journal_id: str, data_key: bytes) -> bytes:
    return hmac.digest(data_key, _context(journal_id, "key-check"), "sha256")


def _passphrase_kek(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    # NFC, so the same passphrase typed through different input methods still matches.
    return hash_secret_raw(
        unicodedata.normalize("NFC", passphrase).encode("utf-8"),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_cost_kib,
        parallelism=params.parallelism,
        hash_len=32,
        type=Type.ID,
    )


def _recovery_kek(recovery_key: str, salt: bytes, journal_id: str) -> bytes:
    return derive_wrapping_key(recovery_key, salt, _context(journal_id, RECOVERY))


def _seal(kek: bytes, data_key: bytes, salt: bytes, journal_id: str, method: str) -> Wrap:
    nonce = secrets.token_bytes(_NONCE_BYTES)
    return Wrap(salt, nonce, AESGCM(kek).encrypt(nonce, data_key, _context(journal_id, method)))


def _open(kek: bytes, wrap: Wrap, keys: KeyFile, method: str, wrong: str) -> bytes:
    try:
        context = _context(keys.journal_id, method)
        data_key = AESGCM(kek).decrypt(wrap.nonce, wrap.ciphertext, context)
    except InvalidTag:
        raise WrongSecret(wrong) from None
    if not data_key_matches(keys, data_key):
        raise DamagedJournal(_DAMAGED)
    return data_key


def _wrap_passphrase(journal_id: str, data_key: bytes, passphrase: str, kdf: KdfParams) -> Wrap:
    if not passphrase:
        raise InvalidInput("Please choose a passphrase that isn't empty.")
    salt = secrets.token_bytes(_SALT_BYTES)
    kek = _passphrase_kek(passphrase, salt, kdf)
    wrap = _seal(kek, data_key, salt, journal_id, PASSPHRASE)
    return dataclasses.replace(wrap, kdf_params=kdf)


def _wrap_recovery(journal_id: str, data_key: bytes) -> tuple[Wrap, str]:
    code = generate_recovery_key()
    salt = secrets.token_bytes(_SALT_BYTES)
    kek = _recovery_kek(code, salt, journal_id)
    return _seal(kek, data_key, salt, journal_id, RECOVERY), code


def unwrap_with_passphrase(keys: KeyFile, passphrase: str) -> bytes:
    """The data key, or :class:`WrongSecret` if ``passphrase`` is not this journal's."""
    if keys.passphrase is None or keys.passphrase.kdf_params is None:
        raise WrongSecret(
            "This journal doesn't use a passphrase. Please unlock it with your recovery key."
        )
    kek = _passphrase_kek(passphrase, keys.passphrase.salt, keys.passphrase.kdf_params)
    wrong = "That passphrase doesn't open this journal. Please check it and try again."
    return _open(kek, keys.passphrase, keys, PASSPHRASE, wrong)


def unwrap_with_recovery_key(keys: KeyFile, recovery_key: str) -> bytes:
    """The data key. A mistyped key raises :class:`InvalidInput` (before any unwrapping);
    a well-formed key of another journal, or a replaced one, raises :class:`WrongSecret`."""
    kek = _recovery_kek(recovery_key, keys.recovery.salt, keys.journal_id)
    wrong = (
        "That recovery key doesn't open this journal. "
        "If you have made a new one since, please use the newest."
    )
    return _open(kek, keys.recovery, keys, RECOVERY, wrong)


def data_key_matches(keys: KeyFile, data_key: bytes) -> bool:
    """Whether ``data_key`` (e.g. one from the system keyring) belongs to this journal."""
    if len(data_key) != DATA_KEY_BYTES:
        return False
    return hmac.compare_digest(_key_check(keys.journal_id, data_key), keys.key_check)


# --- operations on the key file -------------------------------------------------------


def create_key_file(
    path: Path,
    *,
    passphrase: str | None = None,
    keyring: bool = False,
    kdf_params: KdfParams = DEFAULT_KDF,
) -> NewJournalKeys:
    """Make a new data key and write its first key file; never replaces an existing one.

    A passphrase or the keyring is required: the recovery key is for emergencies, and a
    journal whose only way in is a code on paper would be a daily burden.
    """
    if passphrase is None and not keyring:
        raise InvalidInput(
            "Please choose a passphrase, or keep the key in the system keyring, "
            "so that you have an everyday way to open your journal."
        )
    if path.exists():
        raise JournalExists(_EXISTS)
    journal_id = str(uuid.uuid4())
    data_key = new_data_key()
    recovery, code = _wrap_recovery(journal_id, data_key)
    keys = KeyFile(
        journal_id=journal_id,
        created=datetime.now(UTC).isoformat(timespec="seconds"),
        keyring=keyring,
        key_check=_key_check(journal_id, data_key),
        recovery=recovery,
        passphrase=None
        if passphrase is None
        else _wrap_passphrase(journal_id, data_key, passphrase, kdf_params),
    )
    write_key_file(path, keys, exclusive=True)
    return NewJournalKeys(keys, data_key, code)


def _read_for_change(path: Path, data_key: bytes) -> KeyFile:
    keys = read_key_file(path)
    if not data_key_matches(keys, data_key):
        raise WrongSecret(
            "That key doesn't belong to this journal, so nothing was changed. "
            "Please unlock the journal again and retry."
        )
    return keys


def set_passphrase(
    path: Path, data_key: bytes, passphrase: str, *, kdf_params: KdfParams = DEFAULT_KDF
) -> KeyFile:
    """Add or change the passphrase; the old one stops working once this returns."""
    keys = _read_for_change(path, data_key)
    wrap = _wrap_passphrase(keys.journal_id, data_key, passphrase, kdf_params)
    return write_key_file(path, dataclasses.replace(keys, passphrase=wrap))


def remove_passphrase(path: Path, data_key: bytes) -> KeyFile:
    """Drop the passphrase, but only while the keyring still offers an everyday way in."""
    keys = _read_for_change(path, data_key)
    if not keys.keyring:
        raise InvalidInput(
            "The passphrase is your everyday way into this journal, so kindspace kept it. "
            "If you'd like to remove it, please turn on the system keyring first."
        )
    return write_key_file(path, dataclasses.replace(keys, passphrase=None))


def replace_recovery_key(path: Path, data_key: bytes) -> str:
    """Make a new recovery key and return it; the old one stops working once this returns."""
    keys = _read_for_change(path, data_key)
    wrap, code = _wrap_recovery(keys.journal_id, data_key)
    write_key_file(path, dataclasses.replace(keys, recovery=wrap))
    return code


def set_keyring_flag(path: Path, enabled: bool) -> KeyFile:
    """Record whether the data key is meant to be in the system keyring.

    The caller stores or forgets the key in the keyring itself; this keeps the key file
    honest, and refuses to leave the recovery key as the only way in.
    """
    keys = read_key_file(path)
    if not enabled and keys.passphrase is None:
        raise InvalidInput(
            "The system keyring is your everyday way into this journal, so kindspace kept it. "
            "If you'd like to stop using it, please set a passphrase first."
        )
    return write_key_file(path, dataclasses.replace(keys, keyring=enabled))


# --- the file on disk -----------------------------------------------------------------


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
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as error:
        raise _write_error(error) from None
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            if os.name == "posix":
                os.fchmod(handle.fileno(), PRIVATE_FILE_MODE)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if exclusive:
            _link_new(tmp, path)
        else:
            tmp.replace(path)
        fsync_dir(path.parent)
    except OSError as error:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(error, FileExistsError):
            raise JournalExists(_EXISTS) from None
        raise _write_error(error) from None
    return keys


def _link_new(tmp: Path, path: Path) -> None:
    """Put ``tmp`` at ``path`` only if nothing is there yet.

    ``link()`` is atomic and refuses an existing target. Where a file system has no hard
    links, a check followed by a rename is the closest substitute.
    """
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise
    except OSError:
        if path.exists():
            raise FileExistsError(errno.EEXIST, "File exists", str(path)) from None
        tmp.replace(path)
    else:
        tmp.unlink()


def _write_error(error: OSError) -> KindspaceError:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageFull(
            "The disk is full, so kindspace couldn't save the key change. "
            "Nothing was changed; please free some space and try again."
        )
    reason = error.strerror or "an unexpected problem"
    return KindspaceError(f"kindspace couldn't save its key file ({reason}). Nothing was changed.")


def read_key_file(path: Path) -> KeyFile:
    """Parse ``keys.json``; anything unexpected becomes a calm :class:`DamagedJournal`."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(_MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise JournalNotFound(
            "kindspace couldn't find this journal's key file. "
            "If you moved your journal, please choose the folder it's in now."
        ) from None
    except OSError as error:
        raise DamagedJournal(
            f"kindspace couldn't read this journal's key file ({error.strerror}). "
            "Your entries are untouched."
        ) from None
    try:
        doc = json.loads(raw.decode("utf-8")) if len(raw) <= _MAX_FILE_BYTES else None
    except (UnicodeDecodeError, ValueError, RecursionError):
        doc = None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT_NAME:
        raise DamagedJournal(_DAMAGED)
    version = doc.get("version")
    if type(version) is int and version > FORMAT_VERSION:
        raise DamagedJournal(
            "This journal's key file comes from a newer version of kindspace. "
            "Please update kindspace to open it; your entries are untouched."
        )
    if type(version) is not int or version != FORMAT_VERSION:
        raise DamagedJournal(_DAMAGED)
    return _parse_v1(doc)


def _parse_v1(doc: dict[str, Any]) -> KeyFile:
    journal_id = _field(doc, "journal_id", str)
    try:
        valid_id = str(uuid.UUID(journal_id)) == journal_id
    except ValueError:
        valid_id = False
    wraps = _field(doc, "wraps", dict)
    if not valid_id or not set(wraps) <= {RECOVERY, PASSPHRASE}:
        raise DamagedJournal(_DAMAGED)
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
        raise DamagedJournal(_DAMAGED)
    return value


def _bytes(value: object, length: int) -> bytes:
    try:
        data = base64.b64decode(value, validate=True) if isinstance(value, str) else b""
    except (binascii.Error, ValueError):
        data = b""
    if len(data) != length:
        raise DamagedJournal(_DAMAGED)
    return data


def _parse_wrap(value: object, kdf: str = _ARGON2) -> Wrap:
    if not isinstance(value, dict) or value.get("kdf") != kdf or value.get("cipher") != _CIPHER:
        raise DamagedJournal(_DAMAGED)
    params = None
    if kdf == _ARGON2:
        try:
            params = KdfParams(**{f.name: _field(value, f.name, int) for f in _KDF_FIELDS})
        except ValueError:
            raise DamagedJournal(_DAMAGED) from None
    return Wrap(
        salt=_bytes(value.get("salt"), _SALT_BYTES),
        nonce=_bytes(value.get("nonce"), _NONCE_BYTES),
        ciphertext=_bytes(value.get("ciphertext"), _WRAPPED_BYTES),
        kdf_params=params,
    )


_KDF_FIELDS = dataclasses.fields(KdfParams)
