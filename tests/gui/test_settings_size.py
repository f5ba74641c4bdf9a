"""Settings sizes itself to its pages within the screen: at 150% text on a 1024×600 screen
every section's words are whole, in every language (the list once cut "Comfort a…", and
German Entsperren once ran past its right edge), and a page longer than the room scrolls
instead of being cut."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from kindspace.gui.reminder_driver import ReminderDriver
from kindspace.gui.settings_dialog import SettingsDialog
from kindspace.gui.settings_reminders import ReminderSettingsPage
from kindspace.gui.translation import install_language
from kindspace.journal import vault
from kindspace.journal.journal import Journal, JournalLocation, create_journal
from kindspace.journal.keyring_store import KeyringKeyStore
from kindspace.language import SUPPORTED_LANGUAGES
from kindspace.practice.definitions import load_exercises
from kindspace.preferences import Preferences
from tests.helpers.keyrings import memory_key_store
from tests.helpers.text_size import text_at
from tests.helpers.view_walk import cut_off_words

SMALL, ROOMY = QSize(1024, 600), QSize(1440, 900)


class Window(QScrollArea):
    """Stands in for the main window, which offers the Reminders page once the tray is there."""

    def __init__(self, journal: Journal, data_dir: Path) -> None:
        super().__init__()
        self.driver = ReminderDriver(data_dir, lambda: journal, parent=self)

    def reminder_settings_page(self, parent: QScrollArea) -> ReminderSettingsPage:
        exercises = list(load_exercises().values())
        return ReminderSettingsPage(self.driver, exercises, has_tray=True, parent=parent)


def make_dialog(
    qtbot: QtBot, journal: Journal, screen: QSize, key_store: KeyringKeyStore | None = None
) -> SettingsDialog:
    window = Window(journal, journal.location.data_dir)
    qtbot.addWidget(window)
    dialog = SettingsDialog(
        journal,
        key_store,
        Preferences(),
        journal.location.data_dir,
        window,
        kdf_params=vault.FAST_TEST_KDF,
    )
    dialog.window_kept = window  # type: ignore[attr-defined]  # its parent lives as long
    dialog.fit_to_screen(screen)
    dialog.show()
    QApplication.processEvents()
    return dialog


def assert_page_whole(dialog: SettingsDialog, section: str) -> None:
    """No word of the shown page cut, and the page no wider than its room."""
    assert cut_off_words(dialog) == [], section
    shown = dialog.ui.pages.currentWidget()
    area = shown if isinstance(shown, QScrollArea) else shown.findChild(QScrollArea)
    assert isinstance(area, QScrollArea)
    # Its sideways bar is turned off, so a page too wide is clipped without one.
    assert area.horizontalScrollBar().maximum() == 0, section


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_every_section_is_whole_at_150_percent_on_a_small_screen(
    qtbot: QtBot, journal: Journal, language: str
) -> None:
    install_language(language)
    with text_at(150):
        dialog = make_dialog(qtbot, journal, SMALL)
        assert dialog.width() <= SMALL.width() and dialog.height() <= SMALL.height()
        sections = dialog.ui.sections
        assert sections.count() == 5
        for row in range(sections.count()):
            item = sections.item(row)
            needed = sections.fontMetrics().horizontalAdvance(item.text())
            assert needed <= sections.visualItemRect(item).width(), item.text()
            sections.setCurrentRow(row)
            QApplication.processEvents()
            assert_page_whole(dialog, item.text())


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_a_keyring_only_journal_s_unlock_page_is_whole_at_150_percent_on_a_small_screen(
    qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    """Without a passphrase the page offers to set one (other words, other rows). That
    state was never measured, and in Spanish it was cut on the right."""
    store = memory_key_store()
    journal, _recovery = create_journal(
        JournalLocation(tmp_path / "data"),
        passphrase=None,
        keyring=store,
        use_keyring=True,
        kdf_params=vault.FAST_TEST_KDF,
    )
    install_language(language)
    with journal, text_at(150):
        dialog = make_dialog(qtbot, journal, SMALL, store)
        dialog.show_section("unlock")
        QApplication.processEvents()
        ui = dialog.unlock_page.ui
        assert not ui.passphraseChoice.isEnabled()  # the keyring-only state, not the other
        assert ui.changePassphraseButton.isVisible()
        assert_page_whole(dialog, "unlock")


@pytest.mark.parametrize("percent", [100, 150])
def test_on_a_roomy_screen_settings_is_as_large_as_its_pages_ask(
    qtbot: QtBot, journal: Journal, percent: int
) -> None:
    with text_at(percent):
        dialog = make_dialog(qtbot, journal, ROOMY)
        natural = dialog.natural_size()
        room = QSize(int(ROOMY.width() * 0.9), int(ROOMY.height() * 0.9))
        assert dialog.size() == natural.boundedTo(room).expandedTo(dialog.minimumSizeHint())
        # Larger text, a larger dialog: nothing is fixed at one size any more.
        assert dialog.width() > 600


def test_the_dialog_grows_with_the_text(qtbot: QtBot, journal: Journal) -> None:
    small = make_dialog(qtbot, journal, ROOMY).natural_size()
    with text_at(150):
        large = make_dialog(qtbot, journal, ROOMY).natural_size()
    assert large.width() > small.width() and large.height() > small.height()
