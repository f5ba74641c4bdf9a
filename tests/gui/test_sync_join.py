"""First run on a new device: "I already use kindspace on another device", the shared
folder, and the passphrase or recovery key; a wrong secret is answered kindly and makes
nothing, the right one builds the journal here on a worker while the page shows progress."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWizard

from kindspace.clock import system_clock
from kindspace.gui.onboarding import FirstRunWizard
from kindspace.journal import vault
from kindspace.journal.journal import JournalLocation, open_journal
from kindspace.journal.keyring_store import KeyringCheck
from kindspace.sync.settings import load_settings
from tests.gui.sync_helpers import share
from tests.helpers.journals import PASSPHRASE
from tests.helpers.widgets import unnamed_interactive_widgets, wait_for

pytestmark = pytest.mark.usefixtures("ordinary_now")


@pytest.fixture
def folder(tmp_path: Path, journal_dir: Path) -> Path:
    with open_journal(
        JournalLocation(journal_dir), passphrase=PASSPHRASE, daily_backup=False
    ) as journal:
        journal.entries.create(body="Written on the laptop, months ago.")
    shared = tmp_path / "Sync"
    shared.mkdir()
    share(journal_dir, shared)
    return shared


def wizard_at_join_page(location: JournalLocation) -> FirstRunWizard:
    wizard = FirstRunWizard(
        location, KeyringCheck(None, "tests"), kdf_params=vault.FAST_TEST_KDF, clock=system_clock
    )
    wizard.show()
    wizard.welcome_page.ui.joinChoice.setChecked(True)
    wizard.next()
    assert wizard.currentPage() is wizard.join_page
    return wizard


def test_a_wrong_passphrase_makes_nothing_and_the_right_one_brings_the_journal(
    qapp: QApplication, folder: Path, tmp_path: Path
) -> None:
    location = JournalLocation(tmp_path / "desktop")
    wizard = wizard_at_join_page(location)
    page = wizard.join_page
    assert unnamed_interactive_widgets(page) == []
    assert not page.isComplete()  # nothing typed yet
    page.ui.folderField.setText(str(folder))
    page.ui.secretField.setText("not the words at all")
    wizard.next()
    # The work runs on a worker: the page shows it is busy, and can't be left half-way.
    assert page.is_busy() and page.ui.progress.isVisibleTo(page)
    assert not wizard.button(QWizard.WizardButton.CancelButton).isEnabled()
    wait_for(lambda: not page.is_busy(), 30)
    assert "doesn't open the journal shared in this folder" in page.ui.errorText.text()
    assert "nothing was made" in page.ui.errorText.text()
    assert wizard.currentPage() is page
    assert not location.exists()  # nothing was made
    assert wizard.journal is None

    page.ui.secretField.setText(PASSPHRASE)
    assert page.ui.errorText.text() == ""
    wizard.next()
    wait_for(lambda: wizard.currentPage() is wizard.reminders_page, 30)
    journal = wizard.journal
    assert journal is not None
    try:
        assert {entry.body for entry in journal.entries.iter_all()} == {
            "Written on the laptop, months ago."
        }
        assert load_settings(journal) is not None  # it shares through the folder from now on
        assert journal.clock is system_clock  # the app's one clock, so the window can take it
        assert page.ui.secretField.text() == ""
        wizard.next()  # reminders stay this device's own choice
        assert wizard.currentPage() is wizard.ready_page
        assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    finally:
        journal.close()
        wizard.hide()
        wizard.deleteLater()


def test_the_recovery_key_brings_the_journal_too(
    qapp: QApplication, journal_dir: Path, folder: Path, tmp_path: Path
) -> None:
    with open_journal(
        JournalLocation(journal_dir), passphrase=PASSPHRASE, daily_backup=False
    ) as laptop:
        recovery_key = laptop.recovery_key()
    assert recovery_key is not None
    wizard = wizard_at_join_page(JournalLocation(tmp_path / "desktop"))
    page = wizard.join_page
    page.ui.folderField.setText(str(folder))
    page.ui.secretField.setText(recovery_key.lower())
    wizard.next()
    wait_for(lambda: wizard.currentPage() is wizard.reminders_page, 30)
    assert wizard.journal is not None
    wizard.journal.close()
    wizard.hide()
    wizard.deleteLater()


def test_a_folder_with_no_shared_journal_is_said_kindly(qapp: QApplication, tmp_path: Path) -> None:
    empty = tmp_path / "Empty"
    empty.mkdir()
    location = JournalLocation(tmp_path / "desktop")
    wizard = wizard_at_join_page(location)
    page = wizard.join_page
    page.ui.folderField.setText(str(empty))
    page.ui.secretField.setText(PASSPHRASE)
    wizard.next()
    wait_for(lambda: not page.is_busy(), 30)
    assert "No kindspace journal is shared" in page.ui.errorText.text()
    assert not location.exists()
    wizard.hide()
    wizard.deleteLater()
