"""The app over an emptied journal file: the unlock screen says so and names the backup.

Before the fix the app opened the emptied file as a new, empty journal without a word.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kindspace.gui.unlock import PASSPHRASE as PASSPHRASE_KIND
from kindspace.journal.backup import list_backups
from kindspace.journal.journal import JournalLocation, open_journal
from kindspace.journal.keyring_store import KeyringCheck
from tests.helpers.app_controller import app_controller
from tests.helpers.journals import PASSPHRASE
from tests.helpers.widgets import settle


def test_an_emptied_journal_is_not_opened_and_the_newest_backup_is_named(
    qtbot: QtBot, qapp: QApplication, journal_dir: Path
) -> None:
    location = JournalLocation(journal_dir)
    with open_journal(location, passphrase=PASSPHRASE, daily_backup=False) as journal:
        for number in range(3):
            journal.entries.create(body=f"kept words {number}")
    open_journal(location, passphrase=PASSPHRASE).close()  # the day's backup, with 3 entries
    backup = list_backups(location)[0].path
    os.truncate(location.database, 0)

    tests_keyring = KeyringCheck(None, "tests")
    with app_controller(qtbot, qapp, journal_dir, keyring_check=tests_keyring) as controller:
        controller.start()
        settle(controller)
        controller.unlock(PASSPHRASE, PASSPHRASE_KIND)
        settle(controller)
        assert controller.window.is_locked() and controller.journal is None
        message = controller.lock_view.ui.errorText.text()
        assert "is empty" in message and backup.name in message
        assert "kindspace restore" in message and "Traceback" not in message
    assert location.database.stat().st_size == 0
