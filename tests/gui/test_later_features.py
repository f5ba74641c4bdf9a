"""Import and export, tags, recently deleted, sync and reminders come after the first screen.

Why: they show nothing on it, and importing and wiring them before it made every start wait
(issue "Start, search and import at the floor"). They must still come by themselves, catch
up with a journal that opened before them, and be there at once for whoever asks sooner.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kindspace.gui.controller import AppController
from kindspace.gui.recently_deleted import RecentlyDeletedDialog
from kindspace.gui.unlock import PASSPHRASE as PASSPHRASE_KIND
from kindspace.journal.journal import JournalLocation, open_journal
from kindspace.journal.keyring_store import KeyringCheck
from kindspace.practice.own_exercises import OwnExerciseForm, save_own_exercise
from kindspace.reminders.store import save_phrases
from tests.helpers.app_controller import app_controller
from tests.helpers.journals import PASSPHRASE
from tests.helpers.widgets import settle, wait_for

TESTS_KEYRING = KeyringCheck(None, "tests")
OWN_PHRASE = "Soft shoulders, slow breath."
OWN_TITLE = "Pelican pause"


@pytest.fixture
def controller(qtbot: QtBot, qapp: QApplication, journal_dir: Path) -> Iterator[AppController]:
    with app_controller(qtbot, qapp, journal_dir, keyring_check=TESTS_KEYRING) as made:
        yield made


def test_the_marks_are_painted_before_the_features_come_and_they_catch_up_after(
    journal_dir: Path, qtbot: QtBot, qapp: QApplication
) -> None:
    journal = open_journal(JournalLocation(journal_dir), passphrase=PASSPHRASE)
    save_phrases(journal.settings, [OWN_PHRASE])
    journal.close()
    with app_controller(qtbot, qapp, journal_dir, keyring_check=TESTS_KEYRING) as controller:
        complete_at_paint: list[bool] = []
        controller.window.ui.calendar.marks_painted.connect(
            lambda: complete_at_paint.append(controller.later.is_complete())
        )
        controller.window.show()  # as a keyring start: the journal's screen is the first one
        controller.unlock(PASSPHRASE, PASSPHRASE_KIND)
        settle(controller)

        wait_for(controller.later.is_complete)

        assert complete_at_paint[:1] == [False], "the first paint of the marks waited for none"
        sync = controller.later.sync_if_installed()
        assert sync is not None and sync.worker.journal is controller.journal
        reminders = controller.later.reminders_if_installed()
        assert reminders is not None and OWN_PHRASE in reminders.driver.rules.phrases
        # Looked for at once, the screen being up (offscreen, without a tray, it keeps looking).
        wait_for(lambda: reminders.tray_searched or reminders.waiter.looking)


def test_behind_a_lock_screen_they_come_too_and_meet_the_journal_when_it_opens(
    controller: AppController,
) -> None:
    controller.start()  # a passphrase journal: the lock screen is the first screen

    assert not controller.later.is_complete()
    wait_for(controller.later.is_complete)
    assert controller.window.is_locked()
    controller.unlock(PASSPHRASE, PASSPHRASE_KIND)
    settle(controller)
    assert controller.sync.worker.journal is controller.journal


def test_asking_for_a_feature_before_they_came_installs_them_at_once(
    controller: AppController,
) -> None:
    assert controller.later.sync_if_installed() is None

    tags = controller.tags

    assert controller.later.is_complete()
    assert controller.later.sync_if_installed() is controller.sync
    assert tags is controller.tags  # installed once, not again on every question


def test_the_menu_actions_they_connect_answer_once_they_came(
    controller: AppController, qtbot: QtBot
) -> None:
    controller.window.show()
    controller.unlock(PASSPHRASE, PASSPHRASE_KIND)
    settle(controller)
    wait_for(controller.later.is_complete)

    controller.window.ui.actionRecentlyDeleted.trigger()

    dialog = controller.recently_deleted.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_import_and_export_installed_while_unlocked_holds_no_own_exercise_after_a_lock(
    journal_dir: Path, qtbot: QtBot, qapp: QApplication
) -> None:
    journal = open_journal(JournalLocation(journal_dir), passphrase=PASSPHRASE)
    own_id = save_own_exercise(journal, OwnExerciseForm(OWN_TITLE, ("What is here?",)))
    journal.close()
    with app_controller(qtbot, qapp, journal_dir, keyring_check=TESTS_KEYRING) as controller:
        controller.window.show()
        controller.unlock(PASSPHRASE, PASSPHRASE_KIND)
        settle(controller)
        assert own_id in controller.practice.catalog  # the person's own, while unlocked
        wait_for(controller.later.is_complete)

        controller.lock()

        # Its titles are the person's words: nothing installed meanwhile may keep them.
        assert own_id not in controller.transfer.catalog


def test_a_menu_item_chosen_before_they_came_installs_them_and_is_answered(
    controller: AppController,
) -> None:
    """The menus are there from the first screen, so a choice there must never be lost."""
    complete_when_chosen: list[bool] = []

    def choose_at_once() -> None:  # the moment the first screen is up, before they come
        complete_when_chosen.append(controller.later.is_complete())
        controller.window.ui.actionRecentlyDeleted.trigger()

    controller.ready.connect(choose_at_once)
    controller.window.show()
    controller.unlock(PASSPHRASE, PASSPHRASE_KIND)
    settle(controller)

    assert complete_when_chosen == [False]
    dialog = controller.recently_deleted.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
    # Once they are all here, the item is theirs alone: one choice, one dialog.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    before = len(controller.window.findChildren(RecentlyDeletedDialog))
    controller.window.ui.actionRecentlyDeleted.trigger()
    assert len(controller.window.findChildren(RecentlyDeletedDialog)) == before + 1
    again = controller.recently_deleted.dialog
    assert again is not None and again.isVisible()
    again.reject()
