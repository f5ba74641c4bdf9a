"""A deleted journal.db-wal: check notices the missing saves, and quiet checkpoints shrink
the window in which deleting it could lose anything.

Before the fix ``check`` said "whole and well" after the WAL (holding five acknowledged
entries) was deleted. The writer is a real child process killed with SIGKILL, so its WAL is
left un-checkpointed exactly as after a crash.
"""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from kindspace.journal.backup_files import COMPANIONS
from kindspace.journal.database import open_encrypted_readonly
from kindspace.journal.journal import JournalLocation, open_journal
from tests.helpers.cli import Cli
from tests.helpers.journals import PASSPHRASE, make_passphrase_journal

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
REPO = Path(__file__).resolve().parents[3]
WRITER = """
import os, signal, sys
from pathlib import Path
from kindspace.journal.journal import JournalLocation, open_journal
journal = open_journal(JournalLocation(Path(sys.argv[1])), passphrase=sys.argv[2],
                       daily_backup=False)
for number in range(int(sys.argv[3])):
    journal.entries.create(body=f"acknowledged {number}")
print("saved", flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.fixture(autouse=True)
def no_real_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.setenv("KINDSPACE_PASSPHRASE", PASSPHRASE)


@pytest.fixture
def location(tmp_path: Path) -> JournalLocation:
    make_passphrase_journal(tmp_path / "data")
    return JournalLocation(tmp_path / "data")


def write_and_die(location: JournalLocation, count: int) -> None:
    child = subprocess.run(
        [sys.executable, "-c", WRITER, str(location.data_dir), PASSPHRASE, str(count)],
        cwd=REPO, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert child.returncode == -signal.SIGKILL and child.stdout == "saved\n", child.stderr


def test_check_reports_saves_lost_with_a_deleted_wal(
    location: JournalLocation, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_journal(location, passphrase=PASSPHRASE, daily_backup=False) as journal:
        journal.entries.create(body="checkpointed when closed")
    write_and_die(location, 5)
    wal = location.database.with_name("journal.db-wal")
    assert wal.stat().st_size > 0
    wal.unlink()
    location.database.with_name("journal.db-shm").unlink(missing_ok=True)

    result = Cli(capsys, monkeypatch, location.data_dir)("check")
    assert result.code == 1
    assert "whole and well" not in result.out
    problem = next(line for line in result.out.splitlines() if "saved changes" in line)
    assert problem.startswith("problem") and "held 6 entries; it now holds 1" in problem

    with open_journal(location, passphrase=PASSPHRASE, daily_backup=False) as journal:
        assert any("held 6 entries" in note for note in journal.notes)


def test_a_whole_journal_reports_every_save_found(
    location: JournalLocation, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    write_and_die(location, 3)  # killed, but the WAL is still there: nothing is lost
    result = Cli(capsys, monkeypatch, location.data_dir)("check")
    assert result.code == 0, result.out
    assert "holds every save kindspace recorded" in result.out


def main_file_alone_count(location: JournalLocation, key: bytes, tmp_path: Path) -> int:
    """How many entries survive if every side file (-wal, -shm) were deleted now."""
    copy = tmp_path / "main-file-alone.db"
    shutil.copyfile(location.database, copy)
    db = open_encrypted_readonly(copy, key)
    try:
        return int(db.execute("SELECT count(*) FROM entries").fetchone()[0])
    finally:
        db.conn.close()
        for suffix in COMPANIONS:
            copy.with_name(copy.name + suffix).unlink(missing_ok=True)


def test_a_quiet_moment_checkpoints_the_saves_into_the_journal_file(
    location: JournalLocation, tmp_path: Path
) -> None:
    with open_journal(location, passphrase=PASSPHRASE, daily_backup=False) as journal:
        for number in range(4):
            journal.entries.create(body=f"burst {number}")
        assert main_file_alone_count(location, journal.data_key, tmp_path) == 0
        assert not journal.checkpoint_when_quiet()  # writing just happened: wait
        assert journal.checkpoint_when_quiet()  # nothing since: checkpoint now
        assert main_file_alone_count(location, journal.data_key, tmp_path) == 4
        assert not journal.checkpoint_when_quiet()  # nothing new to do
        journal.entries.create(body="one more")
        assert not journal.checkpoint_when_quiet()
        assert journal.checkpoint_when_quiet()
        assert main_file_alone_count(location, journal.data_key, tmp_path) == 5
