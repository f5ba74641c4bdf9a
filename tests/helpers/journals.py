"""Journals for tests: real ones, made with the cheapest Argon2id cost so unlocking is quick."""

from __future__ import annotations

from pathlib import Path

from kindspace.journal import vault
from kindspace.journal.journal import JournalLocation, create_journal

#: The passphrase of every journal made here.
PASSPHRASE = "quiet morning by the sea"


def make_passphrase_journal(data_dir: Path, passphrase: str = PASSPHRASE) -> str:
    """Create a closed, empty passphrase journal in ``data_dir``; returns its recovery key."""
    journal, recovery = create_journal(
        JournalLocation(data_dir),
        passphrase=passphrase,
        use_keyring=False,
        kdf_params=vault.FAST_TEST_KDF,
    )
    journal.close()
    return recovery
