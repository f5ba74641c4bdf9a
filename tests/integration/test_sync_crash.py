"""SIGKILL ``kindspace sync`` at every step it takes in the folder, again and again.

Why: the promise is that an exchange can be cut off anywhere (a laptop lid closed, a battery
gone flat) and nothing is lost, nothing is doubled, and both journals stay whole. Each run
below stops itself with a real SIGKILL just before its Nth step in the sync folder
(tests/helpers/kill_during_sync.py), then the next run goes one step further, until a run
finishes. Both devices are cut off this way, over several rounds of new writing on both,
for at least 50 kills in all; then every journal must hold exactly what was written, once,
and pass ``kindspace check``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kindspace.cli import main
from kindspace.journal.journal import JournalLocation, open_journal
from kindspace.sync.bundles import BundleName
from tests.helpers.journals import PASSPHRASE, make_passphrase_journal

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
]

REPO = Path(__file__).resolve().parents[2]
MIN_KILLS = 50
ROUNDS = 6


@pytest.fixture(autouse=True)
def passphrase_in_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.setenv("KINDSPACE_PASSPHRASE", PASSPHRASE)


def kindspace(data_dir: Path, *argv: str) -> int:
    code = main(["--data-dir", str(data_dir), *argv])
    os.environ["KINDSPACE_PASSPHRASE"] = PASSPHRASE  # each command takes it out
    return code


def killed_run(data_dir: Path, step: int) -> bool:
    """One ``sync`` stopped before its ``step``-th step; True if it was killed."""
    env = {**os.environ, "KINDSPACE_PASSPHRASE": PASSPHRASE, "PYTHONPATH": str(REPO)}
    result = subprocess.run(
        [sys.executable, "-m", "tests.helpers.kill_during_sync", str(data_dir), str(step)],
        capture_output=True,
        env=env,
        cwd=REPO,
        timeout=300,
        check=False,
    )
    output = result.stdout.decode()
    if result.returncode == -9:
        return True
    assert "done 0" in output, output + result.stderr.decode()
    return False


def bodies(data_dir: Path) -> list[str]:
    location = JournalLocation(data_dir)
    with open_journal(location, passphrase=PASSPHRASE, daily_backup=False) as journal:
        return sorted(entry.body for entry in journal.entries.iter_all())


def test_sync_killed_at_every_step_loses_and_doubles_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "Sync"
    folder.mkdir()
    laptop, desk = tmp_path / "laptop", tmp_path / "desk"
    make_passphrase_journal(laptop)
    assert kindspace(laptop, "note", "written before sharing") == 0
    assert kindspace(laptop, "sync", "setup", str(folder)) == 0
    assert kindspace(desk, "sync", "join", str(folder)) == 0
    written = ["written before sharing"]
    kills = 0
    for round_number in range(ROUNDS):
        for device, name in ((laptop, "laptop"), (desk, "desk")):
            for number in range(3):
                text = f"{name} round {round_number} note {number}"
                assert kindspace(device, "note", text) == 0
                written.append(text)
                assert kindspace(device, "sync") == 0  # one bundle per note
        for device in (desk, laptop):
            step = 1
            while killed_run(device, step):
                kills += 1
                step += 1
        if kills >= MIN_KILLS and round_number >= 1:
            break
    assert kills >= MIN_KILLS
    for _ in range(2):
        for device in (laptop, desk):
            assert kindspace(device, "sync") == 0
    for device in (laptop, desk):
        assert bodies(device) == sorted(written)  # every note, each once
        assert kindspace(device, "check") == 0
    leftovers = [p for p in (folder / "kindspace-sync").rglob("*") if p.is_file()]
    assert all(BundleName.parse(p.name) or p.suffix in {".json", ".tmp"} for p in leftovers)
