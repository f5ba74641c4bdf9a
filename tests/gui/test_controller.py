"""The app's flow over a real journal: unlock, wrong passphrase, lock, auto-lock and quit."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kindspace.gui.controller import AppController
from kindspace.gui.unlock import PASSPHRASE as PASSPHRASE_KIND
from kindspace.journal import vault
from kindspace.journal.journal import JournalLocation, create_journal
from kindspace.journal.keyring_store import KeyringCheck
from kindspace.preferences import load_preferences, save_preferences
from tests.helpers.app_controller import app_controller
from tests.helpers.journals import PASSPHRASE
from tests.helpers.keyrings import memory_key_store
from tests.helpers.odd_keyrings import BlockingKeyring, UnreadableKeyring
from tests.helpers.widgets import settle, wait_for

NO_KEYRING = KeyringCheck(None, "tests: no keyring")


@pytest.fixture
def controller(qtbot: QtBot, qapp: QApplication, journal_dir: Path):
    with app_controller(qtbot, qapp, journal_dir, keyring_check=NO_KEYRING) as made:
        yield made


def test_a_passphrase_journal_starts_locked(controller: AppController) -> None:
    controller.start()
    settle(controller)
    assert controller.window.is_locked()
    assert controller.window.ui.pages.currentWidget() is controller.lock_view


@pytest.mark.system
def test_a_passphrase_journal_is_ready_for_typing_as_the_window_opens(
    qtbot: QtBot, qapp: QApplication, journal_dir: Path, secret_service: str
) -> None:
    """Nothing typed in the first moments is lost: this journal opens without the keyring,
    so the field does not wait for the keyring to be looked at. (The keyring looked at is
    the private Secret Service, so no desktop keyring is started for later tests.)"""
    with app_controller(qtbot, qapp, journal_dir, keyring_timeout=2.0) as made:
        made.start()
        field = made.lock_view.ui.passphraseField
        assert field.isEnabled()
        assert made.lock_view.ui.openButton.isEnabled()
        qtbot.keyClicks(field, PASSPHRASE)
        wait_for(lambda: made.keyring_check is not None)  # looked at meanwhile, for Settings
        assert field.text() == PASSPHRASE, "the keyring's answer leaves what was typed alone"
        made.lock_view.ui.openButton.click()
        settle(made)
        assert made.journal is not None


def test_a_wrong_passphrase_is_answered_kindly(controller: AppController) -> None:
    controller.start()
    settle(controller)
    controller.unlock("not the right words", PASSPHRASE_KIND)
    settle(controller)
    assert controller.window.is_locked()
    message = controller.lock_view.ui.errorText.text()
    assert message and "Traceback" not in message
    assert controller.lock_view.ui.passphraseField.text() == ""


def test_unlock_lock_and_unlock_again(controller: AppController) -> None:
    controller.start()
    settle(controller)
    controller.unlock(PASSPHRASE, PASSPHRASE_KIND)
    settle(controller)
    assert not controller.window.is_locked()
    controller.journal.entries.create(body="a note")
    controller.window.ui.actionLock.trigger()
    assert controller.window.is_locked() and controller.journal is None
    controller.unlock(PASSPHRASE, PASSPHRASE_KIND)
    settle(controller)
    assert controller.journal is not None and controller.journal.entries.count() == 1


def test_idle_minutes_lock_a_passphrase_journal(controller: AppController, qtbot: QtBot) -> None:
    controller.start()
    settle(controller)
    controller.unlock(PASSPHRASE, PASSPHRASE_KIND)
    settle(controller)
    assert controller.idle.is_active()  # the default is 10 minutes
    controller.idle.idle.emit()  # what the timer does when the minutes have passed
    assert controller.window.is_locked()
    assert not controller.idle.is_active()


def test_idle_minutes_lock_a_journal_hidden_in_the_tray(
    controller: AppController, qtbot: QtBot
) -> None:
    controller.start()
    settle(controller)
    controller.unlock(PASSPHRASE, PASSPHRASE_KIND)
    settle(controller)
    controller.window.hide()
    controller.idle.idle.emit()
    assert controller.window.is_locked() and controller.journal is None


def test_auto_lock_can_be_switched_off(controller: AppController) -> None:
    controller.start()
    settle(controller)
    controller.unlock(PASSPHRASE, PASSPHRASE_KIND)
    settle(controller)
    controller.apply_preferences(controller.preferences.with_changes(auto_lock_minutes=0))
    assert not controller.idle.is_active()
    assert load_preferences(controller.data_dir).auto_lock_minutes == 0


def test_quit_remembers_the_view_and_closes_the_journal(
    controller: AppController, qapp: QApplication
) -> None:
    controller.start()
    settle(controller)
    controller.unlock(PASSPHRASE, PASSPHRASE_KIND)
    settle(controller)
    controller.window.ui.actionFind.trigger()
    controller.quit()
    assert controller.journal is None
    saved = load_preferences(controller.data_dir)
    assert saved.last_view == "search" and saved.window_geometry


def test_the_last_view_comes_back(qtbot: QtBot, qapp: QApplication, journal_dir: Path) -> None:
    save_preferences(journal_dir, load_preferences(journal_dir).with_changes(last_view="search"))
    with app_controller(qtbot, qapp, journal_dir, keyring_check=NO_KEYRING) as made:
        made.start()
        settle(made)
        made.unlock(PASSPHRASE, PASSPHRASE_KIND)
        settle(made)
        assert made.window.current_view() == "search"


# -- a keyring that fails or hangs (issue 14, items 6 and 7) -----------------------------------


@pytest.fixture
def keyring_journal_dir(tmp_path: Path) -> Path:
    """A journal whose key is meant to be in the keyring, with a passphrase as well."""
    data_dir = tmp_path / "keyring-journal"
    journal, _ = create_journal(
        JournalLocation(data_dir),
        passphrase=PASSPHRASE,
        keyring=memory_key_store(),
        kdf_params=vault.FAST_TEST_KDF,
    )
    journal.close()
    return data_dir


@contextlib.contextmanager
def make_controller(
    qtbot: QtBot, qapp: QApplication, data_dir: Path, backend: object, **kw: Any
) -> Iterator[AppController]:
    check = KeyringCheck(backend, "a misbehaving keyring for this test")  # type: ignore[arg-type]
    with app_controller(qtbot, qapp, data_dir, keyring_check=check, **kw) as made:
        yield made


def test_an_unreadable_keyring_never_refuses_the_passphrase(
    qtbot: QtBot, qapp: QApplication, keyring_journal_dir: Path
) -> None:
    with make_controller(qtbot, qapp, keyring_journal_dir, UnreadableKeyring()) as made:
        made.start()
        settle(made)
        assert made.window.is_locked()
        assert "keyring" in made.lock_view.ui.errorText.text()
        made.unlock(PASSPHRASE, PASSPHRASE_KIND)
        settle(made)
        assert not made.window.is_locked(), made.lock_view.ui.errorText.text()
        assert "keyring" in made.window.ui.statusbar.currentMessage()


def test_a_hanging_keyring_asks_for_the_passphrase_without_freezing_the_window(
    qtbot: QtBot, qapp: QApplication, keyring_journal_dir: Path
) -> None:
    hanging = BlockingKeyring()
    with make_controller(qtbot, qapp, keyring_journal_dir, hanging, keyring_timeout=0.5) as made:
        try:
            made.start()
            settle(made)
            assert made.window.is_locked()
            assert "didn't answer in time" in made.lock_view.ui.errorText.text()
            assert made.lock_view.ui.passphraseField.isVisible()
            made.unlock(PASSPHRASE, PASSPHRASE_KIND)
            settle(made)
            assert not made.window.is_locked(), made.lock_view.ui.errorText.text()
            assert [method for method, _thread in hanging.calls] == ["get_password"], (
                "one read at start; a keyring that hung once is not waited on again"
            )
            assert all(thread != "MainThread" for _method, thread in hanging.calls)
        finally:
            hanging.release.set()
