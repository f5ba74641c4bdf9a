"""Settings: unlock method, passphrase, recovery key, auto-lock, backups and appearance."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from kindspace.errors import WrongSecret
from kindspace.gui.settings_dialog import SettingsDialog
from kindspace.gui.settings_unlock import (
    CHANGED,
    NO_KEY_KEPT,
    NO_KEYRING,
    WRONG_ASK,
    WRONG_CURRENT,
)
from kindspace.journal import vault
from kindspace.journal.backup import keep_setting, list_backups
from kindspace.journal.journal import (
    RECOVERY_KEY_SETTING,
    Journal,
    JournalLocation,
    create_journal,
    open_journal,
)
from kindspace.journal.keyring_store import KeyringKeyStore
from kindspace.preferences import Preferences
from tests.helpers.keyrings import LockedKeyring, memory_key_store
from tests.helpers.widgets import unnamed_interactive_widgets, wait_for

PASSPHRASE = "a lantern in the window"
NEW_PASSPHRASE = "rain on the garden path"


@pytest.fixture
def location(tmp_path: Path) -> JournalLocation:
    return JournalLocation(tmp_path / "data")


@pytest.fixture
def key_store() -> KeyringKeyStore:
    return memory_key_store()


def new_journal(
    location: JournalLocation, key_store: KeyringKeyStore | None, passphrase: str | None
) -> tuple[Journal, str]:
    return create_journal(
        location,
        passphrase=passphrase,
        keyring=key_store,
        use_keyring=key_store is not None,
        kdf_params=vault.FAST_TEST_KDF,
    )


@pytest.fixture
def journal(location: JournalLocation, key_store: KeyringKeyStore) -> Iterator[Journal]:
    """A journal with both a passphrase and the key in the (in-memory) keyring."""
    journal, _ = new_journal(location, key_store, PASSPHRASE)
    yield journal
    journal.close()


def make_dialog(
    qtbot: QtBot,
    journal: Journal,
    key_store: KeyringKeyStore | None,
    preferences: Preferences | None = None,
) -> SettingsDialog:
    dialog = SettingsDialog(
        journal,
        key_store,
        preferences or Preferences(),
        journal.location.data_dir,
        kdf_params=vault.FAST_TEST_KDF,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # Focus, default buttons and Enter behave as for a person only in the active window.
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def click(qtbot: QtBot, widget) -> None:
    """Click near the start, where a wide radio button or checkbox has its indicator."""
    assert widget.isVisible() and widget.isEnabled(), f"{widget.objectName()} can't be used now"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(6, widget.height() // 2))


def answer(dialog_parent, name: str, button_text: str, qtbot: QtBot) -> None:
    showing = [b for b in dialog_parent.findChildren(QMessageBox, name) if b.isVisible()]
    assert len(showing) == 1, f"no {name} question is showing"
    box = showing[0]
    button = next(b for b in box.buttons() if b.text() == button_text)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


# -- passphrase -----------------------------------------------------------------------------


def test_changing_the_passphrase_needs_the_current_one(
    qtbot: QtBot, journal: Journal, key_store: KeyringKeyStore, location: JournalLocation
) -> None:
    dialog = make_dialog(qtbot, journal, key_store)
    ui = dialog.unlock_page.ui
    qtbot.keyClicks(ui.currentField, "not my passphrase")
    qtbot.keyClicks(ui.newField, NEW_PASSPHRASE)
    qtbot.keyClicks(ui.confirmField, NEW_PASSPHRASE)
    click(qtbot, ui.changePassphraseButton)
    assert ui.passphraseStatus.text() == WRONG_CURRENT
    assert ui.currentField.text() == ""
    assert journal.passphrase_matches(PASSPHRASE)

    qtbot.keyClicks(ui.currentField, PASSPHRASE)
    qtbot.keyClick(ui.confirmField, Qt.Key.Key_Return)
    assert ui.passphraseStatus.text() == CHANGED
    assert ui.newField.text() == ui.confirmField.text() == ui.currentField.text() == ""
    assert journal.passphrase_matches(NEW_PASSPHRASE)
    with open_journal(location, passphrase=NEW_PASSPHRASE, daily_backup=False):
        pass
    with pytest.raises(WrongSecret):
        open_journal(location, passphrase=PASSPHRASE, daily_backup=False)


def test_a_weak_or_mismatched_new_passphrase_cannot_be_saved(
    qtbot: QtBot, journal: Journal, key_store: KeyringKeyStore
) -> None:
    dialog = make_dialog(qtbot, journal, key_store)
    ui = dialog.unlock_page.ui
    qtbot.keyClicks(ui.currentField, PASSPHRASE)
    qtbot.keyClicks(ui.newField, "tiny")
    qtbot.keyClicks(ui.confirmField, "tiny")
    assert "at least 8 characters" in ui.strengthHint.text()
    assert not ui.changePassphraseButton.isEnabled()
    ui.newField.setText(NEW_PASSPHRASE)
    assert "don't match" in ui.matchHint.text()
    assert not ui.changePassphraseButton.isEnabled()


# -- recovery key ---------------------------------------------------------------------------


def test_the_recovery_key_is_shown_only_after_the_right_passphrase(
    qtbot: QtBot, location: JournalLocation, key_store: KeyringKeyStore
) -> None:
    journal, recovery = new_journal(location, key_store, PASSPHRASE)
    with journal:
        dialog = make_dialog(qtbot, journal, key_store)
        ui = dialog.unlock_page.ui
        assert not ui.shownArea.isVisible()
        assert not ui.showRecoveryButton.isEnabled()
        qtbot.keyClicks(ui.askField, "a guess")
        click(qtbot, ui.showRecoveryButton)
        assert ui.recoveryStatus.text() == WRONG_ASK
        assert not ui.shownArea.isVisible()
        assert ui.recoveryPanel.key() == ""

        qtbot.keyClicks(ui.askField, PASSPHRASE)
        qtbot.keyClick(ui.askField, Qt.Key.Key_Return)
        assert ui.shownArea.isVisible()
        assert ui.recoveryPanel.key() == recovery
        assert ui.recoveryPanel.ui.keyText.text() == recovery

        click(qtbot, ui.hideRecoveryButton)
        assert not ui.shownArea.isVisible()
        assert ui.recoveryPanel.ui.keyText.text() == ""


def test_enter_in_the_passphrase_field_shows_the_key_and_it_stays_shown(
    qtbot: QtBot, location: JournalLocation, key_store: KeyringKeyStore
) -> None:
    journal, recovery = new_journal(location, key_store, PASSPHRASE)
    with journal:
        dialog = make_dialog(qtbot, journal, key_store)
        ui = dialog.unlock_page.ui
        ui.askField.setFocus()
        qtbot.keyClicks(ui.askField, PASSPHRASE)
        qtbot.keyClick(ui.askField, Qt.Key.Key_Return)
        assert ui.shownArea.isVisible()
        assert ui.recoveryPanel.key() == recovery
        assert dialog.isVisible()


def test_without_a_passphrase_showing_the_key_asks_for_a_private_screen(
    qtbot: QtBot, location: JournalLocation, key_store: KeyringKeyStore
) -> None:
    journal, recovery = new_journal(location, key_store, None)
    with journal:
        dialog = make_dialog(qtbot, journal, key_store)
        ui = dialog.unlock_page.ui
        assert not ui.askField.isVisible()
        assert ui.privateScreen.isVisible()
        assert not ui.showRecoveryButton.isEnabled()
        qtbot.keyClick(ui.privateScreen, Qt.Key.Key_Space)
        click(qtbot, ui.showRecoveryButton)
        assert ui.recoveryPanel.key() == recovery


def test_closing_the_dialog_takes_the_key_off_the_screen(
    qtbot: QtBot, location: JournalLocation, key_store: KeyringKeyStore
) -> None:
    journal, recovery = new_journal(location, key_store, PASSPHRASE)
    with journal:
        dialog = make_dialog(qtbot, journal, key_store)
        ui = dialog.unlock_page.ui
        qtbot.keyClicks(ui.askField, PASSPHRASE)
        click(qtbot, ui.showRecoveryButton)
        assert ui.recoveryPanel.key() == recovery
        dialog.reject()
        assert ui.recoveryPanel.key() == ""


def test_a_journal_without_a_kept_key_can_make_a_new_one(
    qtbot: QtBot, journal: Journal, key_store: KeyringKeyStore, location: JournalLocation
) -> None:
    journal.settings.delete(RECOVERY_KEY_SETTING)  # as in journals made before it was kept
    dialog = make_dialog(qtbot, journal, key_store)
    ui = dialog.unlock_page.ui
    qtbot.keyClicks(ui.askField, PASSPHRASE)
    click(qtbot, ui.showRecoveryButton)
    assert ui.newKeyText.text() == NO_KEY_KEPT
    assert not ui.recoveryPanel.isVisible()

    click(qtbot, ui.newRecoveryKeyButton)
    answer(dialog.unlock_page, "newRecoveryKeyQuestion", "Cancel", qtbot)
    assert journal.recovery_key() is None

    click(qtbot, ui.newRecoveryKeyButton)
    answer(dialog.unlock_page, "newRecoveryKeyQuestion", "Make a new key", qtbot)
    new_key = journal.recovery_key()
    assert new_key is not None
    assert ui.recoveryPanel.isVisible()
    assert ui.recoveryPanel.key() == new_key
    with open_journal(location, recovery_key=new_key, daily_backup=False):
        pass


# -- unlock method and auto-lock ----------------------------------------------------------------


def test_switching_between_keyring_and_passphrase(
    qtbot: QtBot, journal: Journal, key_store: KeyringKeyStore
) -> None:
    dialog = make_dialog(qtbot, journal, key_store)
    ui = dialog.unlock_page.ui
    assert ui.keyringChoice.isChecked()
    assert key_store.load(journal.journal_id) == journal.data_key

    click(qtbot, ui.passphraseChoice)
    wait_for(lambda: not dialog.unlock_page.changing)
    assert not journal.keys.keyring
    assert key_store.load(journal.journal_id) is None
    assert "asks for your passphrase" in ui.openHint.text()
    assert "asks for your passphrase" in ui.autoLockHint.text()

    click(qtbot, ui.keyringChoice)
    wait_for(lambda: not dialog.unlock_page.changing)
    assert journal.keys.keyring
    assert key_store.load(journal.journal_id) == journal.data_key
    assert ui.keyringChoice.isChecked()


def test_a_keyring_that_fails_is_explained_calmly_and_nothing_changes(
    qtbot: QtBot, location: JournalLocation
) -> None:
    journal, _ = new_journal(location, None, PASSPHRASE)
    with journal:
        locked = KeyringKeyStore(LockedKeyring())
        dialog = make_dialog(qtbot, journal, locked)
        ui = dialog.unlock_page.ui
        click(qtbot, ui.keyringChoice)
        wait_for(lambda: not dialog.unlock_page.changing)
        problem = dialog.unlock_page.findChild(QMessageBox, "problemDialog")
        assert problem is not None and problem.isVisible()
        assert "keyring" in problem.text().lower()
        assert "Traceback" not in problem.informativeText()
        assert not journal.keys.keyring
        assert ui.passphraseChoice.isChecked()
        with open_journal(location, passphrase=PASSPHRASE, daily_backup=False):
            pass


def test_without_a_keyring_the_choice_is_disabled_with_a_reason(
    qtbot: QtBot, location: JournalLocation
) -> None:
    journal, _ = new_journal(location, None, PASSPHRASE)
    with journal:
        dialog = make_dialog(qtbot, journal, None)
        ui = dialog.unlock_page.ui
        assert not ui.keyringChoice.isEnabled()
        assert ui.passphraseChoice.isChecked()
        assert ui.openHint.text() == NO_KEYRING


def test_a_keyring_only_journal_sets_a_passphrase_before_it_can_ask_for_one(
    qtbot: QtBot, location: JournalLocation, key_store: KeyringKeyStore
) -> None:
    journal, _ = new_journal(location, key_store, None)
    with journal:
        dialog = make_dialog(qtbot, journal, key_store)
        ui = dialog.unlock_page.ui
        assert not ui.passphraseChoice.isEnabled()
        assert not ui.currentField.isVisible()
        assert not ui.autoLockChoice.isEnabled()
        assert "Set a passphrase" in ui.changePassphraseButton.text()
        qtbot.keyClicks(ui.newField, NEW_PASSPHRASE)
        qtbot.keyClicks(ui.confirmField, NEW_PASSPHRASE)
        click(qtbot, ui.changePassphraseButton)
        assert journal.passphrase_matches(NEW_PASSPHRASE)
        assert ui.passphraseChoice.isEnabled()
        assert ui.autoLockChoice.isEnabled()
        assert ui.currentField.isVisible()


def test_auto_lock_minutes_are_emitted_as_new_preferences(
    qtbot: QtBot, journal: Journal, key_store: KeyringKeyStore
) -> None:
    dialog = make_dialog(qtbot, journal, key_store, Preferences(theme="dark"))
    choice = dialog.unlock_page.ui.autoLockChoice
    assert choice.currentText() == "10 minutes"
    with qtbot.waitSignal(dialog.preferences_changed) as emitted:
        choice.setCurrentIndex(choice.findText("30 minutes"))
    prefs = emitted.args[0]
    assert isinstance(prefs, Preferences)
    assert prefs.auto_lock_minutes == 30
    assert prefs.theme == "dark"  # everything else is kept
    assert dialog.preferences() == prefs


# -- backups -------------------------------------------------------------------------------------


def test_back_up_now_adds_a_checked_backup_to_the_list(
    qtbot: QtBot, journal: Journal, key_store: KeyringKeyStore
) -> None:
    dialog = make_dialog(qtbot, journal, key_store)
    dialog.show_section("backups")
    page = dialog.backups_page
    assert dialog.current_page() is page
    assert page.ui.backupList.count() == 0
    assert "no backups yet" in page.ui.status.text()
    click(qtbot, page.ui.backUpNowButton)  # made on a worker; the page says when it is done
    qtbot.waitUntil(lambda: page.ui.backupList.count() == 1)
    backups = list_backups(journal.location)
    assert len(backups) == 1
    assert backups[0].path.is_file()
    assert page.ui.backupList.count() == 1
    assert "made by you" in page.ui.backupList.item(0).text()
    assert page.selected_backup() == backups[0].path
    assert page.ui.openFolderButton.isEnabled()
    assert page.ui.folderPath.text() == str(journal.location.backups_dir)


def test_the_number_of_backups_to_keep_is_kept_in_the_journal(
    qtbot: QtBot, location: JournalLocation, key_store: KeyringKeyStore
) -> None:
    journal, _ = new_journal(location, key_store, PASSPHRASE)
    with journal:
        dialog = make_dialog(qtbot, journal, key_store)
        spin = dialog.backups_page.ui.keepCount
        assert spin.value() == keep_setting(journal)
        spin.setValue(5)
        assert keep_setting(journal) == 5
        dialog.close()
    with open_journal(location, passphrase=PASSPHRASE, daily_backup=False) as again:
        assert keep_setting(again) == 5
        dialog = make_dialog(qtbot, again, key_store)
        assert dialog.backups_page.ui.keepCount.value() == 5


def test_restoring_asks_first_then_hands_the_backup_to_the_app(
    qtbot: QtBot, journal: Journal, key_store: KeyringKeyStore
) -> None:
    dialog = make_dialog(qtbot, journal, key_store)
    page = dialog.backups_page
    dialog.show_section("backups")
    click(qtbot, page.ui.backUpNowButton)
    qtbot.waitUntil(lambda: page.ui.backupList.count() == 1)
    chosen: list[object] = []
    dialog.restore_requested.connect(chosen.append)

    click(qtbot, page.ui.restoreButton)
    box = page.findChild(QMessageBox, "restoreQuestion")
    assert box is not None
    assert "not deleted" in box.informativeText()
    answer(page, "restoreQuestion", "Cancel", qtbot)
    assert chosen == []
    assert dialog.isVisible()

    click(qtbot, page.ui.restoreButton)
    answer(page, "restoreQuestion", "Restore", qtbot)
    assert chosen == [list_backups(journal.location)[0].path]
    assert not dialog.isVisible()
    assert journal.location.database.exists()  # the dialog itself restores nothing


# -- appearance ----------------------------------------------------------------------------------


def test_choosing_a_theme_and_text_size_emits_new_preferences(
    qtbot: QtBot, journal: Journal, key_store: KeyringKeyStore
) -> None:
    dialog = make_dialog(qtbot, journal, key_store, Preferences(auto_lock_minutes=5))
    dialog.show_section("appearance")
    ui = dialog.appearance_page.ui
    assert ui.themeChoice.currentData() == "system"
    seen: list[Preferences] = []
    dialog.preferences_changed.connect(seen.append)
    ui.themeChoice.setFocus()
    qtbot.keyClick(ui.themeChoice, Qt.Key.Key_End)  # the last theme: dark
    assert [p.theme for p in seen] == ["dark"]
    ui.textSizeChoice.setCurrentIndex(ui.textSizeChoice.findData(130))
    assert seen[-1].text_size == 130
    assert seen[-1].theme == "dark"
    assert seen[-1].auto_lock_minutes == 5


def test_sections_can_be_walked_with_the_keyboard(
    qtbot: QtBot, journal: Journal, key_store: KeyringKeyStore
) -> None:
    dialog = make_dialog(qtbot, journal, key_store)
    sections = dialog.ui.sections
    sections.setFocus()
    assert dialog.current_page() is dialog.unlock_page
    qtbot.keyClick(sections, Qt.Key.Key_Down)
    assert dialog.current_page() is dialog.backups_page
    qtbot.keyClick(sections, Qt.Key.Key_Down)
    assert dialog.current_page() is dialog.appearance_page


@pytest.mark.parametrize("with_keyring", [True, False])
def test_every_interactive_widget_has_an_accessible_name(
    qtbot: QtBot, location: JournalLocation, with_keyring: bool
) -> None:
    store = memory_key_store() if with_keyring else None
    journal, _ = new_journal(location, store, PASSPHRASE)
    with journal:
        dialog = make_dialog(qtbot, journal, store)
        assert unnamed_interactive_widgets(dialog) == []
