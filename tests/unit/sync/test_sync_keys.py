"""The sync key: opened from the folder with only the passphrase or the recovery key.

Real journals (cheapest Argon2 cost) make the key files, so the wraps are the journal's own.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from kindspace.errors import WrongSecret
from kindspace.journal import vault
from kindspace.journal.key_file import read_key_file
from kindspace.sync.keys import (
    DamagedSyncKey,
    new_sync_key,
    open_with_secret,
    parse_sync_key,
    sync_key_bytes,
    unwrap_sync_key,
    wrap_sync_key,
)
from tests.helpers.journals import PASSPHRASE, make_passphrase_journal


@pytest.fixture
def journal(tmp_path: Path) -> tuple[Path, str]:
    recovery = make_passphrase_journal(tmp_path / "journal")
    return tmp_path / "journal" / "keys.json", recovery


def test_the_sync_key_opens_only_with_the_data_key_it_was_wrapped_under(
    journal: tuple[Path, str],
) -> None:
    keys = read_key_file(journal[0])
    data_key = vault.unwrap_with_passphrase(keys, PASSPHRASE)
    sync_key = new_sync_key()
    wrapped = parse_sync_key(
        sync_key_bytes(wrap_sync_key(sync_key, data_key, keys.journal_id, "laptop"))
    )
    assert unwrap_sync_key(wrapped, data_key) == sync_key
    assert sync_key not in sync_key_bytes(wrapped)
    with pytest.raises(DamagedSyncKey):
        unwrap_sync_key(wrapped, vault.new_data_key())
    moved = dataclasses.replace(wrapped, device_id="desktop")  # bound to its device
    with pytest.raises(DamagedSyncKey):
        unwrap_sync_key(moved, data_key)


def test_join_opens_with_the_passphrase_or_the_recovery_key(journal: tuple[Path, str]) -> None:
    path, recovery = journal
    keys = read_key_file(path)
    data_key = vault.unwrap_with_passphrase(keys, PASSPHRASE)
    sync_key = new_sync_key()
    copies = [(keys, wrap_sync_key(sync_key, data_key, keys.journal_id, "laptop"))]
    by_passphrase = open_with_secret(copies, passphrase=PASSPHRASE)
    by_recovery = open_with_secret(copies, recovery_key=recovery.lower().replace("-", " "))
    for opened in (by_passphrase, by_recovery):
        assert (opened.data_key, opened.sync_key) == (data_key, sync_key)
        assert opened.key_file == keys
    assert "hidden" in repr(by_passphrase) and data_key.hex() not in repr(by_passphrase)


def test_a_wrong_secret_opens_nothing(journal: tuple[Path, str], tmp_path: Path) -> None:
    path, _ = journal
    keys = read_key_file(path)
    data_key = vault.unwrap_with_passphrase(keys, PASSPHRASE)
    copies = [(keys, wrap_sync_key(new_sync_key(), data_key, keys.journal_id, "laptop"))]
    with pytest.raises(WrongSecret, match="passphrase doesn't open"):
        open_with_secret(copies, passphrase="not the right words")
    other = make_passphrase_journal(tmp_path / "other")  # a real key, of another journal
    with pytest.raises(WrongSecret, match="recovery key doesn't open"):
        open_with_secret(copies, recovery_key=other)
    with pytest.raises(WrongSecret, match="typo"):
        open_with_secret(copies, recovery_key="2345-6789-ACDE-FGHJ-KMNP-QRTU-VWX2")
    with pytest.raises(WrongSecret):
        open_with_secret([], passphrase=PASSPHRASE)


def test_a_damaged_copy_does_not_hide_a_good_one(journal: tuple[Path, str]) -> None:
    keys = read_key_file(journal[0])
    data_key = vault.unwrap_with_passphrase(keys, PASSPHRASE)
    sync_key = new_sync_key()
    good = wrap_sync_key(sync_key, data_key, keys.journal_id, "laptop")
    bad = dataclasses.replace(good, ciphertext=bytes(len(good.ciphertext)))
    assert open_with_secret([(keys, bad), (keys, good)], passphrase=PASSPHRASE).sync_key == sync_key


@pytest.mark.parametrize(
    "raw",
    [b"", b"{}", b"not json", b'{"format": "kindspace-sync-key", "version": 2}', b"[" * 100000],
)
def test_a_damaged_sync_key_file_is_said_so(raw: bytes) -> None:
    with pytest.raises(DamagedSyncKey):
        parse_sync_key(raw)
