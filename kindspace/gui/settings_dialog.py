"""Settings: sections on the left (Unlock, Backups, Appearance, Comfort and support, Reminders).

Changes take effect at once, so there is only a Close button. Look-and-feel changes are
emitted as a whole new :class:`Preferences` (:attr:`SettingsDialog.preferences_changed`); the
app applies and saves them. A chosen backup is emitted as
:attr:`SettingsDialog.restore_requested` after the dialog closes, because restoring needs the
journal closed, which only the app can do.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from kindspace.gui import typography
from kindspace.gui.focus_ring import tab_after
from kindspace.gui.forms.ui_settings import Ui_SettingsDialog
from kindspace.gui.forms.ui_settings_appearance import Ui_AppearanceSettings
from kindspace.gui.settings_backups import BackupSettingsPage
from kindspace.gui.settings_comfort import ComfortPage
from kindspace.gui.settings_unlock import UnlockSettingsPage
from kindspace.journal.journal import Journal, KeyStore
from kindspace.journal.key_file import KdfParams
from kindspace.preferences import TEXT_SIZES, THEMES, Preferences

THEME_NAMES = {"system": "Follow the system", "light": "Light", "dark": "Dark"}
TEXT_SIZE_NAMES = {90: "Smaller", 100: "Standard", 115: "Larger", 130: "Large", 150: "Largest"}


def text_size_label(percent: int) -> str:
    name = TEXT_SIZE_NAMES.get(percent)
    return f"{name} ({percent} %)" if name else f"{percent} %"


class AppearancePage(QWidget):
    theme_chosen = Signal(str)
    text_size_chosen = Signal(int)

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AppearanceSettings()
        self.ui.setupUi(self)
        typography.heading(self.ui.heading)
        typography.quiet(self.ui.hint)
        for theme in THEMES:
            self.ui.themeChoice.addItem(THEME_NAMES.get(theme, theme.title()), theme)
        for percent in TEXT_SIZES:
            self.ui.textSizeChoice.addItem(text_size_label(percent), percent)
        self.ui.themeChoice.setCurrentIndex(self.ui.themeChoice.findData(preferences.theme))
        self.ui.textSizeChoice.setCurrentIndex(
            self.ui.textSizeChoice.findData(preferences.text_size)
        )
        self.ui.themeChoice.currentIndexChanged.connect(
            lambda index: self.theme_chosen.emit(self.ui.themeChoice.itemData(index))
        )
        self.ui.textSizeChoice.currentIndexChanged.connect(
            lambda index: self.text_size_chosen.emit(self.ui.textSizeChoice.itemData(index))
        )


class SettingsDialog(QDialog):
    """Unlock method, passphrase, recovery key, auto-lock, backups, theme and text size."""

    #: The new :class:`Preferences`, whenever one of them changes.
    preferences_changed = Signal(object)
    #: The backup (a :class:`pathlib.Path`) to restore, emitted after the dialog closed.
    restore_requested = Signal(object)

    def __init__(
        self,
        journal: Journal,
        keyring: KeyStore | None,
        preferences: Preferences,
        data_dir: Path,
        parent: QWidget | None = None,
        *,
        kdf_params: KdfParams | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.data_dir = data_dir
        self._preferences = preferences
        self.unlock_page = UnlockSettingsPage(
            journal, keyring, preferences.auto_lock_minutes, kdf_params=kdf_params
        )
        self.backups_page = BackupSettingsPage(journal)
        self.appearance_page = AppearancePage(preferences)
        self.comfort_page = ComfortPage(journal, preferences, data_dir)
        for page in (self.unlock_page, self.backups_page, self.appearance_page):
            self.ui.pages.addWidget(page)
        self.ui.sections.addItem("Comfort and support")
        self.ui.pages.addWidget(self.comfort_page)
        # The Reminders page, when the app runs reminders (kindspace.gui.tray offers it).
        reminders_page = getattr(parent, "reminder_settings_page", None)
        self.reminders_page: QWidget | None = None
        if callable(reminders_page):
            self.reminders_page = reminders_page(self)
            self.ui.sections.addItem("Reminders")
            self.ui.pages.addWidget(self.reminders_page)
        # The Sync page, when the app runs sync (kindspace.gui.sync_feature offers it).
        sync_page = getattr(parent, "sync_settings_page", None)
        self.sync_page: QWidget | None = None
        if callable(sync_page):
            self.sync_page = sync_page(self)
            self.ui.sections.addItem(self.tr("Sync"))
            self.ui.pages.addWidget(self.sync_page)
        self.ui.sections.setCurrentRow(0)
        close = self.ui.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName("Close settings")
        close.setAutoDefault(False)
        tab_after(self.ui.pages, [close])
        self.unlock_page.auto_lock_changed.connect(
            lambda minutes: self._change(auto_lock_minutes=minutes)
        )
        self.appearance_page.theme_chosen.connect(lambda theme: self._change(theme=theme))
        self.appearance_page.text_size_chosen.connect(lambda size: self._change(text_size=size))
        self.comfort_page.changed.connect(lambda name, on: self._change(**{name: on}))
        self.backups_page.restore_requested.connect(self._restore_after_closing)
        self.resize(780, 600)

    def preferences(self) -> Preferences:
        return self._preferences

    def show_section(self, name: str) -> None:
        """Open on "unlock", "backups", "appearance", "reminders" or "sync" (for menu items)."""
        if name == "sync" and self.sync_page is not None:
            self.ui.sections.setCurrentRow(self.ui.pages.indexOf(self.sync_page))
            return
        names = ["unlock", "backups", "appearance", "comfort", "reminders"]
        if name in names:
            self.ui.sections.setCurrentRow(names.index(name))

    def done(self, result: int) -> None:
        from kindspace.gui.settings_reminders import ReminderSettingsPage, confirm_leaving

        page = self.reminders_page
        if isinstance(page, ReminderSettingsPage) and not confirm_leaving(page, self):
            return
        self.unlock_page.hide_recovery_key()
        super().done(result)

    def _change(self, **changes: Any) -> None:
        self._preferences = self._preferences.with_changes(**changes)
        self.preferences_changed.emit(self._preferences)

    def _restore_after_closing(self, backup: Path) -> None:
        self.accept()
        self.restore_requested.emit(backup)
