"""Settings ▸ Sync: start sharing through a folder, see the devices, sync now, stop sharing.

The page only shows and asks: the work runs on the sync feature's worker
(:mod:`kindspace.gui.sync_feature`), so choosing a big journal's folder or a slow USB stick
never freezes Settings. What goes into the folder is said before anything is shared: only
encrypted changes, never the journal itself. Stopping asks first and keeps the journal.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QMessageBox, QWidget

from kindspace.gui import typography
from kindspace.gui.announce import announce
from kindspace.gui.forms.ui_settings_sync import Ui_SyncSettings
from kindspace.gui.sync_words import device_line, pending_line
from kindspace.sync.engine import DeviceStatus

if TYPE_CHECKING:
    from kindspace.gui.sync_feature import SyncFeature


class SyncSettingsPage(QWidget):
    def __init__(self, feature: SyncFeature, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SyncSettings()
        self.ui.setupUi(self)
        self.feature = feature
        ui = self.ui
        typography.heading(ui.heading)
        for label in (ui.intro, ui.whatGoesIn, ui.folderHint):
            typography.quiet(label)
        #: The open "stop sharing?" question, while one is asked (tests answer it).
        self.leave_question: QMessageBox | None = None
        ui.chooseFolderButton.clicked.connect(self.choose_folder)
        ui.startButton.clicked.connect(self.start_sharing)
        ui.folderField.returnPressed.connect(self.start_sharing)
        ui.folderField.textChanged.connect(lambda _text: self._update_buttons())
        ui.syncNowButton.clicked.connect(self.sync_now)
        ui.leaveButton.clicked.connect(self.ask_leave)
        feature.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        ui, feature = self.ui, self.feature
        sharing = feature.folder is not None
        ui.states.setCurrentWidget(ui.sharingPage if sharing else ui.notSharingPage)
        now = feature.clock()
        if sharing:
            ui.sharedThrough.setText(
                self.tr("Shared through {folder}").format(folder=feature.folder)
            )
            status = feature.picture.status
            ui.deviceList.clear()
            if status is not None:
                for device in sorted(status.devices, key=_listing_order):
                    item = QListWidgetItem(device_line(device, now))
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    ui.deviceList.addItem(item)
                ui.pending.setText(pending_line(status))
            else:
                ui.pending.setText("")
        if feature.is_busy():
            message = self.tr("Exchanging changes with the sync folder…")
        elif feature.page_problem is not None:
            message = feature.page_problem
        elif sharing:
            message = feature.status_text()
        else:
            message = ""
        if message != ui.status.text():
            ui.status.setText(message)
            if message:
                announce(ui.status, message)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ui, busy = self.ui, self.feature.is_busy()
        ui.startButton.setEnabled(not busy and bool(ui.folderField.text().strip()))
        ui.chooseFolderButton.setEnabled(not busy)
        ui.syncNowButton.setEnabled(not busy)
        ui.leaveButton.setEnabled(not busy)

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the folder to share through"), self.ui.folderField.text()
        )
        if chosen:
            self.ui.folderField.setText(chosen)

    def start_sharing(self) -> None:
        text = self.ui.folderField.text().strip()
        if not text or self.feature.is_busy():
            return
        self.feature.start_sharing(Path(text).expanduser())
        self.refresh()

    def sync_now(self) -> None:
        self.feature.page_problem = None
        self.feature.sync_now()
        self.refresh()

    def ask_leave(self) -> QMessageBox:
        """Ask before stopping; the journal stays either way."""
        box = QMessageBox(self)
        box.setObjectName("leaveSyncQuestion")
        box.setIcon(QMessageBox.Icon.Question)
        title = self.tr("Stop sharing on this device?")
        box.setWindowTitle(title)
        box.setText(title)
        box.setInformativeText(
            self.tr(
                "Your journal stays on this device just as it is; it only stops exchanging "
                "changes with your other devices. They keep their journals too, and you can "
                "start sharing again at any time."
            )
        )
        stop = box.addButton(self.tr("Stop sharing"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Keep sharing"), QMessageBox.ButtonRole.RejectRole)
        stop.setAccessibleName(self.tr("Stop sharing"))
        keep.setAccessibleName(self.tr("Keep sharing"))
        box.setDefaultButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(_result: int) -> None:
            self.leave_question = None
            if box.clickedButton() is stop:
                self.feature.leave()
                self.refresh()

        box.finished.connect(answered)
        self.leave_question = box
        box.open()
        return box


def _listing_order(device: DeviceStatus) -> tuple[bool, float]:
    """This device first, then the others, the most recently seen first."""
    seen = device.last_seen.timestamp() if device.last_seen is not None else 0.0
    return (not device.this_device, -seen)
