"""What kindspace says when the keyring lets a person down, in their language.

Why a module of its own: these sentences are said by the keyring code and by the app after
the key-reading helper (``key_read_ahead``) reported a problem. The helper only says which
problem it met, never a sentence, so the words are always chosen in the app's own language,
and this module loads no keyring library to say them.
"""

from __future__ import annotations

from kindspace.i18n import _

#: The problems a keyring read can meet, as the helper reports them.
TIMED_OUT = "timed out"
UNREADABLE = "unreadable"


def timed_out() -> str:
    return _(
        "The system keyring didn't answer in time, so please open your "
        "journal with your passphrase or recovery key this time."
    )


def unreadable() -> str:
    return _(
        "kindspace couldn't read your journal's key from the system "
        "keyring. Please open your journal with your passphrase this "
        "time."
    )


def unusable() -> str:
    return _(
        "kindspace couldn't use a secure system keyring on this "
        "computer, so your journal will open with your passphrase "
        "instead."
    )


def said_for(problem: str) -> str:
    """The sentence for a problem the helper reported (an unknown one reads as unreadable)."""
    return timed_out() if problem == TIMED_OUT else unreadable()
