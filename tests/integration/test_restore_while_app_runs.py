"""The real app holds its journal open; a real ``kindspace restore`` refuses and loses nothing.

Before the fix the restore succeeded while the app ran, and the app went on saving into the
file the restore had moved aside: an acknowledged entry ended up only in
``journal.db.before-restore-…``. Also checks that ``kindspace.lock`` is private.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kindspace.journal.backup import make_backup
from kindspace.journal.journal import JournalLocation, open_journal
from tests.helpers.app_driver import RunningApp
from tests.helpers.journals import PASSPHRASE, make_passphrase_journal

pytestmark = [pytest.mark.system, pytest.mark.slow]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "journal"
    make_passphrase_journal(folder)
    return folder


@pytest.fixture
def app(xvfb_display: str, data_dir: Path, tmp_path: Path) -> Iterator[RunningApp]:
    running = RunningApp(xvfb_display, data_dir, tmp_path / "probe.json")
    yield running
    running.stop()


def cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kindspace", *args, "--passphrase-stdin"],
        input=PASSPHRASE + "\n",
        env={**os.environ, "KINDSPACE_DATA_DIR": str(data_dir)},
        capture_output=True,
        text=True,
        timeout=60,
    )


def save_note(app: RunningApp, words: str, count: int) -> None:
    app.keys("ctrl+n")
    app.wait_for("the editor", lambda s: s["view"] == "editor")
    app.type(words)
    app.keys("ctrl+s")
    app.wait_for(f"{count} entries today", lambda s: s["today_count"] == count)


def test_restore_refuses_while_the_app_has_the_journal_open(
    app: RunningApp, data_dir: Path
) -> None:
    location = JournalLocation(data_dir)
    with open_journal(location, passphrase=PASSPHRASE, daily_backup=False) as journal:
        backup = make_backup(journal)  # an empty journal's backup: restoring it would lose all

    app.wait_for("the unlock screen", lambda s: s["unlock_ready"])
    lock_file = data_dir / "kindspace.lock"
    assert stat.S_IMODE(lock_file.stat().st_mode) == 0o600
    app.focus_window()
    app.type(PASSPHRASE)
    app.keys("Return")
    app.wait_for("the journal to open", lambda s: not s["locked"])
    save_note(app, "before the restore", 1)

    refused = cli(data_dir, "restore", str(backup))
    assert refused.returncode == 1, refused.stderr
    assert "open in another window or command" in refused.stderr
    assert not list(data_dir.glob("journal.db.before-restore-*"))

    save_note(app, "after the restore was refused", 2)
    app.keys("ctrl+q")
    code, err = app.wait_exit()
    assert code == 0 and "Traceback" not in err

    found = cli(data_dir, "search", "restore")
    assert found.returncode == 0 and found.stdout.count("restore") >= 2, found.stdout
    with open_journal(location, passphrase=PASSPHRASE, daily_backup=False) as journal:
        assert journal.entries.count() == 2
    assert cli(data_dir, "restore", str(backup)).returncode == 0  # the app is gone: it goes ahead
