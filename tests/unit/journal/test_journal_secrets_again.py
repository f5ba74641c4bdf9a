"""Settings shows the recovery key again only after the passphrase is asked for again."""

from __future__ import annotations

from pathlib import Path

from kindspace.journal import vault
from kindspace.journal.journal import (
    RECOVERY_KEY_SETTING,
    JournalLocation,
    create_journal,
    open_journal,
)

PASSPHRASE = "a quiet walk by the river"


def make(tmp_path: Path):
    return create_journal(
        JournalLocation(tmp_path / "j"),
        passphrase=PASSPHRASE,
        use_keyring=False,
        kdf_params=vault.FAST_TEST_KDF,
    )


def test_the_recovery_key_made_at_creation_can_be_shown_again(tmp_path: Path) -> None:
    journal, recovery = make(tmp_path)
    journal.close()
    reopened = open_journal(JournalLocation(tmp_path / "j"), passphrase=PASSPHRASE)
    try:
        assert reopened.recovery_key() == recovery
    finally:
        reopened.close()


def test_a_new_recovery_key_replaces_the_one_shown(tmp_path: Path) -> None:
    journal, old = make(tmp_path)
    with journal:
        new = journal.replace_recovery_key()
        assert new != old
        assert journal.recovery_key() == new


def test_a_stale_stored_key_is_never_shown(tmp_path: Path) -> None:
    journal, recovery = make(tmp_path)
    with journal:
        other = "Y" if recovery.endswith("X") else "X"  # a real change, whatever the key
        journal.settings.set(RECOVERY_KEY_SETTING, recovery[:-1] + other)
        assert journal.recovery_key() is None


def test_only_the_real_passphrase_matches(tmp_path: Path) -> None:
    journal, _ = make(tmp_path)
    with journal:
        assert journal.passphrase_matches(PASSPHRASE)
        assert not journal.passphrase_matches("not the passphrase at all")
