"""The journal's data key, wrapped once per unlock method, and the changes made to its wraps.

The database is encrypted with one random 32-byte *data key* that never changes: changing a
passphrase or a recovery key only re-wraps that key, so it never means rewriting (and
risking) years of entries. The wraps live in ``keys.json``, whose format is
:mod:`.key_file`'s job; this module makes and opens them.

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

import dataclasses
import hmac
import secrets
import unicodedata
import uuid
from datetime import UTC
from pathlib import Path

from kindspace.clock import Clock, system_clock
from kindspace.errors import DamagedJournal, InvalidInput, JournalExists, WrongSecret
from kindspace.i18n import _
from kindspace.journal.key_file import (
    DAMAGED,
    DATA_KEY_BYTES,
    EXISTS,
    FORMAT_NAME,
    FORMAT_VERSION,
    NONCE_BYTES,
    PASSPHRASE,
    RECOVERY,
    SALT_BYTES,
    KdfParams,
    KeyFile,
    Wrap,
    read_key_file,
    write_key_file,
)
from kindspace.journal.recovery_key import derive_wrapping_key, generate_recovery_key

DEFAULT_KDF = KdfParams()
#: For tests only: still Argon2id, with the smallest cost the algorithm allows.
FAST_TEST_KDF = KdfParams(time_cost=1, memory_cost_kib=8, parallelism=1)


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


# argon2 and cryptography are imported where a key is wrapped or unwrapped: a start that
# reads the key from the keyring needs neither (only the HMAC key check). argon2 is then
# never loaded; cryptography still is on Linux, where the Secret Service client uses it.


def _passphrase_kek(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

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
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = secrets.token_bytes(NONCE_BYTES)
    return Wrap(salt, nonce, AESGCM(kek).encrypt(nonce, data_key, _context(journal_id, method)))


def _open(kek: bytes, wrap: Wrap, keys: KeyFile, method: str, wrong: str) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        context = _context(keys.journal_id, method)
        data_key = AESGCM(kek).decrypt(wrap.nonce, wrap.ciphertext, context)
    except InvalidTag:
        raise WrongSecret(wrong) from None
    if not data_key_matches(keys, data_key):
        raise DamagedJournal(_(DAMAGED))
    return data_key


def _wrap_passphrase(journal_id: str, data_key: bytes, passphrase: str, kdf: KdfParams) -> Wrap:
    if not passphrase:
        raise InvalidInput(_("Please choose a passphrase that isn't empty."))
    salt = secrets.token_bytes(SALT_BYTES)
    kek = _passphrase_kek(passphrase, salt, kdf)
    wrap = _seal(kek, data_key, salt, journal_id, PASSPHRASE)
    return dataclasses.replace(wrap, kdf_params=kdf)


def _wrap_recovery(journal_id: str, data_key: bytes) -> tuple[Wrap, str]:
    code = generate_recovery_key()
    salt = secrets.token_bytes(SALT_BYTES)
    kek = _recovery_kek(code, salt, journal_id)
    return _seal(kek, data_key, salt, journal_id, RECOVERY), code


def unwrap_with_passphrase(keys: KeyFile, passphrase: str) -> bytes:
    """The data key, or :class:`WrongSecret` if ``passphrase`` is not this journal's."""
    if keys.passphrase is None or keys.passphrase.kdf_params is None:
        raise WrongSecret(
            _("This journal doesn't use a passphrase. Please unlock it with your recovery key.")
        )
    kek = _passphrase_kek(passphrase, keys.passphrase.salt, keys.passphrase.kdf_params)
    wrong = _("That passphrase doesn't open this journal. Please check it and try again.")
    return _open(kek, keys.passphrase, keys, PASSPHRASE, wrong)


def unwrap_with_recovery_key(keys: KeyFile, recovery_key: str) -> bytes:
    """The data key. A mistyped key raises :class:`InvalidInput` (before any unwrapping);
    a well-formed key of another journal, or a replaced one, raises :class:`WrongSecret`."""
    kek = _recovery_kek(recovery_key, keys.recovery.salt, keys.journal_id)
    wrong = _(
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
    clock: Clock = system_clock,
) -> NewJournalKeys:
    """Make a new data key and write its first key file; never replaces an existing one.

    A passphrase or the keyring is required: the recovery key is for emergencies, and a
    journal whose only way in is a code on paper would be a daily burden.
    """
    if passphrase is None and not keyring:
        raise InvalidInput(
            _(
                "Please choose a passphrase, or keep the key in the system "
                "keyring, so that you have an everyday way to open your "
                "journal."
            )
        )
    if path.exists():
        raise JournalExists(_(EXISTS))
    journal_id = str(uuid.uuid4())
    data_key = new_data_key()
    recovery, code = _wrap_recovery(journal_id, data_key)
    keys = KeyFile(
        journal_id=journal_id,
        created=clock().astimezone(UTC).isoformat(timespec="seconds"),
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
            _(
                "That key doesn't belong to this journal, so nothing was "
                "changed. Please unlock the journal again and retry."
            )
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
            _(
                "The passphrase is your everyday way into this journal, so "
                "kindspace kept it. If you'd like to remove it, please turn on "
                "the system keyring first."
            )
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
            _(
                "The system keyring is your everyday way into this journal, so "
                "kindspace kept it. If you'd like to stop using it, please set "
                "a passphrase first."
            )
        )
    return write_key_file(path, dataclasses.replace(keys, keyring=enabled))
