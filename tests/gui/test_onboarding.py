"""The first run: both ways of protecting the journal, the recovery key, reminders, leaving."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWizard
from pytestqt.qtbot import QtBot

from kindspace.gui.onboarding import FirstRunWizard
from kindspace.gui.secret_fields import MISMATCH
from kindspace.journal import vault
from kindspace.journal.journal import JournalLocation, create_journal, open_journal
from kindspace.journal.keyring_store import KeyringCheck, KeyringKeyStore
from kindspace.journal.recovery_key import normalize_recovery_key
from tests.helpers.keyrings import no_keyring, usable_keyring
from tests.helpers.widgets import unnamed_interactive_widgets

PASSPHRASE = "warm tea on a cold day"
NEXT = QWizard.WizardButton.NextButton
COMMIT = QWizard.WizardButton.CommitButton
FINISH = QWizard.WizardButton.FinishButton


def make_wizard(qtbot: QtBot, location: JournalLocation, check: KeyringCheck) -> FirstRunWizard:
    wizard = FirstRunWizard(location, check, kdf_params=vault.FAST_TEST_KDF)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def press(qtbot: QtBot, wizard: FirstRunWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled(), f"{which} can't be pressed now"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def to_unlock_page(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    press(qtbot, wizard, NEXT)
    press(qtbot, wizard, NEXT)
    assert wizard.currentPage() is wizard.unlock_page


def type_passphrase(qtbot: QtBot, wizard: FirstRunWizard, first: str, second: str) -> None:
    ui = wizard.unlock_page.ui
    ui.passphraseField.clear()
    ui.confirmField.clear()
    qtbot.keyClicks(ui.passphraseField, first)
    qtbot.keyClicks(ui.confirmField, second)


@pytest.fixture
def location(tmp_path: Path) -> JournalLocation:
    return JournalLocation(tmp_path / "data")


def test_with_a_keyring_the_journal_is_kept_there_and_opens_again(
    qtbot: QtBot, location: JournalLocation
) -> None:
    check = usable_keyring()
    wizard = make_wizard(qtbot, location, check)
    to_unlock_page(qtbot, wizard)
    ui = wizard.unlock_page.ui
    assert ui.keyringChoice.isChecked()
    assert not ui.noKeyringNote.isVisible()
    assert not ui.passphraseArea.isVisible()
    assert wizard.button(COMMIT).text() == "&Create my journal"
    press(qtbot, wizard, COMMIT)
    assert wizard.currentPage() is wizard.recovery_page
    assert wizard.journal is not None and wizard.recovery_key is not None
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    qtbot.keyClick(wizard.recovery_page.ui.keptIt, Qt.Key.Key_Space)
    press(qtbot, wizard, NEXT)
    press(qtbot, wizard, NEXT)
    press(qtbot, wizard, FINISH)
    assert wizard.result() == QWizard.DialogCode.Accepted
    wizard.journal.close()
    assert check.backend is not None
    with open_journal(location, keyring=KeyringKeyStore(check.backend), daily_backup=False):
        pass
    with open_journal(location, recovery_key=wizard.recovery_key, daily_backup=False):
        pass


def test_with_a_keyring_a_second_passphrase_can_be_added(
    qtbot: QtBot, location: JournalLocation
) -> None:
    wizard = make_wizard(qtbot, location, usable_keyring())
    to_unlock_page(qtbot, wizard)
    wizard.unlock_page.ui.alsoPassphrase.setChecked(True)
    assert wizard.unlock_page.ui.passphraseArea.isVisible()
    assert not wizard.button(COMMIT).isEnabled()
    type_passphrase(qtbot, wizard, PASSPHRASE, PASSPHRASE)
    press(qtbot, wizard, COMMIT)
    assert wizard.journal is not None
    wizard.journal.close()
    with open_journal(location, passphrase=PASSPHRASE, daily_backup=False):
        pass


def test_without_a_keyring_a_passphrase_is_required_kindly(
    qtbot: QtBot, location: JournalLocation
) -> None:
    wizard = make_wizard(qtbot, location, no_keyring())
    to_unlock_page(qtbot, wizard)
    ui = wizard.unlock_page.ui
    assert ui.noKeyringNote.isVisible()
    assert "no secure system keyring" in ui.noKeyringNote.text()
    assert not ui.keyringChoice.isVisible()
    assert ui.passphraseArea.isVisible()
    assert not wizard.button(COMMIT).isEnabled()
    type_passphrase(qtbot, wizard, PASSPHRASE, PASSPHRASE)
    assert ui.matchHint.text() == "Both match."
    press(qtbot, wizard, COMMIT)
    assert wizard.currentPage() is wizard.recovery_page
    assert wizard.journal is not None
    assert ui.passphraseField.text() == ""  # the passphrase doesn't linger in the page
    wizard.journal.close()
    with open_journal(location, passphrase=PASSPHRASE, daily_backup=False):
        pass


def test_a_weak_or_mismatched_passphrase_is_explained_and_blocks_going_on(
    qtbot: QtBot, location: JournalLocation
) -> None:
    wizard = make_wizard(qtbot, location, usable_keyring())
    to_unlock_page(qtbot, wizard)
    ui = wizard.unlock_page.ui
    ui.passphraseChoice.setChecked(True)
    type_passphrase(qtbot, wizard, "short", "short")
    assert "at least 8 characters" in ui.strengthHint.text()
    assert not wizard.button(COMMIT).isEnabled()
    type_passphrase(qtbot, wizard, PASSPHRASE, PASSPHRASE + "!")
    assert ui.matchHint.text() == MISMATCH
    assert not wizard.button(COMMIT).isEnabled()
    assert not wizard.validateCurrentPage()
    assert not location.exists()
    type_passphrase(qtbot, wizard, PASSPHRASE, PASSPHRASE)
    assert wizard.button(COMMIT).isEnabled()


def test_a_problem_creating_the_journal_is_shown_on_the_page_and_changes_nothing(
    qtbot: QtBot, location: JournalLocation
) -> None:
    existing, _ = create_journal(
        location, passphrase=PASSPHRASE, use_keyring=False, kdf_params=vault.FAST_TEST_KDF
    )
    existing.close()
    before = location.key_file.read_bytes()
    wizard = make_wizard(qtbot, location, usable_keyring())
    to_unlock_page(qtbot, wizard)
    press(qtbot, wizard, COMMIT)
    assert wizard.currentPage() is wizard.unlock_page
    assert "already a journal" in wizard.unlock_page.ui.errorText.text()
    assert wizard.journal is None
    assert location.key_file.read_bytes() == before


def test_the_recovery_key_page_waits_until_the_key_is_kept(
    qtbot: QtBot, location: JournalLocation
) -> None:
    wizard = make_wizard(qtbot, location, usable_keyring())
    to_unlock_page(qtbot, wizard)
    press(qtbot, wizard, COMMIT)
    page = wizard.recovery_page
    assert wizard.recovery_key is not None
    assert page.ui.keyPanel.ui.keyText.text() == wizard.recovery_key
    assert normalize_recovery_key(wizard.recovery_key) == wizard.recovery_key
    assert not wizard.button(NEXT).isEnabled()
    qtbot.keyClick(page.ui.keptIt, Qt.Key.Key_Space)
    assert wizard.button(NEXT).isEnabled()
    assert wizard.journal is not None
    wizard.journal.close()


def test_save_as_file_writes_a_private_file_with_the_key(
    qtbot: QtBot, location: JournalLocation, tmp_path: Path
) -> None:
    wizard = make_wizard(qtbot, location, usable_keyring())
    to_unlock_page(qtbot, wizard)
    press(qtbot, wizard, COMMIT)
    panel = wizard.recovery_page.ui.keyPanel
    qtbot.mouseClick(panel.ui.saveButton, Qt.MouseButton.LeftButton)
    dialog = panel.findChild(QFileDialog)
    assert dialog is not None and dialog.isVisible()
    target = tmp_path / "my key.txt"
    dialog.selectFile(str(target))
    dialog.accept()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    text = target.read_text(encoding="utf-8")
    assert wizard.recovery_key is not None and wizard.recovery_key in text
    assert "recovery" in text.lower()
    assert "readable only by you" in panel.ui.status.text()
    assert wizard.journal is not None
    wizard.journal.close()


def test_print_makes_a_page_through_the_print_dialog(
    qtbot: QtBot, location: JournalLocation, tmp_path: Path
) -> None:
    wizard = make_wizard(qtbot, location, usable_keyring())
    to_unlock_page(qtbot, wizard)
    press(qtbot, wizard, COMMIT)
    panel = wizard.recovery_page.ui.keyPanel
    pdf = tmp_path / "sheet.pdf"
    panel.printer().setOutputFileName(str(pdf))
    qtbot.mouseClick(panel.ui.printButton, Qt.MouseButton.LeftButton)
    dialog = panel.findChild(QPrintDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.accept()
    assert pdf.read_bytes().startswith(b"%PDF")
    assert pdf.stat().st_size > 1000
    assert wizard.journal is not None
    wizard.journal.close()


def test_cancel_before_the_journal_exists_leaves_nothing(
    qtbot: QtBot, location: JournalLocation
) -> None:
    wizard = make_wizard(qtbot, location, no_keyring())
    to_unlock_page(qtbot, wizard)
    type_passphrase(qtbot, wizard, PASSPHRASE, PASSPHRASE)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    assert wizard.result() == QWizard.DialogCode.Rejected
    assert not wizard.isVisible()
    assert not location.exists()
    assert wizard.journal is None


def test_leaving_after_the_journal_exists_asks_first_and_keeps_it(
    qtbot: QtBot, location: JournalLocation
) -> None:
    wizard = make_wizard(qtbot, location, no_keyring())
    to_unlock_page(qtbot, wizard)
    type_passphrase(qtbot, wizard, PASSPHRASE, PASSPHRASE)
    press(qtbot, wizard, COMMIT)
    cancel = wizard.button(QWizard.WizardButton.CancelButton)

    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    box = wizard.findChild(QMessageBox, "leaveSetup")
    assert box is not None and box.isVisible()
    assert "stays safe" in box.text()
    assert "recovery key" in box.informativeText()
    stay = next(b for b in box.buttons() if b.text() == "Stay")
    qtbot.mouseClick(stay, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.findChild(QMessageBox, "leaveSetup") is None)
    assert wizard.isVisible()

    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    box = wizard.findChild(QMessageBox, "leaveSetup")
    assert box is not None
    leave = next(b for b in box.buttons() if b.text() == "Leave the setup")
    qtbot.mouseClick(leave, Qt.MouseButton.LeftButton)
    assert wizard.result() == QWizard.DialogCode.Rejected
    assert location.exists()
    assert wizard.journal is not None
    wizard.journal.close()
    with open_journal(location, passphrase=PASSPHRASE, daily_backup=False):
        pass


def test_reminder_preferences_have_the_promised_shape(
    qtbot: QtBot, location: JournalLocation
) -> None:
    wizard = make_wizard(qtbot, location, usable_keyring())
    prefs = wizard.reminder_preferences()
    assert set(prefs) == {"enabled", "times", "days", "skip_if_practised"}
    assert prefs == {
        "enabled": True,
        "times": ["20:00"],
        "days": [0, 1, 2, 3, 4, 5, 6],
        "skip_if_practised": True,
    }
    ui = wizard.reminders_page.ui
    ui.secondTimeEnabled.setChecked(True)
    ui.secondTime.setTime(ui.secondTime.time().fromString("07:15", "HH:mm"))
    for box in (ui.day5, ui.day6):
        box.setChecked(False)
    ui.skipIfPractised.setChecked(False)
    assert wizard.reminder_preferences() == {
        "enabled": True,
        "times": ["07:15", "20:00"],
        "days": [0, 1, 2, 3, 4],
        "skip_if_practised": False,
    }
    ui.remindersEnabled.setChecked(False)
    assert wizard.reminder_preferences()["enabled"] is False


def test_reminders_need_a_day_unless_switched_off(qtbot: QtBot, location: JournalLocation) -> None:
    wizard = make_wizard(qtbot, location, usable_keyring())
    page = wizard.reminders_page
    for box in page.day_boxes():
        box.setChecked(False)
    assert not page.isComplete()
    assert "at least one day" in page.ui.daysHint.text()
    page.ui.remindersEnabled.setChecked(False)
    assert page.isComplete()
    assert page.ui.daysHint.text() == ""


@pytest.mark.parametrize("check", [usable_keyring, no_keyring])
def test_every_interactive_widget_has_an_accessible_name(
    qtbot: QtBot, location: JournalLocation, check
) -> None:
    wizard = make_wizard(qtbot, location, check())
    assert unnamed_interactive_widgets(wizard) == []
