"""The command line with a real (private) Secret Service: the everyday keyring unlock.

Runs ``python -m kindspace`` as real processes on the private session bus of the
``secret_service`` fixture, so each command probes and uses the keyring exactly as it would
on a desktop, and the developer's own keyring is never touched.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kindspace.journal.key_file import read_key_file
from tests.helpers.program import run_in_journal

pytestmark = pytest.mark.system
PASSPHRASE = "evening light on the water"


def test_a_keyring_journal_through_its_whole_life(secret_service: str, tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    code, out, err = run_in_journal(data_dir, "init")
    assert code == 0, err
    assert "It opens with the system keyring." in out
    keys = read_key_file(data_dir / "keys.json")
    assert keys.keyring and keys.passphrase is None

    assert run_in_journal(data_dir, "note", "tea in the garden")[0] == 0  # no secret: the keyring
    code, out, _ = run_in_journal(data_dir, "search", "garden")
    assert code == 0 and out.endswith("\ttea in the [garden]\n")

    code, _, err = run_in_journal(data_dir, "require-passphrase", "on")
    assert code == 1 and "set a passphrase first" in err
    new = f"{PASSPHRASE}\n"
    assert run_in_journal(data_dir, "passphrase", "--new-passphrase-stdin", stdin=new)[0] == 0
    assert run_in_journal(data_dir, "require-passphrase", "on")[0] == 0
    assert not read_key_file(data_dir / "keys.json").keyring

    code, _, err = run_in_journal(data_dir, "search", "garden")
    assert code == 2 and "--passphrase-stdin" in err  # the key left the keyring

    code, out, err = run_in_journal(
        data_dir, "--passphrase-stdin", "require-passphrase", "off", stdin=new
    )
    assert code == 0, err
    assert run_in_journal(data_dir, "search", "garden")[0] == 0  # and is back
