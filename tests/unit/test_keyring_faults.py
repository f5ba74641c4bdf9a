"""A keyring that fails or hangs never locks a person out (issue 14, items 6 and 7).

The command line runs as a real process whose keyring is one of the misbehaving but real
backends in :mod:`tests.helpers.odd_keyrings`, chosen through keyring's own configuration
(``PYTHON_KEYRING_BACKEND``), exactly as a person's ``keyringrc.cfg`` would choose one.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from kindspace.journal import vault
from kindspace.journal.journal import JournalLocation, create_journal, open_journal
from tests.helpers.journals import PASSPHRASE
from tests.helpers.keyrings import memory_key_store
from tests.helpers.odd_keyrings import BLOCKED_MARK_ENV, LEDGER_ENV
from tests.helpers.program import run_program

ODD = "tests.helpers.odd_keyrings."
#: Far longer than kindspace's keyring timeout, so only a real hang reaches it.
HANG_S = 60


def kindspace(
    data_dir: Path, *argv: str, backend: str, stdin: str | None = None, **env: str
) -> subprocess.CompletedProcess[str]:
    return run_program(
        "--data-dir", str(data_dir), *argv, stdin=stdin, timeout=HANG_S,
        env={"PYTHON_KEYRING_BACKEND": ODD + backend, **env},
    )  # fmt: skip


@pytest.fixture
def keyring_journal(tmp_path: Path) -> Path:
    """A journal whose key file says the key is in the keyring, with a passphrase too."""
    data_dir = tmp_path / "journal"
    journal, _ = create_journal(
        JournalLocation(data_dir),
        passphrase=PASSPHRASE,
        keyring=memory_key_store(),
        kdf_params=vault.FAST_TEST_KDF,
    )
    journal.close()
    return data_dir


def test_a_keyring_that_cannot_read_the_key_never_refuses_the_passphrase(
    keyring_journal: Path,
) -> None:
    result = kindspace(
        keyring_journal, "--passphrase-stdin", "note", "still here",
        backend="UnreadableKeyring", stdin=f"{PASSPHRASE}\n",
    )  # fmt: skip
    assert (result.returncode, result.stdout) == (0, "Saved.\n"), result.stderr
    with open_journal(
        JournalLocation(keyring_journal), passphrase=PASSPHRASE, daily_backup=False
    ) as j:
        assert j.entries.count() == 1


def test_the_passphrase_on_stdin_never_waits_on_a_hanging_keyring(
    keyring_journal: Path, tmp_path: Path
) -> None:
    mark = tmp_path / "keyring-was-asked"
    result = kindspace(
        keyring_journal, "--passphrase-stdin", "search", "anything",
        backend="BlockingKeyring", stdin=f"{PASSPHRASE}\n", **{BLOCKED_MARK_ENV: str(mark)},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert not mark.exists(), "the keyring was asked although the passphrase was given"


def test_a_hanging_keyring_ends_in_a_calm_request_for_the_passphrase(
    keyring_journal: Path, tmp_path: Path
) -> None:
    mark = tmp_path / "keyring-was-asked"
    result = kindspace(
        keyring_journal, "search", "anything",
        backend="BlockingKeyring", **{BLOCKED_MARK_ENV: str(mark)},
    )  # fmt: skip
    assert result.returncode == 2
    assert "didn't answer in time" in result.stderr
    assert "--passphrase-stdin" in result.stderr
    assert mark.read_text().split() == ["get_password"], "one plain read, no probe"


def test_the_probe_runs_when_the_keyring_is_chosen_and_not_at_every_start(
    tmp_path: Path,
) -> None:
    data_dir, ledger = tmp_path / "journal", tmp_path / "ledger.json"
    calls = Path(f"{ledger}.calls")
    env = {LEDGER_ENV: str(ledger)}
    made = kindspace(data_dir, "init", backend="LedgerKeyring", **env)
    assert made.returncode == 0, made.stderr
    assert "set_password kindspace-probe" in calls.read_text()  # chosen: probed

    calls.unlink()
    noted = kindspace(data_dir, "note", "by the window", backend="LedgerKeyring", **env)
    assert noted.returncode == 0, noted.stderr
    assert calls.read_text().splitlines() == ["get_password kindspace"]
