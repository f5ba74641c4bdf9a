"""The command line with a real (private) Secret Service: the everyday keyring unlock.

Runs ``python -m kindspace`` as real processes on the private session bus of the
``secret_service`` fixture, so each command probes and uses the keyring exactly as it would
on a desktop, and the developer's own keyring is never touched.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kindspace.journal.key_file import read_key_file

pytestmark = pytest.mark.system
REPO = Path(__file__).resolve().parents[2]
PASSPHRASE = "evening light on the water"


def kindspace(data_dir: Path, *argv: str, stdin: str | None = None) -> tuple[int, str, str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("KINDSPACE_PASSPHRASE", None)
    result = subprocess.run(
        [sys.executable, "-m", "kindspace", "--data-dir", str(data_dir), *argv],
        input=stdin,
        stdin=subprocess.DEVNULL if stdin is None else None,
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=60,
        check=False,
    )
    assert "Traceback" not in result.stderr
    return result.returncode, result.stdout, result.stderr


def test_a_keyring_journal_through_its_whole_life(secret_service: str, tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    code, out, err = kindspace(data_dir, "init")
    assert code == 0, err
    assert "It opens with the system keyring." in out
    keys = read_key_file(data_dir / "keys.json")
    assert keys.keyring and keys.passphrase is None

    assert kindspace(data_dir, "note", "tea in the garden")[0] == 0  # no secret: the keyring
    code, out, _ = kindspace(data_dir, "search", "garden")
    assert code == 0 and out.endswith("\ttea in the [garden]\n")

    code, _, err = kindspace(data_dir, "require-passphrase", "on")
    assert code == 1 and "set a passphrase first" in err
    new = f"{PASSPHRASE}\n"
    assert kindspace(data_dir, "passphrase", "--new-passphrase-stdin", stdin=new)[0] == 0
    assert kindspace(data_dir, "require-passphrase", "on")[0] == 0
    assert not read_key_file(data_dir / "keys.json").keyring

    code, _, err = kindspace(data_dir, "search", "garden")
    assert code == 2 and "--passphrase-stdin" in err  # the key left the keyring

    code, out, err = kindspace(
        data_dir, "--passphrase-stdin", "require-passphrase", "off", stdin=new
    )
    assert code == 0, err
    assert kindspace(data_dir, "search", "garden")[0] == 0  # and is back
