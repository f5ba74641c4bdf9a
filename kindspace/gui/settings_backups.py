"""Settings ▸ Backups: where they are, how many automatic ones to keep, back up now, restore.

Restoring is not done here: the journal must be closed first, which only the app can do. The
page asks kindly, explains that the current journal is set aside (never deleted), and emits
:attr:`BackupSettingsPage.restore_requested` with the chosen backup.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt, QTime, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QListWidgetItem, QMessageBox, QWidget

from kindspace.gui import typography
from kindspace.gui.daily_backup import BACKING_UP_NOW, DailyBackup
from kindspace.gui.forms.ui_settings_backups import Ui_BackupSettings
from kindspace.gui.problems import show_problem
from kindspace.gui.words import QT_TRANSLATE_NOOP, translate
from kindspace.journal.backup import (
    BackupInfo,
    keep_setting,
    list_backups,
    set_keep_setting,
)
from kindspace.journal.journal import Journal

NO_BACKUPS = QT_TRANSLATE_NOOP(
    "SettingsBackups",
    "There are no backups yet. You can make one now; kindspace also makes one each day you "
    "open your journal.",
)
BACKED_UP = QT_TRANSLATE_NOOP(
    "SettingsBackups",
    "Done. The backup is checked and kept in the backups folder.",
)
RESTORE_TITLE = QT_TRANSLATE_NOOP("SettingsBackups", "Restore this backup?")
RESTORE_QUESTION = QT_TRANSLATE_NOOP(
    "SettingsBackups",
    "Your journal will go back to how it was on {when}. Your current journal is not deleted: "
    "it is set aside in the journal's folder, so nothing is lost. kindspace closes the "
    "journal, restores the backup and opens it again.",
)
RESTORE_BUTTON = QT_TRANSLATE_NOOP("SettingsBackups", "Restore")
AUTOMATIC = "automatic"
MANUAL = QT_TRANSLATE_NOOP("SettingsBackups", "made by you")


def describe_backup(info: BackupInfo, locale: QLocale | None = None) -> str:
    """One line for the list: when it was made, how, and how big it is."""
    locale = locale or QLocale()
    made = info.made_at
    day = locale.toString(QDate(made.year, made.month, made.day), QLocale.FormatType.LongFormat)
    time = locale.toString(QTime(made.hour, made.minute), QLocale.FormatType.ShortFormat)
    how = AUTOMATIC if info.automatic else translate("SettingsBackups", MANUAL)
    return f"{day}, {time} · {how} · {locale.formattedDataSize(info.size)}"


class BackupSettingsPage(QWidget):
    #: The backup (a :class:`pathlib.Path`) the person chose to bring back.
    restore_requested = Signal(object)

    def __init__(
        self, journal: Journal, parent: QWidget | None = None, *, backups: DailyBackup | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_BackupSettings()
        self.ui.setupUi(self)
        self._journal = journal
        #: The app's backup worker ("Back up now" shares it with the daily backup).
        self._backups = backups if backups is not None else DailyBackup(None, parent=self)
        ui = self.ui
        typography.heading(ui.heading)
        for label in (ui.intro, ui.keepHint):
            typography.quiet(label)
        ui.folderPath.setText(str(journal.location.backups_dir))
        try:
            keep = keep_setting(journal)
        except Exception as error:
            show_problem(self, error)
            keep = ui.keepCount.value()
        ui.keepCount.setValue(keep)
        ui.keepCount.valueChanged.connect(self._keep_changed)
        ui.openFolderButton.clicked.connect(self.open_folder)
        ui.backUpNowButton.clicked.connect(self.back_up_now)
        ui.restoreButton.clicked.connect(self._ask_restore)
        ui.backupList.currentItemChanged.connect(self._update_buttons)
        ui.backupList.itemActivated.connect(lambda _item: self._ask_restore())
        self.refresh()

    def refresh(self) -> None:
        ui = self.ui
        ui.backupList.clear()
        try:
            backups = list_backups(self._journal.location)
        except Exception as error:
            show_problem(self, error)
            backups = []
        for info in backups:
            item = QListWidgetItem(describe_backup(info))
            item.setData(Qt.ItemDataRole.UserRole, str(info.path))
            ui.backupList.addItem(item)
        if backups:
            ui.backupList.setCurrentRow(0)
        ui.status.setText("" if backups else translate("SettingsBackups", NO_BACKUPS))
        self._update_buttons()

    def selected_backup(self) -> Path | None:
        if self.ui.backupList.currentRow() < 0:
            return None
        value = self.ui.backupList.currentItem().data(Qt.ItemDataRole.UserRole)
        return Path(value) if isinstance(value, str) else None

    def open_folder(self) -> None:
        folder = self._journal.location.backups_dir
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def back_up_now(self) -> None:
        """On the backup worker: the dialog (and the window) keep answering meanwhile."""
        self.ui.backUpNowButton.setEnabled(False)
        self.ui.status.setText(translate("DailyBackup", BACKING_UP_NOW))
        self._backups.back_up_now(self._journal, self._backed_up)

    def _backed_up(self, path: Path | None, error: BaseException | None) -> None:
        self.ui.backUpNowButton.setEnabled(True)
        if error is not None:
            self.ui.status.setText("")
            show_problem(self, error)
            return
        self.refresh()
        if path is not None:
            self.ui.status.setText(translate("SettingsBackups", BACKED_UP))

    def _keep_changed(self, keep: int) -> None:
        try:
            set_keep_setting(self._journal, keep)
        except Exception as error:
            show_problem(self, error)

    def _ask_restore(self) -> QMessageBox | None:
        chosen = self.selected_backup()
        if chosen is None:
            return None
        item = self.ui.backupList.currentItem()
        box = QMessageBox(self)
        box.setObjectName("restoreQuestion")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("SettingsBackups", RESTORE_TITLE))
        box.setText(translate("SettingsBackups", RESTORE_TITLE))
        when = item.text().split(" · ")[0]
        box.setInformativeText(translate("SettingsBackups", RESTORE_QUESTION).format(when=when))
        restore = box.addButton(
            translate("SettingsBackups", RESTORE_BUTTON), QMessageBox.ButtonRole.AcceptRole
        )
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        restore.setAccessibleName(translate("SettingsBackups", RESTORE_BUTTON))
        cancel.setAccessibleName(translate("SettingsBackups", "Cancel"))
        box.setDefaultButton(cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(_result: int) -> None:
            if box.clickedButton() is restore:
                self.restore_requested.emit(chosen)

        box.finished.connect(answered)
        box.open()
        return box

    def _update_buttons(self) -> None:
        folder_exists = self._journal.location.backups_dir.is_dir()
        self.ui.openFolderButton.setEnabled(folder_exists)
        self.ui.restoreButton.setEnabled(self.selected_backup() is not None)
