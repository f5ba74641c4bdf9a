"""Joining a keyring-only journal: the recovery key opens the folder, the keyring takes over.

Real processes on the private Secret Service of the ``secret_service`` fixture, as in
test_cli_keyring.py, so the new device keeps the key in a real keyring.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kindspace.journal.key_file import read_key_file
from tests.helpers.program import run_in_journal

pytestmark = pytest.mark.system
RECOVERY_SHAPE = r"\b[0-9A-Z]{4}(?:-[0-9A-Z]{4}){6}\b"


def test_a_keyring_journal_joins_with_its_recovery_key(secret_service: str, tmp_path: Path) -> None:
    laptop, desk, folder = tmp_path / "laptop", tmp_path / "desk", tmp_path / "Sync"
    folder.mkdir()
    code, out, err = run_in_journal(laptop, "init")
    assert code == 0, err
    (recovery,) = re.findall(RECOVERY_SHAPE, out)
    assert run_in_journal(laptop, "note", "tea in the garden")[0] == 0
    assert run_in_journal(laptop, "sync", "setup", str(folder))[0] == 0

    code, out, err = run_in_journal(
        desk, "sync", "join", str(folder), "--passphrase-stdin", stdin="x\n"
    )
    assert code == 2 and not desk.exists()  # this journal has no passphrase at all

    code, out, err = run_in_journal(
        desk, "sync", "join", str(folder), "--recovery-key-stdin", stdin=recovery + "\n"
    )
    assert code == 0, err
    assert "the system keyring" in out
    assert read_key_file(desk / "keys.json").keyring
    code, out, err = run_in_journal(desk, "search", "garden")  # no secret: the keyring opens it
    assert code == 0 and "garden" in out, err
