"""The app checkpoints its journal once saving pauses, so a deleted -wal loses nothing then."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kindspace.gui.unlock import PASSPHRASE as PASSPHRASE_KIND
from kindspace.journal.database import open_encrypted_readonly
from kindspace.journal.keyring_store import KeyringCheck
from tests.helpers.app_controller import app_controller
from tests.helpers.journals import PASSPHRASE
from tests.helpers.widgets import settle


def entries_in_main_file(data_dir: Path, key: bytes, scratch: Path) -> int:
    copy = scratch / "alone.db"
    shutil.copyfile(data_dir / "journal.db", copy)
    db = open_encrypted_readonly(copy, key)
    try:
        return int(db.execute("SELECT count(*) FROM entries").fetchone()[0])
    finally:
        db.conn.close()
        copy.unlink()


def test_saves_reach_the_journal_file_once_writing_pauses(
    qtbot: QtBot, qapp: QApplication, journal_dir: Path, tmp_path: Path
) -> None:
    tests_keyring = KeyringCheck(None, "tests")
    with app_controller(qtbot, qapp, journal_dir, keyring_check=tests_keyring) as controller:
        controller.start()
        settle(controller)
        controller.unlock(PASSPHRASE, PASSPHRASE_KIND)
        settle(controller)
        journal = controller.journal
        assert journal is not None and controller.quiet_timer.isActive()
        controller.quiet_timer.setInterval(20)
        for number in range(3):
            journal.entries.create(body=f"a quiet save {number}")
        key = journal.data_key
        qtbot.waitUntil(
            lambda: entries_in_main_file(journal_dir, key, tmp_path) == 3, timeout=10000
        )
        controller.lock()
        assert controller.journal is None
