"""The unlock screen: what it asks for, what it sends, and how it takes a wrong answer."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from kindspace.errors import WrongSecret
from kindspace.gui.problems import explain
from kindspace.gui.unlock import LOCKED, WELCOME_BACK, UnlockView
from kindspace.journal import vault
from kindspace.journal.journal import JournalLocation, create_journal, open_journal
from kindspace.journal.recovery_key import generate_recovery_key
from tests.helpers.text_size import text_at
from tests.helpers.view_walk import cut_off_words
from tests.helpers.widgets import unnamed_interactive_widgets

PASSPHRASE = "slow walk in the rain"


@pytest.fixture
def view(qtbot: QtBot) -> UnlockView:
    view = UnlockView()
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.focus_field()
    return view


def requests(view: UnlockView) -> list[tuple[str, str]]:
    seen: list[tuple[str, str]] = []
    view.unlock_requested.connect(lambda secret, kind: seen.append((secret, kind)))
    return seen


def test_enter_in_the_passphrase_field_asks_to_unlock_with_it(
    view: UnlockView, qtbot: QtBot
) -> None:
    seen = requests(view)
    field = view.ui.passphraseField
    assert field.echoMode() == QLineEdit.EchoMode.Password
    assert field.hasFocus()
    qtbot.keyClicks(field, PASSPHRASE)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert seen == [(PASSPHRASE, "passphrase")]


def test_an_empty_passphrase_is_not_sent_and_gets_a_kind_word(
    view: UnlockView, qtbot: QtBot
) -> None:
    seen = requests(view)
    qtbot.keyClick(view.ui.passphraseField, Qt.Key.Key_Return)
    assert seen == []
    assert "Please type your passphrase" in view.ui.errorText.text()


def test_show_reveals_the_passphrase_and_hide_hides_it_again(
    view: UnlockView, qtbot: QtBot
) -> None:
    qtbot.mouseClick(view.ui.showPassphrase, Qt.MouseButton.LeftButton)
    assert view.ui.passphraseField.echoMode() == QLineEdit.EchoMode.Normal
    assert view.ui.showPassphrase.accessibleName() == "Hide the passphrase"
    qtbot.mouseClick(view.ui.showPassphrase, Qt.MouseButton.LeftButton)
    assert view.ui.passphraseField.echoMode() == QLineEdit.EchoMode.Password


def test_the_recovery_switch_swaps_the_field_and_sends_the_key_in_printed_form(
    view: UnlockView, qtbot: QtBot
) -> None:
    seen = requests(view)
    assert not view.ui.recoveryField.isVisible()
    view.ui.useRecoveryKey.setChecked(True)
    assert not view.ui.passphraseField.isVisible()
    assert view.ui.recoveryField.isVisible()
    assert view.ui.recoveryField.hasFocus()
    key = generate_recovery_key()
    typed = key.replace("-", " ").lower()  # as someone might copy it from paper
    qtbot.keyClicks(view.ui.recoveryField, typed)
    qtbot.keyClick(view.ui.recoveryField, Qt.Key.Key_Enter)
    assert seen == [(key, "recovery_key")]


def test_a_mistyped_recovery_key_is_explained_and_kept_for_comparing(
    view: UnlockView, qtbot: QtBot
) -> None:
    seen = requests(view)
    view.ui.useRecoveryKey.setChecked(True)
    key = generate_recovery_key()
    typo = key[:-1] + ("A" if key[-1] != "A" else "C")
    qtbot.keyClicks(view.ui.recoveryField, typo)
    qtbot.keyClick(view.ui.recoveryField, Qt.Key.Key_Return)
    assert seen == []
    assert "typo" in view.ui.errorText.text()
    assert view.ui.recoveryField.text() == typo
    assert view.ui.recoveryField.selectedText() == typo


def test_show_error_clears_the_passphrase_and_keeps_focus_for_the_next_try(
    view: UnlockView, qtbot: QtBot, tmp_path: Path
) -> None:
    location = JournalLocation(tmp_path / "journal")
    journal, _ = create_journal(
        location, passphrase=PASSPHRASE, use_keyring=False, kdf_params=vault.FAST_TEST_KDF
    )
    journal.close()
    seen = requests(view)
    qtbot.keyClicks(view.ui.passphraseField, "not the passphrase")
    qtbot.keyClick(view.ui.passphraseField, Qt.Key.Key_Return)
    secret, kind = seen[-1]
    view.set_busy(True)
    assert not view.ui.openButton.isEnabled()
    with pytest.raises(WrongSecret) as refused:
        open_journal(location, passphrase=secret, daily_backup=False)
    message = explain(refused.value).text
    view.show_error(message)
    assert kind == "passphrase"
    assert view.ui.errorText.text() == message
    assert view.ui.passphraseField.text() == ""
    assert view.ui.passphraseField.hasFocus()
    assert view.ui.openButton.isEnabled()
    qtbot.keyClicks(view.ui.passphraseField, "x")
    assert view.ui.errorText.text() == ""  # typing again quiets the message


def test_with_the_key_in_the_keyring_only_an_open_button_is_shown(
    view: UnlockView, qtbot: QtBot
) -> None:
    seen = requests(view)
    view.set_mode(needs_secret=False)
    assert view.ui.secretArea.isHidden()
    view.focus_field()
    assert view.ui.openButton.hasFocus()
    qtbot.keyClick(view.ui.openButton, Qt.Key.Key_Return)
    assert seen == [("", "keyring")]
    view.set_mode(needs_secret=True)
    assert view.ui.secretArea.isVisible()


def test_clear_forgets_what_was_typed_and_the_heading_fits_the_moment(
    view: UnlockView, qtbot: QtBot
) -> None:
    qtbot.keyClicks(view.ui.passphraseField, PASSPHRASE)
    view.ui.useRecoveryKey.setChecked(True)
    qtbot.keyClicks(view.ui.recoveryField, "ABCD")
    view.clear()
    assert view.ui.passphraseField.text() == view.ui.recoveryField.text() == ""
    assert not view.ui.useRecoveryKey.isChecked()
    view.set_locked(True)
    assert view.ui.heading.text() == LOCKED
    view.set_locked(False)
    assert view.ui.heading.text() == WELCOME_BACK


def test_busy_disables_input_and_says_it_is_opening(view: UnlockView, qtbot: QtBot) -> None:
    seen = requests(view)
    qtbot.keyClicks(view.ui.passphraseField, PASSPHRASE)
    view.set_busy(True)
    assert not view.ui.passphraseField.isEnabled()
    view.ui.openButton.click()
    assert seen == []
    assert "Opening" in view.ui.openButton.text()
    view.set_busy(False)
    assert view.ui.passphraseField.isEnabled()


def test_every_interactive_widget_has_an_accessible_name(view: UnlockView) -> None:
    assert unnamed_interactive_widgets(view) == []
    assert view.ui.passphraseField in view.findChildren(QLineEdit)


def test_the_view_shows_no_secret_in_its_labels(view: UnlockView, qtbot: QtBot) -> None:
    qtbot.keyClicks(view.ui.passphraseField, PASSPHRASE)
    qtbot.keyClick(view.ui.passphraseField, Qt.Key.Key_Return)
    shown = " ".join(label.text() for label in view.findChildren(QLabel))
    assert PASSPHRASE not in shown


def test_a_recovery_key_shows_whole_after_the_text_grows(view: UnlockView) -> None:
    """The key is read back against the paper while it is typed, so none of it may scroll
    out of sight. Its field has a font of its own, which changes after the window's."""
    view.ui.useRecoveryKey.setChecked(True)
    view.resize(1024, 600)
    field = view.ui.recoveryField
    before = field.minimumWidth()
    with text_at(150):
        for _ in range(3):  # the font change, then the layouts it asks for
            QApplication.processEvents()
        assert field.minimumWidth() > before
        assert cut_off_words(view) == []
        field.setText(generate_recovery_key())
        needed = field.fontMetrics().horizontalAdvance(field.text())
        assert needed <= field.width() - 8  # the frame and margins Qt keeps either side
