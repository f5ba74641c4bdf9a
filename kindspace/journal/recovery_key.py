"""Recovery keys: the printable way back in when every other unlock method is gone.

A recovery key is meant to be written down or printed and typed back months later, often
in a stressful moment, so its shape is chosen for people rather than machines:

* The alphabet has no characters that are easy to confuse on paper: no ``0``/``O``,
  ``1``/``I``/``L``. ``B``, ``S`` and ``Z`` are left out as well, so that when someone types
  them for the ``8``, ``5`` and ``2`` they saw, :func:`normalize_recovery_key` can quietly
  read them as what was meant.
* It is shown in groups of four, which are easy to keep your place in.
* The last character is a check character, so most typos are caught with a helpful
  message before any unlocking is attempted (and before a typo could look like a wrong key).

27 random characters from a 28-character alphabet carry about 129.8 bits of entropy, which
is why the key can be stretched with fast HKDF instead of a slow password hash (see
:func:`derive_wrapping_key`).
"""

from __future__ import annotations

import hashlib
import math
import secrets

from kindspace.errors import InvalidInput
from kindspace.i18n import _

#: 28 characters: digits 2–9 and the letters without I, L, O (ambiguous) and B, S, Z
#: (read as 8, 5, 2 on input).
ALPHABET = "23456789ACDEFGHJKMNPQRTUVWXY"
RANDOM_LENGTH = 27
CHECK_LENGTH = 1
GROUP_SIZE = 4
TOTAL_LENGTH = RANDOM_LENGTH + CHECK_LENGTH
#: Characters in the printed form: the groups and the dashes between them.
PRINTED_LENGTH = TOTAL_LENGTH + math.ceil(TOTAL_LENGTH / GROUP_SIZE) - 1
ENTROPY_BITS = RANDOM_LENGTH * math.log2(len(ALPHABET))

# Letters people type for a digit they saw; each maps to a character that is in ALPHABET.
_LOOK_ALIKES = {"B": "8", "S": "5", "Z": "2"}
# Characters that are never part of a key and have no single obvious meaning.
_NEVER_USED = frozenset("0O1IL")
# Separators people use (or that copying from a document brings along).
_SEPARATORS = frozenset("-_.–—‐‑ \t\r\n\u00a0\u2009\u202f")
_CHECK_CONTEXT = b"kindspace recovery key check v1|"

assert len(ALPHABET) == len(set(ALPHABET)) == 28
assert not _NEVER_USED & set(ALPHABET)
assert set(_LOOK_ALIKES.values()) <= set(ALPHABET)
assert TOTAL_LENGTH % GROUP_SIZE == 0
assert ENTROPY_BITS >= 128


def _check_char(body: str) -> str:
    """A hash-based check character: any typo slips through with probability 1/28 only.

    A weighted sum would catch every single substitution, but 28 is not prime, so it
    would miss many swapped neighbours; a hash treats all kinds of typos alike.
    """
    digest = hashlib.sha256(_CHECK_CONTEXT + body.encode("ascii")).digest()
    return ALPHABET[int.from_bytes(digest, "big") % len(ALPHABET)]


def _group(chars: str) -> str:
    return "-".join(chars[i : i + GROUP_SIZE] for i in range(0, len(chars), GROUP_SIZE))


def generate_recovery_key() -> str:
    """A fresh recovery key in its printed form, e.g. ``7KQM-…-H3A9`` (7 groups of 4)."""
    body = "".join(secrets.choice(ALPHABET) for _ in range(RANDOM_LENGTH))
    return _group(body + _check_char(body))


def normalize_recovery_key(text: str) -> str:
    """The canonical printed form of what someone typed, or :class:`InvalidInput`.

    Forgiving on purpose: lower case, spaces, missing or extra dashes and the look-alike
    letters B/S/Z are accepted, because a person retyping a key from paper should only be
    stopped for a real mistake. The messages never repeat what was typed, since it is
    (nearly) a secret and error messages end up in places like logs and screenshots.
    """
    if not isinstance(text, str):
        raise InvalidInput(_("Please type the recovery key as letters and digits."))
    chars: list[str] = []
    for raw in text:
        if raw in _SEPARATORS or raw.isspace():
            continue
        char = raw.upper() if raw.isascii() else raw
        char = _LOOK_ALIKES.get(char, char)
        if char in _NEVER_USED:
            raise InvalidInput(
                _(
                    "Recovery keys never contain 0, O, 1, I or L. Please compare "
                    "that part with your written-down key again."
                )
            )
        if char not in ALPHABET:
            raise InvalidInput(
                _(
                    "The recovery key contains a character that recovery keys "
                    "never use. Please type only the letters and digits from your "
                    "written-down key."
                )
            )
        chars.append(char)
    if not chars:
        raise InvalidInput(
            _("Please type your recovery key; it's the code you wrote down or printed.")
        )
    if len(chars) != TOTAL_LENGTH:
        raise InvalidInput(
            _(
                "A recovery key has {total_length} letters and digits, and "
                "this one has {count}. Please check whether a group is missing "
                "or repeated."
            ).format(total_length=TOTAL_LENGTH, count=len(chars))
        )
    body = "".join(chars[:RANDOM_LENGTH])
    if _check_char(body) != chars[-1]:
        raise InvalidInput(
            _(
                "That recovery key seems to have a typo somewhere. Please "
                "compare it slowly with your written-down key."
            )
        )
    return _group("".join(chars))


def derive_wrapping_key(recovery_key: str, salt: bytes, context: bytes) -> bytes:
    """The 32-byte key that wraps the data key, through HKDF-SHA256 rather than Argon2id.

    A slow password hash protects secrets people choose, which are few enough to guess.
    Against the ~2**129 possible recovery keys it adds nothing, and would only make
    recovery (and its tests) slow. Only the random characters are used: the dashes and
    the check character add no secrecy. Raises :class:`InvalidInput` for a mistyped key.
    """
    from cryptography.hazmat.primitives import hashes  # only when a key is (un)wrapped
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    secret = normalize_recovery_key(recovery_key).replace("-", "")[:RANDOM_LENGTH]
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=context)
    return hkdf.derive(secret.encode("ascii"))
