"""Nothing replaces the journal while it is open: restore refuses, in this process or another.

Real SQLCipher journals; the other process is a real child holding the journal open through
the same API the app uses (tests/integration/test_restore_while_app_runs.py uses the app).
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from kindspace.journal.backup import make_backup
from kindspace.journal.journal import JournalLocation, open_journal
from kindspace.journal.open_lock import JournalInUse, journal_is_open_elsewhere
from kindspace.journal.restore import restore_backup
from tests.helpers.journals import PASSPHRASE, make_passphrase_journal

REPO = Path(__file__).resolve().parents[3]
HOLDER = """
import sys
from pathlib import Path
from kindspace.journal.journal import JournalLocation, open_journal
journal = open_journal(JournalLocation(Path(sys.argv[1])), passphrase=sys.argv[2])
print("open", flush=True)
for line in sys.stdin:
    journal.entries.create(body=line.strip())
    print("saved", journal.entries.count(), flush=True)
journal.close()
"""


@pytest.fixture
def location(tmp_path: Path) -> JournalLocation:
    make_passphrase_journal(tmp_path / "data")
    return JournalLocation(tmp_path / "data")


def folder_state(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def test_restore_refuses_while_another_process_has_the_journal_open(
    location: JournalLocation,
) -> None:
    with open_journal(location, passphrase=PASSPHRASE, daily_backup=False) as journal:
        backup = make_backup(journal)
        key = journal.data_key
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(location.data_dir), PASSPHRASE],
        cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert holder.stdin is not None and holder.stdout is not None
    try:
        assert holder.stdout.readline().strip() == "open"
        holder.stdin.write("said while a restore was tried\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "saved 1"
        assert journal_is_open_elsewhere(location.data_dir)
        before = folder_state(location.data_dir)
        with pytest.raises(JournalInUse, match="open in another window or command"):
            restore_backup(location, backup, key)
        assert folder_state(location.data_dir) == before
        holder.stdin.write("and one more after it\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "saved 2"
    finally:
        holder.stdin.close()
        assert holder.wait(timeout=60) == 0
        holder.stdout.close()
    assert not journal_is_open_elsewhere(location.data_dir)
    with open_journal(location, passphrase=PASSPHRASE, daily_backup=False) as journal:
        assert journal.entries.count() == 2
    assert restore_backup(location, backup, key) is not None  # closed: restore goes ahead


def test_restore_refuses_while_this_process_has_it_open_and_works_after_close(
    location: JournalLocation,
) -> None:
    journal = open_journal(location, passphrase=PASSPHRASE, daily_backup=False)
    backup = make_backup(journal)
    with pytest.raises(JournalInUse):
        restore_backup(location, backup, journal.data_key)
    journal.close()
    assert restore_backup(location, backup, journal.data_key) is not None


def test_the_cli_says_so_and_exits_1(
    location: JournalLocation, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from kindspace.cli import main

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.setenv("KINDSPACE_PASSPHRASE", PASSPHRASE)
    with open_journal(location, passphrase=PASSPHRASE, daily_backup=False) as journal:
        backup = make_backup(journal)
        code = main(["--data-dir", str(location.data_dir), "restore", str(backup)])
    err = capsys.readouterr().err
    assert code == 1 and "locking it is enough" in err and "Traceback" not in err
