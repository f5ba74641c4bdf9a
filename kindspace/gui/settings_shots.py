"""Screenshots of Settings (every section, reminders included) and of the first run (welcome,
protection and the recovery key page), for the screenshots command.

The reminders page works on a reminders file in the throw-away sample folder, and the first
run makes a new journal in a temporary folder, so nothing touches the person's own files.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

from kindspace.clock import Clock
from kindspace.gui.main_window import MainWindow
from kindspace.journal.journal import Journal
from kindspace.journal.keyring_store import KeyringCheck

Shoot = Callable[[str, QWidget], None]
#: A passphrase for the throw-away first-run journal of the recovery page's shot.
FIRST_RUN_PASSPHRASE = "a quiet walk by the river at dusk"  # noqa: S105
#: Settings sections as the dialog lists them, with the names their shots get.
SECTIONS = ("unlock", "backups", "appearance", "comfort", "reminders")


def shoot_settings(
    scheme: str,
    window: MainWindow,
    journal: Journal,
    data_dir: Path,
    screen: QSize,
    shoot: Shoot,
    clock: Clock,
) -> None:
    """Every section of Settings, sized for ``screen`` as the dialog sizes itself."""
    from kindspace.gui.reminder_driver import ReminderDriver
    from kindspace.gui.settings_dialog import SettingsDialog
    from kindspace.gui.settings_reminders import ReminderSettingsPage
    from kindspace.practice.definitions import load_exercises
    from kindspace.preferences import Preferences

    driver = ReminderDriver(data_dir, lambda: journal, clock=clock)
    exercises = list(load_exercises().values())

    def reminders_page(parent: QWidget) -> QWidget:
        return ReminderSettingsPage(driver, exercises, has_tray=True, parent=parent)

    preferences = Preferences(theme=scheme)
    dialog = SettingsDialog(journal, None, preferences, data_dir, reminders=reminders_page)
    dialog.fit_to_screen(screen)
    shoot(f"settings-{scheme}", dialog)
    for section in SECTIONS[1:]:
        dialog.show_section(section)
        shoot(f"settings-{section}-{scheme}", dialog)
    dialog.hide()
    dialog.deleteLater()
    driver.journal = _no_journal  # the page may outlive this call until it is deleted
    del window


def _no_journal() -> None:
    return None


def shoot_first_run(folder: Path, shoot: Shoot, scheme: str = "light") -> None:
    """Welcome, protection, and the recovery key page of a journal made just for the shot."""
    from kindspace.gui.onboarding import FirstRunWizard
    from kindspace.journal import vault
    from kindspace.journal.journal import JournalLocation

    check = KeyringCheck(None, "screenshots")
    wizard = FirstRunWizard(JournalLocation(folder), check, kdf_params=vault.FAST_TEST_KDF)
    wizard.resize(wizard.sizeHint().expandedTo(QSize(720, 560)))
    shoot(f"first-run-welcome-{scheme}", wizard)
    wizard.next()
    wizard.next()
    shoot(f"first-run-protection-{scheme}", wizard)
    unlock = wizard.unlock_page.ui
    unlock.passphraseField.setText(FIRST_RUN_PASSPHRASE)
    unlock.confirmField.setText(FIRST_RUN_PASSPHRASE)
    wizard.next()
    if wizard.currentPage() is wizard.recovery_page:
        shoot(f"first-run-recovery-{scheme}", wizard)
    if wizard.journal is not None:
        wizard.journal.close()
        wizard.journal = None  # the wizard is deleted later: let the journal go now
    wizard.recovery_key = None
    wizard.recovery_page.ui.keyPanel.forget()
    wizard.hide()
    wizard.deleteLater()
