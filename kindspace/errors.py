"""Errors that carry a message fit to show a person.

Every failure a user can cause or meet (a wrong passphrase, a damaged file, a full disk)
becomes a :class:`KindspaceError` whose ``str()`` is one calm sentence. The CLI prints it,
the GUI shows it in a dialog; neither ever shows a traceback.
"""

from __future__ import annotations


class KindspaceError(Exception):
    """Base class: ``str(error)`` is a complete, kind sentence for the user."""

    #: The process exit code the CLI uses for this kind of problem.
    exit_code: int = 1


class UsageError(Exception):
    """A mistake on the command line; shown as one sentence with exit code 1."""


class CannotUnlock(KindspaceError):
    """The journal exists but none of the offered secrets opened it."""

    exit_code = 2


class WrongSecret(CannotUnlock):
    """A passphrase or recovery key was given and did not match."""


class DamagedKeyFile(CannotUnlock):
    """``keys.json`` can't be read, so no secret can unlock the journal through it (exit 2)."""


class KeyringUnavailable(KindspaceError):
    """No usable system keyring; the caller should fall back to a passphrase."""


class JournalNotFound(KindspaceError):
    """There is no journal in the data folder yet."""

    exit_code = 2


class JournalExists(KindspaceError):
    """Creating a journal where one already lives would risk the existing one."""


class DamagedJournal(KindspaceError):
    """The database or key file cannot be read as what it should be."""


class SearchIndexDamaged(DamagedJournal):
    """The full-text index can't be read; the entries themselves may be fine."""


class StorageFull(KindspaceError):
    """The disk (or quota) is full; nothing was changed."""


class InvalidInput(KindspaceError):
    """Something the user typed or imported is not in the expected shape."""
