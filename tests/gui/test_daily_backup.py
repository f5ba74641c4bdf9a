"""The day's backup runs on a worker after the window is ready: never a frozen window.

Why: it took about a second on a 20-year journal (several at 100 years) on the GUI thread, in
the first start of each day. These tests hold the backups folder's lock (as another
kindspace window making a backup would), so the backup is provably still running while the
window is already unlocked and answering.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kindspace.gui.controller import AppController
from kindspace.gui.unlock import PASSPHRASE as PASSPHRASE_KIND
from kindspace.journal.backup import backup_lock, list_backups
from kindspace.journal.journal import JournalLocation
from kindspace.journal.keyring_store import KeyringCheck
from tests.helpers.app_controller import app_controller
from tests.helpers.journals import PASSPHRASE
from tests.helpers.widgets import settle, wait_for

pytestmark = pytest.mark.usefixtures("ordinary_now")


@pytest.fixture
def controller(qtbot: QtBot, qapp: QApplication, journal_dir: Path) -> Iterator[AppController]:
    with app_controller(
        qtbot, qapp, journal_dir, keyring_check=KeyringCheck(None, "tests")
    ) as made:
        yield made
        made.daily_backup.stop()


def _todays_backups(controller: AppController, now: datetime) -> list[Path]:
    return [
        info.path
        for info in list_backups(JournalLocation(controller.data_dir))
        if info.made_at.date() == now.date() and info.key_file is not None
    ]


def _unlock(controller: AppController) -> None:
    controller.start()
    settle(controller)
    controller.unlock(PASSPHRASE, PASSPHRASE_KIND)
    settle(controller)


def test_the_window_answers_while_the_days_backup_is_made(
    controller: AppController, ordinary_now: datetime
) -> None:
    location = JournalLocation(controller.data_dir)
    with backup_lock(location):  # the backup has to wait for this, on its worker
        _unlock(controller)
        assert not controller.window.is_locked()
        wait_for(controller.daily_backup.is_running)
        assert controller.daily_backup.note.isVisibleTo(controller.window)
        controller.window.ui.actionFind.trigger()  # the window still does what it is asked
        assert controller.window.current_view() == "search"
        assert _todays_backups(controller, ordinary_now) == []
    wait_for(lambda: not controller.daily_backup.is_running())
    assert len(_todays_backups(controller, ordinary_now)) == 1
    # The worker's "done" reaches the window through its event queue, a moment after it ends.
    wait_for(lambda: not controller.daily_backup.note.isVisibleTo(controller.window))


def test_lock_stops_the_backup_and_the_next_unlock_makes_it(
    controller: AppController, ordinary_now: datetime
) -> None:
    location = JournalLocation(controller.data_dir)
    with backup_lock(location):
        _unlock(controller)
        wait_for(controller.daily_backup.is_running)
        controller.window.ui.actionLock.trigger()
    assert controller.window.is_locked()
    wait_for(lambda: not controller.daily_backup.is_running())
    assert _todays_backups(controller, ordinary_now) == []
    assert not list(location.backups_dir.glob("*.partial*"))  # nothing half-made is kept

    controller.unlock(PASSPHRASE, PASSPHRASE_KIND)
    settle(controller)
    wait_for(lambda: len(_todays_backups(controller, ordinary_now)) == 1)


def test_quit_waits_for_the_days_backup(controller: AppController, ordinary_now: datetime) -> None:
    # Held until the backup is seen running: unheld, a small journal's backup can be done
    # before anyone looks, and the wait would be for something that already ended.
    with backup_lock(JournalLocation(controller.data_dir)):
        _unlock(controller)
        wait_for(controller.daily_backup.is_running)
    controller.quit()  # the backup goes on now that the lock is free; quit waits for it
    assert not controller.daily_backup.is_running()
    assert len(_todays_backups(controller, ordinary_now)) == 1


# -- "Back up now" runs on the same worker --------------------------------------------------


def _all_backups(controller: AppController) -> list[Path]:
    return [info.path for info in list_backups(JournalLocation(controller.data_dir))]


def _unlock_after_todays_backup(controller: AppController, now: datetime) -> None:
    _unlock(controller)
    wait_for(lambda: len(_todays_backups(controller, now)) == 1)
    wait_for(lambda: not controller.daily_backup.note.isVisibleTo(controller.window))


def test_back_up_now_runs_on_the_worker_with_the_note(
    controller: AppController, ordinary_now: datetime
) -> None:
    _unlock_after_todays_backup(controller, ordinary_now)
    with backup_lock(JournalLocation(controller.data_dir)):  # holds the worker at its start
        controller.window.ui.actionBackUpNow.trigger()  # returns at once: not the GUI thread
        assert controller.daily_backup.is_running()
        assert controller.daily_backup.note.isVisibleTo(controller.window)
        assert controller.daily_backup.note.text() == "Making a backup…"
        assert len(_all_backups(controller)) == 1
    wait_for(lambda: len(_all_backups(controller)) == 2)
    wait_for(lambda: "backup was saved" in controller.window.ui.statusbar.currentMessage())
    assert not controller.daily_backup.note.isVisibleTo(controller.window)


def test_settings_back_up_now_waits_for_the_days_backup_then_runs(
    controller: AppController, ordinary_now: datetime
) -> None:
    from kindspace.gui.settings_backups import BACKED_UP, BackupSettingsPage

    location = JournalLocation(controller.data_dir)
    with backup_lock(location):
        _unlock(controller)
        wait_for(controller.daily_backup.is_running)  # the day's backup, waiting on the lock
        journal = controller.journal
        assert journal is not None
        page = BackupSettingsPage(journal, backups=controller.daily_backup)
        page.ui.backUpNowButton.click()
        assert not page.ui.backUpNowButton.isEnabled()
        assert page.ui.status.text() == "Making a backup…"
    wait_for(lambda: page.ui.status.text() == BACKED_UP)
    assert len(_todays_backups(controller, ordinary_now)) == 2  # the day's, then the manual
    assert page.ui.backupList.count() == 2 and page.ui.backUpNowButton.isEnabled()
    page.deleteLater()


def test_lock_stops_back_up_now_and_keeps_nothing_half_made(
    controller: AppController, ordinary_now: datetime
) -> None:
    _unlock_after_todays_backup(controller, ordinary_now)
    location = JournalLocation(controller.data_dir)
    with backup_lock(location):
        controller.window.ui.actionBackUpNow.trigger()
        wait_for(controller.daily_backup.is_running)
        controller.window.ui.actionLock.trigger()
    wait_for(lambda: not controller.daily_backup.is_running())
    assert len(_all_backups(controller)) == 1
    assert not list(location.backups_dir.glob("*.partial*"))


def test_quit_waits_for_back_up_now(controller: AppController, ordinary_now: datetime) -> None:
    _unlock_after_todays_backup(controller, ordinary_now)
    with backup_lock(JournalLocation(controller.data_dir)):
        controller.window.ui.actionBackUpNow.trigger()
        wait_for(controller.daily_backup.is_running)
    controller.quit()
    assert not controller.daily_backup.is_running()
    assert len(_all_backups(controller)) == 2
